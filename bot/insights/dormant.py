"""Customers cooling down: days since their last purchase against their own rhythm.

A purchase day is a day the customer has an invoice line in sales_history (qty > 0)
or a Mostrador order that was not rejected or cancelled. A customer's usual interval
is the median of the gaps between consecutive purchase days; with at least two
purchase days, the customer is **dormant** on a day when the days since the last
purchase reach `DORMANT_AFTER` times that median. Days are UTC calendar days.

The rhythm of each customer is kept in the summary (`purchases.py`, worked out
again when they order and after each ERP import); this reads one row per customer.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.insights.materialised import dialect_of
from bot.insights.purchases import purchase_days, rhythms
from bot.insights.scope import Filters
from bot.models import Customer
from bot.models.insights import InsightCustomer

DORMANT_AFTER = Decimal("1.5")


def dormant(session: Session, filters: Filters) -> list[dict[str, Any]]:
    """Dormant customers on `filters.end`, the most overdue (against their rhythm) first.

    Each customer's rhythm comes from the summary (all their purchase days); a customer
    who bought after `end` (looking back in time) has it worked out again up to `end`.
    """
    dialect = dialect_of(session)
    query: Any = sa.select(
        col(InsightCustomer.customer_id),
        col(InsightCustomer.purchases),
        col(InsightCustomer.last_purchase),
        col(InsightCustomer.usual_interval_days),
    )
    if filters.customer:
        query = query.where(col(InsightCustomer.customer_id) == filters.customer)
    if filters.seller:
        mine = sa.select(col(Customer.customer_id)).where(
            sa.func.lower(col(Customer.seller_email)) == filters.seller.lower()
        )
        query = query.where(col(InsightCustomer.customer_id).in_(mine))
    found: list[dict[str, Any]] = []
    later: list[str] = []
    for customer_id, purchases, last, usual in session.execute(query):
        last = last if isinstance(last, dt.date) else dt.date.fromisoformat(str(last))
        if last > filters.end:
            later.append(customer_id)
        else:
            _judge(found, filters.end, customer_id, purchases, last, usual)
    if later:
        for customer_id, days, usual in rhythms(
            purchase_days(session, dialect, later, filters.end)
        ):
            _judge(found, filters.end, customer_id, len(days), days[-1], usual)
    names = _names(session, [f["customer_id"] for f in found])
    for row in found:
        row["name"], row["seller_email"] = names.get(row["customer_id"], (None, None))
    return sorted(found, key=lambda r: (-r["overdue_ratio"], r["customer_id"]))


def _judge(
    found: list[dict[str, Any]],
    end: dt.date,
    customer_id: str,
    purchases: int,
    last: dt.date,
    usual: Decimal | None,
) -> None:
    if purchases < 2 or usual is None or usual <= 0:
        return
    since = (end - last).days
    if Decimal(since) < DORMANT_AFTER * usual:
        return
    found.append(
        {
            "customer_id": customer_id,
            "last_purchase": last,
            "purchases": purchases,
            "usual_interval_days": float(usual),
            "days_since": since,
            "overdue_ratio": round(float(Decimal(since) / usual), 2),
        }
    )


def _names(session: Session, ids: list[str]) -> dict[str, tuple[str, str | None]]:
    if not ids:
        return {}
    rows = session.execute(
        sa.select(col(Customer.customer_id), col(Customer.name), col(Customer.seller_email)).where(
            col(Customer.customer_id).in_(ids)
        )
    ).all()
    return {c: (name, seller) for c, name, seller in rows}
