"""How buyers write the makers' names a house carries.

A maker whose name the catalog writes as one word is often written in two by a buyer who
hears it ("Del Plata" for DELPLATA, "Tru Per" for Truper): the two words joined are the
brand, read before any word is taken for a slip of another ("plata" is not "planta").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

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
