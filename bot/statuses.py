"""Statuses of quotes, orders and approvals, with the moves each allows.

One table per kind, in one module (as RQ keeps its job lifecycle): code that
changes a status calls `move`, which refuses a move the table does not list, so
an order cannot jump from `rejected` to `confirmed` by accident.
"""

from __future__ import annotations

from enum import StrEnum


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    NEEDS_REVIEW = "needs_review"  # open lines a seller must complete
    PENDING_APPROVAL = "pending_approval"  # a margin or discount rule needs a person
    SENT = "sent"
    ACCEPTED = "accepted"
    EXPIRED = "expired"
    LOST = "lost"
    SUPERSEDED = "superseded"  # a newer version replaced it


class OrderStatus(StrEnum):
    PENDING_APPROVAL = "pending_approval"  # credit, margin or discount: a person decides
    CONFIRMED = "confirmed"  # in the ERP outbox
    EXPORTED = "exported"  # the ERP accepted it
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


Q, OS, A = QuoteStatus, OrderStatus, ApprovalStatus
# One table per kind: the kinds share status names ("pending_approval"), and str
# enums with equal values are equal dict keys.
MOVES: dict[type[StrEnum], dict[str, set[str]]] = {
    QuoteStatus: {
        Q.DRAFT: {Q.NEEDS_REVIEW, Q.PENDING_APPROVAL, Q.SENT, Q.ACCEPTED, Q.EXPIRED, Q.LOST,
                  Q.SUPERSEDED},
        Q.NEEDS_REVIEW: {Q.DRAFT, Q.PENDING_APPROVAL, Q.SENT, Q.EXPIRED, Q.LOST, Q.SUPERSEDED},
        Q.PENDING_APPROVAL: {Q.DRAFT, Q.SENT, Q.LOST, Q.EXPIRED, Q.SUPERSEDED},
        Q.SENT: {Q.ACCEPTED, Q.EXPIRED, Q.LOST, Q.SUPERSEDED},
        Q.ACCEPTED: {Q.SUPERSEDED},
        Q.EXPIRED: {Q.SUPERSEDED, Q.LOST},
        Q.LOST: set(),
        Q.SUPERSEDED: set(),
    },
    OrderStatus: {
        OS.PENDING_APPROVAL: {OS.CONFIRMED, OS.REJECTED, OS.CANCELLED},
        OS.CONFIRMED: {OS.EXPORTED, OS.CANCELLED},
        OS.EXPORTED: set(),
        OS.REJECTED: set(),
        OS.CANCELLED: set(),
    },
    ApprovalStatus: {
        A.PENDING: {A.APPROVED, A.REJECTED},
        A.APPROVED: set(),
        A.REJECTED: set(),
    },
}  # fmt: skip

# Orders whose lines still hold stock that the ERP has not reserved yet.
HOLDING = {OrderStatus.PENDING_APPROVAL.value, OrderStatus.CONFIRMED.value}
# Quotes a customer can still accept.
ACCEPTABLE = {QuoteStatus.DRAFT.value, QuoteStatus.SENT.value, QuoteStatus.EXPIRED.value}


class StatusError(ValueError):
    """A move the status table does not allow."""


def move(current: str, new: StrEnum) -> str:
    """Return `new` as the next status, or raise `StatusError` if not allowed from `current`."""
    if new.value not in MOVES[type(new)][current]:
        raise StatusError(f"cannot go from {current} to {new.value}")
    return new.value
