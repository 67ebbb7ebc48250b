"""An item of the conversation said again with one thing changed: "100 metros del 8 rojo y 50
del blanco" after blue #8 cable, "y 20 del 6205" after 6204 bearings, "same in 3/4" after a
1/2" valve, "the black ones too" after natural cable ties.

Such a line names no kind of its own: its words are only the values that change (a colour,
a size, a code), none of them a word of the cart's item. It is read against the items in the
cart before the catalog: the one item of the same family that differs from a cart line's
item only by what the buyer said (every word said is in its name, each of its words that
the cart's item lacks was said, and it lacks no more of the cart item's words than were
said). Exactly one such item in the whole cart: the line is that item, with its own count
(none said: the cart line's, "the same … too"). Else the line is read as ever.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.matching.lines import parse_line
from bot.matching.text import fold
from flows import cart
from flows.turn import Turn

# A word of an item's name, a size's fraction or decimal kept whole ("3/4", "4.5").
_TERM = re.compile(r"\d+(?:[/.,]\d+)+|[^\W_]+")
# What carries no attribute in such a line: articles, "the same", "too", "ones", the adding.
_SAYS_NOTHING = frozenset(re.findall(r"\S+",
    "a al ah oh ok y e o de del la las el los lo un una unos unas mismo misma mismos mismas "
    "en con tambien igual iguales pero esos esas estos estas ese esa eso color colores "
    "suma sumale agrega agregale anade anadele pon ponle ponme dame mas otro otra otros otras "
    "the same in of and too also as well ones one those these that them with plus but add "
    "more another other colour please pls porfa favor x"))
# "lo mismo en 10", "same in 3/4": the value after "en"/"in" closing the line, never a count
_IN_VALUE = re.compile(r"\b(?:en|in)\s+(\d+(?:[/.,-]\d+)*)\s*(?:\"|mm|awg|pulgadas?|inch(?:es)?)?"
                       r"\W*$", re.IGNORECASE)
MAX_SAID = 3  # values changed in one line ("del 8 rojo"); more is an item of its own


def _words(turn: Turn, text: str) -> set[str]:
    """`text`'s words through the matcher's vocabulary ("rojo", "red" → "red")."""
    return set(_TERM.findall(turn.services.index.vocabulary.canonicalize(fold(text))))


def read(turn: Turn, text: str) -> str:
    """`text` as the cart item it varies ("100 x ELE-10021"), or `text` as it was."""
    lines = [line for line in cart.lines(turn) if line.get("sku")]
    if not lines:
        return text
    valued = _IN_VALUE.search(text)
    line = parse_line(text[: valued.start()] if valued else text)
    said = _words(turn, f"{line.item} {valued[1] if valued else ''}") - _SAYS_NOTHING
    if not said or len(said) > MAX_SAID:
        return text
    found: dict[str, Decimal] = {}
    for kept in reversed(lines):
        product = cart.product_of(turn, kept["sku"])
        before = _words(turn, product.name)
        if any(re.fullmatch(r"[^\W\d_]+", w) and w in before for w in said) or said <= before:
            continue  # a word of the item itself ("rodamientos 6205"): a line of its own
        for sku in _varied(turn, product.family, product.sku, before, said):
            found.setdefault(sku, Decimal(kept["qty"]))
    if len(found) != 1:
        return text
    (sku, quantity), = found.items()
    return f"{(line.quantity if line.quantity_given else quantity):f} x {sku}"


def _varied(turn: Turn, family: str | None, sku: str, before: set[str], said: set[str]
            ) -> list[str]:  # fmt: skip
    """The items of `family` that differ from the one named by `before` only by `said`."""
    found = []
    for entry in _family(turn, family):
        if entry[0] == sku:
            continue
        words = entry[1]
        if said <= words and words - before <= said and len(before - words) <= len(said):
            found.append(entry[0])
    return found


def _family(turn: Turn, family: str | None) -> list[tuple[str, set[str]]]:
    """The catalog's items of `family`, each with its name's words (kept for the turn)."""
    known: dict[str | None, list[tuple[str, set[str]]]] = turn.memo.setdefault("families", {})
    if family not in known:
        known[family] = [(e.sku, _words(turn, e.name)) for e in turn.services.index.entries
                         if family is not None and e.family == family]  # fmt: skip
    return known[family]
