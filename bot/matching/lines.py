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
from dataclasses import dataclass, replace
from decimal import Decimal

from bot.matching.notation import CONTENT_UNITS, ISO_VG
from bot.matching.text import fold

UNITS = {
    "EA": ["pcs", "pc", "pz", "pza", "pzas", "pzs", "piezas", "pieza", "ea", "each", "un", "und",
           "unid", "unids", "unds", "unidad", "unidades", "units", "unit", "u", "uds", "ud",
           "sheets", "sheet", "hojas", "hoja", "pliegos", "pieces", "piece", "nos",
           # Portuguese's pieces ("50 peças de anel o-ring")
           "pecas", "peca",
           # the UK counts a requisition's lines "10 off"
           "off"],
    "M": ["m", "mt", "mts", "metro", "metros", "meter", "meters", "metre", "metres", "mtrs"],
    "KM": ["km", "kms", "kilometro", "kilometros"],
    "KG": ["kg", "kgs", "kilo", "kilos", "kilogramo", "kilogramos", "kilogram", "kilograms"],
    # the diminutive a buyer says a pack with ("unas 10 bolsitas", "2 cajitas") is the pack
    "BOX": ["box", "boxes", "bx", "bxs", "caja", "cajas", "bolsa", "bolsas", "bolsita", "bolsitas",
            "cajita", "cajitas", "paquetito", "paquetitos", "cj", "cjs", "cja",
            "cjas", "pack", "packs", "paquete", "paquetes", "bag", "bags", "pkg", "pkgs",
            # a case, as a US house sells coveralls and gloves ("x 1 case", "- 2 cases")
            "case", "cases"],
    # a set, kit or "juego" is counted as the item itself: the item's own unit (JGO, SET, EA)
    "SET": ["juego", "juegos", "jgo", "jgos", "jg", "set", "sets", "kit", "kits"],
    "PAIR": ["pair", "pairs", "par", "pares", "pr"],
    # wire sold by the foot (US houses, and their Latin American offices: "pies")
    "FT": ["ft", "feet", "foot", "pie", "pies"],
    # welding wire, electrodes, washers and nuts by the pound (a US border house)
    "LB": ["lb", "lbs", "libra", "libras", "pound", "pounds"],
    # a liquid by the litre or the gallon ("20 litros de aceite de corte", "2 gallons of …")
    "L": ["lt", "lts", "ltr", "ltrs", "litro", "litros", "liter", "liters", "litre", "litres"],
    "GAL": ["gal", "gals", "galon", "galones", "gallon", "gallons"],
}  # fmt: skip
UNIT_OF = {word: uom for uom, words in UNITS.items() for word in words}
UNIT = "(" + "|".join(sorted(map(re.escape, UNIT_OF), key=len, reverse=True)) + r")\.?"
# A foot mark after a leading count: "50' all thread", "100' of SO cord" (never in UNIT: a
# size may carry it)
UNIT_OF["'"] = "FT"

NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "one": 1, "a": 1, "dos": 2, "two": 2, "tres": 3, "three": 3,
    "cuatro": 4, "four": 4, "cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7,
    "seven": 7, "ocho": 8, "eight": 8, "nueve": 9, "nine": 9, "diez": 10, "ten": 10,
    "once": 11, "eleven": 11, "doce": 12, "twelve": 12, "trece": 13, "thirteen": 13,
    "catorce": 14, "fourteen": 14, "quince": 15, "fifteen": 15, "dieciseis": 16,
    "sixteen": 16, "dieciocho": 18, "eighteen": 18, "veinte": 20, "twenty": 20,
    "veinticuatro": 24, "veinticinco": 25,
    "treinta": 30, "thirty": 30, "cuarenta": 40, "forty": 40, "cincuenta": 50, "fifty": 50,
    "sesenta": 60, "sixty": 60, "setenta": 70, "seventy": 70, "ochenta": 80, "eighty": 80,
    "noventa": 90, "ninety": 90,
    "cien": 100, "hundred": 100, "doscientos": 200, "trescientos": 300,
    "cuatrocientos": 400, "quinientos": 500,
    "mil": 1000, "thousand": 1000,
    # the teens and twenties said in one word, and the hundreds of a feminine noun
    # ("doscientas amarras", "quinientas arandelas")
    "diecisiete": 17, "seventeen": 17, "diecinueve": 19, "nineteen": 19,
    "veintidos": 22, "veintitres": 23, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "doscientas": 200, "trescientas": 300, "cuatrocientas": 400,
    "quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
    "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
    "novecientas": 900,
    # the Brazilian border's Portuguese ("dois retentores", "quatro 41192 pk", "doze discos")
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "doze": 12, "vinte": 20, "trinta": 30, "cem": 100,
}  # fmt: skip
WORD = "(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# number words that are never an article or another word ("un", "a", "once" are): the
# alternatives (bot/joined/ cuts dictated lists at them too), and as a group here
SPELLED_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w] > 1 and w != "once"),
                                key=len, reverse=True))  # fmt: skip
SPELLED = "(" + SPELLED_WORDS + ")"
# "1.000", "12,500", "1.000.000" (grouped), or a plain number with up to 3 decimals.
NUM = r"(\d{1,3}(?:[.,]\d{3}){1,2}(?![\d.,]\d)|\d{1,7}(?:[.,]\d{1,3})?)(?![\d])"
BEARING_CODE = re.compile(r"6[02389]\d\d|160\d\d")
LEADING_FEET = re.compile(rf"^\s*{NUM}\s?(')(?:\s+(?:of|de)\b)?\s+(?=[a-z])")

# A number said in several words ("ciento cincuenta", "treinta y seis", "dos mil", "two
# hundred fifty", "twenty-five", "mil quinientas") or a figure and "mil" ("2 mil amarras"):
# written as its figure before the count is read. "ciento" and the Spanish hundreds add; the
# English "hundred", "mil" and "thousand" multiply what stands before them.
_NUMBER_WORD = "(?:" + "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w] > 1 or w in (
    "un", "una", "uno", "one")), key=len, reverse=True)) + "|ciento|y|and)"
COMPOUND = re.compile(
    rf"(?<![\w.,/-])(?:\d{{1,3}}\s+mil\b|{_NUMBER_WORD}(?:(?:\s+|-){_NUMBER_WORD})+)(?![\w/-])"
)
MULTIPLIERS = {"hundred": 100, "mil": 1000, "thousand": 1000}


def _compound_value(words: list[str]) -> int | None:
    """The number `words` say together, or None when they are no one number ("dos tres")."""
    total, current, last = 0, 0, None
    for word in words:
        if word in ("y", "and"):
            if last is None or last < 20:
                return None  # "treinta y seis", "one hundred and five": after tens or more
            continue
        value = 100 if word == "ciento" else int(word) if word.isdigit() else NUMBER_WORDS[word]
        if word in MULTIPLIERS:
            scale = MULTIPLIERS[word]
            if word == "hundred":
                if not 0 < current < 10:
                    return None
                current *= scale
            else:
                if (total + current) >= scale:
                    return None
                total, current = (total + (current or 1)) * scale, 0
        elif last is not None and (value >= last or (last < 100 and last % 10) or
                                   (last >= 100 and value >= 100 and last % 100 == 0 and
                                    words[0] not in ("mil", "thousand") and total == 0)):
            return None  # "dos tres", "veinte treinta": two numbers, never one
        else:
            current += value
        last = value
    return total + current if total + current > 1 and last is not None else None


def _spelled_compounds(folded: str) -> str:
    """`folded` with its numbers said in several words written as figures (see above)."""

    def figure(m: re.Match[str]) -> str:
        if m[0][0].isdigit() and not (SPANISH_HINT.search(folded) and not ENGLISH_HINT.search(
                folded)):  # fmt: skip
            return m[0]  # "2 mil amarras" (Spanish); "6 mil poly sheeting" is six thousandths
        words = m[0].replace("-", " ").split()
        while words and words[-1] in ("y", "and"):
            words.pop()
        value = _compound_value(words) if len(words) > 1 else None
        if value is None:
            return m[0]
        return str(value) + m[0][len(m[0].rstrip()) :]

    return COMPOUND.sub(figure, folded)


# Counting words: how many each one is ("2 docenas" = 24, "media docena" = 6).
COUNTS = {
    "media docena": 6, "medias docenas": 6, "half dozen": 6, "half a dozen": 6,
    "docena y media": 18, "dozen and a half": 18,  # "docena y media de lentes": eighteen
    # the Brazilian border counts in Portuguese ("meia dúzia de …", "uma dúzia de …")
    "meia duzia": 6, "duzia": 12, "duzias": 12,
    "docena": 12, "docenas": 12, "dozen": 12, "dozens": 12, "dz": 12, "doz": 12,
    "ciento": 100, "cientos": 100, "centenar": 100, "centenares": 100,
    "millar": 1000, "millares": 1000, "medio millar": 500,
    "medio ciento": 50, "medio centenar": 50, "media centena": 50, "centena": 100,
    # "a hundred M12 nuts", "two hundred …", "a thousand ties": the article counts one
    "hundred": 100, "hundreds": 100, "thousand": 1000,
    # "a couple of 1/2 nipples", "need a couple 6204": two (with its article only: a "couple"
    # alone may be a coupling)
    "a couple": 2,
}  # fmt: skip
# A number named as a size right before it: a grit, a gauge, a screw's number ("grano 600",
# "#8", "calibre 12"), never a count of the counting word after it
SIZE_NAMED = re.compile(
    r"(?:\b(?:grano|grit|talla|size|calibre|cal|nro|no|numero|medida)\.?|#)\s*$"
)
# A count said with a counting word ("two dozen", "half a dozen", "un ciento", "a
# hundred", "una docena"): the alternatives (bot/joined/ cuts dictated lists at them).
COUNTED_WORDS = (
    rf"(?:(?:{SPELLED_WORDS}|half an?|half|an?|una?)\s+)?(?:"
    + "|".join(sorted(map(re.escape, COUNTS), key=len, reverse=True))
    + ")"
)
COUNT_WORD = re.compile(
    r"(?:(?<![\w.,])"
    + NUM
    + r"\s*|\b"
    + WORD
    + r"\s+|\b(?:an?|una?|el|la)\s+)?\b("
    + "|".join(sorted(map(re.escape, COUNTS), key=len, reverse=True))
    + r")\b(?:\s+(?:de|of)\b)?"
)

# A fraction of a counting word, or a whole and a fraction: "1 1/2 docena", "1/2 dozen" (the
# fraction is never the count before it: "1 1/2 docena" is eighteen, not 1/2 of 24)
FRACTION_COUNT = re.compile(
    r"(?<![\w.,/])(?:(\d{1,2})\s+)?(\d)/(\d)\s*(docenas?|dozens?|dz|doz|cientos?|centenar(?:es)?|"
    r"millar(?:es)?)\b(?:\s+(?:de|of)\b)?"
)
# the units that divide (a kilo, a metre, a kilometre), longest word first
DIVIDING = "|".join(sorted(UNITS["KG"] + UNITS["M"] + UNITS["KM"], key=len, reverse=True))
# "medio kilo de arandelas", "media caja", "medio km de cable": half of a unit that divides.
HALF = re.compile(
    r"^\s*(?:medio|media|half an?|half)\s+("
    + DIVIDING
    + r")\.?(?:\s+(?:de|of)\b)?(?=\s|$)"
)
# "1/2 km de cable", "3/4 kg de arandelas", "cable thhn 12 x 1/2 km": a fraction of a unit that
# divides, said before the item, or after it in kilometres (which no item's size is in:
# "arandela 1/2 kg" may be a kilo of half-inch washers)
FRACTION_OF_UNIT = re.compile(
    r"^\s*([1-7])/([248])\s*("
    + DIVIDING
    + r")\.?(?:\s+(?:de|of)\b)?(?=\s|$)"
)
FRACTION_OF_KM = re.compile(
    r"\s(?:[x*-]\s*)?([1-7])/([248])\s*(" + "|".join(UNITS["KM"]) + r")\.?\s*$"
)
HALF_AFTER = re.compile(  # "arandelas planas 1/2 medio kilo": the same closing the line
    r"\s(?:[x*-]\s*)?(?:medio|media|half an?|half)\s+("
    + DIVIDING
    + r")\.?\s*$"
)
# "6 tiras de caño", "2 tramos de cadena": pieces as the pipe or bar comes (a tira is one
# length of pipe); the word names no item.
LENGTHS = re.compile(  # "3 10-ft lengths of chain": each length as the buyer knows it
    rf"^\s*(?:{NUM}|{WORD})\s+(?:\d{{1,2}}[\s-]?(?:ft|foot|feet|m|mt)\.?\s+)?"
    r"(?:tiras?|tramos?|lengths?)\s+(?:de|of)\s+(?=[a-z])"
)
# "caño galv 1.1/4 - 10 tiras", "hierro del 8 x 50 barras": the pieces closing the line
TRAILING_LENGTHS = re.compile(
    rf"(?:\s[-:,x*]\s*|\s){NUM}\s*(?:tiras|tramos|barras|lengths|sticks|bars)\.?\s*$"
)

