"""Orders as the ERP reports them after they left Mostrador (order_status.csv).

Read-only access for whoever tells a buyer or a seller where an order is: the row
of one order (a Mostrador `O-…` number or the ERP's own), and a customer's orders
as the ERP lists them, including those not taken through Mostrador; and, for the
chat's `estado`, both merged (`recent_orders`, `find_order`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, col, select

from bot.models import ErpOrderStatus, Order, OrderLine


def order_status(session: Session, number: str) -> ErpOrderStatus | None:
    """The ERP's latest word on order `number`, if its last order_status.csv listed it."""
    return session.get(ErpOrderStatus, number)


def erp_orders(session: Session, customer_id: str) -> list[tuple[ErpOrderStatus, Order | None]]:
    """The customer's orders in the ERP, newest update first, each with the Mostrador
    order it is (None for an order the ERP took another way)."""
    rows = session.exec(
        select(ErpOrderStatus, Order)
        .join(Order, col(Order.number) == col(ErpOrderStatus.order_number), isouter=True)
        .where(ErpOrderStatus.customer_id == customer_id)
        .order_by(
            col(ErpOrderStatus.updated).desc().nulls_last(),
            col(ErpOrderStatus.order_number).desc(),
        )
    ).all()
    return [(status, order) for status, order in rows]


@dataclass(frozen=True)
class Tracked:
    """One order as a buyer asks about it: Mostrador's, the ERP's, or both in one.

    `status` is the ERP's word when it has one (it knows what happened after the
    export), else Mostrador's (`confirmed`, `exported`, `pending_approval`…).
    """

    number: str
    status: str
    placed: dt.date | None
    currency: str
    total: Decimal | None
    order: Order | None
    erp: ErpOrderStatus | None

    @property
    def latest(self) -> dt.datetime:
        """When anything last happened to it (for "recent first")."""
        times = [t for t in (self.order.created_at if self.order else None,
                             self.erp.updated if self.erp else None) if t is not None]  # fmt: skip
        return max(times, default=dt.datetime.min.replace(tzinfo=dt.UTC))


def recent_orders(session: Session, customer_id: str, limit: int = 5) -> list[Tracked]:
    """The customer's latest orders, Mostrador's and the ERP's merged, newest first.

    Whatever chat or mailbox placed them: they are the customer's, not a conversation's.
    """
    ours = session.exec(
        select(Order)
        .where(Order.customer_id == customer_id)
        .order_by(col(Order.created_at).desc(), col(Order.id).desc())
        .limit(limit)
    ).all()
    listed = erp_orders(session, customer_id)[:limit]
    erp = {row.order_number: (row, order) for row, order in listed}
    found = [tracked(o, erp.pop(o.number, (order_status(session, o.number), o))[0]) for o in ours]
    found += [tracked(order, row) for row, order in erp.values()]
    found.sort(key=lambda t: t.latest, reverse=True)
    return found[:limit]


def find_order(session: Session, customer_id: str, number: str) -> Tracked | None:
    """One of the customer's orders by Mostrador's `O-…`, the ERP's order number, its
    document (`GD-55120`) or the buyer's own PO number kept on it (the newest order with
    it); None when it is not theirs (never another customer's)."""
    number = number.strip().upper()
    if number.isdigit():  # "la 80001": the customer's ERP document ending so (SO-80001)
        number = _by_digits(session, customer_id, number) or number
    order = session.exec(
        select(Order).where(Order.number == number, Order.customer_id == customer_id)
    ).first()
    if order is None:
        order = session.exec(
            select(Order)
            .where(Order.purchase_order == number, Order.customer_id == customer_id)
            .order_by(col(Order.created_at).desc(), col(Order.id).desc())
        ).first()
    row = session.exec(
        select(ErpOrderStatus).where(
            ErpOrderStatus.customer_id == customer_id,
            (col(ErpOrderStatus.order_number) == number)
            | (col(ErpOrderStatus.erp_document) == number)
            | (col(ErpOrderStatus.invoice) == number),
        )
    ).first()
    if order is None and row is not None:
        order = session.exec(
            select(Order).where(Order.number == row.order_number, Order.customer_id == customer_id)
        ).first()
    if order is None and row is None:
        order = session.exec(
            select(Order).where(Order.erp_document == number, Order.customer_id == customer_id)
        ).first()
    if order is not None and row is None:
        row = order_status(session, order.number)
    if order is None and row is None:
        return None
    return tracked(order, row)


def _by_digits(session: Session, customer_id: str, digits: str) -> str | None:
    """The customer's ERP order number whose own digits are `digits` ("80001" → SO-80001),
    or one of its documents (a dispatch guide, an invoice); None when none is."""
    ending = f"%-{digits}"
    row = session.exec(
        select(ErpOrderStatus).where(
            ErpOrderStatus.customer_id == customer_id,
            col(ErpOrderStatus.order_number).like(ending)
            | col(ErpOrderStatus.erp_document).like(ending)
            | col(ErpOrderStatus.invoice).like(ending),
        )
    ).first()
    return row.order_number if row is not None else None


def tracked(order: Order | None, row: ErpOrderStatus | None = None) -> Tracked:
    """An order as a buyer asks about it: Mostrador's (the ERP's status over its own when
    the ERP has a row), else the ERP's alone."""
    if order is not None:
        return Tracked(order.number, row.status if row else order.status,
                       order.created_at.date(), order.currency, order.total, order, row)
    assert row is not None
    placed = row.updated.date() if row.updated else None
    return Tracked(row.order_number, row.status, placed, "", None, None, row)


def backorders(session: Session, order_ids: list[int]) -> dict[int, list[OrderLine]]:
    """The back-order lines of these orders (what the buyer still waits for), per order."""
    found: dict[int, list[OrderLine]] = {}
    if not order_ids:
        return found
    rows = session.exec(
        select(OrderLine)
        .where(col(OrderLine.order_id).in_(order_ids), col(OrderLine.backorder).is_(True))
        .order_by(col(OrderLine.order_id), col(OrderLine.position))
    ).all()
    for line in rows:
        found.setdefault(line.order_id, []).append(line)
    return found
