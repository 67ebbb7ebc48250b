"""The weekly tables of the summary (bot/insights/materialised.py) and the groupings they share
with the figures: unmet demand, families, quotes by status and sending, revisions by person and
turns by kind of answer, each counted per week so that a figure over many weeks adds rows up
instead of reading every quote.

Why a module of its own: each grouping is written once and used twice, by the week tables
(counted again for the weeks a refresh touched) and by the figures over a scoped set of quotes
(scope.py, people.py, response.py); both must count the same way or a scoped figure and an
unscoped one disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, delete

from bot.insights.sql import week
from bot.insights.timing import person_sql
from bot.models import Quote
from bot.models.insights import (
    InsightFamilyWeek,
    InsightLine,
    InsightQuote,
    InsightQuoteWeek,
    InsightRevisionWeek,
    InsightTurn,
    InsightTurnWeek,
    InsightUnmetWeek,
)

NO_REASON = "(no reason)"  # a lost quote's reason when none was given


def count_unmet_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Count again the unmet-demand rows (customer, item) of these weeks (all when None)
    from the summary's lines, as `figures.unmet` groups them over every customer."""
    lines: Any = InsightLine.__table__  # type: ignore[attr-defined]
    table: Any = InsightUnmetWeek.__table__  # type: ignore[attr-defined]
    groups = (
        sa.select(lines.c.week)
        .where(lines.c.unmet.is_not(None))
        .group_by(lines.c.week, lines.c.customer_id, lines.c.item)
    )
    if weeks is not None:
        session.execute(delete(table).where(table.c.week.in_(weeks)))
        groups = groups.where(lines.c.week.in_(weeks))
    found = groups.subquery("unmet_groups")
    session.execute(
        sa.insert(table).from_select(
            ["week", "groups"],
            sa.select(found.c.week, sa.func.count()).group_by(found.c.week),
        )
    )


def family_sums(lines: Any) -> list[Any]:
    """A family's lines quoted and won, their value and margins, as sums that add up
    across weeks (`InsightFamilyWeek`'s columns after week and family)."""
    won = lines.c.won == 1
    has_margin = lines.c.margin_pct.is_not(None)
    return [
        sa.func.count().label("quoted"),
        sa.func.coalesce(sa.func.sum(lines.c.won), 0).label("won"),
        sa.func.sum(lines.c.line_total).label("quoted_value"),
        sa.func.sum(sa.case((won, lines.c.line_total), else_=None)).label("won_value"),
        sa.func.sum(lines.c.margin_pct).label("margin_sum"),
        sa.func.coalesce(sa.func.sum(sa.case((has_margin, 1), else_=0)), 0).label("margin_n"),
        sa.func.sum(sa.case((won, lines.c.margin_pct), else_=None)).label("won_margin_sum"),
        sa.func.coalesce(
            sa.func.sum(sa.case((sa.and_(won, has_margin), 1), else_=0)), 0
        ).label("won_margin_n"),
    ]


def count_family_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Add up again the lines of each family in these weeks (all when None), as
    `people.by_family` does over every customer."""
    lines: Any = InsightLine.__table__  # type: ignore[attr-defined]
    table: Any = InsightFamilyWeek.__table__  # type: ignore[attr-defined]
    sums = (
        sa.select(lines.c.week, lines.c.family, *family_sums(lines))
        .where(lines.c.family.is_not(None))
        .group_by(lines.c.week, lines.c.family)
    )
    if weeks is not None:
        session.execute(delete(table).where(table.c.week.in_(weeks)))
        sums = sums.where(lines.c.week.in_(weeks))
    columns = ["week", "family", "quoted", "won", "quoted_value", "won_value", "margin_sum",
               "margin_n", "won_margin_sum", "won_margin_n"]  # fmt: skip
    session.execute(sa.insert(table).from_select(columns, sums))


def sending_kind(quotes: Any) -> Any:
    """How a quote was sent, as time to quote tells them apart: `not_sent`, by a
    `seller` (a person) or by the `bot`."""
    return sa.case(
        (quotes.c.sent_at.is_(None), "not_sent"),
        (person_sql(quotes.c.sent_by), "seller"),
        else_="bot",
    )


def answer_kind(turns: Any) -> Any:
    """Who answered a turn, as first answer tells them apart: `unanswered`, a `seller`
    (a person) or the `bot`."""
    return sa.case(
        (turns.c.answered_at.is_(None), "unanswered"),
        (person_sql(turns.c.answered_by), "seller"),
        else_="bot",
    )


def quote_groups(quotes: Any, by_week: bool = False) -> Any:
    """The quotes of a source shaped as `InsightQuote` (the summary's, or the figures'
    scoped ones) grouped by status, lost reason and sending, with sums that add up
    across weeks: `InsightQuoteWeek`'s columns (its week first when `by_week`)."""
    reason = sa.case(
        (quotes.c.status == "lost", sa.func.coalesce(quotes.c.lost_reason, NO_REASON)), else_=""
    )
    keyed = sa.select(
        *([quotes.c.week] if by_week else []),
        quotes.c.status,
        reason.label("reason"),
        sending_kind(quotes).label("sending"),
        *(quotes.c[name] for name in ("sent", "won_lines", "lines", "priced", "touchless",
                                      "quoted_value", "won_value", "minutes_to_quote")),
    ).subquery("keyed_quotes")  # fmt: skip
    k = keyed.c
    keys = [*([k.week] if by_week else []), k.status, k.reason, k.sending]
    zero = sa.literal(0)
    return sa.select(
        *keys,
        sa.func.count().label("quotes"),
        sa.func.coalesce(sa.func.sum(k.sent), zero).label("sent"),
        sa.func.coalesce(sa.func.sum(sa.case((k.won_lines > 0, 1), else_=0)), zero).label("won"),
        *(sa.func.coalesce(sa.func.sum(k[name]), zero).label(name)
          for name in ("lines", "priced", "won_lines", "touchless")),
        sa.func.sum(k.quoted_value).label("quoted_value"),
        sa.func.sum(k.won_value).label("won_value"),
        sa.func.count(k.minutes_to_quote).label("timed"),
    ).group_by(*keys)  # fmt: skip


