"""Catalog 11 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit
from bench.catalog11 import products as fam
from bench.catalog11.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Items the house made inactive in P21 (still on file, no longer sold; buyers still ask for them).
INACTIVE = (
    "hhcs|1/4-20|3/4|8",
    "vball|ss316|2",
    "thhn|2|GRN",
    "tape|1700",
    "drill|7/32|Precision Twist",
    "tip|Bernard|.045",
    "hat|ORG",
    "fit|plug|2|galvanized",
    "cut|9|5/64|Weiler",
    "so|10/3",
)


def catalog() -> list[Product]:
    """Every product (item IDs fixed by maker and part number), in item-ID order."""
    products = all_products()
    keys = [p.key for p in products]
    assert len(set(keys)) == len(keys), [k for k in keys if keys.count(k) > 1]
    skus = [p.sku for p in products]
    assert len(set(skus)) == len(skus), [s for s in skus if skus.count(s) > 1]
    assert all(k in keys for k in INACTIVE), [k for k in INACTIVE if k not in keys]
    for p in products:
        p.active = p.key not in INACTIVE
        p.substitutes = []
    groups: dict[tuple[str, ...], list[Product]] = {}
    for p in products:
        groups.setdefault((p.family, *sorted(f"{k}={v}" for k, v in p.attrs.items())), []).append(p)
    for group in groups.values():
        for p in group:
            p.substitutes = [q.sku for q in group if q is not p and q.active][:2]
    return sorted(products, key=lambda p: p.sku)


CUSTOMERS = (
    # id, name, tax id (RFC / EIN), address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("100112", "Ensambles Electrónicos del Bravo S. de R.L. de C.V.", "EEB980312KJ4",
     "Blvd. Independencia 2120, Parque Industrial Independencia, Ciudad Juárez, Chih.", "MAQ-A", "maquila electronics",
     "es", "JRZ", "60000", "45", False, ""),
    ("100118", "Arneses y Conectores de Juárez S.A. de C.V.", "ACJ0105229Q1",
     "Av. Tecnológico 6650, Parque Industrial Antonio J. Bermúdez, Ciudad Juárez, Chih.", "MAQ-A", "maquila wire harness",
     "es", "JRZ", "80000", "60", False, ""),
    ("100131", "Componentes Médicos de Chihuahua S. de R.L. de C.V.", "CMC030714AB2",
     "Av. de las Industrias 8901, Complejo Industrial Chihuahua, Chihuahua, Chih.", "MAQ-B", "maquila medical devices",
     "es", "JRZ", "30000", "30", False, ""),
    ("100190", "Taller Metalmecánico Zaragoza", "TMZ1209187U5",
     "Carretera Juárez-Porvenir km 8, Ciudad Juárez, Chih.", "", "machine shop", "es", "JRZ", "5000", "15", True,
     "Cheque devuelto por USD 2,410.00 en octubre"),
    ("200210", "Rio Grande Steel Fabricators LLC", "74-2918345", "9411 Railroad Dr, El Paso, TX 79924", "US-PLANT",
     "steel fabrication", "en", "ELP", "50000", "30", False, ""),
    ("200224", "Franklin Mountain Bottling Co.", "74-1650022", "1501 Hawkins Blvd, El Paso, TX 79925", "US-PLANT",
     "beverage plant", "en", "ELP", "25000", "30", False, ""),
    ("200237", "Santa Teresa Cold Storage Inc.", "85-0473321", "5100 Strauss Rd, Santa Teresa, NM 88008", "",
     "cold storage", "en", "ELP", "15000", "30", False, ""),
)  # fmt: skip
CONTACTS = (
    ("100112", "Lic. Adriana Holguín", "+526566120112", "compras.mro@eebravo.com.mx", "buyer"),
    ("100112", "Ing. Rubén Carrasco", "+526566120113", "mantenimiento@eebravo.com.mx", "buyer"),
    ("100118", "Karla Meléndez", "+526566180118", "kmelendez@arnesesjuarez.com", "buyer"),
    ("100131", "Ing. Jesús Chacón", "+526144310131", "jchacon@compmedchih.com", "buyer"),
    ("100190", "Don Beto Zaragoza", "+526569900190", "tallerzaragoza@gmail.com", "buyer"),
    ("200210", "Mike Sandoval", "+19155210210", "purchasing@riograndesteelfab.com", "buyer"),
    ("200210", "Danny Ortega", "+19155210211", "maintenance@riograndesteelfab.com", "buyer"),
    ("200224", "Lisa Brennan", "+19155240224", "lbrennan@franklinbottling.com", "buyer"),
    ("200237", "Ray Castillo", "+15755370237", "ray@stcoldstorage.com", "buyer"),
)
WAREHOUSES = (
    ("ELP", "El Paso - Butterfield Trail Industrial Park", "El Paso", "15:30", "America/Denver"),
    ("JRZ", "Ciudad Juárez - Parque Industrial Bermúdez", "Ciudad Juárez", "14:00", "America/Ciudad_Juarez"),
)
# Three customers send their own part numbers: the electronics maquila's Oracle MRO items, the
# harness maquila's SAP material numbers (eight digits) and the fabricator's stock codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "100112": lambda n, p: f"EEB-MRO-{4000 + n * 29:06d}",
    "100118": lambda n, p: f"{40010000 + n * 173}",
    "200210": lambda n, p: f"RGS-{p.family[:2].upper()}-{n * 7 + 100}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.ABRASIVES, "Norton", ""), (fam.WELDING, "Lincoln", ""), (fam.VALVES, "Apollo", ""),
    (fam.CUTTING, "Chicago-Latrobe", ""), (fam.SAFETY, "3M", ""), (fam.ELECTRICAL, "Bussmann", ""),
    (fam.BEARINGS, "NSK", "100118"), (fam.WELDING, "ESAB", "200210"), (fam.CUTTING, "Milwaukee", "200224"),
)  # fmt: skip


def _money(value: Decimal) -> str:
    return str(value.quantize(CENT, ROUND_HALF_UP))


def _write(folder: Path, name: str, header: list[str], rows: Sequence[Sequence[object]]) -> None:
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def cross_references(products: list[Product]) -> list[tuple[str, str, str]]:
    """(customer, their part number, our item ID): 20 parts per customer, chosen by hash."""
    active = [p for p in products if p.active]
    rows = []
    for customer, fmt in PART_FORMATS.items():
        chosen = sorted(active, key=lambda p: unit(customer, "xref11", p.key))[:20]
        for n, product in enumerate(sorted(chosen, key=lambda p: p.key), start=1):
            rows.append((customer, fmt(n * 11 + 3, product), product.sku))
    return rows


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    folder.mkdir(parents=True, exist_ok=True)
    products = catalog()
    _write(folder, "products.csv",
           ["sku", "name", "description", "family", "brand", "uom", "pack_qty", "list_price",
            "cost", "currency", "aliases", "substitutes", "attributes", "active"],
           [[p.sku, p.name, p.description, p.family, p.brand, p.uom, p.pack_qty,
             _money(p.list_price), _money(p.cost), "USD", "|".join(p.aliases),
             "|".join(p.substitutes), "|".join(f"{k}={v}" for k, v in p.attrs.items()),
             "true" if p.active else "false"] for p in products])  # fmt: skip
    _write(folder, "customers.csv",
           ["customer_id", "name", "tax_id", "address", "price_list", "segment", "language",
            "default_warehouse", "credit_limit", "payment_terms_days", "blocked", "block_reason",
            "seller_email"],
           [[*c[:10], "true" if c[10] else "false", c[11], "counter@borderindustrial.example"]
            for c in CUSTOMERS])  # fmt: skip
    _write(folder, "contacts.csv", ["customer_id", "name", "phone", "email", "role"], [list(c) for c in CONTACTS])
    _write(folder, "warehouses.csv", ["warehouse", "name", "city", "cutoff", "timezone"], [list(w) for w in WAREHOUSES])
    stock_rows = []
    for p in products:
        for wh, *_ in WAREHOUSES:
            roll = unit(p.key, "stock11", wh)
            if roll < (0.3 if wh == "JRZ" else 0.12):
                continue
            scale = {"FT": 2500, "LB": 600, "RL": 24, "BX": 40, "PR": 240}.get(p.uom, 300)
            on_hand = int(unit(p.key, "qty11", wh) * scale) if roll > 0.33 else 0
            incoming = int(unit(p.key, "inc11", wh) * scale / 2) if roll < 0.55 else 0
            eta = (TODAY + dt.timedelta(days=5 + int(roll * 30))).isoformat() if incoming else ""
            stock_rows.append([p.sku, wh, on_hand, on_hand // 10, 0, incoming, eta])
    _write(folder, "stock.csv", ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"], stock_rows)
    price_rows = []
    for p in products:
        if unit(p.key, "pricelist11") < 0.6:
            for name, share in (("MAQ-A", Decimal("0.84")), ("MAQ-B", Decimal("0.90")), ("US-PLANT", Decimal("0.88"))):
                price_rows.append([name, p.sku, _money(p.list_price * share), 1, "2026-01-01", "2026-12-31"])
                price_rows.append([name, p.sku, _money(p.list_price * share * Decimal("0.95")), 10 * p.pack_qty, "2026-01-01", "2026-12-31"])
    _write(folder, "price_lists.csv", ["price_list", "sku", "price", "min_qty", "valid_from", "valid_to"], price_rows)
    contract = [p for p in products if p.active and unit(p.key, "contract11") < 0.03]
    _write(folder, "customer_prices.csv",
           ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
           [["200210" if i % 2 else "100118", p.sku, _money(p.list_price * Decimal("0.78")), 1,
             "2026-04-01", "2027-03-31"] for i, p in enumerate(contract)])  # fmt: skip
    _write(folder, "family_discounts.csv", ["price_list", "customer_id", "family", "discount_pct"],
           [["US-PLANT", "", fam.FASTENERS, "12"], ["MAQ-A", "", fam.SAFETY, "8"], ["", "200237", fam.ELECTRICAL, "5"]])
    _write(folder, "cross_references.csv", ["customer_id", "customer_part", "sku"], [list(r) for r in cross_references(products)])
    receivables = [
        ["INV-1184402", "100112", "2026-10-20", "2026-12-04", "18422.10", "18422.10", "false"],
        ["INV-1184190", "100118", "2026-09-30", "2026-11-29", "31050.00", "12050.00", "false"],
        ["INV-1181055", "100190", "2026-08-14", "2026-08-29", "2410.00", "2410.00", "false"],
        ["INV-1184511", "200210", "2026-11-02", "2026-12-02", "9630.75", "9630.75", "false"],
        ["INV-1182730", "200237", "2026-09-01", "2026-10-01", "6118.40", "6118.40", "false"],
        ["INV-1183020", "200224", "2026-09-18", "2026-10-18", "1240.00", "1240.00", "true"],
    ]
    _write(folder, "receivables.csv", ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"], receivables)
    history = []
    active = [p for p in products if p.active]
    for c in CUSTOMERS:
        cid: str = c[0]
        bought = sorted(active, key=lambda p: unit(cid, "hist11", p.key))[:12]
        for line, p in enumerate(bought, start=1):
            day = TODAY - dt.timedelta(days=3 + line * 8)
            history.append([f"INV-{cid}-{(line - 1) // 4 + 1:02d}", line, cid, day.isoformat(), p.sku,
                            p.pack_qty * (1 + line % 3), _money(p.list_price * Decimal("0.9")), ""])
    _write(folder, "sales_history.csv", ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"], history)
    _write(folder, "brand_preferences.csv", ["family", "brand", "customer_id"], [list(b) for b in BRAND_PREFS])
    return products
