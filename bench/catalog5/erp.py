"""Catalog 5 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit
from bench.catalog5.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "bal|6306|ZZ|Timken",
    "bal|6001|abierto|NSK",
    "chu|UCF210|FYH",
    "con|tapon|negro|1/4",
    "pastilla|3|60|Siemens",
    "contactor|32|24|Schneider",
    "cable|6|azul|Viakon",
    "corte|14|3.2|Fandeli",
    "desarmador|plano|3/8 x 8|Surtek",
)


def catalog() -> list[Product]:
    """Every product (codes fixed by the product itself), in code order."""
    products = all_products()
    keys = [p.key for p in products]
    assert len(set(keys)) == len(keys) and len({p.sku for p in products}) == len(products)
    assert all(k in keys for k in INACTIVE)
    for p in products:
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
    ("C1021", "Aceros y Troqueles del Norte S.A. de C.V.", "ATN980312KL4",
     "Av. Miguel Aleman 4120, Guadalupe, Nuevo Leon, Mexico", "INDUSTRIAL", "metalworking", "es", "MTY",
     "350000", "30", False, ""),
    ("C1187", "Empacadora del Bajio S.A. de C.V.", "EBA050721QX9",
     "Carretera 57 km 12.5, El Marques, Queretaro, Mexico", "INDUSTRIAL", "food", "es", "QRO", "180000",
     "45", False, ""),
    ("C1350", "Taller Mecanico Hermanos Rios", "RIRJ700115AB2",
     "Calle Industria 88, Tlaquepaque, Jalisco, Mexico", "", "workshop", "es", "GDL", "20000", "15", True,
     "Facturas vencidas por $ 48,300.00"),
    ("C2044", "Frontera Assembly de Mexico S. de R.L. de C.V.", "FAM110904HT7",
     "Blvd. Independencia 1550, Cd. Juarez, Chihuahua, Mexico", "MAQUILA", "maquiladora", "en", "MTY",
     "500000", "30", False, ""),
)  # fmt: skip
CONTACTS = (
    ("C1021", "Ing. Rogelio Garza", "+528183550121", "rgarza@acerostn.com.mx", "buyer"),
    ("C1021", "Lic. Patricia Treviño", "+528183550122", "cxp@acerostn.com.mx", "accounts"),
    ("C1187", "Juan Carlos Mendoza", "+524423550187", "compras@empacadorabajio.mx", "buyer"),
    ("C1350", "Jose Rios", "+523336550350", "tallerrios@gmail.com", "buyer"),
    ("C2044", "Dave Kowalski", "+19155550244", "dkowalski@fronteraassembly.com", "buyer"),
    ("C2044", "Marisol Chavez", "+526565550244", "mchavez@fronteraassembly.com", "approver"),
)
WAREHOUSES = (
    ("MTY", "Monterrey - Apodaca", "Apodaca", "17:00", "America/Monterrey"),
    ("GDL", "Guadalajara - El Salto", "El Salto", "16:30", "America/Mexico_City"),
    ("QRO", "Queretaro - Parque Industrial", "El Marques", "16:00", "America/Mexico_City"),
)
# The two customers who send their own part numbers.
PART_FORMATS = {
    "C1021": lambda n, p: f"ATN-{p.family[:3].upper()}-{n:05d}",
    "C2044": lambda n, p: f"FA{n * 13 + 100000:06d}",
}
BRAND_PREFS = (
    ("Baleros y chumaceras", "FAG", ""), ("Material electrico", "Square D", ""),
    ("Herramienta", "Truper", ""), ("Abrasivos y soldadura", "Austromex", ""),
    ("Valvulas y conexiones", "Urrea", ""), ("Baleros y chumaceras", "Timken", "C2044"),
)  # fmt: skip


def _money(value: Decimal) -> str:
    return str(value.quantize(CENT, ROUND_HALF_UP))


def _write(folder: Path, name: str, header: list[str], rows: list[list[object]]) -> None:
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def cross_references(products: list[Product]) -> list[tuple[str, str, str]]:
    """(customer, their part number, our SKU): 20 parts per customer, chosen by hash."""
    active = [p for p in products if p.active]
    rows = []
    for customer, fmt in PART_FORMATS.items():
        chosen = sorted(active, key=lambda p: unit(customer, "xref5", p.key))[:20]
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
             _money(p.list_price), _money(p.cost), "MXN", "|".join(p.aliases),
             "|".join(p.substitutes), "|".join(f"{k}={v}" for k, v in p.attrs.items()),
             "true" if p.active else "false"] for p in products])  # fmt: skip
    _write(folder, "customers.csv",
           ["customer_id", "name", "tax_id", "address", "price_list", "segment", "language",
            "default_warehouse", "credit_limit", "payment_terms_days", "blocked", "block_reason",
            "seller_email"],
           [[*c[:10], "true" if c[10] else "false", c[11], "ventas@suministros-norte.example"]
            for c in CUSTOMERS])  # fmt: skip
    _write(folder, "contacts.csv", ["customer_id", "name", "phone", "email", "role"], [list(c) for c in CONTACTS])
    _write(folder, "warehouses.csv", ["warehouse", "name", "city", "cutoff", "timezone"],
           [list(w) for w in WAREHOUSES])
    stock_rows = []
    for p in products:
        for code, *_ in WAREHOUSES:
            roll = unit(p.key, "stock5", code)
            if roll < 0.3:
                continue
            scale = 2000 if p.uom == "M" else 300
            on_hand = int(unit(p.key, "qty5", code) * scale) if roll > 0.42 else 0
            incoming = int(unit(p.key, "inc5", code) * scale / 2) if roll < 0.52 else 0
            eta = (TODAY + dt.timedelta(days=5 + int(roll * 25))).isoformat() if incoming else ""
            stock_rows.append([p.sku, code, on_hand, on_hand // 12, 0, incoming, eta])
    _write(folder, "stock.csv",
           ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"], stock_rows)
    price_rows = []
    for p in products:
        if unit(p.key, "pricelist5") < 0.35:
            for name, share in (("INDUSTRIAL", Decimal("0.88")), ("MAQUILA", Decimal("0.85"))):
                price_rows.append([name, p.sku, _money(p.list_price * share), 1])
                price_rows.append([name, p.sku, _money(p.list_price * share * Decimal("0.94")), 10 * p.pack_qty])
    _write(folder, "price_lists.csv", ["price_list", "sku", "price", "min_qty"], price_rows)
    contract = [p for p in products if p.active and unit(p.key, "contract5") < 0.02]
    _write(folder, "customer_prices.csv",
           ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
           [["C2044" if i % 2 else "C1021", p.sku, _money(p.list_price * Decimal("0.80")), 1,
             "2026-01-01", "2026-12-31"] for i, p in enumerate(contract)])  # fmt: skip
    _write(folder, "family_discounts.csv", ["price_list", "customer_id", "family", "discount_pct"],
           [["INDUSTRIAL", "", "Abrasivos y soldadura", "7"], ["", "C1187", "Herramienta", "10"]])
    _write(folder, "cross_references.csv", ["customer_id", "customer_part", "sku"],
           [list(r) for r in cross_references(products)])
    receivables = [
        ["A-45120", "C1021", "2026-10-28", "2026-11-27", "84320.50", "84320.50", "false"],
        ["A-44870", "C1187", "2026-09-30", "2026-11-14", "22150.00", "22150.00", "false"],
        ["A-43002", "C1350", "2026-08-10", "2026-08-25", "48300.00", "48300.00", "false"],
        ["A-45301", "C2044", "2026-11-05", "2026-12-05", "130400.00", "130400.00", "false"],
        ["A-44410", "C2044", "2026-09-02", "2026-10-02", "15200.00", "15200.00", "true"],
    ]  # fmt: skip
    _write(folder, "receivables.csv",
           ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"], receivables)
    history = []
    active = [p for p in products if p.active and p.brand]
    for c in CUSTOMERS:
        bought = sorted(active, key=lambda p, cid=c[0]: unit(cid, "hist5", p.key))[:12]
        for line, p in enumerate(bought, start=1):
            day = TODAY - dt.timedelta(days=8 + line * 11)
            history.append([f"A-{c[0]}-{(line - 1) // 4 + 1:03d}", line, c[0], day.isoformat(), p.sku,
                            p.pack_qty * (1 + line % 3), _money(p.list_price * Decimal("0.9")), ""])
    _write(folder, "sales_history.csv",
           ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"], history)
    _write(folder, "brand_preferences.csv", ["family", "brand", "customer_id"], [list(b) for b in BRAND_PREFS])
    return products
