"""Catalog 19 as an ERP folder (ERP.md): a Profit Plus export of articles, clients and almacenes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog19 import products as fam

TODAY = dt.date(2026, 11, 27)
# The check letter Profit's article codes end with, after the slash (the digits modulo 23).
CHECK = "TRWAGMYFPDXBNJZSQVHLCKE"

# Articles Profit keeps "suspendidos": on file, no longer bought, still asked for.
INACTIVE = (
    "grease|ep|1|tambor|Chevron",
    "gear|460|galon|Castrol",
    "hyd|32|tambor|Castrol",
    "fitting|M10x1|45|Alemite",
    "gun|neumatica|Alemite",
    "jaw|L-070|1/2",
    "spider|L-150|uretano|Lovejoy",
    "brg|6308|abierto|SKF",
    "bolt|3/4|3|8",
    "ctr|40|220|Siemens",
    "cut|9|3.2|3M",
    "bv|2|inox|Genebre",
)


def check_letter(number: int) -> str:
    return CHECK[number % 23]


def catalog() -> list[Product]:
    """Every product with Profit's article code as this house keyed it: the family's three
    letters, a four-digit number counted through the family in key order with gaps, a slash and
    the check letter of the number (`ROD1204/X`)."""
    products = fam.products()
    for family, prefix in fam.PREFIX.items():
        members = sorted((p for p in products if p.family == family), key=lambda p: p.key)
        for i, p in enumerate(members):
            number = 1000 + i * 4 + int(unit(p.key, "gap19") * 3)
            p.sku = f"{prefix}{number}/{check_letter(number)}"
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, RIF, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("CL-0417", "Alimentos Polar Planta Valencia (Proveeduría)", "J-00041712-3", "Av. Henry Ford, Zona Industrial Municipal Sur, Valencia, Carabobo", "INDUSTRIA",
     "food plant", "es", "VAL", "80000", "30", False, ""),
    ("CL-0533", "Embotelladora del Centro C.A.", "J-30053381-0", "Zona Industrial San Vicente, Maracay, Aragua", "INDUSTRIA",
     "bottling plant", "es", "VAL", "45000", "30", False, ""),
    ("CL-0621", "Aluminios del Caroní S.A. (Gerencia de Materiales)", "G-20006211-5", "Zona Industrial Matanzas, Puerto Ordaz, Bolívar", "GUAYANA",
     "aluminium smelter", "es", "PZO", "120000", "45", False, ""),
    ("CL-0708", "Gulfstar Oilfield Services Venezuela S.A.", "J-40070835-2", "Av. 17 Los Haticos, Maracaibo, Zulia", "PETROLERO",
     "oil-service contractor", "en", "MCB", "150000", "45", False, ""),
    ("CL-0814", "Ferretería y Rodamientos El Castillito", "J-29081466-7", "Calle 98, Zona Industrial Castillito, Valencia, Carabobo", "MAYORISTA",
     "hardware store", "es", "VAL", "25000", "15", False, ""),
    ("CL-0902", "Taller Mecánico Hermanos Urdaneta", "V-12090277-1", "Av. 67 Sector Zona Industrial Norte, Maracaibo, Zulia", "", "workshop", "es", "MCB", "5000", "0",
     True, "Cheques devueltos sin reponer (USD 2.380,00)"),
)  # fmt: skip
CONTACTS = (
    ("CL-0417", "Ing. Mariela Rangel", "+584144170417", "proveeduria.valencia@alimentospolar.example", "buyer"),
    ("CL-0533", "Luis Alfonzo Díaz", "+584124533533", "compras@embocentro.example", "buyer"),
    ("CL-0621", "Lcda. Yusmary Figueroa", "+584166216621", "materiales@alcaroni.example", "buyer"),
    ("CL-0708", "Randy Boudreaux", "+584147087708", "rboudreaux@gulfstar-oilfield.example", "buyer"),
    ("CL-0708", "Kelly Guidry", "+584147087709", "kguidry@gulfstar-oilfield.example", "approver"),
    ("CL-0814", "Jhonny 'El Gocho' Pernía", "+584244814814", "rodamientoselcastillito@gmail.com", "buyer"),
    ("CL-0902", "Jesús Urdaneta", "+584146902902", "tallerurdaneta@hotmail.com", "owner"),
)
WAREHOUSES = (
    ("VAL", "Valencia - Zona Industrial Castillito, Calle 100", "Valencia", "16:00", "America/Caracas"),
    ("MCB", "Maracaibo - Av. 17 Los Haticos", "Maracaibo", "15:30", "America/Caracas"),
    ("PZO", "Puerto Ordaz - Zona Industrial Matanzas", "Puerto Ordaz", "15:00", "America/Caracas"),
)
TAG = {fam.LUBRICATION: "LB", fam.COUPLINGS: "CP", fam.BEARINGS: "BR", fam.FASTENERS: "FS", fam.ELECTRICAL: "EL", fam.ABRASIVES: "AB", fam.VALVES: "VL"}
# Three customers send their own part numbers: the smelter's SAP-like material numbers, the
# food plant's store codes and the contractor's stock numbers.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "CL-0621": lambda n, p: f"4100{n * 37 + 5000:06d}",
    "CL-0417": lambda n, p: f"PV-{TAG[p.family]}{n * 11 + 300:04d}",
    "CL-0708": lambda n, p: f"GS-{n * 17 + 7000}-VE",
}
BRAND_PREFS = (
    (fam.LUBRICATION, "Shell", ""), (fam.BEARINGS, "SKF", ""), (fam.ELECTRICAL, "Schneider", ""), (fam.ABRASIVES, "Norton", ""),
    (fam.COUPLINGS, "Lovejoy", ""), (fam.VALVES, "Apollo", ""),
    (fam.LUBRICATION, "Mobil", "CL-0708"), (fam.BEARINGS, "NSK", "CL-0814"), (fam.ELECTRICAL, "Siemens", "CL-0621"),
)  # fmt: skip


HOUSE = erp.House(
    seed="19", today=TODAY, currency="USD", seller_email="ventas@suministros-castillito.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"VAL": 0.05, "MCB": 0.3, "PZO": 0.45}.__getitem__,
        scale=lambda uom: {"MTS": 1500}.get(uom, 120),
        on_hand_above=0.3, incoming_below=0.35, eta_days=(10, 50), reserved_per=6,
    ),
    prices=erp.Prices(
        below=0.45, tier=Decimal("0.94"),
        lists=(("INDUSTRIA", Decimal("0.90")), ("GUAYANA", Decimal("0.88")), ("PETROLERO", Decimal("0.92")), ("MAYORISTA", Decimal("0.80"))),
    ),
    contracts=erp.Contracts(customers=("CL-0621", "CL-0708"), share=Decimal("0.84"), valid=("2026-10-01", "2027-03-31")),
    history=erp.History(days=(4, 9), invoice="FACT-{cid}-{n:03d}", share=Decimal("0.91")),
    family_discounts=[["MAYORISTA", "", fam.FASTENERS, "8"], ["INDUSTRIA", "", fam.LUBRICATION, "4"], ["", "CL-0708", fam.COUPLINGS, "5"]],
    receivables=[
        ["FACT-00018820", "CL-0417", "2026-10-30", "2026-11-29", "18450.75", "18450.75", "false"],
        ["FACT-00018911", "CL-0621", "2026-10-02", "2026-11-16", "42110.00", "42110.00", "false"],
        ["FACT-00016604", "CL-0902", "2026-07-10", "2026-07-10", "2380.00", "2380.00", "false"],
        ["FACT-00019047", "CL-0708", "2026-11-12", "2026-12-27", "27300.40", "27300.40", "false"],
        ["FACT-00018702", "CL-0814", "2026-11-01", "2026-11-16", "6120.00", "3120.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our article code): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
