"""Who holds a conversation, and why it waits in the sellers' queue.

A take-over is a single conditional UPDATE (`owner = 'bot'` → the seller), so two
sellers clicking at the same moment cannot both win on any database; the bot
re-checks the owner before every send (workers.send) and so never talks over the
seller. Handing back returns the conversation to the bot's idle state.

`flag` and `clear` are the only way into and out of the queue: `Conversation.attention`
holds a `QueueReason` (its words for sellers are in templates/console/_reasons.html),
`attention_detail` the particulars (which error, which mail), and each change is in
the audit trail.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import sqlalchemy as sa
from flask import current_app, has_app_context
from sqlmodel import Session, col

from bot import assignment, audit
from bot.db import begin_write
from bot.models import Conversation
from bot.statuses import ConversationState, Owner

BOT = Owner.BOT.value


class QueueReason(StrEnum):
    """Why a conversation needs a person."""

    ASKED_FOR_SELLER = "asked_for_seller"
    NOT_UNDERSTOOD = "not_understood"
    QUOTE_NEEDS_SELLER = "quote_needs_seller"  # open lines to complete
    QUOTE_NEEDS_APPROVAL = "quote_needs_approval"
    ORDER_NEEDS_APPROVAL = "order_needs_approval"
    MAIL_WITHOUT_ITEMS = "mail_without_items"
    UNKNOWN_QUOTE = "unknown_quote"  # an acceptance naming a quote not theirs
    ACCEPTANCE_FAILED = "acceptance_failed"
    ACCEPTANCE_SHORT = "acceptance_short"  # short of stock: nothing was ordered
    FAILED_DELIVERY = "failed_delivery"
    QUARANTINED_MAIL = "quarantined_mail"
    MEDIA_FAILED = "media_failed"
    LEAD = "lead"  # a guest gave company, tax id and email: link or create the customer
    ORDER_CHANGE = "order_change"  # a line added or cancelled on a placed order, another house
    DISCOUNT_BEYOND_LIMIT = "discount_beyond_limit"  # a price named under MAX_DISCOUNT_PCT's
    DISCOUNT_ASKED = "discount_asked"  # a per cent off within MAX_DISCOUNT_PCT: a seller's to give
    AFTER_SALE_CLAIM = "after_sale_claim"  # a warranty, a return, a wrong or damaged item delivered
    DOCUMENT_ASKED = "document_asked"  # a datasheet or a certificate: a seller sends it


# Reasons a decided approval settles: the bot takes the chat back.
WAITING_FOR_APPROVAL = {QueueReason.QUOTE_NEEDS_APPROVAL, QueueReason.ORDER_NEEDS_APPROVAL}


class HandoffError(RuntimeError):
    """The conversation cannot change hands as asked (held by someone else, or missing)."""


def subject_of(conversation_id: int) -> str:
    """The audit subject of a conversation."""
    return f"conversation:{conversation_id}"


def flag(
    session: Session,
    conversation: Conversation,
    reason: QueueReason,
    now: dt.datetime,
    *,
    actor: str = "system",
    cause: str | None = None,
    detail: str | None = None,
    replace: bool = False,
) -> bool:
    """Put `conversation` in the sellers' queue for `reason`; False when it already waits
    for another reason (the first one stays, unless `replace`)."""
    if conversation.attention is not None and not replace:
        return False
    conversation.attention = reason.value
    conversation.attention_detail = detail[:200] if detail else None
    conversation.attention_since = now
    session.add(conversation)
    audit.record(
        session, subject_of(conversation.id or 0), "escalated", actor, cause,
        reason=reason.value, **({"detail": detail} if detail else {}),
    )  # fmt: skip
    assignment.assign_new(session, conversation, now, max_chats())
    return True


def max_chats() -> int:
    """SELLER_MAX_CHATS of the running app (the default outside one)."""
    if has_app_context():
        return int(current_app.config.get("SELLER_MAX_CHATS") or assignment.DEFAULT_MAX_CHATS)
    return assignment.DEFAULT_MAX_CHATS


def clear(
    session: Session,
    conversation: Conversation,
    now: dt.datetime,
    *,
    only: set[QueueReason] | None = None,
    actor: str = "system",
    cause: str | None = None,
) -> bool:
    """Take `conversation` out of the queue, back to the bot's idle state (when `only`
    is given: only if it waits for one of those reasons). True when it was cleared."""
    if conversation.attention is None or (only is not None and conversation.attention not in only):
        return False
    conversation.state = ConversationState.IDLE.value
    conversation.attention = conversation.attention_detail = conversation.attention_since = None
    if conversation.owner == BOT:
        conversation.assignee = None  # nothing left to answer: the next escalation re-assigns
    conversation.updated_at = now
    session.add(conversation)
    audit.record(session, subject_of(conversation.id or 0), "cleared", actor, cause)
    return True


_RELEASED = {"state": ConversationState.IDLE.value, "attention": None, "attention_detail": None,
             "attention_since": None, "failures": 0, "assignee": None}  # fmt: skip


def take_over(session: Session, conversation_id: int, seller: str, now: dt.datetime) -> None:
    """Make `seller` the owner; raises HandoffError when another person holds it."""
    begin_write(session)
    taken = session.execute(
        sa.update(Conversation)
        .where(col(Conversation.id) == conversation_id, col(Conversation.owner) == BOT)
        .values(owner=seller, assignee=seller, updated_at=now)
    )
    if taken.rowcount == 0:  # type: ignore[attr-defined]
        owner = session.execute(
            sa.select(col(Conversation.owner)).where(col(Conversation.id) == conversation_id)
        ).scalar()
        if owner is None:
            raise HandoffError(f"no conversation {conversation_id}")
        if owner != seller:
            raise HandoffError(f"{owner} is already handling this conversation")
        return  # already ours: a second click changes nothing
    audit.record(session, subject_of(conversation_id), "taken_over", seller, None)


def hand_back(
    session: Session, conversation_id: int, seller: str, now: dt.datetime, *, force: bool = False
) -> None:
    """Give the conversation back to the bot, out of the queue and idle.

    Only its holder may hand it back, or a manager (`force`) for a seller who left.
    """
    begin_write(session)
    held_by = col(Conversation.owner) != BOT if force else col(Conversation.owner) == seller
    returned = session.execute(
        sa.update(Conversation)
        .where(col(Conversation.id) == conversation_id, held_by)
        .values(owner=BOT, updated_at=now, **_RELEASED)
    )
    if returned.rowcount == 0:  # type: ignore[attr-defined]
        raise HandoffError("only the seller holding this conversation can hand it back")
    audit.record(session, subject_of(conversation_id), "handed_back", seller, None)


def resolve(session: Session, conversation_id: int, actor: str, now: dt.datetime) -> None:
    """Take a conversation the bot holds out of the queue (its problem was dealt with)."""
    begin_write(session)
    cleared = session.execute(
        sa.update(Conversation)
        .where(col(Conversation.id) == conversation_id, col(Conversation.owner) == BOT)
        .values(updated_at=now, **_RELEASED)
    )
    if cleared.rowcount == 0:  # type: ignore[attr-defined]
        raise HandoffError("a seller holds this conversation: hand it back instead")
    audit.record(session, subject_of(conversation_id), "resolved", actor, None)
