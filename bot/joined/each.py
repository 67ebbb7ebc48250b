"""One count for every item named before it ("¿tienen golillas m12? ¿y las tuercas m12?
ocupo 200 de cada una", "6204 and 6205 bearings, 10 of each"): each item a line with that
count; a size alone borrows its kind ("golillas m12 y m10").
"""

from __future__ import annotations

import re

from bot.joined.asking import after_opening, without_asking_end
from bot.joined.cuts import COMMA
from bot.joined.items import BARE_JOIN, NAMES_ITEM, has_own_count, reads_as_item
from bot.matching.lines import PRICE_SAID
from bot.matching.text import fold

# "… 200 de cada una", "50 c/u", "10 of each": one count for each item named before.
EACH = re.compile(
    r"[,;.]?\s*(?:\bx\s*|\b)(?P<count>\d{1,7}(?:[.,]\d{1,3})?)\s*(?:un(?:idades)?\s+|pcs\s+|units\s+)?"
    r"(?:(?:de\s+)?cada\s+(?:una?|uno|item|articulo|artículo)|(?:de\s+)?c/u|of\s+each"
    r"|each(?:\s+one)?|apiece|de\s+las\s+dos|de\s+los\s+dos|of\s+both)\b\W*$",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"(?<=[?!])\s*|(?<=[a-z\d])\.\s+", re.IGNORECASE)

# "el precio del rodamiento …, de la correa … y del disco …": what links each item after
# the first to the asking words, no part of it.
OF_THE = re.compile(r"^(?:del|de\s+(?:la|las|los|el)|de|of\s+the|of|the)\s+(?=\S)", re.IGNORECASE)

# A code alone, letters and digits ("B60", "A42", "6204", "E7018"): an item of its own.
BARE_CODE = re.compile(r"(?=\S*\d)[a-z]{0,3}\d{2,6}[a-z]{0,3}", re.IGNORECASE)


def one_count_each(line: str) -> list[str]:
    """ "tienen golillas m12? y cuanto valen las tuercas m12? ocupo 200 de cada una": one
    count for every item named before it, each item a line with that count ("golillas
    m12 x 200", "tuercas m12 x 200"); [] when the line does not end so."""
    found = EACH.search(line)
    if found is None or PRICE_SAID.search(line):
        return []  # "eran 12 correas A76 gates a 8,90 c/u": a price each, no count each
    before = without_asking_end(line[: found.start()])
    pieces = [p for p in (_bare(q) for q in SENTENCE.split(before)) if p]
    named = [OF_THE.sub("", q) for p in pieces for c in _comma_items(after_opening(p))
             for q in _cut_between_items(c)]  # fmt: skip
    if not named or not all(reads_as_item(p) or NAMES_ITEM.search(fold(p)) for p in named):
        return []
    if all(has_own_count(p) for p in named):
        return []  # "10 pernos m8, 5 each": not one count for several items
    return [p if has_own_count(p) else f"{p} x {found['count']}" for p in named]


def _comma_items(part: str) -> list[str]:
    """ "rodamiento 6204 zz koyo, de la correa a42 gates y del disco 7\"": the items a
    comma parts when each side names one (a catalog word and a figure); else the part."""
    pieces = [p.strip() for p in COMMA.split(part)]
    if len(pieces) > 1 and all(reads_as_item(OF_THE.sub("", p)) for p in pieces):
        return pieces
    return [part]


def _bare(part: str) -> str:
    """A part without the joining word before it and the question mark after it."""
    part = part.strip().strip("¿?¡!.,;:").strip()
    return re.sub(r"^(?:y|e|and|&|\+|tambien|also|plus)\s+", "", part, flags=re.IGNORECASE)


def _cut_between_items(part: str) -> list[str]:
    """ "golillas m12 y tuercas m12": cut at a bare joining word where each side is an
    item (a catalog word and a size); "tuerca y golilla m8" stays one kit."""
    pieces = [p.strip() for p in BARE_JOIN.split(part)]
    if len(pieces) < 2 or not all(NAMES_ITEM.search(fold(p)) and re.search(r"\d", p)
                                  for p in pieces):  # fmt: skip
        return [part]
    if all(reads_as_item(p) for p in pieces) or all(BARE_CODE.fullmatch(p) for p in pieces):
        return pieces  # "golillas m12 y tuercas m12", "B60 and B62": each an item
    # "golillas m12 y m10", "6204 and 6205 bearings": a size alone borrows the words
    # the first part has before its size, or the last part's after its code.
    head = re.match(r"^([^\d]*?)\s*(?=\S*\d)", pieces[0])
    tail = re.search(r"(?<=\d)(\S*)\s+([^\d]+)$", pieces[-1])
    if head and head[1] and reads_as_item(pieces[0]):
        return [p if reads_as_item(p) else f"{head[1]} {p}" for p in pieces]
    if tail and reads_as_item(pieces[-1]):
        return [p if reads_as_item(p) else f"{p} {tail[2]}" for p in pieces]
    return [part]
