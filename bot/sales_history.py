"""What a customer bought before, and which brand to offer (ERP.md's sales_history.csv
and brand_preferences.csv).

Small read-only questions other parts ask: the matcher's brand rule ("a buyer who
names no brand gets the one they last bought, or the preferred one"), "the same as
last time", and how long a customer has been dormant. All take the session they
read in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.models import BrandPreference, Order, OrderLine, Product, SalesLine

DEFAULT = ""  # BrandPreference.customer_id of the distributor's default for a family


def last_bought_brand(session: Session, customer_id: str, family: str) -> str | None:
    """The brand of the newest invoice line of `customer_id` in `family` (None if never).

    Families compare case-insensitively; lines of products without a brand are skipped.
    """
    return session.exec(
        select(Product.brand)
        .join(SalesLine, col(SalesLine.sku) == col(Product.sku))
        .where(
            SalesLine.customer_id == customer_id,
            sa.func.lower(Product.family) == family.lower(),
            col(Product.brand).is_not(None),
            Product.brand != "",
            SalesLine.qty > 0,  # a credit note is not a purchase
        )
        .order_by(col(SalesLine.date).desc(), col(SalesLine.invoice).desc())
        .limit(1)
    ).first()


def preferred_brand(session: Session, customer_id: str | None, family: str) -> str | None:
    """The brand brand_preferences.csv names for the customer in `family`.

    The customer's own row wins over the distributor's default for the family; None
    when neither exists. `customer_id` None (a guest) reads the default only.
    """
    scopes = [DEFAULT] if not customer_id else [customer_id, DEFAULT]
    rows = session.exec(
        select(BrandPreference).where(
            sa.func.lower(BrandPreference.family) == family.lower(),
            col(BrandPreference.customer_id).in_(scopes),
        )
    ).all()
    by_scope = {row.customer_id: row.brand for row in rows}
    return next((by_scope[s] for s in scopes if s in by_scope), None)


def last_purchase(session: Session, customer_id: str, month: int | None = None) -> list[SalesLine]:
    """The lines of the customer's newest invoice ("the same as last time"), in line order;
    with `month` (1–12), the newest invoice dated in that month ("our April order")."""
    query = select(SalesLine.invoice).where(SalesLine.customer_id == customer_id,
                                            SalesLine.qty > 0)  # fmt: skip
    if month is not None:
        query = query.where(sa.extract("month", col(SalesLine.date)) == month)
    newest = session.exec(
        query.order_by(col(SalesLine.date).desc(), col(SalesLine.invoice).desc()).limit(1)
    ).first()
    if newest is None:
        return []
    return list(
        session.exec(
            select(SalesLine).where(SalesLine.invoice == newest).order_by(col(SalesLine.line))
        ).all()
    )


def last_purchase_date(session: Session, customer_id: str) -> dt.date | None:
    """The date of the customer's newest invoice line (dormant customers: long ago or None)."""
    return session.exec(
        select(sa.func.max(SalesLine.date)).where(SalesLine.customer_id == customer_id)
    ).one()


@dataclass(frozen=True)
class LastOrder:
    """What a customer bought last, wherever they bought it: `source` is `erp` (an
    invoice of sales_history.csv) or `mostrador` (an order placed here)."""

    source: str
    reference: str  # the invoice (F-40150) or the order (O-2026-00012)
    on: dt.date
    lines: list[tuple[str, Decimal]]  # (sku, quantity), in line order, one per SKU


def last_order(session: Session, customer_id: str, month: int | None = None) -> LastOrder | None:
    """"The same as last time": the newest of the customer's last invoice
    (sales_history.csv, by invoice date) and last Mostrador order (by the day it was
    placed; rejected and cancelled ones do not count). On the same day the ERP's
    invoice wins: it is what was actually delivered. `month` (1–12): the newest of those
    made in that month ("same as our April order"), the order's month in UTC."""
    invoice = last_purchase(session, customer_id, month)
    query = (
        select(Order)
        .where(Order.customer_id == customer_id)
        .where(col(Order.status).not_in(["rejected", "cancelled"]))
    )
    if month is not None:
        query = query.where(sa.extract("month", col(Order.created_at)) == month)
    order = session.exec(
        query.order_by(col(Order.created_at).desc(), col(Order.id).desc()).limit(1)
    ).first()
    found: LastOrder | None = None
    if invoice:
        found = LastOrder("erp", invoice[0].invoice, invoice[0].date,
                          _merged((s.sku, s.qty) for s in invoice if s.qty > 0))  # fmt: skip
    if order is not None and (found is None or order.created_at.date() > found.on):
        rows = session.exec(
            select(OrderLine)
            .where(OrderLine.order_id == order.id)
            .order_by(col(OrderLine.position))
        ).all()
        found = LastOrder("mostrador", order.number, order.created_at.date(),
                          _merged((r.sku, r.quantity) for r in rows))  # fmt: skip
    return found


def scaled(quantity: Decimal, times: Decimal | None) -> Decimal:
    """A reordered quantity times `times` ("double everything"); a whole count stays
    whole (half of 5 is 3)."""
    if times is None:
        return quantity
    result = quantity * times
    whole = quantity == quantity.to_integral_value()
    return result.to_integral_value(rounding=ROUND_CEILING) if whole else result


def _merged(lines: Iterable[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
    merged: dict[str, Decimal] = {}
    for sku, qty in lines:
        merged[sku] = merged.get(sku, Decimal(0)) + qty
    return list(merged.items())
