"""Answering RFQ mail: a quote for a new request, an order for an acceptance.

Email is a thread, not a chat: each mail gets one complete answer. The reply lists
every line with SKU, price and availability and names the lines a seller will
complete (never a wrong SKU stated with confidence); an acceptance in the thread
("aceptamos", "please proceed with Q-…") becomes an order, or the approval it needs.
`handle` is the mail's turn, called by flows.pipeline.run_turn like the chat's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from bot import audit
from bot.asking import match_asked
from bot.credit import explain
from bot.formatting import money_text, quantity_text
from bot.handoff import QueueReason
from bot.intents import IntentName, recognise, scale_of
from bot.matching.index import CatalogIndex
from bot.matching.service import context_for
from bot.models import Customer, Product, Quote
from bot.orders import OutOfStock, accept_quote
from bot.pricing import money
from bot.promises import month_named
from bot.quotes import (
    LineChange,
    QuoteError,
    Rules,
    create_quote,
    latest,
    lines_of,
    mark_sent,
    revise,
)
from bot.sales_history import last_order, scaled
from bot.statuses import LineDecision, MessageStatus, OrderStatus, QuoteStatus
from flows import after_sale, cart, ordering
from flows.mail_changes import told_changes
from flows.pre_read import switch_language
from flows.turn import Reply, Turn
from flows.views import order_view, quote_mail
from workers.jobs import EXPORT_ORDER

ACCEPTANCE = re.compile(
    r"\b(?:aceptamos|acepto|aprobamos|aprobada|confirmamos|please proceed|we accept|accepted|"
    r"go ahead|proceed with)\b",
    re.I,
)
QUOTE_NUMBER = re.compile(r"\bQ-\d{4}-\d{5}\b", re.I)


def handle(turn: Turn) -> None:
    """Answer one mail from a customer: a quote for a request, an order for an acceptance.

    The mailbox extracted the request lines (text and attachments) into the stored
    message's payload; the thread's quote is the one our earlier mail carried.
    """
    customer = turn.customer
    if customer is None:  # the mailbox quarantines mail from senders on no list
        raise LookupError(f"mail from {turn.conversation.address}, who is no customer's")
    # a mail clearly in the other language is answered in it, as a chat message switches
    # the chat (a Chilean buyer writing in English for a colleague in copy); a forwarded
    # mail's language is its sender's own words above it, never the forwarded one's
    payload = turn.message.payload
    own = str(payload.get("own") or turn.text)
    switch_language(turn, recognise(own), own)
    lines = [str(line) for line in payload.get("lines", [])]
    references = [*payload.get("references", []), payload.get("in_reply_to") or ""]
    thread_quote = quote_of_thread(turn.session, references)
    mentioned = QUOTE_NUMBER.search(turn.text)
    quote_number = mentioned[0].upper() if mentioned else thread_quote
    pick = _short_pick(turn, quote_number) if quote_number else None
    if pick is not None and quote_number:  # the answer to a short-stock choice (or said ahead)
        _settle_short(turn, customer, quote_number, pick)
        return
    if _accepts(turn) and quote_number and not lines:
        _accept(turn, customer, quote_number)
        return
    if after_sale.claim_by_mail(turn):  # "llegaron 3 dañados", the invoice attached: a seller's
        return
    told = _told(turn, customer, thread_quote, lines) if thread_quote else None
    if told is not None:  # "favor cambiar los rodamientos a 40 unidades": the next version
        _send(turn, told)
        text, html = quote_mail(turn.session, told, turn.conversation, turn.wording,
                                turn.services.link_for)  # fmt: skip
        turn.replies.append(Reply(text, html, told))
        return
    asked = _asks_reorder(turn)
    if asked is not None and (not lines or not _any_item(turn, lines)):
        _reorder(turn, customer, asked)  # "repetir último pedido": the last order as a quote
        return
    if not lines and after_sale.by_mail(turn):  # orders, statement, a promise to pay
        return
    if not lines:
        if not any(references) and _set_aside_picture(turn):
            return
        _problem(turn, "no_items_in_mail", QueueReason.MAIL_WITHOUT_ITEMS)
        return
    services = turn.services
    if not thread_quote and not _any_item(turn, lines):
        if after_sale.by_mail(turn):  # "Pagamos el viernes" above a signature's phone number
            return
        if not any(references) and _set_aside_picture(turn):  # "me cotiza esto, 2 de cada uno"
            return
        # Nothing in it is an item we know: a seller reads it, rather than the buyer
        # getting a quote of USD 0.00 made of their signature and disclaimers.
        _problem(turn, "no_items_in_mail", QueueReason.MAIL_WITHOUT_ITEMS)
        return
    corrected = (
        _corrected(turn.session, thread_quote, lines, services.index, customer, services.rules,
                   turn.now, turn.actor, turn.cause)
        if thread_quote
        else None
    )  # fmt: skip
    quote = corrected or _mail_quote(turn, customer, lines)
    _send(turn, quote)
    text, html = quote_mail(turn.session, quote, turn.conversation, turn.wording,
                            services.link_for)  # fmt: skip
    turn.replies.append(Reply(text, html, quote))


def _set_aside_picture(turn: Turn) -> bool:
    """A new mail whose request is in a picture it carries (a photo of a part or of a
    handwritten list: "me cotiza esto porfa") and in none of its words: set aside with
    the reason, as mail that cannot be read is (SPEC), for a seller to read the picture,
    never a quote of nothing. A signature's logo (shown inline by its Content-ID) is no
    such picture. False when the mail carries none."""
    pictures = [str(m.get("filename") or "") for m in turn.message.media or []
                if str(m.get("content_type") or "").startswith("image/")
                and not m.get("inline")]  # fmt: skip
    if not pictures:
        return False
    reason = f"the request is in a picture the bot cannot read ({', '.join(pictures)})"[:500]
    turn.message.status = MessageStatus.QUARANTINED.value
    turn.message.error_message = reason
    turn.session.add(turn.message)
    turn.reason, turn.detail = QueueReason.QUARANTINED_MAIL, reason
    return True


def _accepts(turn: Turn) -> bool:
    """Whether the mail accepts the quote: "aceptamos", "please proceed with Q-…", or a
    first line the intents read as an acceptance ("Aprobado, OC 4500123")."""
    if ACCEPTANCE.search(turn.text):
        return True
    first = turn.text.splitlines()[: after_sale.MAIL_LINES]
    return any(recognise(line).name == IntentName.ACCEPT for line in first if line.strip())


def _open_quote(session: Session, number: str, customer: Customer) -> Quote | None:
    """The thread's quote when it is this customer's and still open to a new version."""
    current = latest(session, number)
    if current is None or current.customer_id != customer.customer_id:
        return None
    if current.status not in (QuoteStatus.DRAFT, QuoteStatus.SENT, QuoteStatus.NEEDS_REVIEW):
        return None
    return current


def _told(turn: Turn, customer: Customer, number: str, lines: list[str]) -> Quote | None:
    """The next version of the thread's quote when the mail tells quantity changes in
    words (flows/mail_changes.py); None when it tells none."""
    current = _open_quote(turn.session, number, customer)
    if current is None:
        return None
    changes = told_changes(turn.text, lines, lines_of(turn.session, current))
    if not changes:
        return None
    return revise(turn.session, number, changes, now=turn.now, rules=turn.services.rules,
                  actor=turn.actor, cause=turn.cause,
                  reason="quantities corrected by the buyer")  # fmt: skip


def _any_item(turn: Turn, lines: list[str]) -> bool:
    """Whether the matcher recognises at least one line (settled or with options)."""
    return any(turn.match(line).decision != LineDecision.UNKNOWN for line in lines)


def _corrected(
    session: Session,
    number: str,
    lines: list[str],
    index: CatalogIndex,
    customer: Customer,
    rules: Rules,
    now: dt.datetime,
    actor: str,
    cause: str,
) -> Quote | None:
    """A new version of the thread's quote when the mail only changes quantities of
    items already on it ("make the 6204 40 instead of 20"); None for anything else
    (new items, unsure lines, a quote no longer open), which gets a quote of its own."""
    current = _open_quote(session, number, customer)
    if current is None:
        return None
    position_of = {line.sku: line.position for line in lines_of(session, current) if line.sku}
    quantity_at = {line.position: line.quantity for line in lines_of(session, current)}
    changes: dict[int, LineChange] = {}
    context = context_for(session, customer)
    for text in lines:
        result = match_asked(index, text, customer.customer_id, context)
        position = position_of.get(result.sku or "")
        if result.decision != LineDecision.AUTO or position is None or position in changes:
            return None
        if result.line.quantity != quantity_at[position]:
            changes[position] = LineChange(position, quantity=result.line.quantity)
    if not changes:
        return None
    return revise(session, number, list(changes.values()), now=now, rules=rules, actor=actor,
                  cause=cause, reason="quantities corrected by the buyer")  # fmt: skip


def _asks_reorder(turn: Turn) -> str | None:
    """The line of the mail (its subject or first lines) that says "repetir último
    pedido", "the usual", "same as our April order, double it"; None when none does."""
    candidates = [str(turn.message.payload.get("subject") or ""),
                  *turn.text.splitlines()[: after_sale.MAIL_LINES]]  # fmt: skip
    return next((line for line in candidates
                 if line.strip() and recognise(line).name == IntentName.REORDER), None)  # fmt: skip


