"""Which quotes a figure looks at: the filters, and the quote as one row.

A quote is counted once, whatever its number of versions: its date is when version 1
was made (the buyer's request), and its lines, status and channel are those of its
newest version (the only one not `superseded`). Filters:

* `start`..`end`: the days (UTC, both included) version 1 was made on;
* `seller`: customers whose `seller_email` it is (guests' quotes have no seller);
* `channel`: the channel the quote came in by (`whatsapp`, `email`, `cli`, ...);
* `customer`: one customer;
* `family`: lines of products of that family, and the quotes holding one.

The figures read the summary (`materialised.py`): `quotes_source` and `lines_source` are
those rows under the filters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.hours import BusinessHours
from bot.insights.weeks import quote_groups as group_quotes
from bot.models import Customer
from bot.models.insights import InsightLine, InsightQuote, InsightQuoteWeek


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date  # included
    seller: str | None = None
    channel: str | None = None
    customer: str | None = None
    win_window_days: int = 30
    family: str | None = None
    hours: BusinessHours | None = None  # BUSINESS_HOURS: a person's waits count these only

    @property
    def since(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time(), tzinfo=dt.UTC)

    @property
    def until(self) -> dt.datetime:
        """The first moment after the range (`end` is included)."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)

    @property
    def dates_only(self) -> bool:
        """Whether only the dates narrow the figures (every seller, channel, customer,
        family)."""
        return not (self.seller or self.channel or self.customer or self.family)

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "seller": self.seller,
            "channel": self.channel,
            "customer": self.customer,
            "family": self.family,
            "win_window_days": self.win_window_days,
        }


def _where(query: Any, table: Any, filters: Filters) -> Any:
    query = query.where(table.c.first_at >= filters.since, table.c.first_at < filters.until)
    if filters.channel:
        query = query.where(table.c.channel == filters.channel)
    if filters.customer:
        query = query.where(table.c.customer_id == filters.customer)
    if filters.seller:
        mine = sa.select(col(Customer.customer_id)).where(
            sa.func.lower(col(Customer.seller_email)) == filters.seller.lower()
        )
        query = query.where(table.c.customer_id.in_(mine))
    return query


def monday(day: dt.date) -> dt.date:
    """The Monday of a day's ISO week (the summary's `week`)."""
    return day - dt.timedelta(days=day.weekday())


def lines_source(filters: Filters, by_week: bool = False) -> Any:
    """A subquery: the summary's quote lines in scope (`InsightLine`'s columns).

    `by_week`: say the range's weeks too (the days decide; the weeks let the unmet
    lines' index, which leads with the week, read only the range). Off elsewhere: the
    planner counts the two conditions as independent and expects a third of the rows.
    """
    table: Any = InsightLine.__table__  # type: ignore[attr-defined]
    query = _where(sa.select(table), table, filters)
    if by_week:
        query = query.where(
            table.c.week >= monday(filters.start), table.c.week <= monday(filters.end)
        )
    if filters.family:
        query = query.where(table.c.family == filters.family)
    return query.subquery("scoped_lines")


def quotes_source(filters: Filters) -> Any:
    """A subquery: the summary's quotes in scope (`InsightQuote`'s columns).

    Under a family filter, a quote holding a line of the family, with the figures of
    those lines only.
    """
    table: Any = InsightQuote.__table__  # type: ignore[attr-defined]
    if not filters.family:
        return _where(sa.select(table), table, filters).subquery("scoped_quotes")
    lines = lines_source(filters)
    kept = [table.c[name] for name in ("number", "customer_id", "channel", "status",
                                         "lost_reason", "sent", "sent_at", "sent_by",
                                         "minutes_to_quote", "first_at", "week")]  # fmt: skip
    return (
        sa.select(
            *kept,
            sa.func.count().label("lines"),
            sa.func.sum(lines.c.priced).label("priced"),
            sa.func.sum(lines.c.won).label("won_lines"),
            sa.func.sum(lines.c.touchless).label("touchless"),
            sa.func.sum(lines.c.line_total).label("quoted_value"),
            sa.func.sum(sa.case((lines.c.won == 1, lines.c.line_total), else_=0)).label(
                "won_value"
            ),
        )
        .join(lines, lines.c.number == table.c.number)
        .group_by(*kept)
        .subquery("scoped_quotes")
    )


def whole_weeks(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The Mondays of the first and the last week lying wholly in `start`..`end` (the
    first after the last when none does)."""
    first = start if start.weekday() == 0 else monday(start) + dt.timedelta(days=7)
    last = monday(end) if end.weekday() == 6 else monday(end) - dt.timedelta(days=7)
    return first, last


def part_weeks(filters: Filters, first: dt.date, last: dt.date) -> list[Filters]:
    """The filters narrowed to the days of `filters` before the whole week `first` and
    after the whole week `last` (none, one or two)."""
    after = last + dt.timedelta(days=7)
    return [
        *([replace(filters, end=first - dt.timedelta(days=1))] if filters.start < first else []),
        *([replace(filters, start=after)] if after <= filters.end else []),
    ]


def quote_groups(filters: Filters) -> Any:
    """A subquery: the quotes in scope by status, lost reason and sending, with their
    sums (`InsightQuoteWeek`'s columns after its week; a group may come in several
    rows, to be added up).

    With the dates alone, the range's whole weeks are the summary's rows per week
    (`InsightQuoteWeek`, the same grouping over every customer) and only the quotes of
    the part-weeks at its ends are grouped (a year: ~1,000 rows instead of 250,000
    quotes); under other filters, their quotes.
    """
    first, last = whole_weeks(filters.start, filters.end)
    if not (filters.dates_only and first <= last):
        return group_quotes(quotes_source(filters)).subquery("quote_groups")
    weeks: Any = InsightQuoteWeek.__table__  # type: ignore[attr-defined]
    parts = [group_quotes(quotes_source(p)) for p in part_weeks(filters, first, last)]
    kept = sa.select(*(c for c in weeks.c if c.name != "week")).where(
        weeks.c.week >= first, weeks.c.week <= last
    )
    return sa.union_all(*parts, kept).subquery("quote_groups")


def quote_group_rows(session: Session, filters: Filters) -> list[Any]:
    """The quotes in scope by status, lost reason and sending, each group one row with
    its sums (`quote_groups` added up), in reason order: what the headline counts, the
    lost reasons and time to quote's counts are worked out from, read once."""
    g = quote_groups(filters)
    sums = [sa.func.sum(c).label(c.name) for c in list(g.c)[3:]]
    return list(
        session.execute(
            sa.select(g.c.status, g.c.reason, g.c.sending, *sums)
            .group_by(g.c.status, g.c.reason, g.c.sending)
            .order_by(g.c.reason, g.c.status, g.c.sending)
        ).all()
    )
