"""Quantity and unit out of a buyer's line, wherever they stand.

"20 rulemanes 6204 2rs", "hex bolt m8x40 zp qty 500", "valvula bola 1 1/2\" (10 un)",
"MLA-44-1020 x 5", "veinte pernos m8x40", "0100035 - 500", "media docena de guantes",
"1.000 amarras" (one thousand to a Chilean buyer): the quantity is found by the
patterns below, tried in order, and removed from the line; what is left names the
item. A size is never a quantity: "M8x40" has no space before its x, "1 1/2" is a
fraction, a bearing designation such as 6204 is not 6204 pieces, and one of our item
codes (`0100035`) is never read as a number. "3M" is a brand, not three metres.

Question wrappers and polite openers ("precio …", "¿tienen stock de …?", "do you
have …", "I need pricing on …") and list bullets ("- ", "1) ") are taken off first:
they say nothing about the item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from bot.matching.text import fold

UNITS = {
    "EA": ["pcs", "pc", "pz", "pza", "pzas", "piezas", "pieza", "ea", "each", "un", "und", "unid",
           "unids", "unidad", "unidades", "units", "unit", "u", "uds", "ud", "sheets", "sheet",
           "hojas", "hoja", "pliegos", "pieces", "piece", "nos"],
    "M": ["m", "mt", "mts", "metro", "metros", "meter", "meters", "metre", "metres", "mtrs"],
    "KM": ["km", "kms", "kilometro", "kilometros"],
    "KG": ["kg", "kgs", "kilo", "kilos"],
    "BOX": ["box", "boxes", "caja", "cajas", "bolsa", "bolsas", "cj", "cjs", "pack", "packs",
            "paquete", "paquetes"],
    "PAIR": ["pair", "pairs", "par", "pares", "pr"],
    # wire sold by the foot (US houses, and their Latin American offices: "pies")
    "FT": ["ft", "feet", "foot", "pie", "pies"],
}  # fmt: skip
UNIT_OF = {word: uom for uom, words in UNITS.items() for word in words}
UNIT = "(" + "|".join(sorted(map(re.escape, UNIT_OF), key=len, reverse=True)) + r")\.?"

NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "one": 1, "a": 1, "dos": 2, "two": 2, "tres": 3, "three": 3,
    "cuatro": 4, "four": 4, "cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7,
    "seven": 7, "ocho": 8, "eight": 8, "nueve": 9, "nine": 9, "diez": 10, "ten": 10,
    "once": 11, "eleven": 11, "doce": 12, "twelve": 12,
    "quince": 15, "fifteen": 15, "veinte": 20, "twenty": 20, "veinticinco": 25,
    "treinta": 30, "thirty": 30, "cuarenta": 40, "forty": 40, "cincuenta": 50, "fifty": 50,
    "cien": 100, "hundred": 100, "doscientos": 200, "quinientos": 500,
    "mil": 1000, "thousand": 1000,
}  # fmt: skip
WORD = "(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# number words that are never an article or another word ("un", "a", "once" are)
SPELLED = "(" + "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w] > 1 and w != "once"),
                                key=len, reverse=True)) + ")"
# "1.000", "12,500", "1.000.000" (grouped), or a plain number with up to 3 decimals.
NUM = r"(\d{1,3}(?:[.,]\d{3}){1,2}(?![\d.,]\d)|\d{1,7}(?:[.,]\d{1,3})?)(?![\d])"
BEARING_CODE = re.compile(r"6[02389]\d\d|160\d\d")

# Counting words: how many each one is ("2 docenas" = 24, "media docena" = 6).
COUNTS = {
    "media docena": 6, "medias docenas": 6, "half dozen": 6, "half a dozen": 6,
    "docena": 12, "docenas": 12, "dozen": 12, "dozens": 12, "dz": 12, "doz": 12,
    "ciento": 100, "cientos": 100, "centenar": 100, "centenares": 100,
    "millar": 1000, "millares": 1000, "medio millar": 500,
}  # fmt: skip
COUNT_WORD = re.compile(
    r"(?:(?<![\w.,])"
    + NUM
    + r"\s*|\b"
    + WORD
    + r"\s+|\b(?:an?|una?|el|la)\s+)?\b("
    + "|".join(sorted(map(re.escape, COUNTS), key=len, reverse=True))
    + r")\b(?:\s+(?:de|of)\b)?"
)

TRAILING_X = re.compile(rf"(?:^|\s)[x*]\s*{NUM}\s*(?:{UNIT})?\s*$")
# What stands right before "x N" when N is a dimension: M10 x 50, 1/4-20 x 1, 1/2" x 2.
SIZE_BEFORE_X = re.compile(r"(?:\bm\d{1,2}(?:[.,]\d)?|\d/\d{1,2}\"?|\d-\d{1,2})\s*$")
# Only threaded things have a length after a fraction: "broca 5/32 x 5" is five drills.
THREADED = re.compile(r"\b(?:perno|pernos|bolt|bolts|tornillo|tornillos|screw|screws|hhcs|"
                      r"esparrago|esparragos|stud|studs|varilla|rod|unc|unf)\b")  # fmt: skip
# Things without a length: "tuerca m8 x 50" is fifty nuts.
NO_LENGTH = re.compile(r"\b(?:tuercas?|nuts?|golillas?|arandelas?|washers?|rondanas?|guasas?)\b")
TRAILING_DASH = re.compile(rf"\s[-=]\s*{NUM}\s*(?:{UNIT})?\s*$")
# "caja 10 pies", "box of 10 ft", "rollo de 100 m": the length a package holds.
PACKAGE_BEFORE = re.compile(r"\b(?:caja|box|rollo|roll|carrete|reel)(?:\s+(?:de|of))?\s*$")
# "rulemanes 6308 2RS Koyo: 4", "código 69JB1: 10": the count after a colon ending the line.
TRAILING_COLON = re.compile(rf"(?<=[\w\")']):\s*{NUM}\s*(?:{UNIT})?\s*$")
# "x10 6205 bearings", "x 6 correas A42": the count written as "x N" before the item
# (never "x10" glued to a word: a size such as "M8x40" has something before its x).
LEADING_X = re.compile(rf"^\s*[x*]\s*{NUM}\s*(?:{UNIT}\s+)?(?=\S)(?<=\s)")
LEADING_DASH = re.compile(rf"^\s*{NUM}\s*(?:{UNIT}\s*)?[-:=]\s+(?=\S)")

NEED_AT_END = re.compile(
    rf"\b(?:need|necesito|necesitamos|requiero|we need|i need)\s*:?\s*{NUM}\s*(?:{UNIT})?\s*$"
)
# "5 rollos de 100 m", "3 rolls of 100 m": metres.
ROLLS = re.compile(
    rf"(?:(?<![\w.,]){NUM}|\b{WORD})\s*(?:rollos?|rolls?|carretes?|reels?)\s*(?:de|of|x)?\s*"
    rf"{NUM}\s*(?:m|mt|mts|metros|meters|metres)\b"
)
# "looking for 1,000 mtrs nya cable", "me cotizan 60 uds tapa": a count and its unit
# in the middle of the line (not after "de"/"of"/"x", where it is a size).
MID_UNIT = re.compile(
    rf"(?<![\w.,/-])(?<!\bde )(?<!\bof )(?<!x )(?<!x){NUM}\s*{UNIT}(?![\w/])(?!\s*x\s*\d)"
)

# (pattern, group of the number, group of the unit) in the order they are tried:
# those that name a unit or a keyword first, the bare "x N" and leading numbers last.
PATTERNS: list[tuple[re.Pattern[str], int, int | None]] = [
    (re.compile(rf"\b(?:qty|qnty|quantity|cant|cantidad|cantid)\.?\s*[:=]?\s*{NUM}\s*(?:{UNIT})?(?!\w)"),
     1, 2),
    (re.compile(rf"\(\s*{NUM}\s*(?:{UNIT})?\s*\)"), 1, 2),
    (re.compile(rf"^\s*{NUM}\s*{UNIT}(?![\w/])"), 1, 2),
    (re.compile(rf"\s[-:,]\s*{NUM}\s*{UNIT}\s*$"), 1, 2),
    (re.compile(rf"\s{NUM}\s*{UNIT}\s*$"), 1, 2),
    (TRAILING_X, 1, 2),
    (TRAILING_DASH, 1, 2),
    (TRAILING_COLON, 1, 2),
    (re.compile(rf"^\s*{NUM}\s*[x*]\s+"), 1, None),
    (LEADING_X, 1, 2),  # "x10 6205 open bearings", "x 6 correas"
    (LEADING_DASH, 1, 2),
    (re.compile(rf"^\s*{WORD}\s+(?:{UNIT}\s+)?(?=[a-z])"), 1, 2),
    (re.compile(rf"^\s*{SPELLED}\s+(?=\d)"), 1, None),  # "three 3P 6A breaker"
    (NEED_AT_END, 1, 2),
    (re.compile(rf"^\s*{NUM}\s+(?=[a-z]|\d{{3,}}|\d{{1,2}}\s+[a-z]|\d-\d{{1,2}}/\d)"), 1, None),
    (MID_UNIT, 1, 2),
]  # fmt: skip
LEADING_BARE = PATTERNS[-2][0]


@dataclass(frozen=True)
class RequestLine:
    """One requested item: what the buyer wrote, what it names, and how many."""

    text: str
    item: str  # the text with quantity and unit taken out
    quantity: Decimal
    uom: str | None  # catalog unit when the buyer named one (EA, M, KG, BOX, PAIR)
    quantity_given: bool
    # The quantity had the buyer's other separator meant thousands ("1,000" read as 1
    # by a Chilean customer's rule): an item sold by the unit is never fractional.
    regrouped: Decimal | None = None


# Polite openers and question wrappers that stand before the item.
OPENER = re.compile(
    r"^(?:(?:hola|hi|hello|buenas|buenos dias|buenas tardes|estimados?)[,!.]?\s+)?"
    r"(?:(?:por favor|please|pls|porfa|favor)[,]?\s+)?"
    r"(?:necesito|necesitamos|quiero|queremos|requiero|requerimos|favor(?: de)? cotizar|"
    r"me cotizan|me pueden cotizar|(?:me|nos) (?:pasan|pasas|pueden pasar|podrian pasar) "
    r"(?:precio|cotizacion)(?:es)?(?: de(?:l)?| por| para)?|"
    r"me puede cotizar|me cotiza|cotizenme|cotizen|"
    r"(?:we are |i am |i'm |we're )?looking for|necesitaria|necesitariamos|solicito|"
    r"cotizar|cotizame|cotizacion(?: de| por)?|cotiza|please quote|quote|send|please send|"
    r"i need|we need|need|we require|require|i want|we want|i'd like|we'd like|"
    r"i need (?:a )?(?:price|pricing|quote|quotation)s? (?:on|for)|"
    r"(?:price|pricing|quote|quotation)s? (?:on|for|of)|"
    r"(?:can|could) you (?:quote|price|send)(?: me| us)?|"
    r"do you (?:have|stock|carry|sell)(?: any)?|have you got|is there|are there|"
    r"(?:any )?stock (?:of|on|for)|availability (?:of|for|on)|"
    r"precio(?:s)?(?: de(?:l)?| por| para)?|valor(?: de(?:l)?)?|"
    r"cuanto (?:cuesta|cuestan|vale|valen|sale|salen)"
    r"(?: el| la| los| las|(?: un| una)(?! caja| par))?|"
    r"(?:que|cual es el) precio (?:tiene|de|del)(?: el| la| los| las)?|"
    r"(?:tienen|tiene|tendran|hay|habra|manejan|venden)(?: stock| disponibilidad)?"
    r"(?: de(?:l)?)?(?: el| la| los| las| un| una)?|"
    r"disponibilidad (?:de(?:l)?|para)(?: el| la| los| las)?)"
    r"\s*:?\s+"
)
TAIL = re.compile(
    r"[\s,;.]*(?:\?+|por favor|porfa|please|pls|gracias|thanks|thank you|en stock|in stock|"
    r"disponible|available|asap|urgente|urgent)[\s?!.]*$"
)
BULLET = re.compile(r"^\s*(?:[-*•·>]+\s*|\(?\d{1,3}(?:[.)]|\.-)\s+|#\d{1,3}[.):]?\s+)(?=\S)")
# A "3M" written in capitals, or before a product line, is the brand.
BRAND_3M = re.compile(r"(?<![\w.,])3M(?![\w])")
BRAND_3M_LOWER = re.compile(r"(?<![\w.,])3m(?=\s+(?:cubitron|scotch|scotch-brite|peltor|"
                            r"\d{3,4}|[a-z]+-?\d))")  # fmt: skip
SPANISH_HINT = re.compile(
    r"\b(?:de|del|para|con|unidades|piezas|rodamientos?|pernos?|tuercas?|golillas?|"
    r"arandelas?|valvulas?|codos?|discos?|correas?|cajas?|metros|necesito|precio|cuanto|"
    r"tienen|cotizar|interruptor(?:es)?|guantes?|tornillos?|amarras?|cable)\b"
)
PLACEHOLDER = "qkeptq{}q"


def parse_line(
    text: str,
    *,
    thousands: str | None = None,
    is_code: Callable[[str], bool] | None = None,
) -> RequestLine:
    """Split a buyer's line into item text, quantity (default 1, flagged) and unit.

    `thousands` is the buyer's thousands separator ("." for a Chilean customer, ","
    for a US one; None: guessed from the line's language). `is_code(token)` says
    whether a token is one of our item codes or the customer's part numbers, which
    are kept whole in the item.
    """
    if "\t" in text:
        row = _row(text, thousands)
        if row is not None:
            return row
    folded = " ".join(fold(text).replace("¿", " ").replace("¡", " ").split())
    folded = _fix_opener_typos(folded)
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return PLACEHOLDER.format(chr(ord("a") + len(kept) - 1))

    folded = BULLET.sub("", folded)
    for _ in range(2):
        folded = OPENER.sub("", folded)
        folded = TAIL.sub("", folded)
        folded = BULLET.sub("", folded)
    if BRAND_3M.search(text) or BRAND_3M_LOWER.search(folded):
        folded = re.sub(r"(?<![\w.,])3m(?![\w])", lambda m: keep(m[0]), folded)
    if is_code is not None:
        folded = re.sub(
            r"(?<![\w-])[\w][\w\-./]*[\w]",
            lambda m: keep(m[0]) if any(ch.isdigit() for ch in m[0]) and is_code(m[0]) else m[0],
            folded,
        )
    folded = re.sub(r"#\s*(?=qkeptq)", " ", folded).strip()  # "#BLT-10361"
    # A long number with a leading zero is an item code, never a quantity.
    folded = re.sub(r"(?<![\w.,/-])0\d{4,9}(?![\w.,/])", lambda m: keep(m[0]), folded)
    line = _quantity(text, folded, _separator(folded, thousands))
    item = line.item
    for position, value in enumerate(kept):
        item = item.replace(PLACEHOLDER.format(chr(ord("a") + position)), value)
    return RequestLine(
        line.text, item, line.quantity, line.uom, line.quantity_given, line.regrouped
    )


def _quantity(text: str, folded: str, separator: str) -> RequestLine:
    rolls = ROLLS.search(folded)
    if rolls is not None:
        count = Decimal(NUMBER_WORDS[rolls[2]]) if rolls[2] else _number(rolls[1], separator)[0]
        length = _number(rolls[3], separator)[0]
        item = (folded[: rolls.start()] + " " + folded[rolls.end() :]).strip(" -,:;")
        return RequestLine(text, " ".join(item.split()), count * length, "M", True)
    pair = re.match(r"^\s*(?:a\s+|una?\s+)?(?:pair|par)\s+(?:de|of)\s+(?=[a-z])", folded)
    if pair is not None:  # "par de guantes": one pair
        return RequestLine(text, folded[pair.end() :].strip(), Decimal(1), "PAIR", True)
    counted = COUNT_WORD.search(folded)
    if counted is not None:
        times = Decimal(COUNTS[counted[3]])
        if counted[1]:
            times *= _number(counted[1], separator)[0]
        elif counted[2]:
            times *= NUMBER_WORDS[counted[2]]
        item = (folded[: counted.start()] + " " + folded[counted.end() :]).strip(" -,:;")
        return RequestLine(text, " ".join(item.split()), times, None, True)
    for pattern, number_group, unit_group in PATTERNS:
        match = pattern.search(folded)
        if match is None:
            continue
        before = folded[: match.start()]
        if (
            pattern is TRAILING_X
            and SIZE_BEFORE_X.search(before)
            and (not re.search(r"\d/\d{1,2}\"?\s*$", before) or THREADED.search(folded))
            and not (NO_LENGTH.search(folded) and not THREADED.search(folded))
            and not re.fullmatch(r"\d{1,3}[.,]\d{3}", match[number_group])
        ):
            continue  # "M10 x 50": the 50 is a length (not "M16 x 5.000")
        if (
            pattern is TRAILING_DASH
            and (
                re.search(r"\bm\d{1,2}\s*$", before)
                or (re.search(r"\d/\d{1,2}\"?\s*$", before) and THREADED.search(folded))
            )
            and not (NO_LENGTH.search(folded) and not THREADED.search(folded))
            and not re.fullmatch(r"\d{1,3}[.,]\d{3}", match[number_group])
        ):
            continue  # "M8 - 40", "1/4 - 20": a size (not after a nut, not "M8 - 1.000")
        raw = match[number_group]
        regrouped = None
        if raw in NUMBER_WORDS:
            quantity = Decimal(NUMBER_WORDS[raw])
        else:
            quantity, regrouped = _number(raw, separator)
            if pattern is LEADING_BARE and (
                BEARING_CODE.fullmatch(raw) or (10000 <= quantity < 1000000 and raw.isdigit())
            ):
                continue  # "6204 bearing" names a bearing, it does not order 6204 of them
        if quantity <= 0:
            continue
        unit = UNIT_OF.get((match[unit_group] or "") if unit_group else "")
        if unit in ("FT", "M") and PACKAGE_BEFORE.search(before):
            continue  # "cadena 60 caja 10 pies": the length a box holds, not a count
        if unit == "KM":
            quantity, unit = quantity * 1000, "M"
            regrouped = regrouped * 1000 if regrouped is not None else None
        item = re.sub(r"\s[x*]$", "", (before + " " + folded[match.end() :]).strip(" -,:;="))
        return RequestLine(text, " ".join(item.split()), quantity, unit, True, regrouped)
    return RequestLine(text, folded.strip(" -,:;="), Decimal(1), None, False)


def _number(raw: str, separator: str) -> tuple[Decimal, Decimal | None]:
    """The number by the buyer's thousands `separator`, and the other reading if any.

    '2,5' → 2.5; '1.000' → 1000 for a buyer who groups with dots, 1 (or 1000 if the
    item turns out to be sold by the unit) for one who does not.
    """
    decimal = "," if separator == "." else "."
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3}){2}", raw):
        return Decimal(re.sub(r"[.,]", "", raw)), None
    grouped = re.fullmatch(r"\d{1,3}[.,]\d{3}", raw)
    if grouped:
        if raw[-4] == separator:
            return Decimal(raw.replace(separator, "")), None
        # "2.000" from a buyer who groups with commas: 2, unless the item is sold by
        # the unit, where three decimals can only be thousands.
        return Decimal(raw.replace(decimal, ".")), Decimal(raw.replace(decimal, ""))
    return Decimal(raw.replace(",", ".")), None


ENGLISH_HINT = re.compile(
    r"\b(?:for|of|the|need|needs|pcs|pieces|bolts?|nuts?|washers?|bearings?|breakers?|wire|"
    r"looking|price|pricing|quote|please|meters|feet|boxes|each|with|and)\b"
)


def _separator(folded: str, customer: str | None) -> str:
    """The thousands separator: the line's language when it shows, else the customer's."""
    spanish, english = bool(SPANISH_HINT.search(folded)), bool(ENGLISH_HINT.search(folded))
    if spanish != english:
        return "." if spanish else ","
    return customer or ("." if spanish else ",")


UNIT_WORDS = ["unidades", "docena", "docenas", "millar", "piezas", "metros", "paquetes",
              "rollos", "pares"]  # fmt: skip
NO_LENGTH_WORDS = ["tuerca", "tuercas", "rondana", "rondanas", "arandela", "arandelas",
                   "golilla", "golillas", "washer", "washers"]  # fmt: skip
OPENER_WORDS = ["precio", "precios", "cuanto", "tienen", "tendran", "cotizan", "cotizar",
                "necesito", "necesitamos", "looking", "pricing", "quote", "price", "please",
                "valor", "disponibilidad"]  # fmt: skip


def _fix_opener_typos(folded: str) -> str:
    """A slip in the question around the item ("preico", "me ctoizan", "looikng for")."""
    from rapidfuzz import fuzz, process

    words = folded.split(" ")
    for i, word in enumerate(words[:3]):
        if (
            len(word) >= 5
            and word.isalpha()
            and word not in OPENER_WORDS
            and word not in NUMBER_WORDS
            and (i < 2 or words[i - 1] in ("need", "necesito", "necesitamos"))
        ):
            best = process.extractOne(word, OPENER_WORDS, scorer=fuzz.ratio, score_cutoff=80)
            if best is not None:
                words[i] = best[0]
    for i, word in enumerate(words):  # "250 unidaddes", "una docnea"
        if len(word) < 6 or not word.isalpha() or word in UNIT_WORDS or word in NO_LENGTH_WORDS:
            continue
        best = process.extractOne(word, UNIT_WORDS, scorer=fuzz.ratio, score_cutoff=80)
        # "rnodana m16 x 6", "lock wahser m6 x 4": things without a length, misspelt
        best = best or process.extractOne(word, NO_LENGTH_WORDS, scorer=fuzz.ratio, score_cutoff=80)
        if best is not None:
            words[i] = best[0]
    return " ".join(words)


def _row(text: str, thousands: str | None) -> RequestLine | None:
    """A spreadsheet row (cells joined by tabs): which cell is the count, the unit, the item.

    Layouts buyers send: `line, description, qty, unit`; `description, unit, qty`;
    `qty, unit, description`; `description, qty`. A number before the description
    with another cell after it is the line number; an empty quantity cell is a
    quantity not given.
    """
    cells = [c.strip() for c in text.split("\t")]
    kinds = []
    for cell in cells:
        folded = fold(cell).strip(". ")
        if not folded:
            kinds.append("empty")
        elif re.fullmatch(r"\d[\d.,]*", folded):
            kinds.append("number")
        elif folded in UNIT_OF or folded in ("cj", "bx", "pr", "m", "un"):
            kinds.append("unit")
        else:
            kinds.append("text")
    if "text" not in kinds:
        return None
    first_text = kinds.index("text")
    description = " ".join(c for c, k in zip(cells, kinds, strict=True) if k == "text")
    numbers = [i for i, k in enumerate(kinds) if k == "number"]
    # a number standing first, before the description, with more cells after: line number
    if numbers and numbers[0] == 0 < first_text and len(cells) >= 4:
        numbers = numbers[1:]
        qty_cell = 2 if len(cells) >= 4 and first_text == 1 else None
        if qty_cell is not None and kinds[qty_cell] == "empty":
            numbers = []
    unit_cells = [fold(cells[i]).strip(". ") for i, k in enumerate(kinds) if k == "unit"]
    spelled = unit_cells[0] if unit_cells else ""
    unit = UNIT_OF.get(spelled) or {"cj": "BOX", "bx": "BOX", "pr": "PAIR"}.get(spelled)
    inner = parse_line(description, thousands=thousands)
    if not numbers:
        return RequestLine(text, inner.item, inner.quantity, inner.uom or unit,
                           inner.quantity_given)  # fmt: skip
    separator = _separator(fold(description), thousands)
    quantity, regrouped = _number(fold(cells[numbers[-1]]), separator)
    if unit == "KM":
        quantity, unit = quantity * 1000, "M"
    item = inner.item if not inner.quantity_given else fold(description)
    return RequestLine(text, item, quantity, unit, True, regrouped)
