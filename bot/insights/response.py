"""How fast the customer hears back, and who carries the queue (SPEC.md, "Commercial insights").

Times are minutes. A wait a **person** answered counts business hours only
(`BUSINESS_HOURS`, bot/hours.py: a buyer who wrote on Friday night has not waited all
weekend for a seller); a wait the **bot** answered counts wall-clock time (it never
sleeps). Unset BUSINESS_HOURS counts every wait in wall-clock time.

* **First answer**: each customer message that opens a turn (the first message of the
  conversation, or the first inbound one after an outbound one) and the first message
  out of that conversation after it: `bot` when the bot wrote it, `seller` when a
  person did. Customer messages written in the range; `unanswered` counts the turns
  nobody answered yet.
* **Time to quote**: a quote in scope (day of its version 1 in the range) from its
  version 1 to its first `sent` event; `bot` when the bot sent it in a buyer's turn
  (actor `bot`, `system` or `customer:…`), `seller` when a person sent it (from the
  console, after completing its open lines or an approval). `not_sent` counts the rest.
* **Queue wait**: each escalation (a conversation put in the sellers' queue, audit
  event `escalated`) made in the range, until it left the queue: taken over, handed
  back, resolved or cleared (also when an approval was decided and the bot took it
  back). `waiting` counts the ones still in the queue; the median is over the others.
  The person who ended the wait (taken over, resolved...) is credited with it in the
  workload.

Conversations are scoped like quotes: their customer (`seller`, `customer`) and their
channel; the family filter does not apply to chats.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.hours import BusinessHours, waited
from bot.insights.scope import Filters, quotes_source
from bot.models import AuditEvent, Conversation, Customer, Message

CONVERSATION = "conversation:"
QUEUE_ENDS = ("taken_over", "handed_back", "resolved", "cleared")
NOT_A_PERSON = ("bot", "system")


def is_person(actor: str | None) -> bool:
    """A seller or manager (an email), not the bot, the system or a customer."""
    return bool(actor) and actor not in NOT_A_PERSON and not str(actor).startswith("customer:")


def minutes(
    hours: BusinessHours | None, start: dt.datetime, end: dt.datetime, person: bool
) -> float:
    """Minutes from `start` to `end`: business hours for a person, wall clock for the bot."""
    spent = waited(hours, start, end) if person else max(end - start, dt.timedelta(0))
    return spent.total_seconds() / 60


def stats(values: Iterable[float]) -> dict[str, Any]:
    """How many, and their median in minutes (2 places; None when there are none)."""
    found = sorted(values)
    median = round(statistics.median(found), 2) if found else None
    return {"count": len(found), "median_minutes": median}


def conversations_in_scope(filters: Filters) -> Any:
    """The conversations in scope (channel, customer, seller), as a subquery of ids."""
    query: Any = sa.select(col(Conversation.id).label("id"))
    if filters.channel:
        query = query.where(col(Conversation.channel) == filters.channel)
    if filters.customer:
        query = query.where(col(Conversation.customer_id) == filters.customer)
    if filters.seller:
        mine = sa.select(col(Customer.customer_id)).where(
            sa.func.lower(col(Customer.seller_email)) == filters.seller.lower()
        )
        query = query.where(col(Conversation.customer_id).in_(mine))
    return query


def _once(session: Session, name: str, filters: Filters, compute: Any) -> Any:
    """`compute()` once per session and filters: the summary and the workload both read
    the turns and the escalations; a request's session sees one state of the data."""
    memo = session.info.setdefault("insights.response", {})
    if (name, filters) not in memo:
        memo[(name, filters)] = compute()
    return memo[(name, filters)]


def answers(
    session: Session, filters: Filters
) -> list[tuple[dt.datetime, dt.datetime | None, str | None]]:
    """(asked at, answered at, by whom) of each turn a customer opened in the range."""
    found: list[tuple[dt.datetime, dt.datetime | None, str | None]] = _once(
        session, "answers", filters, lambda: _answers(session, filters)
    )
    return found