TRAILING_X = re.compile(rf"(?:^|\s)[x*]\s*{NUM}\s*(?:{UNIT})?\s*$")
# "… x 5 cajas x 25": five boxes, the last figure what a box holds (never the count)
# ("tornillos m6 x 2 cajas de 100", "hex bolt 1/2 x 2 - 3 boxes of 50": the same said with "de",
# "of", after a dash or a comma)
BOXES_THEN_PACK = re.compile(
    rf"(?:\s[x*-]|,)\s*{NUM}\s*({'|'.join(sorted(UNITS['BOX'], key=len, reverse=True))})\.?"
    r"(?=\s+(?:[x*]|de|of)\s+(?:a\s+)?\d{1,4}\s*(?:und|unds|unidades|u|pcs|ea|pzas|piezas|pieces)?"
    r"\s*$)"
)
# What stands right before "x N" when N is a dimension: M10 x 50, 1/4-20 x 1, 1/2" x 2.
SIZE_BEFORE_X = re.compile(
    r"(?:\bm\d{1,2}(?:[.,]\d)?|\d/\d{1,2}\"?|"
    r"(?<![\w.,-])(?<!rango )(?<!range )(?<!de )\d-\d{1,2})\s*$"
)  # "rango 7-10 x 1", "termico rango 2,5-4 x 4", "guarda motor de 6-10 x 10": a relay's range,
# then the count
# An inch length already said after an "x" ("tek screw 12-14 x 1-1/2", "perno de anclaje 5/8 x
# 4-1/2"): a figure after it ("x 200", "- 40", ", 50") is the count, never a second length
LENGTH_SAID = re.compile(
    r"(?:[\s\d\"']|^)[x*]\s*(?:\d{1,2}[-\s.])?\d{1,2}/\d{1,2}\s*(?:\"|''|pulg\w*|in)?\s*$"
)
# Two dimensions already said ('niple 1" x 2" … 316', "cilindro 40 x 160 iso"): the bare figure
# after them is no second dimension
TWO_SAID = re.compile(r"\d\s*(?:\"|''|mm)?\s*[x*]\s*\d")
# Things with two dimensions, the second after an "x": a cylinder's bore x stroke, a
# nipple's, an anchor's, a sheet-metal screw's or a shaft's diameter x length.
# "cilindro 40 x 160", "niple 1\" x 6", "taquete 3/8 x 3" are one item of that size;
# "x 2" after a size named with its word ("carrera 160 x 2") or with a unit ("x 5 pzas")
# is still the count, and so is "tube x 3/8 X 100" (a fitting for a tube).
TWO_DIMENSIONS = re.compile(
    r"\b(?:cilindros?|cylinders?|niples?|nipples?|taquetes?|anchors?|anclas?|pijas?|ejes?|"
    r"shafts?)\b"
)
# A screwdriver's tip and blade ("destornillador 8 x 200", "screwdriver 6 x 150")
SCREWDRIVER = re.compile(r"\b(?:destornilladore?s?|desarmadore?s?|screwdrivers?)\b")
# A bare dimension right after a word ("cilindro 40", 'niple 1"'), not after a number (a
# code written with spaces, "Art. 5932 012 100") nor after a word naming it ("carrera 160").
BARE_DIMENSION = re.compile(
    r"(?<![\w.,/-])(?<!carrera )(?<!diametro )(?<!grano )(?<!grit )(?<!cal )(?<!talla )"
    r"(?<!size )(?<!calibre )(?<!no )(?<!nro )(?<!# )(?<! x )(?<=[a-z] )\d{1,3}(?:[.,]\d{1,2})?"
    r"(?:\"|''|mm)?\s*$"
)
# A count said first, then a bare number before the trailing "x N" ("3 bags - zip ties 300 x
# 4.8", "50 - cable tie 200 x 3.6", "300 zip ties 370mm x 7.6"): "300 x 4.8" is the item's
# size, as "300x4.8" is.
# The same with the count in words or the size an inch fraction ("25 cazos 1/2 x 3", "50 niple
# negro 1-1/2 pulg x 6", "twelve disco corte 230mm x 3"); never an elbow's angle first ("90 deg
# elbow … sch 80 x 4") nor a pipe's schedule last.
COUNT_THEN_DIMENSION = re.compile(
    rf"^\s*(?:\d[\d.,]*|{SPELLED})(?!\s*(?:°|deg(?:rees?)?|grados?)?\s*(?:elbows?|ells?|codos?)\b)"
    r"\s+\D.*(?<![\w.,/-])(?<!sch )(?<!ced )(?<!schedule )(?<!cedula )"
    r"(?:\d{1,3}(?:[.,]\d{1,2})?|(?:\d{1,2}[-\s.])?\d{1,2}/\d{1,2})"
    r"(?:\s*(?:mm|\"|''|pulg\w*|plg|in))?\s*$"
)
# A wheel's diameter, its unit, then its thickness in mm ("disco corte 9 pulg x 3,0", "cutting
# disc 4.5 in x 1.0"): one disc of that size, never 3.0 of it
DISC_THICKNESS = re.compile(
    r"\b(?:discos?|discs?|disks?|wheels?|corte|desbaste)\b.*\d\s*(?:\"|''|pulg\w*|plg|in|inch|"
    r"inches|mm)\.?\s*$"
)
# Cables and cords whose cores and section are written "3 x 2,5", "4 x 10"
CORD_WORDS = re.compile(r"\b(?:cable|cables|cordon|cordones|cord|cords|encauchetado|tpr|taller)\b")
# Only threaded things have a length after a fraction: "broca 5/32 x 5" is five drills.
THREADED = re.compile(r"\b(?:perno|pernos|bolt|bolts|tornillo|tornillos|screw|screws|hhcs|"
                      r"esparrago|esparragos|stud|studs|varilla|rod|unc|unf)\b")  # fmt: skip
# Things without a length: "tuerca m8 x 50" is fifty nuts, "machuelo 1/4-20 x 10" ten taps.
# ("macho m5 x 40": a tap, as South America and Spain call it, when the line opens with it or
# says it threads; never a male fitting, "conector macho m20 x 1.5")
NO_LENGTH = re.compile(r"\b(?:tuercas?|nuts?|golillas?|arandelas?|washers?|rondanas?|guasas?|"
                       r"machuelos?|taps?)\b|^machos?\b|\bmachos? (?:de roscar|para roscar)\b"
                       r"|\bjuegos? de machos\b")  # fmt: skip
TRAILING_DASH = re.compile(rf"\s(?:-{{1,3}}|=|->|=>|→|\.{{2,}}|…)\s*{NUM}\s*(?:{UNIT})?\s*$")
# "rodamiento 6204 2rs, 10", "tek screw 12-14 x 1-1/2, 200": a bare count after a comma closing
# the line, read as after a dash (never "cable 3x2,5": a decimal comma has no space after it)
TRAILING_COMMA = re.compile(rf"(?<=\S)\s?,\s+{NUM}\s*$")
# "correas a42 x cuatro", "bearing 6204 - two", "rodamiento 6205 seis", "bearing 6204 2rs,
# twenty": a count in words closing the line, after an x, a dash, a comma or a colon, or right
# after a code or a size
TRAILING_SPELLED = re.compile(
    rf"(?:(?:\s[x*-]|[,:])\s*|(?:(?<=\d)|(?<=\d[a-z])|(?<=\d[a-z]{{2}})|(?<=\d[a-z]{{3}})|(?<=\d\"))\s+"
    # (a figure's "5 mil" is five thousand or a film's thickness, never a thousand)
    rf"(?!(?:mil|thousand|hundred)\s*$)){SPELLED}\s*$"
)
# "rodamientos 6205 2rsh skf diez", "correas b54 gates cuatro", "nitrile gloves ten": a count in
# words closing the line after the item's last word (its brand, its material), as a voice note
# says it; never after a word naming a size or grade ("talla diez", "grade five", "cat six"),
# nor after a word that joins ("y dos", "de seis", "a las diez")
SPELLED_AFTER_WORD = re.compile(rf"(?<=[a-z]{{2}})\s+(?!(?:mil|thousand|hundred)\s*$){SPELLED}\s*$")
NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:grano|grit|talla|size|calibre|cal|gauge|nro|no|numero|number|medida|grado|grade|clase|"
    r"class|tipo|type|cat|categoria|category|modelo|model|serie|series|paso|pitch|punta|tip|"
    r"phillips|pozidriv|torx|cedula|schedule|sch|ply|capas|vias|ways?|polos?|poles?|de|del|of|"
    r"por|by|y|e|and|a|al|to|o|u|or|con|with|en|in|on|hasta|entre|mas|plus|menos|minus|el|la|"
    r"los|las|the|sus|su|its|their|le|les|lo)\s*$"
)
# "2 0 rodamientos 6205", "need 2 0 of the 4 1/2 wheels": a count dictated figure by figure, its
# zeros apart, opening the line (no count is 0, no item opens with "2 0")
DICTATED_TENS = re.compile(r"^([1-9])\s(0{1,3})(?=\s+(?:(?:of|de)\s+)?[a-z])(?!\s+rings?\b)")
# "need bearing 6204, 10 of them", "rodamiento 6204, 10 de esos": the count said of the item
OF_THEM = re.compile(
    rf"[\s,;]\s*{NUM}\s+(?:of\s+(?:them|those|these)|de\s+(?:esos|esas|estos|estas|ellos|ellas))"
    r"\s*$"
)
# "caja 10 pies", "box of 10 ft", "rollo de 100 m": the length a package holds.
PACKAGE_BEFORE = re.compile(r"\b(?:caja|box|rollo|roll|carrete|reel)(?:\s+(?:de|of))?\s*$")
# "rulemanes 6308 2RS Koyo: 4", "código 69JB1: 10": the count after a colon ending the line,
# also after a stop or a mark closing the name ("rod.: 12", "disco … g60+: 25", "150#: 2")
TRAILING_COLON = re.compile(rf"(?<=[\w\")'.+#%]):\s*{NUM}\s*(?:{UNIT})?\s*$")
# "solenoid valve 1\" - 50 no.", "12 nos.": the count closing the line, with "no." (never a
# bare "no", which may be a normally open contact: "1 NO")
# "Nr", "Nrs" (the UK's "number of") count with or without their stop; a bare "no" (no stop)
# closes a line only after a dash ("… - 3 no", its stop eaten by a closing "- thanks")
TRAILING_NO = re.compile(rf"(?:\s[-:,]\s*|\s){NUM}\s*(?:nos?\.|nrs?\.?)\s*$")
TRAILING_DASH_NO = re.compile(rf"\s-\s*{NUM}\s*nos?\s*$")
LEADING_NO = re.compile(rf"^\s*{NUM}\s*(?:nos?\.|nrs?\.?)\s+(?=\S)")
# "5 cajas de a 100 …", "1 caja de 50 uds de …": what one box holds, said after the boxes
# (never a size: "2 cajas de 1/2", "de 8 x 1", "de 6 mm", "2 bags of 150mm x 4.8 ties")
PACK_SAID = re.compile(
    rf"^\s*(?:de|of|x)\s+(?:a\s+)?{NUM}(?!\s*[/\"']|\s*[x*]\s*\d|\s*(?:mm|cm)\b)"
    rf"\s*(?:{UNIT}(?!\w))?(?:\s+(?:de|of)\b)?"
)
# "x10 6205 bearings", "x 6 correas A42": the count written as "x N" before the item
# (never "x10" glued to a word: a size such as "M8x40" has something before its x).
LEADING_X = re.compile(rf"^\s*[x*]\s*{NUM}\s*(?:{UNIT}\s+)?(?=\S)(?<=\s)")
LEADING_DASH = re.compile(rf"^\s*{NUM}\s*(?:{UNIT}\s*)?[-:=]\s+(?=\S)")

# "4 spools ER70S-6 1.0mm lincoln 15kg", "2 carretes de alambre 15 kg", "2 bobinas de hilo
# MIG … de 15 kg" (Spain): the count of containers said first; the weight or length after
# is what one of them holds.
CONTAINER_WORDS = (r"(?:spools?|carretes?|bobinas?|reels?|drums?|tambor(?:es)?|baldes?|pails?|"
                   r"cubetas?|rollos?|rolls?|latas?|cans|tubos?|tubes)")
LEADING_CONTAINERS = re.compile(rf"^\s*{NUM}\s+(?={CONTAINER_WORDS}\b)")
# "dos carretes de alambre mig", "three reels of …": the count in words
LEADING_WORD_CONTAINERS = re.compile(rf"^\s*{WORD}\s+(?={CONTAINER_WORDS}\b)")
# "alambre mig .035 lincoln - 3 reels", "… x 2 carretes": the count of containers closing it
TRAILING_CONTAINERS = re.compile(rf"(?:\s[-:,x*]\s*|\s){NUM}\s*{CONTAINER_WORDS}\.?\s*$")
# What a lubricant's container holds, said beside it: "cuñete 5 gal", "tambor de 55 galones",
# "tambor de 55", "pote de 1 kilo", "cartucho 14 oz", "5-gal pail", "55 gal drum", "16 kg pail":
# the container's size, a fact of the item, never how many the buyer wants
_HELD = "(?:" + "|".join(sorted(CONTENT_UNITS, key=len, reverse=True)) + ")"
_CONTAINER = (r"(?:cunetes?|pails?|baldes?|cubetas?|tambor(?:es)?|tambos?|drums?|pipotes?|potes?|"
              r"potecitos?|tarros?|cartuchos?|cartridges?|tubs?)")
