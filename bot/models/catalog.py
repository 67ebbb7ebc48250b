"""The catalog mirrored from the ERP: products and customers' own part numbers."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import Field, SQLModel

from bot.models.fields import decimal_field, json_dict_field, json_list_field


class Product(SQLModel, table=True):
    """A sellable item. Never deleted: quotes and orders keep pointing at it.

    `active` is false when the ERP says so or when the product is missing from a
    later full import of products.csv.
    """

    __tablename__ = "products"

    sku: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=300)
    description: str | None = Field(default=None, max_length=1000)
    family: str | None = Field(default=None, max_length=80, index=True)
    brand: str | None = Field(default=None, max_length=80)
    uom: str = Field(max_length=16)
    pack_qty: Decimal = decimal_field(default=Decimal(1))
    list_price: Decimal = decimal_field()
    cost: Decimal | None = decimal_field(nullable=True)
    currency: str = Field(default="USD", max_length=3)
    aliases: list[str] = json_list_field()
    substitutes: list[str] = json_list_field()
    attributes: dict[str, str] = json_dict_field()
    image_url: str | None = Field(default=None, max_length=500)
    datasheet_url: str | None = Field(default=None, max_length=500)
    active: bool = Field(default=True)


class CrossReference(SQLModel, table=True):
    """A customer's own part number for one of our SKUs (`MLA-44-1020` → SKU)."""

    __tablename__ = "cross_references"

    customer_id: str = Field(primary_key=True, max_length=64, foreign_key="customers.customer_id")
    customer_part: str = Field(primary_key=True, max_length=100)
    sku: str = Field(max_length=64, foreign_key="products.sku", index=True)
