"""Catalog 6 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit
from bench.catalog6 import products as fam
from bench.catalog6.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "rul|6306|ZZ|HCH",
    "rul|6001|abierto|FAG",
    "sop|UCF210|HCH",
    "acc|tapa|epoxi|2",
    "termica|4|10|SICA",
    "contactor|32|380|WEG",
    "cable|10|celeste|IMSA",
    "corte|230|1.9|Norton",
    "mecha|13|Ezeta",
    "correa|B75|Dunlop",
    "motor|7.5|3000",
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
    ("AR0101", "Metalurgica San Justo S.A.", "30-70812345-6",
     "Av. Provincias Unidas 3450, San Justo, Buenos Aires, Argentina", "MAYORISTA", "metalworking", "es", "BAR",
     "25000000", "30", False, ""),
    ("AR0214", "Frigorifico Las Pampas S.A.", "30-59876543-2",
     "Ruta 5 km 112, Mercedes, Buenos Aires, Argentina", "MAYORISTA", "food", "es", "PIL", "18000000", "45",
     False, ""),
    ("AR0377", "Taller Mecanico El Gringo", "20-23456789-4", "Bv. Oroño 2150, Rosario, Santa Fe, Argentina", "",
     "workshop", "es", "BAR", "1500000", "15", True, "Cheques rechazados por $ 2.340.000"),
    ("UY0052", "Curtiembre del Plata S.A.", "214587630018", "Camino Carrasco 6840, Montevideo, Uruguay",
     "URUGUAY", "tannery", "es", "MVD", "9000000", "30", False, ""),
    ("EX0909", "Caribbean Marine Supply Ltd.", "1045872", "Wrightson Road 14, Port of Spain, Trinidad and Tobago",
     "EXPORT", "marine", "en", "MVD", "30000000", "60", False, ""),
)  # fmt: skip
CONTACTS = (
    ("AR0101", "Sergio Bianchi", "+5491145550101", "compras@metsanjusto.com.ar", "buyer"),
    ("AR0101", "Laura Ferreyra", "+5491145550102", "pagos@metsanjusto.com.ar", "accounts"),
    ("AR0214", "Ing. Martin Echeverria", "+5492324550214", "mantenimiento@laspampas.com.ar", "buyer"),
    ("AR0377", "Ruben \"Gringo\" Zanetti", "+5493414550377", "tallerelgringo@hotmail.com", "buyer"),
    ("UY0052", "Gonzalo Pereira", "+59899550052", "compras@curtiembredelplata.com.uy", "buyer"),
    ("EX0909", "Mike Ramsaran", "+18685550909", "purchasing@caribbeanmarine.tt", "buyer"),
    ("EX0909", "Anita Persad", "+18685550910", "anita@caribbeanmarine.tt", "approver"),
)
WAREHOUSES = (
    ("BAR", "Barracas - CABA", "Ciudad de Buenos Aires", "16:00", "America/Argentina/Buenos_Aires"),
    ("PIL", "Pilar - Parque Industrial", "Pilar", "15:30", "America/Argentina/Buenos_Aires"),
    ("MVD", "Montevideo - Zona Franca", "Montevideo", "15:00", "America/Montevideo"),
)
FAMILY_DIGIT = {fam.RULEMANES: 1, fam.BULONERIA: 2, fam.ELECTRICIDAD: 3, fam.TRANSMISION: 4, fam.CANOS: 5, fam.HERRAMIENTAS: 6, fam.SOLDADURA: 7}
# The two customers who send their own part numbers: a dotted plant code, and an export buyer's.
PART_FORMATS = {
    "AR0214": lambda n, p: f"{FAMILY_DIGIT.get(p.family, 8)}.{10 + n % 7}.{n:04d}",
    "EX0909": lambda n, p: f"CMS-{n * 7 + 10000:05d}",
}
BRAND_PREFS = (
    (fam.RULEMANES, "SKF", ""), (fam.ELECTRICIDAD, "Schneider", ""), (fam.HERRAMIENTAS, "Bahco", ""),
    (fam.SOLDADURA, "Tyrolit", ""), (fam.TRANSMISION, "Gates", ""), (fam.RULEMANES, "FAG", "UY0052"),
    (fam.HERRAMIENTAS, "Tramontina", "EX0909"),
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
        chosen = sorted(active, key=lambda p: unit(customer, "xref6", p.key))[:20]
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
             _money(p.list_price), _money(p.cost), "ARS", "|".join(p.aliases),
             "|".join(p.substitutes), "|".join(f"{k}={v}" for k, v in p.attrs.items()),
             "true" if p.active else "false"] for p in products])  # fmt: skip
    _write(folder, "customers.csv",
           ["customer_id", "name", "tax_id", "address", "price_list", "segment", "language",
            "default_warehouse", "credit_limit", "payment_terms_days", "blocked", "block_reason",
            "seller_email"],
           [[*c[:10], "true" if c[10] else "false", c[11], "ventas@rioplatense-industrial.example"]
            for c in CUSTOMERS])  # fmt: skip
    _write(folder, "contacts.csv", ["customer_id", "name", "phone", "email", "role"], [list(c) for c in CONTACTS])
    _write(folder, "warehouses.csv", ["warehouse", "name", "city", "cutoff", "timezone"],
           [list(w) for w in WAREHOUSES])
    stock_rows = []
    for p in products:
        for code, *_ in WAREHOUSES:
            roll = unit(p.key, "stock6", code)
            if roll < 0.25:
                continue
            scale = {"M": 3000, "KG": 500, "CJ": 60, "JGO": 20}.get(p.uom, 300)
            on_hand = int(unit(p.key, "qty6", code) * scale) if roll > 0.4 else 0
            incoming = int(unit(p.key, "inc6", code) * scale / 2) if roll < 0.55 else 0
            eta = (TODAY + dt.timedelta(days=4 + int(roll * 30))).isoformat() if incoming else ""
            stock_rows.append([p.sku, code, on_hand, on_hand // 10, 0, incoming, eta])
    _write(folder, "stock.csv",
           ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"], stock_rows)
    price_rows = []
    for p in products:
        if unit(p.key, "pricelist6") < 0.4:
            for name, share in (("MAYORISTA", Decimal("0.85")), ("URUGUAY", Decimal("0.90")), ("EXPORT", Decimal("0.82"))):
                price_rows.append([name, p.sku, _money(p.list_price * share), 1])
                price_rows.append([name, p.sku, _money(p.list_price * share * Decimal("0.95")), 10 * p.pack_qty])
    _write(folder, "price_lists.csv", ["price_list", "sku", "price", "min_qty"], price_rows)
    contract = [p for p in products if p.active and unit(p.key, "contract6") < 0.02]
    _write(folder, "customer_prices.csv",
           ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
           [["AR0214" if i % 2 else "AR0101", p.sku, _money(p.list_price * Decimal("0.78")), 1,
             "2026-07-01", "2026-12-31"] for i, p in enumerate(contract)])  # fmt: skip
    _write(folder, "family_discounts.csv", ["price_list", "customer_id", "family", "discount_pct"],
           [["MAYORISTA", "", fam.BULONERIA, "12"], ["", "UY0052", fam.RULEMANES, "8"]])
    _write(folder, "cross_references.csv", ["customer_id", "customer_part", "sku"],
           [list(r) for r in cross_references(products)])
    receivables = [
        ["FA-0003-00012874", "AR0101", "2026-10-30", "2026-11-29", "4873200.00", "4873200.00", "false"],
        ["FA-0003-00012511", "AR0214", "2026-09-25", "2026-11-09", "1920450.00", "1920450.00", "false"],
        ["FA-0003-00010977", "AR0377", "2026-07-14", "2026-07-29", "2340000.00", "2340000.00", "false"],
        ["E-0001-00000431", "UY0052", "2026-11-02", "2026-12-02", "3104000.00", "3104000.00", "false"],
        ["E-0002-00000088", "EX0909", "2026-09-01", "2026-10-31", "5120000.00", "1280000.00", "true"],
    ]  # fmt: skip
    _write(folder, "receivables.csv",
           ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"], receivables)
    history = []
    active = [p for p in products if p.active and p.brand]
    for c in CUSTOMERS:
        bought = sorted(active, key=lambda p, cid=c[0]: unit(cid, "hist6", p.key))[:12]
        for line, p in enumerate(bought, start=1):
            day = TODAY - dt.timedelta(days=6 + line * 13)
            history.append([f"FA-{c[0]}-{(line - 1) // 4 + 1:03d}", line, c[0], day.isoformat(), p.sku,
                            p.pack_qty * (1 + line % 3), _money(p.list_price * Decimal("0.88")), ""])
    _write(folder, "sales_history.csv",
           ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"], history)
    _write(folder, "brand_preferences.csv", ["family", "brand", "customer_id"], [list(b) for b in BRAND_PREFS])
    return products
