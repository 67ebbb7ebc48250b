"""A customer at a glance, for the seller beside a conversation ("customer 360").

Read-only: credit and its reasons, invoices past due, quotes and orders still open
(with the ERP's word on each, order_status.csv), what the customer bought lately,
from the ERP's sales history and our own orders, and the payments the customer
promised (open, kept or broken) with every open invoice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlmodel import Session, col, select

from bot.credit import Credit, credit_for, explain
from bot.models import (
    Customer,
    ErpOrderStatus,
    Order,
    OrderLine,
    PaymentPromise,
    Product,
    Quote,
    Receivable,
    SalesLine,
)
from bot.orders import open_orders_value
from bot.promises import promises_of
from bot.statuses import HOLDING, OrderStatus, QuoteStatus
from bot.wording import Wording

OPEN_QUOTES = (QuoteStatus.DRAFT, QuoteStatus.NEEDS_REVIEW, QuoteStatus.PENDING_APPROVAL,
               QuoteStatus.SENT)  # fmt: skip
# An order still on its way, as the ERP reports it (order_status.csv).
ERP_OPEN = ("received", "picking", "shipped")


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
    erp_status: dict[str, ErpOrderStatus]  # open_orders' numbers -> the ERP's row
    erp_open: list[ErpOrderStatus]  # orders on their way in the ERP, ours or not
    history: list[tuple[SalesLine, str]]  # newest invoice lines, with the item's name
    promises: list[PaymentPromise] = field(default_factory=list)  # newest first
    open_invoices: list[Receivable] = field(default_factory=list)  # due first


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
        .where(
            Order.customer_id == customer.customer_id,
            col(Order.status).in_([*HOLDING, OrderStatus.EXPORTED.value]),
        )
        .order_by(col(Order.created_at).desc())
        .limit(20)
    ).all()
    erp_rows = session.exec(
        select(ErpOrderStatus)
        .where(ErpOrderStatus.customer_id == customer.customer_id)
        .order_by(col(ErpOrderStatus.updated).desc().nulls_last())
        .limit(50)
    ).all()
    erp_status = {row.order_number: row for row in erp_rows}
    orders = [o for o in orders if erp_status.get(o.number) is None
              or erp_status[o.number].status in ERP_OPEN]  # fmt: skip
    history = session.exec(
        select(SalesLine, Product.name)
        .join(Product, col(Product.sku) == col(SalesLine.sku), isouter=True)
        .where(SalesLine.customer_id == customer.customer_id)
        .order_by(col(SalesLine.date).desc(), col(SalesLine.invoice).desc(), col(SalesLine.line))
        .limit(recent)
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
    open_invoices = session.exec(
        select(Receivable)
        .where(Receivable.customer_id == customer.customer_id, col(Receivable.balance) > 0)
        .order_by(col(Receivable.due), col(Receivable.invoice))
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
        erp_status=erp_status,
        erp_open=[
            r
            for r in erp_rows
            if r.status in ERP_OPEN and r.order_number not in {o.number for o in orders}
        ],
        history=[(line, name or line.sku) for line, name in history],
        promises=promises_of(session, customer.customer_id),
        open_invoices=list(open_invoices),
    )
