"""The price a customer pays for a SKU and a quantity on a date (ERP.md, four rules).

The first rule that applies wins:

1. contract: the customer's own row, valid on the date, highest `min_qty` ≤ quantity;
2. price list: the customer's price list row, same selection;
3. family discount: list price less the family's discount, the customer's own
   family row beating its price list's row;
4. list price.

Guests (no customer) always get rule 4. The answer names the rule and the row
behind it, because sellers see it and quote lines keep it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.formatting import quantity_text
from bot.models import Customer, CustomerPrice, FamilyDiscount, PriceListPrice, Product
from bot.models.types import ExactDecimal

PriceRow = TypeVar("PriceRow", CustomerPrice, PriceListPrice)
CENT = Decimal("0.01")
HUNDRED = Decimal(100)


class PriceRule(StrEnum):
    CONTRACT = "contract"
    PRICE_LIST = "price_list"
    FAMILY_DISCOUNT = "family_discount"
    LIST = "list"


def money(value: Decimal) -> Decimal:
    """Round to cents, half-up (never banker's rounding)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Price:
    """A priced line: what the customer pays, by which rule, and the margin behind it."""

    sku: str
    quantity: Decimal
    unit_price: Decimal
    line_total: Decimal
    currency: str
    rule: PriceRule
    detail: str  # the row behind the rule, for sellers: "price list MINING, from 10"
    list_price: Decimal
    cost: Decimal | None

    @property
    def margin_pct(self) -> Decimal | None:
        """(unit price − cost) / unit price, in percent; None when cost is unknown."""
        if self.cost is None or self.unit_price == 0:
            return None
        return money((self.unit_price - self.cost) / self.unit_price * HUNDRED)


def price_for(
    session: Session,
    customer: Customer | None,
    product: Product,
    quantity: Decimal,
    on: dt.date,
) -> Price:
    """Price `quantity` of `product` for `customer` (None: a guest) on date `on`."""
    return prices_for(session, customer, [product], quantity, on)[product.sku]


def prices_for(
    session: Session,
    customer: Customer | None,
    products: Iterable[Product],
    quantity: Decimal,
    on: dt.date,
) -> dict[str, Price]:
    """`price_for` of several products at one quantity (the options a buyer chooses
    among), in one read of the three price sources (issue #19: three a product were
    ~2 of a turn's 14 statements); none for a guest."""
    if quantity <= 0:
        raise ValueError(f"quantity must be positive, got {quantity}")
    wanted = {p.sku: p for p in products}
    contracts: dict[str, _Row] = {}
    listed: dict[str, _Row] = {}
    discounts: dict[tuple[str | None, str], _Row] = {}
    if customer is not None and wanted:
        scopes = _scopes(customer)
        families = sorted({p.family for p in wanted.values() if p.family})
        params = {"customer_id": customer.customer_id, "price_list": customer.price_list,
                  "skus": list(wanted), "quantity": quantity, "on": on,
                  "scope_ids": [i for _, i in scopes], "families": families}  # fmt: skip
        for source, key, *fields in session.execute(_SOURCES, params):
            row = _Row(*fields)
            if source == "contract":
                if key not in contracts or contracts[key].below(row):
                    contracts[key] = row
            elif source == "listed":
                if key not in listed or listed[key].below(row):
                    listed[key] = row
            elif (row.scope, row.name) in scopes:  # a family discount (key: the family)
                discounts[(row.scope, key)] = row
    found: dict[str, Price] = {}
    for sku, product in wanted.items():
        discount = None
        if customer is not None and product.family:
            discount = discounts.get(("customer", product.family)) or discounts.get(
                ("price_list", product.family)
            )
        found[sku] = _priced(product, quantity, contracts.get(sku), listed.get(sku), discount)
    return found


@dataclass(frozen=True, slots=True)
class _Row:
    """A price source's row as `prices_for` reads it: a contract or price-list row (its
    break, price, currency and list's name), or a family discount (its percentage in
    `value`, its scope and the scope's id in `name`)."""

    min_qty: Decimal | None
    value: Decimal
    currency: str | None
    name: str | None
    scope: str | None

    def below(self, other: _Row) -> bool:
        """A lower quantity break than `other`'s: the highest that applies wins."""
        return (self.min_qty or 0) < (other.min_qty or 0)


def _sources() -> sa.CompoundSelect:
    """The three price sources of a customer's products in one statement, built once
    (bound at each read): every valid row whose break applies, and the family discounts
    of the customer and of its price list; the rules pick among them."""
    quantity = sa.bindparam("quantity", type_=ExactDecimal())
    on: sa.BindParameter[dt.date] = sa.bindparam("on", type_=sa.Date())
    skus: sa.BindParameter[list[str]] = sa.bindparam("skus", expanding=True)

    def valid(model: type[PriceRow]) -> list[sa.ColumnElement[bool]]:
        return [col(model.sku).in_(skus), col(model.min_qty) <= quantity,
                sa.or_(col(model.valid_from).is_(None), col(model.valid_from) <= on),
                sa.or_(col(model.valid_to).is_(None), col(model.valid_to) >= on)]  # fmt: skip

    text, money_ = sa.String(), ExactDecimal()
    contract: sa.Select[*tuple[Any, ...]] = sa.select(
        sa.literal("contract", text).label("source"), col(CustomerPrice.sku).label("key"),
        col(CustomerPrice.min_qty).label("min_qty"), col(CustomerPrice.price).label("value"),
        sa.null().cast(text).label("currency"), sa.null().cast(text).label("name"),
        sa.null().cast(text).label("scope"),
    ).where(col(CustomerPrice.customer_id) == sa.bindparam("customer_id"),
            *valid(CustomerPrice))  # fmt: skip
    listed = sa.select(
        sa.literal("listed", text), col(PriceListPrice.sku), col(PriceListPrice.min_qty),
        col(PriceListPrice.price), col(PriceListPrice.currency), col(PriceListPrice.price_list),
        sa.null().cast(text),
    ).where(col(PriceListPrice.price_list) == sa.bindparam("price_list"),
            *valid(PriceListPrice))  # fmt: skip
    discount = sa.select(
        sa.literal("discount", text), col(FamilyDiscount.family), sa.null().cast(money_),
        col(FamilyDiscount.discount_pct), sa.null().cast(text), col(FamilyDiscount.scope_id),
        col(FamilyDiscount.scope),
    ).where(col(FamilyDiscount.scope_id).in_(sa.bindparam("scope_ids", expanding=True)),
            col(FamilyDiscount.family).in_(sa.bindparam("families", expanding=True)))  # fmt: skip
    return sa.union_all(contract, listed, discount)


_SOURCES = _sources()


def _priced(
    product: Product,
    quantity: Decimal,
    contract: _Row | None,
    listed: _Row | None,
    discount: _Row | None,
) -> Price:
    """The first of the four rules that applies, from the rows found for it."""
    unit: Decimal | None = None
    currency = product.currency
    rule, detail = PriceRule.LIST, "list price"
    if contract is not None:
        unit, rule = contract.value, PriceRule.CONTRACT
        detail = f"contract price from {quantity_text(contract.min_qty or Decimal(1))}"
    elif listed is not None:
        unit, rule = listed.value, PriceRule.PRICE_LIST
        currency = listed.currency or currency
        detail = f"price list {listed.name} from {quantity_text(listed.min_qty or Decimal(1))}"
    elif discount is not None and product.family:
        pct = discount.value
        unit, rule = product.list_price * (1 - pct / HUNDRED), PriceRule.FAMILY_DISCOUNT
        whose = "customer" if discount.scope == "customer" else f"price list {discount.name}"
        detail = f"{product.family} −{pct.normalize():f}% ({whose})"

    unit_price = money(product.list_price if unit is None else unit)
    return Price(
        sku=product.sku,
        quantity=quantity,
        unit_price=unit_price,
        line_total=money(unit_price * quantity),
        currency=currency,
        rule=rule,
        detail=detail,
        list_price=product.list_price,
        cost=product.cost,
    )


def _scopes(customer: Customer) -> list[tuple[str, str]]:
    """Where a customer's family discount is looked for, the customer's own row first."""
    scopes = [("customer", customer.customer_id)]
    if customer.price_list:
        scopes.append(("price_list", customer.price_list))
    return scopes
