"""Writing a blind catalog's ERP folder (ERP.md): the files, their columns and how each cell is
written, and the hash-chosen rows every catalog derives from its products the same way.

Why here: catalogs 5 to 10 each carried the same ~80 lines of `erp.py` (the twelve CSV files with
their headers, money to the cent, booleans, the stock, price-list, contract-price, cross-reference
and sales-history loops), copied from the catalog before with other numbers. What a catalog *is*
(its products, customers, warehouses, receivables, part-number formats, and the numbers that say
how stocked or discounted the house is) stays in its own folder and is written blind. Catalogs 4
to 17 then each still spelled out the same `write` (the twelve files' call with the seed, the day
and the products said again for every loop) and a `cross_references` wrapper: a catalog now fills
in a `House` with its data and its numbers, the seed said once, and the house writes the folder.
Every row comes from `unit(...)` hashes of fixed seeds, so the files are deterministic and must
stay byte-identical: `tests/test_blind_corpora.py` and the corpora's committed CSVs notice any
change.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit

# file → columns, as ERP.md names them
COLUMNS = {
    "products.csv": ["sku", "name", "description", "family", "brand", "uom", "pack_qty",
                     "list_price", "cost", "currency", "aliases", "substitutes", "attributes",
                     "active"],
    "customers.csv": ["customer_id", "name", "tax_id", "address", "price_list", "segment",
                      "language", "default_warehouse", "credit_limit", "payment_terms_days",
                      "blocked", "block_reason", "seller_email"],
    "contacts.csv": ["customer_id", "name", "phone", "email", "role"],
    "warehouses.csv": ["warehouse", "name", "city", "cutoff", "timezone"],
    "stock.csv": ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming",
                  "incoming_eta"],
    "price_lists.csv": ["price_list", "sku", "price", "min_qty"],
    "customer_prices.csv": ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
    "family_discounts.csv": ["price_list", "customer_id", "family", "discount_pct"],
    "cross_references.csv": ["customer_id", "customer_part", "sku"],
    "receivables.csv": ["invoice", "customer_id", "issued", "due", "amount", "balance",
                        "disputed"],
    "sales_history.csv": ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price",
                          "order"],
    "brand_preferences.csv": ["family", "brand", "customer_id"],
}  # fmt: skip
# the columns a dated price list adds (catalog 11's ERP writes them on every row)
VALIDITY = ["valid_from", "valid_to"]

# (id, name, tax id, address, price list, segment, language, warehouse, limit, terms,
#  blocked, reason)
Customer = tuple[str, str, str, str, str, str, str, str, str, str, bool, str]
Rows = Sequence[Sequence[object]]


def money(value: Decimal) -> str:
    """To the cent, half up: how every price and cost is written."""
    return str(value.quantize(CENT, ROUND_HALF_UP))


def write_csv(
    folder: Path, name: str, header: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def assign_codes(products: list[Product], code: Callable[[Product, int], str]) -> None:
    """Give each product `code(p, attempt)`, in key order, retrying while the code is taken
    (catalogs whose item numbers are derived from the product: 8 on)."""
    taken: set[str] = set()
    for p in sorted(products, key=lambda p: p.key):
        attempt = 0
        while (sku := code(p, attempt)) in taken:
            attempt += 1
        taken.add(sku)
        p.sku = sku


def finish(products: list[Product], inactive: Iterable[str]) -> list[Product]:
    """Check that keys and SKUs are unique and every inactive key is a product's, mark the
    inactive ones, give every product up to two active substitutes (same family and
    attributes), and return the products in SKU order."""
    keys = [p.key for p in products]
    assert len(set(keys)) == len(keys), sorted({k for k in keys if keys.count(k) > 1})
    skus = [p.sku for p in products]
    assert len(set(skus)) == len(skus), sorted({s for s in skus if skus.count(s) > 1})
    inactive = set(inactive)
    assert inactive <= set(keys), sorted(inactive - set(keys))
    for p in products:
        p.active = p.key not in inactive
    groups: dict[tuple[str, ...], list[Product]] = {}
    for p in products:
        groups.setdefault((p.family, *sorted(f"{k}={v}" for k, v in p.attrs.items())), []).append(p)
    for group in groups.values():
        for p in group:
            p.substitutes = [q.sku for q in group if q is not p and q.active][:2]
    return sorted(products, key=lambda p: p.sku)


@dataclass(frozen=True)
class Stock:
    """How stocked a house keeps its warehouses: a roll `unit(key, "stock<seed>", wh)` below
    `absent_below(wh)` keeps a product out of `wh`; above `on_hand_above` some is on hand (up to
    `scale(uom)`), below `incoming_below` some is coming, due `eta_days[0] + roll * eta_days[1]`
    days after the house's day; one in `reserved_per` of what is on hand is reserved."""

    absent_below: Callable[[str], float]
    scale: Callable[[str], int]
    on_hand_above: float
    incoming_below: float
    eta_days: tuple[int, int]
    reserved_per: int


