"""The definitions: each figure is one SQL query over Mostrador's tables and the ERP's
sales history, the same on SQLite and PostgreSQL (see README, "Insights").

* A quote counts once (see `scope`); it is **sent** when the trail has a `sent`
  event for its number, **lost** / **expired** by its newest version's status, and
  **won** when any of its lines is won.
* A quoted line (every line of the newest version, open ones included, whatever the
  channel) is **won** when the same customer ordered that SKU from the quote's day to
  `win_window_days` after it (UTC calendar days): a Mostrador order not rejected or
  cancelled, or an invoice line of sales_history (qty > 0). A guest's line, or an
  open line, is never won. Value is the line's quoted total.
* A line is **touchless** when the bot settled it without a person: priced, matched
  by the matcher or picked by the buyer (`auto`, `chosen`), at the rule price (not a
  seller's override).
* **Unmet demand**: lines not matched (no SKU), not stocked (nothing available when
  quoted) or short (less available than asked), one row per customer, item (the SKU,
  else the buyer's words in lower case) and week (Monday, UTC), with how many times
  and how much was asked.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.insights.materialised import dialect_of
from bot.insights.purchases import NOT_AN_ORDER
from bot.insights.response import to_quote
from bot.insights.scope import (
    Filters,
    lines_source,
    quote_group_rows,
    quotes_source,
    whole_weeks,
)
from bot.insights.sql import week
from bot.models import Customer, Order, Product
from bot.models.insights import InsightUnmetWeek

UNMET_KINDS = ("unmatched", "not_stocked", "short")
STREAM = 2000  # rows fetched at a time by the CSV tables
_dialect = dialect_of


def _sum(expr: Any) -> Any:
    return sa.func.coalesce(sa.func.sum(expr), 0)


def rate(part: int | Decimal, whole: int | Decimal) -> float:
    """A fraction 0..1 to 4 places (0 when there is nothing to divide)."""
    return round(float(Decimal(part) / Decimal(whole)), 4) if whole else 0.0


def counts(
    session: Session, filters: Filters, groups: list[Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The quotes' and the lines' headline figures, from the groups of the quotes in
    scope (`quote_group_rows`; read here unless given).

    Quotes created / sent / won / lost / expired / accepted and their win rate; lines
    quoted and won by count and value, touchless lines, and their rates (`quoted` is
    every line asked for, `priced` the ones that got a SKU and a price).
    """
    groups = quote_group_rows(session, filters) if groups is None else groups

    def total(name: str, status: str | None = None) -> int:
        return sum(int(g._mapping[name]) for g in groups if status in (None, g.status))

    def money(name: str) -> Decimal:
        found = [g._mapping[name] for g in groups if g._mapping[name] is not None]
        return sum(found[1:], found[0]) if found else Decimal("0.00")

    created, won = total("quotes"), total("won")
    quoted, won_lines, touchless = total("lines"), total("won_lines"), total("touchless")
    quoted_value, won_value = money("quoted_value"), money("won_value")
    quotes = {
        "created": created,
        "sent": total("sent"),
        "won": won,
        "lost": total("quotes", "lost"),
        "expired": total("quotes", "expired"),
        "accepted": total("quotes", "accepted"),
        "win_rate": rate(won, created),
    }
    lines = {
        "quoted": quoted,
        "priced": total("priced"),
        "won": won_lines,
        "quoted_value": quoted_value,
        "won_value": won_value,
        "touchless": touchless,
        "win_rate": rate(won_lines, quoted),
        "value_win_rate": rate(won_value, quoted_value),
        "touchless_rate": rate(touchless, quoted),
    }
    return quotes, lines


def lost_reasons(
    session: Session, filters: Filters, groups: list[Any] | None = None
) -> dict[str, int]:
    """Lost quotes by the reason given (as written), most frequent first (then in the
    database's order of reasons), from the quotes' groups (read here unless given)."""
    groups = quote_group_rows(session, filters) if groups is None else groups
    found: dict[str, int] = {}
    for g in groups:
        if g.status == "lost":
            found[str(g.reason)] = found.get(str(g.reason), 0) + int(g.quotes)
    return dict(sorted(found.items(), key=lambda r: -r[1]))  # stable: reason order kept


