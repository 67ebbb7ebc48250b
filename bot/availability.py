"""Where a quantity of a SKU can ship from, and when (ERP.md, "Availability").

Per warehouse, `available = max(0, on_hand − reserved − damaged − held)`, where
`held` is what Mostrador's own open orders hold and the ERP has not reserved yet.
One warehouse must cover the whole quantity to ship from it (a split shipment is
a seller's decision). Cutoffs are read in the warehouse's own time zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session

from bot.models import Customer, Product, Stock, Warehouse
from bot.pricing import Price, prices_for

ZERO = Decimal(0)


class Dispatch(StrEnum):
    TODAY = "ships_today"  # a warehouse covers it and is before its cutoff
    NEXT_DAY = "next_dispatch"  # covered, but past today's cutoff
    SHORT = "short"  # no single warehouse covers the quantity


@dataclass(frozen=True)
class WarehouseStock:
    warehouse: str
    name: str
    on_hand: Decimal
    reserved: Decimal
    damaged: Decimal
    held: Decimal
    available: Decimal
    incoming: Decimal
    incoming_eta: dt.date | None
    city: str | None = None  # where it is, as a buyer names it ("Lima")


@dataclass(frozen=True)
class Substitute:
    """An item that can replace the one asked for, covering the whole quantity."""

    sku: str
    name: str
    warehouse: str
    available: Decimal
    price: Price | None


@dataclass(frozen=True)
class Availability:
    sku: str
    quantity: Decimal
    status: Dispatch
    warehouses: list[WarehouseStock]
    ship_from: str | None = None
    dispatch_date: dt.date | None = None  # in the shipping warehouse's local calendar
    available_now: Decimal = ZERO  # across all warehouses
    incoming: Decimal = ZERO  # arriving on incoming_eta, every warehouse's
    incoming_eta: dt.date | None = None  # earliest
    substitutes: list[Substitute] = field(default_factory=list)

    @property
    def ships_today(self) -> bool:
        return self.status is Dispatch.TODAY


def availability_for(
    session: Session,
    product: Product,
    quantity: Decimal,
    customer: Customer | None,
    now: dt.datetime,
    *,
    held: Mapping[tuple[str, str], Decimal] | None = None,
    with_substitutes: bool = True,
    rows: Mapping[str, list[tuple[StockRow, House]]] | None = None,
    product_of: Callable[[str], Product | None] | None = None,
    prefer: str | None = None,
) -> Availability:
    """Answer "can `quantity` of `product` ship, from where, and when?" at `now`.

    Args:
        held: per (sku, warehouse), what Mostrador's open orders hold beyond the
            ERP's `reserved` (supplied by the orders module; empty when there are none).
        rows: `stock_rows` of the product and its substitutes, read by the caller with
            others (a SKU missing from it has no stock); None: read here.
        product_of: a substitute's product by SKU (None: none such), from what the
            caller keeps (flows/cart.py keeps products per import); None: read each.
        prefer: the warehouse the buyer asked to ship from ("despáchalo desde Lima"),
            chosen when it covers the quantity, before the customer's default.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    held = held or {}
    # The substitutes' stock comes in the same read: one statement a line, not one more
    # for each substitute when it is short (issue #19).
    skus = [product.sku, *(product.substitutes or [])] if with_substitutes else [product.sku]
    if rows is None:
        rows = stock_rows(session, skus)
    found = assess(product.sku, quantity, rows.get(product.sku, []), customer, now, held,
                   prefer=prefer)
    if found.status is not Dispatch.SHORT or not with_substitutes:
        return found
    substitutes = _substitutes(session, product, quantity, customer, now, held, rows,
                               product_of or (lambda sku: session.get(Product, sku)))
    return replace(found, substitutes=substitutes)


class StockRow(NamedTuple):
    """A stock row as `assess` reads it (the `Stock` model's figures, no ORM object)."""

    sku: str
    warehouse: str
    on_hand: Decimal
    reserved: Decimal
    damaged: Decimal
    incoming: Decimal
    incoming_eta: dt.date | None


class House(NamedTuple):
    """A warehouse as `assess` reads it: its code, name, cutoff and time zone."""

    warehouse: str
    name: str
    cutoff: dt.time | None
    timezone: str
    city: str | None = None


def _stock_rows_statement() -> Any:
    stock, house = Stock.__table__, Warehouse.__table__  # type: ignore[attr-defined]
    s, w = stock.c, house.c
    return (
        sa.select(*(s[f] for f in StockRow._fields), w.name, w.cutoff, w.timezone, w.city)
        .join_from(stock, house, w.warehouse == s.warehouse)
        .where(s.sku.in_(sa.bindparam("skus", expanding=True)), w.active.is_(True))
        .order_by(s.sku, s.warehouse)
    )


# Built once, bound at each read (building it cost a third of the read; issue #19); rows,
# not ORM objects (loading a Stock and a Warehouse object a row was a third of it again).
_STOCK_ROWS = _stock_rows_statement()


def stock_rows(session: Session, skus: Collection[str]) -> dict[str, list[tuple[StockRow, House]]]:
    """Stock rows of `skus` in active warehouses, per SKU, in one read (for `assess`)."""
    found: dict[str, list[tuple[StockRow, House]]] = {}
    if not skus:
        return found
    for row in session.connection().execute(_STOCK_ROWS, {"skus": list(skus)}):
        stock = StockRow(*row[:7])
        found.setdefault(stock.sku, []).append((stock, House(stock.warehouse, *row[7:])))
    return found


