"""Catalog 6 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
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
    return erp.finish(all_products(), INACTIVE)


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


HOUSE = erp.House(
    seed="6", today=TODAY, currency="ARS", seller_email="ventas@rioplatense-industrial.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(13, 5),
    stock=erp.Stock(
        absent_below=lambda wh: 0.25,
        scale=lambda uom: {"M": 3000, "KG": 500, "CJ": 60, "JGO": 20}.get(uom, 300),
        on_hand_above=0.4, incoming_below=0.55, eta_days=(4, 30), reserved_per=10,
    ),
    prices=erp.Prices(
        below=0.4, tier=Decimal("0.95"),
        lists=(("MAYORISTA", Decimal("0.85")), ("URUGUAY", Decimal("0.90")), ("EXPORT", Decimal("0.82"))),
    ),
    contracts=erp.Contracts(customers=("AR0101", "AR0214"), share=Decimal("0.78"), valid=("2026-07-01", "2026-12-31")),
    history=erp.History(days=(6, 13), invoice="FA-{cid}-{n:03d}", share=Decimal("0.88")),
    family_discounts=[["MAYORISTA", "", fam.BULONERIA, "12"], ["", "UY0052", fam.RULEMANES, "8"]],
    receivables=[
        ["FA-0003-00012874", "AR0101", "2026-10-30", "2026-11-29", "4873200.00", "4873200.00", "false"],
        ["FA-0003-00012511", "AR0214", "2026-09-25", "2026-11-09", "1920450.00", "1920450.00", "false"],
        ["FA-0003-00010977", "AR0377", "2026-07-14", "2026-07-29", "2340000.00", "2340000.00", "false"],
        ["E-0001-00000431", "UY0052", "2026-11-02", "2026-12-02", "3104000.00", "3104000.00", "false"],
        ["E-0002-00000088", "EX0909", "2026-09-01", "2026-10-31", "5120000.00", "1280000.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our SKU): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
