"""Doubts that keep an item that fits from being settled on.

A number the buyer wrote that another item carries, a retired item that fits as well, initials
nobody can read: each leaves the line a question, as a wrong SKU costs more than a question.
"""

from __future__ import annotations

import re

from bot.matching.brand_rule import same_item
from bot.matching.codes import SIZES, SOFT_CODES, UNSTATED_CODES, codes_agree, conflicts, numbers_of
from bot.matching.index import CatalogIndex, Entry
from bot.matching.neutral import NEUTRAL
from bot.matching.notation import Reading, read
from bot.matching.text import fold


def numbered_elsewhere(index: CatalogIndex, reading: Reading, kinds: set[str]) -> bool:
    """Whether some item of the kind asked for, carrying every code the buyer gave (the
    brand too), carries every number the buyer wrote, as a number or a size."""
    bare, metric = reading.codes.get("number", set()), reading.codes.get("mm", set())
    found: set[int] | None = None
    for value in bare | metric:
        categories = SIZES if value in bare else ("number", "mm")
        carrying = set().union(*index.postings((c, value) for c in categories))
        found = carrying if found is None else found & carrying
    hard = {c: v for c, v in reading.codes.items() if c not in SOFT_CODES}
    for position in found or ():
        entry = index.entries[position]
        theirs = entry.reading.codes
        of_kind = not kinds or bool(entry.kinds & kinds)
        agrees = all(c in theirs and codes_agree(reading, c, v, theirs[c]) for c, v in hard.items())
        numbered = bare <= numbers_of(entry) and metric <= numbers_of(entry, sized=False)
        if of_kind and agrees and numbered:
            return True
    return False


def retired_fits(index: CatalogIndex, reading: Reading, known: set[str], entry: Entry) -> bool:
    """Whether an item the house no longer sells, of `entry`'s maker and kind, fits the line
    as well as `entry` and is another item ("cinta de aislar negra 3m" names the retired
    Temflex 1700 as well as the Super 33+ on sale): the buyer may mean the one we no longer
    have, so the line is a question. The same item retired in another brand, or an old
    number of the same item (nothing the ERP says differs), is no doubt."""
    hard = {c for c in reading.codes if c not in SOFT_CODES and c not in UNSTATED_CODES}
    bare, metric = reading.codes.get("number", set()), reading.codes.get("mm", set())
    for old in index.retired.get(entry.brand, ()):
        if old.kinds != entry.kinds or same_item([entry, old]) or conflicts(reading, old):
            continue
        if not (hard <= set(old.reading.codes) and known - NEUTRAL <= old.reading.words):
            continue
        # the numbers the buyer wrote (Loctite 271) single out the items that carry them
        if bare <= numbers_of(old) and metric <= numbers_of(old, sized=False):
            return True
    return False


# Initials with their dots ("f.n.", "h.g.", "a.i."): how buyers shorten a finish or a material.
INITIALS = re.compile(r"(?<![\w.])(?:[a-z]\.){2,3}(?!\w)")


def unread_initials(index: CatalogIndex, item: str) -> bool:
    """Whether the line holds initials the vocabulary cannot read: a finish or material we
    cannot tell ("tapon 2 f.f.": fierro fundido?) is a seller's question, never settled on
    the item that happens to fit the rest ("f.n." is read: fierro negro, black iron)."""
    if "." not in item:
        return False
    for initials in INITIALS.findall(fold(item)):
        said = read(initials, index.vocabulary)
        if not said.words and not said.codes:
            return True
    return False