def _reorder(turn: Turn, customer: Customer, asked: str) -> None:
    """The customer's last order (the ERP's last invoice or Mostrador's last order, the
    newer) as a quote priced today with availability, answered like a request: the
    buyer changes quantities or accepts it in the thread, as with any quote by mail. A
    month named in the `asked` line picks that month's last order and a scale ("double
    everything", "la mitad") scales every quantity, as in the chat (flows/cart_commands.reorder)."""
    month, times = month_named(asked), scale_of(asked)
    last = last_order(turn.session, customer.customer_id, month)
    sold, gone = [], []
    for sku, quantity in last.lines if last is not None else []:
        quantity = scaled(quantity, times)
        product = turn.session.get(Product, sku)
        if product is None or not product.active:  # no longer sold: named, not quoted
            gone.append(product.name if product else sku)
        else:
            sold.append((product, quantity))
    if last is None or not sold:
        _problem(turn, "no_last_order", QueueReason.MAIL_WITHOUT_ITEMS)
        return
    services = turn.services
    picks = {n: (product.sku, qty) for n, (product, qty) in enumerate(sold, start=1)}
    quote = _mail_quote(turn, customer, [f"{quantity_text(qty)} {p.name}" for p, qty in sold],
                        picks=picks)  # fmt: skip
    _send(turn, quote)
    reorder = {"source": last.source, "reference": last.reference, "on": last.on.isoformat(),
               "gone": gone, "month": month is not None,
               "times": quantity_text(times) if times else None}  # fmt: skip
    text, html = quote_mail(turn.session, quote, turn.conversation, turn.wording,
                            services.link_for, reorder=reorder)  # fmt: skip
    turn.replies.append(Reply(text, html, quote))


