"""The files of an ERP folder, as ERP.md's table describes them, kept as data.

A `FileSpec` says which columns a file has, which are required, how each cell is
parsed, what the key is, which other rows it refers to, and what happens to rows
that a later import of the same file no longer carries.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlmodel import SQLModel

from bot.erp import cells
from bot.models import (
    BrandPreference,
    Contact,
    CrossReference,
    Customer,
    CustomerPrice,
    ErpOrderStatus,
    FamilyDiscount,
    PriceListPrice,
    Product,
    Receivable,
    SalesLine,
    Stock,
    Warehouse,
)

Row = dict[str, Any]


@dataclass(frozen=True)
class Col:
    """One CSV column: its parser, whether it must have a value, and its default."""

    name: str
    parse: Callable[[str], Any] = cells.text
    required: bool = False
    default: Any = None


class Absent(StrEnum):
    """What a full import does to a mirrored row the file no longer lists."""

    DEACTIVATE = "deactivate"  # entities quotes point at: products, customers, warehouses
    DELETE = "delete"  # facts that are simply no longer true: a price, a stock figure


@dataclass(frozen=True)
class Ref:
    """A column that must name a row of another file (or one already in the database)."""

    column: str
    target: str  # the referenced file name, e.g. "products.csv"


@dataclass(frozen=True, eq=False)
class FileSpec:
    """How one ERP file maps onto one table."""

    filename: str
    model: type[SQLModel]
    columns: tuple[Col, ...]
    key: tuple[str, ...]  # database columns of the key
    absent: Absent
    refs: tuple[Ref, ...] = ()
    # Turns the parsed CSV row into the table row; returns (column, reason) errors.
    to_db: Callable[[Row], tuple[Row, list[tuple[str, str]]]] | None = None
    key_label: str = field(default="")

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    @property
    def table_columns(self) -> list[str]:
        return list(self.model.__table__.columns.keys())  # type: ignore[attr-defined]

    @functools.cached_property
    def text_limits(self) -> tuple[tuple[str, int], ...]:
        """(column, max characters) of the table's bounded text columns."""
        columns = self.model.__table__.columns  # type: ignore[attr-defined]
        return tuple(
            (c.name, c.type.length)
            for c in columns
            if isinstance(getattr(c.type, "length", None), int)
        )


def _validity(row: Row) -> tuple[Row, list[tuple[str, str]]]:
    errors = []
    if row["valid_from"] and row["valid_to"] and row["valid_to"] < row["valid_from"]:
        errors.append(("valid_to", "is before valid_from"))
    return row, errors


def _contact(row: Row) -> tuple[Row, list[tuple[str, str]]]:
    key = row["phone"] or row["email"]
    if not key:
        return row, [("phone", "a contact needs a phone or an email")]
    return {**row, "contact_key": key}, []


def _family_discount(row: Row) -> tuple[Row, list[tuple[str, str]]]:
    price_list, customer_id = row.pop("price_list"), row.pop("customer_id")
    if bool(price_list) == bool(customer_id):
        return row, [("price_list", "give exactly one of price_list or customer_id")]
    scope = ("customer", customer_id) if customer_id else ("price_list", price_list)
    return {**row, "scope": scope[0], "scope_id": scope[1]}, []


def _product(row: Row) -> tuple[Row, list[tuple[str, str]]]:
    if row["sku"] in row["substitutes"]:
        return row, [("substitutes", "a product cannot substitute itself")]
    return row, []


def _order_column(row: Row) -> tuple[Row, list[tuple[str, str]]]:
    """`order` is a reserved word in SQL: the table calls the column `order_number`."""
    row["order_number"] = row.pop("order")
    return row, []


def _brand_preference(row: Row) -> tuple[Row, list[tuple[str, str]]]:
    row["customer_id"] = row["customer_id"] or ""  # "" = the distributor's default
    return row, []


PRODUCTS = "products.csv"
CUSTOMERS = "customers.csv"
WAREHOUSES = "warehouses.csv"

ONE = Decimal(1)
ZERO = Decimal(0)

