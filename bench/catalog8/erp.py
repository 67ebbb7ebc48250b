"""Catalog 8 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit
from bench.catalog8 import products as fam
from bench.catalog8.products import code as item_code
from bench.catalog8.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "cab|16|amarillo-verde",
    "val|retencion|2",
    "hilo|0.8",
    "allen|Stanley",
    "tor|7985|M3|10",
    "rac|tapon|2|laton",
    "correa|A|66|Optibelt",
    "corte|230|3.0|Pferd",
)


def catalog() -> list[Product]:
    """Every product (codes fixed by the product itself), in code order."""
    products = all_products()
    keys = [p.key for p in products]
    assert len(set(keys)) == len(keys)
    assert all(k in keys for k in INACTIVE), [k for k in INACTIVE if k not in keys]
    taken: set[str] = set()
    for p in sorted(products, key=lambda p: p.key):
        attempt = 0
        while (sku := item_code(p, attempt)) in taken:
            attempt += 1
        taken.add(sku)
        p.sku = sku
        p.active = p.key not in INACTIVE
    groups: dict[tuple[str, ...], list[Product]] = {}
    for p in products:
        groups.setdefault((p.family, *sorted(f"{k}={v}" for k, v in p.attrs.items())), []).append(p)
    for group in groups.values():
        for p in group:
            p.substitutes = [q.sku for q in group if q is not p and q.active][:2]
    return sorted(products, key=lambda p: p.sku)


CUSTOMERS = (
    # id, name, tax id, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("ES0101", "Talleres Mecánicos Urdaneta S.L.", "B48123456",
     "Polígono Industrial Asua, Pabellón 14, 48150 Sondika, Bizkaia", "INDUSTRIA", "metalworking", "es", "BIO",
     "60000", "60", False, ""),
    ("ES0102", "Conservas del Cantábrico S.A.", "A39234567",
     "Calle del Muelle 8, 39700 Castro-Urdiales, Cantabria", "INDUSTRIA", "food", "es", "BIO", "35000", "30", False, ""),
    ("ES0103", "Mantenimientos Ebro S.L.", "B50345678",
     "Polígono PLAZA, Calle Bari 21, 50197 Zaragoza", "DISTRIBUIDOR", "maintenance", "es", "ZAZ", "45000", "30", False, ""),
    ("ES0190", "Instalaciones Pérez e Hijos S.L.", "B50999111",
     "Calle Miguel Servet 120, 50013 Zaragoza", "", "installer", "es", "ZAZ", "6000", "30", True,
     "Recibo devuelto de 4.120,40 EUR"),
    ("CO0201", "Cementos del Valle de Aburrá S.A.S.", "900456123-4",
     "Carrera 50 # 12 Sur-45, Itagüí, Antioquia, Colombia", "COLOMBIA", "cement", "es", "MDE", "220000000", "45",
     False, ""),
    ("CO0202", "Textiles Sabaneta S.A.S.", "901234567-8",
     "Calle 75 Sur # 43A-20, Sabaneta, Antioquia, Colombia", "COLOMBIA", "textile", "es", "MDE", "80000000", "30",
     False, ""),
    ("UK0301", "Northern Process Engineering Ltd", "GB 284 5512 73",
     "Unit 7, Riverside Industrial Estate, Middlesbrough TS2 1RT, United Kingdom", "INDUSTRIA", "process plant",
     "en", "BIO", "40000", "60", False, ""),
)  # fmt: skip
CONTACTS = (
    ("ES0101", "Iñaki Etxeberria", "+34944100101", "compras@urdaneta-talleres.es", "buyer"),
    ("ES0101", "Maite Goikoetxea", "+34944100102", "almacen@urdaneta-talleres.es", "buyer"),
    ("ES0102", "Javier Ruiz", "+34942200202", "mantenimiento@conservascantabrico.es", "buyer"),
    ("ES0103", "Pilar Lasheras", "+34976300303", "pedidos@mantenimientosebro.es", "buyer"),
    ("ES0190", "Paco Pérez", "+34676400490", "instalacionesperez@gmail.com", "buyer"),
    ("CO0201", "Ing. Andrés Restrepo", "+573104500201", "compras.planta@cementosaburra.com.co", "buyer"),
    ("CO0201", "Luz Marina Ospina", "+573104500202", "almacen@cementosaburra.com.co", "buyer"),
    ("CO0202", "Camilo Zapata", "+573005600202", "mantenimiento@textilessabaneta.co", "buyer"),
    ("UK0301", "Gareth Hughes", "+441642550301", "g.hughes@northernprocess.co.uk", "buyer"),
)
WAREHOUSES = (
    ("BIO", "Bilbao - Polígono Asua", "Sondika", "17:00", "Europe/Madrid"),
    ("ZAZ", "Zaragoza - PLAZA", "Zaragoza", "16:30", "Europe/Madrid"),
    ("MDE", "Medellín - Itagüí", "Itagüí", "15:00", "America/Bogota"),
)
# The two customers who send their own part numbers: the cement plant's SAP materials (ten digits
# starting 4000) and the UK plant's stores codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "CO0201": lambda n, p: f"{4000000000 + n * 4111:010d}",
    "UK0301": lambda n, p: f"NPE/{'MBEVTH'[n % 6]}{n * 7 + 300:04d}",
}
BRAND_PREFS = (
    (fam.RODAMIENTOS, "SKF", ""), (fam.ELECTRICO, "Schneider", ""), (fam.HERRAMIENTA, "Bahco", ""),
    (fam.ABRASIVOS, "Klingspor", ""), (fam.TRANSMISION, "Optibelt", ""), (fam.SOLDADURA, "Esab", ""),
    (fam.RODAMIENTOS, "FAG", "ES0101"), (fam.ELECTRICO, "Hager", "ES0103"), (fam.HERRAMIENTA, "Stanley", "CO0201"),
)  # fmt: skip


def _money(value: Decimal) -> str:
    return str(value.quantize(CENT, ROUND_HALF_UP))


def _write(folder: Path, name: str, header: list[str], rows: Sequence[Sequence[object]]) -> None:
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def cross_references(products: list[Product]) -> list[tuple[str, str, str]]:
    """(customer, their part number, our SKU): 20 parts per customer, chosen by hash."""
    active = [p for p in products if p.active]
    rows = []
    for customer, fmt in PART_FORMATS.items():
        chosen = sorted(active, key=lambda p: unit(customer, "xref8", p.key))[:20]
        for n, product in enumerate(sorted(chosen, key=lambda p: p.key), start=1):
            rows.append((customer, fmt(n * 13 + 5, product), product.sku))
    return rows


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    folder.mkdir(parents=True, exist_ok=True)
    products = catalog()
    _write(folder, "products.csv",
           ["sku", "name", "description", "family", "brand", "uom", "pack_qty", "list_price",
            "cost", "currency", "aliases", "substitutes", "attributes", "active"],
           [[p.sku, p.name, p.description, p.family, p.brand, p.uom, p.pack_qty,
             _money(p.list_price), _money(p.cost), "EUR", "|".join(p.aliases),
             "|".join(p.substitutes), "|".join(f"{k}={v}" for k, v in p.attrs.items()),
             "true" if p.active else "false"] for p in products])  # fmt: skip
    _write(folder, "customers.csv",
           ["customer_id", "name", "tax_id", "address", "price_list", "segment", "language",
            "default_warehouse", "credit_limit", "payment_terms_days", "blocked", "block_reason",
            "seller_email"],
           [[*c[:10], "true" if c[10] else "false", c[11], "pedidos@suministros-nervion.example"]
            for c in CUSTOMERS])  # fmt: skip
    _write(folder, "contacts.csv", ["customer_id", "name", "phone", "email", "role"], [list(c) for c in CONTACTS])
    _write(folder, "warehouses.csv", ["warehouse", "name", "city", "cutoff", "timezone"],
           [list(w) for w in WAREHOUSES])
    stock_rows = []
    for p in products:
        for code, *_ in WAREHOUSES:
            roll = unit(p.key, "stock8", code)
            if roll < 0.25:
                continue
            scale = {"M": 2000, "KG": 400, "JG": 15}.get(p.uom, 250)
            on_hand = int(unit(p.key, "qty8", code) * scale) if roll > 0.4 else 0
            incoming = int(unit(p.key, "inc8", code) * scale / 2) if roll < 0.55 else 0
            eta = (TODAY + dt.timedelta(days=5 + int(roll * 40))).isoformat() if incoming else ""
            stock_rows.append([p.sku, code, on_hand, on_hand // 10, 0, incoming, eta])
    _write(folder, "stock.csv",
           ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"], stock_rows)
    price_rows = []
    for p in products:
        if unit(p.key, "pricelist8") < 0.4:
            for name, share in (("INDUSTRIA", Decimal("0.88")), ("DISTRIBUIDOR", Decimal("0.82")), ("COLOMBIA", Decimal("0.90"))):
                price_rows.append([name, p.sku, _money(p.list_price * share), 1])
                price_rows.append([name, p.sku, _money(p.list_price * share * Decimal("0.95")), 10 * p.pack_qty])
    _write(folder, "price_lists.csv", ["price_list", "sku", "price", "min_qty"], price_rows)
    contract = [p for p in products if p.active and unit(p.key, "contract8") < 0.02]
    _write(folder, "customer_prices.csv",
           ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
           [["ES0101" if i % 2 else "CO0201", p.sku, _money(p.list_price * Decimal("0.80")), 1,
             "2026-06-01", "2027-05-31"] for i, p in enumerate(contract)])  # fmt: skip
    _write(folder, "family_discounts.csv", ["price_list", "customer_id", "family", "discount_pct"],
           [["INDUSTRIA", "", fam.TORNILLERIA, "12"], ["", "CO0202", fam.TRANSMISION, "6"]])
    _write(folder, "cross_references.csv", ["customer_id", "customer_part", "sku"],
           [list(r) for r in cross_references(products)])
    receivables = [
        ["FV26-004812", "ES0101", "2026-10-02", "2026-12-01", "18432.00", "18432.00", "false"],
        ["FV26-004765", "ES0102", "2026-09-20", "2026-10-20", "2381.05", "2381.05", "false"],
        ["FV26-001187", "ES0190", "2026-05-10", "2026-06-09", "4120.40", "4120.40", "false"],
        ["FC26-000220", "CO0201", "2026-11-05", "2026-12-20", "6120.00", "6120.00", "false"],
        ["FV26-004410", "UK0301", "2026-09-01", "2026-10-31", "9540.00", "2130.00", "true"],
]  # fmt: skip
    _write(folder, "receivables.csv",
           ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"], receivables)
    history = []
    active = [p for p in products if p.active and p.brand]
    for c in CUSTOMERS:
        cid: str = c[0]
        bought = sorted(active, key=lambda p: unit(cid, "hist8", p.key))[:12]
        for line, p in enumerate(bought, start=1):
            day = TODAY - dt.timedelta(days=5 + line * 11)
            history.append([f"FV-{c[0]}-{(line - 1) // 4 + 1:03d}", line, c[0], day.isoformat(), p.sku,
                            p.pack_qty * (1 + line % 3), _money(p.list_price * Decimal("0.9")), ""])
    _write(folder, "sales_history.csv",
           ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"], history)
    _write(folder, "brand_preferences.csv", ["family", "brand", "customer_id"], [list(b) for b in BRAND_PREFS])
    return products
