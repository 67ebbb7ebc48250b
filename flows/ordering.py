"""From cart to order in the chat: one step, short stock as a choice (guests as leads:
flows/leads.py).

`order` first checks the cart: open lines go to a seller on a `needs_review` quote; a
short line makes the buyer choose (one order: what ships now plus the rest back-ordered
with its ETA; a substitute; or a seller) with nothing ordered meanwhile; a guest is asked
who buys and becomes a lead in the sellers' queue; a margin or discount rule sends the
quote to a person. A settled cart becomes a quote accepted at once: the order's one
message is the confirmation (issue #14 item 12), with its lines, total and the PO number
(`OC 4500123` said with it), or a short ask for that number. A PO number sent after it
goes on that order (`note_po`); "sí", "ok", "pedido" again soon after repeat the order's
number and total (`repeat_placed`), never a second order. An acceptance
(bot.orders.accept_quote) either reserves everything or writes nothing; a quote accepted
with a line no warehouse ships whole offers the cart's short-stock choice over its lines.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from sqlmodel import col, select

from bot import audit
from bot.availability import Dispatch, availability_for, backorder_eta, ship_now
from bot.credit import CreditStatus, credit_for, explain
from bot.formatting import money_text, quantity_text
from bot.handoff import QueueReason
from bot.inbound import InboundMessage, conversation_for, identify
from bot.intents import Intent
from bot.matching.text import fold
from bot.models import Order
from bot.orders import OutOfStock, accept_quote, note_purchase_order
from bot.pricing import money
from bot.promises import local_today
from bot.quotes import QuoteError, create_quote, latest, lines_of, mark_sent
from bot.replies import queue_message
from bot.statuses import ConversationState, OrderStatus, Owner, QuoteStatus
from flows import cart, taps
from flows.leads import EMAIL, ask_lead
from flows.turn import Turn
from flows.views import order_view, quote_mail, quote_view
from workers.jobs import EXPORT_ORDER, SEND_MESSAGE

IDLE = ConversationState.IDLE.value
SHORT = ConversationState.SHORT.value


def make_quote(turn: Turn) -> str:
    """The cart as a quote, sent when ready; open lines go to a seller, named to the buyer."""
    quote = _quote_from_cart(turn)
    if quote is None:
        return _quote_again(turn)
    ready = quote.status == QuoteStatus.DRAFT
    if ready:
        mark_sent(turn.session, quote.number, actor=turn.actor, channel=turn.conversation.channel,
                  cause=turn.cause)  # fmt: skip
    _show_quote(turn, quote, ready=ready)
    cart.clear(turn)
    turn.data["last_quote"] = quote.number
    if not ready:
        return turn.escalate(
            QueueReason.QUOTE_NEEDS_SELLER
            if quote.status == QuoteStatus.NEEDS_REVIEW
            else QueueReason.QUOTE_NEEDS_APPROVAL
        )
    return IDLE


# "¿cómo hago el pedido?", "how do I place an order?": how to order, asked; never the order
HOW_TO_ORDER = re.compile(
    r"(?:^|[^\w])(?:c[oó]mo|how)\s+(?:do|can|could|should|le|lo|la|los|las|les|hago|hacemos|"
    r"hace|hacen|puedo|podemos|pido|pedimos|compro|compramos)\b", re.I
)


def order(turn: Turn, said: Intent) -> str:
    """`pedido` on a settled cart: the order, placed at once (its message the confirmation)."""
    keep_details(turn, said)
    if turn.customer is not None and HOW_TO_ORDER.search(turn.text):
        if cart.lines(turn):
            turn.say("cart", **cart.view(turn))  # the cart and its "order": nothing placed yet
            turn.offer(taps.after_items(turn, []))
            return IDLE
        if turn.data.get("last_quote"):
            return _quote_again(turn)  # the quote and its buttons: accepted by a tap, not this
    if not cart.lines(turn):
        if turn.data.get("last_quote"):  # "order" right after a quote accepts it
            return accept(turn, said, turn.data["last_quote"])
        if repeat_placed(turn):  # "pedido" again: that order, never a second one
            return IDLE
        turn.say("problem", reason=turn.wording.phrase("nothing_to_order", turn.language))
        return IDLE
    if turn.customer is None:
        return ask_lead(turn, said)
    if any(not line["sku"] for line in cart.lines(turn)):
        return make_quote(turn)  # open lines: a seller completes the quote first
    short = _short_lines(turn)
    if short:
        return _short_choice(turn, short)
    quote = _quote_from_cart(turn)
    assert quote is not None
    if quote.status != QuoteStatus.DRAFT:  # a margin or discount rule: a person decides
        return _needs_approval(turn, quote)
    mark_sent(turn.session, quote.number, actor=turn.actor, channel=turn.conversation.channel,
              cause=turn.cause)  # fmt: skip
    turn.data["confirm"] = {"quote": quote.number}  # the cart empties once it is ordered
    # placed now; on credit hold or blocked it waits for a person (ERP.md), who is the question
    return accept(turn, said, quote.number)


def keep_details(turn: Turn, said: Intent) -> None:
    """The PO number and the delivery note said with any message, kept for the order."""
    if said.po:
        turn.data["po"] = said.po
    if said.delivery:
        turn.data["delivery"] = said.delivery


def confirm(turn: Turn, said: Intent) -> str:
    """The buyer's yes to the confirmation question (with a PO number, perhaps)."""
    pending = turn.data.get("confirm")
    keep_details(turn, said)
    if not pending:  # the cart changed since: ask again with the new total
        return order(turn, said)
    return accept(turn, said, pending["quote"])


