"""Approvals: what waits for a decision, the numbers behind it, and deciding it."""

from __future__ import annotations

from typing import Any

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from sqlmodel import Session, select
from werkzeug.wrappers import Response

from bot.approvals import ApprovalError, decide, pending
from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.jobs import enqueue
from bot.models import Approval, Customer, Order
from bot.quotes import latest
from bot.statuses import StatusError, SubjectKind
from bot.web.console.auth import me
from bot.web.console.blueprint import bp
from workers.jobs import EXPORT_ORDER, TELL_DECISION

REASONS = {
    "margin_floor": "{sku}: margin {margin_pct} % under the floor of {floor_pct} %",
    "discount": "{sku}: {unit_price} is {discount_pct} % under the rule price {rule_price}"
    " (sellers may give {max_pct} %)",
    "blocked": "customer blocked in the ERP: {reason}",
    "overdue": "{amount} overdue for {days} days (invoices {invoices})",
    "over_limit": "order {order_value} over the available credit {available}",
}


def reason_text(reason: dict[str, Any]) -> str:
    """One line a manager reads: the rule and the figures that tripped it."""
    template = REASONS.get(str(reason.get("code")))
    if template is None:
        return str(reason)
    figures = {k: ", ".join(v) if isinstance(v, list) else v for k, v in reason.items()}
    figures.setdefault("reason", "no reason given")
    try:
        return template.format(**figures)
    except KeyError:
        return str(reason)


def _subject_summary(session: Session, approval: Approval) -> dict[str, Any]:
    if approval.kind == SubjectKind.ORDER:
        order = session.exec(select(Order).where(Order.number == approval.subject)).first()
        owner = order.customer_id if order else None
        total, currency = (order.total, order.currency) if order else (None, "")
        kind, conversation_id = "order", order.conversation_id if order else None
    else:
        quote = latest(session, approval.subject)
        owner = quote.customer_id if quote else None
        total, currency = (quote.total, quote.currency) if quote else (None, "")
        kind, conversation_id = "quote", quote.conversation_id if quote else None
    customer = session.get(Customer, owner) if owner else None
    return {"kind": kind, "customer": customer, "total": total, "currency": currency,
            "conversation_id": conversation_id}  # fmt: skip


@bp.get("/approvals")
@login_required
def approvals() -> str:
    """Pending approvals, oldest first, with their reasons in words."""
    session = get_session()
    rows = [
        {"a": a, "reasons": [reason_text(r) for r in a.reasons], **_subject_summary(session, a)}
        for a in pending(session)
    ]
    return render_template("console/approvals.html", rows=rows, user=me())


@bp.post("/approvals/<int:approval_id>")
@login_required
def decide_approval(approval_id: int) -> Response:
    """Approve or reject with a comment; the customer hears the outcome in their channel."""
    approve = request.form.get("decision") == "approve"
    try:
        with session_scope(get_engine(), write=True) as session:
            approval = decide(
                session, approval_id, approve=approve, user=me().email, role=me().role,
                comment=request.form.get("comment", ""), now=utcnow(),
            )  # fmt: skip
            subject = approval.subject
            order_id = None
            if approve and approval.kind == SubjectKind.ORDER:
                order = session.exec(select(Order).where(Order.number == subject)).one()
                order_id = order.id
    except (ApprovalError, StatusError) as exc:
        flash(str(exc), "error")
        return redirect(url_for("console.approvals"))
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if order_id:
        enqueue(app, EXPORT_ORDER, order_id)
    enqueue(app, TELL_DECISION, approval_id)
    flash(f"{subject} {'approved' if approve else 'rejected'}; the customer is told.", "ok")
    return redirect(url_for("console.approvals"))
