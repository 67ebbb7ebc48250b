"""One catalog-3 product and the deterministic arithmetic shared by the families."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass
class Product:
    """A products.csv row; `facts` become `attributes` and are what lines are labelled on."""

    sku: str
    name: str
    description: str
    family: str
    brand: str
    uom: str
    list_price: Decimal
    facts: dict[str, str]
    pack_qty: int = 1
    aliases: list[str] = field(default_factory=list)
    substitutes: list[str] = field(default_factory=list)
    active: bool = True

    @property
    def cost(self) -> Decimal:
        return (self.list_price * Decimal("0.62")).quantize(CENT, ROUND_HALF_UP)


def spread(key: str, low: int = 0, high: int = 99) -> int:
    """A stable pseudo-random integer in [low, high] for `key` (no global random state)."""
    digest = hashlib.sha256(key.encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def price(base: float, key: str) -> Decimal:
    """`base` moved by up to ±12 % depending on `key`, in cents."""
    factor = Decimal(88 + spread(key, 0, 24)) / Decimal(100)
    return (Decimal(str(base)) * factor).quantize(CENT, ROUND_HALF_UP)


def pick(key: str, options: list[str], count: int) -> list[str]:
    """`count` of `options` chosen by `key`, in the options' own order."""
    ranked = sorted(options, key=lambda option: spread(f"{key}:{option}"))
    chosen = set(ranked[:count])
    return [option for option in options if option in chosen]
