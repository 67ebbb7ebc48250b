"""Catalog 11 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog11 import products as fam
from bench.catalog11.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Items the house made inactive in P21 (still on file, no longer sold; buyers still ask for them).
INACTIVE = (
    "hhcs|1/4-20|3/4|8",
    "vball|ss316|2",
    "thhn|2|GRN",
    "tape|1700",
    "drill|7/32|Precision Twist",
    "tip|Bernard|.045",
    "hat|ORG",
    "fit|plug|2|galvanized",
    "cut|9|5/64|Weiler",
    "so|10/3",
)


def catalog() -> list[Product]:
    """Every product (item IDs fixed by maker and part number), in item-ID order."""
    return erp.finish(all_products(), INACTIVE)


CUSTOMERS = (
    # id, name, tax id (RFC / EIN), address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("100112", "Ensambles Electrónicos del Bravo S. de R.L. de C.V.", "EEB980312KJ4",
     "Blvd. Independencia 2120, Parque Industrial Independencia, Ciudad Juárez, Chih.", "MAQ-A", "maquila electronics",
     "es", "JRZ", "60000", "45", False, ""),
    ("100118", "Arneses y Conectores de Juárez S.A. de C.V.", "ACJ0105229Q1",
     "Av. Tecnológico 6650, Parque Industrial Antonio J. Bermúdez, Ciudad Juárez, Chih.", "MAQ-A", "maquila wire harness",
     "es", "JRZ", "80000", "60", False, ""),
    ("100131", "Componentes Médicos de Chihuahua S. de R.L. de C.V.", "CMC030714AB2",
     "Av. de las Industrias 8901, Complejo Industrial Chihuahua, Chihuahua, Chih.", "MAQ-B", "maquila medical devices",
     "es", "JRZ", "30000", "30", False, ""),
    ("100190", "Taller Metalmecánico Zaragoza", "TMZ1209187U5",
     "Carretera Juárez-Porvenir km 8, Ciudad Juárez, Chih.", "", "machine shop", "es", "JRZ", "5000", "15", True,
     "Cheque devuelto por USD 2,410.00 en octubre"),
    ("200210", "Rio Grande Steel Fabricators LLC", "74-2918345", "9411 Railroad Dr, El Paso, TX 79924", "US-PLANT",
     "steel fabrication", "en", "ELP", "50000", "30", False, ""),
    ("200224", "Franklin Mountain Bottling Co.", "74-1650022", "1501 Hawkins Blvd, El Paso, TX 79925", "US-PLANT",
     "beverage plant", "en", "ELP", "25000", "30", False, ""),
    ("200237", "Santa Teresa Cold Storage Inc.", "85-0473321", "5100 Strauss Rd, Santa Teresa, NM 88008", "",
     "cold storage", "en", "ELP", "15000", "30", False, ""),
)  # fmt: skip
CONTACTS = (
    ("100112", "Lic. Adriana Holguín", "+526566120112", "compras.mro@eebravo.com.mx", "buyer"),
    ("100112", "Ing. Rubén Carrasco", "+526566120113", "mantenimiento@eebravo.com.mx", "buyer"),
    ("100118", "Karla Meléndez", "+526566180118", "kmelendez@arnesesjuarez.com", "buyer"),
    ("100131", "Ing. Jesús Chacón", "+526144310131", "jchacon@compmedchih.com", "buyer"),
    ("100190", "Don Beto Zaragoza", "+526569900190", "tallerzaragoza@gmail.com", "buyer"),
    ("200210", "Mike Sandoval", "+19155210210", "purchasing@riograndesteelfab.com", "buyer"),
    ("200210", "Danny Ortega", "+19155210211", "maintenance@riograndesteelfab.com", "buyer"),
    ("200224", "Lisa Brennan", "+19155240224", "lbrennan@franklinbottling.com", "buyer"),
    ("200237", "Ray Castillo", "+15755370237", "ray@stcoldstorage.com", "buyer"),
)
WAREHOUSES = (
    ("ELP", "El Paso - Butterfield Trail Industrial Park", "El Paso", "15:30", "America/Denver"),
    ("JRZ", "Ciudad Juárez - Parque Industrial Bermúdez", "Ciudad Juárez", "14:00", "America/Ciudad_Juarez"),
)
# Three customers send their own part numbers: the electronics maquila's Oracle MRO items, the
# harness maquila's SAP material numbers (eight digits) and the fabricator's stock codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "100112": lambda n, p: f"EEB-MRO-{4000 + n * 29:06d}",
    "100118": lambda n, p: f"{40010000 + n * 173}",
    "200210": lambda n, p: f"RGS-{p.family[:2].upper()}-{n * 7 + 100}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.ABRASIVES, "Norton", ""), (fam.WELDING, "Lincoln", ""), (fam.VALVES, "Apollo", ""),
    (fam.CUTTING, "Chicago-Latrobe", ""), (fam.SAFETY, "3M", ""), (fam.ELECTRICAL, "Bussmann", ""),
    (fam.BEARINGS, "NSK", "100118"), (fam.WELDING, "ESAB", "200210"), (fam.CUTTING, "Milwaukee", "200224"),
)  # fmt: skip


HOUSE = erp.House(
    seed="11", today=TODAY, currency="USD", seller_email="counter@borderindustrial.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(11, 3),
    stock=erp.Stock(
        absent_below=lambda wh: 0.3 if wh == "JRZ" else 0.12,
        scale=lambda uom: {"FT": 2500, "LB": 600, "RL": 24, "BX": 40, "PR": 240}.get(uom, 300),
        on_hand_above=0.33, incoming_below=0.55, eta_days=(5, 30), reserved_per=10,
    ),
    prices=erp.Prices(
        below=0.6, tier=Decimal("0.95"), valid=("2026-01-01", "2026-12-31"),
        lists=(("MAQ-A", Decimal("0.84")), ("MAQ-B", Decimal("0.90")), ("US-PLANT", Decimal("0.88"))),
    ),
    contracts=erp.Contracts(customers=("100118", "200210"), share=Decimal("0.78"), valid=("2026-04-01", "2027-03-31"), below=0.03),
    history=erp.History(days=(3, 8), invoice="INV-{cid}-{n:02d}", share=Decimal("0.9")),
    family_discounts=[["US-PLANT", "", fam.FASTENERS, "12"], ["MAQ-A", "", fam.SAFETY, "8"], ["", "200237", fam.ELECTRICAL, "5"]],
    receivables=[
        ["INV-1184402", "100112", "2026-10-20", "2026-12-04", "18422.10", "18422.10", "false"],
        ["INV-1184190", "100118", "2026-09-30", "2026-11-29", "31050.00", "12050.00", "false"],
        ["INV-1181055", "100190", "2026-08-14", "2026-08-29", "2410.00", "2410.00", "false"],
        ["INV-1184511", "200210", "2026-11-02", "2026-12-02", "9630.75", "9630.75", "false"],
        ["INV-1182730", "200237", "2026-09-01", "2026-10-01", "6118.40", "6118.40", "false"],
        ["INV-1183020", "200224", "2026-09-18", "2026-10-18", "1240.00", "1240.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our item ID): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written (P21's price lists are dated)."""
    return HOUSE.write(folder, catalog())
