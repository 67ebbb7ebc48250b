"""The biggest CSV tables written by PostgreSQL itself (`COPY (SELECT …) TO STDOUT`).

At 1M quote lines unmet.csv and quotes.csv hold tens of thousands of rows; reading
them into Python and writing them again with `csv.writer` costs more than a second of
CPU, while the server writes the same CSV in a fraction of that. Each cell is
formatted in SQL exactly as the Python path writes it (`bot.web.insights_api`:
`plain` and `csv.writer`), so the two give the same bytes (tests/test_insights_csv.py):

* money and quantities as `plain` shows a Decimal: cents, more places only when they
  carry digits;
* times as `datetime.isoformat()` in UTC (`2026-11-20T10:00:00+00:00`, microseconds
  only when there are some), days as `YYYY-MM-DD`;
* booleans `True` / `False`;
* minutes to quote as Python's `str(round(x, 2))` of the float: rounded half-even on
  the float's exact binary value (split into whole and 2**-60 parts, in integers), then
  without trailing zeros (`12.5`, `3.0`);
* empty text and NULL as an empty unquoted cell (csv.writer writes both so).

SQLite keeps the Python path. Other tables are small and keep it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from bot.insights import figures
from bot.insights.scope import Filters, quotes_source

_TWO_60 = 2**60


def _text(column: Any) -> Any:
    """Text as csv.writer writes it: NULL and '' alike (an empty, unquoted cell)."""
    return sa.func.nullif(column, "")


def _money(value: Any) -> Any:
    """A Decimal as `plain` writes it: cents, or every place that carries a digit."""
    cents = sa.func.round(value, 2)
    return sa.case(
        (value == cents, sa.cast(cents, sa.Text)),
        else_=sa.cast(sa.func.trim_scale(value), sa.Text),
    )


def _moment(value: Any) -> Any:
    """An aware time as `isoformat()` writes it in UTC (NULL stays NULL)."""
    utc = sa.func.timezone(sa.literal_column("'UTC'"), value)
    seconds = sa.func.to_char(
        utc, sa.literal_column("'YYYY-MM-DD\"T\"HH24:MI:SS'"), type_=sa.Text
    )
    micro = sa.case(
        (
            sa.func.date_trunc(sa.literal_column("'second'"), value) != value,
            sa.func.to_char(utc, sa.literal_column("'.US'"), type_=sa.Text),
        ),
        else_=sa.literal("", sa.Text),
    )
    return seconds.concat(micro).concat(sa.literal("+00:00", sa.Text))


def _day(value: Any) -> Any:
    return sa.func.to_char(value, sa.literal_column("'YYYY-MM-DD'"))


def _rounded_float(value: Any) -> Any:
    """`str(round(x, 2))` of a float8 (NULL stays NULL), exactly as Python rounds it.

    Python rounds the float's exact binary value half-even; casting a float8 to
    numeric keeps 15 digits only, so x is split into floor(x) and its fraction in
    units of 2**-60 (an exact integer for any x of 1/256 or more; below that the
    answer is 0.0 anyway), and the hundredths are worked out in integers.
    """
    two_60 = sa.literal_column(f"{_TWO_60}::numeric", sa.Numeric)
    hundred = sa.literal_column("100::numeric", sa.Numeric)
    whole = sa.func.floor(value, type_=sa.Float)
    fraction = (value - whole) * sa.literal_column(f"{float(_TWO_60)!r}::float8", sa.Float)
    scaled = sa.cast(sa.cast(fraction, sa.BigInteger), sa.Numeric) * hundred
    carry = sa.func.div(scaled, two_60, type_=sa.Numeric)
    rest = sa.func.mod(scaled, two_60, type_=sa.Numeric) * sa.literal_column("2::numeric")
    hundredths = sa.cast(sa.cast(whole, sa.BigInteger), sa.Numeric) * hundred + carry
    odd = sa.func.mod(hundredths, sa.literal_column("2::numeric")) == 1
    up = sa.case(
        (rest > two_60, sa.literal_column("1::numeric")),
        (sa.and_(rest == two_60, odd), sa.literal_column("1::numeric")),
        else_=sa.literal_column("0::numeric"),
    )
    shown = sa.func.trim_scale((hundredths + up) / hundred, type_=sa.Numeric)
    return sa.case(
        (value.is_(None), sa.null()),
        (sa.func.scale(shown) == 0, sa.cast(shown, sa.Text).concat(sa.literal(".0", sa.Text))),
        else_=sa.cast(shown, sa.Text),
    )


def unmet_query(filters: Filters) -> Any:
    """unmet.csv as text columns, in `figures.unmet`'s order.

    Grouped and formatted in one SELECT ordered like the unmet lines' partial index
    (newest week, customer, item), so PostgreSQL reads that index in order and groups as
    it reads: no sort. Formatting a grouped subquery instead made the planner group by
    hashing and sort the ~124,000 rows twice (2.3 s of CPU at 1M lines).
    """
    lines, grouped = figures.unmet_groups(filters)
    return grouped.with_only_columns(
        _text(lines.c.customer_id).label("customer_id"),
        _text(sa.func.min(lines.c.request_text)).label("text"),
        _text(sa.func.max(lines.c.sku)).label("sku"),
        _text(sa.func.min(lines.c.unmet)).label("kind"),
        _day(lines.c.week).label("week"),
        sa.cast(sa.func.count(), sa.Text).label("times"),
        _money(sa.func.sum(lines.c.quantity)).label("quantity"),
    )


def quotes_query(filters: Filters) -> Any:
    """quotes.csv as text columns, in `figures.quote_table`'s order."""
    q = quotes_source(filters)
    zero = sa.cast(0, sa.Numeric)
    return sa.select(
        _text(q.c.number).label("number"),
        _text(q.c.customer_id).label("customer_id"),
        _text(q.c.channel).label("channel"),
        _text(q.c.status).label("status"),
        _moment(q.c.first_at).label("created_at"),
        sa.cast(q.c.lines, sa.Text).label("lines"),
        sa.cast(q.c.won_lines, sa.Text).label("won_lines"),
        _money(sa.func.coalesce(q.c.quoted_value, zero)).label("quoted_value"),
        _money(sa.func.coalesce(q.c.won_value, zero)).label("won_value"),
        sa.case((q.c.won_lines > 0, "True"), else_="False").label("won"),
        _moment(q.c.sent_at).label("sent_at"),
        _text(q.c.sent_by).label("sent_by"),
        _rounded_float(q.c.minutes_to_quote).label("minutes_to_quote"),
    ).order_by(q.c.first_at.desc(), q.c.number)


QUERIES = {"unmet": unmet_query, "quotes": quotes_query}


def copied(table: str, session: Session) -> bool:
    """Whether `table` is written by the database on this session's connection."""
    return table in QUERIES and session.get_bind().dialect.name == "postgresql"


def copy_chunks(session: Session, table: str, filters: Filters) -> Iterator[bytes]:
    """The CSV of `table` (header first) as PostgreSQL's COPY sends it, piece by piece."""
    query = QUERIES[table](filters)
    compiled = query.compile(dialect=session.get_bind().dialect)
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    statement = f"COPY ({compiled}) TO STDOUT WITH (FORMAT csv, HEADER)"
    with cursor, cursor.copy(statement, compiled.params) as copy:
        for piece in copy:
            yield bytes(piece)