def _mail_quote(
    turn: Turn,
    customer: Customer | None,
    lines: list[str],
    picks: Mapping[int, tuple[str, Decimal]] | None = None,
) -> Quote:
    """A quote made from this mail: its channel, conversation and cause on the quote."""
    services = turn.services
    return create_quote(turn.session, services.index, customer, lines, now=turn.now,
                        rules=services.rules, actor=turn.actor, channel="email",
                        cause=turn.cause, conversation_id=turn.conversation.id,
                        picks=picks, language=turn.language)  # fmt: skip

def _send(turn: Turn, quote: Quote) -> None:
    """Mark a new quote sent, or say why a seller sees it first."""
    if quote.status == QuoteStatus.DRAFT:
        mark_sent(turn.session, quote.number, actor=turn.actor, channel="email", cause=turn.cause)
    elif quote.status == QuoteStatus.NEEDS_REVIEW:
        turn.reason = QueueReason.QUOTE_NEEDS_SELLER
    else:
        turn.reason = QueueReason.QUOTE_NEEDS_APPROVAL


def _accept(turn: Turn, customer: Customer, number: str, backorder: bool = False) -> None:
    """Accept quote `number` from the buyer's mail: the order, or the short-stock choice
    (bot.orders refuses a short line unless `backorder`: the buyer chose that option)."""
    quote = latest(turn.session, number)
    if quote is None or quote.customer_id != customer.customer_id:
        _problem(turn, "unknown_quote_number", QueueReason.UNKNOWN_QUOTE, number=number)
        return
    said = recognise(turn.text)  # "Aceptamos Q-…, OC 4500123": kept on the order, as in chat
    # or only in the subject ("RE: Cotización … [Q-…] - OC 4501777"), as buyers' ERPs write it
    subject = recognise(str(turn.message.payload.get("subject") or ""))
    # said with an acceptance answered by the short-stock choice: kept for the order after it
    po = said.po or subject.po or turn.data.get("mail_po")
    delivery = said.delivery or turn.data.get("mail_delivery")
    try:
        accepted = accept_quote(turn.session, number, now=turn.now, rules=turn.services.rules,
                                actor=turn.actor, cause=turn.cause, purchase_order=po,
                                delivery_note=delivery, backorder=backorder)  # fmt: skip
    except OutOfStock as exc:  # nothing was ordered or held (bot.orders)
        if quote is not None and _offer_short(turn, quote):
            turn.data["mail_po"], turn.data["mail_delivery"] = po, delivery
            return
        turn.replies.append(
            Reply(turn.wording.render_mail("short", turn.language, short=exc.lines()))
        )
        turn.reason = QueueReason.ACCEPTANCE_SHORT
        return
    except QuoteError as exc:
        # said in the buyer's words, never the seller-facing message
        reason = turn.wording.phrase(f"refused_{exc.code}", turn.language, **exc.facts)
        turn.replies.append(
            Reply(turn.wording.render_mail("problem", turn.language, reason=reason))
        )
        turn.reason = QueueReason.ACCEPTANCE_FAILED
        return
    for key in ("mail_short", "mail_short_options", "mail_po", "mail_delivery"):
        turn.data.pop(key, None)
    order = accepted.order
    reasons = [
        explain(turn.wording, r, turn.language, order.currency) for r in accepted.hold_reasons
    ]
    audit.record(turn.session, f"conversation:{turn.conversation.id}", "order_by_mail",
                 turn.actor, turn.cause, order=order.number)  # fmt: skip
    view = order_view(order, reasons, number, turn.session,  # what ships now, what comes later
                      lambda sku, name: cart.name_of(turn, cart.product_of(turn, sku)) or name)
    text = turn.wording.render_mail("order", turn.language, **view)
    turn.replies.append(Reply(text))
    if order.status == OrderStatus.PENDING_APPROVAL:
        turn.reason = QueueReason.ORDER_NEEDS_APPROVAL
    if order.status == OrderStatus.CONFIRMED:
        turn.jobs.append(EXPORT_ORDER.later(order.id or 0))


