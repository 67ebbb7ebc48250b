"""The ERP folder of catalog 3: products plus the customers, cross references, prices, stock
and brand preferences that make `mostrador erp import` of it complete."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bench.blind.erp_writer import COLUMNS, money, write_csv

from . import bearings, consumables, electrical, fasteners, power, valves
from .model import Product, spread

WAREHOUSES = [
    ("MTY", "Monterrey CEDIS", "Monterrey", "16:00", "America/Monterrey"),
    ("QRO", "Querétaro", "Querétaro", "15:00", "America/Mexico_City"),
    ("HOU", "Houston DC", "Houston", "14:30", "America/Chicago"),
]
CUSTOMERS = [
    (
        "C3-MX01",
        "Minera Peñasco SA de CV",
        "MPE940312AB1",
        "MAYOREO",
        "es",
        "MTY",
        "250000",
        "false",
        "",
    ),
    ("C3-US01", "Acme Packaging Inc", "74-1234567", "", "en", "HOU", "120000", "false", ""),
    (
        "C3-MX02",
        "Ensambles del Bajío SA de CV",
        "EBA010101XY2",
        "MAYOREO",
        "es",
        "QRO",
        "",
        "false",
        "",
    ),
    (
        "C3-MX03",
        "Talleres Orozco",
        "OOT850505KL3",
        "",
        "es",
        "MTY",
        "20000",
        "true",
        "Facturas vencidas a más de 90 días",
    ),
]
CONTACTS = [
    ("C3-MX01", "Rogelio Garza", "+528112345601", "compras@penasco.example.mx"),
    ("C3-US01", "Dana Whitfield", "+17135550142", "purchasing@acmepack.example.com"),
    ("C3-MX02", "Lucía Hernández", "+524421234567", "lucia@ebajio.example.mx"),
    ("C3-MX03", "Ramón Orozco", "+528119876543", ""),
]
# Customer part number formats, one house style each.
PART_FORMATS = {
    "C3-MX01": "MP-{n:06d}",
    "C3-US01": "ACM-{fam}-{n:04d}",
    "C3-MX02": "EB/{fam}/{n:03d}",
}
BRAND_DEFAULTS = {
    "bearings": "NSK",
    "electrical": "Schneider",
    "abrasives": "Norton",
    "power-transmission": "Tsubaki",
    "chemicals": "Loctite",
    "valves-fittings": "Parker",
    "cutting-tools": "Dormer",
}


def catalog() -> list[Product]:
    """Every product, with substitutes across brands and a few rows made inactive."""
    rows = (
        bearings.products()
        + fasteners.products()
        + valves.products()
        + electrical.products()
        + power.products()
        + consumables.abrasives()
        + consumables.chemicals()
        + consumables.tools()
    )
    skus = [row.sku for row in rows]
    if len(skus) != len(set(skus)):
        dupes = sorted({sku for sku in skus if skus.count(sku) > 1})
        raise ValueError(f"duplicate SKUs: {dupes[:10]}")
    for row in rows:
        if spread(f"inactive:{row.sku}", 0, 69) == 0:
            row.active = False
    same: dict[tuple[object, ...], list[Product]] = {}
    for row in rows:
        if row.brand:
            key = (*tuple(sorted(row.facts.items())), row.family, row.uom)
            same.setdefault(key, []).append(row)
    for group in same.values():
        for row in group:
            row.substitutes = [o.sku for o in group if o is not row and o.active][:2]
    return rows


def cross_references(rows: list[Product]) -> list[tuple[str, str, str]]:
    """(customer_id, customer_part, sku): 14 parts per customer, chosen among active rows."""
    active = [row for row in rows if row.active]
    refs = []
    for customer, fmt in PART_FORMATS.items():
        chosen = sorted(active, key=lambda row: spread(f"{customer}:{row.sku}"))[:14]
        for n, row in enumerate(sorted(chosen, key=lambda row: row.sku), start=1):
            number = spread(f"part:{customer}:{row.sku}", 1, 9999) if "06d" in fmt else n * 7
            refs.append((customer, fmt.format(n=number, fam=row.family[:3].upper()), row.sku))
    return refs


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = catalog()
    write_csv(
        folder,
        "products.csv",
        COLUMNS["products.csv"],
        [
            [
                r.sku,
                r.name,
                r.description,
                r.family,
                r.brand,
                r.uom,
                str(r.pack_qty),
                money(r.list_price),
                money(r.cost),
                "USD",
                "|".join(r.aliases),
                "|".join(r.substitutes),
                "|".join(f"{k}={v}" for k, v in r.facts.items()),
                "true" if r.active else "false",
            ]
            for r in rows
        ],
    )
    write_csv(
        folder,
        "warehouses.csv",
        COLUMNS["warehouses.csv"],
        [list(w) for w in WAREHOUSES],
    )
    write_csv(
        folder,
        "customers.csv",
        [
            "customer_id",
            "name",
            "tax_id",
            "price_list",
            "language",
            "default_warehouse",
            "credit_limit",
            "blocked",
            "block_reason",
            "payment_terms_days",
            "seller_email",
        ],
        [[*c, "30", "ventas3@mostrador.example.com"] for c in CUSTOMERS],
    )
    write_csv(
        folder,
        "contacts.csv",
        COLUMNS["contacts.csv"],
        [[*c, "buyer"] for c in CONTACTS],
    )
    write_csv(
        folder,
        "cross_references.csv",
        COLUMNS["cross_references.csv"],
        [list(ref) for ref in cross_references(rows)],
    )
    stock = []
    for r in rows:
        for code, *_ in WAREHOUSES:
            level = spread(f"stock:{code}:{r.sku}", 0, 9)
            if level >= 3:
                on_hand = level * (10 if r.uom == "M" else 1) * (3 if r.pack_qty > 1 else 1) * 4
                stock.append([r.sku, code, str(on_hand), str(level % 3), "0"])
    write_csv(folder, "stock.csv", COLUMNS["stock.csv"][:5], stock)
    listed = [r for r in rows if spread(f"list:{r.sku}") < 15]
    prices = [["MAYOREO", r.sku, money(r.list_price * Decimal("0.92")), "1"] for r in listed]
    prices += [["MAYOREO", r.sku, money(r.list_price * Decimal("0.88")), "10"] for r in listed]
    write_csv(folder, "price_lists.csv", COLUMNS["price_lists.csv"], prices)
    write_csv(
        folder,
        "family_discounts.csv",
        COLUMNS["family_discounts.csv"],
        [["MAYOREO", "", "fasteners", "15"], ["", "C3-US01", "bearings", "8"]],
    )
    prefs = [[family, brand, ""] for family, brand in BRAND_DEFAULTS.items()]
    prefs.append(["bearings", "Timken", "C3-US01"])
    write_csv(folder, "brand_preferences.csv", COLUMNS["brand_preferences.csv"], prefs)
    write_csv(
        folder,
        "receivables.csv",
        COLUMNS["receivables.csv"],
        [
            ["F3-1001", "C3-MX01", "2026-10-01", "2026-10-31", "18450.00", "0.00", "false"],
            ["F3-1002", "C3-US01", "2026-10-20", "2026-11-19", "7320.50", "7320.50", "false"],
            ["F3-0877", "C3-MX03", "2026-06-02", "2026-07-02", "15400.00", "15400.00", "false"],
        ],
    )
    return rows
