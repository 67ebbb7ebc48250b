"""Which brand to offer when the buyer named none and several fit (SPEC.md).

The rule, in order, each step deciding only when it singles one brand out:

1. the brand this customer bought last in the item's family (the ERP's sales
   history when it is imported, and Mostrador's own orders);
2. `brand_preferences` for the family (the customer's row, then the distributor's);
3. the one that ships soonest from the customer's warehouse for the quantity;
4. the cheapest for this customer.

The answer names the rule (`brand_rule`) so the buyer and the seller can see why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from sqlmodel import Session, col, select

from bot.availability import Dispatch, assess, stock_rows
from bot.matching.index import Entry
from bot.matching.matcher import cheapest
from bot.matching.text import fold as _fold
from bot.models import (
    Customer,
    CustomerPrice,
    Order,
    OrderLine,
    PriceListPrice,
    Product,
    SalesLine,
)
from bot.pricing import price_for
from bot.sales_history import preferred_brand

Rule = Callable[[list[Entry], Decimal], tuple[Entry, str]]


def brand_chooser(session: Session, customer: Customer | None, now: dt.datetime) -> Rule:
    """The rule above for `customer` (None: a guest, who has no history)."""

    def choose(entries: list[Entry], quantity: Decimal) -> tuple[Entry, str]:
        by_brand = {e.brand: e for e in entries if e.brand}
        if customer is not None:
            brand = _last_bought(session, customer.customer_id, entries)
            if brand in by_brand:
                return by_brand[brand], "last bought"
            brand = _preferred(session, customer.customer_id, entries)
            if brand in by_brand:
                return by_brand[brand], "brand preference"
        elif (brand := _preferred(session, None, entries)) in by_brand:
            return by_brand[brand], "brand preference"
        soonest = _soonest(session, customer, entries, quantity, now)
        if soonest is not None:
            return soonest, "ships soonest"
        return _cheapest(session, customer, entries, quantity, now)

    return choose


def _families(entries: list[Entry]) -> set[str]:
    return {e.family for e in entries if e.family}


def _brands(entries: list[Entry]) -> dict[str, str]:
    """Folded brand → the catalog's spelling."""
    return {e.brand: e.brand for e in entries if e.brand}


def _last_bought(session: Session, customer_id: str, entries: list[Entry]) -> str | None:
    """The folded brand of the customer's latest purchase in these items' family."""
    families = _families(entries)
    brands = set(_brands(entries))
    bought: list[tuple[dt.datetime, str]] = []
    rows = session.exec(
        select(Order.created_at, Product.brand)
        .join(OrderLine, col(OrderLine.order_id) == col(Order.id))
        .join(Product, col(Product.sku) == col(OrderLine.sku))
        .where(Order.customer_id == customer_id, col(Product.family).in_(families))
        .order_by(col(Order.created_at).desc())
        .limit(50)
    ).all()
    bought += [(at, _fold(b)) for at, b in rows if b and _fold(b) in brands]
    bought += _sales_history(session, customer_id, families, brands)
    if not bought:
        return None
    return max(bought, key=lambda pair: pair[0])[1]


RECENT_LINES = 500  # the customer's newest invoice lines the brand rule looks through


def _sales_history(
    session: Session, customer_id: str, families: set[str], brands: set[str]
) -> list[tuple[dt.datetime, str]]:
    """The ERP's invoiced sales (sales_history.csv): the customer's newest lines in
    these families. Two indexed reads (the newest lines, then their products) instead
    of a join over a history of a million lines."""
    recent = session.exec(
        select(col(SalesLine.date), col(SalesLine.sku))
        .where(SalesLine.customer_id == customer_id, SalesLine.qty > 0)  # not credit notes
        .order_by(col(SalesLine.date).desc())
        .limit(RECENT_LINES)
    ).all()
    if not recent:
        return []
    skus = {sku for _, sku in recent}
    products = {
        sku: (family, brand)
        for sku, family, brand in session.exec(
            select(col(Product.sku), col(Product.family), col(Product.brand)).where(
                col(Product.sku).in_(skus)
            )
        ).all()
    }
    result = []
    for day, sku in recent:
        family, brand = products.get(sku, (None, None))
        if family in families and brand and _fold(brand) in brands:
            result.append((dt.datetime.combine(day, dt.time(), dt.UTC), _fold(brand)))
    return result


def _preferred(session: Session, customer_id: str | None, entries: list[Entry]) -> str | None:
    """brand_preferences.csv: the customer's row for the family, else the distributor's."""
    brands = set(_brands(entries))
    for family in sorted(_families(entries)):
        brand = preferred_brand(session, customer_id, family)
        if brand and _fold(brand) in brands:
            return _fold(brand)
    return None


def _soonest(
    session: Session,
    customer: Customer | None,
    entries: list[Entry],
    quantity: Decimal,
    now: dt.datetime,
) -> Entry | None:
    """The one item that ships first (from the customer's warehouse on a tie).

    The stock of every brand is read at once: a common item can come in dozens of
    brands, and one read each would make the slowest lines of a big catalog."""
    ranked = []
    home = customer.default_warehouse if customer else None
    rows = stock_rows(session, [e.sku for e in entries])
    for entry in entries:
        found = assess(entry.sku, quantity, rows.get(entry.sku, []), customer, now)
        if found.status is Dispatch.SHORT:
            rank: tuple[int, dt.date, int] = (2, found.incoming_eta or dt.date.max, 1)
        else:
            day = found.dispatch_date or dt.date.max
            rank = (0 if found.status is Dispatch.TODAY else 1, day, int(found.ship_from != home))
        ranked.append((rank, entry))
    if not ranked:
        return None
    ranked.sort(key=lambda pair: pair[0])
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None  # several ship as soon: the price decides
    return ranked[0][1]


def _cheapest(
    session: Session,
    customer: Customer | None,
    entries: list[Entry],
    quantity: Decimal,
    now: dt.datetime,
) -> tuple[Entry, str]:
    """The cheapest for this customer. Only items with a price of their own for the
    customer (contract, price list) can beat the order of list prices (a family
    discount keeps it within a family), so those and the cheapest by list price of
    each family are priced, not all."""
    skus = [e.sku for e in entries]
    own: set[str] = set()
    if customer is not None:
        own |= set(
            session.exec(
                select(CustomerPrice.sku).where(
                    CustomerPrice.customer_id == customer.customer_id,
                    col(CustomerPrice.sku).in_(skus),
                )
            ).all()
        )
        if customer.price_list:
            own |= set(
                session.exec(
                    select(PriceListPrice.sku).where(
                        PriceListPrice.price_list == customer.price_list,
                        col(PriceListPrice.sku).in_(skus),
                    )
                ).all()
            )
    weighed = [e for e in entries if e.sku in own]
    by_family: dict[str | None, list[Entry]] = {}
    for entry in entries:
        if entry.sku not in own:
            by_family.setdefault(entry.family, []).append(entry)
    weighed += [min(group, key=lambda e: (e.list_price, e.sku)) for group in by_family.values()]
    products = {
        p.sku: p
        for p in session.exec(
            select(Product).where(col(Product.sku).in_([e.sku for e in weighed]))
        ).all()
    }
    prices = []
    for entry in weighed:
        product = products.get(entry.sku)
        if product is None:
            continue
        price = price_for(session, customer, product, max(quantity, Decimal(1)), now.date())
        prices.append((price.unit_price, entry.sku, entry))
    if not prices:
        return cheapest(entries)
    return min(prices, key=lambda item: (item[0], item[1]))[2], "cheapest"
