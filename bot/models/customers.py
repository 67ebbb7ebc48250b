"""Customers and the people who buy, approve or pay for them."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field


class Customer(SQLModel, table=True):
    """A buying company. `credit_limit` None means no limit (ERP.md)."""

    __tablename__ = "customers"

    customer_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=300)
    tax_id: str | None = Field(default=None, max_length=64)
    address: str | None = Field(default=None, max_length=500)
    price_list: str | None = Field(default=None, max_length=64)
    segment: str | None = Field(default=None, max_length=64)
    seller_email: str | None = Field(default=None, max_length=254)
    credit_limit: Decimal | None = decimal_field(nullable=True)
    payment_terms_days: int | None = Field(default=None)
    blocked: bool = Field(default=False)
    block_reason: str | None = Field(default=None, max_length=500)
    language: str = Field(default="en", max_length=2)
    default_warehouse: str | None = Field(default=None, max_length=32)
    active: bool = Field(default=True)


class Contact(SQLModel, table=True):
    """A person at a customer, found by WhatsApp phone or by email.

    ERP.md keys contacts on customer + (phone or email); `contact_key` holds
    whichever identifies the row (the phone when given, else the email in lower
    case) so the key is one plain column.
    """

    __tablename__ = "contacts"

    customer_id: str = Field(primary_key=True, max_length=64, foreign_key="customers.customer_id")
    contact_key: str = Field(primary_key=True, max_length=254)
    name: str = Field(max_length=200)
    phone: str | None = Field(default=None, max_length=32, index=True)
    email: str | None = Field(default=None, max_length=254, index=True)
    role: str | None = Field(default=None, max_length=32)
