"""Console users: sellers and managers who sign in to take over and decide."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from bot.models.fields import time_field


class User(SQLModel, table=True):
    """A person who signs in to /console. The password is stored only as a salted hash.

    `role` is "seller" or "manager"; a manager may do everything a seller may, and decide
    approvals that need a manager (margin floor, discounts, credit).
    """

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True)
    name: str = Field(max_length=200)
    # Printed with name and email on the quote documents this seller sends.
    phone: str | None = Field(default=None, max_length=32)
    role: str = Field(max_length=10)
    password_hash: str = Field(max_length=255)
    active: bool = Field(default=True)
    created_at: dt.datetime = time_field()
    last_login_at: dt.datetime | None = time_field(nullable=True)
    # Part of every console session cookie; raised at sign-out (and on a password reset
    # or deactivation), which ends every cookie issued before, copies included.
    session_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # The seller's IANA time zone for times on the console (None: the browser's).
    tz: str | None = Field(default=None, max_length=64)
    # Presence: the last signed-in page seen; new escalations go only to sellers seen
    # within the last few minutes (bot/assignment.py). Cleared at sign-out.
    last_seen_at: dt.datetime | None = time_field(nullable=True)
    # Round-robin: the seller assigned longest ago goes next.
    last_assigned_at: dt.datetime | None = time_field(nullable=True)
