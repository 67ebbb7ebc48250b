"""Which quotes a figure looks at: the filters, and the quote as one row.

A quote is counted once, whatever its number of versions: its date is when version 1
was made (the buyer's request), and its lines, status and channel are those of its
newest version (the only one not `superseded`). Filters:

* `start`..`end`: the days (UTC, both included) version 1 was made on;
* `seller`: customers whose `seller_email` it is (guests' quotes have no seller);
* `channel`: the channel the quote came in by (`whatsapp`, `email`, `cli`, ...);
* `customer`: one customer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col

from bot.models import Customer, Quote


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date  # included
    seller: str | None = None
    channel: str | None = None
    customer: str | None = None
    win_window_days: int = 30

    @property
    def since(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time(), tzinfo=dt.UTC)

    @property
    def until(self) -> dt.datetime:
        """The first moment after the range (`end` is included)."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "seller": self.seller,
            "channel": self.channel,
            "customer": self.customer,
            "win_window_days": self.win_window_days,
        }


def scoped_quotes(filters: Filters) -> Any:
    """A subquery: one row per quote in scope (newest version + the first one's time).

    Columns: id (the newest version's row), number, customer_id, status, channel,
    created_by, lost_reason, version, first_at.
    """
    first = aliased(Quote)
    query: Any = (
        sa.select(
            col(Quote.id).label("id"),
            col(Quote.number).label("number"),
            col(Quote.customer_id).label("customer_id"),
            col(Quote.status).label("status"),
            col(Quote.channel).label("channel"),
            col(Quote.created_by).label("created_by"),
            col(Quote.lost_reason).label("lost_reason"),
            col(Quote.version).label("version"),
            col(first.created_at).label("first_at"),
        )
        .join(first, sa.and_(col(first.number) == col(Quote.number), col(first.version) == 1))
        .where(
            col(Quote.status) != "superseded",
            col(first.created_at) >= filters.since,
            col(first.created_at) < filters.until,
        )
    )
    if filters.channel:
        query = query.where(col(Quote.channel) == filters.channel)
    if filters.customer:
        query = query.where(col(Quote.customer_id) == filters.customer)
    if filters.seller:
        query = query.join(Customer, col(Customer.customer_id) == col(Quote.customer_id)).where(
            sa.func.lower(col(Customer.seller_email)) == filters.seller.lower()
        )
    return query.subquery("scoped")
