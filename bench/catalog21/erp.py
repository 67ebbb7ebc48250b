"""Catalog 21 as an ERP folder (ERP.md): a Business Central export of items, customers and locations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog21 import products as fam

TODAY = dt.date(2026, 11, 27)

# Items BC keeps "Blocked" for purchase and sale: on file, no longer bought, still asked for.
INACTIVE = (
    "seal|45x65x10|TC|NBR|NOK",
    "seal|90x110x12|TC|NBR|SKF",
    "oras|2-222|FKM 75|Parker",
    "ormm|100|5|NBR 70|Trelleborg",
    "ana|271|250 ml|Loctite",
    "rtv|cobre|85 g|Permatex",
    "brg|6307|ZZ|NSK",
    "bolt|M16|100|8.8",
    "mcb|3|63|ABB",
    "cut|230|1.9|Tyrolit",
)


def _group(p: Product) -> str:
    """What the variants of one BC item share: the family and the attributes (less the grade of
    an unbranded bulón, which is its variant)."""
    attrs = {k: v for k, v in p.attrs.items() if p.brand or k != "grade"}
    return "|".join((p.family, *(f"{k}={v}" for k, v in sorted(attrs.items()))))


def variant(p: Product) -> str:
    """BC's variant code of an item: its maker, or the grade of an unbranded one."""
    return fam.VARIANT[p.brand] if p.brand else fam.GRADE_VARIANT[p.attrs["grade"]]


def catalog() -> list[Product]:
    """Every product with its BC item No.: the family's series (two digits), the base item
    numbered through the family's groups in the order they were keyed in (steps of three with
    gaps), a dash and the variant code (`41237-SK`)."""
    products = fam.products()
    for family, series in fam.SERIES.items():
        groups = sorted({_group(p) for p in products if p.family == family})
        base = {g: 100 + i * 3 + int(unit(g, "gap21") * 3) for i, g in enumerate(groups)}
        assert max(base.values()) < 1000, family
        for p in products:
            if p.family == family:
                p.sku = f"{series}{base[_group(p)]:03d}-{variant(p)}"
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, RUT, address, price list, segment, language, location, limit, terms, blocked, reason
    ("C00120", "Frigorífico Paso del Queguay S.A.", "210045120018", "Ruta 3 km 371, Paysandú, Uruguay", "INDUSTRIA",
     "meat packer", "es", "PAY", "60000", "60", False, ""),
    ("C00135", "Montajes y Mantenimiento del Litoral S.A.", "210077135014", "Parque industrial, Fray Bentos, Río Negro, Uruguay", "CONTRATISTA",
     "maintenance contractor", "es", "PAY", "45000", "45", False, ""),
    ("C00142", "Celulosa Río Negro S.A.", "210099142011", "Ruta 5 km 244, Paso de los Toros, Tacuarembó, Uruguay", "INDUSTRIA",
     "pulp mill", "en", "MVD", "120000", "60", False, ""),
    ("C00157", "Taller Hidráulico El Cerro", "217011157019", "Carlos María Ramírez 1450, Montevideo, Uruguay", "TALLER",
     "workshop", "es", "MVD", "5000", "30", False, ""),
    ("C00163", "Ferretería La Aguada", "217033163016", "Av. Agraciada 2210, Montevideo, Uruguay", "FERRETERIA", "hardware store",
     "es", "MVD", "8000", "30", False, ""),
    ("C00171", "Tornería Sanducera", "217055171012", "Av. España 1120, Paysandú, Uruguay", "TALLER", "workshop", "es", "PAY", "3000", "15",
     False, ""),
    ("C00188", "Comercial Fronteira Ltda.", "217088188013", "Sarandí 640, Rivera, Uruguay", "FERRETERIA", "border trader", "es", "RIV",
     "6000", "30", False, ""),
    ("C00194", "Construcciones Barrios y Cía.", "217099194010", "Camino Carrasco 5120, Montevideo, Uruguay", "", "builder", "es", "MVD", "0", "0",
     True, "Cheques rechazados sin reponer (USD 3.480,00)"),
)  # fmt: skip
CONTACTS = (
    ("C00120", "Cr. Gonzalo Pereyra", "+59899120120", "compras@frigoqueguay.example", "buyer"),
    ("C00135", "Ing. Valeria Techera", "+59898135135", "suministros@mmlitoral.example", "buyer"),
    ("C00142", "Mikko Järvinen", "+59894142142", "mikko.jarvinen@celulosarionegro.example", "buyer"),
    ("C00142", "Laura Sosa", "+59894142143", "laura.sosa@celulosarionegro.example", "approver"),
    ("C00157", "Walter Olivera", "+59899157157", "tallerelcerro@gmail.example", "buyer"),
    ("C00163", "Marcela Rodríguez", "+59899163163", "ferrelaaguada@adinet.example", "buyer"),
    ("C00171", "Nelson Ferreira", "+59898171171", "torneriasanducera@gmail.example", "buyer"),
    ("C00188", "Jorge da Rosa", "+59899188188", "comercialfronteira@gmail.example", "buyer"),
    ("C00194", "Ricardo Barrios", "+59899194194", "cbarrios@gmail.example", "owner"),
)
WAREHOUSES = (
    ("MVD", "Montevideo - Camino Industrial 3320, La Teja", "Montevideo", "17:00", "America/Montevideo"),
    ("PAY", "Paysandú - Ruta 90 km 2, depósito 4", "Paysandú", "16:30", "America/Montevideo"),
    ("RIV", "Rivera - Av. Sarandí 1890, frente a la Aduana", "Rivera", "16:00", "America/Montevideo"),
)
TAG = {fam.SEALS: "SEL", fam.ADHESIVES: "ADH", fam.BEARINGS: "ROD", fam.FASTENERS: "BUL", fam.ELECTRICAL: "ELE", fam.ABRASIVES: "ABR",
       fam.VALVES: "VAL"}  # fmt: skip
