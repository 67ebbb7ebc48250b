"""From a buyer's line to a SKU with an honest decision: auto, confirm or unknown.

A wrong SKU on a quote costs more than a question, so `auto` is earned, not
guessed. In order:

1. exact paths: our SKU, the customer's own part number, a catalog alias;
2. the line is read into words and codes (`notation`); candidates are the products
   that carry the request's codes;
3. a candidate whose code *differs* from the request (M8x45 for M8x40, NSK when the
   buyer named Timken) is vetoed: it may be offered, never chosen;
4. `auto` needs exactly one candidate carrying every code the buyer gave, with words
   that agree; several complete candidates (the buyer did not say which seal or
   brand) mean `confirm`, with the candidates numbered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz, process

from bot.matching.index import KNOWN_BRANDS, CatalogIndex, Entry, part_key
from bot.matching.lines import RequestLine, parse_line
from bot.matching.notation import Reading, read
from bot.matching.text import fold

SOFT_CODES = {"number", "mm"}  # numbers that help ranking but never veto
AUTO_WORDS = 0.5  # word agreement an auto match needs besides its codes
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class Candidate:
    sku: str
    name: str
    score: float


@dataclass(frozen=True)
class MatchResult:
    """The answer for one line, as `mostrador match --json` prints it."""

    line: RequestLine
    sku: str | None
    name: str | None
    confidence: float
    decision: str  # "auto" | "confirm" | "unknown"
    candidates: list[Candidate] = field(default_factory=list)
    reason: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "input": self.line.text,
            "quantity": _plain(self.line.quantity),
            "uom": self.line.uom,
            "sku": self.sku,
            "name": self.name,
            "confidence": round(self.confidence, 3),
            "decision": self.decision,
            "candidates": [
                {"sku": c.sku, "name": c.name, "score": round(c.score, 3)} for c in self.candidates
            ],
        }


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral() else float(value)


def match_line(index: CatalogIndex, text: str, customer_id: str | None = None) -> MatchResult:
    """Match one request line against `index` for `customer_id` (None: a guest)."""
    line = parse_line(text)
    exact = _exact(index, line, customer_id)
    if exact is not None:
        return exact
    reading = read(_correct_typos(index, line.item), index.vocabulary)
    named_brands = {w for w in reading.words if w in KNOWN_BRANDS or w in index.brands}
    if named_brands:
        reading.codes["brand"] = named_brands
        reading.words -= named_brands
    scored = _score(index, reading, _candidates(index, reading))
    if not scored:
        return MatchResult(line, None, None, 0.0, "unknown", reason="nothing in the catalog")
    top = [Candidate(e.sku, e.name, s) for s, _, e in scored[:MAX_CANDIDATES]]
    best_score = scored[0][0]
    complete = [entry for _, whole, entry in scored if whole]
    hard = {c for c in reading.codes if c not in SOFT_CODES}
    chosen = _single_fit(reading, complete) if hard else None
    if chosen is not None:
        score = next(s for s, _, e in scored if e is chosen)
        top = [Candidate(chosen.sku, chosen.name, score)] + [c for c in top if c.sku != chosen.sku]
        return MatchResult(line, chosen.sku, chosen.name, score, "auto", top[:MAX_CANDIDATES])
    if best_score >= 0.35:
        reason = "several items fit" if len(complete) > 1 else "no exact fit"
        # Honest confidence: when k items fit equally, the first is right about 1 in k.
        confidence = min(best_score, 0.9) / max(1, len(complete))
        return MatchResult(line, None, None, confidence, "confirm", top, reason)
    return MatchResult(line, None, None, best_score, "unknown", top, "no good candidate")


def _exact(index: CatalogIndex, line: RequestLine, customer_id: str | None) -> MatchResult | None:
    key = part_key(line.item)
    if not key:
        return None
    position = _code(index, key, customer_id)
    if position is None and " " in line.item.strip():
        # "MLA-44-1020 Rodamiento 6204 2RS": a spreadsheet row led by a part number.
        position = _code(index, part_key(line.item.split()[0]), customer_id)
    if position is not None:
        entry = index.entries[position]
        return MatchResult(
            line, entry.sku, entry.name, 1.0, "auto", [Candidate(entry.sku, entry.name, 1.0)]
        )
    aliased = index.by_alias.get(key, set())
    if len(aliased) == 1:
        entry = index.entries[next(iter(aliased))]
        return MatchResult(
            line, entry.sku, entry.name, 0.98, "auto", [Candidate(entry.sku, entry.name, 0.98)]
        )
    return None


def _code(index: CatalogIndex, key: str, customer_id: str | None) -> int | None:
    """Our SKU, or this customer's own part number, exactly."""
    position = index.by_sku.get(key)
    if position is None and customer_id is not None:
        position = index.cross_refs.get((customer_id, key))
    return position


