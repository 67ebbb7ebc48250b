"""What a catalog's product generator makes the same way as the next one: a product row from a
base price, an EAN-13 in a prefix, numbers fixed by a hash and unique over the catalog, and
the ball bearings' dimensions.

Why here: catalogs 6 and 7 each carried the same `item` (a product from a base price rounded to
the cent, its EAN-13 appended to the aliases when asked), the same `ean13` (12 digits from a
hash of the key in the maker's GS1 prefix, then the check digit) and the same loop numbering
products in key order until a number is free; catalog 17 computed the EAN-13 again, and
catalogs 4, 5 and 6 each spelled out the same table of 31 deep-groove ball bearings. What a
house *is* (its makers' prefixes, its names, its codes' shape, the hash's salt) stays in its own
folder and is passed in. The arithmetic is the one each catalog had, so every file they write
is byte-identical (`tests/test_blind_corpora.py` and the corpora's committed CSVs would say so).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bench.catalog4.model import Product, price, unit

# ISO 15 deep-groove ball bearings, series 60, 62 and 63 up to 50 mm bore:
# designation → bore, outside diameter, width (mm)
BALL = {
    "6000": (10, 26, 8), "6001": (12, 28, 8), "6002": (15, 32, 9), "6003": (17, 35, 10),
    "6004": (20, 42, 12), "6005": (25, 47, 12), "6006": (30, 55, 13), "6007": (35, 62, 14),
    "6008": (40, 68, 15), "6009": (45, 75, 16), "6010": (50, 80, 16),
    "6200": (10, 30, 9), "6201": (12, 32, 10), "6202": (15, 35, 11), "6203": (17, 40, 12),
    "6204": (20, 47, 14), "6205": (25, 52, 15), "6206": (30, 62, 16), "6207": (35, 72, 17),
    "6208": (40, 80, 18), "6209": (45, 85, 19), "6210": (50, 90, 20),
    "6300": (10, 35, 11), "6301": (12, 37, 12), "6302": (15, 42, 13), "6303": (17, 47, 14),
    "6304": (20, 52, 15), "6305": (25, 62, 17), "6306": (30, 72, 19), "6307": (35, 80, 21),
    "6308": (40, 90, 23),
}  # fmt: skip


def ean13(prefix: str, key: str, salt: str) -> str:
    """A well-formed EAN-13 in `prefix` (a GS1 country range), the rest of its 12 digits fixed
    by `unit(key, salt)`, then the check digit."""
    free = 12 - len(prefix)
    body = prefix + f"{int(unit(key, salt) * 10**free):0{free}d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


@dataclass(frozen=True)
class Items:
    """A house's `item(...)`: a product from its base price, with the maker's EAN-13 among the
    aliases when `ean` is asked (`gs1`: maker → the GS1 prefix of its country; `salt`: the
    house's, so two houses never share a bar code)."""

    gs1: Mapping[str, str]
    salt: str

    def ean13(self, brand: str, key: str) -> str:
        return ean13(self.gs1[brand], key, self.salt)

    def __call__(
        self, key: str, name: str, description: str, family: str, brand: str, uom: str,
        base: float, attrs: dict[str, str], aliases: list[str] | None = None, pack: int = 1,
        ean: bool = False,
    ) -> Product:  # fmt: skip
        p = Product(key=key, name=name, description=description, family=family, brand=brand,
                    uom=uom, base_price=price(round(base, 2)), attrs=attrs,
                    aliases=list(aliases or []), pack_qty=pack)  # fmt: skip
        if ean:
            p.aliases.append(self.ean13(brand, key))
        return p


def hashed_numbers(
    products: Iterable[Product], salt: str, first: int, count: int
) -> dict[str, int]:
    """Each product's number, `first + int(unit(key, salt, attempt) * count)`, given in key order
    with the next attempt while the number is taken: unique over the catalog whatever prefix the
    house writes before it (catalogs 6 and 7; `erp_writer.assign_codes` when the whole code must
    be unique)."""
    taken: set[int] = set()
    numbers = {}
    for p in sorted(products, key=lambda p: p.key):
        attempt = 0
        while (n := first + int(unit(p.key, salt, str(attempt)) * count)) in taken:
            attempt += 1
        taken.add(n)
        numbers[p.key] = n
    return numbers
