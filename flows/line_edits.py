"""A cart line changed by what it should be rather than by a count: its quantity scaled
("y los rodamientos dóblalos", "double the bolts") or its length ("los pernos eran de 60
de largo, no de 50", "make the bolts 60 mm long").

This module only reads what is asked; flows/line_words.py names the lines (every word of
the buyer's is the line's; no word: the last line added: passed in as `named_by`) and
flows/line_changes.py or flows/line_swaps.py applies the change, so this module imports
none of them. A length is the item's own: the line becomes the catalog item that reads
the same in every respect (thread, grade, finish, standard) but that length, found through
the matcher from the item's name with the length changed; no such item: not this kind of
message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal
from typing import Any

from bot.corrections import words_of as correction_words
from bot.intents import scale_said
from bot.matching.notation import read as read_notation
from bot.matching.text import fold
from bot.models import Product
from bot.statuses import LineDecision
from flows import cart
from flows.turn import Turn

# The cart lines the buyer's words (correction cues and fillers aside) name
# (flows/line_words.py `named_by`).
NamedBy = Callable[[list[str]], list[dict[str, Any]]]
# "de 60 de largo", "60 mm long", "50mm de largo", "largo 60", "length of 60 mm"
_LENGTH = re.compile(
    r"(?<![\w.,/])(?P<a>\d+(?:[.,]\d+)?)\s*(?:mm\s*)?(?:de\s+)?(?:largo|long|length)\b"
    r"|\b(?:largo|length)\s*(?:de\s+|of\s+)?(?P<b>\d+(?:[.,]\d+)?)(?:\s*mm)?(?![\w.,/])")
_LENGTH_CODES = ("length", "length_in")


def asks(turn: Turn, lines: list[dict[str, Any]], text: str, named_by: NamedBy) -> bool:
    """Whether `text` alone asks one of these edits of a line of `lines` (nothing changes)."""
    return (scaling(lines, text, named_by) is not None
            or lengthening(turn, lines, text, named_by) is not None)  # fmt: skip


def scaling(
    lines: list[dict[str, Any]], text: str, named_by: NamedBy
) -> list[tuple[dict[str, Any], Decimal]] | None:
    """ "y los rodamientos dóblalos", "double the bolts", "dóblalo": each line the other
    words name with its new quantity (the old times the scale; half of 5 pieces is 3,
    never 2.5); None when the message asks no such thing or names no line of the cart."""
    said = scale_said(text)
    if said is None or any(re.search(r"\d", w) for w in said[1]):
        return None
    named = named_by(said[1])
    if not named:
        return None
    factor, out = said[0], []
    for line in named:
        before = Decimal(line["qty"])
        after = before * factor
        if before == before.to_integral_value():
            after = max(after.to_integral_value(ROUND_CEILING), Decimal(1))
        out.append((line, after))
    return out


def lengthening(
    turn: Turn, lines: list[dict[str, Any]], text: str, named_by: NamedBy
) -> tuple[dict[str, Any], Product] | None:
    """ "los pernos eran de 60 de largo, no de 50", "y los pernos que sean de 50 de
    largo": the line named and the same item of that length, the quantity to be kept;
    None when the message asks no such thing or no such item is sold."""
    folded = fold(text)
    found = _LENGTH.search(folded)
    if found is None:
        return None
    rest = [w for w in correction_words(folded[: found.start()] + " " + folded[found.end() :])
            if not re.search(r"\d", w)]  # fmt: skip
    named = named_by(rest)
    if len(named) != 1:
        return None
    other = _of_length(turn, cart.product_of(turn, named[0]["sku"]), _num(found["a"] or found["b"]))
    if other is None or any(ln["sku"] == other.sku for ln in lines):
        return None
    return named[0], other


def _of_length(turn: Turn, product: Product, length: str) -> Product | None:
    """The item that reads as `product` in every code but its length, which is `length`:
    the matcher's reading of the product's name with its length written anew."""
    vocabulary = turn.services.index.vocabulary
    name = fold(product.name)
    codes = read_notation(name, vocabulary).codes
    kind = next((k for k in _LENGTH_CODES if len(codes.get(k, ())) == 1), None)
    if kind is None:
        return None
    (old,) = codes[kind]
    if old == length:
        return None
    written = re.sub(rf"(?<=x)(\s*){re.escape(old)}(?![\d/.,]\d|\d)", rf"\g<1>{length}", name)
    if written == name:
        return None
    wanted = {**codes, kind: {length}}
    result = turn.match(written, asked=False)
    skus = [result.sku] if result.decision == LineDecision.AUTO else []
    for sku in [*skus, *(c.sku for c in result.candidates)]:
        other = turn.session.get(Product, sku) if sku else None
        if (other is not None and other.active and other.sku != product.sku
                and other.brand == product.brand and other.family == product.family
                and read_notation(fold(other.name), vocabulary).codes == wanted):  # fmt: skip
            return other
    return None


def _num(text: str) -> str:
    """ "60", "60.0", "60,5" as the matcher's notation writes a length: 60, 60.5."""
    text = text.replace(",", ".")
    return (text.rstrip("0").rstrip(".") if "." in text else text).lstrip("0") or "0"