# --- short stock by mail -------------------------------------------------------------------
def _offer_short(turn: Turn, quote: Quote) -> bool:
    """The chat's short-stock choice, in a mail: what is short, what one warehouse ships
    now, the rest back-ordered with its ETA, the substitute, a seller — each option with
    the words to reply with. Nothing is ordered until the buyer answers in the thread.
    False when there is nothing to offer (nothing ships, no date, no substitute)."""
    lines = [ln for ln in lines_of(turn.session, quote) if ln.sku and ln.unit_price is not None]
    short = ordering.short_facts(turn, [(ln.position, ln.sku or "", ln.quantity) for ln in lines])
    at = {s["position"]: s for s in short}
    now_total = sum(
        (money((ln.unit_price or Decimal(0)) * Decimal(at[ln.position]["now"]))
         if ln.position in at else (ln.line_total or Decimal(0)) for ln in lines),
        Decimal(0),
    )  # fmt: skip
    substitutes = [s["substitutes"][0] for s in short if s["substitutes"]]
    partial = now_total > 0 or any(s["eta"] for s in short)
    if not short or not (partial or substitutes):
        return False
    turn.data["mail_short"] = quote.number
    options = turn.data["mail_short_options"] = ordering.short_options(partial, bool(substitutes))
    text = turn.wording.render_mail(
        "short_choice", turn.language, number=quote.number, short=short, partial=partial,
        total=money_text(quote.total), partial_total=money_text(now_total),
        currency=quote.currency, substitutes=substitutes,
        numbers=ordering.option_numbers(options),
    )  # fmt: skip
    turn.replies.append(Reply(text, None, quote))  # the thread names the quote it answers
    return True


