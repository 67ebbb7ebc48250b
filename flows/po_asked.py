"""Whether the buyer's purchase order arrived, asked ("did you get my PO 55-9012?", "¿les
llegó nuestra OC 4500-9012?", "hey did you guys get our PO 7781-C?"), is answered in plain
words: yes, on which order, how it goes and for how much; or that no order of theirs has it
yet (it is kept for the next order, and a seller looks for one sent by email).

Read before, the PO was "noted" on the chat's order again (it was there already) or kept for
an order never asked for, and the question itself never got a yes or a no.
"""

from __future__ import annotations

from bot.after_sale_phrases import says
from bot.intents import Intent
from bot.item_words import names_item
from bot.models import Order
from bot.order_tracking import Tracked, find_order, tracked
from flows.after_sale import tracked_view
from flows.chat_states import I
from flows.turn import Turn

# Asking whether something came in ("did you (guys) get", "is our PO there", "les llegó",
# "¿recibieron …?", "¿tienen nuestra OC?"): bot/after_sale.csv `po_received`. What was got is
# the PO or "it": "do you have the invoice? PO 55-9012" asks the invoice.


def answer(turn: Turn, said: Intent) -> bool:
    """Answer whether the PO said arrived; False when the message asks no such thing."""
    if not said.po or said.name is I.ACCEPT or not says("po_received", turn.text) \
            or names_item(said.rest):  # fmt: skip
        return False  # "ok go ahead, PO 55-9012, did you see the address?": an acceptance
    found = _order_with(turn, said.po)
    if found is not None:
        turn.data.pop("po", None)  # on that order: not kept for the next one
    turn.say("po_asked", po=said.po, order=tracked_view(found) if found else None)
    return True


def _order_with(turn: Turn, po: str) -> Tracked | None:
    """The buyer's order that carries `po` (a customer's, by any channel; a guest's, of
    this chat); None when none does."""
    if turn.customer is not None:
        return find_order(turn.session, turn.customer.customer_id, po)
    for order_id in reversed(turn.data.get("orders", [])):
        order = turn.session.get(Order, order_id)
        if order is not None and (order.purchase_order or "").upper() == po.upper():
            return tracked(order)
    return None