def assess(
    sku: str,
    quantity: Decimal,
    rows: list[tuple[StockRow, House]],
    customer: Customer | None,
    now: dt.datetime,
    held: Mapping[tuple[str, str], Decimal] | None = None,
    *,
    prefer: str | None = None,
) -> Availability:
    """`availability_for` on stock rows already read (no substitutes): several SKUs
    are weighed with one read of the stock table (the matcher's brand rule)."""
    held = held or {}
    stocks = [_stock(s, w, held.get((s.sku, w.warehouse), ZERO)) for s, w in rows]
    houses = {w.warehouse: w for _, w in rows}
    etas = [s.incoming_eta for s in stocks if s.incoming > 0 and s.incoming_eta]
    first = min(etas) if etas else None
    base = {
        "sku": sku,
        "quantity": quantity,
        "warehouses": stocks,
        "available_now": sum((s.available for s in stocks), ZERO),
        # what arrives on that first date: 242 in Houston on the 9th and 55 in Lima on the
        # 11th are "242 arriving the 9th", never "297 arriving the 9th"
        "incoming": sum((s.incoming for s in stocks if first in (None, s.incoming_eta)), ZERO),
        "incoming_eta": first,
    }

    covering = [s for s in stocks if s.available >= quantity]
    if covering:
        choice = _choose(covering, houses, customer, now, prefer)
        today, date = _dispatch(houses[choice.warehouse], now)
        return Availability(
            status=Dispatch.TODAY if today else Dispatch.NEXT_DAY,
            ship_from=choice.warehouse,
            dispatch_date=date,
            **base,  # type: ignore[arg-type]
        )
    return Availability(status=Dispatch.SHORT, **base)  # type: ignore[arg-type]


def _stock(s: StockRow, w: House, held: Decimal) -> WarehouseStock:
    available = max(ZERO, s.on_hand - s.reserved - s.damaged - held)
    return WarehouseStock(
        warehouse=w.warehouse,
        name=w.name,
        on_hand=s.on_hand,
        reserved=s.reserved,
        damaged=s.damaged,
        held=held,
        available=available,
        incoming=s.incoming,
        incoming_eta=s.incoming_eta,
        city=w.city,
    )


def _choose(
    covering: list[WarehouseStock],
    houses: Mapping[str, House],
    customer: Customer | None,
    now: dt.datetime,
    prefer: str | None = None,
) -> WarehouseStock:
    """The warehouse the buyer asked for if it covers, else the customer's default if it
    does; else one shipping today, most stock first."""
    for wanted in (prefer, customer.default_warehouse if customer is not None else None):
        for s in covering:
            if wanted and s.warehouse == wanted:
                return s
    return min(
        covering,
        key=lambda s: (not _dispatch(houses[s.warehouse], now)[0], -s.available, s.warehouse),
    )


def _dispatch(warehouse: House, now: dt.datetime) -> tuple[bool, dt.date]:
    """(ships today?, dispatch date) by the warehouse's local clock and cutoff."""
    local = now.astimezone(ZoneInfo(warehouse.timezone))
    if warehouse.cutoff is None or local.time() < warehouse.cutoff:
        return True, local.date()
    return False, local.date() + dt.timedelta(days=1)


def _substitutes(
    session: Session,
    product: Product,
    quantity: Decimal,
    customer: Customer | None,
    now: dt.datetime,
    held: Mapping[tuple[str, str], Decimal],
    rows: Mapping[str, list[tuple[StockRow, House]]],
    product_of: Callable[[str], Product | None],
) -> list[Substitute]:
    """The substitutes that cover `quantity` from one warehouse, with their stock rows
    already read (`rows`) and their prices in one read."""
    covering: list[tuple[Product, WarehouseStock]] = []
    for sku in product.substitutes:
        other = product_of(sku)
        if other is None or not other.active:
            continue
        answer = assess(other.sku, quantity, rows.get(other.sku, []), customer, now, held)
        if answer.ship_from is None:
            continue
        covering.append(
            (other, next(s for s in answer.warehouses if s.warehouse == answer.ship_from))
        )
    if not covering:
        return []
    prices = prices_for(session, customer, [other for other, _ in covering], quantity, now.date())
    return [
        Substitute(
            sku=other.sku,
            name=other.name,
            warehouse=stock.warehouse,
            available=stock.available,
            price=prices[other.sku],
        )
        for other, stock in covering
    ]


def ship_now(stock: Availability, customer: Customer | None) -> tuple[str | None, Decimal]:
    """For a short quantity: the one warehouse that ships the most of it now, and how much.

    A split shipment is a seller's decision, so what ships now comes from one warehouse:
    the customer's default one when it has the most, else the one with the most
    available (the first by code on a tie). (None, 0) when nothing is available.
    """
    best = max((s.available for s in stock.warehouses), default=ZERO)
    if best <= 0:
        return None, ZERO
    richest = [s.warehouse for s in stock.warehouses if s.available == best]
    default = customer.default_warehouse if customer is not None else None
    house = default if default in richest else richest[0]
    return house, min(best, stock.quantity)


def backorder_eta(stock: Availability, missing: Decimal) -> tuple[str | None, dt.date | None]:
    """Where and when `missing` units of a short item are expected (stock.csv incoming).

    The earliest date by which the incoming quantities, soonest first, add up to the
    missing quantity, with the warehouse that receives the last of them; (None, None)
    when what is incoming does not cover it (a seller confirms the date then).
    """
    arriving = sorted(
        (s for s in stock.warehouses if s.incoming > 0 and s.incoming_eta),
        key=lambda s: (s.incoming_eta, s.warehouse),
    )
    total = ZERO
    for s in arriving:
        total += s.incoming
        if total >= missing:
            return s.warehouse, s.incoming_eta
    return None, None