def turn_groups(turns: Any, where: list[Any], week_of: Any = None) -> Any:
    """The turns of `turns` meeting `where` counted by `answer_kind` (after their
    week, `week_of` the turn's, when given), with how many have minutes:
    `InsightTurnWeek`'s columns."""
    keyed = (
        sa.select(
            *([week_of.label("week")] if week_of is not None else []),
            answer_kind(turns).label("kind"),
            turns.c.minutes,
        )
        .where(*where)
        .subquery("keyed_turns")
    )
    keys = [*([keyed.c.week] if week_of is not None else []), keyed.c.kind]
    return sa.select(
        *keys, sa.func.count().label("turns"), sa.func.count(keyed.c.minutes).label("timed")
    ).group_by(*keys)


def _within(at: Any, weeks: list[dt.date]) -> Any:
    """`at` in one of these weeks (Mondays, UTC): day ranges, which its index reads
    (alone: with a condition on the week too, PostgreSQL expects a tenth of the rows and
    probes the revisions once per quote instead of hashing them)."""
    return sa.or_(*(
        sa.and_(at >= _midnight(w), at < _midnight(w + dt.timedelta(days=7))) for w in weeks
    ))  # fmt: skip


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _quotes_of_weeks(
    session: Session, table: Any, weeks: list[dt.date] | None, *columns: Any
) -> Any:
    """The summary's quotes of these weeks (`columns`, all when none), `table`'s rows of
    those weeks deleted first, for a week table counted again; every quote, nothing deleted,
    when `weeks` is None (a full rebuild, the table already empty)."""
    quotes: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    if weeks is None:
        return quotes
    session.execute(delete(table).where(table.c.week.in_(weeks)))
    return (
        sa.select(*(columns or [quotes]))
        .where(_within(quotes.c.first_at, weeks))
        .subquery("quotes_of_weeks")
    )


def count_quote_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Count again the quotes of these weeks (all when None) by status, lost reason and
    sending, as the figures do over every customer (`InsightQuoteWeek`)."""
    table: Any = InsightQuoteWeek.__table__  # type: ignore[attr-defined]
    source = _quotes_of_weeks(session, table, weeks)
    groups = quote_groups(source, by_week=True)
    columns = [c.name for c in groups.selected_columns]
    session.execute(sa.insert(table).from_select(columns, groups))


def revisions_by_person(quotes: Any, by_week: bool = False) -> Any:
    """The revisions (versions after the first) of the quotes of `quotes` (the
    summary's, or the figures' scoped ones) counted by who made them (after the week of
    their quote when `by_week`): `InsightRevisionWeek`'s columns."""
    keys = [*([quotes.c.week] if by_week else []), col(Quote.created_by)]
    return (
        sa.select(*keys[:-1], keys[-1].label("person"), sa.func.count().label("revisions"))
        .select_from(Quote)
        .join(quotes, quotes.c.number == col(Quote.number))
        .where(col(Quote.version) > 1)
        .group_by(*keys)
    )


def count_revision_weeks(session: Session, weeks: list[dt.date] | None) -> None:
    """Count again the revisions of the quotes of these weeks (all when None) by who
    made them, as the workload does over every customer (`InsightRevisionWeek`)."""
    table: Any = InsightRevisionWeek.__table__  # type: ignore[attr-defined]
    quotes: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    source = _quotes_of_weeks(session, table, weeks, quotes.c.number, quotes.c.week)
    counted = revisions_by_person(source, by_week=True)
    session.execute(sa.insert(table).from_select(["week", "person", "revisions"], counted))


def turn_weeks(session: Session, dialect: str, conversations: list[int]) -> set[tuple[Any, ...]]:
    """The weekly counts these conversations' turns make (week, kind, turns, timed)."""
    turns: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    found = session.execute(
        turn_groups(
            turns, [turns.c.conversation_id.in_(conversations)], week(dialect, turns.c.asked_at)
        )
    )
    return {(_date(w), *rest) for w, *rest in found}


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def count_turn_weeks(session: Session, dialect: str, weeks: list[dt.date] | None) -> None:
    """Count again the turns asked in these weeks (all when None) by kind of answer, as
    first answer does over every conversation (`InsightTurnWeek`)."""
    turns: Any = InsightTurn.__table__  # type: ignore[attr-defined]
    table: Any = InsightTurnWeek.__table__  # type: ignore[attr-defined]
    where: list[Any] = []
    if weeks is not None:
        session.execute(delete(table).where(table.c.week.in_(weeks)))
        where.append(_within(turns.c.asked_at, weeks))
    groups = turn_groups(turns, where, week(dialect, turns.c.asked_at))
    session.execute(sa.insert(table).from_select(["week", "kind", "turns", "timed"], groups))
