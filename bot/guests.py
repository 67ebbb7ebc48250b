"""A guest conversation linked to a customer by a seller, who knows who is writing.

An address the ERP does not list is a guest (list prices, no orders). A seller who
recognises the buyer links the conversation to the customer account: from the next
message on, the turn loads that customer (flows.pipeline), so answers carry the
customer's prices, stock and credit, and orders become possible. A lead waiting in
the queue is settled by the link (the bot takes the chat back, idle).
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from bot import audit
from bot.db import begin_write
from bot.handoff import QueueReason, clear, subject_of
from bot.models import Conversation, Customer
from bot.statuses import ConversationState


class LinkError(ValueError):
    """The conversation cannot be linked as asked."""


def link_customer(
    session: Session, conversation_id: int, customer_id: str, *, actor: str, now: dt.datetime
) -> Conversation:
    """Make `customer_id` the buyer of guest conversation `conversation_id`."""
    begin_write(session)
    conversation = session.get(Conversation, conversation_id, with_for_update=True)
    if conversation is None:
        raise LinkError(f"no conversation {conversation_id}")
    customer = session.get(Customer, customer_id.strip())
    if customer is None or not customer.active:
        raise LinkError(f"no active customer {customer_id.strip()!r}")
    if conversation.customer_id is not None:
        raise LinkError(f"this conversation already buys for {conversation.customer_id}")
    conversation.customer_id = customer.customer_id
    conversation.updated_at = now
    lead = conversation.data.pop("lead", None)
    if conversation.state == ConversationState.LEAD:
        conversation.state = ConversationState.IDLE.value
    conversation.data = dict(conversation.data)  # a new dict: the JSON column is rewritten
    session.add(conversation)
    audit.record(
        session, subject_of(conversation_id), "linked", actor, None,
        customer=customer.customer_id, **({"lead": lead} if lead else {}),
    )  # fmt: skip
    clear(session, conversation, now, only={QueueReason.LEAD}, actor=actor, cause="linked")
    return conversation
