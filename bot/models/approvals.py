"""Approvals: a rule needs a person before a quote or order goes on."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import time_field


class Approval(SQLModel, table=True):
    """A request for a decision on `subject` (a quote or order number), with its reasons.

    `kind` says whether the subject is a quote or an order (`SubjectKind`); `role` is
    the least role that may decide ("seller" or "manager").
    """

    __tablename__ = "approvals"

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(max_length=20, index=True)
    kind: str = Field(default="quote", max_length=10)
    status: str = Field(max_length=10, index=True)
    role: str = Field(max_length=10)
    reasons: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)
    requested_at: dt.datetime = time_field()
    decided_at: dt.datetime | None = time_field(nullable=True)
    decided_by: str | None = Field(default=None, max_length=254)
    comment: str | None = Field(default=None, max_length=1000)
