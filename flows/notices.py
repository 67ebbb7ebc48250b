"""What the customer is told when a seller acts from the console: a quote a seller
completed and sent, an order a seller placed for them, or the outcome of an approval.

Each function returns the text (and, for mail, the HTML part and the quote to attach)
in the conversation's language and channel style, from the same views the bot's own
answers use; queuing and sending are the caller's (workers.notify).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, select

from bot.credit import Reason, explain
from bot.formatting import money_text
from bot.models import Approval, Conversation, Order, Quote
from bot.quotes import latest
from bot.statuses import ApprovalStatus, OrderStatus, SubjectKind
from bot.wording import Wording
from flows.views import order_view, quote_mail, quote_view


@dataclass(frozen=True)
class Notice:
    text: str
    html: str | None = None
    quote: Quote | None = None  # attached as PDF to a mail


def quote_notice(
    session: Session,
    quote: Quote,
    conversation: Conversation,
    wording: Wording,
    link_for: Callable[[Quote], str],
) -> Notice:
    """The quote as the customer receives it: in the chat with its link, or by mail with
    its lines and the PDF attached."""
    if conversation.channel == "email":
        text, html = quote_mail(session, quote, conversation, wording, link_for)
        return Notice(text, html, quote)
    view = quote_view(session, quote, conversation, wording, link_for)
    return Notice(wording.render("quote", conversation.language, **view), None, quote)


def decision_notice(
    session: Session,
    approval: Approval,
    conversation: Conversation,
    wording: Wording,
    link_for: Callable[[Quote], str],
) -> Notice:
    """The outcome of `approval` for the customer (an internal comment is never quoted)."""
    approved = approval.status == ApprovalStatus.APPROVED
    quote: Quote | None = None
    if approval.kind == SubjectKind.ORDER:
        order = session.exec(select(Order).where(Order.number == approval.subject)).one()
        context = {"kind": "order", "number": order.number, "currency": order.currency,
                   "total": money_text(order.total)}  # fmt: skip
    else:
        quote = latest(session, approval.subject)
        assert quote is not None
        if approved and conversation.channel == "email":
            return quote_notice(session, quote, conversation, wording, link_for)
        context = {"kind": "quote", "number": quote.number, "currency": quote.currency,
                   "total": money_text(quote.total), "valid_until": quote.valid_until.isoformat(),
                   "link": link_for(quote) if approved else ""}  # fmt: skip
        quote = quote if approved else None
    language = conversation.language
    if conversation.channel == "email":
        return Notice(wording.render_mail("decision", language, approved=approved, **context))
    return Notice(wording.render("decision", language, approved=approved, **context), None, quote)


CREDIT_CODES = {"blocked", "overdue", "over_limit"}


def order_notice(
    session: Session, order: Order, conversation: Conversation, wording: Wording
) -> Notice:
    """An order a seller placed for the buyer, as if they had accepted it themselves: the
    number and total, or why it waits (the credit reasons, in the buyer's words); or,
    once a seller cancelled it, that it will not ship."""
    quote = session.get(Quote, order.quote_id) if order.quote_id else None
    if order.status == OrderStatus.CANCELLED:
        facts = {"number": order.number, "currency": order.currency,
                 "total": money_text(order.total)}  # fmt: skip
        if conversation.channel == "email":
            return Notice(wording.render_mail("order_cancelled", conversation.language, **facts))
        return Notice(wording.render("order_cancelled", conversation.language, **facts))
    reasons: list[str] = []
    if order.status == OrderStatus.PENDING_APPROVAL:
        approval = session.exec(
            select(Approval).where(
                Approval.subject == order.number, Approval.status == ApprovalStatus.PENDING.value
            )
        ).first()
        for found in approval.reasons if approval else []:
            code = str(found.get("code"))
            if code in CREDIT_CODES:
                params = {k: v for k, v in found.items() if k != "code"}
                reasons.append(
                    explain(wording, Reason(code, params), conversation.language, order.currency)
                )
    context = order_view(order, reasons, quote.number if quote else None, session)
    if conversation.channel == "email":
        return Notice(wording.render_mail("order", conversation.language, **context))
    return Notice(wording.render("order", conversation.language, **context))
