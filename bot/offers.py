"""What an item costs a given customer and where it is, for a seller choosing one.

The console's catalog search and the options of an open quote line show, for each
product, the customer's own price (contract, price list, family discount: the same
`price_for` the bot quotes with) and the stock free in each warehouse after
Mostrador's own holds (the same `availability_for`), so a seller never picks an
item on its list price or on stock another order already holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session

from bot.availability import Availability, availability_for
from bot.models import Customer, Product
from bot.pricing import Price, price_for
from bot.stockholds import held_quantities


@dataclass(frozen=True)
class Offer:
    product: Product
    price: Price
    stock: Availability

    @property
    def warehouses(self) -> list[tuple[str, Decimal]]:
        """(warehouse, free quantity) for each warehouse stocking the item."""
        return [(w.warehouse, w.available) for w in self.stock.warehouses]


def offers_for(
    session: Session,
    customer: Customer | None,
    products: Sequence[Product],
    now: dt.datetime,
    quantity: Decimal = Decimal(1),
) -> list[Offer]:
    """Each product priced for `customer` at `quantity`, with its stock by warehouse."""
    held = held_quantities(session, [p.sku for p in products])
    quantity = quantity if quantity > 0 else Decimal(1)
    return [
        Offer(
            product,
            price_for(session, customer, product, quantity, now.date()),
            availability_for(
                session, product, quantity, customer, now, held=held, with_substitutes=False
            ),
        )
        for product in products
    ]