def _correct_typos(index: CatalogIndex, item: str) -> str:
    """Replace words we do not know by the closest known one ("rodamineto" → "rodamiento")."""
    words = fold(item).split()
    known = index.vocabulary.words
    fixed = []
    for word in words:
        if (
            word.isalpha()
            and len(word) >= 5
            and word not in known
            and word not in index.by_word
            and word not in index.brands
            and word not in KNOWN_BRANDS
        ):
            best = process.extractOne(word, index.known_words, scorer=fuzz.ratio, score_cutoff=82)
            if best is not None:
                word = best[0]
        fixed.append(word)
    return " ".join(fixed)


def _candidates(index: CatalogIndex, reading: Reading) -> set[int]:
    """Products carrying the request's codes (all of them if possible), else its words."""
    pairs = [
        (c, v) for c, vs in reading.codes.items() if c not in SOFT_CODES | {"brand"} for v in vs
    ]
    postings = sorted(index.postings(pairs), key=len)
    if postings and postings[0]:
        found = set(postings[0])
        for posting in postings[1:]:
            narrowed = found & posting
            if not narrowed:
                break  # keep near misses: they are offered, never chosen
            found = narrowed
        return found
    by_word = [index.by_word.get(w, set()) for w in reading.words]
    counts: dict[int, int] = {}
    for posting in by_word:
        if len(posting) > 20000:
            continue
        for position in posting:
            counts[position] = counts.get(position, 0) + 1
    return set(sorted(counts, key=counts.__getitem__, reverse=True)[:300])


def _score(
    index: CatalogIndex, reading: Reading, positions: set[int]
) -> list[tuple[float, bool, Entry]]:
    """(score, complete, entry) best first; complete = every request code agrees."""
    request_words = " ".join(sorted(reading.words))
    result = []
    for position in positions:
        entry = index.entries[position]
        agree = missing = conflict = 0
        for category, values in reading.codes.items():
            theirs = entry.reading.codes.get(category)
            if category in SOFT_CODES:
                agree += bool(theirs and values & theirs)
            elif theirs is None:
                missing += 1
            elif values <= theirs:
                agree += 1
            else:
                conflict += 1
        words = fuzz.token_set_ratio(request_words, entry.text) / 100 if request_words else 0.5
        total = agree + missing + conflict
        codes = agree / total if total else 0.0
        score = (0.6 * codes + 0.4 * words) if total else 0.8 * words
        if conflict:
            score *= 0.5
        result.append((score, not missing and not conflict, entry))
    result.sort(key=lambda item: (-item[0], item[2].sku))
    return result


def _single_fit(reading: Reading, complete: list[Entry]) -> Entry | None:
    """The item to answer with on our own, if one stands out among those that fit the codes.

    One fitting item: it, when its words agree. Several: only among those carrying
    every word the buyer wrote, and then only the plainest (fewest words the buyer
    did not say: "tornillo allen" is the cap screw, not the countersunk one).
    """
    if len(complete) == 1:
        return complete[0] if _word_agreement(reading, complete[0]) >= AUTO_WORDS else None
    full = [e for e in complete if _word_agreement(reading, e) == 1.0]
    if not full:
        return None
    extra = sorted(full, key=lambda e: len(e.reading.words - reading.words))
    if len(extra) == 1:
        return extra[0]
    first, second = (len(e.reading.words - reading.words) for e in extra[:2])
    return extra[0] if first < second else None


def _word_agreement(reading: Reading, entry: Entry) -> float:
    """Share of the buyer's words the item carries (1.0 when the buyer gave only codes)."""
    words = reading.words
    if not words:
        return 1.0
    return sum(1 for w in words if w in entry.reading.words) / len(words)