_CONTAINED = re.compile(rf"{_CONTAINER}|\b(?:galon|gallon)\b")
CONTAINER_SIZE = re.compile(
    rf"\b{_CONTAINER}\s*(?:(?:de|of)\s*{NUM}(?:\s*-?\s*{_HELD}\b)?|{NUM}\s*-?\s*{_HELD}\b)"
    rf"|(?<![\w.,]){NUM}\s*-?\s*{_HELD}\s+{_CONTAINER}\b"
    # the item between: "2 potes de grasa de 1 kilo", "3 cuñetes de aceite hidraulico 68 de 5 gal"
    rf"|\b{_CONTAINER}\s+(?:(?:de|of)\s+)?(?:[a-z][a-z0-9-]*\s+|\d+\s+){{1,6}}?"
    rf"(?:(?:de|of)\s+)?{NUM}\s*-?\s*{_HELD}\b"
)
# an oil's grade before its one-gallon can or a container said once: "aceite de engranajes 220
# galón", "68 gallon", "Rando HD 68 pail", "Mobilgear 600 XP 320 drum" (one of it)
GRADE_BEFORE_CONTAINER = re.compile(
    r"(?<![\w.,/-])(?:" + "|".join(g for g in ISO_VG if int(g) >= 22) + r")\s+(?:galon|gallon|"
    r"cunete|pail|balde|cubeta|tambor|tambo|drum|pipote)\b"
)
# The unit of a count of containers (a reel, a spool, a drum of the item): what one holds is
# the item's own pack, so an item sold by weight or length counts N of its pack (three 33 lb
# reels are 99 lb, never 3 lb); an item sold by the piece counts N pieces.
REEL = "REEL"
# A line (or a sentence of one) that is only its count: "necesitaria 4", "need 20".
COUNT_ALONE = re.compile(rf"^\s*{NUM}\s*(?:{UNIT})?\s*$")
NEED_AT_END = re.compile(
    rf"\b(?:we need|i need|need|nd|ned|necesito|necesitamos|nesecito|requiero|requerimos|"
    rf"ocupo|ocupamos|quiero|queremos|son|serian|seria)\s*:?\s*{NUM}\s*(?:{UNIT})?\s*$"
)
# "5 rollos de 100 m", "3 rolls of 100 m": metres.
ROLLS = re.compile(
    rf"(?:(?<![\w.,]){NUM}|\b{WORD})\s*(?:rollos?|rolls?|carretes?|reels?)\s*(?:de|of|x)?\s*"
    rf"{NUM}\s*(m|mt|mts|metros|meters|metres|ft|feet|pies)\b"
)  # ("2 rolls of 500 ft": feet, as a US house sells wire)
# "two 100m rolls of …", "2 x 100 m rolls", "3 carretes 305 m": metres, the length first.
ROLLS_LENGTH_FIRST = re.compile(
    rf"(?:(?<![\w.,]){NUM}|\b{WORD})\s*(?:x\s*)?{NUM}\s*(m|mt|mts|metros|meters|metres|ft|feet|pies)"
    r"\s*(?:rollos?|rolls?|carretes?|reels?|spools?)\b(?:\s+(?:of|de)\b)?"
)
# A wire's gauge right before the rolls' count: "thhn 12 100m roll" is one roll of 12 AWG
GAUGE_BEFORE = re.compile(r"(?:\b(?:thhn|thwn|thw|awg|calibre|cal|gauge|no|nro|n)\.?|#|n[º°])\s*$")
# "3 latas de 50 lb", "3 cans (50 lb) of", "3 spools (10 lb)": packages of a weight, in it
WEIGHED = re.compile(
    rf"(?:(?<![\w.,]){NUM}|\b{WORD})\s*(?:latas?|cans?|spools?|carretes?|rollos?|rolls?|"
    rf"cubetas?|pails?|tambos?|drums?|cajas?|boxes|box|bx|tubos?|tubes?)\s*(?:\(\s*|de\s+|of\s+|x\s*)?"
    rf"{NUM}\s*(lbs?|libras?|pounds?|kg|kgs|kilos?)\b\s*\)?"
)
# "3 rolls of 100 of THHN 12", "3 rollos de 100 de cable …": the count of rolls, then what one
# holds, a bare figure said before the item (in the item's own unit: metres, feet)
ROLL_HOLDS = re.compile(
    r"^\s*(?:rollos?|rolls?|carretes?|reels?|bobinas?)\s+(?:de|of|x)\s+(?:a\s+)?(\d{2,4})"
    r"\s+(?:de|of)\s+(?=[a-z])"
)
ONE_ROLL = re.compile(
    rf"\b(?:rollo|roll|carrete|reel|bobina)\s*(?:de|of|x)?\s*{NUM}\s*(?:m|mt|mts|metros|meters|metres)\b"
)
# "looking for 1,000 mtrs nya cable", "me cotizan 60 uds tapa": a count and its unit
# in the middle of the line (not after "de"/"of"/"x", where it is a size).
MID_UNIT = re.compile(
    rf"(?<![\w.,/-])(?<!\bde )(?<!\bof )(?<!x )(?<!x){NUM}\s*{UNIT}(?![\w/])(?!\s*x\s*\d)"
)

LEADING_WORD = re.compile(rf"^\s*{WORD}\s+(?:{UNIT}\s+)?(?=[a-z]|\[)")
LEADING_SPELLED = re.compile(rf"^\s*{SPELLED}\s+(?=\d)")

# (pattern, group of the number, group of the unit) in the order they are tried:
# those that name a unit or a keyword first, the bare "x N" and leading numbers last.
PATTERNS: list[tuple[re.Pattern[str], int, int | None]] = [
    # "cant. 10", "ctd 10", "cnt 10" (a requisition's short forms), "q=10"
    (re.compile(rf"(?:\b(?:qty|qnty|quantity|cant|cantidad|cantid|ctd|cnt)\.?\s*[:=]?|\bq\s*[:=])\s*{NUM}\s*"
                rf"(?:{UNIT})?(?!\w)"), 1, 2),
    # "… ~ 10", "… aprox. 10", "… approx 10 pcs": the count said roughly, closing the line
    (re.compile(rf"\s(?:~|aprox|approx|aproximadamente|approximately)\.?\s*{NUM}\s*(?:{UNIT})?\s*$"),
     1, 2),
    # "… total 10", "… / 10", "… / 12 pares": the count closing the line after "total", or
    # after a slash set apart by a space (a size's slash has none: "1/2", "2/0")
    (re.compile(rf"(?:\btotal|\s/)\s*{NUM}\s*(?:{UNIT})?\s*$"), 1, 2),
    # "(12)", "(x12)", "[12 pcs]": the count in brackets
    (re.compile(rf"[(\[{{]\s*(?:[x*]\s*)?{NUM}\s*(?:{UNIT})?\s*[)\]}}]"), 1, 2),
    # "qty: twelve", "cantidad: doce", "(diez)", "(ten pcs)": the same said in words
    (re.compile(rf"\b(?:qty|qnty|quantity|cant|cantidad)\.?\s*[:=]?\s*{SPELLED}\b"), 1, None),
    (re.compile(rf"[(\[]\s*(?:[x*]\s*)?{SPELLED}\s*(?:{UNIT})?\s*[)\]]"), 1, 2),
    (LEADING_CONTAINERS, 1, None),  # "4 spools … 15kg": four spools of 15 kg
    (LEADING_WORD_CONTAINERS, 1, None),  # "dos carretes de alambre mig"
    (TRAILING_CONTAINERS, 1, None),  # "alambre mig .035 - 3 reels"
    (TRAILING_LENGTHS, 1, None),  # "caño galv 1.1/4 - 10 tiras"
    (NEED_AT_END, 1, 2),  # "… need 20 kg": the count said after the item
    (LEADING_FEET, 1, 2),  # "50' all thread": fifty feet
    (re.compile(rf"^\s*{NUM}\s*{UNIT}(?![\w/])"), 1, 2),
    (BOXES_THEN_PACK, 1, 2),  # "x 5 cajas x 25 und": five boxes (not 25 pieces)
    (re.compile(rf"\s[-:,]\s*{NUM}\s*{UNIT}\s*$"), 1, 2),
    (re.compile(rf"\s{NUM}\s*{UNIT}\s*$"), 1, 2),
    (TRAILING_NO, 1, None),  # "… - 50 no.", "20 Nr": the UK's number of pieces
    (TRAILING_DASH_NO, 1, None),  # "… - 3 no" (its stop gone with a "- thanks boss")
    (LEADING_NO, 1, None),  # "10 No. bearing 6205-2RS"
    (TRAILING_X, 1, 2),
    (TRAILING_DASH, 1, 2),
    (TRAILING_COLON, 1, 2),
    (TRAILING_COMMA, 1, None),
    (OF_THEM, 1, None),
    (TRAILING_SPELLED, 1, None),
    (SPELLED_AFTER_WORD, 1, None),  # "rodamientos 6205 2rsh skf diez"
    (re.compile(rf"^\s*{NUM}\s*[x*]\s+"), 1, None),
    (LEADING_X, 1, 2),  # "x10 6205 open bearings", "x 6 correas"
    (LEADING_DASH, 1, 2),
    (LEADING_WORD, 1, 2),
    (LEADING_SPELLED, 1, None),  # "three 3P 6A breaker"
    # a count of two figures or more before an inch size: "10 1\" brass swing check valves",
    # "10 3/4 brass gate valves", "12 1 1/2\" unions" (one figure may be the size's own: "1 1/2";
    # the matcher reads "4 1/2\" valves" both ways); any count before a decimal one ("3 4.5\"
    # discs", "50 4.5\" cut off wheels")
    (re.compile(r"^\s*(\d{2,}|\d(?=\s+\d{1,2}\.\d{1,2}\s*\"))\s+"
                r"(?=\d{1,2}(?:\.\d{1,2})?\s*\"|\d{1,2}/\d{1,2}\b|\d\s+\d/\d{1,2}\b)"), 1, None),
    # "20 rodamientos", "10 6205", "200 45 elbow", "30 1p 16a breakers" (1p: one pole), "50
    # [RD-6001-NTN] rodamiento" (Odoo's code in brackets before the name)
    (re.compile(rf"^\s*{NUM}\s+(?=[a-z]|\[|\d{{3,}}|\d{{1,2}}\s+[a-z]|\d-\d{{1,2}}/\d|\d{{1,2}}[a-z])"),
     1, None),
    (MID_UNIT, 1, 2),
]  # fmt: skip
LEADING_BARE = PATTERNS[-2][0]
# What makes a leading number a size, not a count: "1 pulgada", "2 pole", "20 amp".
SIZE_WORD_AFTER = re.compile(
    r"\s*(?:\"|''|pulgadas?|pulg|inch(?:es)?|in|polos?|poles?|vias|way|hilos|bocas|amps?|amperes?|"
    r"amperios|volts?|voltios|vac|vdc|hp|kw|kva|mm|cm|awg|grados|degrees?)\b"
)

# An elbow, one, after a leading 45 or 90: its angle ("90 elbow 3/4 pvc", "45 ell")
ELBOW_AFTER = re.compile(r"\s*(?:°|deg(?:rees?)?|grados?)?\s*(?:elbow|ell|codo)\b")
# One elbow, named in the singular, and the angles it may have: "codo pvc 1/2 x 90" is how an
# ERP prints a 90° elbow (the count is asked), "90 codo 90 3/4" ninety of them.
ONE_ELBOW = re.compile(r"\b(?:elbow|ell|codo)\b")
ANGLE = re.compile(r"(?<![\w.,/-])(?:45|90)(?![\w.,/])")


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
    # The buyer said the brand does not matter ("la marca me da igual", "any brand"):
    # the brand rule picks one, even where BRAND_CHOICE=ask.
    any_brand: bool = False
    # The item as said sentence by sentence ("… 24vdc coil? and how soon can u"), when
    # the line had several: what follows the item may be talk, not the item.
    clauses: tuple[str, ...] = ()
    # What one box holds, as the buyer said it ("x 5 cajas x 25", "2 cajas de 12"): an item
    # sold by the piece with no pack of its own counts boxes × this.
    pack: Decimal | None = None
    # The pieces the buyer counted when the matcher read them as whole packs of the item
    # ("300 amarras" of a bag of 100: 3 bags, 300 asked; bot/packs.py)
    pieces: Decimal | None = None
    # The count is of lengths ("3 tramos de cadena", "tubo … x 6 tiras", "2 lengths of chain"):
    # an item sold by the metre in lengths of its pack counts that many of them
    lengths: bool = False


