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

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.insights.scope import Filters, scoped_quotes
from bot.insights.sql import day, day_plus, week
from bot.models import AuditEvent, Customer, Order, OrderLine, Product, QuoteLine, SalesLine
from bot.models.types import UTCDateTime

TOUCHLESS_DECISIONS = ("auto", "chosen")
NOT_AN_ORDER = ("rejected", "cancelled")
UNMET_KINDS = ("unmatched", "not_stocked", "short")


def _dialect(session: Session) -> str:
    """The database's dialect; on PostgreSQL, JIT off for this transaction.

    The planner's cost of these aggregates crosses the JIT threshold, and compiling
    them takes longer (over a second) than running them.
    """
    name = session.get_bind().dialect.name
    if name == "postgresql":
        session.execute(sa.text("SET LOCAL jit = off"))
    return name


def line_rows(session: Session, filters: Filters) -> Any:
    """A subquery: every line in scope with its quote, family, and won/touchless flags."""
    dialect = _dialect(session)
    q = scoped_quotes(filters)
    days = filters.win_window_days
    # Purchases as one set (Mostrador's orders and the ERP's invoice lines), joined to
    # the lines on (customer, SKU) and the window: a hash join over both sets rather
    # than two lookups per line. `at` is the order's moment (an order counts only after
    # the quote), None for an invoice line (dates only: its day counts).
    ordered = (
        sa.select(
            col(Order.customer_id).label("customer_id"),
            col(OrderLine.sku).label("sku"),
            day(dialect, col(Order.created_at)).label("day"),
            col(Order.created_at).label("at"),
        )
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .where(col(Order.status).not_in(NOT_AN_ORDER))
    )
    invoiced: Any = sa.select(
        col(SalesLine.customer_id).label("customer_id"),
        col(SalesLine.sku).label("sku"),
        col(SalesLine.date).label("day"),
        sa.cast(sa.null(), UTCDateTime).label("at"),
    ).where(col(SalesLine.qty) > 0)
    bought = sa.union_all(ordered, invoiced).subquery("bought")
    won_lines = (
        sa.select(col(QuoteLine.id).label("line_id"))
        .select_from(q)
        .join(QuoteLine, col(QuoteLine.quote_id) == q.c.id)
        .join(
            bought,
            sa.and_(bought.c.customer_id == q.c.customer_id, bought.c.sku == col(QuoteLine.sku)),
        )
        .where(
            bought.c.day >= day(dialect, q.c.first_at),
            bought.c.day <= day_plus(dialect, q.c.first_at, days),
            sa.or_(bought.c.at.is_(None), bought.c.at >= q.c.first_at),
        )
        .distinct()
        .subquery("won_lines")
    )
    won = won_lines.c.line_id.is_not(None)
    touchless = sa.and_(
        col(QuoteLine.status) == "priced",
        col(QuoteLine.match_decision).in_(TOUCHLESS_DECISIONS),
        sa.func.coalesce(col(QuoteLine.price_rule), "") != "override",
    )
    return (
        sa.select(
            q.c.number,
            q.c.customer_id,
            q.c.status,
            q.c.channel,
            q.c.first_at,
            week(dialect, q.c.first_at).label("week"),
            col(QuoteLine.sku).label("sku"),
            col(QuoteLine.status).label("line_status"),
            col(QuoteLine.request_text).label("request_text"),
            col(QuoteLine.quantity).label("quantity"),
            col(QuoteLine.available).label("available"),
            col(QuoteLine.unit_price).label("unit_price"),
            col(QuoteLine.line_total).label("line_total"),
            col(QuoteLine.cost).label("cost"),
            col(QuoteLine.margin_pct).label("margin_pct"),
            col(Product.family).label("family"),
            sa.case((won, 1), else_=0).label("won"),
            sa.case((touchless, 1), else_=0).label("touchless"),
        )
        .select_from(q)
        .join(QuoteLine, col(QuoteLine.quote_id) == q.c.id)
        .outerjoin(Product, col(Product.sku) == col(QuoteLine.sku))
        .outerjoin(won_lines, won_lines.c.line_id == col(QuoteLine.id))
        .subquery("lines")
    )


