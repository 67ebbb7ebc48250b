"""One product of catalog 4 and the helpers every family uses (codes, prices, inch sizes)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
# The house's item numbers: short random alphanumerics, no I, O or Q (read as 1 and 0).
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
DIGITS = "0123456789"


@dataclass
class Product:
    """A catalog row before it gets its item number; `key` names it for ever."""

    key: str
    name: str
    description: str
    family: str
    brand: str
    uom: str
    base_price: Decimal
    attrs: dict[str, str]
    aliases: list[str] = field(default_factory=list)
    pack_qty: int = 1
    active: bool = True
    substitutes: list[str] = field(default_factory=list)
    sku: str = ""

    @property
    def list_price(self) -> Decimal:
        spread = Decimal(unit(self.key, "price")) * Decimal("0.16") + Decimal("0.92")
        return (self.base_price * spread).quantize(CENT, ROUND_HALF_UP)

    @property
    def cost(self) -> Decimal:
        share = Decimal(unit(self.key, "cost")) * Decimal("0.14") + Decimal("0.58")
        return (self.list_price * share).quantize(CENT, ROUND_HALF_UP)

    def facts(self) -> dict[str, str]:
        """What a buyer's words can pin: the attributes plus the brand."""
        return {**self.attrs, "brand": self.brand}


def digest(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join(parts).encode()).digest()


def unit(*parts: str) -> float:
    """A number in [0, 1) fixed by the parts (no random state: order never matters)."""
    return int.from_bytes(digest(*parts)[:8], "big") / 2**64


SHAPES = ("DLLLD", "DDLDDD", "DLLDD", "DDLLD", "DLDDD")


def item_number(key: str, attempt: int) -> str:
    """A Grainger-like item number (`4KXT7`, `19H223`) derived from the product's key."""
    raw = digest(key, "sku", str(attempt))
    shape = SHAPES[raw[0] % len(SHAPES)]
    out = []
    for i, slot in enumerate(shape, start=1):
        alphabet = LETTERS if slot == "L" else DIGITS
        out.append(alphabet[raw[i] % len(alphabet)])
    if out[0] == "0":
        out[0] = "1" + out[0][1:]
    return "".join(out)


def assign_numbers(products: list[Product]) -> None:
    """Give every product its item number; a clash moves the later key (sorted) on."""
    taken: set[str] = set()
    for product in sorted(products, key=lambda p: p.key):
        attempt = 0
        while (code := item_number(product.key, attempt)) in taken:
            attempt += 1
        taken.add(code)
        product.sku = code


def price(value: str | float | int) -> Decimal:
    return Decimal(str(value))


# Inch sizes as the house writes them in names (`1-1/4 in`) and attribute values (`1-1/4`).
INCH_MM = {
    "1/8": 3.2, "1/4": 6.4, "5/16": 7.9, "3/8": 9.5, "1/2": 12.7, "5/8": 15.9, "3/4": 19.1,
    "7/8": 22.2, "1": 25.4, "1-1/8": 28.6, "1-3/16": 30.2, "1-1/4": 31.8, "1-3/8": 34.9,
    "1-7/16": 36.5, "1-1/2": 38.1, "1-5/8": 41.3, "1-3/4": 44.5, "2": 50.8, "3": 76.2,
    "4": 101.6, "6": 152.4,
}  # fmt: skip


def inch_value(size: str) -> float:
    return INCH_MM[size] / 25.4


def frac(size: str) -> float:
    """An inch size as written (`1-1/2`, `3/4`, `2`) as a number: 1.5, 0.75, 2.0 (catalogs 13
    on, which price by it)."""
    whole, _, part = size.rpartition("-") if "-" in size else ("0", "", size)
    num, den = (int(x) for x in part.split("/")) if "/" in part else (int(part), 1)
    return int(whole) + num / den
