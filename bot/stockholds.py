"""Stock held by Mostrador's own open orders, not yet in the ERP's `reserved`.

An order holds its lines' quantities from the moment it is created (also while it
waits for approval, so the last units are not sold twice) until the ERP has it
(status `exported`) or it is rejected or cancelled. Availability subtracts these
holds (ERP.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.models import Order, OrderLine
from bot.statuses import HOLDING


def held_quantities(session: Session, skus: Iterable[str]) -> dict[tuple[str, str], Decimal]:
    """Per (sku, warehouse), what open orders hold."""
    wanted = list(set(skus))
    if not wanted:
        return {}
    rows = session.exec(
        select(OrderLine.sku, OrderLine.warehouse, sa.func.sum(OrderLine.quantity))
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .where(col(Order.status).in_(HOLDING), col(OrderLine.sku).in_(wanted))
        .group_by(col(OrderLine.sku), col(OrderLine.warehouse))
    ).all()
    return {(sku, warehouse): Decimal(total) for sku, warehouse, total in rows}
