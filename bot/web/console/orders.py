"""Orders in the console: a seller accepts a quote for the buyer, opens an order's page,
and cancels an order that has not reached the ERP (the buyer is told, in their channel).

Accepting goes through `bot.orders.accept_quote`, the function every channel uses:
the same credit rules, approvals, stock reservation and outbox, with the seller
recorded as the actor in the trail. The buyer is told in their channel, as when they
accept themselves (workers.notify.tell_order).
"""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from sqlmodel import col, select
from werkzeug.wrappers import Response

from bot import audit
from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.handoff import WAITING_FOR_APPROVAL, QueueReason, clear, flag, subject_of
from bot.jobs import enqueue
from bot.models import Approval, Conversation, Customer, ErpExport, Order, OrderLine, Quote
from bot.order_tracking import order_status
from bot.orders import CancelError, OutOfStock, accept_quote, cancel_order
from bot.quotes import QuoteError, Rules
from bot.statuses import HOLDING, OrderStatus, Owner
from bot.web.console.approvals import reason_text
from bot.web.console.auth import me
from bot.web.console.blueprint import bp
from workers.jobs import EXPORT_ORDER, TELL_ORDER


@bp.post("/quotes/<number>/accept")
@login_required
def accept_for_buyer(number: str) -> Response:
    """Turn the quote into an order on the buyer's behalf (their word, the seller's click)."""
    po = (request.form.get("po") or "").strip() or None
    try:
        with session_scope(get_engine(), write=True) as session:
            accepted = accept_quote(
                session, number, now=utcnow(), rules=Rules.from_config(current_app.config),
                actor=me().email, cause="console: accepted for the buyer", purchase_order=po,
            )  # fmt: skip
            order = accepted.order
            order_id, order_number, status = order.id or 0, order.number, order.status
            conversation = (
                session.get(Conversation, order.conversation_id) if order.conversation_id else None
            )
            if conversation is not None:
                audit.record(session, subject_of(conversation.id or 0), "order_for_buyer",
                             me().email, None, order=order_number, quote=number)  # fmt: skip
            if conversation is not None and status == OrderStatus.PENDING_APPROVAL:
                flag(session, conversation, QueueReason.ORDER_NEEDS_APPROVAL, utcnow(),
                     actor=me().email, cause=order_number)  # fmt: skip
    except OutOfStock as exc:
        flash(f"Nothing was ordered: {exc}", "error")
        return redirect(url_for("console.quote", number=number))
    except QuoteError as exc:
        flash(str(exc), "error")
        return redirect(url_for("console.quote", number=number))
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if status == OrderStatus.CONFIRMED:
        enqueue(app, EXPORT_ORDER, order_id)
    if conversation is not None:
        enqueue(app, TELL_ORDER, order_id)
    waits = " It waits for a manager's approval." if status == OrderStatus.PENDING_APPROVAL else ""
    flash(f"Order {order_number} placed for the buyer.{waits}", "ok")
    return redirect(url_for("console.order_page", number=order_number))


@bp.app_template_global()
def conversation_orders(conversation_id: int) -> list[Order]:
    """Orders placed from a conversation, newest first (templates/console/_acting.html)."""
    return list(
        get_session().exec(
            select(Order)
            .where(Order.conversation_id == conversation_id)
            .order_by(col(Order.id).desc())
            .limit(10)
        )
    )


@bp.get("/orders/<number>")
@login_required
def order_page(number: str) -> str:
    """One order: lines, status, stock held, export, the ERP's word on it, and its trail."""
    session = get_session()
    order = session.exec(select(Order).where(Order.number == number)).first()
    if order is None:
        abort(404)
    lines = session.exec(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(col(OrderLine.position))
    ).all()
    export = session.exec(select(ErpExport).where(ErpExport.order_id == order.id)).first()
    approvals = session.exec(
        select(Approval).where(Approval.subject == number).order_by(col(Approval.id))
    ).all()
    holding = order.status in HOLDING or (
        order.status == OrderStatus.EXPORTED and order.erp_seen_at is None
    )
    return render_template(
        "console/order.html",
        o=order,
        lines=lines,
        customer=session.get(Customer, order.customer_id),
        quote=session.get(Quote, order.quote_id) if order.quote_id else None,
        export=export,
        erp=order_status(session, number),
        approvals=[(a, [reason_text(r) for r in a.reasons]) for a in approvals],
        holding=holding,
        cancellable=order.status in HOLDING and not (export and export.written_at),
        events=audit.trail(session, number),
        user=me(),
    )


@bp.post("/orders/<number>/cancel")
@login_required
def cancel(number: str) -> Response:
    """Cancel an order the ERP has not received: its stock is free again at once."""
    here = url_for("console.order_page", number=number)
    try:
        with session_scope(get_engine(), write=True) as session:
            order = cancel_order(session, number, actor=me().email,
                                 reason=request.form.get("reason", ""), now=utcnow())  # fmt: skip
            conversation = (
                session.get(Conversation, order.conversation_id) if order.conversation_id else None
            )
            if conversation is not None and conversation.owner == Owner.BOT:
                clear(session, conversation, utcnow(), only=WAITING_FOR_APPROVAL,
                      actor=me().email, cause=f"{number} cancelled")  # fmt: skip
            order_id = order.id or 0
            told = order.conversation_id is not None
    except CancelError as exc:
        flash(str(exc), "error")
        return redirect(here)
    if told:
        enqueue(current_app._get_current_object(), TELL_ORDER, order_id)  # type: ignore[attr-defined]
    flash(f"{number} cancelled; its stock is free again.", "ok")
    return redirect(here)
