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

from bot.after_sale_phrases import fold, patterns, says
from flows.turn import Turn

# A message's clauses, each with the marks that end it: the split is asked in its own.
_CLAUSE = re.compile(r"[^,.;:!?\n]+[,.;:!?\n]*|[,.;:!?\n]+")


def taken(turn: Turn, text: str) -> str:
    """`text` without the clauses that ask for separate orders; the answer is then due
    once, after the items' reply (`answer`)."""
    clauses = _CLAUSE.findall(text)
    kept = [c if not says("separate_orders", c) else _items_beside(c) for c in clauses]
    if kept == clauses:
        return text
    turn.memo["separate_orders"] = True
    return "".join(kept).strip(" ,.;:")


# what joins the split to items said in its clause: "10 … skf en 2 pedidos separados"
# what a split is by: "uno por cc 4410 y otro por cc 4420" names no item
_SPLIT_BY = re.compile(r"\b(?:cc|oc|po|centros?|cost|ordene?s?|orders?|pedidos?)\b")
_JOINING = re.compile(r"\s(?:en|in|as|como|por favor|porfa|please|pls)\s*$", re.I)


def _items_beside(clause: str) -> str:
    """The clause without its words asking the split, when items are said in it ("necesito
    10 rodamientos 6205 en 2 pedidos separados"), else nothing (the split alone)."""
    folded = fold(clause)
    found = patterns()["separate_orders"].search(folded)
    if found is None:
        return ""
    said = clause if len(folded) == len(clause) else folded  # the buyer's accents, kept
    before, after = said[: found.start()].rstrip(), said[found.end() :]
    while _JOINING.search(before):
        before = _JOINING.sub("", before).rstrip()
    rest = before + " " + _JOINING.sub("", " " + after).strip()
    return rest if re.search(r"\d", rest) and not _SPLIT_BY.search(fold(rest)) else ""


def answer(turn: Turn) -> None:
    """How separate orders go, when this message asked for them."""
    if turn.memo.pop("separate_orders", None):
        turn.say("separate_orders")
