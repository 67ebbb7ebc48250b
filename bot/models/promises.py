"""Promises to pay: what a buyer said they would pay, and by when (SPEC.md "After the sale")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field, time_field


class PaymentPromise(SQLModel, table=True):
    """ "Pago el viernes", "we'll transfer tomorrow 5,000", kept on the customer.

    `invoices` is what was owed when the promise was made ({invoice: balance}), so the
    next receivables import can tell whether that debt went down (bot/promises.py):
    `status` is `open` until then, `kept` or `broken` after.
    """

    __tablename__ = "payment_promises"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(max_length=64, foreign_key="customers.customer_id", index=True)
    promised_on: dt.date
    amount: Decimal | None = decimal_field(nullable=True)  # None: "pago el viernes", no figure
    currency: str = Field(default="USD", max_length=3)
    text: str = Field(max_length=1000)  # the buyer's message, as written
    owed: Decimal = decimal_field(default=Decimal(0))  # Σ invoices, when promised
    invoices: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON, nullable=False)
    status: str = Field(default="open", max_length=10, index=True)
    paid: Decimal | None = decimal_field(nullable=True)  # how much of `invoices` went, when settled
    settled_at: dt.datetime | None = time_field(nullable=True)
    created_at: dt.datetime = time_field()
    created_by: str = Field(max_length=254)  # customer:C001, or the seller who noted it
    conversation_id: int | None = Field(default=None)
