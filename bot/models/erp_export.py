"""The ERP export row (outbox): one per confirmed order, written in the order's transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import time_field


class ErpExport(SQLModel, table=True):
    """The export of one order: its JSON, and how far delivery got.

    Because the row commits with the order, a crash after the commit loses nothing:
    the export job finds the row and finishes; the file name and the POST's
    Idempotency-Key are the order number, so finishing twice changes nothing.
    """

    __tablename__ = "erp_exports"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", unique=True)
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    created_at: dt.datetime = time_field()
    written_at: dt.datetime | None = time_field(nullable=True)
    posted_at: dt.datetime | None = time_field(nullable=True)
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=1000)
