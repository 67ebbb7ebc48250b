"""A short line split between warehouses by the buyer: "mándame los 11 de Santiago y los
otros 19 desde Lima", "ship the 37 out of Houston and the other 23 from Lima".

When no one warehouse covers a line, its availability names each warehouse's count
(flows/views.availability_view); a buyer may then ask each part from one. The line becomes
one line per warehouse named, each shipping from it (the quote and the order carry it:
bot.quotes.create_quote `houses`), when the counts add up to the line and each warehouse
holds its part; else the message is read as before.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bot.availability import availability_for
from bot.formatting import quantity_text
from bot.matching.text import fold
from flows import cart, stock_asked
from flows.turn import Turn


def asked(turn: Turn) -> tuple[dict[str, Any], list[tuple[str, Decimal]]] | None:
    """The cart line the message splits and its parts (warehouse, count), in the order said;
    None when it splits none."""
    folded = fold(turn.text)
    parts: list[tuple[int, str, Decimal]] = []
    for code, place in stock_asked.places(turn, folded, lead=r"de|desde|from|out of|en|in|at"):
        counts = re.findall(r"(?<![\d.,])(\d{1,6})(?![\d.,]?\d)", folded[: place.start()])
        if counts:
            parts.append((place.start(), code, Decimal(counts[-1])))
    if len(parts) < 2:
        return None
    parts.sort()
    said = [(code, count) for _, code, count in parts]
    if len({code for code, _ in said}) != len(said) or any(c <= 0 for _, c in said):
        return None
    total = sum((count for _, count in said), Decimal(0))
    lines = [line for line in cart.lines(turn) if line["sku"] and Decimal(line["qty"]) == total]
    if len(lines) != 1:
        return None
    line = lines[0]
    product = cart.product_of(turn, line["sku"])
    stock = availability_for(turn.session, product, total, turn.customer, turn.now,
                             with_substitutes=False)  # fmt: skip
    held = {w.warehouse: w.available for w in stock.warehouses}
    if any(held.get(code, Decimal(0)) < count for code, count in said):
        return None
    return line, said


def split(turn: Turn, line: dict[str, Any], parts: list[tuple[str, Decimal]]) -> list[Any]:
    """`line` as one line per part, each shipping from its warehouse; the new lines."""
    lines = cart.lines(turn)
    at = cart.position(turn, line) - 1
    made = [{**line, "qty": quantity_text(count), "from": code, "assumed": False}
            for code, count in parts]  # fmt: skip
    for each in made:
        each.pop("priced", None)
        each.pop("pieces", None)
    lines[at : at + 1] = made
    turn.data.pop("confirm", None)  # a changed cart: a pending confirmation is stale
    return made
