"""Open invoices, the basis of every credit answer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field


class Receivable(SQLModel, table=True):
    """An invoice with what is still owed on it. Disputed ones do not count as overdue."""

    __tablename__ = "receivables"

    invoice: str = Field(primary_key=True, max_length=64)
    customer_id: str = Field(max_length=64, foreign_key="customers.customer_id", index=True)
    issued: dt.date
    due: dt.date
    amount: Decimal = decimal_field()
    balance: Decimal = decimal_field()
    disputed: bool = Field(default=False)
