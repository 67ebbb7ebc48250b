"""Catalog 14 as an ERP folder (ERP.md): Epicor Kinetic's parts, customers, sites and the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog14 import products as fam

TODAY = dt.date(2026, 11, 25)

# Parts the house set "Inactive" in Epicor: on file, no longer sold, still asked for.
INACTIVE = (
    "brg|6306|ZZ|SKF",
    "hsg|UCP|206|1-1/8|FYH",
    "tap|SET37|Koyo",
    "vb|B40|Gates",
    "hcs|3/8|4|5",
    "bv|2|brass|Milwaukee",
    "cb|THQL|2|50",
    "thhn|6|green|Cerrowire",
    "cow|14|1/8|DeWalt",
    "tyv|3XL|no",
)

GROUP = {fam.BEARINGS: "BR", fam.POWER: "PT", fam.FASTENERS: "FA", fam.VALVES: "VF", fam.ELECTRICAL: "EL", fam.ABRASIVES: "AB",
         fam.SAFETY: "SF"}  # fmt: skip


def epicor_part(p: Product, attempt: int) -> str:
    """Epicor's part number as the house numbers it: product group letters and five digits."""
    return f"{GROUP[p.family]}{10000 + int(unit(p.key, 'epicor14', str(attempt)) * 89999)}"


def catalog() -> list[Product]:
    """Every product with its Epicor part number, in part-number order."""
    products = fam.products()
    erp.assign_codes(products, epicor_part)
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, EIN, address, price list, segment, language, site, limit, terms, blocked, reason
    ("C10042", "Lirio Pharma Manufacturing LLC", "66-0412877", "Road 183 Km 3.2, Juncos, PR 00777", "PHARMA", "pharmaceutical plant",
     "en", "CAG", "250000", "45", False, ""),
    ("C10117", "Caribe MedDevice Operations Inc.", "66-0588120", "Carr. 110 Km 4.5, Aguadilla, PR 00603", "PHARMA", "medical device plant",
     "en", "AGU", "180000", "60", False, ""),
    ("C20311", "Destilería Boquerón Corp.", "66-0233415", "Carr. 101 Km 12, Cabo Rojo, PR 00623", "INDUSTRIAL", "rum distillery", "es",
     "AGU", "60000", "30", False, ""),
    ("C30228", "J. Rivera Electrical Contractors", "66-0799314", "Ave. Comerío 1200, Bayamón, PR 00961", "CONTRACTOR", "electrical contractor",
     "es", "CAG", "25000", "30", False, ""),
    ("C40515", "Ferretería La Central de Ponce", "66-0345190", "Calle Comercio 45, Ponce, PR 00730", "RESELLER", "hardware store", "es",
     "PON", "40000", "30", False, ""),
    ("C50077", "Isla Power Services LLC", "66-0901266", "Parque Industrial Caguas Oeste, Lote 7, Caguas, PR 00725", "CONTRACTOR",
     "utility & generator service", "en", "CAG", "75000", "30", False, ""),
    ("C60190", "Taller de Soldadura Santiago", "66-0612008", "Carr. 2 Km 79, Arecibo, PR 00612", "", "welding shop", "es", "AGU", "3000",
     "0", True, "Balance vencido de más de 90 días ($2,140.00)"),
)  # fmt: skip
CONTACTS = (
    ("C10042", "Marisol Ortiz", "+17875550142", "mortiz@liriopharma.com", "buyer"),
    ("C10042", "Kevin Walsh", "+17875550143", "kwalsh@liriopharma.com", "maintenance planner"),
    ("C10117", "Yadira Colón", "+17875550117", "ycolon@caribemeddevice.com", "buyer"),
    ("C20311", "Don Wilfredo Irizarry", "+17875550311", "compras@destileriaboqueron.com", "buyer"),
    ("C30228", "Jorge Rivera", "+17875550228", "jriveraelectrical@gmail.com", "owner"),
    ("C40515", "Nilda Santos", "+17875550515", "ferrelacentral@yahoo.com", "buyer"),
    ("C50077", "Brian Medina", "+17875550077", "bmedina@islapower.com", "buyer"),
    ("C60190", "Ángel Santiago", "+17875550190", "tallersantiago@hotmail.com", "owner"),
)
WAREHOUSES = (
    ("CAG", "Caguas - Parque Industrial Río Cañas, Carr. 1 Km 34", "Caguas", "16:00", "America/Puerto_Rico"),
    ("PON", "Ponce - Zona Portuaria, Ave. Hostos 2800", "Ponce", "15:30", "America/Puerto_Rico"),
    ("AGU", "Aguadilla - Borinquen Industrial Park, Bldg 12", "Aguadilla", "15:00", "America/Puerto_Rico"),
)
# Three customers send their own part numbers: the pharma plant's SAP materials (eight digits
# starting 4001), the device plant's Oracle MRO items and the utility contractor's stock codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "C10042": lambda n, p: f"{40010000 + n * 37}",
    "C10117": lambda n, p: f"MRO-{n * 13 + 200:06d}",
    "C50077": lambda n, p: f"IPS-{p.family[:2].upper()}{n * 7 + 10:03d}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.POWER, "Gates", ""), (fam.ABRASIVES, "Norton", ""), (fam.ELECTRICAL, "Southwire", ""),
    (fam.VALVES, "Apollo", ""), (fam.SAFETY, "3M", ""),
    (fam.BEARINGS, "Timken", "C50077"), (fam.SAFETY, "Kimtech", "C10042"), (fam.ELECTRICAL, "Cerrowire", "C30228"),
)  # fmt: skip


HOUSE = erp.House(
    seed="14", today=TODAY, currency="USD", seller_email="ventas@suplidora-boricua.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"CAG": 0.1, "PON": 0.35, "AGU": 0.4}.__getitem__,
        scale=lambda uom: {"FT": 6000, "BX": 60, "CS": 20, "PR": 300, "RL": 200}.get(uom, 150),
        on_hand_above=0.3, incoming_below=0.45, eta_days=(7, 28), reserved_per=9,
    ),
    prices=erp.Prices(
        below=0.45, tier=Decimal("0.95"),
        lists=(("PHARMA", Decimal("0.92")), ("INDUSTRIAL", Decimal("0.94")), ("CONTRACTOR", Decimal("0.90")), ("RESELLER", Decimal("0.80"))),
    ),
    contracts=erp.Contracts(customers=("C10042", "C10117"), share=Decimal("0.86"), valid=("2026-01-01", "2026-12-31")),
    history=erp.History(days=(3, 5), invoice="INV-{cid}-{n:02d}", share=Decimal("0.93")),
    family_discounts=[["RESELLER", "", fam.FASTENERS, "10"], ["PHARMA", "", fam.SAFETY, "5"], ["", "C30228", fam.ELECTRICAL, "4"]],
    receivables=[
        ["INV-250881", "C10042", "2026-10-15", "2026-11-29", "18420.50", "18420.50", "false"],
        ["INV-251102", "C30228", "2026-10-20", "2026-11-19", "4210.00", "1210.00", "false"],
        ["INV-246615", "C60190", "2026-07-28", "2026-07-28", "2140.00", "2140.00", "false"],
        ["INV-251340", "C50077", "2026-11-03", "2026-12-03", "9875.25", "9875.25", "false"],
        ["INV-249977", "C20311", "2026-09-30", "2026-10-30", "1380.00", "1380.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our part): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