def decline(turn: Turn, said: Intent) -> str:
    turn.data.pop("confirm", None)
    turn.data.pop("short", None)
    turn.say("problem", reason=turn.wording.phrase("not_ordered", turn.language))
    return IDLE


def accept(turn: Turn, said: Intent, number: str | None = None, backorder: bool = False) -> str:
    """Accept a quote (named, or the last one); the order, or why not, in the buyer's words.

    `backorder`: the buyer chose to back-order what is short (bot.orders.accept_quote).
    """
    number = said.quote or number or turn.data.get("last_quote")
    if number is None or (number == _placed(turn).get("quote") and not cart.lines(turn)):
        if cart.lines(turn):
            return order(turn, said)
        if repeat_placed(turn):  # "sí, confirmo" again: that order, never a second one
            return IDLE
        if number is None:
            turn.say("problem", reason=turn.wording.phrase("nothing_to_order", turn.language))
            return IDLE
    quote = latest(turn.session, number)
    if turn.customer is None and quote is not None and quote.customer_id is None:
        return ask_lead(turn, said)  # a guest's own quote: who buys, before any order
    mine = turn.customer.customer_id if turn.customer else None
    if quote is None or mine is None or quote.customer_id != mine:
        turn.say("problem", reason=turn.wording.phrase("unknown_quote", turn.language))
        return IDLE
    keep_details(turn, said)
    po, delivery = turn.data.get("po"), turn.data.get("delivery")
    try:
        accepted = accept_quote(turn.session, number, now=turn.now, rules=turn.services.rules,
                                actor=turn.actor, cause=turn.cause, purchase_order=po,
                                backorder=backorder, delivery_note=delivery)  # fmt: skip
    except OutOfStock as exc:  # nothing was ordered or held (bot.orders)
        return _short_accepted(turn, quote, exc, backorder)
    except QuoteError as exc:  # said in the buyer's words, never the seller-facing message
        turn.say("problem", reason=turn.wording.phrase(f"refused_{exc.code}", turn.language,
                                                       **exc.facts))  # fmt: skip
        return IDLE
    placed = accepted.order
    if accepted.repriced:  # SPEC: an expired quote is re-priced as a new version first
        turn.say("quote_repriced", number=number, until=quote.valid_until.isoformat(),
                 version=accepted.quote.version)  # fmt: skip
    reasons = [explain(turn.wording, r, turn.language, placed.currency)
               for r in accepted.hold_reasons]  # fmt: skip
    view = order_view(placed, reasons, number, turn.session,
                      lambda sku, name: _named(turn, sku, name))  # fmt: skip
    turn.say("order", **{**view, "ask_po": True})
    if turn.data.get("confirm", {}).get("quote") == number:
        cart.clear(turn)
    for key in ("confirm", "po", "delivery", "last_quote"):
        turn.data.pop(key, None)
    turn.data.setdefault("orders", []).append(placed.id)
    turn.data["placed"] = {"number": placed.number, "quote": number, "at": turn.now.isoformat()}
    if placed.status == "confirmed":
        turn.jobs.append(EXPORT_ORDER.later(placed.id or 0))
    if placed.status == "pending_approval":
        return turn.escalate(QueueReason.ORDER_NEEDS_APPROVAL)
    return IDLE