# Polite openers and question wrappers that stand before the item.
OPENER = re.compile(
    r"^(?:(?:hola|hi|hello|hey|buenas|buenos dias|buenas tardes|buen dia|wena|wenas|che|"
    # Central America's and the Caribbean's: "klk" (Dominican), "diay", "upe", "mae" (Costa
    # Rica), "disculpe"
    r"klk|diay|upe|mae|manito|disculpe|"
    # the boss addressed, as a storekeeper writes up ("jefe faltan 8 rodamientos …")
    r"jefe|jefa|jefazo|patron|boss|"
    # Puerto Rico's: "saludos, necesito …", "mano, ¿tienes …?", "bro necesito …", "Dios te
    # bendiga, ¿me cotizas …?"
    r"saludos|mano|bro|brother|dios te bendiga|dios le bendiga|bendiciones|"
    # Paraguay's Guaraní hello and "friend": "mba'éichapa, pasame …", "che ra'a, ¿tenés …?"
    r"mba'?eichapa|che ra'?a|"
    # Venezuela's: "chamo me regalas el precio de …", "epa, ¿hay …?", "mi pana cotízame …"
    r"chamo|chama|epa|(?:mi )?pana|"
    r"estimados?|(?:una |a |quick )?(?:consulta|pregunta|question))[,!.:]?\s+)?"
    # Bolivia's "a ver, 12 unidades de …" (let's see)
    r"(?:(?:si|oye|mira|bueno|sumerce|veci|vecino|fijese que|mire|a ver|va pues)[,]?\s+){0,2}"
    # Colombia's courtesy before the verb: "me hace el favor y me despacha …", "me colabora con"
    r"(?:(?:(?:me|nos) (?:hace|haces|hacen)|hagame|haganme|hagannos|hazme) el favor(?: de| y)?\s+)?"
    r"(?:(?:por favor|please|pls|porfa|favor)[,]?\s+)?"
    r"(?:(?:necesito|necesitamos|quiero|queremos) que me (?:coticen|cotizen|cotices|pasen precio"
    r"(?: de(?:l)?)?)|"
    r"necesito|necesitamos|quiero|queremos|requiero|requerimos|ocupo|ocupamos|"
    # what is missing is what is asked for: "faltan 8 …", "nos faltan 20 …"
    r"(?:(?:me|nos) )?(?:(?:hace|hacen) )?(?:faltan|falta)|"
    # Puerto Rico's "chequéame si hay …" (check for me whether you have), "¿cuánto me sale …?",
    # the plants' "can you check stock on …"
    r"(?:chequeame|chequeeme|checkeame|chequea|cheque) si (?:hay|tienen|tienes|tiene)|"
    r"cuanto (?:me|nos) (?:sale|salen|cuesta|cuestan)(?: el| la| los| las)?|"
    r"(?:can you |could you |pls |please )?check (?:the )?(?:stock|availability|inventory) "
    r"(?:on|of|for)|"
    # Uruguay's "precisaría 10 …", "capaz que precisamos …" (we may need), "de mañana
    # precisaría …" (by tomorrow morning), "fijate si tenés …" (see whether you have); the
    # Brazilian border's "tem …?", "quanto custa …?"; Australia's "(we're) after 10 x …"
    r"(?:capaz que |de manana )?(?:precisaria|precisariamos|preciso|precisamos|necesitamos|"
    r"necesito)|fijate si (?:tenes|tienen|tenés|hay)(?: stock de)?|tem|quanto (?:custa|custam)|"
    r"(?:i'?m |we'?re )?after|"
    r"favor(?: de)? cotizar|(?:me )?cotizas|"
    r"me cotizan|(?:me|nos) (?:pueden|puede|podrian|podria|podrias) cotizar|"
    # "me separa 4 …", "sepárame 10 …" (Peru: put aside for me, i.e. I will buy)
    r"(?:me|nos) (?:separa|separan|separas|reserva|reservan)|separame|separenme|"
    r"(?:me|nos) (?:pasan|pasas|pueden pasar|podrian pasar) "
    r"(?:precio|cotizacion)(?:es)?(?: de(?:l)?| por| para)?|"
    r"me puede cotizar|me cotiza|cotizenme|cotizen|para cotiza[a-z]*|"
    # Colombia asks the price before the item: "me confirma precio de", "me regala el precio de"
    r"(?:me|nos) (?:confirma|confirmas|confirman|regala|regalas|regalan|da|das|dan)"
    r"(?: el| los)? precios?(?: de(?:l)?| por| para)?|"
    # the oil field's "request for quote:", "RFQ -"
    r"(?:request for|rfq)(?: (?:a )?(?:quote|quotation|pricing|price))?|request(?=:)|"
    # Spain and Colombia ask to be sent or put on the order: "ponme", "me mandas", "me regala"
    # (Colombia: sell me), "añade al albarán", "pedido:", "favor despachar"
    r"(?:me|nos) (?:pones|pone|ponen|mandas|manda|mandan|envias|envia|envian|regala|regalan|"
    r"regalas|despachas|despacha|despachan|anades|anade|apuntas|apunta|vende|vendes|venden|"
    r"colabora con|colaboras con|colaboran con)|"
    r"despacha|despachen|despachar|"
    r"(?:me|nos) (?:hace|haces|hacen) el favor(?: de| y)?|"
    r"ponme|ponnos|mandame|mandanos|enviame|regalame|despachame|"
    # the same said to "usted" (Ecuador, the Andes, Guatemala): "regáleme", "despácheme",
    # "mándeme", "me ayuda con"
    r"regaleme|regalenme|despacheme|despachenme|mandeme|mandenos|mandenme|envieme|"
    r"(?:me|nos) ayuda(?:s|n)? con|(?:ayudeme|ayudenme|ayudenos|ayudame|ayudanos) con|"
    # the plants' letters: "Agradeceremos su oferta por …", "agradecemos cotizar …"
    r"agradece(?:mos|remos|re|ria|riamos)(?: (?:su|sus|la|una))? (?:oferta|cotizacion|propuesta|"
    # Venezuela's plants: "Agradecemos precio y disponibilidad de 30 …"
    r"precio)s?(?: y (?:disponibilidad|existencia|plazo de entrega|tiempo de entrega))?"
    r"(?: (?:por|de(?:l)?|para))?|agradece(?:mos|remos|re) (?:cotizar|cotizarnos)|"
    r"(?:anade|anadir|anademe|apunta|apuntame)(?: al (?:albaran|pedido))?|"
    r"pedido|"
    r"(?:we are |i am |i'm |we're )?looking for|necesitaria|necesitariamos|solicito|"
    # Bolivia's usted: "cotícemelo 2 …", "¿a cuánto está …?"; Paraguay's "pasame presupuesto
    # de …"; the plants' "solicitamos (cotización de) …" and the requisition they attach
    # ("Según solicitud de pedido adjunta: 5 rollos …")
    r"coticemelo|coticemelos|coticeme|cotizeme|coticenos|"
    r"(?:(?:pasame|pasanos|paseme|pasenos|me pasa|me pasas|me pasan) )?presupuesto"
    r"(?: de(?:l)?| por| para)?|"
    r"solicitamos(?: (?:cotizacion|presupuesto|precio)(?:es)?(?: de(?:l)?| por| para)?)?|"
    r"segun (?:solicitud de pedido|solicitud|requisicion|solped|pedido)"
    r"(?: adjunt[oa]| n[o°º]?\.? ?\d+)?|"
    # and Central America's "¿a cómo está …?"
    r"a (?:cuanto|como) (?:esta|estan|sale|salen)(?: el| la| los| las)?|"
    # Honduras' "¿a cómo tiene …?" (what do you sell it at), "ando buscando …" (I'm looking for),
    # the Bay Islands' "yall have …?"
    r"a (?:cuanto|como) (?:tiene|tienen|tienes|da|dan|vende|venden)(?: el| la| los| las)?|"
    r"(?:ando|andamos|estoy|estamos) buscando|y'?all (?:have|got)(?: any)?|"
    r"cotizar|cotizame|cotizacion(?: de| por)?|cotiza|(?:please |kindly )?quote|send|please send|"
    r"i need|we need|need|we require|require|i want|we want|i'd like|we'd like|"
    # Australian and Canadian contractors "chasing" a part, "price and lead time on"; Chile's
    # "se requiere", "me cotizai" (voseo)
    r"chasing|(?:price|pricing|cost)s? (?:and|&) (?:lead ?time|delivery)s? (?:on|for|of)|"
    # a purchaser's heading: "RFQ - 3 x …", "rfq: …", "request for quotation on …"
    r"rfq(?:\s*-)?|request for quot(?:e|ation)(?: (?:on|for|of))?|"
    r"se requieren?|requiere|(?:me )?cotizai|"
    r"i need (?:a )?(?:price|pricing|quote|quotation)s? (?:on|for)|"
    r"(?:price|pricing|quote|quotation)s? (?:on|for|of)|"
    # a plant's formal "requesting a quote for …"
    r"(?:i am |we are |i'm |we're )?requesting (?:a )?(?:quote|quotation|price|pricing|prices)"
    r"(?: (?:on|for|of))?|"
    # the oil field's "pls advise price and stock (of)", "please advise pricing on"
    r"advise (?:(?:price|pricing|prices|cost)(?: (?:and|&) (?:stock|availability|delivery))?"
    r"(?: (?:on|for|of))?|(?:stock|availability)(?: (?:on|for|of))?)|"
    r"(?:can|could|culd|cud) you (?:quote|price|send|supply|provide|do)(?: me| us)?|"
    r"(?:please )?supply|"
    r"(?:(?:can|could|may) (?:i|we) )?get|"
    r"(?:do you |you )?(?:have|stock|carry|sell)(?: any)?|have you got|is there|are there|"
    r"(?:any )?stock (?:of|on|for)|"
    r"(?:(?:price|pricing) (?:and|&) )?availability(?: (?:of|for|on))?|"
    r"(?:(?:pasame|pasanos|pasa|pasen|pasenme|dame|decime) )?precio(?:s)?(?: de(?:l)?| por| para)?|"
    r"valor(?: de(?:l)?)?|(?:te|le|les) pido|"
    r"(?:how|hw) much (?:for|4|is|are|does|do)(?: the| a| an)?|"
    r"cuanto (?:cuesta|cuestan|vale|valen|sale|salen|esta|estan)"
    r"(?: el| la| los| las|(?: un| una)(?! caja| par))?|"
    r"(?:que|cual es el) (?:precio|valor) (?:tiene|de|del)(?: el| la| los| las)?|"
    # ("tens": the voseo's "tenés" with its vowel left out, and Portuguese's "you have")
    r"(?:tienen|tiene|tienes|tenes|tens|teneis|teni|tenis|tenei|tendran|tendra|hay|habra|manejan|"
    r"venden)"
    r"(?: nomas)?"  # Bolivia's "¿tienen nomás …?" (do you have, then)
    r"(?: stock| en stock| disponibilidad| disponible| en existencia)?"
    r"(?: de(?:l)?)?(?: el| la| los| las| un| una)?|"
    r"disponibilidad (?:de(?:l)?|para)(?: el| la| los| las)?)"
    r"\s*:?\s+"
)
# "hola, ¿qué más?" (Colombia: how are you), said before the item: a question of its own
# that is no sentence of the request ("hola, qué más? me colabora con 4 tacos 1x60").
HOW_ARE_YOU = re.compile(
    r"^\s*(?:(?:hola|buenas|buenos d[ií]as|buenas tardes|buen d[ií]a)[,!.]?\s+)?[¿]?"
    r"(?:qu[eé] m[aá]s|qu[ií]hubo|qu[eé] hubo|c[oó]mo (?:va|vas|est[aá]s?|le va))"
    r"(?:[,]? (?:pues|veci|vecino|parce|hermano))?\s*[?!.,]+\s*(?=\S)",
    re.IGNORECASE,
)
# A greeting alone before the item ("buenos dias, 12 tees …"): a greeting of two words, or
# one closed by a comma or a stop ("hola, …"; never "hi temp grease").
GREETING = re.compile(
    r"^(?:(?:buenos dias|buenas tardes|buenas noches|buen dia|good morning|good afternoon|"
    # the Brazilian border's Portuguese ("boa tarde, preciso …", "oi, tem …?")
    r"boa tarde|bom dia|boa noite)"
    r"[,!.:]?|(?:hola|hi|hiya|hello|hey|buenas|wena|wenas|estimados?|dear \w+|a ver|oi|ola|"
    # the Caribbean's and the US's short ones ("Morning, you have …?", "good day, I need …")
    r"morning|afternoon|good day|"
    # Uruguay's "bo, precisaría …" (the vocative of "boludo", worn to a hello)
    r"bo)"
    # who is greeted, as Ecuador and the Andes say it ("hola ñaño,", "buenas mijo,"), and
    # Uruguay ("hola gurises,")
    r"(?: (?:nano|nana|mijo|mija|pana|amigo|amiga|veci|vecino|vecina|gurises|gente))?[,!.:]"
    # or who is addressed alone, closed by a comma ("ñañito, cotízame …", "mi pana, …",
    # "compa, …", "hermano, …"): the person, never the item
    r"|(?:mis? )?(?:nano|nanito|nana|nanita|mijo|mija|pana|panita|amigo|amiga|amigazo|veci|"
    r"vecino|vecina|vecinito|hermano|hermanito|compa|compadre|parce|parcero|primo|mi rey|"
    # Peru's "causa, ¿hay …?", "pata, 4 …", "cumpa, …"; the boss or the master addressed
    # anywhere ("jefe, 10 discos …", "maestro, …", "boss, …"), and the other houses' words
    # that open a line alone (chamo, mano, bro)
    r"causa|causita|pata|patita|cumpa|cumpita|broder|jefe|jefa|jefazo|patron|maestro|maestrito|"
    r"boss|bro|brother|mano|manito|chamo|chama|inge|ingeniero|ingeniera)[,!:])"
    r"\s+(?=\S)"
)
# "full urgente …", "urgent: …": how pressing it is, said before the item.
URGENT = re.compile(r"^(?:(?:full|muy|super|very) )?(?:urgente|urgent)\b[,!:.]?\s+(?=\S)")
TAIL = re.compile(
    r"[\s,;.]*(?:-\s*)?(?:\?+|por favor|porfavor|porfa|please|pls|plz|plis|xfa|gracias|thanks|"
    r"thank you|en stock|in stock|in sto?c?k|por fa|vale|"  # "in stok?": a slip closing it
    # the stock asked at a warehouse: "¿hay stock en Callao?", "in stock in Lima?"
    r"(?:(?:hay|tienen|tienes|tiene|habra) stock|in stock) (?:en|in|at) [a-z]+|"
    # "o equivalente", "or equivalent": any maker's will do, the item is the one named
    r"(?:o|or) (?:equival[a-z]*|similar|(?:approved )?equal)|"
    # what it is for, not what it is: "pa la planta", "pa la mina" (Colombia), "para la obra"
    r"(?:para|for) (?:la |the )?(?:planta|obra|plant|site)|pa'? (?:la|el) [a-z]+|"
    # when it is wanted: "pa' mañana" (Puerto Rico), "para hoy", "for tomorrow"
    r"(?:de ley )?(?:pa'?|para) (?:manana|hoy|ayer|ya)(?: mismo)?|(?:for )?(?:tomorrow|today)|"
    # the Andes' "de ley" (for sure) closing the line; Uruguay's "…, ta?" (all right?), the
    # Brazilian border's "preciso pra amanhã" (wanted tomorrow)
    r"de ley|\bta|\b(?:preciso )?(?:pra|para) (?:amanha|hoje)|"
    # the plant's stop it is for: "para el shutdown", "for the PM", "for the turnaround"
    r"(?:para|for|pa'?) (?:el |la |the |our )?(?:shutdown|pm|turnaround|outage|parada)"
    r"(?: de planta)?|"  # Venezuela's plants: "… para la parada de planta"
    # what the work is: "urgente, mantenimiento programado", "for planned maintenance"
    r"(?:(?:para|por) (?:el |un )?)?mantenimiento (?:programado|preventivo|anual)|"
    r"(?:for )?(?:our |the )?(?:scheduled|planned|preventive) maintenance|"
    # where it is shipped and what it is for: "ship to the mine", "para reparación de zafra"
    # (the sugar harvest), "entregar en bodega del ingenio", "para el beneficio" (a coffee mill)
    r"ship(?:ped)? to (?:the |our )?[a-z]+|"
    r"(?:para|for) (?:la |the )?(?:reparacion|repair) (?:de|of) (?:la |el |the )?[a-z]+|"
    r"(?:entregar|entrega|deliver) (?:en|to|at) (?:la |el |the )?(?:bodega|warehouse)"
    r"(?: del? [a-z]+)?|(?:para|pa) (?:el|la) (?:beneficio|ingenio|finca)|"
    # "… have stock?", "… you have in stock?", said after the item
    r"(?:do )?(?:you |u |y'?all )?(?:have|got) (?:it |them )?(?:in )?stock|"
    # where it goes in the field: "for rig 7", "for the Auca base", "to our yard"
    r"(?:for|to|at) (?:the |our )?(?:[a-z]+ )?(?:rig|base|camp|pad|well|yard|field|location|crew)"
    r"(?: #?\d{1,3})?(?: (?:move|up|job|work|crew))?|"
    # Ecuador's "porfis", "chévere" (great), closing the line
    r"porfis|chevere|"
    # Antioquia's "pues" closing the line ("me cotiza … pues")
    r"pues|"
    # Central America's and the Caribbean's closings: "pura vida", "ahorita", "thanks boss"
    r"pura vida|ahorita|(?:thanks|thank you|thx) boss|"
    # closings: "saludos", "slds", "atte.", "regards", "thx", "quedo atento", "gracias de antemano"
    r"(?:muchas |mil )?gracias(?: de antemano)?|saludos(?: cordiales)?|slds|sldos|cordialmente|"
    r"atte|atentamente|(?:best |kind )?regards|cheers|thx|thks|tks|tnx|grax|thank u|"
    r"thanks in advance|many thanks|bendiciones|(?:un )?abrazos?|quedo atent[oa]|"
    r"quedamos atentos|(?:quedo )?a la espera|"
    r"(?:and|y) (?:how many|cuant[oa]s)(?: do)? (?:you|u) (?:have|got|tienen|hay)|"
    r"y cuant[oa]s (?:tienen|hay)(?: en stock)?|"
    r"(?:me|nos) (?:puede|pueden|podria|podrian)(?: cotizar)?|cuanto (?:seria|sale|cuesta)|"
    r"disponible|available|asap|that'?s(?: it| all)?|"
    # how pressing, Ecuador's "full urgente" too (and its slips: "urgnte")
    r"(?:full |muy |super )?(?:urgente|urgnte|urjente|urgent)|"
    # where it is delivered, not what: "… x 200 con entrega en planta", "delivered to site"
    r"(?:con |para )?(?:entrega|despacho|puesto|entregado)s? en (?:planta|obra|mina|almacen|"
    r"nuestro almacen|nuestra planta|sitio|callao|lima)|(?:delivered|delivery) (?:to|at) "
    r"(?:site|plant|our plant|the plant|our warehouse|the mill|our mill|mill)|"
    r"eso (?:seria|es) todo|nada mas|seria todo|"
    # a requisition asks when it comes: "…, con plazo de entrega"
    r"(?:con|y|indicando|indicar|indique|indiquen) (?:el )?(?:plazo|tiempo) de entrega"
    r"(?: (?:a|en|para) [a-z]+)?|"  # "…, indicar plazo de entrega a Arequipa"
    # a border house's plant and its purchase order: "to the plant", "para el PO",
    # "pa la línea"; the maquila's "ahorita si se puede" (right now if you can)
    r"(?:to|for|at) (?:the |our )?(?:plant|line|shop|site)|"
    r"(?:para|pa) (?:el|la|los) (?:po|oc|linea)|"
    r"(?:ahorita |ya )?si se puede|ahorita|"
    # Chile's mine: "urgente, parada de planta" (the plant is stopped), "al tiro" (right away)
    r"parada de planta|al tiro|"
    # Peru's "al toque" (right away)
    r"al toque|"
    # India's closings: "Kindly revert.", "revert at the earliest", "do the needful"
    r"(?:kindly |pls |please )?(?:revert|reply|respond)(?: back)?(?: (?:asap|at the earliest|"
    r"soonest))?|(?:kindly |pls |please )?do the needful|"
    # Argentina's "dale", "dale que lo necesito hoy" (it is wanted today); the shop it is for
    # ("for the press shop"); "como la última factura" (as last invoiced: the count is said)
    r"(?:dale,? )?que (?:lo|la|los|las) (?:necesito|necesitamos)(?: (?:para )?(?:hoy|ya))?|"
    r"dale|(?:to|for|at) (?:the |our )?[a-z]+ (?:shop|plant)|"
    r"(?:como|igual que) (?:en )?(?:la|el) (?:ultima|ultimo) (?:factura|vez|compra|pedido)|"
    r"(?:same as|as (?:on|in)) (?:the |our )?last (?:invoice|order|time))[\s?!.]*$"
)
# The price a buyer writes after the item, the one paid before or another supplier's ("- 6
# correas b60 gates a 10,50", "20 rulemanes 6205 $14 c/u", "10x 6205 ddu @ $11.00", "6
# correas $8.500 c/u", "20 kg electrodo $4.200 el kilo"): the price is the rule's (ERP.md),
# so the figure says nothing of the item and is taken off with its "each". A bare "a" before
# a figure is a price only with two decimals ("a 9,80"; "a 10" may be a size).
_PER_UNIT = (r"c/\s?u|cu|c\.u\.?|ea|each|/ea|/u|/un|/und|/kg|/m|/pc|/pza|la unidad|el kilo|"
             r"el metro|por unidad|por kilo|per unit|per piece|per kg|a piece|\+\s?iva|mas iva|"
             r"neto|net|usd|clp|dolares|pesos|soles|euros")
