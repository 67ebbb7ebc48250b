"""Warehouses and what each holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field


class Warehouse(SQLModel, table=True):
    """A dispatch point. `cutoff` is local wall-clock time in `timezone`."""

    __tablename__ = "warehouses"

    warehouse: str = Field(primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    city: str | None = Field(default=None, max_length=100)
    cutoff: dt.time | None = Field(default=None)
    timezone: str = Field(default="UTC", max_length=64)
    active: bool = Field(default=True)


class Stock(SQLModel, table=True):
    """The ERP's stock figures for one SKU in one warehouse."""

    __tablename__ = "stock"

    sku: str = Field(primary_key=True, max_length=64, foreign_key="products.sku")
    warehouse: str = Field(primary_key=True, max_length=32, foreign_key="warehouses.warehouse")
    on_hand: Decimal = decimal_field(default=Decimal(0))
    reserved: Decimal = decimal_field(default=Decimal(0))
    damaged: Decimal = decimal_field(default=Decimal(0))
    incoming: Decimal = decimal_field(default=Decimal(0))
    incoming_eta: dt.date | None = Field(default=None)
