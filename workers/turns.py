"""Handling inbound messages: one conversation at a time, in order, exactly once."""

from __future__ import annotations

from sqlmodel import col, select

from bot.clock import utcnow
from bot.config import TEMPLATES
from bot.db import get_engine, session_scope
from bot.documents import link_for
from bot.jobs import enqueue
from bot.matching.service import current_index
from bot.models import Conversation, Customer, Message
from bot.quotes import Rules
from flows.sales import Turn, handle
from flows.wording import Wording
from workers.app import job_app


def handle_inbound(message_id: int) -> int:
    """Handle `message_id` (and any earlier unhandled message of its conversation).

    The conversation row is locked for the whole turn, so two workers never answer
    the same conversation at once; a message already handled is skipped, so a re-run
    job changes nothing. Returns how many replies were queued.
    """
    app = job_app()
    queued: list[int] = []
    jobs: list[tuple[str, int]] = []
    with app.app_context():
        index = current_index()  # built before the write lock is taken
        wording = Wording(TEMPLATES, app.config["COMPANY_NAME"])
        with session_scope(get_engine(), write=True) as session:
            first = session.get(Message, message_id)
            if first is None:
                return 0
            conversation = session.get(Conversation, first.conversation_id, with_for_update=True)
            assert conversation is not None
            pending = session.exec(
                select(Message)
                .where(
                    Message.conversation_id == conversation.id,
                    Message.direction == "in",
                    Message.status == "received",
                    col(Message.id) <= message_id,
                )
                .order_by(col(Message.id))
            ).all()
            for message in pending:
                customer = (
                    session.get(Customer, conversation.customer_id)
                    if conversation.customer_id
                    else None
                )
                turn = Turn(
                    session=session,
                    conversation=conversation,
                    customer=customer,
                    text=message.body,
                    now=utcnow(),
                    rules=Rules.from_config(app.config),
                    index=index,
                    wording=wording,
                    link_for=lambda q: link_for(app, q),
                    actor=f"customer:{conversation.customer_id or conversation.address}",
                    cause=f"message:{message.id}",
                )
                handle(turn)
                for seq, text in enumerate(turn.replies):
                    reply = Message(
                        conversation_id=conversation.id or 0,
                        direction="out",
                        author="bot",
                        body=text,
                        status="queued",
                        in_reply_to=message.id,
                        reply_seq=seq,
                        created_at=utcnow(),
                    )
                    session.add(reply)
                    session.flush()
                    queued.append(reply.id or 0)
                jobs.extend(turn.jobs)
                message.status = "processed"
                session.add(message)
            conversation.updated_at = utcnow()
            session.add(conversation)
        for reply_id in queued:
            enqueue(app, "workers.send.send_message", reply_id)
        for path, argument in jobs:  # e.g. the ERP export of an order confirmed in the chat
            enqueue(app, path, argument)
    return len(queued)
