"""How long a person took, as the summary counts it (bot/insights/materialised.py): who is a
person (a seller or manager, never the bot, the system or a buyer), minutes in business hours for
a person and wall clock for the bot, and the counting again of every timed row when the business
hours change.

Why a module of its own: the summary's quotes, turns and waits and the response figures
(response.py) all ask "was this a person, and how long in their hours?"; the answer is one rule
and lives once, apart from the refresh that decides when to count.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from bot.hours import BusinessHours, waited
from bot.models.insights import InsightQuote, InsightTurn, InsightWait

NOT_A_PERSON = ("bot", "system")


def is_person(actor: str | None) -> bool:
    """A seller or manager (an email), not the bot, the system or a customer."""
    return bool(actor) and actor not in NOT_A_PERSON and not str(actor).startswith("customer:")


def person_sql(actor: Any) -> Any:
    """`is_person` as a SQL condition on an actor or author column."""
    return sa.and_(
        actor.is_not(None),
        actor != "",
        actor.not_in(NOT_A_PERSON),
        sa.func.substr(actor, 1, 9) != "customer:",
    )


def minutes(
    hours: BusinessHours | None, start: dt.datetime, end: dt.datetime, person: bool
) -> float:
    """Minutes from `start` to `end`: business hours for a person, wall clock for the bot."""
    spent = waited(hours, start, end) if person else max(end - start, dt.timedelta(0))
    return spent.total_seconds() / 60


def count_again(
    session: Session,
    hours: BusinessHours | None,
    table: Any,
    columns: tuple[str, str, str, str],
    where: Any,
) -> None:
    """Count a person's waits in `hours`: `columns` are the row's key, its start, its end
    and the minutes to write."""
    key, start, end, spent = (table.c[name] for name in columns)
    rows = [
        {"k": k, "m": minutes(hours, a, b, True)}
        for k, a, b in session.execute(sa.select(key, start, end).where(end.is_not(None), where))
    ]
    statement = sa.update(table).where(key == sa.bindparam("k")).values({spent: sa.bindparam("m")})
    for first in range(0, len(rows), 5000):
        session.execute(statement, rows[first : first + 5000])


QUOTE_MINUTES = ("number", "first_at", "sent_at", "minutes_to_quote")


TURN_MINUTES = ("message_id", "asked_at", "answered_at", "minutes")


WAIT_MINUTES = ("event_id", "at", "ended_at", "minutes")


def quote_minutes(
    session: Session, hours: BusinessHours | None, numbers: list[str] | None
) -> None:
    """A person's sendings counted in business hours (the insert counted wall clock)."""
    if hours is None:
        return
    table: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    where = person_sql(table.c.sent_by)
    if numbers is not None:
        where = sa.and_(where, table.c.number.in_(numbers))
    count_again(session, hours, table, QUOTE_MINUTES, where)


def recount(session: Session, hours: BusinessHours | None) -> None:
    """Every wait a person answered counted again in other business hours."""
    quotes: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    turns: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    waits: Any = InsightWait.__table__  # type: ignore[attr-defined]
    count_again(session, hours, quotes, QUOTE_MINUTES, person_sql(quotes.c.sent_by))
    count_again(session, hours, turns, TURN_MINUTES, person_sql(turns.c.answered_by))
    count_again(session, hours, waits, WAIT_MINUTES, sa.true())
