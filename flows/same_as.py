"""An item said as "the same" as the line before, but for its size: "50 M10 x 30 hex bolts
zinc din 933 8.8" / "and 20 M8x40 same", "10 pernos m12x50 grado 8.8 zincados" / "y 20 de
m10x40 iguales".

The size alone reads as options of every kind of that size (cap screws, carriage bolts,
hex bolts of two grades); "same" says which: the one option that shares most of the
previous cart line's item (its kind, standard, grade and finish), of its family. The line
is then read as that item, with its own count; when no one option is nearest, as before.
"""

from __future__ import annotations

import re

from bot.matching.text import fold
from flows import cart
from flows.turn import Turn

_SAME = re.compile(
    r"\b(?:(?:the )?same(?: (?:as (?:before|above|the (?:last|other) ones?)|spec|specs|kind|"
    r"type|ones?))?|likewise|ditto|"
    r"iguales(?: que (?:el|la|los|las) (?:anterior(?:es)?|otr[oa]s?))?|"
    r"igual (?:que|a) (?:el|la|los|las|al) ?(?:anterior(?:es)?|otr[oa]s?)|"
    r"(?:del|de la) mism[oa](?: tipo| clase| especificacion)?|"
    r"mism[oa]s? (?:especificacion|tipo|caracteristicas))\b"
)


def _words(name: str) -> set[str]:
    """An item's words that say what it is, not its size ("hex", "bolt", "933", "8.8")."""
    return {w for w in re.findall(r"[a-z0-9./-]+", fold(name))
            if not re.search(r"\d\s*x\s*\d", w)}


def read(turn: Turn, text: str) -> str:
    """`text` with "same" read: the item's code in place of the words when one option of
    them is nearest the previous cart line's item; else `text` as it was."""
    said = _SAME.search(fold(text))
    if said is None:
        return text
    before = [line for line in cart.lines(turn) if line.get("sku")]
    if not before:
        return text
    rest = (fold(text)[: said.start()] + " " + fold(text)[said.end() :]).strip(" ,.")
    result = turn.match(rest)
    if result.decision == "auto" or not result.candidates:
        return text
    previous = cart.product_of(turn, before[-1]["sku"])
    like = _words(previous.name)
    scored = sorted(
        ((len(_words(c.name) & like), c.sku) for c in result.candidates
         if cart.product_of(turn, c.sku).family == previous.family),
        reverse=True,
    )  # fmt: skip
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return text
    count = result.line.quantity if result.line.quantity_given else None
    return f"{count:f} x {scored[0][1]}" if count is not None else scored[0][1]
