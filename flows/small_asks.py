"""The short intents of the sales chat that answer and settle nothing about items:
greetings and thanks, status and the statement, a promise to pay, the menu, a seller
asked for, opting out, and the order/quote/accept steps the table hands to flows/ordering.py.

Each is a small handler of the table (flows/sales.py); together they are the chat's
"everything else", kept apart so the item turn stays readable.
"""

from __future__ import annotations

from bot import audit
from bot.handoff import QueueReason, subject_of
from bot.intents import Intent, recognise
from bot.order_tracking import find_order
from flows import (
    after_sale,
    arrival_asked,
    cart,
    leads,
    ordering,
    partial_accept,
    taps,
    when_asked,
)
from flows.cart_commands import reopen_quote
from flows.cart_named import quoted_as_there
from flows.chat_states import HUMAN, I, resting
from flows.pre_read import PARTS
from flows.turn import Turn


def small_talk(turn: Turn, said: Intent) -> str:
    """Greetings, thanks, "ok", "are you a bot?", "in English please": a short answer and
    the next step; never a failure, never a hand-off (a person is asked for by name)."""
    kind = said.name.value if said.name else "ack"
    if said.name in (I.YES, I.ACK) and ordering.repeat_placed(turn):
        return resting(turn)  # "sí" / "ok" right after the order: that order again
    view = cart.view(turn)
    turn.say("small_talk", kind=kind, name=first_name(turn), company=turn.wording.company,
             last_quote=turn.data.get("last_quote"), po=said.po, delivery=said.delivery,
             cart_lines=view["cart_lines"], cart_total=view["cart_total"],
             currency=view["currency"])  # fmt: skip
    return resting(turn)


def purchase_order(turn: Turn, said: Intent) -> str:
    ordering.keep_details(turn, said)
    return small_talk(turn, said)


def account(turn: Turn, said: Intent) -> str:
    """The statement; a guest has none: who buys is asked, and the chat becomes a lead."""
    if turn.customer is None and turn.conversation.state != HUMAN:
        return leads.ask_lead(turn, said, account=True)
    after_sale.account(turn, said)
    return resting(turn)


def status(turn: Turn, said: Intent) -> str:
    """Where the orders are; with short lines in the cart and no order named ("¿cuándo les
    llegan los FAG que faltan?"), first when those lines' missing units arrive. An item asked
    by name that no short line is ("cuándo llega el 6309 skf?") gets its own arrival alone:
    the cart's shortage answered nothing asked. A designation said bare ("cuándo llega el
    6309?"), no order of theirs, is when each of its products arrives, not "no order 6309"."""
    asked = said.order or said.reference or said.po
    text = turn.part or turn.text
    short = ordering.short_lines(turn) if turn.customer and not asked and cart.lines(turn) \
        else []  # fmt: skip
    if short and arrival_asked.asks_arrival(turn, text, said):
        item = arrival_asked.arriving(turn, text) or {}
        if item.get("sku") not in {line["sku"] for line in short}:
            turn.say("arrival", **item)
            return resting(turn)
    if short:
        turn.say("arrivals", short=short)
        return resting(turn)
    if said.reference and not (said.order or said.po) and not (turn.customer and find_order(
            turn.session, turn.customer.customer_id, said.reference)):  # fmt: skip
        designation = arrival_asked.by_designation(turn, text, said.reference)
        for item in designation:  # "cuándo llega el 6309?": no order 6309, five bearings
            turn.say("arrival", **item)
        if designation:
            return resting(turn)
    if not asked and (shown := when_asked.cart_when(turn, text)):  # "when can we get them in?"
        return shown
    if arrival_asked.asks_arrival(turn, text, said):  # "cuándo les llegan los lentes ámbar?"
        turn.say("arrival", **(arrival_asked.arriving(turn, text) or {}))
        return resting(turn)
    after_sale.status(turn, said)
    return resting(turn)


def promise(turn: Turn, said: Intent) -> str:
    after_sale.promise(turn, said)
    return resting(turn)


def menu(turn: Turn, said: Intent) -> str:
    turn.say("menu")
    turn.offer(taps.menu(turn))
    return resting(turn)


def human(turn: Turn, said: Intent) -> str:
    """A person asked for; with a quote asked in the same breath ("cotízame lo que haya y
    lo otro que lo vea alguien"), the cart's quote first: its open lines take it to a
    seller anyway, else the seller is asked for after it."""
    parts = [p for p in PARTS.split(turn.text) if p and p.strip()] if cart.lines(turn) else []
    if any(recognise(p).name is I.QUOTE for p in parts) and ordering.make_quote(turn) == HUMAN:
        return HUMAN
    turn.say("human")
    return turn.escalate(QueueReason.ASKED_FOR_SELLER)


def opt(turn: Turn, said: Intent) -> str:
    """`stop`/`baja` and `start`/`alta`: proactive messages off or on for this number."""
    turn.data["opted_out"] = said.name == I.STOP
    event = "opted_out" if turn.data["opted_out"] else "opted_in"
    audit.record(turn.session, subject_of(turn.conversation.id or 0), event, turn.actor, turn.cause)
    turn.say("opt", out=turn.data["opted_out"])
    return resting(turn)


def first_name(turn: Turn) -> str | None:
    return (turn.conversation.contact_name or "").split(" ")[0] or None


def order_asked(turn: Turn, said: Intent) -> str:
    return ordering.order(turn, said)


def accept_asked(turn: Turn, said: Intent) -> str:
    """The last quote (or the one named) accepted; in part when the words leave lines out
    ("approve the valves and bearings only, hold the wheels. PO 88-4410")."""
    last = turn.data.get("last_quote")
    if said.quote in (None, last) and partial_accept.leaves_out(turn.text) \
            and reopen_quote(turn):  # fmt: skip
        accepted = partial_accept.answer(turn, said)
        if accepted is not None:
            return accepted
        cart.clear(turn)  # the words named no line, or all of them: the whole quote
    return ordering.accept(turn, said)


def quote_asked(turn: Turn, said: Intent) -> str:
    quoted_as_there(turn)  # "quote me the 4 you have there"
    return ordering.make_quote(turn)
