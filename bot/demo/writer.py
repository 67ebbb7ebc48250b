"""`mostrador demo-data`: write a demo distributor's ERP folder (ERP.md format).

The people are fixed, so the README and tests can name them: a mining company
with a contract and its own part numbers (C001), an industrial customer (C002), a
blocked workshop (C003), a builder with overdue invoices (C004), a fabricator
with no credit limit (C005). Prices, stock and dates come from a seeded random
generator and the given `today`: the same seed and date give the same folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from bot.demo import history
from bot.demo.catalog import Item, generate

CENT = Decimal("0.01")

WAREHOUSES = [
    ("SCL", "Santiago central warehouse", "Santiago", "16:00", "America/Santiago"),
    ("LIM", "Lima branch", "Lima", "15:00", "America/Lima"),
    ("HOU", "Houston distribution center", "Houston", "17:30", "America/Chicago"),
]

CUSTOMERS = [
    # id, name, tax id, price list, segment, seller, limit, terms, blocked, reason, lang, wh
    (
        "C001",
        "Minera Los Andes SpA",
        "76.123.456-7",
        "MINING",
        "mining",
        "paula.rojas@mostrador.example",
        "250000",
        "45",
        False,
        "",
        "es",
        "SCL",
    ),
    (
        "C002",
        "Pacific Industrial Supply Inc.",
        "94-1234567",
        "INDUSTRIAL",
        "industrial",
        "mike.chen@mostrador.example",
        "60000",
        "30",
        False,
        "",
        "en",
        "HOU",
    ),
    (
        "C003",
        "Taller Mecánico El Rayo",
        "12.345.678-9",
        "WORKSHOP",
        "workshop",
        "paula.rojas@mostrador.example",
        "5000",
        "30",
        True,
        "Cheques protestados en octubre",
        "es",
        "SCL",
    ),
    (
        "C004",
        "Constructora Sur Ltda.",
        "77.888.999-0",
        "INDUSTRIAL",
        "construction",
        "paula.rojas@mostrador.example",
        "40000",
        "30",
        False,
        "",
        "es",
        "LIM",
    ),
    (
        "C005",
        "Northwind Fabrication LLC",
        "87-7654321",
        "",
        "fabrication",
        "mike.chen@mostrador.example",
        "",
        "30",
        False,
        "",
        "en",
        "HOU",
    ),
]

ADDRESSES = {
    "C001": "Av. Apoquindo 4500, piso 12, Las Condes, Santiago, Chile",
    "C002": "1200 Harbor Blvd, Oakland, CA 94607, USA",
    "C003": "Calle Los Aromos 221, San Bernardo, Chile",
    "C004": "Av. Javier Prado Este 3190, San Borja, Lima, Perú",
    "C005": "8800 Westpark Dr, Houston, TX 77063, USA",
}

CONTACTS = [
    ("C001", "Jorge Müller", "+56912345001", "jorge.muller@minera-losandes.example", "buyer"),
    ("C001", "Carla Soto", "+56912345002", "carla.soto@minera-losandes.example", "approver"),
    ("C001", "Cuentas por pagar", "", "pagos@minera-losandes.example", "accounts"),
    ("C002", "Sarah Johnson", "+14155550101", "sarah.johnson@pacific-industrial.example", "buyer"),
    ("C002", "Tom Baker", "+14155550102", "tom.baker@pacific-industrial.example", "approver"),
    ("C003", "Raúl Fuentes", "+56987654003", "elrayo.taller@correo.example", "buyer"),
    ("C004", "Ana Paredes", "+51987654004", "ana.paredes@constructorasur.example", "buyer"),
    ("C005", "Dave Miller", "+17135550105", "dave@northwind-fab.example", "buyer"),
]

# The mining company's own part numbers ("MLA-44-1020") for items it buys often.
CROSS_REF_PREFIX = "MLA"


def write_demo(
    folder: str | Path,
    *,
    products: int,
    seed: int,
    today: dt.date,
    sales_lines: int = history.DEFAULT_LINES,
) -> dict[str, int]:
    """Write the demo ERP folder; return rows written per file.

    `sales_lines` is the length of sales_history.csv (the import benchmark asks for
    a million); it changes no other file.
    """
    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    catalog = generate(products)
    skus_by_group: dict[str, list[str]] = {}
    for sku, item in catalog:
        if item.group:
            skus_by_group.setdefault(item.group, []).append(sku)

    files: dict[str, tuple[Sequence[str], Iterable[Sequence[Any]]]] = {
        "warehouses.csv": (["warehouse", "name", "city", "cutoff", "timezone"], WAREHOUSES),
        "products.csv": _products(catalog, skus_by_group, rng),
        "customers.csv": (
            [
                "customer_id",
                "name",
                "tax_id",
                "address",
                "price_list",
                "segment",
                "seller_email",
                "credit_limit",
                "payment_terms_days",
                "blocked",
                "block_reason",
                "language",
                "default_warehouse",
            ],
            [
                (*c[:3], ADDRESSES[c[0]], *c[3:8], "true" if c[8] else "false", *c[9:])
                for c in CUSTOMERS
            ],
        ),
        "contacts.csv": (["customer_id", "name", "phone", "email", "role"], CONTACTS),
        "price_lists.csv": _price_lists(catalog, rng),
        "customer_prices.csv": _customer_prices(catalog, rng, today),
        "family_discounts.csv": (
            ["price_list", "customer_id", "family", "discount_pct"],
            [
                ("INDUSTRIAL", "", "Abrasives", "10"),
                ("", "C002", "Abrasives", "15"),
                ("WORKSHOP", "", "Fasteners", "5"),
                ("", "C005", "Welding", "8"),
                ("", "C005", "Abrasives", "6"),
            ],
        ),
        "stock.csv": _stock(catalog, rng, today),
        "cross_references.csv": _cross_references(catalog),
        "receivables.csv": _receivables(rng, today),
        "sales_history.csv": history.sales_history(catalog, seed, today, sales_lines),
        "order_status.csv": history.order_status(today),
        "brand_preferences.csv": history.brand_preferences(),
    }
    counts = {}
    for name, (header, rows) in files.items():
        counts[name] = _write(folder / name, header, rows)
    return counts


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _products(
    catalog: list[tuple[str, Item]], groups: dict[str, list[str]], rng: random.Random
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    header = [
        "sku",
        "name",
        "description",
        "family",
        "brand",
        "uom",
        "pack_qty",
        "list_price",
        "cost",
        "currency",
        "aliases",
        "substitutes",
        "attributes",
        "active",
    ]

    def rows() -> Iterable[Sequence[Any]]:
        for sku, item in catalog:
            cost_ratio = Decimal(rng.randint(52, 74)) / 100
            if item.family == "Safety":
                cost_ratio = Decimal(rng.randint(88, 95)) / 100  # thin margins on commodities
            substitutes = [s for s in groups.get(item.group or "", []) if s != sku][:3]
            yield (
                sku,
                item.name,
                item.description,
                item.family,
                item.brand or "",
                item.uom,
                item.pack_qty,
                item.list_price,
                _money(item.list_price * cost_ratio),
                "USD",
                "|".join(item.aliases),
                "|".join(substitutes),
                "|".join(f"{k}={v}" for k, v in item.attributes.items()),
                "true",
            )

    return header, rows()


def _price_lists(
    catalog: list[tuple[str, Item]], rng: random.Random
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    header = ["price_list", "sku", "price", "min_qty", "currency", "valid_from", "valid_to"]

    def rows() -> Iterable[Sequence[Any]]:
        for sku, item in catalog:
            base = item.list_price
            # MINING: contract-like list with quantity breaks at 10 and 100.
            for min_qty, factor in ((1, "0.88"), (10, "0.84"), (100, "0.80")):
                yield ("MINING", sku, _money(base * Decimal(factor)), min_qty, "", "", "")
            # INDUSTRIAL: everything but abrasives (those get a family discount).
            if item.family != "Abrasives":
                yield ("INDUSTRIAL", sku, _money(base * Decimal("0.92")), 1, "", "", "")
                yield ("INDUSTRIAL", sku, _money(base * Decimal("0.89")), 25, "", "", "")
            # WORKSHOP: a short list of what workshops buy; the rest at list or family discount.
            if item.family in ("Welding", "Safety") or rng.random() < 0.3:
                yield ("WORKSHOP", sku, _money(base * Decimal("0.95")), 1, "", "", "")

    return header, rows()


def _customer_prices(
    catalog: list[tuple[str, Item]], rng: random.Random, today: dt.date
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    header = ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"]
    year_start = dt.date(today.year, 1, 1).isoformat()
    year_end = dt.date(today.year, 12, 31).isoformat()
    expired_to = (today - dt.timedelta(days=40)).isoformat()

    def rows() -> Iterable[Sequence[Any]]:
        for index, (sku, item) in enumerate(catalog):
            if item.family not in ("Bearings", "Fasteners", "Belts") or index % 7:
                continue
            price = _money(item.list_price * Decimal("0.78"))
            yield ("C001", sku, price, 1, year_start, year_end)
            if item.family == "Fasteners":
                yield ("C001", sku, _money(price * Decimal("0.9")), 500, year_start, year_end)
            if index % 21 == 0:  # an old contract price that no longer applies
                yield ("C001", sku, _money(price * Decimal("0.7")), 50, "2020-01-01", expired_to)
            if rng.random() < 0.02:
                yield ("C002", sku, _money(item.list_price * Decimal("0.85")), 1, year_start, "")

    return header, rows()


def _stock(
    catalog: list[tuple[str, Item]], rng: random.Random, today: dt.date
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    header = ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"]
    scale = {
        "Fasteners": 2000,
        "Electrical": 300,
        "Bearings": 60,
        "Belts": 30,
        "Welding": 400,
        "Abrasives": 250,
        "Safety": 120,
        "Valves & Fittings": 40,
    }

    def rows() -> Iterable[Sequence[Any]]:
        for index, (sku, item) in enumerate(catalog):
            top = scale.get(item.family, 50)
            out_of_stock = index % 19 == 5  # ~5%: nothing anywhere, incoming soon
            for code, *_ in WAREHOUSES:
                presence = {"SCL": 0.9, "LIM": 0.45, "HOU": 0.4}[code]
                on_hand = 0 if out_of_stock or rng.random() > presence else rng.randint(1, top)
                reserved = rng.randint(0, on_hand // 4) if on_hand and rng.random() < 0.3 else 0
                damaged = (
                    rng.randint(1, max(1, on_hand // 20)) if on_hand and rng.random() < 0.05 else 0
                )
                incoming, eta = 0, ""
                if (out_of_stock and code == "SCL") or rng.random() < 0.08:
                    incoming = rng.randint(max(1, top // 10), top)
                    eta = (today + dt.timedelta(days=rng.randint(3, 30))).isoformat()
                yield (sku, code, on_hand, reserved, damaged, incoming, eta)

    return header, rows()


def _cross_references(
    catalog: list[tuple[str, Item]],
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    header = ["customer_id", "customer_part", "sku"]
    picks = [
        sku
        for index, (sku, item) in enumerate(catalog)
        if item.family in ("Bearings", "Fasteners", "Belts", "Abrasives") and index % 11 == 3
    ]
    rows = [
        ("C001", f"{CROSS_REF_PREFIX}-{44 + i % 5}-{1000 + i * 10}", sku)
        for i, sku in enumerate(picks[:60])
    ]
    return header, rows


def _receivables(rng: random.Random, today: dt.date) -> tuple[list[str], Iterable[Sequence[Any]]]:
    header = ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"]
    rows: list[Sequence[Any]] = []
    number = 50000

    def add(
        customer: str,
        issued_days_ago: int,
        terms: int,
        amount: str,
        balance: str,
        disputed: bool = False,
    ) -> None:
        nonlocal number
        number += 1
        issued = today - dt.timedelta(days=issued_days_ago)
        rows.append(
            (
                f"F-{number}",
                customer,
                issued.isoformat(),
                (issued + dt.timedelta(days=terms)).isoformat(),
                amount,
                balance,
                "true" if disputed else "false",
            )
        )

    for _ in range(4):  # the mining company pays on time
        amount = f"{rng.randint(3000, 20000)}.00"
        add("C001", rng.randint(5, 40), 45, amount, amount)
    add("C002", 20, 30, "8400.00", "8400.00")
    add("C002", 50, 30, "1250.00", "1250.00", disputed=True)  # disputed: not overdue
    add("C003", 70, 30, "2300.00", "2300.00")
    add("C004", 85, 30, "12800.00", "12800.00")  # 55 days overdue: credit on hold
    add("C004", 50, 30, "4350.50", "2100.00")
    add("C004", 10, 30, "6000.00", "6000.00")
    add("C005", 15, 30, "15999.99", "15999.99")
    return header, rows
