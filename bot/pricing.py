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
from typing import TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from bot.formatting import quantity_text
from bot.models import Customer, CustomerPrice, FamilyDiscount, PriceListPrice, Product

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
    if quantity <= 0:
        raise ValueError(f"quantity must be positive, got {quantity}")
    contract = listed = discount = None
    if customer is not None:
        contract = session.exec(
            _best_row(CustomerPrice, quantity, on).where(
                CustomerPrice.customer_id == customer.customer_id,
                CustomerPrice.sku == product.sku,
            )
        ).first()
        if contract is None and customer.price_list:
            listed = session.exec(
                _best_row(PriceListPrice, quantity, on).where(
                    col(PriceListPrice.price_list) == customer.price_list,
                    col(PriceListPrice.sku) == product.sku,
                )
            ).first()
        if contract is None and listed is None and product.family:
            discount = _family_discount(session, customer, product.family)
    return _priced(product, quantity, contract, listed, discount)


def prices_for(
    session: Session,
    customer: Customer | None,
    products: Iterable[Product],
    quantity: Decimal,
    on: dt.date,
) -> dict[str, Price]:
    """`price_for` of several products at one quantity, in at most three reads (the
    options a buyer chooses among), instead of up to three per product."""
    if quantity <= 0:
        raise ValueError(f"quantity must be positive, got {quantity}")
    wanted = {p.sku: p for p in products}
    contracts: dict[str, CustomerPrice] = {}
    listed: dict[str, PriceListPrice] = {}
    discounts: dict[tuple[str, str], FamilyDiscount] = {}
    if customer is not None and wanted:
        for row in session.exec(
            _valid_rows(CustomerPrice, quantity, on).where(
                CustomerPrice.customer_id == customer.customer_id,
                col(CustomerPrice.sku).in_(list(wanted)),
            )
        ).all():
            if row.sku not in contracts or row.min_qty > contracts[row.sku].min_qty:
                contracts[row.sku] = row
        if customer.price_list:
            for lrow in session.exec(
                _valid_rows(PriceListPrice, quantity, on).where(
                    col(PriceListPrice.price_list) == customer.price_list,
                    col(PriceListPrice.sku).in_(list(wanted)),
                )
            ).all():
                if lrow.sku not in listed or lrow.min_qty > listed[lrow.sku].min_qty:
                    listed[lrow.sku] = lrow
        families = {p.family for p in wanted.values() if p.family}
        if families:
            scopes = _scopes(customer)
            for drow in session.exec(
                select(FamilyDiscount).where(
                    col(FamilyDiscount.scope_id).in_([i for _, i in scopes]),
                    col(FamilyDiscount.family).in_(list(families)),
                )
            ).all():
                if (drow.scope, drow.scope_id) in scopes:
                    discounts[(drow.scope, drow.family)] = drow
    found: dict[str, Price] = {}
    for sku, product in wanted.items():
        contract, price_listed = contracts.get(sku), listed.get(sku)
        discount = None
        if customer is not None and product.family:
            discount = discounts.get(("customer", product.family)) or discounts.get(
                ("price_list", product.family)
            )
        found[sku] = _priced(product, quantity, contract, price_listed, discount)
    return found


def _priced(
    product: Product,
    quantity: Decimal,
    contract: CustomerPrice | None,
    listed: PriceListPrice | None,
    discount: FamilyDiscount | None,
) -> Price:
    """The first of the four rules that applies, from the rows found for it."""
    unit: Decimal | None = None
    currency = product.currency
    rule, detail = PriceRule.LIST, "list price"
    if contract is not None:
        unit, rule = contract.price, PriceRule.CONTRACT
        detail = f"contract price from {quantity_text(contract.min_qty)}"
    elif listed is not None:
        unit, rule = listed.price, PriceRule.PRICE_LIST
        currency = listed.currency or currency
        detail = f"price list {listed.price_list} from {quantity_text(listed.min_qty)}"
    elif discount is not None and product.family:
        pct = discount.discount_pct
        unit, rule = product.list_price * (1 - pct / HUNDRED), PriceRule.FAMILY_DISCOUNT
        whose = "customer" if discount.scope == "customer" else f"price list {discount.scope_id}"
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


def _valid_rows(model: type[PriceRow], quantity: Decimal, on: dt.date) -> SelectOfScalar[PriceRow]:
    """Rows valid on `on` whose quantity break applies."""
    return (
        select(model)
        .where(col(model.min_qty) <= quantity)
        .where(sa.or_(col(model.valid_from).is_(None), col(model.valid_from) <= on))
        .where(sa.or_(col(model.valid_to).is_(None), col(model.valid_to) >= on))
    )


def _best_row(model: type[PriceRow], quantity: Decimal, on: dt.date) -> SelectOfScalar[PriceRow]:
    """Rows valid on `on` whose quantity break applies, highest break first."""
    return _valid_rows(model, quantity, on).order_by(col(model.min_qty).desc()).limit(1)


def _scopes(customer: Customer) -> list[tuple[str, str]]:
    """Where a customer's family discount is looked for, the customer's own row first."""
    scopes = [("customer", customer.customer_id)]
    if customer.price_list:
        scopes.append(("price_list", customer.price_list))
    return scopes


def _family_discount(session: Session, customer: Customer, family: str) -> FamilyDiscount | None:
    for scope, scope_id in _scopes(customer):
        row = session.get(FamilyDiscount, (scope, scope_id, family))
        if row is not None:
            return row
    return None
