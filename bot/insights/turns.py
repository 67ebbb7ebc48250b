"""The conversation rows of the summary (bot/insights/materialised.py): each turn a buyer opened
with its first answer (`insight_turns`), and each escalation with what ended it
(`insight_waits`), both worked out from the messages and the audit trail.

Why a module of its own: these rows come from the chats, not from quotes; they are redone when a
message or a `conversation:<id>` event arrives, and response.py reads them with the same subject
prefix and queue ends named here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.hours import BusinessHours
from bot.insights.timing import is_person, minutes
from bot.models import AuditEvent, Message
from bot.models.insights import InsightTurn, InsightWait

CONVERSATION = "conversation:"


QUEUE_ENDS = ("taken_over", "handed_back", "resolved", "cleared")


def conversation_of(subject: str) -> int | None:
    """The conversation id of a `conversation:<id>` subject (None for other subjects)."""
    rest = subject.removeprefix(CONVERSATION)
    return int(rest) if rest != subject and rest.isdigit() else None


def insert_turns(
    session: Session, hours: BusinessHours | None, conversations: list[int] | None
) -> None:
    """The turns of these conversations (all when None), each with its first answer.

    Messages in conversation order with their neighbours (window functions: one sort);
    a turn not answered by the very next message (the buyer wrote twice) looks for its
    answer with one index probe (ix_messages_conversation_created, row values).
    """
    window: dict[str, Any] = {
        "partition_by": col(Message.conversation_id),
        "order_by": (col(Message.created_at), col(Message.id)),
    }
    ordered: Any = sa.select(
        col(Message.id).label("id"),
        col(Message.conversation_id).label("conversation_id"),
        col(Message.direction).label("direction"),
        col(Message.created_at).label("at"),
        sa.func.lag(col(Message.direction)).over(**window).label("prev_direction"),
        sa.func.lead(col(Message.direction)).over(**window).label("next_direction"),
        sa.func.lead(col(Message.created_at)).over(**window).label("next_at"),
        sa.func.lead(col(Message.author)).over(**window).label("next_author"),
    )
    if conversations is not None:
        ordered = ordered.where(col(Message.conversation_id).in_(conversations))
    ordered = ordered.subquery("ordered")

    def answer(column: str) -> Any:
        r = Message.__table__.alias(f"r_{column}")  # type: ignore[attr-defined]
        return (
            sa.select(r.c[column])
            .where(
                r.c.conversation_id == ordered.c.conversation_id,
                r.c.direction == "out",
                sa.tuple_(r.c.created_at, r.c.id) > sa.tuple_(ordered.c.at, ordered.c.id),
            )
            .order_by(r.c.created_at, r.c.id)
            .limit(1)
            .scalar_subquery()
        )

    by_next = ordered.c.next_direction == "out"
    rows = session.execute(
        sa.select(
            ordered.c.id,
            ordered.c.conversation_id,
            ordered.c.at,
            sa.case((by_next, ordered.c.next_at), else_=answer("created_at")),
            sa.case((by_next, ordered.c.next_author), else_=answer("author")),
        ).where(
            ordered.c.direction == "in",
            sa.func.coalesce(ordered.c.prev_direction, "out") == "out",
        )
    )
    turns = [
        {
            "message_id": message_id,
            "conversation_id": conversation_id,
            "asked_at": asked,
            "answered_at": answered,
            "answered_by": author if answered is not None else None,
            "minutes": (
                minutes(hours, asked, answered, is_person(author)) if answered is not None else None
            ),
        }
        for message_id, conversation_id, asked, answered, author in rows
    ]
    turns.sort(key=lambda t: (t["asked_at"], t["message_id"]))
    table: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    for start in range(0, len(turns), 5000):
        session.execute(sa.insert(table), turns[start : start + 5000])


def insert_waits(
    session: Session, hours: BusinessHours | None, conversations: list[int] | None
) -> None:
    """The escalations of these conversations (all when None) and what ended each: the
    first of `QUEUE_ENDS` on the same conversation after it (business minutes)."""
    events: Any = sa.select(
        col(AuditEvent.id), col(AuditEvent.subject), col(AuditEvent.at), col(AuditEvent.actor),
        col(AuditEvent.event),
    ).where(col(AuditEvent.event).in_(("escalated", *QUEUE_ENDS)))  # fmt: skip
    if conversations is None:
        events = events.where(col(AuditEvent.subject).startswith(CONVERSATION))
    else:
        events = events.where(
            col(AuditEvent.subject).in_([f"{CONVERSATION}{c}" for c in conversations])
        )
    by_chat: dict[int, list[tuple[dt.datetime, int, str, str]]] = {}
    for event_id, subject, at, actor, event in session.execute(events):
        chat = conversation_of(subject)
        if chat is not None:
            by_chat.setdefault(chat, []).append((at, event_id, actor, event))
    waits = []
    for chat, found in by_chat.items():
        found.sort()
        for i, (at, event_id, _, event) in enumerate(found):
            if event != "escalated":
                continue
            end = next(((t, a) for t, _, a, e in found[i + 1 :] if e in QUEUE_ENDS), None)
            waits.append({
                "event_id": event_id,
                "conversation_id": chat,
                "at": at,
                "ended_at": end[0] if end else None,
                "ended_by": end[1] if end else None,
                "minutes": minutes(hours, at, end[0], True) if end else None,
            })  # fmt: skip
    waits.sort(key=lambda w: (w["at"], w["event_id"]))
    table: Any = InsightWait.__table__  # type: ignore[attr-defined]
    for start in range(0, len(waits), 5000):
        session.execute(sa.insert(table), waits[start : start + 5000])
