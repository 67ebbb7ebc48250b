"""Catalog 20 as an ERP folder (ERP.md): an Acumatica export of stock items, customers and warehouses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog20 import products as fam

TODAY = dt.date(2026, 11, 27)

# Stock items Acumatica keeps "Inactive": on file, no longer bought, still asked for.
INACTIVE = (
    "brg|6305|ZZ|NTN",
    "brg|6010|2RS|NTN",
    "bolt|3/4|6|8",
    "bolt|M16|80|8.8",
    "hyd|jic_npt|1|1|inox|Parker",
    "hyd|jic_f_npt|3/4|3/4|acero|Eaton",
    "wr|mm|27|Truper",
    "wr|pulg|15/16|Urrea",
    "set|3/4|pulg|18|Urrea",
    "cb|3|100|Siemens",
    "cut|9|1.9|DeWalt",
    "flap|7|36|3M",
)


def revision(p: Product) -> int:
    """The InventoryID's last segment: 01, or 02/03 where the house changed the item's supplier."""
    roll = unit(p.key, "rev20")
    return 3 if roll < 0.06 else 2 if roll < 0.24 else 1


def catalog() -> list[Product]:
    """Every product with its Acumatica InventoryID: the family's three letters, four digits
    numbered through the family in the order the items were keyed in (with gaps), and the
    revision, dash-separated."""
    products = fam.products()
    for family, prefix in fam.PREFIX.items():
        members = sorted((p for p in products if p.family == family), key=lambda p: p.key)
        for i, p in enumerate(members):
            p.sku = f"{prefix}-{1000 + i * 4 + int(unit(p.key, 'gap20') * 3):04d}-{revision(p):02d}"
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, cédula jurídica, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("CR0140", "Cooperativa Agroindustrial Victoria de Grecia R.L.", "3-004-045140", "Ingenio Victoria, San Isidro de Grecia, Alajuela, Costa Rica", "INDUSTRIA",
     "sugar mill", "es", "URU", "45000000", "60", False, ""),
    ("CR0177", "Alimentos del Valle Central S.A.", "3-101-177420", "Zona Industrial de Cartago, 400 m sur de la Basílica, Cartago, Costa Rica", "INDUSTRIA",
     "food plant", "es", "CAR", "30000000", "45", False, ""),
    ("CR0210", "Ridgeline Mechanical Contractors CR S.R.L.", "3-102-810210", "Zona Franca El Coyol, Alajuela, Costa Rica", "CONTRATISTA",
     "mechanical contractor", "en", "URU", "60000000", "45", False, ""),
    ("CR0235", "Hidráulica Brenes y Hermanos", "3-101-235911", "Del Triángulo de Solidaridad 200 m oeste, Tibás, San José, Costa Rica", "TALLER",
     "hydraulics workshop", "es", "URU", "6000000", "30", False, ""),
    ("CR0268", "Ferretería El Guarco", "3-101-268003", "Tejar de El Guarco, frente a la plaza, Cartago, Costa Rica", "FERRETERIA", "hardware store",
     "es", "CAR", "9000000", "30", False, ""),
    ("CR0291", "Montajes Electromecánicos Guanacaste", "1-0912-0291", "Barrio Los Ángeles, Liberia, Guanacaste, Costa Rica", "TALLER",
     "installer", "es", "LIB", "4000000", "15", False, ""),
    ("CR0313", "Constructora Ulloa Solano S.A.", "3-101-313777", "Pavas, 300 m norte de la Embajada, San José, Costa Rica", "", "builder", "es", "URU", "0", "0",
     True, "Cheques devueltos sin reponer (₡4 820 000,00)"),
)  # fmt: skip
CONTACTS = (
    ("CR0140", "Ing. Marco Vinicio Rojas", "+50688140140", "proveeduria@coopevictoria.example", "buyer"),
    ("CR0177", "Licda. Adriana Solano", "+50687177177", "compras@alimentosvalle.example", "buyer"),
    ("CR0210", "Kyle Brennan", "+50672210210", "kbrennan@ridgelinemech.example", "buyer"),
    ("CR0210", "Tom Whitaker", "+50672210211", "twhitaker@ridgelinemech.example", "approver"),
    ("CR0235", "Randall Brenes", "+50688235235", "hidraulicabrenes@gmail.example", "buyer"),
    ("CR0268", "Doña Flor Masís", "+50686268268", "ferreteriaelguarco@hotmail.example", "buyer"),
    ("CR0291", "Greivin Chaves", "+50683291291", "montajesgte@gmail.example", "buyer"),
    ("CR0313", "Minor Ulloa", "+50689313313", "constructoraulloa@gmail.example", "owner"),
)
WAREHOUSES = (
    ("URU", "La Uruca - Calle Blancos 2, frente a la Plywood", "San José", "16:30", "America/Costa_Rica"),
    ("CAR", "Cartago - Parque Industrial, bodega 14", "Cartago", "16:00", "America/Costa_Rica"),
    ("LIB", "Liberia - Carretera a Nicoya 1 km, bodega 3", "Liberia", "15:00", "America/Costa_Rica"),
)
TAG = {fam.HYDRAULICS: "HID", fam.TOOLS: "HER", fam.BEARINGS: "COJ", fam.FASTENERS: "TOR", fam.ELECTRICAL: "ELE", fam.ABRASIVES: "ABR"}
# Three customers send their own part numbers: the mill's SAP-like storeroom numbers (seven digits
# from 7100000), the contractor's material codes and the food plant's maintenance codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "CR0140": lambda n, p: f"{7100000 + n * 37}",
    "CR0210": lambda n, p: f"RMC-{TAG[p.family]}-{n * 11 + 300:04d}",
    "CR0177": lambda n, p: f"MTTO.{TAG[p.family]}.{n * 7 + 50:03d}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.HYDRAULICS, "Parker", ""), (fam.TOOLS, "Truper", ""), (fam.ELECTRICAL, "Schneider", ""),
    (fam.ABRASIVES, "Norton", ""), (fam.TOOLS, "Stanley", "CR0210"), (fam.HYDRAULICS, "Eaton", "CR0235"), (fam.BEARINGS, "NTN", "CR0268"),
)  # fmt: skip


HOUSE = erp.House(
    seed="20", today=TODAY, currency="CRC", seller_email="ventas@suministros-uruca.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"URU": 0.04, "CAR": 0.3, "LIB": 0.5}.__getitem__,
        scale=lambda uom: {"JGO": 25}.get(uom, 180),
        on_hand_above=0.22, incoming_below=0.38, eta_days=(10, 40), reserved_per=7,
    ),
    prices=erp.Prices(
        below=0.45, tier=Decimal("0.94"),
        lists=(("INDUSTRIA", Decimal("0.88")), ("CONTRATISTA", Decimal("0.90")), ("TALLER", Decimal("0.86")), ("FERRETERIA", Decimal("0.80"))),
    ),
    contracts=erp.Contracts(customers=("CR0140", "CR0210"), share=Decimal("0.84"), valid=("2026-07-01", "2027-06-30")),
    history=erp.History(days=(4, 9), invoice="FE-{cid}-{n:03d}", share=Decimal("0.9")),
    family_discounts=[["FERRETERIA", "", fam.TOOLS, "6"], ["TALLER", "", fam.HYDRAULICS, "5"], ["", "CR0291", fam.ELECTRICAL, "4"]],
    receivables=[
        ["00100001010000048812", "CR0140", "2026-09-30", "2026-11-29", "18412500.00", "18412500.00", "false"],
        ["00100001010000049140", "CR0235", "2026-10-21", "2026-11-20", "1840000.00", "640000.00", "false"],
        ["00100001010000041655", "CR0313", "2026-05-12", "2026-06-11", "4820000.00", "4820000.00", "false"],
        ["00100001010000050377", "CR0177", "2026-11-04", "2026-12-19", "5421090.00", "5421090.00", "false"],
        ["00100001010000047990", "CR0210", "2026-10-01", "2026-11-15", "9650000.00", "9650000.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our InventoryID): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
