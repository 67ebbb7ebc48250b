"""The exact paths: our code, the customer's part number, a maker's reference.

An exact code wins over any reading of the words, anywhere in the line, so it is tried first;
but a reference other brands carry too (a bare bearing designation) is no exact path, and is
left to the reading and the brand rule.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.matching.brand_rule import same_item
from bot.matching.codes import IGNORED, conflicts
from bot.matching.index import CatalogIndex, Entry, part_key
from bot.matching.lines import RequestLine
from bot.matching.neutral import NEUTRAL
from bot.matching.notation import Reading, read, with_defaults
from bot.matching.request import name_brands
from bot.matching.result import Candidate, MatchResult
from bot.matching.text import fold

# Words that say "what follows is a code": sku 0100035, ref. 44-1020, our p/n X, #123.
CODE_WORDS = re.compile(
    r"(?<![\w/])(?:our\s+p\s?/\s?n|your\s+p\s?/\s?n|p\s?/\s?n|pn|part\s*(?:no|number|num|#)?|"
    r"sku|item(?:\s*(?:no|code|#|number))?|ref(?:erencia|erence)?|cod(?:igo)?|art(?:iculo)?|"
    # (a bare "n" only apart from its figures: "N674-70" is Parker's compound, no "N° 674")
    r"nro|no|n(?=[\s.:#°º])|num(?:ero)?|mfr|mfg|catalogo|catalog|cat|modelo|model)"
    r"(?![a-z])(?!-\w)\.?\s*[:#°º]?\s*(?=[\w-]*\d)|#\s*(?=\d)"
)


def exact_match(
    index: CatalogIndex, line: RequestLine, customer_id: str | None
) -> MatchResult | None:
    """Our code, the customer's part number or a unique manufacturer reference, anywhere."""
    item = CODE_WORDS.sub(" ", line.item).strip(" -:#")
    # "end mill (40025743)": a code in brackets is the code
    item = " ".join(t.strip("()[]") or t for t in item.split())
    # cells a row leaves joined ("CI-22-0691;broca"); a code written with spaces for its
    # dashes ("ES CO4 T BOS", four pieces)
    tokens = re.split(r"[\s;|]+", item.strip(" ;|"))
    if not tokens or tokens == [""]:
        return None
    windows = [" ".join(tokens[i : i + n]) for n in (4, 3, 2, 1)
               for i in range(len(tokens) - n + 1)]  # fmt: skip
    # a code of letters and figures spaced as a shelf label reads it, in five or six pieces
    # ("RAC R 10 X 14 MIC", "CIL 20 X 100 DE FES"), never six figures joined into a number
    windows = [w for n in (6, 5) for i in range(len(tokens) - n + 1)
               if not part_key(w := " ".join(tokens[i : i + n])).isdigit()] + windows
    whole = part_key(item)
    for text in [item, *windows]:
        # a code has figures, or is a NetSuite path of names ("SENSOR FOTOELECTRICO:RETRO-
        # NPN:SICK", the parent's name and the child's joined by colons)
        if text != item and not any(ch.isdigit() or ch == ":" for ch in text):
            continue
        position = index.code_position(text, customer_id)
        if position is not None and (text == item or len(part_key(text)) >= 4):
            return _auto(line, index.entries[position], 1.0)
    reading: Reading | None = None
    # a maker's number said before its maker ("2097 3M") where the house lists it after it
    # ("3M 2097")
    turned = [f"{after} {before}" for before, after in pairwise(tokens)
              if re.search(r"\d", before) and fold(after) in index.brands]  # fmt: skip
    for text in [item, *windows, *turned]:
        key = part_key(text)
        aliased = index.by_alias.get(key, set())
        if len(aliased) != 1 or key in index.dashed:
            # "UCP208" where the catalog also sells a UCP208-24: the bore (and the brand)
            # may be open, which the reading settles or asks (`widen_refs`)
            continue
        position = next(iter(aliased))
        entry = index.entries[position]
        if key.isdigit() and len(key) >= 4 and key != whole and entry.brand:
            # "truper 44753": a vendor's catalogue number, said with its vendor
            if reading is None:
                reading = _exact_reading(index, line)
            if entry.brand in reading.codes.get("brand", ()) and not conflicts(reading, entry):
                return _auto(line, entry, 0.97)
        if not (
            _distinguishing(index, position)
            or _maker_number(index, text)
            or _maker_suffix(index, position, key, text)
        ):
            continue  # "62052RS" names a designation other brands carry too
        if key == whole:
            return _auto(line, entry, 0.98)
        coded = re.search(r"\d", key) and (re.search(r"[a-z]", key) or len(key) >= 8)
        if len(key) < 5 or not coded:
            continue
        # the rest of the line, not the reference itself, may say another item ("weg
        # MDW-C20-1": the reference read as a code of its own is no other breaker)
        around = _exact_reading(index, replace(line, item=item.replace(text, " ", 1)))
        if not conflicts(around, entry):
            return _auto(line, entry, 0.97)
        if _maker_suffix(index, position, key, text) and not _distinguishing(index, position):
            # "30204-A SKF": one maker's reference said with another brand is a question
            top = [Candidate(entry.sku, entry.name, 0.5)]
            return MatchResult(line, None, None, 0.5, "confirm", top, "another maker's reference")
    return _maker_part(index, line, tokens)


