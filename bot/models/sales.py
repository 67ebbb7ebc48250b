"""What customers actually bought, and which brand to offer them (ERP.md).

`SalesLine` mirrors sales_history.csv: one invoice line each. It answers "the same
as last time", the brand a customer last bought in a family, and how long a
customer has been dormant. `BrandPreference` mirrors brand_preferences.csv.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field


class SalesLine(SQLModel, table=True):
    """One line of one ERP invoice. `order_number` is the ERP's or Mostrador's `O-…`."""

    __tablename__ = "sales_history"
    # "What did this customer buy, newest first" is the one question asked of it.
    __table_args__ = (sa.Index("ix_sales_history_customer_date", "customer_id", "date"),)

    invoice: str = Field(primary_key=True, max_length=64)
    line: int = Field(primary_key=True)
    customer_id: str = Field(max_length=64, foreign_key="customers.customer_id")
    date: dt.date
    sku: str = Field(max_length=64, foreign_key="products.sku")
    qty: Decimal = decimal_field()
    unit_price: Decimal = decimal_field()
    order_number: str | None = Field(default=None, max_length=64)


class BrandPreference(SQLModel, table=True):
    """The brand to offer in a family when a buyer names none.

    `customer_id` is "" for the distributor's default of the family (a key column
    cannot be NULL); a customer's own row beats the default.
    """

    __tablename__ = "brand_preferences"

    family: str = Field(primary_key=True, max_length=80)
    customer_id: str = Field(primary_key=True, max_length=64, default="")
    brand: str = Field(max_length=80)
