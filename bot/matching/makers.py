"""How buyers write the makers' names a house carries.

A maker whose name the catalog writes as one word is often written in two by a buyer who
hears it ("Del Plata" for DELPLATA, "Tru Per" for Truper): the two words joined are the
brand, read before any word is taken for a slip of another ("plata" is not "planta").

A maker the catalog writes in two words is written as one the other way round ("squared" for
Square D), and is that maker all the same.

A maker's number names that maker's item: "loctite 243 de 250 ml" asks for the 243, which
the house sells in 10 and 50 ml only, never for the 638 it sells in 250 ml, though that
item carries every other code of the line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from bot.matching.index import CatalogIndex
from bot.matching.notation import Reading

LETTERS = re.compile(r"[a-z]+")


def joined_brands(folded: str, brands: Collection[str]) -> str:
    """`folded` with a one-word brand of `brands` written as two words joined back."""
    runs = list(LETTERS.finditer(folded))
    out, start = [], 0
    for first, second in pairwise(runs):
        if first.start() < start or folded[first.end() : second.start()].strip():
            continue  # taken by the pair before, or something else stands between
        if min(len(first[0]), len(second[0])) >= 2 and first[0] + second[0] in brands:
            out.append(folded[start : first.start()] + first[0] + second[0])
            start = second.end()
    return "".join(out) + folded[start:]


def split_brands(folded: str, long_brands: Collection[str]) -> str:
    """`folded` with a brand of several words written as one ("squared" for Square D,
    "franklinelectric") said as the catalog writes it, before it is taken for a slip of a
    word ("squared" is not "squares")."""
    whole = {re.sub(r"[\s-]", "", b): b for b in long_brands}
    whole = {k: b for k, b in whole.items() if len(k) >= 5}
    if not whole:
        return folded
    return LETTERS.sub(lambda m: whole.get(m[0], m[0]), folded)


def numbered_by_maker(index: CatalogIndex, reading: Reading, kinds: set[str]) -> bool:
    """Whether an item of the maker the buyer named (and of the kind asked for) carries every
    bare number the buyer wrote (see the module docstring)."""
    numbers, brands = reading.codes.get("number", set()), reading.codes.get("brand", set())
    if not numbers or not brands:
        return False
    carrying = set.intersection(*index.postings(("number", n) for n in numbers))
    return any(
        index.entries[p].reading.codes.get("brand", set()) & brands
        and (not kinds or index.entries[p].kinds & kinds)
        for p in carrying
    )
