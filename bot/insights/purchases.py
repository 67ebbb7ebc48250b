"""What a purchase is, for the summary and the figures: a day with an ERP invoice line of qty > 0
or a Mostrador order not rejected or cancelled; each customer's purchase days and the median gap
between them (their rhythm, `insight_customers`).

Why a module of its own: the won lines of a quote (quote_rows.py), the dormant customers
(dormant.py) and the figures all read the same rule of what counts as bought.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.insights.sql import day
from bot.models import Order, SalesLine
from bot.models.insights import InsightCustomer

NOT_AN_ORDER = ("rejected", "cancelled")


def purchase_days(
    session: Session, dialect: str, customers: list[str] | None, end: dt.date | None = None
) -> list[tuple[str, dt.date]]:
    """(customer_id, day) of every purchase (up to `end`), in customer and day order.

    A purchase day is a day with an invoice line of qty > 0 or a Mostrador order not
    rejected or cancelled (UTC days).
    """
    invoiced: Any = sa.select(
        col(SalesLine.customer_id).label("customer_id"), col(SalesLine.date).label("day")
    ).where(col(SalesLine.qty) > 0)
    ordered: Any = sa.select(
        col(Order.customer_id).label("customer_id"),
        day(dialect, col(Order.created_at)).label("day"),
    ).where(col(Order.status).not_in(NOT_AN_ORDER))
    if end is not None:
        invoiced = invoiced.where(col(SalesLine.date) <= end)
        until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
        ordered = ordered.where(col(Order.created_at) < until)
    if customers is not None:
        invoiced = invoiced.where(col(SalesLine.customer_id).in_(customers))
        ordered = ordered.where(col(Order.customer_id).in_(customers))
    both = sa.union(invoiced, ordered).subquery("purchases")
    rows = session.execute(
        sa.select(both.c.customer_id, both.c.day).order_by(both.c.customer_id, both.c.day)
    ).all()
    return [(c, d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))) for c, d in rows]


def rhythms(
    rows: Iterable[tuple[str, dt.date]],
) -> Iterable[tuple[str, list[dt.date], Decimal | None]]:
    """Per customer: purchase days and the median gap between them (None under two)."""
    for customer_id, group in itertools.groupby(rows, key=lambda r: r[0]):
        days = [d for _, d in group]
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        yield customer_id, days, Decimal(str(statistics.median(gaps))) if gaps else None


def insert_customers(session: Session, dialect: str, customers: list[str] | None) -> None:
    rows = [
        {
            "customer_id": c,
            "purchases": len(days),
            "last_purchase": days[-1],
            "usual_interval_days": usual,
        }
        for c, days, usual in rhythms(purchase_days(session, dialect, customers))
    ]
    table: Any = InsightCustomer.__table__  # type: ignore[attr-defined]
    for start in range(0, len(rows), 5000):
        session.execute(sa.insert(table), rows[start : start + 5000])
