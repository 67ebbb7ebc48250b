"""Orders: what a customer confirmed, the stock it holds, and its way to the ERP."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field, time_field


class Order(SQLModel, table=True):
    __tablename__ = "orders"
    __table_args__ = (
        # Orders by time with their status (insights' orders per week): an index-only
        # read of the range.
        sa.Index("ix_orders_created_at", "created_at", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=20, unique=True)
    customer_id: str = Field(max_length=64, foreign_key="customers.customer_id", index=True)
    quote_id: int | None = Field(default=None, foreign_key="quotes.id")
    status: str = Field(max_length=20, index=True)
    currency: str = Field(default="USD", max_length=3)
    total: Decimal = decimal_field(default=Decimal(0))
    created_at: dt.datetime = time_field()
    channel: str = Field(default="cli", max_length=20)
    conversation_id: int | None = Field(default=None, index=True)
    created_by: str = Field(max_length=254)
    erp_document: str | None = Field(default=None, max_length=64)
    # The stock hold outlives the export until the ERP shows the order (ERP.md):
    # when the ERP accepted it, how many stock.csv imports began since, and when
    # the ERP was seen to have it (listed in order_status.csv, or a second stock sync).
    erp_accepted_at: dt.datetime | None = time_field(nullable=True)
    stock_syncs: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    erp_seen_at: dt.datetime | None = time_field(nullable=True)
    # The buyer's purchase-order number ("OC 4500123", "PO#…"), kept for the ERP export.
    purchase_order: str | None = Field(default=None, max_length=40)
    # Where the buyer asked it delivered ("faena Los Bronces"), as written; in the export.
    delivery_note: str | None = Field(default=None, max_length=200)


class OrderLine(SQLModel, table=True):
    """A line of an order; while the order is open it holds its quantity in `warehouse`.

    A back-order line (`backorder`) is the part of a short item the buyer ordered to
    come later: it holds no stock (bot.stockholds skips it), `warehouse` is where the
    incoming stock arrives and `eta` its expected date (None: a seller confirms it).
    Back-in-stock notices find what a customer still waits for by this flag.
    """

    __tablename__ = "order_lines"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", index=True)
    position: int
    sku: str = Field(max_length=64, foreign_key="products.sku", index=True)
    name: str = Field(max_length=300)
    quantity: Decimal = decimal_field()
    uom: str | None = Field(default=None, max_length=16)
    unit_price: Decimal = decimal_field()
    line_total: Decimal = decimal_field()
    warehouse: str = Field(max_length=32)
    backorder: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    eta: dt.date | None = Field(default=None)
