"""A customer at a glance, for the seller beside a conversation ("customer 360").

Read-only: credit and its reasons, invoices past due, quotes and orders still open,
and what the customer bought lately, from the mirrored ERP data and our own orders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, col, select

from bot.credit import Credit, credit_for, explain
from bot.models import Customer, Order, OrderLine, Quote, Receivable
from bot.orders import open_orders_value
from bot.statuses import HOLDING, QuoteStatus
from bot.wording import Wording

OPEN_QUOTES = (QuoteStatus.DRAFT, QuoteStatus.NEEDS_REVIEW, QuoteStatus.PENDING_APPROVAL,
               QuoteStatus.SENT)  # fmt: skip


@dataclass(frozen=True)
class Purchase:
    order: str
    at: dt.datetime
    sku: str
    name: str
    quantity: Decimal
    unit_price: Decimal


@dataclass(frozen=True)
class Overview:
    customer: Customer
    credit: Credit
    credit_reasons: list[str]  # sentences, in English for the seller
    overdue: list[Receivable]
    open_quotes: list[Quote]
    open_orders: list[Order]
    recent: list[Purchase]


def overview(
    session: Session, customer: Customer, today: dt.date, wording: Wording, *, recent: int = 10
) -> Overview:
    """Everything a seller checks before answering `customer`."""
    credit = credit_for(
        session, customer, today, open_orders=open_orders_value(session, customer.customer_id)
    )
    overdue = session.exec(
        select(Receivable)
        .where(
            Receivable.customer_id == customer.customer_id,
            col(Receivable.due) < today,
            col(Receivable.balance) > 0,
        )
        .order_by(col(Receivable.due))
    ).all()
    quotes = session.exec(
        select(Quote)
        .where(
            Quote.customer_id == customer.customer_id,
            col(Quote.status).in_([s.value for s in OPEN_QUOTES]),
        )
        .order_by(col(Quote.created_at).desc())
        .limit(20)
    ).all()
    orders = session.exec(
        select(Order)
        .where(Order.customer_id == customer.customer_id, col(Order.status).in_(HOLDING))
        .order_by(col(Order.created_at).desc())
    ).all()
    bought = session.exec(
        select(Order, OrderLine)
        .join(OrderLine, col(OrderLine.order_id) == col(Order.id))
        .where(
            Order.customer_id == customer.customer_id,
            col(Order.status).in_(["confirmed", "exported"]),
        )
        .order_by(col(Order.created_at).desc(), col(OrderLine.position))
        .limit(recent)
    ).all()
    return Overview(
        customer=customer,
        credit=credit,
        credit_reasons=[explain(wording, r, "en", "USD") for r in credit.reasons],
        overdue=list(overdue),
        open_quotes=list(quotes),
        open_orders=list(orders),
        recent=[
            Purchase(o.number, o.created_at, ln.sku, ln.name, ln.quantity, ln.unit_price)
            for o, ln in bought
        ],
    )
