"""What happened to orders after they left Mostrador, as order_status.csv tells it."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from bot.models.fields import time_field


class ErpOrderStatus(SQLModel, table=True):
    """One order as the ERP sees it.

    `order_number` is Mostrador's `O-…` number when the order came from here (the
    row then belongs to that order: join on `Order.number`), or the ERP's own number
    for an order taken another way (kept as an ERP order of the customer).
    """

    __tablename__ = "erp_order_status"

    order_number: str = Field(primary_key=True, max_length=64)
    customer_id: str = Field(max_length=64, foreign_key="customers.customer_id", index=True)
    status: str = Field(max_length=20)
    erp_document: str | None = Field(default=None, max_length=64)
    updated: dt.datetime | None = time_field(nullable=True)
    carrier: str | None = Field(default=None, max_length=100)
    tracking: str | None = Field(default=None, max_length=100)
    tracking_url: str | None = Field(default=None, max_length=500)
    eta: dt.date | None = Field(default=None)
    invoice: str | None = Field(default=None, max_length=64)
