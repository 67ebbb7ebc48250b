"""The audit trail: one row per state change, whoever made it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import time_field


class AuditEvent(SQLModel, table=True):
    """Something that happened to a subject (an import, a quote, an order...).

    `subject` is what the event is about, as people name it (`Q-2026-00012`,
    `erp-import:7`); `actor` is `bot`, `system`, `customer:<id>` or a user's email;
    `cause` points at what caused it (a message id, a command line).
    """

    __tablename__ = "audit_events"
    # Events of one kind in a range: escalations, take-overs, approvals asked (insights).
    __table_args__ = (
        sa.Index("ix_audit_events_event_at", "event", "at"),
        # Take-overs by time with who and which chat (insights' chats handled: a year's
        # ~25,000 read from the index alone, not from rows all over the trail).
        sa.Index(
            "ix_audit_events_taken_over",
            "at",
            postgresql_include=["actor", "subject"],
            postgresql_where=sa.text("event = 'taken_over'"),
            sqlite_where=sa.text("event = 'taken_over'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = time_field()
    subject: str = Field(max_length=100, index=True)
    event: str = Field(max_length=64)
    actor: str = Field(max_length=254)
    cause: str | None = Field(default=None, max_length=500)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON, nullable=False)


class ErpImport(SQLModel, table=True):
    """One applied `mostrador erp import`: where from, when, and what it changed."""

    __tablename__ = "erp_imports"

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=1000)
    started_at: dt.datetime = time_field()
    finished_at: dt.datetime = time_field()
    changes: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON, nullable=False)


class ErpFileMark(SQLModel, table=True):
    """The version (modification time and size) of the last imported copy of each ERP file.

    Tells a new stock.csv from the same file read again by the next periodic sync:
    only a new one is a sync cycle of the ERP that can end an order's stock hold.
    """

    __tablename__ = "erp_file_marks"

    file: str = Field(primary_key=True, max_length=64)
    version: str = Field(max_length=64)
    imported_at: dt.datetime = time_field()
