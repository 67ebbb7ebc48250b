"""Quotes: a number with versions, each version a priced set of lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field, time_field


class Quote(SQLModel, table=True):
    """One version of a quote. A revision is a new row with the same number.

    `conversation_id` links the conversation it came from (channels fill it in).
    `language` is the one its lines, document and mails are written in: a known
    customer's own, else the conversation's (a guest writing in Spanish reads Spanish).
    """

    __tablename__ = "quotes"
    __table_args__ = (
        sa.UniqueConstraint("number", "version", name="uq_quotes_number_version"),
        # Revisions and who made them (insights' workload): a tenth of the rows or less.
        sa.Index(
            "ix_quotes_revisions",
            "number",
            "created_by",
            postgresql_where=sa.text("version > 1"),
            sqlite_where=sa.text("version > 1"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=20, index=True)
    version: int = Field(default=1)
    customer_id: str | None = Field(
        default=None, max_length=64, foreign_key="customers.customer_id", index=True
    )
    status: str = Field(max_length=20, index=True)
    currency: str = Field(default="USD", max_length=3)
    created_at: dt.datetime = time_field()
    valid_until: dt.date
    total: Decimal = decimal_field(default=Decimal(0))
    lost_reason: str | None = Field(default=None, max_length=500)
    channel: str = Field(default="cli", max_length=20)
    conversation_id: int | None = Field(default=None, index=True)
    created_by: str = Field(max_length=254)
    language: str = Field(default="en", max_length=2, sa_column_kwargs={"server_default": "en"})


class QuoteLine(SQLModel, table=True):
    """A line as quoted: what the buyer wrote, what we matched, the price and stock then.

    An open line (`sku` None, `status` "open") is a request a seller must complete;
    `candidates` keeps what the matcher proposed.
    """

    __tablename__ = "quote_lines"

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quotes.id", index=True)
    position: int
    status: str = Field(max_length=10)  # "priced" | "open"
    request_text: str = Field(max_length=500)
    match_decision: str = Field(max_length=10)
    match_score: float = Field(default=0.0)
    candidates: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)
    sku: str | None = Field(default=None, max_length=64, foreign_key="products.sku")
    name: str | None = Field(default=None, max_length=300)
    quantity: Decimal = decimal_field()
    uom: str | None = Field(default=None, max_length=16)
    unit_price: Decimal | None = decimal_field(nullable=True)
    price_rule: str | None = Field(default=None, max_length=20)
    price_detail: str | None = Field(default=None, max_length=200)
    list_price: Decimal | None = decimal_field(nullable=True)
    cost: Decimal | None = decimal_field(nullable=True)
    line_total: Decimal | None = decimal_field(nullable=True)
    margin_pct: Decimal | None = decimal_field(nullable=True)
    available: Decimal | None = decimal_field(nullable=True)
    warehouse: str | None = Field(default=None, max_length=32)
    dispatch: str | None = Field(default=None, max_length=20)
    eta: dt.date | None = Field(default=None)
