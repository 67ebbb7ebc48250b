"""The demo distributor's history with its customers: what each bought (sales_history.csv),
where its open orders are (order_status.csv) and which brand to offer (brand_preferences.csv).

Each customer has habits the matcher's brand rule and "the same as last time" can
show: the mining company buys SKF bearings and Gates belts, the industrial customer
NSK bearings (while the distributor's default is SKF), the workshop Indura welding
wire. The blocked workshop stopped buying three months ago and the fabricator seven
(dormant). Generated from its own seeded generator, so the other files do not depend
on how many history lines are asked for.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from bot.demo.catalog import Item

# customer -> (days since its last purchase, {family: habitual brand, or None: any})
HABITS: dict[str, tuple[int, dict[str, str | None]]] = {
    "C001": (2, {"Bearings": "SKF", "Fasteners": None, "Belts": "Gates", "Safety": None}),
    "C002": (5, {"Bearings": "NSK", "Abrasives": "3M", "Electrical": "Schneider"}),
    "C003": (95, {"Welding": "Indura", "Abrasives": "Norton", "Fasteners": None}),
    "C004": (9, {"Fasteners": None, "Valves & Fittings": None, "Safety": None}),
    "C005": (214, {"Welding": "Lincoln", "Abrasives": "Klingspor", "Fasteners": None}),
}
SPAN_DAYS = 540  # about eighteen months of history
DEFAULT_LINES = 600

BRAND_PREFERENCES = [
    ("Bearings", "SKF", ""),
    ("Belts", "Gates", ""),
    ("Abrasives", "Norton", ""),
    ("Welding", "Lincoln", ""),
    ("Electrical", "Schneider", ""),
    ("Welding", "Indura", "C003"),
    ("Electrical", "ABB", "C004"),
]


def brand_preferences() -> tuple[list[str], Iterable[Sequence[Any]]]:
    return ["family", "brand", "customer_id"], BRAND_PREFERENCES


def sales_history(
    catalog: list[tuple[str, Item]], seed: int, today: dt.date, lines: int = DEFAULT_LINES
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    """`lines` invoice lines, spread over the customers and the last eighteen months."""
    header = ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"]
    pools = _pools(catalog)

    def rows() -> Iterable[Sequence[Any]]:
        rng = random.Random(f"sales-history-{seed}")
        customers = list(HABITS)
        invoices = max(1, lines // 4)
        written = 0
        for n in range(invoices):
            customer = customers[n % len(customers)]
            quiet, habits = HABITS[customer]
            # Invoices of a customer run back from its last purchase, evenly spaced.
            age = quiet + (n // len(customers)) * SPAN_DAYS * len(customers) // invoices
            day = today - dt.timedelta(days=age)
            count = 4 if n < invoices - 1 else lines - written
            count = min(count, lines - written)
            number = f"F-{40000 + invoices - n}"
            order = f"SO-{70000 + invoices - n}" if n % 3 else ""
            seen: set[str] = set()
            for line in range(1, count + 1):
                for _ in range(5):  # an invoice lists an item once (a tiny catalog may repeat)
                    family = rng.choice(sorted(habits))
                    sku, item = rng.choice(pools[(family, habits[family])])
                    if sku not in seen:
                        break
                seen.add(sku)
                qty = rng.choice((1, 2, 4, 5, 10, 20, 50)) * (item.pack_qty or 1)
                price = (item.list_price * Decimal(rng.randint(82, 96)) / 100).quantize(
                    Decimal("0.01")
                )
                yield (number, line, customer, day.isoformat(), sku, qty, price, order)
            written += count
            if written >= lines:
                return

    return header, rows()


def order_status(today: dt.date) -> tuple[list[str], Iterable[Sequence[Any]]]:
    """The ERP's open orders (taken by phone, not through Mostrador) and a few closed ones."""
    header = ["order", "customer_id", "status", "erp_document", "updated", "carrier",
              "tracking", "tracking_url", "eta", "invoice"]  # fmt: skip

    def day(days_ago: int) -> str:
        return (today - dt.timedelta(days=days_ago)).isoformat()

    rows = [
        ("SO-80001", "C001", "shipped", "GD-55120", f"{day(1)}T15:40:00-03:00", "Chilexpress",
         "99120455", "https://tracking.example/chilexpress/99120455", day(-1), ""),
        ("SO-80002", "C002", "picking", "", f"{day(0)}T09:05:00-06:00", "", "", "", day(-2), ""),
        ("SO-80003", "C004", "received", "", day(0), "", "", "", "", ""),
        ("SO-80004", "C001", "delivered", "GD-55007", day(6), "Chilexpress", "99120001",
         "https://tracking.example/chilexpress/99120001", "", ""),
        ("SO-80005", "C002", "invoiced", "", day(20), "UPS", "1Z999AA10123456784", "", "",
         "F-39990"),
        ("SO-80006", "C005", "cancelled", "", day(30), "", "", "", "", ""),
    ]  # fmt: skip
    return header, rows


def _pools(catalog: list[tuple[str, Item]]) -> dict[tuple[str, str | None], list[tuple[str, Item]]]:
    """Items each habit draws from: the family's items of that brand (any brand for None)."""
    wanted = {(family, brand) for _, habits in HABITS.values() for family, brand in habits.items()}
    pools: dict[tuple[str, str | None], list[tuple[str, Item]]] = {key: [] for key in wanted}
    for sku, item in catalog:
        for key in ((item.family, item.brand), (item.family, None)):
            if key in pools and len(pools[key]) < 400:
                pools[key].append((sku, item))
    missing = [key for key, items in pools.items() if not items]
    if missing:  # a tiny catalog: fall back to any item of the family, then any item
        for key in missing:
            pools[key] = pools.get((key[0], None)) or catalog[:50]
    return pools
