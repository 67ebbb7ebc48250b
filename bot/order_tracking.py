"""Orders as the ERP reports them after they left Mostrador (order_status.csv).

Read-only access for whoever tells a buyer or a seller where an order is: the row
of one order (a Mostrador `O-…` number or the ERP's own), and a customer's orders
as the ERP lists them, including those not taken through Mostrador.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from bot.models import ErpOrderStatus, Order


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