def _named(turn: Turn, sku: str, name: str) -> str:
    return cart.name_of(turn, cart.product_of(turn, sku)) or name


# --- after the order -------------------------------------------------------------------
# How long a "sí", "ok" or "pedido" again, with nothing in the cart, is read as about the
# order just placed (its number and total repeated) rather than as nothing to order.
REPEAT_WITHIN = dt.timedelta(hours=2)


def _placed(turn: Turn) -> dict[str, str]:
    placed = turn.data.get("placed")
    return placed if isinstance(placed, dict) else {}


# An order still going ahead: a PO number sent after it is put on it, a repeat names it.
GOING = {OrderStatus.PENDING_APPROVAL.value, OrderStatus.CONFIRMED.value,
         OrderStatus.EXPORTED.value}  # fmt: skip


def placed_order(turn: Turn) -> Order | None:
    """The order this chat placed last, while it is still the conversation's last order
    and going ahead (waiting for approval, confirmed or exported); None otherwise."""
    number = _placed(turn).get("number")
    if not number or turn.conversation.id is None:
        return None
    last = turn.session.exec(
        select(Order).where(Order.conversation_id == turn.conversation.id)
        .order_by(col(Order.created_at).desc(), col(Order.id).desc())
    ).first()  # fmt: skip
    if last is None or last.number != number or last.status not in GOING:
        return None
    return last


def repeat_placed(turn: Turn) -> bool:
    """ "sí", "ok", "pedido", "confirmar" again shortly after the order, the cart empty and
    no quote since: the order's number and total again (never a second order, never
    "nothing to order"). False: no such order; the caller answers as ever."""
    at = _placed(turn).get("at")
    if cart.lines(turn) or turn.data.get("last_quote") or not at:
        return False
    if turn.now - dt.datetime.fromisoformat(at) > REPEAT_WITHIN:
        return False
    placed = placed_order(turn)
    if placed is None:
        return False
    turn.say("order_again", number=placed.number, currency=placed.currency,
             total=money_text(placed.total), status=placed.status,
             po=placed.purchase_order)  # fmt: skip
    return True


def note_po(turn: Turn, said: Intent) -> bool:
    """A PO number sent after the order ("oops forgot the PO, it's PI-90211", "OC 4500123"),
    the cart empty and no quote since: it goes on that order (bot.orders); the buyer is
    told. False: no order to put it on; the caller keeps it for the next one."""
    if not said.po or cart.lines(turn) or turn.data.get("last_quote"):
        return False
    placed = placed_order(turn)
    if placed is None:
        return False
    turn.data.pop("po", None)  # on this order, not kept for the next
    note_purchase_order(turn.session, placed, said.po, actor=turn.actor, cause=turn.cause)
    turn.say("po_noted", po=placed.purchase_order, number=placed.number)
    return True


def _credit_held(turn: Turn) -> CreditStatus | None:
    """The customer's standing before any order, when it is not `ok`: on hold or blocked,
    as the credit notice told them when the cart started. (A customer the order itself
    takes over the limit still chooses among the short-stock options: tests/test_backorder.)"""
    assert turn.customer is not None
    today = local_today(turn.session, turn.customer, turn.now)
    credit = credit_for(turn.session, turn.customer, today)
    return None if credit.status is CreditStatus.OK else credit.status


# --- short stock ---------------------------------------------------------------------
def _short_lines(turn: Turn) -> list[dict[str, Any]]:
    """The cart's lines no single warehouse covers (see `short_facts`); an open line (no
    SKU yet: a seller completes it) has no stock to tell."""
    return short_facts(turn, [(position, line["sku"], Decimal(line["qty"]))
                              for position, line in enumerate(cart.lines(turn), start=1)
                              if line["sku"]])  # fmt: skip


def short_lines(turn: Turn) -> list[dict[str, Any]]:
    """The cart's lines no single warehouse covers, as the short-stock choice names them."""
    return _short_lines(turn)


