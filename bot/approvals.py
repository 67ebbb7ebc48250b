"""Deciding approvals: who may, and what the decision releases or stops."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from bot import audit
from bot.db import begin_write
from bot.erp.export import enqueue_export
from bot.models import Approval, Order
from bot.quotes import latest
from bot.statuses import ApprovalStatus, OrderStatus, QuoteStatus, SubjectKind, move

ROLE_RANK = {"seller": 1, "manager": 2}


class ApprovalError(PermissionError):
    """A decision that may not be taken (role, or already decided)."""


def pending(session: Session) -> list[Approval]:
    return list(
        session.exec(
            select(Approval)
            .where(Approval.status == ApprovalStatus.PENDING.value)
            .order_by(col(Approval.requested_at))
        )
    )


def decide(
    session: Session,
    approval_id: int,
    *,
    approve: bool,
    user: str,
    role: str,
    comment: str,
    now: dt.datetime,
) -> Approval:
    """Approve or reject; an approved order goes to the outbox, a rejected one frees its stock."""
    begin_write(session)
    approval = session.get(Approval, approval_id, with_for_update=True)
    if approval is None:
        raise ApprovalError(f"no approval {approval_id}")
    if ROLE_RANK.get(role, 0) < ROLE_RANK[approval.role]:
        raise ApprovalError(f"deciding on {approval.subject} needs the {approval.role} role")
    if not comment.strip():
        raise ApprovalError("a decision needs a comment saying why")
    decision = ApprovalStatus.APPROVED if approve else ApprovalStatus.REJECTED
    approval.status = move(approval.status, decision)
    approval.decided_at, approval.decided_by, approval.comment = now, user, comment.strip()
    session.add(approval)
    audit.record(session, approval.subject, decision.value, user, comment, approval=approval.id)
    if approval.kind == SubjectKind.ORDER:
        order = session.exec(select(Order).where(Order.number == approval.subject)).one()
        if approve:
            order.status = move(order.status, OrderStatus.CONFIRMED)
            enqueue_export(session, order, now=now)
            audit.record(session, order.number, "confirmed", user, comment)
        else:
            order.status = move(order.status, OrderStatus.REJECTED)
        session.add(order)
    else:
        quote = latest(session, approval.subject)
        assert quote is not None
        if approve:
            quote.status = move(quote.status, QuoteStatus.DRAFT)
        else:
            quote.status = move(quote.status, QuoteStatus.LOST)
            quote.lost_reason = f"approval rejected: {comment.strip()}"[:500]
        session.add(quote)
    return approval
