"""The cart asked about or changed as a whole: shown, cancelled, and a sent quote's lines
brought back into it when the buyer changes them.

Kept apart from the item turn (flows/sales.py) because every other handler ends by
showing the cart, and a quote reopened is read by items, corrections and acceptances alike.
"""

from __future__ import annotations

from typing import Any

from bot.formatting import quantity_text
from bot.intents import Intent, scale_of
from bot.models import Product
from bot.promises import month_named
from bot.quotes import latest, lines_of
from bot.sales_history import last_order, scaled
from flows import cart, elliptic, reorder_changes, taps
from flows.chat_states import IDLE, problem, resting
from flows.credit_notice import credit_notice
from flows.priced_line import COMPACT_FROM, priced_line
from flows.turn import Reply, Turn

# A sent quote whose lines a change after it reopens (bot.statuses.QuoteStatus).
_REOPENS = ("sent", "draft")


def reopen_quote(turn: Turn) -> bool:
    """After a quote the cart is empty; a change then ("sácale los electrodos", "make the
    7018 30 kg", "can you add 50 washers") is to the quote just sent: its lines come back
    into the cart, changed there, and "cotizar" makes the new quote of them all (the old
    one stands until then). True when they came back; the caller empties the cart again
    when the message changes none of them and adds nothing (a new request)."""
    number = turn.data.get("last_quote")
    if cart.lines(turn) or not number or turn.part is not None:
        return False
    quote = latest(turn.session, number)
    if quote is None or quote.status not in _REOPENS:
        return False
    for line in lines_of(turn.session, quote):
        cart.add(turn, line.sku, line.quantity, line.request_text, assumed=False)
    turn.data.pop("last_line", None)  # "no, eran 300" names no line of the quote
    return bool(cart.lines(turn))


def who_buys(turn: Turn) -> bool:
    """Whether a guest's first items are told who they buy for is asked: no company said
    yet, and the greeting asking it is not in this turn's replies ("where's my order?",
    then items: the question is asked again beside them)."""
    return turn.customer is None and bool(cart.lines(turn)) \
        and not (turn.data.get("lead") or {}).get("company") \
        and not turn.memo.get("greeted")  # fmt: skip


def show_cart(turn: Turn, said: Intent) -> str:
    turn.say("cart", **cart.view(turn))
    turn.offer(taps.after_items(turn, []))
    return resting(turn)


def cart_while_waiting(turn: Turn, said: Intent) -> str:
    """ "carrito" while a seller has the chat: the cart kept for them, nothing to tap."""
    turn.say("cart", **cart.view(turn))
    return turn.conversation.state


def cancel(turn: Turn, said: Intent) -> str:
    cart.clear(turn)
    for key in ("choices", "pending", "confirm", "short", "ask_qty", "po", "delivery",
                "then_order"):
        turn.data.pop(key, None)
    turn.say("cart", **cart.view(turn))
    return IDLE


def reorder(turn: Turn, said: Intent) -> str | None:
    """ "Lo mismo que la última vez": the customer's last order (the ERP's last invoice
    or Mostrador's last order, the newer), priced today with availability, into the
    cart; the buyer changes it or says "pedido". A month named picks that month's last
    order ("same stuff as our April order"), and "double everything" / "el doble" scales
    every quantity (intents.csv's `scale` rows). None when the words change the cart's
    line instead (then they are items)."""
    if cart.lines(turn) and elliptic.read(turn, turn.text) != turn.text:
        return None  # "lo mismo en 10": the cart's cable in 10 AWG, no reorder: items
    month = month_named(turn.text)
    times = scale_of(turn.text)
    customer_id = turn.customer.customer_id if turn.customer else None
    last = last_order(turn.session, customer_id, month) if customer_id else None
    if last is None or not last.lines:
        return problem(turn, "no_last_order")
    changes = reorder_changes.read(turn, [sku for sku, _ in last.lines])
    shown, gone, skipped = [], [], []
    for sku, quantity in last.lines:
        product = turn.session.get(Product, sku)
        if sku in changes.left_out:  # "pero sin los lentes oscuros": named, not added
            skipped.append(cart.name_of(turn, product) if product else sku)
            continue
        if product is None or not product.active:  # no longer sold: named, not added
            gone.append(cart.name_of(turn, product) if product else sku)
            continue
        quantity = changes.counts.get(sku) or scaled(quantity, times)
        line = cart.add(turn, sku, quantity, cart.name_of(turn, product), assumed=False)
        shown.append(priced_line(turn, line))
    credit_notice(turn)
    header = turn.wording.render("reorder", turn.language, source=last.source,
                                 reference=last.reference, on=last.on.isoformat(), gone=gone,
                                 month=month is not None, skipped=skipped,
                                 times=quantity_text(times) if times else None)  # fmt: skip
    return lines_under(turn, header, shown)


def lines_under(turn: Turn, header: str, shown: list[dict[str, Any]]) -> str:
    """Lines put in the cart from an earlier document (a reorder, a quote asked again):
    `header` naming it, each line priced, the cart's total and its next steps."""
    body = turn.wording.render("items", turn.language, items=shown, asked_before=[],
                               choosing=False, compact=len(shown) > COMPACT_FROM,
                               **cart.view(turn))  # fmt: skip
    turn.replies.append(Reply(f"{header}\n{body}"))
    turn.offer(taps.after_items(turn, shown))
    return IDLE