PRICE_SAID = re.compile(
    r"[\s,;]*(?:-\s*)?(?:(?:(?<!\w)(?:a|at|por|for|en)\s+|@\s*)?"
    r"(?:(?:us|usd|clp|ars|mxn|cop|pen)\s?\$|\$|€|(?<!\w)(?:usd|clp|eur)\s?)\s*\d[\d.,]*"
    r"(?:\s*€)?"
    r"|(?:(?<!\w)(?:a|at|por|for|en)\s+|@\s*)?\d[\d.,]*\s*"
    r"(?:€|(?:usd|clp|dolares|pesos|soles|euros)\b)"
    r"|@\s*\d[\d.,]*|(?<![\w.,])a\s+\d{1,5}[.,]\d{2}(?![\d.,]))"
    rf"(?:\s*(?:{_PER_UNIT})\b\.?)*[\s.!?]*$"
)
# "1) …", "2.- …", "#3 …", "1️⃣ …" (a keycap emoji) number the lines, "+ …" adds one;
# "(12) black tee" is twelve, unless a count follows ("(1) 10 rodamientos"; "(2) 6308 2RS"
# is two of a code).
BULLET = re.compile(
    r"^\s*(?:[-*•·>]+\s*|\+\s+|(?:\d\ufe0f?\u20e3|\U0001f51f)\s*|"
    r"\(\d{1,3}\)\s+(?=\d{1,3}(?:[.,]\d{3})?\s+[^\W\d_]{3,}|x\s*\d)|\d{1,3}(?:[.)]|\.-)\s+|\d-\s+|"
    r"(?:item|it[eé]m|linea|line|partida|pos|posicion|renglon|fila|row)\.?\s*\d{1,3}\s*"
    r"(?:[:)]|\.-|-)\s*|0\d{1,2}\s*[-.)]\s+|"
    # "No. 3 - 10 pernos", never a screw's gauge and threads ("No. 10-24", "nro 8-32")
    r"(?:no|nro)\.?\s*\d{1,3}\s*(?:[:)]|\.-|-(?!\d))\s*|"
    # (never a gauge's or a chain's number: "#12 thhn", "#50 sprocket")
    r"#\d{1,3}[.):]?\s+(?!(?:thhn|thwn|thw|awg|cable|wire|gauge|calibre|sprockets?|chains?|"
    r"cadenas?|pinon|pinones|catalinas?|roller)\b)|[a-h]\)\s+|"
    # a letter or a roman numeral numbering a line before its count: "a. 5 correas", "(b) 10
    # pernos", "ii) 4 bearings"
    r"(?:[a-h]\.|\([a-h]\)|(?:i{1,3}|iv|vi{0,3}|ix)\))\s+(?=\d))(?=\S)"
)
# A housing's bolts or holes before what it is: "2 bolt flange unit", "4 huecos ucf208"
MOUNT_BOLTS = re.compile(
    r"(?<![\w.,/-])[24][\s-]*(?:bolts?|huecos|agujeros)(?=\s+(?:flanged?|brida|pillow|chumacera|"
    r"housing|unit|uc[fp]\w*)\b)"
)
# ... unless the line names a bolt's thread and no housing: "4 bolts flanged M8x20", "4 pernos
# brida 3/8-16 x 1" are four flange bolts
BOLT_THREAD = re.compile(r"(?<![\w.,/-])(?:m\d{1,2}(?:[.,]\d{1,2})?(?![\w.,/])|m\d{1,2}\s*x\s*\d|"
                         r"\d/\d{1,2}\"?\s*-\s*\d{2}\b|\d/\d{1,2}\"?\s*x\s*\d)")  # fmt: skip
HOUSING = re.compile(r"\b(?:units?|unidad|bearings?|housings?|chumaceras?|soportes?|rodamientos?|"
                     r"baleros?|rulem[a-z]*|rodajes?|pillow|blocks?|bore|shaft|eje|uc[a-z]{0,2}\d*)\b")
# A "3M" written in capitals, or before a product line, is the brand.
BRAND_3M = re.compile(r"(?<![\w.,])3M(?![\w])")
BRAND_3M_LOWER = re.compile(r"(?<![\w.,])3m(?=\s+(?:cubitron|scotch|scotch-brite|peltor|"
                            r"\d{3,4}|[a-z]+-?\d))")  # fmt: skip