def short_facts(turn: Turn, lines: list[tuple[int, str, Decimal]]) -> list[dict[str, Any]]:
    """Of `lines` (position, SKU, quantity: a cart's or a quote's), those no single
    warehouse covers: what is there (in all warehouses), what one warehouse can ship
    now, the rest to back-order and when it is expected, and the substitutes; the same
    facts for the chat's choice and the mail's (flows/rfq.py)."""
    short = []
    for position, sku, quantity in lines:
        product = cart.product_of(turn, sku)
        stock = availability_for(turn.session, product, quantity, turn.customer, turn.now)
        if stock.status != Dispatch.SHORT:
            continue
        house, now_qty = ship_now(stock, turn.customer)
        rest = quantity - now_qty
        _, eta = backorder_eta(stock, rest)
        short.append({
            "position": position, "sku": product.sku, "name": cart.name_of(turn, product),
            "asked": quantity_text(quantity),
            "available": quantity_text(min(stock.available_now, quantity)),
            "now": quantity_text(now_qty), "warehouse": house or "",
            "rest": quantity_text(rest),
            "incoming": quantity_text(stock.incoming) if stock.incoming else "",
            "eta": eta.isoformat() if eta else None,  # when the back-ordered rest comes
            "incoming_eta": stock.incoming_eta.isoformat() if stock.incoming_eta else None,
            "substitutes": [{"sku": s.sku, "name": _named(turn, s.sku, s.name),
                             "price": money_text(s.price.unit_price) if s.price else ""}
                            for s in stock.substitutes],
        })  # fmt: skip
    return short


def _short_choice(turn: Turn, short: list[dict[str, Any]]) -> str:
    """The cart's short lines: the choice offered, or, for a customer on hold or blocked,
    a seller, who decides on the order anyway (ERP.md): both at once."""
    held = _credit_held(turn)
    if held is not None:
        turn.say("short_held", short=short, blocked=held is CreditStatus.BLOCKED)
        return turn.escalate(QueueReason.ACCEPTANCE_SHORT)
    return offer_short(turn, short)


def _short_accepted(turn: Turn, quote: Any, exc: OutOfStock, backorder: bool) -> str:
    """A quote accepted ("ok go, PO 55-3340") with a line no one warehouse ships whole: the
    same choice as the cart's order (issue #14), over the quote's lines brought back into
    the cart and kept there; its first option accepts this quote, what is short
    back-ordered. Nothing is ordered until the buyer picks."""
    if backorder or cart.lines(turn) or turn.customer is None:
        turn.say("short", short=exc.lines())
        return IDLE
    for line in lines_of(turn.session, quote):
        cart.add(turn, line.sku, line.quantity, line.request_text, assumed=False)
    short = _short_lines(turn)
    if not short:  # reserved elsewhere meanwhile: nothing for the choice to say
        cart.clear(turn)
        turn.say("short", short=exc.lines())
        return IDLE
    turn.data["short_quote"] = quote.number
    return _short_choice(turn, short)


def _quote_short(turn: Turn) -> str | None:
    """The quote whose acceptance offered the short-stock choice, while the cart is still
    its lines (a change since makes the cart's own order)."""
    number = turn.data.pop("short_quote", None)
    quote = latest(turn.session, number) if number else None
    if quote is None:
        return None
    quoted = [(line.sku, line.quantity) for line in lines_of(turn.session, quote)]
    return number if quoted == [(line["sku"], Decimal(line["qty"]))
                                for line in cart.lines(turn)] else None  # fmt: skip


def offer_short(turn: Turn, short: list[dict[str, Any]]) -> str:
    """Say what is short and offer: one order with what ships now and the rest
    back-ordered (with its ETA), a substitute, or a seller. Nothing is ordered yet."""
    total, now_total, currency = Decimal(0), Decimal(0), "USD"
    short_at = {s["position"]: s for s in short}
    for position, line in enumerate(cart.lines(turn), start=1):
        quantity = Decimal(line["qty"])
        price = cart.line_price(turn, line)  # kept on the line while its stamp holds
        total += Decimal(price["line_total"])
        currency = price["currency"]
        now_qty = Decimal(short_at[position]["now"]) if position in short_at else quantity
        now_total += money(Decimal(price["unit_price"]) * now_qty)
    substitutes = [s["substitutes"][0] for s in short if s["substitutes"]]
    # Back-order is offered when something ships now or the rest has a date; a back-order
    # of everything with no date at all is a seller's conversation.
    backorder = now_total > 0 or any(s["eta"] for s in short)
    turn.data["short"] = short
    options = turn.data["short_options"] = short_options(backorder, bool(substitutes))
    turn.say("short_choice", short=short, partial=backorder, total=money_text(total),
             partial_total=money_text(now_total), currency=currency,
             substitutes=substitutes, number=option_numbers(options))  # fmt: skip
    turn.offer(taps.short_stock(turn, options))
    return SHORT