# Short-stock answers in a mail (bot/intents.csv), or the option's number after our offer.
_SHORT_PICKS = {IntentName.BACKORDER: "partial", IntentName.SUBSTITUTE: "substitute",
                IntentName.HUMAN: "seller"}  # fmt: skip


def _short_pick(turn: Turn, number: str) -> str | None:
    """The option the buyer's mail picks: "envíen lo disponible y el resto cuando
    llegue" (also said with the acceptance, before any offer), "the substitute", "un
    vendedor", or the bare number as our mail numbered the options — the last three
    only after our offer."""
    offered = turn.data.get("mail_short") == number
    for line in turn.text.splitlines()[: after_sale.MAIL_LINES]:
        said = recognise(line)
        pick = _SHORT_PICKS.get(said.name) if said.name else None
        if pick == "partial" or (offered and pick is not None):
            return pick
        if offered and said.name == IntentName.CHOOSE and len(said.numbers) == 1:
            chosen = ordering.short_pick(turn.data.get("mail_short_options"), said.numbers[0])
            if chosen is not None:
                return chosen
    return None


def _settle_short(turn: Turn, customer: Customer, number: str, pick: str) -> None:
    """partial: one order, what ships now and the rest back-ordered; substitute: a new
    version of the quote with the substitutes, to accept in the thread; seller: a
    seller writes."""
    if pick == "partial":
        _accept(turn, customer, number, backorder=True)
        return
    turn.data.pop("mail_short", None)
    quote = latest(turn.session, number)
    if pick == "substitute" and quote is not None and quote.customer_id == customer.customer_id:
        lines = [ln for ln in lines_of(turn.session, quote) if ln.sku]
        short = ordering.short_facts(turn, [(ln.position, ln.sku or "", ln.quantity)
                                            for ln in lines])  # fmt: skip
        changes = [LineChange(s["position"], sku=s["substitutes"][0]["sku"])
                   for s in short if s["substitutes"]]  # fmt: skip
        if changes:
            try:
                revised = revise(turn.session, number, changes, now=turn.now,
                                 rules=turn.services.rules, actor=turn.actor, cause=turn.cause,
                                 reason="substitute chosen by the buyer (short stock)")  # fmt: skip
            except QuoteError:
                revised = None
            if revised is not None:
                _send(turn, revised)
                text, html = quote_mail(turn.session, revised, turn.conversation, turn.wording,
                                        turn.services.link_for)  # fmt: skip
                turn.replies.append(Reply(text, html, revised))
                return
    _problem(turn, "short_to_seller", QueueReason.ACCEPTANCE_SHORT, number=number)


def _problem(turn: Turn, phrase: str, reason: QueueReason, **context: Any) -> None:
    """A mail saying what went wrong (templates/messages/<lang>/phrases/), for a seller too."""
    said = turn.wording.phrase(phrase, turn.language, **context)
    turn.replies.append(Reply(turn.wording.render_mail("problem", turn.language, reason=said)))
    turn.reason = reason


def quote_of_thread(session: Session, references: list[str]) -> str | None:
    """The quote our earlier mail in this thread carried, if the buyer replies to it."""
    from bot.models import Message

    if not references:
        return None
    ours = session.exec(
        select(Message)
        .where(col(Message.provider_sid).in_(references), Message.direction == "out")
        .order_by(col(Message.id).desc())
    ).first()
    if ours is None:
        return None
    number = ours.payload.get("quote")
    return str(number) if number else None
