"""What sellers taught the matcher: a customer's request words → one of our SKUs."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import time_field


class LearnedReference(SQLModel, table=True):
    """A customer's way of asking for an item, remembered from a seller or a buyer's pick.

    `request_key` is the request read into canonical words and codes
    (`bot.matching.request.request_key`), so "rulemanes 6204 sellados" and
    "rodamiento 6204 2rs" are one reference. The next request with the same key from
    that customer is answered with `sku` on its own (`reason: "learned"`).
    """

    __tablename__ = "learned_references"
    __table_args__ = (sa.UniqueConstraint("customer_id", "request_key"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(max_length=64, foreign_key="customers.customer_id", index=True)
    request_key: str = Field(max_length=500)
    request_text: str = Field(max_length=500)
    sku: str = Field(max_length=64, foreign_key="products.sku")
    source: str = Field(max_length=20)  # "seller" (console) or "buyer" (picked an option)
    created_by: str = Field(max_length=254)
    created_at: dt.datetime = time_field()
    quote_number: str | None = Field(default=None, max_length=20)
