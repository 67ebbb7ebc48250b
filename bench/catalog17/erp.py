"""Catalog 17 as an ERP folder (ERP.md): a Tango Gestión export of articles, clients and depósitos."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog17 import products as fam

TODAY = dt.date(2026, 11, 26)

# Articles Tango keeps "inhabilitados": on file, no longer bought, still asked for.
INACTIVE = (
    "brg|6308|ZZ|FAG",
    "bolt|M16|100|10.9",
    "pipe|2",
    "cb|Jeluz|2|32",
    "rcd|Siemens|4|63",
    "ctr|40|24|Siemens",
    "vb|C132|Gates",
    "cut|355|3,0|Tyrolit",
    "cil|25|200|DE|Micro",
    "frl|1/2|Parker",
    "tpu|12X9|negro",
)


def catalog() -> list[Product]:
    """Every product with its Tango article code (set from its compact in products.py), in code order."""
    return erp.finish(fam.products(), INACTIVE)


CUSTOMERS = (
    # id, name, CUIT, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("C00117", "Autopartes Córdoba Stamping S.A.", "30-71234567-9", "Av. Las Malvinas 8900, Ferreyra, Córdoba, Argentina", "INDUSTRIA",
     "auto-parts plant", "en", "COR", "95000000", "60", False, ""),
    ("C00142", "Alimentos del Paraná S.A.", "30-70987654-3", "Ruta 11 km 327, Granadero Baigorria, Santa Fe, Argentina", "INDUSTRIA",
     "food plant", "es", "ROS", "40000000", "45", False, ""),
    ("C00163", "Metalúrgica Agro Armstrong S.R.L.", "30-69123456-1", "Parque Industrial, Armstrong, Santa Fe, Argentina", "INDUSTRIA",
     "agricultural machinery", "es", "ROS", "30000000", "30", False, ""),
    ("C00188", "Ferretería Industrial Pompeya", "30-65432109-8", "Av. Sáenz 1240, CABA, Argentina", "FERRETERIA", "hardware store",
     "es", "BUE", "12000000", "30", False, ""),
    ("C00204", "Electricidad Gómez e Hijos", "20-23456789-4", "Av. Mitre 2230, Avellaneda, Buenos Aires, Argentina", "INSTALADOR",
     "electrical contractor", "es", "BUE", "6000000", "30", False, ""),
    ("C00231", "Casa Ferro Rosario", "30-71122334-5", "Bv. Oroño 3150, Rosario, Santa Fe, Argentina", "FERRETERIA", "hardware store",
     "es", "ROS", "8000000", "30", False, ""),
    ("C00259", "Tornería Don Aldo", "20-17654321-6", "Bv. Los Granaderos 2450, Córdoba, Argentina", "", "machine shop", "es", "COR", "1500000", "0",
     True, "Cheques rechazados sin reponer ($ 1.845.300,00)"),
)  # fmt: skip
CONTACTS = (
    ("C00117", "Mark Reynolds", "+5493514117117", "mreynolds@cba-stamping.com", "buyer"),
    ("C00117", "Ing. Lucía Ferreyra", "+5493514117118", "lferreyra@cba-stamping.com", "approver"),
    ("C00142", "Lic. Pablo Benítez", "+5493414142142", "compras@alimentosparana.com.ar", "buyer"),
    ("C00163", "Germán Rossi", "+5493471163163", "abastecimiento@agroarmstrong.com.ar", "buyer"),
    ("C00188", "Ruben 'el Tano' Caputo", "+5491145188188", "ferrepompeya@gmail.com", "buyer"),
    ("C00204", "Walter Gómez", "+5491150204204", "gomezehijos.elec@gmail.com", "buyer"),
    ("C00231", "Mariela Ferro", "+5493415231231", "casaferro.ros@gmail.com", "buyer"),
    ("C00259", "Aldo Bustos", "+5493516259259", "torneriadonaldo@hotmail.com", "owner"),
)
WAREHOUSES = (
    ("BUE", "Barracas - California 2150, CABA", "Buenos Aires", "16:00", "America/Argentina/Buenos_Aires"),
    ("ROS", "Rosario - Av. Circunvalación 25 de Mayo 4800", "Rosario", "16:00", "America/Argentina/Buenos_Aires"),
    ("COR", "Córdoba - Av. Circunvalación km 4,5, Barrio Ferreyra", "Córdoba", "15:30", "America/Argentina/Buenos_Aires"),
)
TAG = {fam.BEARINGS: "ROD", fam.FASTENERS: "BUL", fam.PLUMBING: "CAN", fam.ELECTRICAL: "ELE", fam.POWER: "TRA", fam.ABRASIVES: "ABR", fam.PNEUMATICS: "NEU"}
# Three customers send their own part numbers: the auto-parts plant's MRO numbers, the food
# plant's SAP materials (seven digits from 3100000) and the machinery maker's stock codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "C00117": lambda n, p: f"CS-MRO-{n * 17 + 4000:06d}",
    "C00142": lambda n, p: f"{3100000 + n * 41}",
    "C00163": lambda n, p: f"MAA-{TAG[p.family]}-{n * 7 + 30:03d}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.ELECTRICAL, "Schneider", ""), (fam.ABRASIVES, "Tyrolit", ""), (fam.PNEUMATICS, "Micro", ""),
    (fam.PLUMBING, "Genebre", ""), (fam.PNEUMATICS, "Festo", "C00117"), (fam.ELECTRICAL, "Sica", "C00204"),
)  # fmt: skip


HOUSE = erp.House(
    seed="17", today=TODAY, currency="ARS", seller_email="ventas@suministros-barracas.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"BUE": 0.05, "ROS": 0.3, "COR": 0.35}.__getitem__,
        scale=lambda uom: {"MT": 1500}.get(uom, 120),
        on_hand_above=0.25, incoming_below=0.4, eta_days=(10, 60), reserved_per=8,
    ),
    prices=erp.Prices(
        below=0.5, tier=Decimal("0.94"),
        lists=(("INDUSTRIA", Decimal("0.88")), ("FERRETERIA", Decimal("0.80")), ("INSTALADOR", Decimal("0.85"))),
    ),
    contracts=erp.Contracts(customers=("C00117", "C00142"), share=Decimal("0.84"), valid=("2026-10-01", "2026-12-31")),
    history=erp.History(days=(4, 7), invoice="A-0003-{cid}-{n:02d}", share=Decimal("0.9")),
    family_discounts=[["FERRETERIA", "", fam.FASTENERS, "8"], ["INDUSTRIA", "", fam.PNEUMATICS, "6"], ["", "C00204", fam.ELECTRICAL, "5"]],
    receivables=[
        ["A-0003-00018812", "C00117", "2026-09-30", "2026-11-29", "48213500.00", "48213500.00", "false"],
        ["A-0003-00019140", "C00204", "2026-10-22", "2026-11-21", "3180400.00", "1180400.00", "false"],
        ["A-0001-00016655", "C00259", "2026-07-10", "2026-07-10", "1845300.00", "1845300.00", "false"],
        ["A-0002-00019377", "C00142", "2026-11-05", "2026-12-20", "15877250.50", "15877250.50", "false"],
        ["A-0002-00018990", "C00163", "2026-10-01", "2026-10-31", "4120000.00", "4120000.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our article code): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
