"""Who holds a conversation: the bot, or one seller. One atomic change each way.

A take-over is a single conditional UPDATE (`owner = 'bot'` → the seller), so two
sellers clicking at the same moment cannot both win on any database; the bot
re-checks the owner before every send (workers.send) and so never talks over
the seller. Handing back returns the conversation to the bot's idle state.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Session, col

from bot import audit
from bot.db import begin_write
from bot.models import Conversation

BOT = "bot"


class HandoffError(RuntimeError):
    """The conversation cannot change hands as asked (held by someone else, or missing)."""


def subject_of(conversation_id: int) -> str:
    """The audit subject of a conversation."""
    return f"conversation:{conversation_id}"


def take_over(session: Session, conversation_id: int, seller: str, now: dt.datetime) -> None:
    """Make `seller` the owner; raises HandoffError when another person holds it."""
    begin_write(session)
    taken = session.execute(
        sa.update(Conversation)
        .where(col(Conversation.id) == conversation_id, col(Conversation.owner) == BOT)
        .values(owner=seller, updated_at=now)
    )
    if taken.rowcount == 0:  # type: ignore[attr-defined]
        owner = session.execute(
            sa.select(col(Conversation.owner)).where(col(Conversation.id) == conversation_id)
        ).scalar()
        if owner is None:
            raise HandoffError(f"no conversation {conversation_id}")
        if owner != seller:
            raise HandoffError(f"{owner} is already handling this conversation")
        return  # already ours: a second click changes nothing
    audit.record(session, subject_of(conversation_id), "taken_over", seller, None)


def hand_back(
    session: Session, conversation_id: int, seller: str, now: dt.datetime, *, force: bool = False
) -> None:
    """Give the conversation back to the bot, out of the queue and idle.

    Only its holder may hand it back, or a manager (`force`) for a seller who left.
    """
    begin_write(session)
    held_by = col(Conversation.owner) != BOT if force else col(Conversation.owner) == seller
    returned = session.execute(
        sa.update(Conversation)
        .where(col(Conversation.id) == conversation_id, held_by)
        .values(owner=BOT, state="idle", attention=None, attention_since=None, failures=0,
                updated_at=now)
    )  # fmt: skip
    if returned.rowcount == 0:  # type: ignore[attr-defined]
        raise HandoffError("only the seller holding this conversation can hand it back")
    audit.record(session, subject_of(conversation_id), "handed_back", seller, None)


def resolve(session: Session, conversation_id: int, actor: str, now: dt.datetime) -> None:
    """Take a conversation the bot holds out of the queue (its problem was dealt with)."""
    begin_write(session)
    cleared = session.execute(
        sa.update(Conversation)
        .where(col(Conversation.id) == conversation_id, col(Conversation.owner) == BOT)
        .values(state="idle", attention=None, attention_since=None, failures=0, updated_at=now)
    )
    if cleared.rowcount == 0:  # type: ignore[attr-defined]
        raise HandoffError("a seller holds this conversation: hand it back instead")
    audit.record(session, subject_of(conversation_id), "resolved", actor, None)
