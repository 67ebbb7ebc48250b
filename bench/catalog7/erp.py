"""Catalog 7 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit
from bench.catalog7 import products as fam
from bench.catalog7.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "rol|6310|ZZ|ZWZ",
    "rol|6000|aberto|NSK",
    "chu|UCF210|FYH",
    "perno|8|3/4|1",
    "termica|1|63|ABB",
    "contactor|40|440|WEG",
    "thw|8|blanco|Celsa",
    "faja|C105|Optibelt",
    "acc|tapon|negro|2",
    "stilson|24|Truper",
    "corte|9|3.2|Klingspor",
    "eletrodo|6013|5/32|Lincoln",
)


def catalog() -> list[Product]:
    """Every product (codes fixed by the product itself), in code order."""
    products = all_products()
    keys = [p.key for p in products]
    assert len(set(keys)) == len(keys) and len({p.sku for p in products}) == len(products)
    assert all(k in keys for k in INACTIVE), [k for k in INACTIVE if k not in keys]
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
    ("PE1001", "Minera Andina del Sur S.A.A.", "20455512345",
     "Av. Ejército 1205, Yanahuara, Arequipa, Perú", "MINERIA", "mining", "es", "AQP", "850000", "60", False, ""),
    ("PE1002", "Pesquera Costa Azul S.A.C.", "20512398761",
     "Av. Enrique Meiggs 480, Chimbote, Áncash, Perú", "MAYORISTA", "fishing", "es", "TRU", "240000", "30", False, ""),
    ("PE1003", "Textil San Cristóbal S.A.C.", "20100234561",
     "Av. Argentina 3250, Callao, Perú", "MAYORISTA", "textile", "es", "CAL", "180000", "30", False, ""),
    ("PE1077", "Metalmecánica Chávez E.I.R.L.", "20481234509",
     "Calle Los Fresnos 145, Parque Industrial, Trujillo, La Libertad, Perú", "", "workshop", "es", "TRU",
     "25000", "15", True, "Letras protestadas por S/ 18,450.00"),
    ("BO2001", "Ingenio Azucarero Santa Rosa S.A.", "1023456027",
     "Carretera al Norte km 12, Santa Cruz de la Sierra, Bolivia", "EXPORTACION", "sugar", "es", "AQP",
     "300000", "45", False, ""),
    ("EX3001", "Highland Copper Services Inc.", "BN 812345678",
     "1055 West Hastings St, Vancouver, BC, Canada", "EXPORTACION", "mining contractor", "en", "AQP",
     "500000", "60", False, ""),
)  # fmt: skip
CONTACTS = (
    ("PE1001", "Ing. Carla Huamán", "+51954100101", "compras.planta@andinadelsur.com.pe", "buyer"),
    ("PE1001", "Jorge Quispe", "+51954100102", "almacen@andinadelsur.com.pe", "buyer"),
    ("PE1001", "Rosa Mendoza", "+51954100103", "cuentasporpagar@andinadelsur.com.pe", "accounts"),
    ("PE1002", "Luis Paredes", "+51943200202", "mantenimiento@costaazul.pe", "buyer"),
    ("PE1003", "Patricia Salazar", "+51987300303", "logistica@textilsancristobal.com.pe", "buyer"),
    ("PE1077", "Wilmer Chávez", "+51949400477", "metalmecanicachavez@gmail.com", "buyer"),
    ("BO2001", "Marcelo Justiniano", "+59171200201", "compras@ingeniosantarosa.com.bo", "buyer"),
    ("EX3001", "Dave McAllister", "+16045550301", "d.mcallister@highlandcopper.ca", "buyer"),
    ("EX3001", "Priya Nair", "+16045550302", "procurement@highlandcopper.ca", "approver"),
)
WAREHOUSES = (
    ("CAL", "Callao - Av. Argentina", "Callao", "16:00", "America/Lima"),
    ("AQP", "Arequipa - Parque Industrial", "Arequipa", "15:30", "America/Lima"),
    ("TRU", "Trujillo - Parque Industrial", "Trujillo", "15:00", "America/Lima"),
)
# The two customers who send their own part numbers: a mine's SAP material numbers (all digits),
# and a Canadian contractor's stock codes.
PART_FORMATS = {
    "PE1001": lambda n, p: f"{30010000 + n * 37:08d}",
    "EX3001": lambda n, p: f"HCS-{n * 3 + 100:04d}-{'ABCDEFGH'[n % 8]}",
}
BRAND_PREFS = (
    (fam.ROLAMENTOS, "SKF", ""), (fam.ELETRICA, "Siemens", ""), (fam.FERRAMENTAS, "Stanley", ""),
    (fam.ABRASIVOS, "Norton", ""), (fam.TRANSMISSAO, "Gates", ""), (fam.SOLDAGEM, "Soldexa", ""),
    (fam.ROLAMENTOS, "NSK", "PE1002"), (fam.ELETRICA, "ABB", "EX3001"), (fam.FERRAMENTAS, "Gedore", "PE1001"),
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
        chosen = sorted(active, key=lambda p: unit(customer, "xref7", p.key))[:20]
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
             _money(p.list_price), _money(p.cost), "PEN", "|".join(p.aliases),
             "|".join(p.substitutes), "|".join(f"{k}={v}" for k, v in p.attrs.items()),
             "true" if p.active else "false"] for p in products])  # fmt: skip
    _write(folder, "customers.csv",
           ["customer_id", "name", "tax_id", "address", "price_list", "segment", "language",
            "default_warehouse", "credit_limit", "payment_terms_days", "blocked", "block_reason",
            "seller_email"],
           [[*c[:10], "true" if c[10] else "false", c[11], "ventas@andesul-industrial.example"]
            for c in CUSTOMERS])  # fmt: skip
    _write(folder, "contacts.csv", ["customer_id", "name", "phone", "email", "role"], [list(c) for c in CONTACTS])
    _write(folder, "warehouses.csv", ["warehouse", "name", "city", "cutoff", "timezone"],
           [list(w) for w in WAREHOUSES])
    stock_rows = []
    for p in products:
        for code, *_ in WAREHOUSES:
            roll = unit(p.key, "stock7", code)
            if roll < 0.25:
                continue
            scale = {"MT": 2000, "KG": 400, "CX": 50, "JG": 15}.get(p.uom, 250)
            on_hand = int(unit(p.key, "qty7", code) * scale) if roll > 0.4 else 0
            incoming = int(unit(p.key, "inc7", code) * scale / 2) if roll < 0.55 else 0
            eta = (TODAY + dt.timedelta(days=5 + int(roll * 40))).isoformat() if incoming else ""
            stock_rows.append([p.sku, code, on_hand, on_hand // 10, 0, incoming, eta])
    _write(folder, "stock.csv",
           ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"], stock_rows)
    price_rows = []
    for p in products:
        if unit(p.key, "pricelist7") < 0.4:
            for name, share in (("MINERIA", Decimal("0.86")), ("MAYORISTA", Decimal("0.90")), ("EXPORTACION", Decimal("0.84"))):
                price_rows.append([name, p.sku, _money(p.list_price * share), 1])
                price_rows.append([name, p.sku, _money(p.list_price * share * Decimal("0.95")), 10 * p.pack_qty])
    _write(folder, "price_lists.csv", ["price_list", "sku", "price", "min_qty"], price_rows)
    contract = [p for p in products if p.active and unit(p.key, "contract7") < 0.02]
    _write(folder, "customer_prices.csv",
           ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
           [["PE1001" if i % 2 else "PE1002", p.sku, _money(p.list_price * Decimal("0.80")), 1,
             "2026-06-01", "2027-05-31"] for i, p in enumerate(contract)])  # fmt: skip
    _write(folder, "family_discounts.csv", ["price_list", "customer_id", "family", "discount_pct"],
           [["MINERIA", "", fam.FIXACAO, "10"], ["", "BO2001", fam.TRANSMISSAO, "7"]])
    _write(folder, "cross_references.csv", ["customer_id", "customer_part", "sku"],
           [list(r) for r in cross_references(products)])
    receivables = [
        ["F001-00048213", "PE1001", "2026-10-02", "2026-12-01", "184320.00", "184320.00", "false"],
        ["F001-00047650", "PE1002", "2026-09-20", "2026-10-20", "23810.50", "23810.50", "false"],
        ["F002-00011874", "PE1077", "2026-06-10", "2026-06-25", "18450.00", "18450.00", "false"],
        ["F003-00002201", "BO2001", "2026-11-05", "2026-12-20", "61200.00", "61200.00", "false"],
        ["F003-00002177", "EX3001", "2026-09-01", "2026-10-31", "95400.00", "21300.00", "true"],
    ]  # fmt: skip
    _write(folder, "receivables.csv",
           ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"], receivables)
    history = []
    active = [p for p in products if p.active and p.brand]
    for c in CUSTOMERS:
        bought = sorted(active, key=lambda p, cid=c[0]: unit(cid, "hist7", p.key))[:12]
        for line, p in enumerate(bought, start=1):
            day = TODAY - dt.timedelta(days=5 + line * 11)
            history.append([f"F001-{c[0]}-{(line - 1) // 4 + 1:03d}", line, c[0], day.isoformat(), p.sku,
                            p.pack_qty * (1 + line % 3), _money(p.list_price * Decimal("0.9")), ""])
    _write(folder, "sales_history.csv",
           ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"], history)
    _write(folder, "brand_preferences.csv", ["family", "brand", "customer_id"], [list(b) for b in BRAND_PREFS])
    return products
