"""Date arithmetic the two databases spell differently, as SQL expressions.

SQLite keeps times as UTC text and dates as `YYYY-MM-DD` text; PostgreSQL has
`timestamptz` and `date`. Each helper returns an expression whose values compare
correctly with `sales_history.date` (a date) on the dialect it is built for, so a
figure is one query on both and the database does the work.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

# Constants written into the SQL rather than bound, so that an expression used in
# both SELECT and GROUP BY is the same text to PostgreSQL.
_UTC: Any = sa.literal_column("'UTC'")
_WEEK: Any = sa.literal_column("'week'")


def day(dialect: str, moment: Any) -> Any:
    """The UTC calendar day of a timestamp column."""
    if dialect == "sqlite":
        return sa.func.date(moment)
    return sa.cast(sa.func.timezone(_UTC, moment), sa.Date)


def day_plus(dialect: str, moment: Any, days: int) -> Any:
    """The UTC calendar day `days` after a timestamp column's day."""
    if dialect == "sqlite":
        return sa.func.date(moment, f"+{int(days)} days")
    return day(dialect, moment) + sa.literal(int(days))


def week(dialect: str, moment: Any) -> Any:
    """The Monday (UTC) of a timestamp's ISO week, as a date (text on SQLite)."""
    if dialect == "sqlite":
        # 'weekday 0' moves forward to Sunday (or stays on one); 6 days back is Monday.
        return sa.func.date(moment, "weekday 0", "-6 days")
    return sa.cast(sa.func.date_trunc(_WEEK, sa.func.timezone(_UTC, moment)), sa.Date)


def minutes_between(dialect: str, start: Any, end: Any) -> Any:
    """Wall-clock minutes from `start` to `end` (0 when `end` is not after it, None
    without an `end`), a float."""
    if dialect == "sqlite":
        spent: Any = (sa.func.julianday(end) - sa.func.julianday(start)) * 1440.0
    else:
        spent = sa.cast(sa.extract("epoch", end - start), sa.Float) / 60.0
    return sa.case((end.is_(None), sa.null()), (end > start, spent), else_=0.0)


def median(dialect: str, value: Any) -> Any | None:
    """The median of `value` as an aggregate (PostgreSQL's percentile_cont); None on
    SQLite, which has none: there the caller takes the values and `statistics.median`."""
    if dialect == "sqlite":
        return None
    return sa.func.percentile_cont(0.5).within_group(value)
