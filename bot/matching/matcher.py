"""From a buyer's line to a SKU with an honest decision: auto, confirm or unknown.

A wrong SKU on a quote costs more than a question, so `auto` is earned, not
guessed. In order:

1. exact paths: our SKU (numeric codes too, with `sku`, `ref.`, `P/N`… around it),
   the customer's own part number, a manufacturer reference in the aliases — alone
   or inside a longer line; an exact code wins over any fuzzy reading;
2. what a seller taught for this customer (`learned_references`): the same request
   words settle on the same SKU (`reason: "learned"`);
3. the line is read into words and codes (`notation`); when the kind of item is
   known (nut, washer, valve…) candidates are of that kind only (family guard);
   candidates are the products that carry the request's codes;
4. a candidate whose code *differs* from the request (M8x45 for M8x40, NSK when the
   buyer named Timken) is vetoed: it may be offered, never chosen;
5. `auto` needs exactly one candidate carrying every code the buyer gave, with words
   that agree, and stating no other value of what the buyer stated (SCH 40 for "cédula 80")
   nor having what the buyer said it must lack ("sin capucha": bot/matching/stated.py).
   When the only thing left open is the brand, one is offered by rule (`brand_rule`, with
   the `alternatives`) unless BRAND_CHOICE=ask; otherwise several
   complete candidates mean `confirm`, with the candidates numbered.

This module reads the line (lines.py) and re-reads it where the first reading may be the
wrong one (a count or a size, a length or a count, gallons or cans); each step above lives in
a module of its own, so one concept fits on a few screens: talk.py (what around the item is
not the item), exact.py (1), request.py with slips.py and abbreviations.py (3: the reading),
candidates.py and codes.py (3-4), narrowing.py and doubts.py (5), brand_rule.py, decide.py
(the steps in order), units.py (the count in the item's unit) and result.py (the answer).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bot.matching.brand_rule import cheapest
from bot.matching.codes import conflicts
from bot.matching.decide import decide
from bot.matching.house_facts import of_pieces, set_pieces_text
from bot.matching.index import KNOWN_BRANDS, CatalogIndex, Entry, part_key
from bot.matching.lines import RequestLine, parse_line
from bot.matching.neutral import NEUTRAL, SIZE_UNIT_WORDS
from bot.matching.request import joined_dimensions, learn_key, read_request, request_key
from bot.matching.result import Candidate, MatchContext, MatchResult, plain
from bot.matching.talk import without_closing_phrase
from bot.matching.text import fold
from bot.matching.units import (
    KILOS,
    MEASURED,
    POUNDS,
    VOLUME,
    in_item_units,
    in_units,
    offered,
    poured,
    sized_by_volume,
    sold_by_the_piece,
)

# What callers import from here (the chat, the mail, the API, learning and the brand rule)
__all__ = [
    "NEUTRAL",
    "MatchContext",
    "MatchResult",
    "cheapest",
    "learn_key",
    "match_line",
    "request_key",
]



def match_line(
    index: CatalogIndex,
    text: str,
    customer_id: str | None = None,
    context: MatchContext | None = None,
) -> MatchResult:
    """Match one request line against `index` for `customer_id` (None: a guest)."""
    ctx = context or MatchContext(customer_id=customer_id)
    customer_id = customer_id or ctx.customer_id
    def is_code(token: str) -> bool:
        return index.is_code(token, customer_id)

    def known(word: str) -> bool:
        return (
            word in index.by_word
            or word in index.vocabulary.words
            or any(word in brand.split() for brand in index.long_brands)
            or word in index.brands  # a maker is never a slip of a unit, nor the one addressed
            or word in KNOWN_BRANDS
            or word in index.brand_names
        )

    joined = joined_dimensions(index, without_closing_phrase(index, text))
    line = parse_line(joined, thousands=ctx.thousands, is_code=is_code, known=known)
    if joined != text:
        line = replace(line, text=text)  # the buyer's words, as written
    line = _weighed_rod(line)
    result = decide(index, line, customer_id, ctx)
    pieces = set_pieces_text(text, line)  # "3/4 drive 20 pc socket set": the set of 20
    if pieces is not None and (result.decision != "auto" or of_pieces(index, result, line)):
        again = match_line(index, pieces, customer_id, ctx)
        if of_pieces(index, again, line):
            return replace(again, line=replace(again.line, text=text))
    counted = _count_before_fraction(line)
    if counted is not None:  # "4 1/2\" ball valves": four 1/2" valves, or one of 4-1/2"?
        return _count_or_size(index, result, decide(index, counted, customer_id, ctx))
    if line.uom in VOLUME and not poured(index, result):
        canned = _in_gallon_cans(index, line, customer_id, ctx)
        if canned is not None:
            return canned
        # "tanque de presión 44 gal": what fits is sold by the piece, so the gallons are its size
        sized = parse_line(
            joined, thousands=ctx.thousands, is_code=is_code, length_is_size=True, known=known
        )
        again = decide(index, replace(sized, text=text), customer_id, ctx)
        if sold_by_the_piece(index, again) and sized_by_volume(index, again):
            return in_units(index, again)
        # "20 litros de aceite de corte": nothing sold by volume fits, so no cutting disc is
        # it; a seller completes the line (the words the catalog knows are not the item)
        return MatchResult(line, None, None, 0.0, "unknown", reason="nothing sold by volume")
    if line.uom in MEASURED and sold_by_the_piece(index, result):
        # "flexometro 8 m": what fits is sold by the piece, so the 8 m is its size
        sized = parse_line(
            joined, thousands=ctx.thousands, is_code=is_code, length_is_size=True, known=known
        )
        sized = replace(sized, text=text)
        again = decide(index, sized, customer_id, ctx)
        if again.decision == "auto" or result.decision != "auto":
            result = again
    return in_units(index, result)


def _in_gallon_cans(
    index: CatalogIndex, line: RequestLine, customer_id: str | None, ctx: MatchContext
) -> MatchResult | None:
    """ "2 galones de aceite hidráulico 68 Shell" where the house sells oil in one-gallon cans
    (a "GALON" item sold by the unit): two of the can, when what fits is such a can (else
    None)."""
    if line.uom != "GAL":
        return None
    canned = replace(line, item=f"{line.item} galon", uom=None)
    result = decide(index, canned, customer_id, ctx)
    skus = [result.sku] if result.decision == "auto" else [c.sku for c in result.candidates]
    if result.decision == "unknown" or not skus:
        return None
    entries = [index.entries[index.by_sku[part_key(sku)]] for sku in skus if sku]
    if not all("1gal" in e.reading.codes.get("content", ()) for e in entries):
        return None
    return replace(result, line=replace(result.line, item=line.item))


# A figure, a space and a fraction opening the item with no count said: "4 1/2\" ss ball
# valves" is four 1/2" valves where the house sells 1/2" valves and no 4-1/2" one, and one
# 4-1/2" disc where it sells 4-1/2" discs; "2 1/2 tees", "3 3/4 codos" the same.
COUNT_BEFORE_FRACTION = re.compile(
    r"^\s*([2-9])\s+(\d{1,2}/\d{1,2}(?![\d/])(?:\s*(?:\"|''|pulgadas?|pulg|plg|inch(?:es)?|in)\b|\"|'')?)"
)


def _count_before_fraction(line: RequestLine) -> RequestLine | None:
    """The line read with its leading figure as the count and the fraction as the size, when
    it opens with both and no count was said (else None)."""
    found = COUNT_BEFORE_FRACTION.match(line.item)
    if line.quantity_given or found is None:
        return None
    item = line.item[found.start(2) :].strip()
    return replace(line, item=item, quantity=Decimal(found[1]), quantity_given=True)


def _count_or_size(
    index: CatalogIndex, whole: MatchResult, counted: MatchResult
) -> MatchResult:
    """`whole` (one of the size 4-1/2") or `counted` (four of 1/2"), by what the catalog
    carries: the reading whose size some item of the kind asked for has; when both have it,
    the buyer is asked, each option with its own count; when neither, the size as written."""
    one = _sized_options(index, whole)
    many = _sized_options(index, counted)
    if many and not one:
        return in_units(index, counted)
    if not (one and many):
        return in_units(index, whole)
    each = counted.line
    options = [Candidate(e.sku, e.name, 0.5) for e in one[:2]] + [
        Candidate(e.sku, e.name, 0.5, plain(in_item_units(each, e).quantity)) for e in many[:2]
    ]
    return MatchResult(whole.line, None, None, 0.5, "confirm", options, "count or size",
                       key=whole.key)  # fmt: skip


def _sized_options(index: CatalogIndex, result: MatchResult) -> list[Entry]:
    """The items `result` settled on or offers that are what its line says: the inch size,
    no code that differs (a bronze valve for a stainless one) and every word the catalog
    knows (a gate valve is no ball valve)."""
    reading = read_request(index, result.line.item)
    sizes = reading.codes.get("inch", set())
    known = {w for w in reading.words if w in index.by_word} - NEUTRAL - SIZE_UNIT_WORDS
    return [e for e in offered(index, result)
            if sizes and sizes <= e.reading.codes.get("inch", set())
            and known <= e.reading.words and not conflicts(reading, e)]  # fmt: skip


# "20 kg rod 6013", "15 kg 7018 rod", "5 lbs 6011": a welding rod's AWS class by weight. A
# bearing is never sold by the kilo, so the rod (or the class alone) is the electrode, and
# unknown when the catalog has none of that class, never the 6013 bearing.
_ROD_WORD = re.compile(r"\brods?\b(?!\.)")


_ROD_CLASS = re.compile(r"(?<![\w.,/-])e?\s?(?:6010|6011|6013|7018|7024)(?![\w.,/-])")


_OTHER_KIND = re.compile(r"\b(?:rodamientos?|bearings?|brg|balero|rulem[aá]n)\b")


_WELDING = re.compile(r"\b(?:electrod\w*|soldadura|welding|varillas?)\b")


def _weighed_rod(line: RequestLine) -> RequestLine:
    """`line` with its "rod" said as "electrode" when a weight is its unit and an AWS
    class is in its words (see above); else as it is."""
    weighed = (line.uom or "").upper() in POUNDS | KILOS
    item = fold(line.item)
    if not weighed or not _ROD_CLASS.search(item) or _OTHER_KIND.search(item):
        return line
    if _ROD_WORD.search(item):
        return replace(line, item=_ROD_WORD.sub("electrode", item))
    if _WELDING.search(item):
        return line  # "20 kilos de soldadura 6013": the vocabulary reads it so
    return replace(line, item=f"{item} electrode")