# In dependency order: a file only refers to files above it.
SPECS: tuple[FileSpec, ...] = (
    FileSpec(
        WAREHOUSES,
        Warehouse,
        (
            Col("warehouse", cells.upper_code, required=True),
            Col("name", required=True),
            Col("city"),
            Col("cutoff", cells.clock_time),
            Col("timezone", cells.timezone, default="UTC"),
            Col("active", cells.boolean, default=True),
        ),
        key=("warehouse",),
        absent=Absent.DEACTIVATE,
    ),
    FileSpec(
        PRODUCTS,
        Product,
        (
            Col("sku", required=True),
            Col("name", required=True),
            Col("description"),
            Col("family"),
            Col("brand"),
            Col("uom", cells.upper_code, required=True),
            Col("pack_qty", cells.positive, default=ONE),
            Col("list_price", cells.non_negative, required=True),
            Col("cost", cells.non_negative),
            Col("currency", cells.currency, default="USD"),
            Col("aliases", cells.str_list, default=[]),
            Col("substitutes", cells.str_list, default=[]),
            Col("attributes", cells.key_values, default={}),
            Col("image_url"),
            Col("datasheet_url"),
            Col("active", cells.boolean, default=True),
        ),
        key=("sku",),
        absent=Absent.DEACTIVATE,
        to_db=_product,
    ),
    FileSpec(
        CUSTOMERS,
        Customer,
        (
            Col("customer_id", required=True),
            Col("name", required=True),
            Col("tax_id"),
            Col("address"),
            Col("price_list"),
            Col("segment"),
            Col("seller_email", cells.email),
            Col("credit_limit", cells.non_negative),
            Col("payment_terms_days", cells.whole),
            Col("blocked", cells.boolean, default=False),
            Col("block_reason"),
            Col("language", cells.language, default="en"),
            Col("default_warehouse", cells.upper_code),
            Col("active", cells.boolean, default=True),
        ),
        key=("customer_id",),
        absent=Absent.DEACTIVATE,
        refs=(Ref("default_warehouse", WAREHOUSES),),
    ),
    FileSpec(
        "contacts.csv",
        Contact,
        (
            Col("customer_id", required=True),
            Col("name", required=True),
            Col("phone", cells.phone),
            Col("email", cells.email),
            Col("role", str.lower),
        ),
        key=("customer_id", "contact_key"),
        key_label="customer_id+(phone or email)",
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS),),
        to_db=_contact,
    ),
    FileSpec(
        "price_lists.csv",
        PriceListPrice,
        (
            Col("price_list", required=True),
            Col("sku", required=True),
            Col("price", cells.non_negative, required=True),
            Col("min_qty", cells.positive, default=ONE),
            Col("currency", cells.currency),
            Col("valid_from", cells.date),
            Col("valid_to", cells.date),
        ),
        key=("price_list", "sku", "min_qty"),
        absent=Absent.DELETE,
        refs=(Ref("sku", PRODUCTS),),
        to_db=_validity,
    ),
    FileSpec(
        "customer_prices.csv",
        CustomerPrice,
        (
            Col("customer_id", required=True),
            Col("sku", required=True),
            Col("price", cells.non_negative, required=True),
            Col("min_qty", cells.positive, default=ONE),
            Col("valid_from", cells.date),
            Col("valid_to", cells.date),
        ),
        key=("customer_id", "sku", "min_qty"),
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS), Ref("sku", PRODUCTS)),
        to_db=_validity,
    ),
    FileSpec(
        "family_discounts.csv",
        FamilyDiscount,
        (
            Col("price_list"),
            Col("customer_id"),
            Col("family", required=True),
            Col("discount_pct", cells.percentage, required=True),
        ),
        key=("scope", "scope_id", "family"),
        key_label="(price_list or customer_id)+family",
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS),),
        to_db=_family_discount,
    ),
    FileSpec(
        "stock.csv",
        Stock,
        (
            Col("sku", required=True),
            Col("warehouse", cells.upper_code, required=True),
            Col("on_hand", cells.decimal, required=True),
            Col("reserved", cells.non_negative, default=ZERO),
            Col("damaged", cells.non_negative, default=ZERO),
            Col("incoming", cells.non_negative, default=ZERO),
            Col("incoming_eta", cells.date),
        ),
        key=("sku", "warehouse"),
        absent=Absent.DELETE,
        refs=(Ref("sku", PRODUCTS), Ref("warehouse", WAREHOUSES)),
    ),
    FileSpec(
        "cross_references.csv",
        CrossReference,
        (
            Col("customer_id", required=True),
            Col("customer_part", required=True),
            Col("sku", required=True),
        ),
        key=("customer_id", "customer_part"),
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS), Ref("sku", PRODUCTS)),
    ),
    FileSpec(
        "receivables.csv",
        Receivable,
        (
            Col("invoice", required=True),
            Col("customer_id", required=True),
            Col("issued", cells.date, required=True),
            Col("due", cells.date, required=True),
            Col("amount", cells.decimal, required=True),
            Col("balance", cells.decimal, required=True),
            Col("disputed", cells.boolean, default=False),
        ),
        key=("invoice",),
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS),),
    ),
    FileSpec(
        "sales_history.csv",
        SalesLine,
        (
            Col("invoice", required=True),
            Col("line", cells.line_number, required=True),
            Col("customer_id", required=True),
            Col("date", cells.date, required=True),
            Col("sku", required=True),
            Col("qty", cells.decimal, required=True),  # negative on a credit note
            Col("unit_price", cells.non_negative, required=True),
            Col("order"),
        ),
        key=("invoice", "line"),
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS), Ref("sku", PRODUCTS)),
        to_db=_order_column,
    ),
    FileSpec(
        "order_status.csv",
        ErpOrderStatus,
        (
            Col("order", required=True),
            Col("customer_id", required=True),
            Col("status", cells.order_status, required=True),
            Col("erp_document"),
            Col("updated", cells.timestamp),
            Col("carrier"),
            Col("tracking"),
            Col("tracking_url"),
            Col("eta", cells.date),
            Col("invoice"),
        ),
        key=("order_number",),
        key_label="order",
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS),),
        to_db=_order_column,
    ),
    FileSpec(
        "brand_preferences.csv",
        BrandPreference,
        (
            Col("family", required=True),
            Col("brand", required=True),
            Col("customer_id"),
        ),
        key=("family", "customer_id"),
        key_label="family+customer_id",
        absent=Absent.DELETE,
        refs=(Ref("customer_id", CUSTOMERS),),
        to_db=_brand_preference,
    ),
)

BY_NAME = {spec.filename: spec for spec in SPECS}
