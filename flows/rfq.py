"""Answering RFQ mail: a quote for a new request, an order for an acceptance.

Email is a thread, not a chat: each mail gets one complete answer. The reply lists
every line with SKU, price and availability and names the lines a seller will
complete (never a wrong SKU stated with confidence); an acceptance in the thread
("aceptamos", "please proceed with Q-…") becomes an order, or the approval it needs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from bot import audit
from bot.credit import explain
from bot.handoff import QueueReason
from bot.matching.index import CatalogIndex
from bot.matching.matcher import match_line
from bot.matching.service import context_for
from bot.models import Conversation, Customer, Quote
from bot.orders import OutOfStock, accept_quote
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
from bot.serialize import quantity_text
from bot.statuses import OrderStatus, QuoteStatus
from flows.wording import Wording

ACCEPTANCE = re.compile(
    r"\b(?:aceptamos|acepto|aprobamos|aprobada|confirmamos|please proceed|we accept|accepted|"
    r"go ahead|proceed with)\b",
    re.I,
)
QUOTE_NUMBER = re.compile(r"\bQ-\d{4}-\d{5}\b", re.I)


@dataclass
class Reply:
    """What to send back: text, subject, and the quote to attach (number, version)."""

    text: str
    quote: tuple[str, int] | None = None
    html: str | None = None
    attention: QueueReason | None = None
    jobs: list[tuple[str, int]] = field(default_factory=list)


def answer(
    session: Session,
    *,
    conversation: Conversation,
    customer: Customer,
    text: str,
    lines: list[str],
    thread_quote: str | None,
    index: CatalogIndex,
    rules: Rules,
    wording: Wording,
    now: dt.datetime,
    actor: str,
    cause: str,
) -> Reply:
    """Decide the answer to one mail from `customer`."""
    language = conversation.language
    mentioned = QUOTE_NUMBER.search(text)
    quote_number = mentioned[0].upper() if mentioned else thread_quote
    if ACCEPTANCE.search(text) and quote_number and not lines:
        return _accept(
            session, conversation, customer, quote_number, rules, wording, now, actor, cause
        )
    if not lines:
        reason = {
            "es": "No encontramos artículos en su correo.",
            "en": "We could not find any items in your mail.",
        }[language]
        return Reply(
            wording.render_mail("problem", language, reason=reason),
            attention=QueueReason.MAIL_WITHOUT_ITEMS,
        )
    corrected = (
        _corrected(session, thread_quote, lines, index, customer, rules, now, actor, cause)
        if thread_quote
        else None
    )
    quote = corrected or create_quote(
        session,
        index,
        customer,
        lines,
        now=now,
        rules=rules,
        actor=actor,
        channel="email",
        cause=cause,
        conversation_id=conversation.id,
    )
    attention = None
    if quote.status == "draft":
        mark_sent(session, quote.number, actor=actor, channel="email", cause=cause)
    else:
        attention = (
            QueueReason.QUOTE_NEEDS_SELLER
            if quote.status == QuoteStatus.NEEDS_REVIEW
            else QueueReason.QUOTE_NEEDS_APPROVAL
        )
    text, html = quote_mail(session, quote, conversation, wording)
    return Reply(text, quote=(quote.number, quote.version), attention=attention, html=html)


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
    current = latest(session, number)
    if current is None or current.customer_id != customer.customer_id:
        return None
    if current.status not in (QuoteStatus.DRAFT, QuoteStatus.SENT, QuoteStatus.NEEDS_REVIEW):
        return None
    position_of = {line.sku: line.position for line in lines_of(session, current) if line.sku}
    quantity_at = {line.position: line.quantity for line in lines_of(session, current)}
    changes: dict[int, LineChange] = {}
    context = context_for(session, customer)
    for text in lines:
        result = match_line(index, text, customer.customer_id, context)
        position = position_of.get(result.sku or "")
        if result.decision != "auto" or position is None or position in changes:
            return None
        if result.line.quantity != quantity_at[position]:
            changes[position] = LineChange(position, quantity=result.line.quantity)
    if not changes:
        return None
    return revise(session, number, list(changes.values()), now=now, rules=rules, actor=actor,
                  cause=cause, reason="quantities corrected by the buyer")  # fmt: skip


def quote_mail(
    session: Session, quote: Quote, conversation: Conversation, wording: Wording
) -> tuple[str, str]:
    """The mail presenting `quote` (text and HTML): priced lines, and the open ones named."""
    language = conversation.language
    priced, open_lines = [], []
    for line in lines_of(session, quote):
        if line.status == "priced":
            priced.append(
                {
                    "sku": line.sku,
                    "name": line.name,
                    "qty": quantity_text(line.quantity),
                    "uom": line.uom or "",
                    "unit_price": f"{line.unit_price:,.2f}",
                    "line_total": f"{line.line_total:,.2f}",
                    "availability": _availability(wording, line, language),
                }
            )
        else:
            open_lines.append({"request": line.request_text})
    context = {
        "name": (conversation.contact_name or "").split(" ")[0] or None,
        "number": quote.number,
        "version": quote.version,
        "valid_until": quote.valid_until.isoformat(),
        "priced": priced,
        "open": open_lines,
        "currency": quote.currency,
        "total": f"{quote.total:,.2f}",
    }
    return (
        wording.render_mail("quote", language, **context),
        wording.render_mail_html("quote", language, **context),
    )


def _accept(
    session: Session,
    conversation: Conversation,
    customer: Customer,
    number: str,
    rules: Rules,
    wording: Wording,
    now: dt.datetime,
    actor: str,
    cause: str,
) -> Reply:
    language = conversation.language
    quote = latest(session, number)
    if quote is None or quote.customer_id != customer.customer_id:
        reason = {
            "es": f"No encontramos la cotización {number} en su cuenta.",
            "en": f"We could not find quote {number} on your account.",
        }[language]
        return Reply(
            wording.render_mail("problem", language, reason=reason),
            attention=QueueReason.UNKNOWN_QUOTE,
        )
    try:
        accepted = accept_quote(session, number, now=now, rules=rules, actor=actor, cause=cause)
    except OutOfStock as exc:  # nothing was ordered or held (bot.orders)
        return Reply(
            wording.render_mail("short", language, short=exc.lines()),
            attention="acceptance short of stock",
        )
    except QuoteError as exc:
        return Reply(
            wording.render_mail("problem", language, reason=str(exc)),
            attention=QueueReason.ACCEPTANCE_FAILED,
        )
    order = accepted.order
    reasons = [explain(r, language, order.currency) for r in accepted.hold_reasons]
    audit.record(
        session,
        f"conversation:{conversation.id}",
        "order_by_mail",
        actor,
        cause,
        order=order.number,
    )
    reply = Reply(
        wording.render_mail(
            "order",
            language,
            status=order.status,
            number=order.number,
            quote=number,
            currency=order.currency,
            total=f"{order.total:,.2f}",
            reasons=reasons,
        ),
        attention=QueueReason.ORDER_NEEDS_APPROVAL
        if order.status == OrderStatus.PENDING_APPROVAL
        else None,
    )
    if order.status == "confirmed":
        reply.jobs.append(("workers.export.export_order", order.id or 0))
    return reply


def _availability(wording: Wording, line: Any, language: str) -> str:
    """The same availability sentence the chat uses (templates/messages/*/availability.txt)."""
    view = {"status": line.dispatch or "short", "ship_from": line.warehouse,
            "dispatch_date": line.eta, "available_now": quantity_text(line.available or Decimal(0)),
            "incoming": "", "incoming_eta": None if line.dispatch != "short" else line.eta,
            "substitutes": []}  # fmt: skip
    return wording.render("availability", language, a=view)


def customer_for_address(session: Session, address: str) -> tuple[Customer | None, str | None]:
    """The customer a sender buys for: a contact's email, else a contact's domain."""
    from bot.models import Contact

    address = address.lower()
    contact = session.exec(select(Contact).where(Contact.email == address)).first()
    if contact is not None:
        return session.get(Customer, contact.customer_id), contact.name
    domain = address.rsplit("@", 1)[-1]
    by_domain = session.exec(select(Contact).where(col(Contact.email).like(f"%@{domain}"))).first()
    if by_domain is not None:
        return session.get(Customer, by_domain.customer_id), None
    return None, None


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
