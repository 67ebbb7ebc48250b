"""Stock held by Mostrador's own open orders, not yet in the ERP's `reserved`.

An order holds its lines' quantities from the moment it is created (also while it
waits for approval, so the last units are not sold twice) until it is rejected or
cancelled, or until the ERP *shows* it (ERP.md, "Orders to the ERP"). Export is not
enough: the ERP's `reserved` counts an order only after its next sync, and releasing
the hold at export sold the same units twice (issue #12). The ERP shows an order when

- an imported order_status.csv lists it, or
- two stock.csv imports have begun since the ERP accepted the export (a full sync
  cycle, for an ERP that sends no order_status.csv).

Availability subtracts these holds (ERP.md). A back-order line holds nothing: its
units are not in any warehouse yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot import audit
from bot.models import ErpOrderStatus, Order, OrderLine
from bot.statuses import HOLDING, OrderStatus

# Stock imports after the ERP accepted an order that prove its `reserved` counts it.
SYNCS_TO_RELEASE = 2

EXPORTED = OrderStatus.EXPORTED.value


def is_holding() -> sa.ColumnElement[bool]:
    """SQL condition: the order's lines still hold stock."""
    return sa.or_(
        col(Order.status).in_(HOLDING),
        sa.and_(col(Order.status) == EXPORTED, col(Order.erp_seen_at).is_(None)),
    )


def held_quantities(session: Session, skus: Iterable[str]) -> dict[tuple[str, str], Decimal]:
    """Per (sku, warehouse), what open orders hold (back-order lines hold nothing)."""
    wanted = list(set(skus))
    if not wanted:
        return {}
    rows = session.exec(
        select(OrderLine.sku, OrderLine.warehouse, sa.func.sum(OrderLine.quantity))
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .where(is_holding(), col(OrderLine.sku).in_(wanted), col(OrderLine.backorder).is_(False))
        .group_by(col(OrderLine.sku), col(OrderLine.warehouse))
    ).all()
    return {(sku, warehouse): Decimal(total) for sku, warehouse, total in rows}


def release_after_import(
    session: Session,
    *,
    order_status: bool,
    new_stock: bool,
    started: dt.datetime,
    now: dt.datetime,
    actor: str,
) -> list[str]:
    """End the holds an ERP import shows the ERP has; return the order numbers released.

    Called by the importer inside the import's transaction, after the rows are
    written, so a rejected or dry-run import releases nothing.

    Args:
        order_status: the import carried order_status.csv (its rows are in the table).
        new_stock: the import carried a stock.csv not imported before (a file read
            again by the next periodic sync is not a new sync of the ERP).
        started: when the import began; an order the ERP accepted later is not counted
            (the stock file may predate it).
        now: when the holds end.
    """
    released: dict[str, str] = {}
    if order_status:
        listed = session.exec(
            select(Order)
            .join(ErpOrderStatus, col(ErpOrderStatus.order_number) == col(Order.number))
            .where(col(Order.erp_seen_at).is_(None))
        ).all()
        for order in listed:
            document = session.get(ErpOrderStatus, order.number)
            if document is not None and document.erp_document and not order.erp_document:
                order.erp_document = document.erp_document
            order.erp_seen_at = now  # an order not exported yet keeps holding until it is
            session.add(order)
            if order.status == EXPORTED:
                released[order.number] = "listed in order_status.csv"
    if new_stock:
        waiting = session.exec(
            select(Order).where(
                col(Order.status) == EXPORTED,
                col(Order.erp_seen_at).is_(None),
                col(Order.erp_accepted_at) < started,
            )
        ).all()
        for order in waiting:
            order.stock_syncs += 1
            if order.stock_syncs >= SYNCS_TO_RELEASE:
                order.erp_seen_at = now
                released[order.number] = f"{order.stock_syncs} stock.csv imports since export"
            session.add(order)
    for number, why in released.items():
        audit.record(session, number, "hold.released", actor, why)
    session.flush()
    return sorted(released)