def unmet(session: Session, filters: Filters) -> Iterator[dict[str, Any]]:
    """Unmet demand for purchasing, newest week first (see the module's definition), row
    by row from the database (unmet.csv)."""
    found = session.execute(_unmet_query(filters).execution_options(yield_per=STREAM))
    return (_unmet_row(r) for r in found)


def unmet_with_total(
    session: Session, filters: Filters, limit: int | None = None
) -> tuple[list[dict[str, Any]], int]:
    """The newest `limit` unmet rows, and how many there are in all.

    The rows come from the head of the unmet lines' index (newest week first, grouped as
    they are read: the rest is not grouped); the total is `unmet_total`.
    """
    query = _unmet_query(filters)
    if limit is not None:
        query = query.limit(limit)
    found = [_unmet_row(r) for r in session.execute(query)]
    if limit is None or len(found) < limit:
        return found, len(found)
    return found, unmet_total(session, filters)


def unmet_total(session: Session, filters: Filters) -> int:
    """How many unmet rows (customer, item, week) the filters hold.

    With the dates alone, the range's whole weeks are read from the summary's count per
    week (`InsightUnmetWeek`, the same grouping over every customer) and only the lines
    of the part-weeks at its ends are grouped; under other filters, their lines.
    """
    lines = lines_source(filters, by_week=True)
    groups = (
        sa.select(lines.c.week)
        .where(lines.c.unmet.is_not(None))
        .group_by(lines.c.week, lines.c.customer_id, lines.c.item)
    )
    whole = 0
    first, last = whole_weeks(filters.start, filters.end)
    if filters.dates_only and first <= last:
        weeks: Any = InsightUnmetWeek.__table__  # type: ignore[attr-defined]
        whole = int(
            session.execute(
                sa.select(_sum(weeks.c.groups)).where(
                    weeks.c.week >= first, weeks.c.week <= last
                )
            ).scalar_one()
        )
        groups = groups.where(sa.or_(lines.c.week < first, lines.c.week > last))
    counted = groups.subquery("unmet_groups")
    return whole + int(
        session.execute(sa.select(sa.func.count()).select_from(counted)).scalar_one()
    )


def _unmet_query(filters: Filters) -> Any:
    lines, grouped = unmet_groups(filters)
    return grouped.with_only_columns(
        lines.c.customer_id,
        lines.c.item,
        lines.c.week,
        sa.func.min(lines.c.request_text).label("text"),
        sa.func.max(lines.c.sku).label("sku"),
        sa.func.min(lines.c.unmet).label("kind"),  # 'not_stocked' before 'short'
        sa.func.count().label("times"),
        sa.func.sum(lines.c.quantity).label("quantity"),
    )


def unmet_groups(filters: Filters) -> tuple[Any, Any]:
    """The scoped lines, and unmet demand's grouping of them (no columns yet): grouped
    and ordered as the unmet lines' partial index is, so it is read from its head and
    grouped as read."""
    lines = lines_source(filters, by_week=True)
    return lines, (
        sa.select(lines.c.week)
        .where(lines.c.unmet.is_not(None))
        .group_by(lines.c.week, lines.c.customer_id, lines.c.item)
        .order_by(lines.c.week.desc(), lines.c.customer_id, lines.c.item)
    )


def _unmet_row(r: Any) -> dict[str, Any]:
    customer_id, _item, week, text, sku, kind, times, quantity = r[:8]
    return {
        "customer_id": customer_id,
        "text": text,
        "sku": sku,
        "kind": kind,
        "week": str(week),
        "times": int(times),
        "quantity": quantity,
    }


def family_names(session: Session) -> list[str]:
    """The catalog's product families, for the family filter."""
    return [
        str(f)
        for f in session.execute(
            sa.select(col(Product.family))
            .distinct()
            .where(col(Product.family).is_not(None))
            .order_by(col(Product.family))
        ).scalars()
    ]


