"""Back-order lines re-dated by a stock.csv import.

A back-order line's `eta` is the `incoming_eta` of stock.csv by which the incoming
quantities cover it, at the time it was ordered (bot.orders). The ERP moves that date
(a supplier is late, a shipment comes early) or the stock arrives; each import of a
stock.csv re-reads every open back-order line against the new stock: its new date is
the day the incoming covers it, the customer's today when what is available now covers
it (the stock arrived), or none when neither does (a seller confirms the date). A
changed date is written on the line with a `backorder.redated` audit event on the
order; the buyer's `estado` shows the line's date, so it shows the new one.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from bot import audit
from bot.availability import availability_for, backorder_eta
from bot.models import Customer, ErpOrderStatus, Order, OrderLine, Product
from bot.promises import local_today
from bot.statuses import OrderStatus
from bot.stockholds import held_quantities

OPEN = (OrderStatus.PENDING_APPROVAL.value, OrderStatus.CONFIRMED.value,
        OrderStatus.EXPORTED.value)  # fmt: skip
DONE_IN_ERP = {"delivered", "invoiced", "cancelled"}  # order_status.csv: nothing left to wait for


def redate_backorders(session: Session, *, now: dt.datetime, actor: str) -> list[str]:
    """Re-date the open back-order lines after a stock import (in its transaction);
    return one `O-… SKU old → new` per line whose date changed."""
    rows = session.exec(
        select(OrderLine, Order)
        .join(Order, col(Order.id) == col(OrderLine.order_id))
        .where(col(OrderLine.backorder).is_(True), col(Order.status).in_(OPEN))
        .order_by(col(Order.created_at), col(Order.id), col(OrderLine.position))
    ).all()
    changed: list[str] = []
    held = held_quantities(session, [line.sku for line, _ in rows])  # what ships now is not free
    for line, order in rows:
        erp = session.get(ErpOrderStatus, order.number)
        if erp is not None and erp.status in DONE_IN_ERP:
            continue
        customer = session.get(Customer, order.customer_id)
        product = session.get(Product, line.sku)
        if customer is None or product is None:
            continue
        stock = availability_for(session, product, line.quantity, customer, now, held=held,
                                 with_substitutes=False)  # fmt: skip
        if stock.available_now >= line.quantity:
            eta: dt.date | None = local_today(session, customer, now)  # it arrived
            why = "in stock"
        else:
            eta = backorder_eta(stock, line.quantity)[1]
            why = "stock.csv incoming_eta" if eta else "incoming does not cover it"
        if eta == line.eta:
            continue
        audit.record(session, order.number, "backorder.redated", actor, "stock.csv import",
                     sku=line.sku, position=line.position, quantity=line.quantity,
                     eta_before=line.eta, eta=eta, reason=why)  # fmt: skip
        changed.append(f"{order.number} {line.sku} {_day(line.eta)} → {_day(eta)}")
        line.eta = eta
        session.add(line)
    return changed


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "to confirm"
