"""A quote we cannot find, accepted with its items named (issue #14, set 21): "hola, quiero
aceptar la cotización Q-2026-00007 que nos mandaron en octubre, eran 12 correas A76 gates a
8,90 c/u", "we want to go ahead with Q-2026-00019 you sent us in October, 12 of the 1/2
brass gate valves npt at $15.20 each".

A number this Mostrador never issued to the customer (another system's, a typo, another
customer's) places nothing, and no price the buyer recalls is taken: the items the message
names are priced at today's price by the rule (ERP.md), as SPEC.md re-prices an expired
quote before its order, and the buyer is told so; `pedido`/`order` then orders them. A
quote of theirs, expired or not, is accepted as ever (bot/orders.py re-prices an expired
one as a new version first). Without items beside the number it is the old answer: that
quote is not on their account.
"""

from __future__ import annotations

import re

from bot.intents import Intent
from bot.quotes import latest
from flows.turn import Turn

# The clauses of the message: cut at a comma, full stop or semicolon before a space (never
# inside a price, "8,90"), or at a question or exclamation mark.
_CLAUSES = re.compile(r"[.,;](?=\s)|[?!]+")


def items_named(turn: Turn, said: Intent) -> str | None:
    """The item clauses of an acceptance naming a quote that is not the customer's; None
    when the quote is theirs, none is named, or no clause beside its number has a figure."""
    if said.quote is None or turn.customer is None:
        return None
    quote = latest(turn.session, said.quote)
    if quote is not None and quote.customer_id == turn.customer.customer_id:
        return None
    clauses = [c.strip() for c in _CLAUSES.split(turn.text)]
    items = [c for c in clauses if c and said.quote.lower() not in c.lower()
             and re.search(r"\d", c)]  # fmt: skip
    return "\n".join(items) or None
