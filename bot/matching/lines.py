"""Quantity and unit out of a buyer's line, wherever they stand.

"20 rulemanes 6204 2rs", "hex bolt m8x40 zp qty 500", "valvula bola 1 1/2\" (10 un)",
"MLA-44-1020 x 5", "veinte pernos m8x40": the quantity is found by the patterns below,
tried in order, and removed from the line; what is left names the item. A size is
never a quantity: "M8x40" has no space before its x, "1 1/2" is a fraction, and a
bearing designation such as 6204 is not read as 6204 pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.matching.text import fold

UNITS = {
    "EA": ["pcs", "pc", "pz", "pza", "pzas", "piezas", "pieza", "ea", "each", "un", "und", "unid",
           "unids", "unidad", "unidades", "units", "unit", "u"],
    "M": ["m", "mt", "mts", "metro", "metros", "meter", "meters", "metre", "metres"],
    "KG": ["kg", "kgs", "kilo", "kilos"],
    "BOX": ["box", "boxes", "caja", "cajas", "bolsa", "bolsas"],
    "PAIR": ["pair", "pairs", "par", "pares"],
}  # fmt: skip
UNIT_OF = {word: uom for uom, words in UNITS.items() for word in words}
UNIT = "(" + "|".join(sorted(map(re.escape, UNIT_OF), key=len, reverse=True)) + r")\.?"

NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "one": 1, "a": 1, "dos": 2, "two": 2, "tres": 3, "three": 3,
    "cuatro": 4, "four": 4, "cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7,
    "seven": 7, "ocho": 8, "eight": 8, "nueve": 9, "nine": 9, "diez": 10, "ten": 10,
    "once": 11, "eleven": 11, "doce": 12, "twelve": 12, "docena": 12, "dozen": 12,
    "quince": 15, "fifteen": 15, "veinte": 20, "twenty": 20, "veinticinco": 25,
    "treinta": 30, "thirty": 30, "cuarenta": 40, "forty": 40, "cincuenta": 50, "fifty": 50,
    "cien": 100, "ciento": 100, "hundred": 100, "doscientos": 200, "quinientos": 500,
    "mil": 1000, "thousand": 1000,
}  # fmt: skip
WORD = "(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
NUM = r"(\d{1,6}(?:[.,]\d{1,3})?)"
BEARING_CODE = re.compile(r"6[02389]\d\d|160\d\d")

# (pattern, group of the number, group of the unit) in the order they are tried.
TRAILING_X = re.compile(rf"(?:^|\s)[x*]\s*{NUM}\s*(?:{UNIT})?\s*$")
# What stands right before "x N" when N is a dimension: M10 x 50, 1/4-20 x 1, 1/2" x 2.
SIZE_BEFORE_X = re.compile(r"(?:\bm\d{1,2}(?:[.,]\d)?|\d/\d{1,2}\"?|\d-\d{1,2})\s*$")

# (pattern, group of the number, group of the unit) in the order they are tried:
# those that name a unit or a keyword first, the bare "x N" and leading numbers last.
PATTERNS: list[tuple[re.Pattern[str], int, int | None]] = [
    (re.compile(rf"\b(?:qty|qnty|quantity|cant|cantidad)\.?\s*[:=]?\s*{NUM}\s*(?:{UNIT})?(?!\w)"),
     1, 2),
    (re.compile(rf"\(\s*{NUM}\s*(?:{UNIT})?\s*\)"), 1, 2),
    (re.compile(rf"^\s*{NUM}\s*{UNIT}(?![\w/])"), 1, 2),
    (re.compile(rf"\s[-:,]\s*{NUM}\s*{UNIT}\s*$"), 1, 2),
    (re.compile(rf"\s{NUM}\s*{UNIT}\s*$"), 1, 2),
    (TRAILING_X, 1, 2),
    (re.compile(rf"^\s*{NUM}\s*[x*]\s+"), 1, None),
    (re.compile(rf"^\s*{WORD}\s+(?:{UNIT}\s+)?(?=[a-z])"), 1, 2),
    (re.compile(rf"^\s*{NUM}\s+(?=[a-z]|\d{{3,}}|\d{{1,2}}\s+[a-z])"), 1, None),
]  # fmt: skip


@dataclass(frozen=True)
class RequestLine:
    """One requested item: what the buyer wrote, what it names, and how many."""

    text: str
    item: str  # the text with quantity and unit taken out
    quantity: Decimal
    uom: str | None  # catalog unit when the buyer named one (EA, M, KG, BOX, PAIR)
    quantity_given: bool


# Polite openers that stand before the quantity: "necesito 20 ...", "please quote 10 ...".
OPENER = re.compile(
    r"^(?:(?:hola|hi|hello|buenas|buenos dias)[,!.]?\s+)?"
    r"(?:necesito|necesitamos|quiero|queremos|requiero|requerimos|favor(?: de)? cotizar|"
    r"cotizar|cotizame|please quote|please send|i need|we need|need)\s*:?\s+"
)


def parse_line(text: str) -> RequestLine:
    """Split a buyer's line into item text, quantity (default 1) and unit."""
    folded = OPENER.sub("", " ".join(fold(text).split()))
    for pattern, number_group, unit_group in PATTERNS:
        match = pattern.search(folded)
        if match is None:
            continue
        if pattern is TRAILING_X and SIZE_BEFORE_X.search(folded[: match.start()]):
            continue  # "M10 x 50": the 50 is a length
        raw = match[number_group]
        if raw in NUMBER_WORDS:
            quantity = Decimal(NUMBER_WORDS[raw])
        else:
            quantity = _number(raw)
            if pattern is PATTERNS[-1][0] and (BEARING_CODE.fullmatch(raw) or quantity >= 10000):
                continue  # "6204 bearing" names a bearing, it does not order 6204 of them
        if quantity <= 0:
            continue
        unit = match[unit_group] if unit_group else None
        item = (folded[: match.start()] + " " + folded[match.end() :]).strip(" -,:;")
        return RequestLine(text, " ".join(item.split()), quantity, UNIT_OF.get(unit or ""), True)
    return RequestLine(text, folded, Decimal(1), None, False)


def _number(raw: str) -> Decimal:
    """'2,5' → 2.5, '1,000' → 1000 (a comma before exactly three digits groups thousands)."""
    if re.fullmatch(r"\d{1,3},\d{3}", raw):
        return Decimal(raw.replace(",", ""))
    return Decimal(raw.replace(",", "."))
