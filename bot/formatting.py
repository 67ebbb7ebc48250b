"""Money and quantities as people read them: the one formatter, for chat, mail, PDF
and console alike (Jinja filters `money`, `amount`, `quantity`, `price`).

Money shows cents with thousands separators (`1,234.50`), rounded half-up; with its
currency first (`USD 1,234.50`) it is unambiguous across locales for a B2B buyer.
Quantities drop the storage's trailing zeros (20, 2.5).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

_CENT = Decimal("0.01")


def money_text(value: Decimal | None) -> str:
    """`1,234.50`; empty for no value."""
    if value is None:
        return ""
    return f"{Decimal(value).quantize(_CENT, rounding=ROUND_HALF_UP):,.2f}"


def amount_text(value: Decimal, currency: str = "USD") -> str:
    """`USD 1,234.50`."""
    return f"{currency} {money_text(value)}"


def price_text(value: Decimal) -> str:
    """A unit price as sellers read it: 8.00, but 0.1275 keeps its four places."""
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) else 2
    return f"{value:.{max(2, places)}f}"


def quantity_text(value: Decimal | None) -> str:
    """A quantity as people write it: 20, 2.5 (stored with 4 places, shown without)."""
    if value is None:
        return ""
    return f"{Decimal(value).normalize():f}"


FILTERS: dict[str, Any] = {
    "money": money_text,
    "amount": amount_text,
    "price": price_text,
    "quantity": quantity_text,
}