def _answers(
    session: Session, filters: Filters
) -> list[tuple[dt.datetime, dt.datetime | None, str | None]]:
    """The messages of the range in conversation order, each with its neighbours (window
    functions: one sort, no lookups); only a conversation's first message of the range
    (its previous one is older) and a turn not answered by the very next message (the
    buyer wrote twice, or the answer came after the range) look further, one index probe
    each (ix_messages_conversation_created, row values)."""
    window: dict[str, Any] = {
        "partition_by": col(Message.conversation_id),
        "order_by": (col(Message.created_at), col(Message.id)),
    }
    ranged = (
        sa.select(
            col(Message.id).label("id"),
            col(Message.conversation_id).label("conversation_id"),
            col(Message.direction).label("direction"),
            col(Message.created_at).label("at"),
            sa.func.lag(col(Message.direction)).over(**window).label("prev_direction"),
            sa.func.lead(col(Message.direction)).over(**window).label("next_direction"),
            sa.func.lead(col(Message.created_at)).over(**window).label("next_at"),
            sa.func.lead(col(Message.author)).over(**window).label("next_author"),
        )
        .where(
            col(Message.created_at) >= filters.since,
            col(Message.created_at) < filters.until,
            col(Message.conversation_id).in_(conversations_in_scope(filters)),
        )
        .subquery("ranged")
    )
    m = Message.__table__.alias("m")  # type: ignore[attr-defined]
    previous = (
        sa.select(m.c.direction)
        .where(
            m.c.conversation_id == ranged.c.conversation_id,
            sa.tuple_(m.c.created_at, m.c.id) < sa.tuple_(ranged.c.at, ranged.c.id),
        )
        .order_by(m.c.created_at.desc(), m.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )

    def answer(column: str) -> Any:
        r = Message.__table__.alias(f"r_{column}")  # type: ignore[attr-defined]
        return (
            sa.select(r.c[column])
            .where(
                r.c.conversation_id == ranged.c.conversation_id,
                r.c.direction == "out",
                sa.tuple_(r.c.created_at, r.c.id) > sa.tuple_(ranged.c.at, ranged.c.id),
            )
            .order_by(r.c.created_at, r.c.id)
            .limit(1)
            .scalar_subquery()
        )

    by_next = ranged.c.next_direction == "out"
    rows = session.execute(
        sa.select(
            ranged.c.at,
            sa.case((by_next, ranged.c.next_at), else_=answer("created_at")),
            sa.case((by_next, ranged.c.next_author), else_=answer("author")),
        ).where(
            ranged.c.direction == "in",
            # COALESCE stops at the first value: the probe runs only without a neighbour.
            sa.func.coalesce(ranged.c.prev_direction, previous, "out") == "out",
        )
    ).all()
    return [(at, answered, author) for at, answered, author in rows]


def first_answer(session: Session, filters: Filters) -> dict[str, Any]:
    """Time to first answer, bot vs seller (see the module's definition)."""
    hours = filters.hours
    bot: list[float] = []
    seller: list[float] = []
    unanswered = 0
    for asked, answered, author in answers(session, filters):
        if answered is None:
            unanswered += 1
        elif is_person(author):
            seller.append(minutes(hours, asked, answered, True))
        else:
            bot.append(minutes(hours, asked, answered, False))
    return {"bot": stats(bot), "seller": stats(seller), "unanswered": unanswered}


def quote_times(session: Session, filters: Filters) -> dict[str, Any]:
    """Time to quote, bot vs seller (see the module's definition)."""
    hours = filters.hours
    q = quotes_source(filters)
    bot: list[float] = []
    seller: list[float] = []
    not_sent = 0
    for first_at, sent_at, sent_by in session.execute(
        sa.select(q.c.first_at, q.c.sent_at, q.c.sent_by)
    ):
        if sent_at is None:
            not_sent += 1
        elif is_person(sent_by):
            seller.append(minutes(hours, first_at, sent_at, True))
        else:
            bot.append(minutes(hours, first_at, sent_at, False))
    return {"bot": stats(bot), "seller": stats(seller), "not_sent": not_sent}


def to_quote(hours: BusinessHours | None, row: dict[str, Any]) -> float | None:
    """Minutes from a quote's version 1 to its first sending (a quotes.csv column)."""
    if row.get("sent_at") is None:
        return None
    return round(minutes(hours, row["created_at"], row["sent_at"], is_person(row["sent_by"])), 2)


def escalations(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Each escalation made in the range in scope: when, why, how long it waited, who ended it."""
    found: list[dict[str, Any]] = _once(
        session, "escalations", filters, lambda: _escalations(session, filters)
    )
    return found


def _escalations(session: Session, filters: Filters) -> list[dict[str, Any]]:
    hours = filters.hours
    started = session.execute(
        sa.select(
            col(AuditEvent.id), col(AuditEvent.subject), col(AuditEvent.at), col(AuditEvent.data)
        )
        .where(
            col(AuditEvent.event) == "escalated",
            col(AuditEvent.at) >= filters.since,
            col(AuditEvent.at) < filters.until,
            col(AuditEvent.subject).startswith(CONVERSATION),
        )
        .order_by(col(AuditEvent.at), col(AuditEvent.id))
    ).all()
    if not started:
        return []
    subjects = sorted({s for _, s, _, _ in started})
    in_scope = scoped_subjects(session, filters, subjects)
    ends: dict[str, list[tuple[dt.datetime, int, str]]] = {}
    for chunk in _chunks(subjects):
        for subject, at, event_id, actor in session.execute(
            sa.select(col(AuditEvent.subject), col(AuditEvent.at), col(AuditEvent.id),
                      col(AuditEvent.actor))
            .where(
                col(AuditEvent.subject).in_(chunk),
                col(AuditEvent.event).in_(QUEUE_ENDS),
                col(AuditEvent.at) >= filters.since,
            )
            .order_by(col(AuditEvent.at), col(AuditEvent.id))
        ):  # fmt: skip
            ends.setdefault(subject, []).append((at, event_id, actor))
    found = []
    for event_id, subject, at, data in started:
        if subject not in in_scope:
            continue
        end = next(((t, a) for t, i, a in ends.get(subject, []) if (t, i) > (at, event_id)), None)
        found.append({
            "subject": subject,
            "reason": (data or {}).get("reason"),
            "at": at,
            "ended_at": end[0] if end else None,
            "ended_by": end[1] if end else None,
            "minutes": minutes(hours, at, end[0], True) if end else None,
        })  # fmt: skip
    return found


def queue_wait(session: Session, filters: Filters) -> dict[str, Any]:
    """Escalations made in the range, still waiting, and the median wait of the others."""
    waits = escalations(session, filters)
    ended = [w["minutes"] for w in waits if w["minutes"] is not None]
    return {
        "escalations": len(waits),
        "waiting": len(waits) - len(ended),
        **stats(ended),
    }


def scoped_subjects(session: Session, filters: Filters, subjects: list[str]) -> set[str]:
    """The `conversation:<id>` subjects whose conversation is in scope."""
    ids = [
        int(s.removeprefix(CONVERSATION))
        for s in subjects
        if s.removeprefix(CONVERSATION).isdigit()
    ]
    kept: set[str] = set()
    scope = conversations_in_scope(filters)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        kept |= {
            f"{CONVERSATION}{i}"
            for (i,) in session.execute(scope.where(col(Conversation.id).in_(chunk)))
        }
    return kept


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), 500):
        yield items[start : start + 500]


def summary(session: Session, filters: Filters) -> dict[str, Any]:
    """The JSON's `response` object: first answer, time to quote, queue wait."""
    return {
        "business_hours": filters.hours.text if filters.hours else None,
        "first_answer": first_answer(session, filters),
        "time_to_quote": quote_times(session, filters),
        "queue_wait": queue_wait(session, filters),
    }
