"""Conversations on WhatsApp and email, and every message in and out of them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import time_field
from bot.statuses import ConversationState, Owner


class Conversation(SQLModel, table=True):
    """One customer address on one channel, with its flow state and who holds it.

    `owner` is "bot" or the seller who took it over; `attention` is the `QueueReason` it
    waits in the sellers' queue for (None: it does not), set only by `bot.handoff`.
    `last_inbound_at` opens WhatsApp's 24-hour window.
    """

    __tablename__ = "conversations"
    __table_args__ = (sa.UniqueConstraint("channel", "address", name="uq_conversations_address"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    address: str = Field(max_length=254)  # "whatsapp:+56912345678", or an email address
    customer_id: str | None = Field(
        default=None, max_length=64, foreign_key="customers.customer_id"
    )
    contact_name: str | None = Field(default=None, max_length=200)
    language: str = Field(default="es", max_length=2)
    state: str = Field(default=ConversationState.IDLE.value, max_length=32)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    owner: str = Field(default=Owner.BOT.value, max_length=254)
    # The seller responsible for it in the inbox (bot/assignment.py); None: unassigned.
    # Unlike `owner`, being assigned does not silence the bot: taking over does.
    assignee: str | None = Field(default=None, max_length=254, index=True)
    attention: str | None = Field(default=None, max_length=200)
    attention_detail: str | None = Field(default=None, max_length=200)
    attention_since: dt.datetime | None = time_field(nullable=True)
    failures: int = Field(default=0)
    last_inbound_at: dt.datetime | None = time_field(nullable=True)
    created_at: dt.datetime = time_field()
    updated_at: dt.datetime = time_field()


class Message(SQLModel, table=True):
    """A message in or out. Inbound ones are unique by the provider's id (MessageSid),
    replies by (the message they answer, their place): redeliveries and re-run jobs
    cannot duplicate either."""

    __tablename__ = "messages"
    __table_args__ = (
        sa.UniqueConstraint("in_reply_to", "reply_seq", name="uq_messages_reply"),
        # The answer to each customer turn, in time order (bot/insights/response.py).
        sa.Index("ix_messages_conversation_created", "conversation_id", "created_at", "id"),
        sa.Index("ix_messages_created_at", "created_at"),
        # What people wrote, by time (insights' chats handled): a few percent of them.
        sa.Index(
            "ix_messages_people_created_at",
            "created_at",
            postgresql_include=["author", "conversation_id"],  # read without the rows
            postgresql_where=sa.text("direction = 'out' AND author NOT IN ('bot', 'system')"),
            sqlite_where=sa.text("direction = 'out' AND author NOT IN ('bot', 'system')"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversations.id", index=True)
    direction: str = Field(max_length=3)  # "in" | "out"
    author: str = Field(max_length=254)  # "customer", "bot" or a seller's email
    provider_sid: str | None = Field(default=None, max_length=255, unique=True)
    body: str = Field(default="", sa_type=sa.Text)
    media: list[dict[str, str]] = Field(default_factory=list, sa_type=sa.JSON)
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    status: str = Field(max_length=16)
    error_code: str | None = Field(default=None, max_length=16)
    error_message: str | None = Field(default=None, max_length=500)
    template_sid: str | None = Field(default=None, max_length=64)
    template_variables: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)
    # What a message sent from outside a turn stands for ("seller-reply:<form nonce>",
    # "approval:<id>"): unique, so a double click or a re-run job queues it once.
    dedupe_key: str | None = Field(default=None, max_length=100, unique=True, index=True)
    in_reply_to: int | None = Field(default=None, foreign_key="messages.id")
    reply_seq: int | None = Field(default=None)
    created_at: dt.datetime = time_field()
    sent_at: dt.datetime | None = time_field(nullable=True)


class Note(SQLModel, table=True):
    """A seller's private note in a conversation's thread: never sent, never a Message,
    so no sending path can ever pick it up; each one is also in the audit trail."""

    __tablename__ = "conversation_notes"

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversations.id", index=True)
    author: str = Field(max_length=254)
    body: str = Field(sa_type=sa.Text)
    created_at: dt.datetime = time_field()


class ReadMark(SQLModel, table=True):
    """How far a console user has read a conversation: the newest inbound message they
    saw. Unread = inbound messages after it."""

    __tablename__ = "conversation_reads"

    user_id: int = Field(foreign_key="users.id", primary_key=True)
    conversation_id: int = Field(foreign_key="conversations.id", primary_key=True)
    message_id: int = Field(default=0)
