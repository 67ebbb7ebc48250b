"""The words of the domain as code: statuses of quotes, orders, approvals, messages
and conversations, with the moves the first three allow.

One table per kind, in one module (as RQ keeps its job lifecycle): code that
changes a status calls `move`, which refuses a move the table does not list, so
an order cannot jump from `rejected` to `confirmed` by accident. Columns stay plain
strings in the database; these members are equal to their stored value.
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


class LineDecision(StrEnum):
    """What the matcher decided for one request line (bot/matching/matcher.py)."""

    AUTO = "auto"  # one product, sure enough to quote
    CONFIRM = "confirm"  # candidates for the buyer (or a seller) to pick from
    UNKNOWN = "unknown"  # nothing good enough: a seller completes it


class LineStatus(StrEnum):
    """A quote line: priced, or open for a seller to complete."""

    PRICED = "priced"
    OPEN = "open"


class SubjectKind(StrEnum):
    """What an approval is about (stored on the approval, never parsed from its number)."""

    QUOTE = "quote"
    ORDER = "order"


class MessageStatus(StrEnum):
    # inbound
    RECEIVED = "received"  # stored, its turn not run yet
    PROCESSED = "processed"  # its turn ran (or a seller holds the chat)
    QUARANTINED = "quarantined"  # a mail set aside, with the reason
    # outbound
    QUEUED = "queued"  # stored, the send job will send it
    SENDING = "sending"  # the send job took it (a crash here leaves it for a person)
    SENT = "sent"
    DELIVERED = "delivered"  # from here on: Twilio's status callback
    READ = "read"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    CANCELLED = "cancelled"  # a seller took the chat before the bot's reply left


class ConversationState(StrEnum):
    """Where the sales flow stands (flows/sales.py has the table)."""

    IDLE = "idle"
    CHOOSING = "choosing"  # the buyer picks among candidates
    CONFIRMING = "confirming"  # the order's total was shown: "sí" places it
    SHORT = "short"  # not enough stock: the buyer picks partial, substitute or a seller
    LEAD = "lead"  # a guest ordering: company, tax id and email asked
    HUMAN = "human"  # waiting for, or held by, a person: the bot is silent


class Owner(StrEnum):
    """Who holds a conversation: the bot, or else a seller (the owner is their email)."""

    BOT = "bot"


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