@dataclass(frozen=True)
class Prices:
    """Products with `unit(key, "pricelist<seed>") < below` are on every list (name, share) at
    list price × share from one unit, and × share × `tier` from ten packs; `valid` (from, to)
    dates every row, and the price list file then has its validity columns."""

    lists: tuple[tuple[str, Decimal], ...]
    below: float
    tier: Decimal
    valid: tuple[str, str] | None = None


@dataclass(frozen=True)
class Contracts:
    """About one active product in fifty (`below`) has a contract price (list × share),
    alternately for `customers[0]` (even) and `customers[1]` (odd), valid over `valid`."""

    customers: tuple[str, str]
    share: Decimal
    valid: tuple[str, str]
    below: float = 0.02


@dataclass(frozen=True)
class History:
    """Twelve past lines per customer, of active branded products chosen by hash, four to an
    invoice (`invoice.format(cid=..., n=...)`), line k dated `days[0] + k * days[1]` days before
    the house's day, at list price × share."""

    days: tuple[int, int]
    invoice: str
    share: Decimal


@dataclass(frozen=True)
class House:
    """A blind house as its ERP folder shows it: its own rows (customers, contacts, warehouses,
    family discounts, receivables, brand preferences), its customers' part-number formats, and
    the numbers its hash-chosen rows are drawn with, all under one `seed` (`xref<seed>` for the
    cross references) and one day, `today`."""

    seed: str
    today: dt.date
    currency: str
    seller_email: str
    customers: Sequence[Customer]
    contacts: Rows
    warehouses: Rows
    brand_preferences: Rows
    part_formats: Mapping[str, Callable[[int, Product], str]]
    xref: tuple[int, int]  # (step, offset): a customer's n-th part is fmt(n * step + offset, p)
    stock: Stock
    prices: Prices
    contracts: Contracts
    history: History
    family_discounts: Rows
    receivables: Rows
    xref_count: int = 20  # parts per customer

    def cross_references(self, products: list[Product]) -> list[tuple[str, str, str]]:
        """(customer, their part number, our SKU): `xref_count` active parts per customer chosen
        by hash; the n-th (in key order) gets `fmt(n * step + offset, product)`."""
        (step, offset), seed = self.xref, f"xref{self.seed}"
        active = [p for p in products if p.active]
        rows = []
        for customer, fmt in self.part_formats.items():
            chosen = sorted(active, key=lambda p: unit(customer, seed, p.key))[: self.xref_count]
            for n, product in enumerate(sorted(chosen, key=lambda p: p.key), start=1):
                rows.append((customer, fmt(n * step + offset, product), product.sku))
        return rows

    def stock_rows(self, products: list[Product]) -> list[list[object]]:
        """One row per product and warehouse where it is kept (`Stock`)."""
        how, seed = self.stock, self.seed
        warehouses = [str(w[0]) for w in self.warehouses]
        rows: list[list[object]] = []
        for p in products:
            for wh in warehouses:
                roll = unit(p.key, f"stock{seed}", wh)
                if roll < how.absent_below(wh):
                    continue
                size = how.scale(p.uom)
                on_hand = incoming = 0
                if roll > how.on_hand_above:
                    on_hand = int(unit(p.key, f"qty{seed}", wh) * size)
                if roll < how.incoming_below:
                    incoming = int(unit(p.key, f"inc{seed}", wh) * size / 2)
                days = how.eta_days[0] + int(roll * how.eta_days[1])
                eta = (self.today + dt.timedelta(days=days)).isoformat() if incoming else ""
                rows.append([p.sku, wh, on_hand, on_hand // how.reserved_per, 0, incoming, eta])
        return rows

    def price_list_rows(self, products: list[Product]) -> list[list[object]]:
        """Two rows per list for the products on the lists (`Prices`)."""
        how = self.prices
        dates = list(how.valid or ())
        rows: list[list[object]] = []
        for p in products:
            if unit(p.key, f"pricelist{self.seed}") < how.below:
                for name, share in how.lists:
                    rows.append([name, p.sku, money(p.list_price * share), 1, *dates])
                    price = money(p.list_price * share * how.tier)
                    rows.append([name, p.sku, price, 10 * p.pack_qty, *dates])
        return rows

    def customer_price_rows(self, products: list[Product]) -> list[list[object]]:
        """The contract prices (`Contracts`)."""
        how = self.contracts
        seed = f"contract{self.seed}"
        contract = [p for p in products if p.active and unit(p.key, seed) < how.below]
        return [
            [how.customers[i % 2], p.sku, money(p.list_price * how.share), 1, *how.valid]
            for i, p in enumerate(contract)
        ]

    def sales_history_rows(self, products: list[Product]) -> list[list[object]]:
        """Each customer's twelve past lines (`History`)."""
        how = self.history
        rows: list[list[object]] = []
        active = [p for p in products if p.active and p.brand]
        for c in self.customers:
            cid = c[0]
            bought = sorted(active, key=lambda p: unit(cid, f"hist{self.seed}", p.key))[:12]
            for line, p in enumerate(bought, start=1):
                day = self.today - dt.timedelta(days=how.days[0] + line * how.days[1])
                invoice = how.invoice.format(cid=cid, n=(line - 1) // 4 + 1)
                qty, price = p.pack_qty * (1 + line % 3), money(p.list_price * how.share)
                rows.append([invoice, line, cid, day.isoformat(), p.sku, qty, price, ""])
        return rows

    def write(self, folder: Path, products: list[Product]) -> list[Product]:
        """Write the twelve files of the ERP folder for `products`, in ERP.md's cells (price
        lists with their validity columns where they are dated); returns `products`."""
        folder.mkdir(parents=True, exist_ok=True)
        files: dict[str, Iterable[Sequence[object]]] = {
            "products.csv": (
                [
                    p.sku,
                    p.name,
                    p.description,
                    p.family,
                    p.brand,
                    p.uom,
                    p.pack_qty,
                    money(p.list_price),
                    money(p.cost),
                    self.currency,
                    "|".join(p.aliases),
                    "|".join(p.substitutes),
                    "|".join(f"{k}={v}" for k, v in p.attrs.items()),
                    "true" if p.active else "false",
                ]
                for p in products
            ),
            "customers.csv": (
                [*c[:10], "true" if c[10] else "false", c[11], self.seller_email]
                for c in self.customers
            ),
            "contacts.csv": self.contacts,
            "warehouses.csv": self.warehouses,
            "stock.csv": self.stock_rows(products),
            "price_lists.csv": self.price_list_rows(products),
            "customer_prices.csv": self.customer_price_rows(products),
            "family_discounts.csv": self.family_discounts,
            "cross_references.csv": self.cross_references(products),
            "receivables.csv": self.receivables,
            "sales_history.csv": self.sales_history_rows(products),
            "brand_preferences.csv": self.brand_preferences,
        }
        for name, rows in files.items():
            dated = self.prices.valid is not None and name == "price_lists.csv"
            write_csv(folder, name, COLUMNS[name] + (VALIDITY if dated else []), rows)
        return products