# "marca 3m", "brand 3m"; and "3m" on things never sold by length (a disc, sandpaper, a
# respirator: "disco laminado #80 3m" is a 3M flap disc, not three metres of one).
BRAND_3M_SAID = re.compile(r"\b(?:marca|brand|make)\s*:?\s*3m(?![\w])")
BRAND_3M_GOODS = re.compile(
    r"\b(?:discos?|disc|discs|lijas?|sandpaper|laminados?|flap|cubitron|abrasiv[oa]s?|"
    r"respirador(?:es)?|respirators?|mascarillas?|tapones? (?:de )?oidos?|earplugs?|"
    r"filtros?|cartuchos?|esponjas?|fibras?|scotch-?brite|teipes?|"
    # electrical tape, counted by the roll ("cinta de aislar negra 3m"; not a tape measure)
    r"cintas? (?:de )?aisla\w*|electrical tapes?|vinyl tapes?)\b"
)
SPANISH_HINT = re.compile(
    r"\b(?:de|del|para|con|unidades|piezas|rodamientos?|pernos?|tuercas?|golillas?|"
    r"arandelas?|valvulas?|codos?|discos?|correas?|cajas?|metros|necesito|precio|cuanto|"
    r"tienen|cotizar|interruptor(?:es)?|guantes?|tornillos?|amarras?|cable)\b"
)
PLACEHOLDER = "qkeptq{}q"
# "la marca me da igual", "cualquier marca", "any brand", "brand doesn't matter": the
# buyer leaves the brand to us. (A chat may come without its last word: "la marca me da".)
ANY_BRAND = re.compile(
    r"[\s,;]*\b(?:(?:la\s+)?marca\s+(?:me\s+|nos\s+)?(?:da\s+(?:igual|lo\s+mismo)|es\s+(?:igual|"
    r"lo\s+de\s+menos)|no\s+importa|da\s*$)|(?:me|nos)\s+da\s+(?:igual|lo\s+mismo)\s+(?:la\s+)?"
    r"marca|(?:de\s+)?cualquier\s+marca|(?:no|sin)\s+importa(?:r)?\s+(?:la\s+)?marca|"
    r"(?:en\s+)?la\s+marca\s+que\s+(?:sea|tengan?|tengas)|"
    r"(?:in\s+)?(?:any|whatever|whichever)\s+(?:brand|make)(?:\s+(?:you\s+have|is\s+fine|is\s+ok))?|"
    r"(?:the\s+)?brand\s+(?:doesn'?t|does\s+not|don'?t)\s+matter|"
    r"(?:i\s+|we\s+)?(?:don'?t|do\s+not)\s+care\s+(?:about\s+(?:the\s+)?|which\s+)brand|"
    r"no\s+brand\s+preference)\b[\s,;.!]*"
)
# Who is writing, before "i need 12 …" in a run-on ("hey this is dave from northwind i
# need 12 of the …"): the request starts at the verb and its count.
CHATTER_BEFORE_NEED = re.compile(
    r"^[a-z ,.!']*?\b(?:i need|we need|i'll need|necesito|necesitamos|ocupo|ocupamos|"
    r"(?:nos|me) urgen?|"
    r"(?:una |a )?(?:cotizacion|quote|quotation|pricing|price) (?:de|por|for|on))\s+(?=\d)"
)
# A length as a size ("flexometro 8 m", "cinta 5m"), read so only when asked to; so is a
# pressure class in pounds ("valvula 150 lb") on what is not sold by weight, and a tank's
# gallons ("tanque de presión 44 gal") on what is sold by the piece.
SIZE_UNITS = sorted(UNITS["M"] + UNITS["FT"] + UNITS["LB"] + UNITS["GAL"], key=len, reverse=True)
LENGTH = re.compile(
    rf"(?<![\w.,/-])(?<!x )(?<!x)\d{{1,3}}(?:[.,]\d{{1,2}})?\s*"
    rf"(?:{'|'.join(SIZE_UNITS)})"
    r"\.?(?![\w/])"
)
# A bare figure closing the line right after one of our codes or the customer's part numbers
# (kept whole as a placeholder), or after the code and a few words naming what it is: the count,
# as a storekeeper lists "RO-6204-2RS-SKF 10", "444615 chumacera 12", "40027646 niple 20"
CODE_THEN_COUNT = re.compile(
    r"(qkeptq[a-z]q)((?:\s+(?:-|\(?[a-z][a-z.]*\)?)){0,4})\s+(\d{1,5})\s*$"
)
# ... never a figure the words before it name: a gauge, a grit, a size, a disc's inches, a pack
NAMED_BEFORE = re.compile(
    r"\b(?:grano|grit|talla|size|calibre|cal|nro|no|numero|medida|cable|wire|alambre|thhn|thw|"
    r"thwn|awg|gauge|disco|disc|discos|discs|de|of|x|por|caja|box|rollo|roll|serie|series|tipo|"
    r"type|clase|class|grado|grade|sch|cedula|pn|modelo|model)\.?\s*$"
)
# Pieces counted first, then what their length is said after ("4 varillas de 6 m", "10 hoses of
# 15 m", "8 barra con hilo m20 x 1 m"); never a gauge or a size first ("10 awg thhn … x 300 m")
PIECES_OF_LENGTH = re.compile(
    r"^\s*\d[\d.,]*(?!\d|" + SIZE_WORD_AFTER.pattern + r")\s+[a-z].*(?:\bde|\bof|\sx)\s*$"
)
# A description in parentheses closing the line, words and not a count ("(10 un)").
NOTE = re.compile(r"\s*\(((?:[^()]*?[a-z]{3,}){2}[^()]*)\)\s*$")
# Where one sentence ends and another starts: "do you sell ball valves? need 4 of the 1 inch
# brass npt", "… din 933? necesito 200", "electrodo 7018. necesito 20 kg".
# The words that open a sentence saying the count ("… mig wire. need 4 spools …"; also
# bot/asking.py, which keeps them so).
COUNT_OPENERS = ("need", "nd", "necesito", "necesitamos", "ocupo", "ocupamos", "quiero", "son")
SENTENCE_END = re.compile(
    rf"[?¿]+\s+(?=\S)|[.!]+\s+(?=(?:{'|'.join(COUNT_OPENERS)})\b)",
    re.IGNORECASE,
)


# Three cells or more joined by commas with no space after them, as a CSV export writes a
# row ("SOCKET HEAD CAP SCREW M6 X 25,1,box"); a row only with a count and a unit cell.
COMMA_ROW = re.compile(r"[^,\s][^,]*(?:,[^,\s][^,]*){2,}")


def parse_line(
    text: str,
    *,
    thousands: str | None = None,
    is_code: Callable[[str], bool] | None = None,
    length_is_size: bool = False,
    known: Callable[[str], bool] | None = None,
) -> RequestLine:
    """Split a buyer's line into item text, quantity (default 1, flagged) and unit.

    `thousands` is the buyer's thousands separator ("." for a Chilean customer, ","
    for a US one; None: guessed from the line's language). `is_code(token)` says
    whether a token is one of our item codes or the customer's part numbers, which
    are kept whole in the item. `length_is_size`: a length ("8 m") names the item's
    size, not how much of it (the matcher's second reading when what fits is sold by
    the piece: "flexometro 8 m" is one 8-metre tape). `known(word)`: whether the catalog
    knows a word, which is then never taken for a misspelt unit ("pinzas" is not "piezas").
    """
    if "\t" in text:
        row = _row(text, thousands, is_code, known=known)
        if row is not None:
            return row
    elif "|" in text or ";" in text:  # a row pasted with its cells kept apart by | or ;
        row = _row(text, thousands, is_code, "|" if "|" in text else ";", known)
        if row is not None:
            return row
    elif COMMA_ROW.fullmatch(text.strip()):  # a CSV row: "2,each,RO-6300-2RS-KOY"
        row = _row(text.strip(), thousands, is_code, ",", known)
        if row is not None:
            return row
    spoken = HOW_ARE_YOU.sub("", text)
    sentences = [s for s in SENTENCE_END.split(spoken) if s.strip(" ?¿!.")]
    if len(sentences) > 1:
        # The item may be named in one sentence and counted in the next: each is read
        # alone, the last count said is the count, the item is what every one names.
        parts = [
            parse_line(s, thousands=thousands, is_code=is_code, length_is_size=length_is_size,
                       known=known)
            for s in sentences
        ]  # fmt: skip
        # a sentence that is only a count ("necesitaria 4"), after the one naming the item
        parts[1:] = [_count_alone(p, thousands) for p in parts[1:]]
        counted = [p for p in parts if p.quantity_given]
        if counted:
            said = counted[-1]
            clauses = tuple(p.item for p in parts if p.item)
            any_brand = any(p.any_brand for p in parts)
            return RequestLine(text, " ".join(clauses), said.quantity, said.uom, True,
                               said.regrouped, any_brand, clauses, said.pack,
                               lengths=said.lengths)  # fmt: skip
    folded = " ".join(fold(spoken).replace("¿", " ").replace("¡", " ").split())
    folded = _without_vocative(spoken, folded, known)
    folded = _fix_opener_typos(folded, known)
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return PLACEHOLDER.format(chr(ord("a") + len(kept) - 1))

    folded = BULLET.sub("", folded)
    folded = CHATTER_BEFORE_NEED.sub("", folded)
    any_brand = False
    if "marca" in folded or "brand" in folded or "make" in folded:
        unsaid = ANY_BRAND.sub(" ", folded).strip(" ,;:")
        any_brand = unsaid != folded.strip(" ,;:")
        folded = unsaid
    for _ in range(2):
        folded = GREETING.sub("", folded)
        folded = URGENT.sub("", folded)
        folded = OPENER.sub("", folded)
        folded = TAIL.sub("", folded)
        folded = PRICE_SAID.sub("", folded)
        folded = BULLET.sub("", folded)
    folded = DICTATED_TENS.sub(r"\1\2", folded)  # "2 0 rodamientos": twenty, dictated
    if (
        BRAND_3M.search(text)
        or BRAND_3M_LOWER.search(folded)
        or BRAND_3M_SAID.search(folded)
        or BRAND_3M_GOODS.search(folded)
    ):
        folded = re.sub(r"(?<![\w.,])3m(?![\w])", lambda m: keep(m[0]), folded)
    codes: set[str] = set()  # the placeholders of our codes and the customer's part numbers

    def keep_code(value: str) -> str:
        placeholder = keep(value)
        codes.add(placeholder)
        return placeholder

    if is_code is not None:
        folded = re.sub(
            r"(?<![\w-])[\w][\w\-./]*[\w]",
            lambda m: keep_code(m[0])
            if any(ch.isdigit() for ch in m[0]) and is_code(m[0])
            else m[0],
            folded,
        )
    folded = re.sub(r"#\s*(?=qkeptq)", " ", folded).strip()  # "#BLT-10361"
    if length_is_size:
        folded = LENGTH.sub(lambda m: keep(m[0]), folded)
    if "set screw" in folded:  # "coupling EMT 1 set screw": a set screw, never "1 set"
        folded = re.sub(r"\bset screws?\b", lambda m: keep(m[0]), folded)
    # "2 bolt flange unit", "4 huecos UCF208": how a bearing housing mounts, never a count
    if ("bolt" in folded or "huecos" in folded or "agujeros" in folded) and (
        HOUSING.search(folded) or not BOLT_THREAD.search(folded)
    ):
        folded = MOUNT_BOLTS.sub(lambda m: keep(m[0]), folded)
    # A long number with a leading zero is an item code, never a quantity.
    folded = re.sub(r"(?<![\w.,/-])0\d{4,9}(?![\w.,/])", lambda m: keep(m[0]), folded)
    if any(w in folded for w in ("mil", "ciento", "hundred", "thousand", " y ", " and ", "-")):
        folded = _spelled_compounds(folded)  # "ciento cincuenta arandelas": 150
    if " " in folded:  # "x 1 000", "qty 12 500": a count grouped by thousands with spaces
        folded = TRAILING_SPACED.sub(lambda m: m[1] + m[2].replace(" ", ""), folded)
    separator = _separator(folded, thousands)
    line = _quantity(text, folded, separator)
    after_code = CODE_THEN_COUNT.search(line.item) if codes else None
    if (
        not line.quantity_given
        and after_code is not None
        and after_code[1] in codes
        and not BEARING_CODE.fullmatch(after_code[3])
        and not NAMED_BEFORE.search(after_code[2])
        and int(after_code[3]) > 0
    ):  # "RO-6204-2RS-SKF 10", "418273 12": the count right after one of our codes
        line = replace(line, item=line.item[: after_code.start(3)].strip(" -"),
                       quantity=Decimal(after_code[3]), quantity_given=True)  # fmt: skip
    note = NOTE.search(folded)
    if note is not None:  # "CAD-50-1-REN - 10 (cadena rodillos … cja 10 ft)": the count is outside
        head = _quantity(text, folded[: note.start()], separator)
        if head.quantity_given:
            line = replace(head, item=f"{head.item} {note[1]}".strip())
    item = line.item
    item = " ".join(re.sub(r"[?!]+", " ", item).split())  # "… din 933? necesito 200"
    item = re.sub(r"\s*(?:\(\s*\)|\[\s*\])", "", item)  # "6204zz (cant. 12)": its brackets
    for position, value in enumerate(kept):
        item = item.replace(PLACEHOLDER.format(chr(ord("a") + position)), value)
    return RequestLine(
        line.text, item, line.quantity, line.uom, line.quantity_given, line.regrouped, any_brand,
        pack=line.pack, lengths=line.lengths,
    )


def _count_alone(part: RequestLine, thousands: str | None) -> RequestLine:
    """A sentence that says only how many ("necesitaria 4"), read as that count."""
    alone = COUNT_ALONE.fullmatch(part.item)
    if part.quantity_given or alone is None or BEARING_CODE.fullmatch(alone[1]):
        return part
    quantity, regrouped = _number(alone[1], _separator(part.item, thousands))
    if quantity <= 0:
        return part
    unit = UNIT_OF.get(alone[2] or "")
    return replace(part, item="", quantity=quantity, uom=unit, quantity_given=True,
                   regrouped=regrouped)  # fmt: skip