def _maker_part(index: CatalogIndex, line: RequestLine, tokens: list[str]) -> MatchResult | None:
    """"Precision Twist 13100", "Timken SET3": the maker and its part number, where our
    item IDs are the maker's prefix and that number (PTD13100, TIMSET3, as Prophet 21
    houses write them). One item of that maker so numbered, nothing else said that it
    lacks or contradicts: that item."""
    coded = [part_key(t) for t in tokens if re.search(r"\d", t) and len(part_key(t)) >= 3]
    if not coded:
        return None
    reading = _exact_reading(index, line)
    brands = reading.codes.get("brand", set())
    if len(brands) != 1:
        return None
    (brand,) = brands
    found = []
    for position in index.by_code.get(("brand", brand), ()):
        sku = part_key(index.entries[position].sku)
        for key in coded:
            if sku.endswith(key) and MAKER_PREFIX.fullmatch(sku[: -len(key)]):
                found.append(index.entries[position])
    if len(found) != 1:
        return None
    entry = found[0]
    if reading.words - NEUTRAL - entry.reading.words or conflicts(reading, entry):
        return None
    theirs = entry.reading.codes
    # the part number itself is no size of the item, even where no alias repeats it
    said = {c: v - set(coded) if c == "number" else v for c, v in reading.codes.items()}
    if any(key in index.dashed for key in coded) or any(
        not values <= theirs.get(category, set())
        for category, values in said.items()
        if category not in ("brand", "ref")
    ):
        return None  # "UCP208 de 1-1/2 FYH": a size the item does not have, or may not
    return _auto(line, entry, 0.96)


MAKER_PREFIX = re.compile(r"[a-z]{2,4}")


def _exact_reading(index: CatalogIndex, line: RequestLine) -> Reading:
    reading = with_defaults(read(line.item, index.vocabulary), bare_is_open=index.bare_is_open)
    name_brands(index, line.item, reading)
    return reading


def _distinguishing(index: CatalogIndex, position: int) -> bool:
    """Whether an alias singles its item out: no other item is the same item in
    another brand (a maker's catalogue number does; a bare designation does not)."""
    entry = index.entries[position]
    pairs = [(c, v) for c, vs in entry.reading.codes.items() if c not in IGNORED for v in vs]
    postings = sorted(index.postings(pairs), key=len)
    if not postings:
        return True
    others = set(postings[0])
    for posting in postings[1:]:
        others &= posting
    others.discard(position)
    return not any(same_item([entry, index.entries[p]]) for p in others)


def _maker_suffix(index: CatalogIndex, position: int, key: str, text: str) -> bool:
    """Whether an alias is one maker's way of writing a designation other brands also
    carry ("30207-A" is FAG's 30207, "30207 J2/Q" SKF's, "62102RS" Koyo's 6210-2RS): the
    catalog writes it for this item only, and no other brand's item of that designation
    says it in its name as the buyer wrote it ("6210-2RS" is in every brand's name, so it
    is a designation). Said by the buyer, it names that maker's item, never the same
    designation in another brand."""
    entry = index.entries[position]
    if entry.brand is None or not re.search(r"\d", key) or _designation(index, text):
        return False
    pairs = [(c, v) for c, vs in entry.reading.codes.items() if c not in IGNORED for v in vs]
    postings = sorted(index.postings(pairs), key=len)
    if not postings:
        return False
    others = set(postings[0]).intersection(*postings[1:])
    others.discard(position)
    same = [index.entries[p] for p in others if same_item([entry, index.entries[p]])]
    written = _printed(text)
    return bool(same) and all(
        e.brand != entry.brand and written not in _printed(e.name) for e in same
    )


def _designation(index: CatalogIndex, text: str) -> bool:
    """Whether `text` reads whole as a bearing's designation and a seal every maker writes
    ("6203ZZ", "6006-2RS", "6005 2Z", "62032RS"): whoever prints it so in the catalog, the
    buyer named the bearing, not its maker, and the brand rule picks one (a seal only one
    maker writes, "6207DDU", "6205-2RS1", names that maker: `Reading.maker`)."""
    reading = read(text, index.vocabulary)
    return (
        "bearing" in reading.codes
        and not reading.maker
        and not reading.words
        and set(reading.codes) <= {"bearing", "seal", "clearance"}
    )


def _printed(text: str) -> str:
    """A reference as written: folded, its dashes, dots and slashes kept, spaces as dashes
    ("6210 2RS" is "6210-2RS" as a name prints it; "62102RS" is not)."""
    return re.sub(r"[\s_]+", "-", fold(text).strip())


def _maker_number(index: CatalogIndex, text: str) -> bool:
    """Whether `text` (an alias only one item has) says more than a designation: "FAZ-C6/1"
    and "S203-C16" are one maker's numbers; "6204DDU" reads whole as bearing and seal."""
    reading = read(text, index.vocabulary)
    if reading.words or reading.codes.get("ref"):
        return True
    # a number of seven digits or more, often written in groups ("3109 06 10"), is a
    # maker's catalogue number: designations (6205, 32206, A42) are shorter or lettered
    return set(reading.codes) <= {"number"} and len(part_key(text)) >= 7


def _auto(line: RequestLine, entry: Entry, score: float) -> MatchResult:
    return MatchResult(
        line, entry.sku, entry.name, score, "auto", [Candidate(entry.sku, entry.name, score)]
    )
