"""Catalog 10 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from bench.catalog4.model import CENT, Product, unit
from bench.catalog10 import products as fam
from bench.catalog10.products import code as item_code
from bench.catalog10.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Items the house blocked in BC (still listed, no longer sold; buyers still ask for them).
INACTIVE = (
    "rod|6305|abierto|ZWZ",
    "perno|3/8|3|G8",
    "vb|inox|2",
    "thhn|6|rojo",
    "flap|7|40|3M",
    "banda|A|66|Bando",
    "elec|E6011|3/32|ESAB",
    "tubo|36|Truper",
    "casco|rojo",
)


def catalog() -> list[Product]:
    """Every product (item numbers fixed by the product itself), in item-number order."""
    products = all_products()
    keys = [p.key for p in products]
    assert len(set(keys)) == len(keys)
    assert all(k in keys for k in INACTIVE), [k for k in INACTIVE if k not in keys]
    assert all(len(p.name) <= fam.WIDTH for p in products)
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
    # id, name, tax id (RUC), address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("C00101", "Empacadora del Pacífico S.A.", "0991234567001",
     "Km 6,5 vía a Daule, Guayaquil", "INDUSTRIAL", "shrimp packing", "es", "GYE", "45000", "30", False, ""),
    ("C00102", "Astilleros y Servicios Navales del Guayas Cía. Ltda.", "0992345678001",
     "Av. 25 de Julio, sector Puerto Marítimo, Guayaquil", "INDUSTRIAL", "shipyard", "es", "GYE", "30000", "30", False, ""),
    ("C00103", "Ingenio Azucarero La Troncal S.A.", "0390012345001",
     "Vía Troncal - Puerto Inca km 2, La Troncal, Cañar", "MAYORISTA", "sugar mill", "es", "GYE", "80000", "45", False, ""),
    ("C00201", "Textiles Pichincha S.A.", "1790123456001",
     "Panamericana Norte km 7 1/2, Calderón, Quito", "INDUSTRIAL", "textile", "es", "UIO", "25000", "30", False, ""),
    ("C00202", "Florícola Cayambe Roses Cía. Ltda.", "1791234567001",
     "Vía a Olmedo, Cayambe, Pichincha", "", "flower farm", "es", "UIO", "8000", "30", False, ""),
    ("C00290", "Construcciones Metálicas Tapia", "1712345678001",
     "Av. Maldonado S12-340, Quito", "", "metalwork", "es", "UIO", "5000", "15", True,
     "Facturas vencidas por USD 3.940,00"),
    ("C00301", "Amazon Well Services Ecuador S.A.", "1792233445001",
     "Vía Auca km 3, Francisco de Orellana (El Coca)", "PETROLERO", "oil-field services", "en", "COC", "150000", "60",
     False, ""),
    ("C00302", "Orellana Drilling & Workover Ltd. (Sucursal Ecuador)", "1793344556001",
     "Av. Alejandro Labaka y 9 de Octubre, El Coca", "PETROLERO", "drilling contractor", "en", "COC", "120000", "60",
     False, ""),
)  # fmt: skip
CONTACTS = (
    ("C00101", "Ing. Xavier Mendoza", "+593991100101", "compras@empacadorapacifico.com.ec", "buyer"),
    ("C00101", "Johanna Villón", "+593991100102", "bodega@empacadorapacifico.com.ec", "buyer"),
    ("C00102", "Carlos Aspiazu", "+593991200202", "mantenimiento@astinaval.ec", "buyer"),
    ("C00103", "Ing. Fernando Coello", "+593991300303", "adquisiciones@ingeniolatroncal.com", "buyer"),
    ("C00201", "Diana Andrade", "+593992400201", "compras@textilespichincha.com.ec", "buyer"),
    ("C00202", "Pablo Cevallos", "+593992500202", "finca@cayamberoses.ec", "buyer"),
    ("C00290", "Marco Tapia", "+593992600290", "metalicastapia@hotmail.com", "buyer"),
    ("C00301", "Mike Dawson", "+593993700301", "m.dawson@amazonwellservices.com", "buyer"),
    ("C00301", "Luis Grefa", "+593993700302", "warehouse.coca@amazonwellservices.com", "buyer"),
    ("C00302", "Jason Pruitt", "+593993800302", "procurement.ec@orellanadrilling.com", "buyer"),
)
WAREHOUSES = (
    ("GYE", "Guayaquil - Km 10 vía a Daule", "Guayaquil", "16:30", "America/Guayaquil"),
    ("UIO", "Quito - Carcelén Industrial", "Quito", "16:00", "America/Guayaquil"),
    ("COC", "El Coca - Base Oriente", "Francisco de Orellana", "14:00", "America/Guayaquil"),
)
# Two customers send their own part numbers: the shrimp packer's SAP materials and the well-service
# company's Maximo item numbers.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "C00101": lambda n, p: f"MAT-{300000 + n * 37:06d}",
    "C00301": lambda n, p: f"AWS-{'BEVFTS'[n % 6]}{n * 11 + 1000:05d}",
}
BRAND_PREFS = (
    (fam.RODAMIENTOS, "SKF", ""), (fam.ELECTRICO, "Schneider", ""), (fam.HERRAMIENTAS, "Stanley", ""),
    (fam.ABRASIVOS, "Norton", ""), (fam.BANDAS, "Gates", ""), (fam.SOLDADURA, "Lincoln", ""),
    (fam.RODAMIENTOS, "NTN", "C00103"), (fam.ELECTRICO, "Siemens", "C00201"), (fam.HERRAMIENTAS, "Truper", "C00202"),
)  # fmt: skip


def _money(value: Decimal) -> str:
    return str(value.quantize(CENT, ROUND_HALF_UP))


def _write(folder: Path, name: str, header: list[str], rows: Sequence[Sequence[object]]) -> None:
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def cross_references(products: list[Product]) -> list[tuple[str, str, str]]:
    """(customer, their part number, our item number): 20 parts per customer, chosen by hash."""
    active = [p for p in products if p.active]
    rows = []
    for customer, fmt in PART_FORMATS.items():
        chosen = sorted(active, key=lambda p: unit(customer, "xref10", p.key))[:20]
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
             _money(p.list_price), _money(p.cost), "USD", "|".join(p.aliases),
             "|".join(p.substitutes), "|".join(f"{k}={v}" for k, v in p.attrs.items()),
             "true" if p.active else "false"] for p in products])  # fmt: skip
    _write(folder, "customers.csv",
           ["customer_id", "name", "tax_id", "address", "price_list", "segment", "language",
            "default_warehouse", "credit_limit", "payment_terms_days", "blocked", "block_reason",
            "seller_email"],
           [[*c[:10], "true" if c[10] else "false", c[11], "ventas@ferroindustrial-ec.example"]
            for c in CUSTOMERS])  # fmt: skip
    _write(folder, "contacts.csv", ["customer_id", "name", "phone", "email", "role"], [list(c) for c in CONTACTS])
    _write(folder, "warehouses.csv", ["warehouse", "name", "city", "cutoff", "timezone"],
           [list(w) for w in WAREHOUSES])
    stock_rows = []
    for p in products:
        for wh, *_ in WAREHOUSES:
            roll = unit(p.key, "stock10", wh)
            if roll < (0.45 if wh == "COC" else 0.2):
                continue
            scale = {"MT": 1500, "KG": 300, "JGO": 12, "CAJ": 40, "PAR": 200}.get(p.uom, 220)
            on_hand = int(unit(p.key, "qty10", wh) * scale) if roll > 0.38 else 0
            incoming = int(unit(p.key, "inc10", wh) * scale / 2) if roll < 0.6 else 0
            eta = (TODAY + dt.timedelta(days=7 + int(roll * 45))).isoformat() if incoming else ""
            stock_rows.append([p.sku, wh, on_hand, on_hand // 8, 0, incoming, eta])
    _write(folder, "stock.csv",
           ["sku", "warehouse", "on_hand", "reserved", "damaged", "incoming", "incoming_eta"], stock_rows)
    price_rows = []
    for p in products:
        if unit(p.key, "pricelist10") < 0.45:
            for name, share in (("INDUSTRIAL", Decimal("0.90")), ("MAYORISTA", Decimal("0.83")), ("PETROLERO", Decimal("0.95"))):
                price_rows.append([name, p.sku, _money(p.list_price * share), 1])
                price_rows.append([name, p.sku, _money(p.list_price * share * Decimal("0.94")), 10 * p.pack_qty])
    _write(folder, "price_lists.csv", ["price_list", "sku", "price", "min_qty"], price_rows)
    contract = [p for p in products if p.active and unit(p.key, "contract10") < 0.02]
    _write(folder, "customer_prices.csv",
           ["customer_id", "sku", "price", "min_qty", "valid_from", "valid_to"],
           [["C00301" if i % 2 else "C00103", p.sku, _money(p.list_price * Decimal("0.82")), 1,
             "2026-07-01", "2027-06-30"] for i, p in enumerate(contract)])  # fmt: skip
    _write(folder, "family_discounts.csv", ["price_list", "customer_id", "family", "discount_pct"],
           [["INDUSTRIAL", "", fam.PERNERIA, "10"], ["", "C00202", fam.SEGURIDAD, "5"]])
    _write(folder, "cross_references.csv", ["customer_id", "customer_part", "sku"],
           [list(r) for r in cross_references(products)])
    receivables = [
        ["FAC-001-002-000018432", "C00101", "2026-10-15", "2026-11-14", "12480.00", "4480.00", "false"],
        ["FAC-001-002-000018101", "C00103", "2026-10-01", "2026-11-15", "22310.50", "22310.50", "false"],
        ["FAC-002-001-000007710", "C00290", "2026-07-20", "2026-08-04", "3940.00", "3940.00", "false"],
        ["FAC-003-001-000002209", "C00301", "2026-10-28", "2026-12-27", "38200.00", "38200.00", "false"],
        ["FAC-003-001-000002150", "C00302", "2026-09-10", "2026-11-09", "8120.00", "1960.00", "true"],
    ]
    _write(folder, "receivables.csv",
           ["invoice", "customer_id", "issued", "due", "amount", "balance", "disputed"], receivables)
    history = []
    active = [p for p in products if p.active and p.brand]
    for c in CUSTOMERS:
        cid: str = c[0]
        bought = sorted(active, key=lambda p: unit(cid, "hist10", p.key))[:12]
        for line, p in enumerate(bought, start=1):
            day = TODAY - dt.timedelta(days=4 + line * 9)
            history.append([f"FAC-{cid}-{(line - 1) // 4 + 1:03d}", line, cid, day.isoformat(), p.sku,
                            p.pack_qty * (1 + line % 3), _money(p.list_price * Decimal("0.92")), ""])
    _write(folder, "sales_history.csv",
           ["invoice", "line", "customer_id", "date", "sku", "qty", "unit_price", "order"], history)
    _write(folder, "brand_preferences.csv", ["family", "brand", "customer_id"], [list(b) for b in BRAND_PREFS])
    return products
