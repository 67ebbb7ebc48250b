"""What reads as an item in a part of a line: a count (in figures, in words, "a bag of"),
and a word, a code or a catalog word with a figure beside it.

Every way of cutting a message (bot/joined/cuts.py, each.py, spoken.py, tables.py) asks
these same questions of its parts, so they live below all of them.
"""

from __future__ import annotations

import re

from bot.item_words import vocabulary as _vocabulary
from bot.matching.lines import COUNTED_WORDS, SPELLED_WORDS, parse_line
from bot.matching.text import fold

# "a bag of …", "una caja de …", "one spool of …": one package, the article its count.
ONE_PACK = (r"(?:an?|una?|one|uno)(?=\s+(?:bags?|box|boxes|packs?|rolls?|spools?|reels?|drums?|"
            r"pails?|kits?|sets?|pair|bolsas?|cajas?|paquetes?|rollos?|carretes?|baldes?|juegos?|"
            r"par)\b)")
# A count in digits or in words ("veinte pernos m8 y diez tuercas m8", "y un millar de
# golillas", "and a hundred nuts"; lines.py says which words count).
A_COUNT = rf"(?:\d{{1,7}}(?:[.,]\d{{1,3}})*|(?:{COUNTED_WORDS}|{SPELLED_WORDS}|{ONE_PACK})\b)"
# "and 20kg 7018 rod", "y 5kg de electrodo": a weight written against its figure is a count
# too (the rod and the wire are sold by the kilo); "2 y 3 kg" closing the line is a size.
KILOS = r"\d{1,4}(?:[.,]\d{1,3})?(?:kg|kgs|kilos?|lbs?)"

COUNT = re.compile(r"^\s*\d{1,7}(?:[.,]\d{1,3})*\s+")

SPELLED_COUNT = re.compile(rf"^\s*(?:{COUNTED_WORDS}|{SPELLED_WORDS}|{ONE_PACK})\s+\S",
                           re.IGNORECASE)  # fmt: skip
# The count, in digits or words, and the first word of letters after it: the kind of
# thing ("rodamientos").
ANY_COUNT = re.compile(rf"^\s*{A_COUNT}\s+", re.IGNORECASE)
ANY_NOUN = re.compile(rf"^\s*{A_COUNT}\s+(?:x\s+)?([^\W\d_]{{3,}})\b", re.IGNORECASE)

# What is left after a greeting and a verb starts with the count: "50 pernos", "x10 …",
# "doce rodamientos", "twenty kilos".
LEADS_WITH_COUNT = re.compile(
    rf"^(?:(?:[x*]\s*)?\d|(?:{COUNTED_WORDS}|{SPELLED_WORDS}|{ONE_PACK})\s)", re.IGNORECASE
)

# What names an item besides its count: a word, a code with letters and digits (A42,
# E7018) or a number of four digits or more (6205).
NAMES_ITEM = re.compile(r"[^\W\d_]{3,}|\b(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,}|\b\d{4,}\b")

BARE_JOIN = re.compile(r"\s+(?:y|e|and|&|\+)\s+", re.IGNORECASE)


def has_own_count(text: str) -> bool:
    """Whether `text` reads as an item with a count of its own ("6 correas A42")."""
    line = parse_line(text)
    return line.quantity_given and NAMES_ITEM.search(line.item) is not None


def reads_as_item(part: str) -> bool:
    """Whether one side of a joining phrase asks for an item: a count with an item, or a
    catalog word (vocabulary.csv) with a size or code ("arandelas m8", "electrodo
    E7018"); a catalog word alone may be an attribute ("also in black")."""
    if not part.strip():
        return False
    if has_own_count(part):
        return True
    folded = fold(part)
    words = re.findall(r"[^\W\d_]{3,}", folded)
    return any(w in _vocabulary().words for w in words) and re.search(r"\d", folded) is not None