# Three customers send their own material codes: the frigorífico's maintenance store codes
# (`RP-` and five digits), the contractor's (`MML.SEL.0042`) and the pulp mill's SAP material
# numbers (eight digits from 30120000).
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "C00120": lambda n, p: f"RP-{40000 + n * 131}",
    "C00135": lambda n, p: f"MML.{TAG[p.family]}.{n * 7 + 20:04d}",
    "C00142": lambda n, p: f"{30120000 + n * 1093}",
}
BRAND_PREFS = (
    (fam.SEALS, "SKF", ""), (fam.ADHESIVES, "Loctite", ""), (fam.BEARINGS, "SKF", ""), (fam.ELECTRICAL, "Schneider", ""),
    (fam.ABRASIVES, "Norton", ""), (fam.VALVES, "Genebre", ""), (fam.SEALS, "NOK", "C00120"), (fam.SEALS, "DelPlata", "C00163"),
    (fam.ADHESIVES, "Permatex", "C00157"), (fam.BEARINGS, "NSK", "C00188"),
)  # fmt: skip


HOUSE = erp.House(
    seed="21", today=TODAY, currency="USD", seller_email="ventas@suministrosdelplata.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"MVD": 0.03, "PAY": 0.35, "RIV": 0.55}.__getitem__,
        scale=lambda uom: {"KIT": 8}.get(uom, 250),
        on_hand_above=0.2, incoming_below=0.36, eta_days=(7, 35), reserved_per=6,
    ),
    prices=erp.Prices(
        below=0.4, tier=Decimal("0.93"),
        lists=(("INDUSTRIA", Decimal("0.87")), ("CONTRATISTA", Decimal("0.89")), ("TALLER", Decimal("0.85")), ("FERRETERIA", Decimal("0.80"))),
    ),
    contracts=erp.Contracts(customers=("C00120", "C00142"), share=Decimal("0.83"), valid=("2026-07-01", "2027-06-30")),
    history=erp.History(days=(3, 8), invoice="FV-A-{cid}-{n:03d}", share=Decimal("0.9")),
    family_discounts=[["FERRETERIA", "", fam.ADHESIVES, "7"], ["TALLER", "", fam.SEALS, "5"], ["", "C00188", fam.FASTENERS, "4"]],
    receivables=[
        ["FV-A-0041220", "C00120", "2026-09-28", "2026-11-27", "18240.50", "18240.50", "false"],
        ["FV-A-0041877", "C00157", "2026-10-19", "2026-11-18", "1320.00", "420.00", "false"],
        ["FV-A-0038815", "C00194", "2026-05-06", "2026-06-05", "3480.00", "3480.00", "false"],
        ["FV-A-0042310", "C00142", "2026-11-02", "2027-01-01", "41200.00", "41200.00", "false"],
        ["FV-A-0040996", "C00135", "2026-09-30", "2026-11-14", "9650.00", "9650.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our item No.): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
