"""Customers cooling down: days since their last purchase against their own rhythm.

A purchase day is a day the customer has an invoice line in sales_history (qty > 0)
or a Mostrador order that was not rejected or cancelled. A customer's usual interval
is the median of the gaps between consecutive purchase days; with at least two
purchase days, the customer is **dormant** on a day when the days since the last
purchase reach `DORMANT_AFTER` times that median. Days are UTC calendar days.

The database returns one row per customer and day (a DISTINCT over both sources);
the medians are computed here, one pass over those rows.
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

from bot.insights.figures import NOT_AN_ORDER, _dialect
from bot.insights.scope import Filters
from bot.insights.sql import day
from bot.models import Customer, Order, SalesLine

DORMANT_AFTER = Decimal("1.5")


def purchase_days(session: Session, filters: Filters) -> list[tuple[str, dt.date]]:
    """(customer_id, day) of every purchase up to `filters.end`, in customer and day order."""
    dialect = _dialect(session)
    end = filters.end
    invoiced: Any = sa.select(
        col(SalesLine.customer_id).label("customer_id"), col(SalesLine.date).label("day")
    ).where(col(SalesLine.qty) > 0, col(SalesLine.date) <= end)
    ordered: Any = sa.select(
        col(Order.customer_id).label("customer_id"),
        day(dialect, col(Order.created_at)).label("day"),
    ).where(col(Order.status).not_in(NOT_AN_ORDER), col(Order.created_at) < filters.until)
    both = sa.union(invoiced, ordered).subquery("purchases")
    query = sa.select(both.c.customer_id, both.c.day)
    if filters.customer:
        query = query.where(both.c.customer_id == filters.customer)
    if filters.seller:
        query = query.join(Customer, col(Customer.customer_id) == both.c.customer_id).where(
            sa.func.lower(col(Customer.seller_email)) == filters.seller.lower()
        )
    rows = session.execute(query.order_by(both.c.customer_id, both.c.day)).all()
    return [(c, d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))) for c, d in rows]


def dormant(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Dormant customers on `filters.end`, the most overdue (against their rhythm) first."""
    found: list[dict[str, Any]] = []
    for customer_id, days in _by_customer(purchase_days(session, filters)):
        if len(days) < 2:
            continue
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        usual = Decimal(str(statistics.median(gaps)))
        since = (filters.end - days[-1]).days
        if usual <= 0 or Decimal(since) < DORMANT_AFTER * usual:
            continue
        found.append(
            {
                "customer_id": customer_id,
                "last_purchase": days[-1],
                "purchases": len(days),
                "usual_interval_days": float(usual),
                "days_since": since,
                "overdue_ratio": round(float(Decimal(since) / usual), 2),
            }
        )
    names = _names(session, [f["customer_id"] for f in found])
    for row in found:
        row["name"], row["seller_email"] = names.get(row["customer_id"], (None, None))
    return sorted(found, key=lambda r: (-r["overdue_ratio"], r["customer_id"]))


def _by_customer(rows: Iterable[tuple[str, dt.date]]) -> Iterable[tuple[str, list[dt.date]]]:
    current: str | None = None
    days: list[dt.date] = []
    for customer_id, when in rows:
        if customer_id != current:
            if current is not None:
                yield current, days
            current, days = customer_id, []
        days.append(when)
    if current is not None:
        yield current, days


def _names(session: Session, ids: list[str]) -> dict[str, tuple[str, str | None]]:
    if not ids:
        return {}
    rows = session.execute(
        sa.select(col(Customer.customer_id), col(Customer.name), col(Customer.seller_email)).where(
            col(Customer.customer_id).in_(ids)
        )
    ).all()
    return {c: (name, seller) for c, name, seller in rows}
