"""Jobs that tell a customer what a seller decided in the console.

The console commits the decision (a quote marked sent, an approval decided) and
queues one of these by name; each composes the message in the customer's language
(flows.notices), queues it once under a key naming the decision (so a re-run job
adds nothing), and hands it to the send job.
"""

from __future__ import annotations

from flask import Flask
from sqlmodel import Session, select

from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.documents import link_for
from bot.handoff import WAITING_FOR_APPROVAL, clear
from bot.jobs import enqueue
from bot.models import Approval, Conversation, Order, Quote
from bot.quotes import latest
from bot.replies import queue_message
from bot.statuses import Owner, SubjectKind
from bot.wording import wording_of
from flows.notices import Notice, decision_notice, order_notice, quote_notice
from workers.app import job_app
from workers.jobs import SEND_MESSAGE


def send_quote(quote_id: int, actor: str) -> int | None:
    """Send quote version `quote_id` to the conversation it came from; the message id."""
    app = job_app()
    with app.app_context(), session_scope(get_engine(), write=True) as session:
        quote = session.get(Quote, quote_id)
        conversation = _conversation_of(session, quote.conversation_id if quote else None)
        if quote is None or conversation is None:
            return None  # made outside a conversation (CLI, API): nobody to write to
        notice = quote_notice(
            session, quote, conversation, wording_of(app), lambda q: link_for(app, q)
        )
        message_id = _queue(app, session, conversation, notice, actor, f"quote:{quote.id}")
    if message_id:
        enqueue(app, SEND_MESSAGE, message_id)
    return message_id


def tell_decision(approval_id: int) -> int | None:
    """Tell the customer how approval `approval_id` was decided; the bot resumes the chat."""
    app = job_app()
    with app.app_context(), session_scope(get_engine(), write=True) as session:
        approval = session.get(Approval, approval_id)
        if approval is None or approval.status == "pending":
            return None
        if approval.kind == SubjectKind.ORDER:
            order = session.exec(select(Order).where(Order.number == approval.subject)).first()
            conversation_id = order.conversation_id if order else None
        else:
            quote = latest(session, approval.subject)
            conversation_id = quote.conversation_id if quote else None
        conversation = _conversation_of(session, conversation_id)
        if conversation is None:
            return None
        notice = decision_notice(
            session, approval, conversation, wording_of(app), lambda q: link_for(app, q)
        )
        author = approval.decided_by or "system"
        message_id = _queue(app, session, conversation, notice, author, f"approval:{approval.id}")
        if conversation.owner == Owner.BOT:
            clear(session, conversation, utcnow(), only=WAITING_FOR_APPROVAL, actor=author,
                  cause=f"approval:{approval.id}")  # fmt: skip
    if message_id:
        enqueue(app, SEND_MESSAGE, message_id)
    return message_id


def tell_order(order_id: int) -> int | None:
    """Tell the buyer about the order a seller placed for them (confirmed, or waiting),
    or cancelled; once per order and status."""
    app = job_app()
    with app.app_context(), session_scope(get_engine(), write=True) as session:
        order = session.get(Order, order_id)
        conversation = _conversation_of(session, order.conversation_id if order else None)
        if order is None or conversation is None:
            return None
        notice = order_notice(session, order, conversation, wording_of(app))
        message_id = _queue(app, session, conversation, notice, order.created_by,
                            f"order:{order.id}:{order.status}")  # fmt: skip
    if message_id:
        enqueue(app, SEND_MESSAGE, message_id)
    return message_id


def _conversation_of(session: Session, conversation_id: int | None) -> Conversation | None:
    return session.get(Conversation, conversation_id) if conversation_id else None


def _queue(
    app: Flask, session: Session, conversation: Conversation, notice: Notice, author: str, key: str
) -> int | None:
    message = queue_message(
        session, conversation, author=author, body=notice.text, now=utcnow(), key=key,
        mail_from=app.config.get("MAIL_FROM"), quote=notice.quote, html=notice.html,
    )  # fmt: skip
    return message.id if message else None