def _sum(expr: Any) -> Any:
    return sa.func.coalesce(sa.func.sum(expr), 0)


def rate(part: int | Decimal, whole: int | Decimal) -> float:
    """A fraction 0..1 to 4 places (0 when there is nothing to divide)."""
    return round(float(Decimal(part) / Decimal(whole)), 4) if whole else 0.0


def quote_counts(session: Session, filters: Filters) -> dict[str, Any]:
    """Quotes created / sent / won / lost / expired / accepted in scope, and the win rate."""
    q = scoped_quotes(filters)
    sent = (
        sa.select(sa.literal(1))
        .where(col(AuditEvent.subject) == q.c.number, col(AuditEvent.event) == "sent")
        .exists()
    )
    created, sent_n, lost, expired, accepted = session.execute(
        sa.select(
            sa.func.count(),
            _sum(sa.case((sent, 1), else_=0)),
            _sum(sa.case((q.c.status == "lost", 1), else_=0)),
            _sum(sa.case((q.c.status == "expired", 1), else_=0)),
            _sum(sa.case((q.c.status == "accepted", 1), else_=0)),
        ).select_from(q)
    ).one()
    lines = line_rows(session, filters)
    won = session.execute(
        sa.select(sa.func.count(sa.distinct(lines.c.number))).where(lines.c.won == 1)
    ).scalar_one()
    return {
        "created": int(created),
        "sent": int(sent_n),
        "won": int(won),
        "lost": int(lost),
        "expired": int(expired),
        "accepted": int(accepted),
        "win_rate": rate(won, created),
    }


def line_counts(session: Session, filters: Filters) -> dict[str, Any]:
    """Quoted and won lines by count and value, touchless lines, and their rates.

    `quoted` is every line asked for; `priced` the ones that got a SKU and a price.
    """
    lines = line_rows(session, filters)
    quoted, priced, won, quoted_value, won_value, touchless = session.execute(
        sa.select(
            sa.func.count(),
            _sum(sa.case((lines.c.line_status == "priced", 1), else_=0)),
            _sum(lines.c.won),
            sa.func.sum(lines.c.line_total),
            sa.func.sum(sa.case((lines.c.won == 1, lines.c.line_total), else_=None)),
            _sum(lines.c.touchless),
        ).select_from(lines)
    ).one()
    quoted_value = quoted_value if quoted_value is not None else Decimal("0.00")
    won_value = won_value if won_value is not None else Decimal("0.00")
    return {
        "quoted": int(quoted),
        "priced": int(priced),
        "won": int(won),
        "quoted_value": quoted_value,
        "won_value": won_value,
        "touchless": int(touchless),
        "win_rate": rate(won, quoted),
        "value_win_rate": rate(won_value, quoted_value),
        "touchless_rate": rate(touchless, quoted),
    }


def lost_reasons(session: Session, filters: Filters) -> dict[str, int]:
    """Lost quotes by the reason given (as written), most frequent first."""
    q = scoped_quotes(filters)
    reason = sa.func.coalesce(q.c.lost_reason, "(no reason)")
    rows = session.execute(
        sa.select(reason, sa.func.count())
        .where(q.c.status == "lost")
        .group_by(reason)
        .order_by(sa.func.count().desc(), reason)
    ).all()
    return {str(r): int(n) for r, n in rows}


