"""The price sources of ERP.md, in the order the pricing rules consult them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field


class CustomerPrice(SQLModel, table=True):
    """Rule 1: a contract price for one customer, by quantity break and validity."""

    __tablename__ = "customer_prices"

    customer_id: str = Field(primary_key=True, max_length=64, foreign_key="customers.customer_id")
    sku: str = Field(primary_key=True, max_length=64, foreign_key="products.sku")
    min_qty: Decimal = decimal_field(primary_key=True, default=Decimal(1))
    price: Decimal = decimal_field()
    valid_from: dt.date | None = Field(default=None)
    valid_to: dt.date | None = Field(default=None)


class PriceListPrice(SQLModel, table=True):
    """Rule 2: a row of a named price list (price_lists.csv)."""

    __tablename__ = "price_list_prices"

    price_list: str = Field(primary_key=True, max_length=64)
    sku: str = Field(primary_key=True, max_length=64, foreign_key="products.sku", index=True)
    min_qty: Decimal = decimal_field(primary_key=True, default=Decimal(1))
    price: Decimal = decimal_field()
    currency: str | None = Field(default=None, max_length=3)
    valid_from: dt.date | None = Field(default=None)
    valid_to: dt.date | None = Field(default=None)


class FamilyDiscount(SQLModel, table=True):
    """Rule 3: a discount on a product family for a customer or a price list.

    `scope` is "customer" or "price_list" and `scope_id` the customer_id or
    price list name: the customer's own row beats its price list's row.
    """

    __tablename__ = "family_discounts"

    scope: str = Field(primary_key=True, max_length=16)
    scope_id: str = Field(primary_key=True, max_length=64)
    family: str = Field(primary_key=True, max_length=80)
    discount_pct: Decimal = decimal_field()