# An electrode's AWS class said bare before a rod's diameter ("7018 1/8 esab", "6011 3/32",
# "7018 3,2 mm") names the electrode: never 7018 of something
AWS_CLASSES = frozenset(("6010", "6011", "6013", "7018", "7024"))
ROD_SIZE_AFTER = re.compile(r"\s+(?:1/16|3/32|1/8|5/32|3/16|1/4|[1-6][.,]\d\s*(?:mm)?)\b")


def _quantity(text: str, folded: str, separator: str) -> RequestLine:
    for rolled in (ROLLS, ROLLS_LENGTH_FIRST):
        rolls = rolled.search(folded)
        if rolls is not None and not GAUGE_BEFORE.search(folded[: rolls.start()]):
            count = Decimal(NUMBER_WORDS[rolls[2]]) if rolls[2] else _number(rolls[1], separator)[0]
            length = _number(rolls[3], separator)[0]
            item = (folded[: rolls.start()] + " " + folded[rolls.end() :]).strip(" -,:;")
            measure = UNIT_OF[rolls[4]]
            return RequestLine(text, " ".join(item.split()), count * length, measure, True)
    weighed = WEIGHED.search(folded)
    if weighed is not None:
        raw = weighed[2] or weighed[1]
        count = Decimal(NUMBER_WORDS[raw]) if weighed[2] else _number(raw, separator)[0]
        weight = _number(weighed[3], separator)[0]
        item = (folded[: weighed.start()] + " " + folded[weighed.end() :]).strip(" -,:;")
        item = re.sub(r"^(?:de|of)\s+", "", item)
        return RequestLine(text, " ".join(item.split()), count * weight, UNIT_OF[weighed[4]], True)
    pair = re.match(r"^\s*(?:a\s+|una?\s+)?(?:pair|par)\s+(?:de|of)\s+(?=[a-z\d])", folded)
    if pair is not None:  # "par de guantes": one pair
        return RequestLine(text, folded[pair.end() :].strip(), Decimal(1), "PAIR", True)
    half = HALF.match(folded) or HALF_AFTER.search(folded)
    if half is not None:  # "medio kilo de …", "medio km de cable": half of the unit
        halved = (Decimal("0.5"), UNIT_OF[half[1]])
        if halved[1] == "KM":
            halved = (Decimal(500), "M")
        item = (folded[: half.start()] + " " + folded[half.end() :]).strip(" -,:;")
        return RequestLine(text, " ".join(item.split()), *halved, True)
    part = FRACTION_OF_UNIT.match(folded) or FRACTION_OF_KM.search(folded)
    if part is not None and int(part[1]) < int(part[2]):  # "1/2 km de cable": 500 m
        amount, of = Decimal(part[1]) / Decimal(part[2]), UNIT_OF[part[3]]
        if of == "KM":
            amount, of = amount * 1000, "M"
        item = (folded[: part.start()] + " " + folded[part.end() :]).strip(" -,:;")
        return RequestLine(text, " ".join(item.split()), amount, of, True)
    lengths = LENGTHS.match(folded)
    if lengths is not None:  # "6 tiras de caño": six pieces of pipe
        raw = lengths[2] or lengths[1]
        count = Decimal(NUMBER_WORDS[raw]) if lengths[2] else _number(raw, separator)[0]
        if count > 0:
            return RequestLine(text, folded[lengths.end() :].strip(" -,:;"), count,
                               "EA", True, lengths=True)  # fmt: skip
    halves = FRACTION_COUNT.search(folded)
    if halves is not None:  # "1 1/2 docena de guantes": eighteen
        whole = Decimal(halves[1] or 0) + Decimal(halves[2]) / Decimal(halves[3])
        times = (whole * COUNTS[halves[4]]).to_integral_value()
        item = (folded[: halves.start()] + " " + folded[halves.end() :]).strip(" -,:;")
        return RequestLine(text, " ".join(item.split()), times, None, True)
    counted = COUNT_WORD.search(folded)
    if counted is not None:
        times = Decimal(COUNTS[counted[3]])
        start = counted.start()
        if counted[1] and (
            SIZE_NAMED.search(folded, 0, start) or BEARING_CODE.fullmatch(counted[1])
        ):
            start = counted.start(3)  # "lija grano 600 media docena": six of grit 600
        elif counted[1]:
            times *= _number(counted[1], separator)[0]
        elif counted[2]:
            times *= NUMBER_WORDS[counted[2]]
        item = (folded[:start] + " " + folded[counted.end() :]).strip(" -,:;")
        item = re.sub(r"\s[x*]$", "", item)  # "lija grano 600 x 2 docenas"
        return RequestLine(text, " ".join(item.split()), times, None, True)
    held = []
    if _CONTAINED.search(folded):  # "cuñete 5 gal", "Rando HD 68 pail": no count in them
        for sized in (CONTAINER_SIZE, GRADE_BEFORE_CONTAINER):
            held += [m.span() for m in sized.finditer(folded)]
    for pattern, number_group, unit_group in PATTERNS:
        match = pattern.search(folded)
        if match is None:
            continue
        if any(start <= match.start(number_group) < end for start, end in held):
            continue  # "cuñete 5 gal": what the container holds, not a count
        before = folded[: match.start()]
        lengthed = (
            THREADED.search(folded) or TWO_DIMENSIONS.search(folded) or SCREWDRIVER.search(folded)
        )
        if pattern is SPELLED_AFTER_WORD and NOT_A_COUNT_BEFORE.search(before):
            continue  # "guantes talla diez", "bolt grade five": the size said in words
        if pattern is OF_THEM and not re.search(r"\d", before):
            continue  # "dale, poneme 8 de esos": of the item said before (a reply), not here
        shorter = _shorter_than_thread(folded, before, match[number_group]) or bool(
            pattern in (TRAILING_X, TRAILING_DASH, TRAILING_COMMA) and LENGTH_SAID.search(before)
        )
        if (
            pattern is TRAILING_X
            and not shorter
            and SIZE_BEFORE_X.search(before)
            and (not re.search(r"\d/\d{1,2}\"?\s*$", before) or lengthed)
            and not (NO_LENGTH.search(folded) and not THREADED.search(folded))
            and not re.fullmatch(r"\d{1,3}[.,]\d{3}", match[number_group])
        ):
            continue  # "M10 x 50": the 50 is a length (not "M16 x 5.000")
        if pattern is TRAILING_X and not match[2] and COUNT_THEN_DIMENSION.search(before):
            continue  # "3 bags - zip ties 300 x 4.8": the count said first, then the size
        if (
            pattern is TRAILING_X
            and not match[2]
            and TWO_DIMENSIONS.search(folded)
            and BARE_DIMENSION.search(before)
            and not TWO_SAID.search(before)
            and not re.fullmatch(r"\d{1,3}[.,]\d{3}", match[number_group])
        ):
            continue  # "cilindro 40 x 160": bore x stroke, one cylinder
        if (
            pattern is TRAILING_X
            and not match[2]
            and SCREWDRIVER.search(folded)
            and BARE_DIMENSION.search(before)
            and match[number_group].isdigit()
            and 50 <= int(match[number_group]) <= 400
        ):
            continue  # "destornillador 8 x 200": the tip and blade in mm, one screwdriver
        if (
            pattern is TRAILING_X
            and not match[2]
            and re.fullmatch(r"\d{1,2}[.,]\d", match[number_group])
            and DISC_THICKNESS.search(before)
        ):
            continue  # "disco corte 9 pulg x 3,0": the wheel's thickness, one wheel
        if (
            pattern is TRAILING_X
            and not match[2]
            and CORD_WORDS.search(folded)
            and re.search(r"(?<![\w.,/-])[2-5]\s*$", before)
        ):
            continue  # "cable tpr 3 x 2,5": three cores of 2.5 mm², never 2.5 of it
        if (
            pattern in (TRAILING_DASH, TRAILING_COMMA)
            and not shorter
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
            if pattern in (LEADING_WORD, LEADING_SPELLED) and (
                SIZE_WORD_AFTER.match(folded, match.end(number_group))
                or re.match(r"\s+piece\b", folded[match.end(number_group) :])
            ):
                continue  # "dos polos", "tres vias", "two piece ball valve": what it is
            quantity = Decimal(NUMBER_WORDS[raw])
        else:
            quantity, regrouped = _number(raw, separator)
            if pattern in (LEADING_BARE, TRAILING_COMMA) and (
                BEARING_CODE.fullmatch(raw)
                or (10000 <= quantity < 1000000 and raw.isdigit())
                or SIZE_WORD_AFTER.match(folded, match.end(number_group))
            ):
                continue  # "6204 bearing" names a bearing, "1 pulgada …" a size, not a count
            if (
                raw in ("45", "90")
                and ELBOW_AFTER.match(folded, match.end(number_group))
                and not ANGLE.search(folded, match.end(number_group))
            ):
                continue  # "90 elbow 3/4": the elbow's angle (never "90 elbows", "90 codos")
            if (
                pattern in (TRAILING_X, TRAILING_COMMA)
                and raw in ("45", "90")
                and ONE_ELBOW.search(before)
                and not ANGLE.search(before)
            ):
                continue  # "codo pvc 1/2 x 90": its angle (never "codos … x 90", "codo 45 … x 90")
            if raw in AWS_CLASSES and ROD_SIZE_AFTER.match(folded, match.end(number_group)):
                continue  # "7018 1/8 esab": the electrode's class
        if quantity <= 0:
            continue
        unit = UNIT_OF.get((match[unit_group] or "") if unit_group else "")
        if pattern in (LEADING_CONTAINERS, LEADING_WORD_CONTAINERS, TRAILING_CONTAINERS):
            unit = REEL
        elif pattern is TRAILING_LENGTHS:
            unit = "EA"
        if unit in ("FT", "M") and PACKAGE_BEFORE.search(before):
            continue  # "cadena 60 caja 10 pies": the length a box holds, not a count
        pieces_before = before + " x" * (pattern is TRAILING_X)
        if (
            unit in ("FT", "M")
            and PIECES_OF_LENGTH.search(pieces_before)
            # after an x, a piece's length (a bar, a hose), never a wire's ("10 thhn x 300 m")
            and (not pieces_before.endswith(" x") or quantity <= (12 if unit == "M" else 40))
        ):
            continue  # "4 varillas de 6 m", "10 hoses of 15 m", "8 barra con hilo m20 x 1 m": the
            # counted pieces' length
        if unit == "KM":
            quantity, unit = quantity * 1000, "M"
            regrouped = regrouped * 1000 if regrouped is not None else None
        after = folded[match.end() :]
        pack = None
        holding = ROLL_HOLDS.match(after) if unit == REEL else None
        if holding is not None and int(holding[1]) >= 25:  # "3 rollos de 100 de cable thhn 12"
            pack, after = Decimal(holding[1]), " " + after[holding.end() :]
        if unit == "BOX" and unit_group is not None:
            said = PACK_SAID.match(after)
            if said is not None and said[1].isdigit() and UNIT_OF.get(said[2] or "", "EA") == "EA":
                pack = Decimal(said[1])  # pieces, never kilos or metres a box holds
            after = PACK_SAID.sub(" ", after, count=1)
        # "3 juegos de llaves": the set is the item, its word names it
        if unit == "SET" and unit_group is not None:
            after = f" {match[unit_group]} {after}"
        item = re.sub(r"\s[x*]$", "", (before + " " + after).strip(" -,:;="))
        return RequestLine(text, " ".join(item.split()), quantity, unit, True, regrouped,
                           pack=pack or None, lengths=pattern is TRAILING_LENGTHS)  # fmt: skip
    roll = ONE_ROLL.search(folded)
    if roll is not None:  # "cable … rollo de 100 m": one roll, its length
        item = (folded[: roll.start()] + " " + folded[roll.end() :]).strip(" -,:;")
        return RequestLine(text, " ".join(item.split()), _number(roll[1], separator)[0], "M", True)
    return RequestLine(text, folded.strip(" -,:;="), Decimal(1), None, False)


# A metric thread closing what stands before "x N" or "- N", and the screws that may be shorter
# than their thread is wide (a set screw M8 x 6)
THREAD_BEFORE = re.compile(r"\bm(\d{1,2})\s*$")
SET_SCREWS = re.compile(r"\b(?:set|grub|prisioneros?|opresor(?:es)?|allen sin cabeza|esparragos?|"
                        r"studs?|varillas?|rods?)\b")  # fmt: skip


def _shorter_than_thread(folded: str, before: str, raw: str) -> bool:
    """Whether the figure after a metric thread ("pernos m16 - 10", "bolts m16 x 10") is shorter
    than the thread is wide: no bolt is, so it is the count, never the length."""
    thread = THREAD_BEFORE.search(before)
    return (
        thread is not None
        and raw.isdigit()
        and int(raw) < int(thread[1])
        and not SET_SCREWS.search(folded)
    )


def _number(raw: str, separator: str) -> tuple[Decimal, Decimal | None]:
    """The number by the buyer's thousands `separator`, and the other reading if any.

    '2,5' → 2.5; '1.000' → 1000 for a buyer who groups with dots, 1 (or 1000 if the
    item turns out to be sold by the unit) for one who does not.
    """
    decimal = "," if separator == "." else "."
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3}){2}", raw):
        return Decimal(re.sub(r"[.,]", "", raw)), None
    grouped = re.fullmatch(r"\d{1,3}[.,]\d{3}", raw)
    if grouped and raw.startswith("0"):  # "0,250 kg": a quarter kilo, never thousands
        return Decimal(raw.replace(",", ".")), None
    if grouped:
        if raw[-4] == separator or raw[-1] == "0":
            # nobody writes a decimal's trailing zero: "1,500 mts" is 1500 wherever written
            return Decimal(re.sub(r"[.,]", "", raw)), None
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
              "rollos", "pares", "cajas"]  # fmt: skip