def top_unmet(session: Session, filters: Filters, top: int) -> list[tuple[str, int]]:
    """The items (SKU, else the buyer's words) asked for most often without being met."""
    lines = lines_source(filters, by_week=True)
    times = sa.func.count()
    rows = session.execute(
        sa.select(lines.c.item, times)
        .where(lines.c.unmet.is_not(None))
        .group_by(lines.c.item)
        .order_by(times.desc(), lines.c.item)
        .limit(top)
    ).all()
    return [(str(item), int(n)) for item, n in rows]


def quote_table(session: Session, filters: Filters) -> Iterator[dict[str, Any]]:
    """One row per quote in scope: status, lines and value quoted and won (quotes.csv),
    row by row from the database."""
    q = quotes_source(filters)
    query = sa.select(q).order_by(q.c.first_at.desc(), q.c.number)
    found = session.execute(query.execution_options(yield_per=STREAM))
    return (
        {
            "number": r.number,
            "customer_id": r.customer_id,
            "channel": r.channel,
            "status": r.status,
            "created_at": r.first_at,
            "lines": int(r.lines),
            "won_lines": int(r.won_lines),
            "quoted_value": r.quoted_value if r.quoted_value is not None else Decimal("0.00"),
            "won_value": r.won_value if r.won_value is not None else Decimal("0.00"),
            "won": int(r.won_lines) > 0,
            "sent_at": r.sent_at,
            "sent_by": r.sent_by,
            "minutes_to_quote": to_quote(r.minutes_to_quote),
        }
        for r in found
    )


def lost_table(
    session: Session, filters: Filters, limit: int | None = None
) -> list[dict[str, Any]]:
    """The lost quotes with their reason, newest first."""
    q = quotes_source(filters)
    query = sa.select(q).where(q.c.status == "lost").order_by(q.c.first_at.desc(), q.c.number)
    rows = session.execute(query if limit is None else query.limit(limit)).all()
    return [
        {
            "number": r.number,
            "customer_id": r.customer_id,
            "channel": r.channel,
            "created_at": r.first_at,
            "quoted_value": r.quoted_value if r.quoted_value is not None else Decimal("0.00"),
            "reason": r.lost_reason or "(no reason)",
        }
        for r in rows
    ]


def weekly(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Per week (its Monday): quotes made, quotes won, lines, touchless lines, orders.

    Orders are Mostrador's (not rejected or cancelled) made in the range, of the same
    customers (seller, customer) and channel as the filters say.
    """
    dialect = _dialect(session)
    q = quotes_source(filters)
    by_week: dict[str, dict[str, Any]] = {}
    for row in session.execute(
        sa.select(
            q.c.week,
            sa.func.count().label("quotes"),
            _sum(sa.case((q.c.won_lines > 0, 1), else_=0)).label("won"),
            _sum(q.c.lines).label("lines"),
            _sum(q.c.touchless).label("touchless"),
        ).group_by(q.c.week)
    ):
        by_week[str(row.week)] = {
            "quotes": int(row.quotes),
            "won": int(row.won),
            "lines": int(row.lines),
            "touchless": int(row.touchless),
            "orders": 0,
        }
    order_week = week(dialect, col(Order.created_at))
    orders = (
        sa.select(order_week.label("week"), sa.func.count().label("orders"))
        .where(
            col(Order.status).not_in(NOT_AN_ORDER),
            col(Order.created_at) >= filters.since,
            col(Order.created_at) < filters.until,
        )
        .group_by(order_week)
    )
    if filters.channel:
        orders = orders.where(col(Order.channel) == filters.channel)
    if filters.customer:
        orders = orders.where(col(Order.customer_id) == filters.customer)
    if filters.seller:
        orders = orders.join(Customer, col(Customer.customer_id) == col(Order.customer_id)).where(
            sa.func.lower(col(Customer.seller_email)) == filters.seller.lower()
        )
    empty = {"quotes": 0, "won": 0, "lines": 0, "touchless": 0}
    for row in session.execute(orders):
        by_week.setdefault(str(row.week), {**empty, "orders": 0})["orders"] = int(row.orders)
    return [
        {"week": w, **v, "touchless_rate": rate(v["touchless"], v["lines"])}
        for w, v in sorted(by_week.items())
    ]
