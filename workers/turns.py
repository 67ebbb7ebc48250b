"""The chat's turn job: load the conversation's waiting messages, run each turn, enqueue."""

from __future__ import annotations

from sqlmodel import col, select

from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.jobs import Later, enqueue_all
from bot.models import Conversation, Message
from bot.statuses import MessageStatus
from channels.typing import typing_later
from flows.pipeline import LOCK, run_turn
from flows.turn import Services
from workers.app import job_app


def handle_inbound(message_id: int) -> int:
    """Run the turn of `message_id`, and of any earlier message of its conversation still
    waiting, in order; returns how many jobs were queued (replies and their follow-ups).

    The conversation row stays locked for the whole transaction, so two workers never
    answer one conversation at once, and a re-run job finds nothing left to do.
    """
    app = job_app()
    jobs: list[Later] = []
    with app.app_context():
        services = Services.of(app)  # the catalog index is built before the write lock
        with session_scope(get_engine(), write=True) as session:
            first = session.get(Message, message_id)
            if first is None:
                return 0
            typing = typing_later(app.config, first)  # "typing…" if this takes over 1 s
            conversation = session.get(Conversation, first.conversation_id, with_for_update=LOCK)
            assert conversation is not None
            waiting = session.exec(
                select(Message)
                .where(
                    Message.conversation_id == conversation.id,
                    Message.direction == "in",
                    Message.status == MessageStatus.RECEIVED.value,
                    col(Message.id) <= message_id,
                )
                .order_by(col(Message.id))
            ).all()
            for message in waiting:
                jobs += run_turn(session, services, message, utcnow())
            if typing is not None:
                typing.cancel()
        enqueue_all(app, jobs)
    return len(jobs)
