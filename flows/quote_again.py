"""A quote of the customer's asked again with a change (issue #14, set 21): "need the same as
Q-2026-00001 but 50 of each", "necesito lo mismo de la Q-2026-00001 pero 50 de cada uno",
"same as Q-… but double", "igual que la Q-… pero sin los discos".

The quote's lines come into the cart priced today with their availability, as a reorder's
do (flows/cart_commands.py `reorder`): a count "of each" / "de cada uno" sets every line, a
scale ("double", "el doble") multiplies each, and the reorder's own changes (a line left
out, kept alone or recounted by name: flows/reorder_changes.py) apply. The buyer then asks
"quote" for the new quote, or orders; asked in the same message ("cotízame lo mismo de la
Q-… pero 50 de cada uno", "order the same as Q-… but 50 each"), it is made at once. An
acceptance that says "same as" ("go ahead with Q-…, same as before") is an acceptance.
A quote that is not the customer's, or a message without "the same as", is read as ever.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.formatting import quantity_text
from bot.intents import I, Intent, order_opening, quote_opening, scale_of
from bot.models import Product
from bot.quotes import latest, lines_of
from bot.sales_history import scaled
from flows import cart, ordering, reorder_changes
from flows.cart_commands import lines_under
from flows.credit_notice import credit_notice
from flows.priced_line import priced_line
from flows.turn import Turn

# "the same as", "same thing as", "lo mismo de/que", "igual que", "repite", "again"
_SAME = re.compile(
    r"\b(?:(?:the\s+)?same(?:\s+(?:thing|stuff|items|lines))?\s+(?:as|of|from|on)|"
    r"lo\s+mismo\s+(?:de|del|que)|igual\s+(?:a|al|que)|rep[ií]t\w*|repeat)\b",
    re.IGNORECASE,
)
# "but 50 of each", "pero 50 de cada uno", "20 c/u", "30 each"
_EACH = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,6})\s*(?:units?\s+|unidades\s+|pcs\s+)?(?:of\s+each|each|apiece|"
    r"de\s+cada\s+(?:un[oa]|item|l[ií]nea)|c/u|de\s+cada)\b",
    re.IGNORECASE,
)


def asked(turn: Turn, said: Intent) -> str | None:
    """The named quote's lines in the cart, changed as the words say, and the cart shown;
    None when the message asks no such thing (then it is read as ever)."""
    if said.quote is None or turn.customer is None or not _SAME.search(turn.text) \
            or said.name not in (None, I.REORDER):  # "go ahead with Q-…, same as before" accepts
        return None
    quote = latest(turn.session, said.quote)
    if quote is None or quote.customer_id != turn.customer.customer_id:
        return None
    lines = lines_of(turn.session, quote)
    each = _EACH.search(turn.text)
    times = None if each else scale_of(turn.text)
    changes = reorder_changes.read(turn, [ln.sku for ln in lines if ln.sku])
    shown, gone, skipped = [], [], []
    for line in lines:
        product = turn.session.get(Product, line.sku) if line.sku else None
        if line.sku in changes.left_out:
            skipped.append(cart.name_of(turn, product) if product else line.sku)
            continue
        if line.sku and (product is None or not product.active):
            gone.append(cart.name_of(turn, product) if product else line.sku)
            continue
        quantity = (Decimal(each["n"]) if each else changes.counts.get(line.sku or "")
                    or scaled(line.quantity, times))  # fmt: skip
        added = cart.add(turn, line.sku, quantity, line.request_text, assumed=False)
        shown.append(priced_line(turn, added) if line.sku else
                     {"kind": "unknown", "text": line.request_text,
                      "position": cart.position(turn, added)})  # fmt: skip
    credit_notice(turn)
    header = turn.wording.render("quote_again", turn.language, number=quote.number,
                                 each=each["n"] if each else None, gone=gone, skipped=skipped,
                                 times=quantity_text(times) if times else None)  # fmt: skip
    state = lines_under(turn, header, shown)
    if order_opening(turn.text) is not None:  # "order the same as Q-… but 50 each"
        return ordering.order(turn, said)
    if quote_opening(turn.text) is not None and all(ln["sku"] for ln in cart.lines(turn)):
        return ordering.make_quote(turn)  # "cotízame lo mismo de la Q-… pero 50 de cada uno"
    return state
