"""The chat's turn job: load the conversation's waiting messages, run each turn, enqueue."""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select

from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.jobs import Later, enqueue, enqueue_all
from bot.matching.learning import stamp_columns, stamped
from bot.models import Conversation, Customer, Message
from bot.statuses import MessageStatus
from channels.typing import typing_later, wants_typing
from flows.pipeline import LOCK, run_turn
from flows.turn import Services
from workers.app import job_app
from workers.jobs import SEND_MESSAGE, SEND_REPLIES
from workers.send import send_replies

log = logging.getLogger(__name__)


def _locked_statement() -> Any:
    """A message's conversation, locked, with its customer (None for a guest)."""
    message_id: sa.BindParameter[int] = sa.bindparam("message_id")
    of_message = select(Message.conversation_id).where(col(Message.id) == message_id)
    return (
        select(Conversation, Customer)
        .join(Customer, col(Customer.customer_id) == col(Conversation.customer_id), isouter=True)
        .where(col(Conversation.id) == of_message.scalar_subquery())
        .with_for_update(of=Conversation, **LOCK)
        .execution_options(populate_existing=True)
    )


def _waiting_statement() -> Any:
    """A conversation's messages waiting up to a message, marked `processed`, returned,
    each with the stamp of the customer's learned references (bot/matching/learning.py):
    read here, once the conversation is locked, it is as new as the last turn's commit
    (the lock's statement may have taken its snapshot before that turn committed)."""
    return (
        sa.update(Message)
        .where(
            col(Message.conversation_id) == sa.bindparam("chat"),
            col(Message.direction) == "in",
            col(Message.status) == MessageStatus.RECEIVED.value,
            col(Message.id) <= sa.bindparam("up_to"),
        )
        .values(status=MessageStatus.PROCESSED.value)
        .returning(Message, *stamp_columns(sa.bindparam("customer_id")))
        .execution_options(populate_existing=True, synchronize_session=False)
    )


# Built once, bound at each turn (building them cost about as much as running them).
_LOCKED = _locked_statement()
_WAITING = _waiting_statement()


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
            typing = None
            if wants_typing(app.config):  # "typing…" if this takes over 1 s, lock wait included
                first = session.get(Message, message_id)
                if first is None:
                    return 0
                typing = typing_later(app.config, first)
            # The conversation locked, with its customer, in one read (issue #19).
            found = session.execute(_LOCKED, {"message_id": message_id}).first()
            if found is None:
                return 0
            conversation = found[0]
            # The waiting messages, read and marked `processed` in one statement (as of
            # the lock: run_turn trusts them; the rest of the turn commits with it).
            rows = session.execute(_WAITING, {"chat": conversation.id, "up_to": message_id,
                                              "customer_id": conversation.customer_id}).all()
            waiting = [row[0] for row in rows]
            if rows and conversation.customer_id is not None:  # its learned keys kept
                stamped(session, conversation.customer_id, tuple(rows[0][1:]))
            for message in sorted(waiting, key=lambda m: m.id or 0):
                jobs += run_turn(session, services, message, utcnow(), locked=conversation,
                                 taken=True)  # fmt: skip
            if typing is not None:
                typing.cancel()
        replies = [call.args[0] for call in jobs if call.job is SEND_MESSAGE]
        enqueue_all(app, [call for call in jobs if call.job is not SEND_MESSAGE])
        try:  # the replies go from this job, in order: no job (and no Redis trip) each
            send_replies(replies)
        except Exception:
            # Busy provider, or anything else: a job of their own retries them (RQ's
            # backoff); replies stay `queued`, so a dead Redis leaves them to the sweep.
            log.warning("replies %s not all sent: queued to retry", replies, exc_info=True)
            if app.config.get("REDIS_URL"):  # in-process, no backoff: the sweep retries
                enqueue(app, SEND_REPLIES, replies)
    return len(jobs)