# The short-stock options, in the order they are shown; only those that apply are shown,
# numbered 1, 2, 3 as shown (no gap when there is no back-order or no substitute).
SHORT_OPTIONS = ("partial", "substitute", "seller")


def short_options(partial: bool, substitute: bool) -> list[str]:
    """The options shown: back-order when something ships or has a date, a substitute
    when one covers it, a seller always."""
    shown = {"partial": partial, "substitute": substitute, "seller": True}
    return [option for option in SHORT_OPTIONS if shown[option]]


def option_numbers(options: list[str]) -> dict[str, int]:
    """Each shown option's number (the templates' `number.partial`, …)."""
    return {option: number for number, option in enumerate(options, start=1)}


def short_pick(options: list[str] | None, number: int) -> str | None:
    """The option a typed or tapped number picks (None: not one shown). Offers made
    before the options were numbered as shown keep their fixed 1, 2, 3."""
    shown = options or list(SHORT_OPTIONS)
    return shown[number - 1] if 1 <= number <= len(shown) else None


def which_short(turn: Turn, said: Intent) -> str:
    """ "sí", "ok" right after the short-stock options: which one? (nothing is ordered)."""
    short = _short_lines(turn)
    if not short:
        turn.data.pop("short", None)
        return order(turn, said)
    turn.say("problem", reason=turn.wording.phrase("which_option", turn.language))
    return offer_short(turn, short)


def settle_short(turn: Turn, said: Intent) -> str:
    """The number the buyer typed or tapped among the short-stock options shown."""
    pick = said.numbers[0] if said.numbers else 0
    return settle_short_option(turn, said, short_pick(turn.data.get("short_options"), pick))


def settle_short_option(turn: Turn, said: Intent, pick: str | None) -> str:
    """The buyer's pick among the short-stock options: `partial` one order, what ships
    now plus the rest back-ordered; `substitute` the substitutes; `seller` a seller."""
    short = turn.data.get("short") or []
    accepted = _quote_short(turn)
    if pick == "seller" or not short:
        turn.data.pop("short", None)
        turn.say("human")
        return turn.escalate(QueueReason.ACCEPTANCE_SHORT)
    if pick == "substitute" and any(s["substitutes"] for s in short):
        for s in short:
            if s["substitutes"]:
                cart.lines(turn)[s["position"] - 1]["sku"] = s["substitutes"][0]["sku"]
        turn.data.pop("short", None)
        return order(turn, said)
    if pick == "partial":
        turn.data.pop("short", None)
        if accepted is not None:  # the quote accepted, as it was: what is short back-ordered
            turn.data["confirm"] = {"quote": accepted}
            return accept(turn, said, accepted, backorder=True)
        quote = _quote_from_cart(turn)
        if quote is None or quote.status != QuoteStatus.DRAFT:
            return make_quote(turn) if quote is None else _needs_approval(turn, quote)
        mark_sent(turn.session, quote.number, actor=turn.actor,
                  channel=turn.conversation.channel, cause=turn.cause)  # fmt: skip
        turn.data["confirm"] = {"quote": quote.number}  # the cart empties once it is ordered
        return accept(turn, said, quote.number, backorder=True)
    turn.say("problem", reason=turn.wording.phrase("bad_choice", turn.language))
    return SHORT


def _quote_again(turn: Turn) -> str:
    """`quote` with nothing in the cart: the quote just sent, again (its number, PDF and
    buttons), when it still stands; else the empty cart."""
    number = turn.data.get("last_quote")
    quote = latest(turn.session, number) if number else None
    if quote is None or quote.status != QuoteStatus.SENT:
        turn.say("cart", **cart.view(turn))
        return IDLE
    _show_quote(turn, quote, ready=True)
    return IDLE


