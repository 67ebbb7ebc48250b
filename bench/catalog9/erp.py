"""Catalog 9 as an ERP folder (ERP.md), as an Odoo export lands: products, customers, prices, stock and the rest."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit
from bench.catalog9 import products as fam
from bench.catalog9.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Variants Odoo still lists archived (the house stopped selling them; buyers still ask).
INACTIVE = (
    "thhn|6|verde",
    "vb|inox|2",
    "mig|.045|Hobart",
    "ajust|15|Stanley",
    "perno|M16|70|inox",
    "fit|tapon|1/4|galv",
    "banda|A|74|Bando",
    "corte|14|7/64|DeWalt",
    "casco|naranja|MSA",
)


def catalog() -> list[Product]:
    """Every product (the internal reference is fixed by the variant itself), in reference order."""
    products = all_products()
    keys = [p.key for p in products]
    assert len(set(keys)) == len(keys)
    skus = [p.sku for p in products]
    assert len(set(skus)) == len(skus), sorted(s for s in skus if skus.count(s) > 1)
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
    ("GT1001", "Ingenio Santa Lucía, S.A.", "4587123-6",
     "Km 92.5 Carretera al Pacífico, Escuintla, Guatemala", "INDUSTRIAL", "sugar mill", "es", "GUA",
     "150000", "45", False, ""),
    ("GT1002", "Empacadora del Atlántico, S.A.", "7712345-K",
     "13 Calle 5-40 Zona 12, Ciudad de Guatemala", "INDUSTRIAL", "food", "es", "GUA", "40000", "30", False, ""),
    ("GT1090", "Servicios Eléctricos Xelajú", "9876543-2",
     "4a Avenida 12-30 Zona 3, Quetzaltenango, Guatemala", "", "installer", "es", "GUA", "3000", "15", True,
     "Factura vencida de 2,318.40 USD"),
    ("CR2001", "Procesadora Láctea del Valle S.A.", "3-101-456789",
     "Zona Industrial de Barreal, Heredia, Costa Rica", "INDUSTRIAL", "dairy", "es", "SJO", "60000", "30", False, ""),
    ("CR2002", "Mantenimiento Industrial Tico Ltda.", "3-102-765432",
     "Del Walmart de Curridabat 300 m sur, San José, Costa Rica", "DISTRIBUIDOR", "maintenance", "es", "SJO",
     "25000", "30", False, ""),
    ("DO3001", "Cervecería del Cibao, S.R.L.", "1-31-45678-9",
     "Autopista Duarte Km 7, Santiago de los Caballeros, República Dominicana", "INDUSTRIAL", "brewery", "es", "SDQ",
     "80000", "45", False, ""),
    ("DO3002", "Ferretería Industrial Quisqueya", "1-01-98765-4",
     "Av. Máximo Gómez 112, Santo Domingo, República Dominicana", "DISTRIBUIDOR", "hardware", "es", "SDQ", "20000",
     "30", False, ""),
    ("JM4001", "Blue Mountain Alumina Ltd", "JM-000-123-456",
     "Port Esquivel Industrial Estate, St. Catherine, Jamaica", "CARIBBEAN", "alumina", "en", "KIN", "120000", "60",
     False, ""),
    ("TT4002", "Point Lisas Process Services Ltd", "TT-BIR-448812",
     "Atlantic Avenue, Point Lisas Industrial Estate, Couva, Trinidad and Tobago", "CARIBBEAN", "petrochemical", "en",
     "KIN", "50000", "30", False, ""),
)  # fmt: skip
CONTACTS = (
    ("GT1001", "Ing. Byron Chávez", "+50255101001", "compras@ingeniosantalucia.com.gt", "buyer"),
    ("GT1001", "Sonia Pérez", "+50255101002", "bodega@ingeniosantalucia.com.gt", "buyer"),
    ("GT1002", "Erick Sagastume", "+50244201002", "mantenimiento@empacadoraatlantico.com.gt", "buyer"),
    ("GT1090", "Don Otto Xicará", "+50253901090", "serviciosxelaju@gmail.com", "buyer"),
    ("CR2001", "Marco Vargas", "+50688302001", "compras@lacteadelvalle.cr", "buyer"),
    ("CR2002", "Andrea Solís", "+50687402002", "pedidos@mitico.cr", "buyer"),
    ("DO3001", "Ing. Ramón Peralta", "+18095503001", "compras@cerveceriacibao.com.do", "buyer"),
    ("DO3002", "Yokasta Rodríguez", "+18296603002", "ventas@ferrequisqueya.com.do", "buyer"),
    ("JM4001", "Devon Campbell", "+18767704001", "stores@bluemountainalumina.com.jm", "buyer"),
    ("TT4002", "Anil Ramdass", "+18688804002", "procurement@plps.co.tt", "buyer"),
)
WAREHOUSES = (
    ("GUA", "Guatemala - Zona 12", "Ciudad de Guatemala", "16:00", "America/Guatemala"),
    ("SJO", "Costa Rica - Heredia", "Heredia", "16:00", "America/Costa_Rica"),
    ("SDQ", "Santo Domingo - Herrera", "Santo Domingo", "16:30", "America/Santo_Domingo"),
    ("KIN", "Kingston - Spanish Town Road", "Kingston", "15:30", "America/Jamaica"),
)
# The customers who send their own part numbers: the sugar mill's SAP materials (eight digits
# starting 3100) and the alumina plant's stores catalogue numbers (`BMA-17-004512`).
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "GT1001": lambda n, p: f"{31000000 + n * 3571:08d}",
    "JM4001": lambda n, p: f"BMA-{['11', '17', '23', '31'][n % 4]}-{n * 37 + 1000:06d}",
}
BRAND_PREFS = (
    (fam.RODAMIENTOS, "NTN", ""), (fam.ELECTRICOS, "Square D", ""), (fam.HERRAMIENTAS, "Truper", ""),
    (fam.ABRASIVOS, "Norton", ""), (fam.TRANSMISION, "Gates", ""), (fam.SOLDADURA, "Lincoln", ""),
    (fam.SEGURIDAD, "3M", ""), (fam.RODAMIENTOS, "SKF", "JM4001"), (fam.ELECTRICOS, "Siemens", "CR2001"),
    (fam.HERRAMIENTAS, "Stanley", "DO3001"),
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
        chosen = sorted(active, key=lambda p: unit(customer, "xref9", p.key))[:20]
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
           [[*c[:10], "true" if c[10] else "false", c[11], "ventas@suministros-istmo.example"]
            for c in CUSTOMERS])  # fmt: skip
    _write(folder, "contacts.csv", ["customer_id", "name", "phone", "email", "role"], [list(c) for c in CONTACTS])
    _write(folder, "warehouses.csv", ["warehouse", "name", "city", "cutoff", "timezone"],
           [list(w) for w in WAREHOUSES])
    stock_rows = []
    for p in products:
        for code, *_ in WAREHOUSES:
            roll = unit(p.key, "stock9", code)
            if roll < 0.25:
                continue
            scale = {"m": 3000, "lb": 500, "Juego": 15, "Par": 400}.get(p.uom, 250)
            on_hand = int(unit(p.key, "qty9", code) * scale) if roll > 0.4 else 0
            incoming = int(unit(p.key, "inc9", code) * scale / 2) if roll < 0.55 else 0
            eta = (TODAY + dt.timedelta(days=7 + int(roll * 45))).isoformat() if incoming else ""
            stock_rows.append([p.sku, code, on_hand, on_hand // 10, 0, incoming, eta])
    _write(folder, "stock.csv",
           ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"], stock_rows)
    price_rows = []
    for p in products:
        if unit(p.key, "pricelist9") < 0.4:
            for name, share in (("INDUSTRIAL", Decimal("0.90")), ("DISTRIBUIDOR", Decimal("0.83")), ("CARIBBEAN", Decimal("0.95"))):
                price_rows.append([name, p.sku, _money(p.list_price * share), 1])
                price_rows.append([name, p.sku, _money(p.list_price * share * Decimal("0.95")), 10 * p.pack_qty])
    _write(folder, "price_lists.csv", ["price_list", "sku", "price", "min_qty"], price_rows)
    contract = [p for p in products if p.active and unit(p.key, "contract9") < 0.02]
    _write(folder, "customer_prices.csv",
           ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
           [["GT1001" if i % 2 else "DO3001", p.sku, _money(p.list_price * Decimal("0.82")), 1,
             "2026-07-01", "2027-06-30"] for i, p in enumerate(contract)])  # fmt: skip
    _write(folder, "family_discounts.csv", ["price_list", "customer_id", "family", "discount_pct"],
           [["INDUSTRIAL", "", fam.TORNILLERIA, "10"], ["", "CR2002", fam.TRANSMISION, "5"]])
    _write(folder, "cross_references.csv", ["customer_id", "customer_part", "sku"],
           [list(r) for r in cross_references(products)])
    receivables = [
        ["FAC/2026/04812", "GT1001", "2026-10-05", "2026-11-19", "21430.00", "21430.00", "false"],
        ["FAC/2026/04701", "GT1002", "2026-09-22", "2026-10-22", "1981.25", "1981.25", "false"],
        ["FAC/2026/01187", "GT1090", "2026-06-10", "2026-06-25", "2318.40", "2318.40", "false"],
        ["FAC/2026/05020", "DO3001", "2026-11-02", "2026-12-17", "8760.00", "8760.00", "false"],
        ["INV/2026/00412", "JM4001", "2026-09-01", "2026-10-31", "12540.00", "3120.00", "true"],
]  # fmt: skip
    _write(folder, "receivables.csv",
           ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"], receivables)
    history = []
    active = [p for p in products if p.active and p.brand]
    for c in CUSTOMERS:
        cid: str = c[0]
        bought = sorted(active, key=lambda p: unit(cid, "hist9", p.key))[:12]
        for line, p in enumerate(bought, start=1):
            day = TODAY - dt.timedelta(days=4 + line * 12)
            history.append([f"FAC/{cid}/{(line - 1) // 4 + 1:03d}", line, cid, day.isoformat(), p.sku,
                            p.pack_qty * (1 + line % 3), _money(p.list_price * Decimal("0.9")), ""])
    _write(folder, "sales_history.csv",
           ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"], history)
    _write(folder, "brand_preferences.csv", ["family", "brand", "customer_id"], [list(b) for b in BRAND_PREFS])
    return products