def unmet(session: Session, filters: Filters, limit: int | None = None) -> list[dict[str, Any]]:
    """Unmet demand for purchasing, newest week first (see the module's definition)."""
    lines = line_rows(session, filters)
    kind = sa.case(
        (lines.c.sku.is_(None), "unmatched"),
        (sa.func.coalesce(lines.c.available, 0) <= 0, "not_stocked"),
        (lines.c.available < lines.c.quantity, "short"),
        else_=None,
    )
    item = sa.func.coalesce(lines.c.sku, sa.func.lower(sa.func.trim(lines.c.request_text)))
    rows = (
        sa.select(
            lines.c.customer_id,
            item.label("item"),
            lines.c.week,
            sa.func.min(lines.c.request_text).label("text"),
            sa.func.max(lines.c.sku).label("sku"),
            sa.func.min(kind).label("kind"),  # 'not_stocked' before 'short' for one SKU
            sa.func.count().label("times"),
            sa.func.sum(lines.c.quantity).label("quantity"),
        )
        .where(kind.is_not(None))
        .group_by(lines.c.customer_id, item, lines.c.week)
        .order_by(lines.c.week.desc(), lines.c.customer_id, item)
    )
    if limit is not None:
        rows = rows.limit(limit)
    return [
        {
            "customer_id": r.customer_id,
            "text": r.text,
            "sku": r.sku,
            "kind": r.kind,
            "week": str(r.week),
            "times": int(r.times),
            "quantity": r.quantity,
        }
        for r in session.execute(rows)
    ]


def quote_table(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """One row per quote in scope: status, lines and value quoted and won."""
    lines = line_rows(session, filters)
    rows = session.execute(
        sa.select(
            lines.c.number,
            lines.c.customer_id,
            lines.c.channel,
            lines.c.status,
            sa.func.min(lines.c.first_at).label("created_at"),
            sa.func.count().label("lines"),
            _sum(lines.c.won).label("won_lines"),
            sa.func.sum(lines.c.line_total).label("quoted_value"),
            sa.func.sum(sa.case((lines.c.won == 1, lines.c.line_total), else_=None)).label(
                "won_value"
            ),
        )
        .group_by(lines.c.number, lines.c.customer_id, lines.c.channel, lines.c.status)
        .order_by(sa.desc("created_at"), lines.c.number)
    ).all()
    return [
        {
            "number": r.number,
            "customer_id": r.customer_id,
            "channel": r.channel,
            "status": r.status,
            "created_at": r.created_at,
            "lines": int(r.lines),
            "won_lines": int(r.won_lines),
            "quoted_value": r.quoted_value if r.quoted_value is not None else Decimal("0.00"),
            "won_value": r.won_value if r.won_value is not None else Decimal("0.00"),
            "won": int(r.won_lines) > 0,
        }
        for r in rows
    ]


def lost_table(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """The lost quotes with their reason."""
    return [
        {k: row[k] for k in ("number", "customer_id", "channel", "created_at", "quoted_value")}
        | {"reason": reason}
        for row, reason in _lost_rows(session, filters)
    ]


def _lost_rows(session: Session, filters: Filters) -> list[tuple[dict[str, Any], str]]:
    q = scoped_quotes(filters)
    reasons = {
        number: reason or "(no reason)"
        for number, reason in session.execute(
            sa.select(q.c.number, q.c.lost_reason).where(q.c.status == "lost")
        )
    }
    return [(row, reasons[row["number"]]) for row in quote_table(session, filters)
            if row["number"] in reasons]  # fmt: skip


def weekly(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Per week (its Monday): quotes made, quotes won, lines, touchless lines, orders.

    Orders are Mostrador's (not rejected or cancelled) made in the range, of the same
    customers (seller, customer) and channel as the filters say.
    """
    dialect = _dialect(session)
    lines = line_rows(session, filters)
    by_week: dict[str, dict[str, Any]] = {}
    for row in session.execute(
        sa.select(
            lines.c.week,
            sa.func.count(sa.distinct(lines.c.number)).label("quotes"),
            sa.func.count(sa.distinct(sa.case((lines.c.won == 1, lines.c.number)))).label("won"),
            sa.func.count().label("lines"),
            _sum(lines.c.touchless).label("touchless"),
        ).group_by(lines.c.week)
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