def _show_quote(turn: Turn, quote: Any, *, ready: bool) -> None:
    """The quote as the buyer reads it; when ready, its PDF as media and Accept / Change /
    Talk to a seller to tap (a quote waiting for a seller has nothing to accept yet)."""
    view = quote_view(turn.session, quote, turn.conversation, turn.wording, turn.services.link_for)
    turn.say("quote", **{**view, "ready": ready})
    if ready:
        turn.attach(view["link"], taps.word(turn, "caption", number=quote.number,
                                            version=quote.version))  # fmt: skip
        turn.offer(taps.after_quote(turn, quote))
        if MAIL_ASKED.search(fold(turn.text)):  # "no need to call, just email me the quote"
            mail_quote(turn, quote)


# The quote asked for by mail ("email me the quote", "mándamela al correo").
MAIL_ASKED = re.compile(r"\b(?:e-?mail\w*|mail|correo|inbox)\b")


def mail_quote(turn: Turn, quote: Any, address: str | None = None) -> None:
    """Send `quote` by mail, its PDF attached (SPEC: a quote document is sent by WhatsApp
    and by email), to `address`, else to the contact's or the lead's email; with none known
    the buyer is asked for one, and the email they write next gets it (`mailed_to`)."""
    if address is None:
        _, contact = identify(turn.session, turn.conversation.channel, turn.conversation.address)
        address = (contact.email if contact else None) or (turn.data.get("lead") or {}).get(
            "email")
    if not address:
        turn.data["mail_quote"] = quote.number
        turn.say("quote_mailed", number=quote.number, email=None)
        return
    turn.data.pop("mail_quote", None)
    inbox = conversation_for(turn.session, InboundMessage("email", address.lower(), "", ""),
                             turn.now)  # fmt: skip
    if inbox.customer_id is None and turn.customer is not None:
        inbox.customer_id, inbox.language = turn.customer.customer_id, turn.language
    elif inbox.customer_id is None:  # a guest's mail says what the quote says, as it does
        inbox.language = quote.language
    text, html = quote_mail(turn.session, quote, inbox, turn.wording, turn.services.link_for)
    message = queue_message(turn.session, inbox, author=Owner.BOT.value, body=text, now=turn.now,
                            mail_from=turn.services.mail_from, quote=quote, html=html,
                            key=f"mailed:{quote.number}:{quote.version}:{address.lower()}"[:100])
    if message is not None:
        turn.jobs.append(SEND_MESSAGE.later(message.id or 0))
        audit.record(turn.session, quote.number, "quote_mailed", turn.actor, turn.cause,
                     to=address.lower(), message=message.id)  # fmt: skip
    turn.say("quote_mailed", number=quote.number, email=address.lower())


def mailed_to(turn: Turn) -> str | None:
    """The email a buyer writes after being asked where to send the quote: it goes there;
    None when no quote waits for one or the message gives none."""
    number = turn.data.get("mail_quote")
    found = EMAIL.search(turn.text) if number else None
    quote = latest(turn.session, str(number)) if found else None
    if found is None or quote is None:
        return None
    mail_quote(turn, quote, found[0])
    return turn.conversation.state


def _needs_approval(turn: Turn, quote: Any) -> str:
    """A margin or discount rule: a person decides on the quote before any order."""
    cart.clear(turn)
    turn.data["last_quote"] = quote.number
    _show_quote(turn, quote, ready=False)
    return turn.escalate(QueueReason.QUOTE_NEEDS_APPROVAL)


def quote_of_cart(turn: Turn) -> Any:
    """The cart as a new quote (None: an empty cart); not sent, not said."""
    return _quote_from_cart(turn)


def _quote_from_cart(turn: Turn) -> Any:
    lines = cart.lines(turn)
    if not lines:
        return None
    picks = {i: (line["sku"], Decimal(line["qty"]))
             for i, line in enumerate(lines, start=1) if line["sku"]}  # fmt: skip
    return create_quote(
        turn.session, turn.services.index, turn.customer, [line["text"] for line in lines],
        now=turn.now, rules=turn.services.rules, actor=turn.actor,
        channel=turn.conversation.channel, cause=turn.cause,
        conversation_id=turn.conversation.id, picks=picks, ship_from=turn.data.get("ship_from"),
        houses={i: line["from"] for i, line in enumerate(lines, start=1) if line.get("from")},
        language=turn.language,
    )  # fmt: skip
