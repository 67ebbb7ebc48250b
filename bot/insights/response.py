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

Each turn's answer, each quote's first sending and each escalation's end are worked
out when the summary is refreshed (`turns.py`, `timing.py`: `insight_turns`, `insight_waits`,
`insight_quotes.minutes_to_quote`, counted in the refresh's BUSINESS_HOURS). With the dates
alone, a read counts each kind from the summary's weeks (`insight_turn_weeks`,
`insight_quote_weeks`: whole weeks there, the part-weeks' rows counted) and reads each
median's middle values in order (`by_kind`: the summary's partial indexes per kind hold
them sorted, so a year's answers are not sorted on each read); under a seller,
channel, customer or family filter, one grouped query per figure with its medians in
SQL (PostgreSQL's `percentile_cont`; on SQLite, which has none, the values are read and
`statistics.median` takes them). Both are exact.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.insights.scope import (
    Filters,
    part_weeks,
    quote_group_rows,
    quotes_source,
    whole_weeks,
)
from bot.insights.sql import median
from bot.insights.timing import NOT_A_PERSON, is_person, minutes, person_sql
from bot.insights.turns import CONVERSATION, QUEUE_ENDS
from bot.insights.weeks import turn_groups
from bot.models import Conversation, Customer
from bot.models.insights import InsightTurn, InsightTurnWeek, InsightWait

__all__ = ["CONVERSATION", "NOT_A_PERSON", "QUEUE_ENDS", "is_person", "minutes"]


def stats(values: Iterable[float]) -> dict[str, Any]:
    """How many, and their median in minutes (2 places; None when there are none)."""
    found = sorted(values)
    median = round(statistics.median(found), 2) if found else None
    return {"count": len(found), "median_minutes": median}


def grouped(
    session: Session,
    table: Any,
    key: Any,
    value: Any,
    where: list[Any],
    kinds: tuple[str, ...] = (),
) -> dict[Any, dict[str, Any]]:
    """Per value of `key`: how many rows, and the median of `value` over the rows that
    have one (minutes, 2 places; None when none has).

    `kinds`: every value `key` can take, when few. On PostgreSQL each is then counted
    and its median taken with `FILTER` in one pass, instead of sorting every row by its
    key before sorting each group's values again (~270,000 turns a year).
    """
    over = median(session.get_bind().dialect.name, value)
    if over is not None and kinds:
        # Each row's key worked out once (OFFSET 0: the subquery is not merged into the
        # aggregates, which would work it out again for each of them).
        keyed: Any = (
            sa.select(key.label("key"), value.label("value"))
            .select_from(table)
            .where(*where)
            .offset(0)
            .subquery("keyed")
        )
        each: Any = median("postgresql", keyed.c.value)
        found = session.execute(
            sa.select(
                *(
                    aggregate.filter(keyed.c.key == kind)
                    for kind in kinds
                    for aggregate in (sa.func.count(), each)
                )
            )
        ).one()
        return {
            kind: {"count": int(n), "median_minutes": None if m is None else round(float(m), 2)}
            for kind, n, m in zip(kinds, found[::2], found[1::2], strict=True)
            if n
        }
    if over is not None:
        rows = session.execute(
            sa.select(key, sa.func.count(), over).select_from(table).where(*where).group_by(key)
        )
        return {
            k: {"count": int(n), "median_minutes": None if m is None else round(float(m), 2)}
            for k, n, m in rows
        }
    values: dict[Any, list[float | None]] = {}
    for k, v in session.execute(sa.select(key, value).select_from(table).where(*where)):
        values.setdefault(k, []).append(v)
    return {
        k: {
            "count": len(v),
            "median_minutes": stats(x for x in v if x is not None)["median_minutes"],
        }
        for k, v in values.items()
    }


def by_kind(
    session: Session,
    table: Any,
    where: list[Any],
    value: Any,
    kinds: dict[str, Any],
    counted: dict[str, tuple[int, int]] | None = None,
) -> dict[str, dict[str, Any]]:
    """Per kind (a condition on the rows of `table` meeting `where`): how many rows,
    and the median of `value` over the ones that have one (minutes, 2 places; None
    when none has).

    The counts come from one pass, or from `counted` (per kind: rows, rows with a
    value; the summary's weeks count them); each median is its middle values read in
    order (`_middle`), which the summary's partial indexes on (minutes, time) of each
    kind give without sorting: with the dates alone, a year's ~250,000 bot answers are
    not sorted on each read. Exact, as `statistics.median` of all the values.
    """
    if counted is not None:
        return {
            kind: {
                "count": counted[kind][0],
                "median_minutes": _middle(
                    session, table, [*where, condition], value, counted[kind][1]
                ),
            }
            for kind, condition in kinds.items()
            if counted.get(kind, (0, 0))[0]
        }
    found = session.execute(
        sa.select(
            *(
                aggregate
                for condition in kinds.values()
                for aggregate in (
                    sa.func.count().filter(condition),
                    sa.func.count(value).filter(condition),
                )
            )
        )
        .select_from(table)
        .where(*where)
    ).one()
    return {
        kind: {
            "count": int(n),
            "median_minutes": _middle(session, table, [*where, condition], value, int(valued)),
        }
        for (kind, condition), n, valued in zip(kinds.items(), found[::2], found[1::2], strict=True)
        if n
    }


def _middle(session: Session, table: Any, where: list[Any], value: Any, n: int) -> float | None:
    """The median of the `n` values of `value` on the rows meeting `where`: the
    middle one, or the mean of the middle two (as `statistics.median`), 2 places."""
    if not n:
        return None
    low, high = (n - 1) // 2, n // 2
    middle = [
        float(v)
        for v in session.execute(
            sa.select(value)
            .select_from(table)
            .where(*where, value.is_not(None))
            .order_by(value)
            .offset(low)
            .limit(high - low + 1)
        ).scalars()
    ]
    return round((middle[0] + middle[-1]) / 2, 2)


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


def chats_scoped(filters: Filters) -> bool:
    """Whether the filters leave some conversations out (channel, customer, seller).

    When they do not, every chat is in scope (conversations are never deleted, and a
    message's conversation exists: a foreign key), so a year's turns, waits and
    takeovers are not joined with every conversation.
    """
    return bool(filters.channel or filters.customer or filters.seller)


def _turns(filters: Filters) -> tuple[Any, list[Any]]:
    """The summary's turns a customer opened in the range, in scope."""
    t: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    where = [t.c.asked_at >= filters.since, t.c.asked_at < filters.until]
    if chats_scoped(filters):
        where.append(t.c.conversation_id.in_(conversations_in_scope(filters)))
    return t, where


def _waits(filters: Filters) -> tuple[Any, list[Any]]:
    """The summary's escalations made in the range, in scope."""
    w: Any = InsightWait.__table__  # type: ignore[attr-defined]
    where = [w.c.at >= filters.since, w.c.at < filters.until]
    if chats_scoped(filters):
        where.append(w.c.conversation_id.in_(conversations_in_scope(filters)))
    return w, where


def _turn_counts(session: Session, filters: Filters) -> dict[str, tuple[int, int]]:
    """Every chat's turns in the range by kind of answer (`answer_kind`): how many, and
    how many have minutes. The range's whole weeks are the summary's counts per week
    (`InsightTurnWeek`) and only the turns of the part-weeks at its ends are counted (a
    year: ~150 rows instead of ~275,000 turns)."""
    t: Any = InsightTurn.__table__  # type: ignore[attr-defined]

    def counted(scope: Filters) -> Any:
        return turn_groups(t, [t.c.asked_at >= scope.since, t.c.asked_at < scope.until])

    first, last = whole_weeks(filters.start, filters.end)
    if first <= last:
        weeks: Any = InsightTurnWeek.__table__  # type: ignore[attr-defined]
        kept = sa.select(weeks.c.kind, weeks.c.turns, weeks.c.timed).where(
            weeks.c.week >= first, weeks.c.week <= last
        )
        both = sa.union_all(*(counted(p) for p in part_weeks(filters, first, last)), kept)
    else:
        both = counted(filters)
    groups = both.subquery("turn_groups")
    return {
        str(kind): (int(n), int(timed))
        for kind, n, timed in session.execute(
            sa.select(
                groups.c.kind, sa.func.sum(groups.c.turns), sa.func.sum(groups.c.timed)
            ).group_by(groups.c.kind)
        )
    }


def first_answer(session: Session, filters: Filters) -> dict[str, Any]:
    """Time to first answer, bot vs seller (see the module's definition)."""
    t, where = _turns(filters)
    if chats_scoped(filters):
        kind = sa.case(
            (t.c.answered_at.is_(None), "unanswered"),
            (person_sql(t.c.answered_by), "seller"),
            else_="bot",
        )
        found = grouped(session, t, kind, t.c.minutes, where, ("unanswered", "seller", "bot"))
    else:
        answered = t.c.answered_at.is_not(None)
        by_person = person_sql(t.c.answered_by)
        found = by_kind(session, t, where, t.c.minutes, {
            "unanswered": t.c.answered_at.is_(None),
            "seller": sa.and_(answered, by_person),
            "bot": sa.and_(answered, sa.not_(by_person)),
        }, _turn_counts(session, filters))  # fmt: skip
    none = stats([])
    return {
        "bot": found.get("bot", none),
        "seller": found.get("seller", none),
        "unanswered": found.get("unanswered", none)["count"],
    }


def first_answers_by_person(session: Session, filters: Filters) -> dict[str, dict[str, Any]]:
    """Per person (lower case): the first answers they gave and their median minutes."""
    t, where = _turns(filters)
    who = sa.func.lower(t.c.answered_by)
    # Answered (as a person's answer always is): the people's index on answers holds them.
    answered = [t.c.answered_at.is_not(None), person_sql(t.c.answered_by)]
    return grouped(session, t, who, t.c.minutes, [*where, *answered])


def quote_times(
    session: Session, filters: Filters, groups: list[Any] | None = None
) -> dict[str, Any]:
    """Time to quote, bot vs seller (see the module's definition). With the dates
    alone, the counts come from the quotes' groups (`quote_group_rows`; read here
    unless given)."""
    q = quotes_source(filters)
    if filters.dates_only:
        sent, by_person = q.c.sent_at.is_not(None), person_sql(q.c.sent_by)
        counted: dict[str, tuple[int, int]] = {}
        for g in quote_group_rows(session, filters) if groups is None else groups:
            n, timed = counted.get(g.sending, (0, 0))
            counted[g.sending] = (n + int(g.quotes), timed + int(g.timed))
        found = by_kind(session, q, [], q.c.minutes_to_quote, {
            "not_sent": q.c.sent_at.is_(None),
            "seller": sa.and_(sent, by_person),
            "bot": sa.and_(sent, sa.not_(by_person)),
        }, counted)  # fmt: skip
    else:
        kind = sa.case(
            (q.c.sent_at.is_(None), "not_sent"), (person_sql(q.c.sent_by), "seller"), else_="bot"
        )
        found = grouped(session, q, kind, q.c.minutes_to_quote, [], ("not_sent", "seller", "bot"))
    none = stats([])
    return {
        "bot": found.get("bot", none),
        "seller": found.get("seller", none),
        "not_sent": found.get("not_sent", none)["count"],
    }


def to_quote(minutes_to_quote: float | None) -> float | None:
    """A quote's minutes from version 1 to its first sending, 2 places (quotes.csv)."""
    return None if minutes_to_quote is None else round(minutes_to_quote, 2)


def queue_wait(session: Session, filters: Filters) -> dict[str, Any]:
    """Escalations made in the range, still waiting, and the median wait of the others."""
    w, where = _waits(filters)
    found = by_kind(session, w, where, w.c.minutes, {
        "waiting": w.c.ended_at.is_(None), "ended": w.c.ended_at.is_not(None),
    })  # fmt: skip
    none = stats([])
    ended, waiting = found.get("ended", none), found.get("waiting", none)["count"]
    return {"escalations": ended["count"] + waiting, "waiting": waiting, **ended}


def queue_picked_by_person(session: Session, filters: Filters) -> dict[str, dict[str, Any]]:
    """Per person (lower case): the escalations they ended and their median wait."""
    w, where = _waits(filters)
    who = sa.func.lower(w.c.ended_by)
    return grouped(session, w, who, w.c.minutes, [*where, person_sql(w.c.ended_by)])


def summary(
    session: Session, filters: Filters, groups: list[Any] | None = None
) -> dict[str, Any]:
    """The JSON's `response` object: first answer, time to quote, queue wait (`groups`:
    the quotes' groups, when already read)."""
    return {
        "business_hours": filters.hours.text if filters.hours else None,
        "first_answer": first_answer(session, filters),
        "time_to_quote": quote_times(session, filters, groups),
        "queue_wait": queue_wait(session, filters),
    }
