"""Separate orders asked for beside the first one's items (issue #14, set 21): "necesito 2
pedidos separados, uno por centro de costo. el primero es CC 4410 mantención planta: 10
contactores …", "we need two separate orders, one per PO: first 10 …".

A buyer splitting a purchase by cost centre or PO expects each order on its own, and each
`pedido`/`order` already places the cart as one order, with its own PO: the clauses that ask
for the split are no item (never an open line a seller would complete), and the buyer is
told how it goes — this cart first, with its PO, then the next one's items. The phrases are
data (`separate_orders` rows of bot/after_sale.csv).
"""

from __future__ import annotations

import re

from bot.after_sale_phrases import says
from flows.turn import Turn

# A message's clauses, each with the marks that end it: the split is asked in its own.
_CLAUSE = re.compile(r"[^,.;:!?\n]+[,.;:!?\n]*|[,.;:!?\n]+")


def taken(turn: Turn, text: str) -> str:
    """`text` without the clauses that ask for separate orders; the answer is then due
    once, after the items' reply (`answer`)."""
    clauses = _CLAUSE.findall(text)
    kept = [c for c in clauses if not says("separate_orders", c)]
    if len(kept) == len(clauses):
        return text
    turn.memo["separate_orders"] = True
    return "".join(kept).strip(" ,.;:")


def answer(turn: Turn) -> None:
    """How separate orders go, when this message asked for them."""
    if turn.memo.pop("separate_orders", None):
        turn.say("separate_orders")