# Units short enough that a slip in them is read only right after a count
SHORT_UNITS = ["cajas", "pares", "boxes"]
NO_LENGTH_WORDS = ["tuerca", "tuercas", "rondana", "rondanas", "arandela", "arandelas",
                   "golilla", "golillas", "washer", "washers"]  # fmt: skip
OPENER_WORDS = ["precio", "precios", "cuanto", "tienen", "tendran", "cotizan", "cotizar",
                "cotizas", "cotizame", "pasame", "necesito", "necesitamos", "looking", "pricing",
                "quote", "price", "please", "valor", "disponibilidad", "ocupo",
                "ocupamos", "separa", "separame", "buenos", "buenas", "podrian",
                "supply", "regaleme", "despacheme", "cotizacion", "requiere",
                "chasing", "stock", "chequeame", "presupuesto", "coticemelo", "nomas",
                # the Uruguayan and the Brazilian border's ("preciaría", "boa tared,")
                "precisaria", "tarde", "tardes", "buscando"]  # fmt: skip
# The verbs a buyer writes after "me" to ask for the goods ("me regala", "me mandas"): a
# slip in one ("me reglaa") is read as the verb only there ("regla" alone is a ruler).
VERBS_AFTER_ME = ["regala", "regalas", "regalan", "mandas", "mandan", "pones", "ponen",
                  "despacha", "despachas", "colabora", "cotiza", "vendes", "venden", "pasas",
                  "pasan"]  # fmt: skip


def _count_slipped(word: str) -> str | None:
    """The one count of five letters or more `word` spells with a letter left out or one too
    many ("tweny": twenty, "fourty": forty), else None; never a word one letter or two swapped
    away from a count ("nuevo", "cuarto", "forth", "sixth" are words of their own)."""
    from rapidfuzz.distance import Levenshtein

    if word.endswith("th"):  # an ordinal ("eighth"), never a count
        return None
    near = [w for w in NUMBER_WORDS
            if len(w) >= 5 and abs(len(w) - len(word)) == 1 and w[0] == word[0]
            and Levenshtein.distance(word, w) == 1]  # fmt: skip
    return near[0] if len(near) == 1 else None


def _one_letter_short(word: str) -> list[str]:
    """The five-letter openers `word` is with one letter left out ("stck": stock)."""
    from rapidfuzz.distance import OSA

    return [w for w in OPENER_WORDS
            if len(w) == 5 and w[0] == word[0] and OSA.distance(word, w) == 1]  # fmt: skip


# Words after which a slip in the third word is still the question ("need tweny", "che tenés")
# ("de mañana preciaría …": by tomorrow, we would need)
NEED_BEFORE_OPENER = ("need", "necesito", "necesitamos", "wena", "che", "manana")


# Who is addressed, in whatever word a town uses, closed by a comma before the ask: "causa,
# ¿hay …?", "loco, ¿tenés …?", "bro, do you have …". One word the catalog, the vocabulary
# and the makers do not know, written as a word (never in capitals, as a maker is), followed
# by a question or a word that opens a request: the person, never the item.
VOCATIVE = re.compile(
    r"^([a-z]{2,}),\s*(?:[¿¡]|(?=(?:hay|tienes|tienen|tenes|tendras|tendran|tendra|me|nos|"
    r"necesito|necesitamos|ocupo|ocupamos|quiero|cotiza\w*|manda\w*|pasa\w*|do|does|can|"
    r"could|need|please|pls|send|got|any)\b))"
)


def _without_vocative(spoken: str, folded: str, known: Callable[[str], bool] | None) -> str:
    """`folded` without the word that addresses the seller (see VOCATIVE)."""
    found = VOCATIVE.match(fold(spoken).strip())
    word = found[1] if found else ""
    if not word or known is None or known(word) or word.upper() in spoken:
        return folded
    if not re.search(r"[aeiou]", word):  # "zwz, ¿tienen …?": a maker's letters, not a person
        return folded
    return folded[len(word) + 1 :].strip()


def _fix_opener_typos(folded: str, known: Callable[[str], bool] | None = None) -> str:
    """A slip in the question around the item ("preico", "me ctoizan", "looikng for")."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    words = folded.split(" ")
    for i, said in enumerate(words[:5]):
        # the price asked after the verb ("chamo me regalas el percio de 10 …"): a slip there
        # or right after it ("¿me regala preco de un par de …")
        asked = i >= 2 and (
            (words[i - 1] in ("el", "los") and words[i - 2] in VERBS_AFTER_ME)
            or (words[i - 1] in VERBS_AFTER_ME and words[i - 2] in ("me", "nos"))
            # the verb after Honduras' "ando" ("fíjese que ando bsucando 12 …": buscando)
            or words[i - 1] in ("ando", "andamos", "estoy", "estamos")
        )
        if i >= 3 and not asked:
            continue
        # "para cotizra:", "boa tared, preciso …": the stop after it is kept
        word, colon = said.rstrip(":,"), said[len(said.rstrip(":,")) :]
        if (
            len(word) >= 5
            and word.isalpha()
            and word not in OPENER_WORDS
            and word not in NUMBER_WORDS
            and word not in UNIT_OF  # "two piece ball valve" is not a "price"
            and not (known is not None and known(word))  # "Precision Twist" is a maker
            # or the first word after a greeting closed by a comma ("hola gurises, ¿tineen …")
            and (i < 2 or asked or words[i - 1] in NEED_BEFORE_OPENER or words[i - 1][-1:] == ",")
        ):
            best = process.extractOne(word, OPENER_WORDS, scorer=fuzz.ratio, score_cutoff=80)
            if best is not None and abs(len(best[0]) - len(word)) > 1:
                best = None  # a word of its own, not a slip: "repuesto" is no "presupuesto"
            # letters swapped ("coitzas", "nesecito"): one slip in five letters, two in eight
            slips = 1 if len(word) < 8 else 2
            near = [w for w in OPENER_WORDS if w[0] == word[0] and OSA.distance(word, w) <= slips]
            # a count stands first, or after a heading ("urgent:") or a need ("need tweny")
            counted = i == 0 or words[i - 1].endswith(":") or words[i - 1] in COUNT_OPENERS
            spelt = _count_slipped(word) if counted else None
            if best is not None or near:
                words[i] = (best[0] if best is not None else near[0]) + colon
            elif spelt is not None:  # "urgent: tweny plug-in breaker …": twenty
                words[i] = spelt + colon
            elif i > 0 and words[i - 1] in ("me", "nos") and word not in VERBS_AFTER_ME:
                near = [w for w in VERBS_AFTER_ME if w[0] == word[0] and OSA.distance(word, w) <= 1]
                words[i] = (near[0] if near else word) + colon
        elif (  # a letter left out of a short opener: "tení stck de", "prce on"
            len(word) == 4
            and word.isalpha()
            and i < 2
            and not (known is not None and known(word))
            and len(near := _one_letter_short(word)) == 1
        ):
            words[i] = near[0] + colon
        elif (  # a letter left out of a short one: "me paas precio" (pasas)
            len(word) == 4
            and word.isalpha()
            and i > 0
            and words[i - 1] in ("me", "nos")
            and not (known is not None and known(word))
        ):
            near = [w for w in VERBS_AFTER_ME if w[0] == word[0] and OSA.distance(word, w) <= 1]
            words[i] = (near[0] if len(near) == 1 else word) + colon
    for i, word in enumerate(words):  # "250 unidaddes", "una docnea"
        if len(word) < 4 or not word.isalpha() or word in UNIT_WORDS or word in NO_LENGTH_WORDS:
            continue
        if known is not None and known(word):  # "5 pinzas de punta": pliers, not pieces
            continue
        if len(word) < 6:  # "5 boes of 50", "3 cjaas de 20 kg", "10 paes de guantes": one
            # letter left out or two swapped in a short unit right after its count
            counted = i > 0 and (words[i - 1].isdigit() or words[i - 1] in NUMBER_WORDS)
            near = [w for w in SHORT_UNITS if w[0] == word[0] and OSA.distance(word, w) == 1
                    and (len(w) == len(word) + 1 or sorted(w) == sorted(word))]  # never "parts"
            if counted and len(near) == 1:
                words[i] = near[0]
            continue
        # a unit stands after its count and a slip keeps the first letter: "taquete" (a
        # wall plug) is not "paquetes"
        after_count = i > 0 and (
            words[i - 1].isdigit() or words[i - 1] in NUMBER_WORDS or words[i - 1] == "media"
        )
        best = (
            process.extractOne(word, [w for w in UNIT_WORDS if w[0] == word[0]], scorer=fuzz.ratio,
                               score_cutoff=80)
            if after_count
            else None
        )
        # "rnodana m16 x 6", "lock wahser m6 x 4": things without a length, misspelt
        # (a slip is a letter or two: "termicas", breakers, are no "tuercas")
        slip = process.extractOne(word, NO_LENGTH_WORDS, scorer=fuzz.ratio, score_cutoff=80)
        if best is None and slip is not None and OSA.distance(word, slip[0]) <= 2:
            best = slip
        if best is not None:
            words[i] = best[0]
    return " ".join(words)


# A row's unit cell saying rolls ("electrical tape white 3M | 10 | RL"): a unit, never the item's
# words (the count is in the item's own unit, as a roll of tape sold by the roll is)
ROLL_CELL = ("rl", "rol", "roll", "rolls", "rollo", "rollos")


SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
# ... and closing a line after its marker of a count, as SI style and some ERPs print it
TRAILING_SPACED = re.compile(
    r"((?:^|\s)(?:[x*]|qty|cant\.?|cantidad|-)\s*)(\d{1,3}(?: \d{3})+)(?=\s*$)"
)


def _row(
    text: str,
    thousands: str | None,
    is_code: Callable[[str], bool] | None = None,
    between: str = "\t",
    known: Callable[[str], bool] | None = None,
) -> RequestLine | None:
    """A spreadsheet row (cells joined by tabs, or by `between`: "RO-3627-F | 12 | un",
    "6;correa SPZ 1700 Optibelt;uds"): which cell is the count, the unit, the item.

    Layouts buyers send: `line, description, qty, unit`; `description, unit, qty`;
    `qty, unit, description`; `description, qty`; `line, code, description, qty, unit`.
    A number before the description with another cell after it is the line number; an
    empty quantity cell is a quantity not given. A cell holding one of our codes or the
    customer's part numbers (`10.01.20669`, `30013552`) is part of the item, never a
    count: it names the item whatever the description beside it says.
    """
    cells = [c.strip() for c in text.split(between)]
    # a count grouped by thousands with spaces, as SAP prints it ("2 000", "12 500"): one number
    cells = [c.replace(" ", "") if SPACED_THOUSANDS.fullmatch(c) else c for c in cells]
    # a row that describes its item in words: its figures are counts, whatever their length
    described = any(
        re.search(r"[a-z]{3}", f) and f not in UNIT_OF for f in (fold(c).strip(". ") for c in cells)
    )
    kinds = []
    for cell in cells:
        folded = fold(cell).strip(". ")
        if not folded:
            kinds.append("empty")
        elif is_code is not None and re.fullmatch(r"\d[\d.\-]{3,}", folded) and is_code(folded):
            kinds.append("text")
        elif re.fullmatch(r"\d{7,}", folded) and len(cells) > 1 and not described:
            # "10088283 | 24 | ea": seven figures or more in a row of figures only are a code
            # written short (SAP's material number without its zeros), never a count; beside a
            # description they are the count ("27 | perno … | 2500000 | EA": issue #13's
            # seven-digit quantities are real)
            kinds.append("text")
        elif re.fullmatch(r"\d[\d.,]*", folded):
            kinds.append("number")
        elif folded in UNIT_OF or folded in ("cj", "bx", "pr", "m", "un") or folded in ROLL_CELL:
            kinds.append("unit")
        else:
            kinds.append("text")
    if "text" not in kinds:
        return None
    if between != "\t" and (("number" not in kinds and "unit" not in kinds) or len(cells) > 6):
        return None  # "… | Maintenance Planner | …": a signature, a sentence, not a row
    if between == "," and ("number" not in kinds or "unit" not in kinds):
        return None  # "cordón 3x2,5,100 m": a decimal comma, not a row
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
    inner = parse_line(description, thousands=thousands, is_code=is_code, known=known)
    if not numbers:
        return RequestLine(text, inner.item, inner.quantity, inner.uom or unit,
                           inner.quantity_given)  # fmt: skip
    separator = _separator(fold(description), thousands)
    quantity, regrouped = _number(fold(cells[numbers[-1]]), separator)
    if unit == "KM":
        quantity, unit = quantity * 1000, "M"
    item = inner.item if not inner.quantity_given else fold(description)
    return RequestLine(text, item, quantity, unit, True, regrouped)
