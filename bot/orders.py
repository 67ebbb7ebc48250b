"""Orders from accepted quotes: stock reserved atomically, credit checked, ERP outbox.

`accept_quote` is what "acepto Q-2026-00012" does on any channel. An order exists
only when every line was reserved: the acceptance runs on its own savepoint, so a
refusal (stock short, quote not acceptable) leaves no order, no hold and no export
behind, whatever the caller commits afterwards. The quote's rows are locked first
(`SELECT ... FOR UPDATE` on PostgreSQL; SQLite's write lock), so one quote version
becomes at most one order however many acceptances race; the stock rows are locked
next, so two orders racing for the last units never both get them. An order whose
credit is not `ok` holds its stock but waits for a person (`pending_approval`); a
confirmed one is written to the outbox in the same transaction (`bot.erp.export`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot import audit
from bot.availability import Availability, availability_for, backorder_eta, ship_now
from bot.credit import CreditStatus, Reason, credit_for
from bot.db import begin_write
from bot.erp.export import enqueue_export
from bot.formatting import quantity_text
from bot.models import (
    Approval,
    Customer,
    ErpExport,
    Order,
    OrderLine,
    Product,
    Quote,
    QuoteLine,
    Stock,
)
from bot.numbering import next_number
from bot.pricing import money
from bot.promises import local_today
from bot.quotes import (
    QuoteError,
    Rules,
    lines_of,
    reprice,
    request_approval,
)
from bot.statuses import (
    ACCEPTABLE,
    HOLDING,
    ApprovalStatus,
    OrderStatus,
    QuoteStatus,
    SubjectKind,
    move,
)
from bot.stockholds import held_quantities


class OutOfStock(QuoteError):
    """Some lines cannot be reserved now; `short` says which and what is there."""

    def __init__(self, short: list[dict[str, object]]) -> None:
        self.short = short
        names = ", ".join(
            f"{s['sku']} (asked {_qty(s['quantity'])}, available {_qty(s['available'])})"
            for s in short
        )
        super().__init__(f"not enough stock to reserve: {names}", code="out_of_stock")

    def lines(self) -> list[dict[str, str]]:
        """The short lines with quantities as buyers read them, for the templates."""
        return [
            {
                "sku": str(s["sku"]),
                "quantity": _qty(s["quantity"]),
                "available": _qty(s["available"]),
            }
            for s in self.short
        ]


def _qty(value: object) -> str:
    return quantity_text(value) if isinstance(value, Decimal) else str(value)


@dataclass(frozen=True)
class Acceptance:
    order: Order
    quote: Quote  # the version accepted (a new one if the quote had expired)
    repriced: bool
    # Why the order waits for approval (empty when confirmed): the credit answer the
    # decision was taken on, for channels to explain to the buyer.
    hold_reasons: list[Reason] = field(default_factory=list)


def accept_quote(
    session: Session,
    number: str,
    *,
    now: dt.datetime,
    rules: Rules,
    actor: str,
    cause: str | None = None,
    purchase_order: str | None = None,
    backorder: bool = False,
    delivery_note: str | None = None,
) -> Acceptance:
    """Turn quote `number` into an order (or an order waiting for approval).

    `purchase_order` is the buyer's PO number and `delivery_note` where they asked it
    delivered, both kept on the order and in its export.
    `backorder`: the buyer chose to take what ships now and back-order the rest, so a
    short line becomes what one warehouse has now (held) plus a back-order line for
    the rest (not held, with the ETA of stock.csv's incoming when it covers it); the
    order's value is still the whole quote's, for credit and approvals alike.

    Raises `QuoteError` (`OutOfStock` when lines are short) with nothing written: the
    work runs on a savepoint that is rolled back on any error, so a caller that
    catches the refusal and commits the rest of its turn commits no half order.
    """
    begin_write(session)
    with session.begin_nested():
        return _accept(
            session, number, now=now, rules=rules, actor=actor, cause=cause,
            purchase_order=purchase_order, backorder=backorder, delivery_note=delivery_note,
        )  # fmt: skip


def _accept(
    session: Session,
    number: str,
    *,
    now: dt.datetime,
    rules: Rules,
    actor: str,
    cause: str | None,
    purchase_order: str | None = None,
    backorder: bool = False,
    delivery_note: str | None = None,
) -> Acceptance:
    quote = _locked_latest(session, number)
    if quote is None:
        raise QuoteError(f"no quote {number}", code="no_quote", number=number)
    if quote.customer_id is None:
        raise QuoteError(
            f"{number} was quoted to a guest: a customer account is needed to order",
            code="guest_quote", number=number,
        )  # fmt: skip
    if quote.status not in ACCEPTABLE:
        raise _why_not(quote)
    repriced = False
    if quote.status == QuoteStatus.EXPIRED or quote.valid_until < now.date():
        quote = reprice(
            session,
            quote,
            now=now,
            rules=rules,
            actor=actor,
            reason="expired before acceptance",
            cause=cause,
        )
        repriced = True
        if quote.status not in ACCEPTABLE:
            raise _why_not(quote)
    customer = session.get(Customer, quote.customer_id)
    assert customer is not None
    lines = lines_of(session, quote)
    credit = credit_for(
        session,
        customer,
        local_today(session, customer, now),
        order_value=quote.total,
        open_orders=open_orders_value(session, customer.customer_id),
    )
    status = (
        OrderStatus.CONFIRMED
        if credit.status is CreditStatus.OK
        else (OrderStatus.PENDING_APPROVAL)
    )
    order = _reserve(session, customer, quote, lines, status, now=now, actor=actor, cause=cause,
                     backorder=backorder)  # fmt: skip
    if purchase_order:
        order.purchase_order = purchase_order[:40]
    if delivery_note:
        order.delivery_note = delivery_note[:200]
    session.add(order)
    quote.status = move(quote.status, QuoteStatus.ACCEPTED)
    session.add(quote)
    audit.record(
        session, quote.number, "accepted", actor, cause, version=quote.version, order=order.number
    )
    if status is OrderStatus.CONFIRMED:
        enqueue_export(session, order, now=now)
        audit.record(session, order.number, "confirmed", actor, cause)
    else:
        reasons = [{"code": r.code, **r.params} for r in credit.reasons]
        request_approval(
            session, order.number, reasons, role="manager", actor=actor, cause=cause, now=now,
            kind=SubjectKind.ORDER,
        )  # fmt: skip
    return Acceptance(
        order, quote, repriced, [] if status is OrderStatus.CONFIRMED else credit.reasons
    )


def _locked_latest(session: Session, number: str) -> Quote | None:
    """The newest version of `number`, read after locking every version's row.

    A second acceptance waits here until the first commits, then reads the quote as
    the first left it (accepted, or superseded by a repriced version) and is refused.
    `populate_existing` refreshes a copy the caller's session already holds.
    """
    session.exec(
        select(Quote.id)
        .where(Quote.number == number)
        .order_by(col(Quote.version))
        .with_for_update()
    ).all()
    return session.exec(
        select(Quote)
        .where(Quote.number == number)
        .order_by(col(Quote.version).desc())
        .limit(1)
        .execution_options(populate_existing=True)
    ).first()


def _why_not(quote: Quote) -> QuoteError:
    reasons = {
        QuoteStatus.NEEDS_REVIEW: "has lines a seller must complete first",
        QuoteStatus.PENDING_APPROVAL: "is waiting for a manager's approval",
        QuoteStatus.ACCEPTED: "was already accepted",
        QuoteStatus.LOST: "was closed as lost",
        QuoteStatus.SUPERSEDED: "was replaced by a newer version",
    }
    status = QuoteStatus(quote.status)
    return QuoteError(
        f"{quote.number} v{quote.version} {reasons.get(status, quote.status)}",
        code=f"quote_{status.value}" if status in reasons else "other",
        number=quote.number, version=quote.version,
    )  # fmt: skip


def _reserve(
    session: Session,
    customer: Customer,
    quote: Quote,
    lines: Sequence[QuoteLine],
    status: OrderStatus,
    *,
    now: dt.datetime,
    actor: str,
    cause: str | None,
    backorder: bool = False,
) -> Order:
    skus = sorted({line.sku for line in lines if line.sku})
    # Lock the stock rows of these SKUs, in a fixed order, for the rest of the transaction.
    session.exec(
        select(Stock)
        .where(col(Stock.sku).in_(skus))
        .order_by(col(Stock.sku), col(Stock.warehouse))
        .with_for_update()
    ).all()
    held = dict(held_quantities(session, skus))
    order = Order(
        number=next_number(session, "O", now.year),
        customer_id=customer.customer_id,
        quote_id=quote.id,
        status=status.value,
        currency=quote.currency,
        created_at=now,
        channel=quote.channel,
        conversation_id=quote.conversation_id,
        created_by=actor,
    )
    session.add(order)
    session.flush()
    short: list[dict[str, object]] = []
    total = Decimal(0)
    made: list[OrderLine] = []

    def add(line: QuoteLine, name: str, quantity: Decimal, line_total: Decimal, warehouse: str,
            eta: dt.date | None = None, later: bool = False) -> None:  # fmt: skip
        assert line.sku is not None and line.unit_price is not None
        made.append(OrderLine(
            order_id=order.id or 0, position=len(made) + 1, sku=line.sku, name=name,
            quantity=quantity, uom=line.uom, unit_price=line.unit_price, line_total=line_total,
            warehouse=warehouse, backorder=later, eta=eta,
        ))  # fmt: skip

    for line in (ln for ln in lines if ln.sku):
        product = session.get(Product, line.sku)
        assert product is not None and line.unit_price is not None and line.line_total is not None
        answer = availability_for(
            session, product, line.quantity, customer, now, held=held, with_substitutes=False
        )
        warehouse = _warehouse(answer, line.warehouse, line.quantity)
        total += line.line_total
        if warehouse is None and backorder:
            house, now_qty = ship_now(answer, customer)
            rest = line.quantity - now_qty
            if house is not None and now_qty > 0:
                key = (product.sku, house)
                held[key] = held.get(key, Decimal(0)) + now_qty
                add(line, product.name, now_qty, money(line.unit_price * now_qty), house)
            arrives, eta = backorder_eta(answer, rest)
            into = arrives or house or customer.default_warehouse or line.warehouse or \
                (answer.warehouses[0].warehouse if answer.warehouses else "")  # fmt: skip
            later_total = line.line_total - (made[-1].line_total if house and now_qty > 0 else 0)
            add(line, product.name, rest, later_total, into, eta, later=True)
            continue
        if warehouse is None:
            short.append(
                {"sku": product.sku, "quantity": line.quantity, "available": answer.available_now}
            )
            continue
        key = (product.sku, warehouse)
        held[key] = held.get(key, Decimal(0)) + line.quantity  # same SKU twice on one order
        add(line, product.name, line.quantity, line.line_total, warehouse)
    if short:
        raise OutOfStock(short)
    session.add_all(made)
    order.total = total
    audit.record(
        session,
        order.number,
        "created",
        actor,
        cause,
        quote=quote.number,
        version=quote.version,
        total=total,
    )
    audit.record(
        session,
        order.number,
        "reserved",
        actor,
        cause,
        lines=[{"sku": ln.sku, "quantity": ln.quantity, "warehouse": ln.warehouse}
               for ln in made if not ln.backorder],
    )  # fmt: skip
    later = [ln for ln in made if ln.backorder]
    if later:
        audit.record(
            session, order.number, "backordered", actor, cause,
            lines=[{"sku": ln.sku, "quantity": ln.quantity, "eta": ln.eta} for ln in later],
        )  # fmt: skip
    return order


def _warehouse(answer: Availability, quoted: str | None, quantity: Decimal) -> str | None:
    """The warehouse quoted if it still covers the quantity, else the one availability picks."""
    for stock in answer.warehouses:
        if stock.warehouse == quoted and stock.available >= quantity:
            return quoted
    return answer.ship_from


def open_orders_value(session: Session, customer_id: str, exclude: int | None = None) -> Decimal:
    """Value of the customer's orders Mostrador holds that the ERP has not invoiced yet."""
    query = select(sa.func.sum(Order.total)).where(
        Order.customer_id == customer_id, col(Order.status).in_(HOLDING)
    )
    if exclude is not None:
        query = query.where(Order.id != exclude)
    value = session.exec(query).one()
    return Decimal(value or 0)


class CancelError(QuoteError):
    """An order that can no longer be cancelled here (it reached the ERP, or is closed)."""


def cancel_order(
    session: Session, number: str, *, actor: str, reason: str, now: dt.datetime
) -> Order:
    """Cancel order `number` before it reaches the ERP; its stock holds end with it.

    Refused once its export file was written (the ERP may have read it: cancel it in
    the ERP) and for a closed order. A pending approval on it is closed as rejected,
    so nobody approves an order that no longer exists. The order row is locked, as the
    export job locks it before writing the file, so a cancel and an export never both
    happen.
    """
    if not reason.strip():
        raise CancelError("say why the order is cancelled")
    begin_write(session)
    order = session.exec(
        select(Order)
        .where(Order.number == number)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if order is None:
        raise CancelError(f"no order {number}")
    export = session.exec(select(ErpExport).where(ErpExport.order_id == order.id)).first()
    if order.status == OrderStatus.EXPORTED or (export is not None and export.written_at):
        raise CancelError(f"{number} was already sent to the ERP: cancel it in the ERP")
    if order.status not in HOLDING:
        raise CancelError(f"{number} is {order.status}: it cannot be cancelled")
    order.status = move(order.status, OrderStatus.CANCELLED)
    session.add(order)
    why = reason.strip()[:500]
    for approval in session.exec(
        select(Approval).where(
            Approval.subject == number, Approval.status == ApprovalStatus.PENDING.value
        )
    ):
        approval.status = move(approval.status, ApprovalStatus.REJECTED)
        approval.decided_at, approval.decided_by = now, actor
        approval.comment = f"order cancelled: {why}"[:1000]
        session.add(approval)
    audit.record(session, number, "cancelled", actor, why)
    audit.record(session, number, "hold.released", actor, "order cancelled")
    return order


def note_purchase_order(
    session: Session, order: Order, purchase_order: str, *, actor: str, cause: str | None
) -> bool:
    """The buyer's PO number sent after the order was placed, kept on it (shown in /api/v1
    and the console) with an audit event `purchase_order_noted`. An export file already
    written is not written again (ERP.md: written once); one still to be written carries
    it. False: the order already had that number (nothing changed)."""
    number = purchase_order.strip()[:40]
    if not number or order.purchase_order == number:
        return False
    before = order.purchase_order
    order.purchase_order = number
    session.add(order)
    export = session.exec(select(ErpExport).where(ErpExport.order_id == order.id)).first()
    written = bool(export is not None and export.written_at)
    if export is not None and not written:  # still to be written: it carries the number
        export.payload = {**export.payload, "purchase_order": number}
        session.add(export)
    audit.record(session, order.number, "purchase_order_noted", actor, cause,
                 purchase_order=number, before=before, exported=written)  # fmt: skip
    return True
