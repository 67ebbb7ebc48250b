"""Catalog 16 as an ERP folder (ERP.md): a local Ecuadorian ERP's items, clients and warehouses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog16 import products as fam

TODAY = dt.date(2026, 11, 25)

# Items the ERP keeps as "inactivo": on file, no longer bought, still asked for.
INACTIVE = (
    "brg|6310|ZZ|CN|NTN",
    "tap|30208|Koyo",
    "hsg|UCF|212|NTN",
    "vb|C172|Gates",
    "ch|80|1|Renold",
    "bolt|3/4|4|8",
    "gv|2",
    "cb|Siemens|3|63",
    "thhn|6|verde|Electrocables",
    "cut|14|3.0|Klingspor",
    "hose|R2|1|Gates",
)


def codes(products: list[Product]) -> None:
    """The ERP's item code `FF.SSS.NNNNN`: family, subfamily (the kind of item), and a sequence
    within the subfamily that starts somewhere in the hundreds and leaves gaps where items were
    created and deleted over the years (in key order, so the same product keeps its code)."""
    groups: dict[str, list[Product]] = {}
    for p in sorted(products, key=lambda p: p.key):
        groups.setdefault(f"{fam.FAMILY_NO[p.family]}.{fam.SUBFAMILY_NO[p.attrs['type']]}", []).append(p)
    for prefix, members in groups.items():
        seq = 100 + int(unit(prefix, "start16") * 300)
        for p in members:
            seq += 1 + int(unit(p.key, "gap16") * 6)
            p.sku = f"{prefix}.{seq:05d}"


def catalog() -> list[Product]:
    """Every product with its item code, in code order."""
    products = fam.products()
    codes(products)
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, RUC, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("CL-00412", "Sierra Oilfield Services Ecuador S.A.", "1792345678001", "Vía Auca Km 7, Francisco de Orellana (Coca), Ecuador", "PETROLERO",
     "oil-service company", "en", "UIO", "120000", "45", False, ""),
    ("CL-00538", "Cartonera del Guayas S.A.", "0991234567001", "Km 4,5 vía Durán-Tambo, Durán, Guayas, Ecuador", "INDUSTRIAL", "cardboard mill",
     "es", "GYE", "60000", "30", False, ""),
    ("CL-00611", "Cementos del Austro C.A.", "0190012345001", "Panamericana Norte Km 12, Cuenca, Azuay, Ecuador", "INDUSTRIAL", "cement plant",
     "es", "CUE", "80000", "45", False, ""),
    ("CL-00745", "Pacific Blue Aquaculture S.A.", "0791456789001", "Vía Puerto Bolívar, Machala, El Oro, Ecuador", "INDUSTRIAL", "shrimp farm",
     "en", "GYE", "30000", "30", False, ""),
    ("CL-00803", "Ferretería El Ñañito", "0923456781001", "Av. Domingo Comín y calle 11, Guayaquil, Ecuador", "FERRETERO", "hardware store",
     "es", "GYE", "15000", "30", False, ""),
    ("CL-00877", "Instalaciones Eléctricas Andrade", "1712345670001", "Av. Maldonado S12-45, Quito, Ecuador", "CONTRATISTA",
     "electrical contractor", "es", "UIO", "10000", "30", False, ""),
    ("CL-00921", "Ferretería Tomebamba", "0102345678001", "Av. de las Américas y Gran Colombia, Cuenca, Ecuador", "FERRETERO", "hardware store",
     "es", "CUE", "12000", "30", False, ""),
    ("CL-00966", "Taller Mecánico Don Lucho", "0912345670001", "Calle 17 y la A, Guayaquil, Ecuador", "", "machine shop", "es", "GYE", "3000", "0",
     True, "Facturas vencidas hace más de 60 días ($1.245,80)"),
)  # fmt: skip
CONTACTS = (
    ("CL-00412", "Bill Kowalski", "+593987412412", "bkowalski@sierraoilfield.com", "buyer"),
    ("CL-00412", "Ing. Patricio Cevallos", "+593987412413", "pcevallos@sierraoilfield.com", "approver"),
    ("CL-00538", "Ing. Verónica Mora", "+593991538538", "compras@cartoneradelguayas.com.ec", "buyer"),
    ("CL-00611", "Ing. Diego Ochoa", "+593999611611", "adquisiciones@cementosdelaustro.com.ec", "buyer"),
    ("CL-00745", "Mike Dawson", "+593985745745", "mdawson@pacificblue.ec", "buyer"),
    ("CL-00803", "Jimmy Quiñónez", "+593996803803", "ferre.nanito@hotmail.com", "buyer"),
    ("CL-00877", "Fernando Andrade", "+593984877877", "instalaciones.andrade@gmail.com", "buyer"),
    ("CL-00921", "Doña Rosario Peñafiel", "+593993921921", "ferretomebamba@gmail.com", "buyer"),
    ("CL-00966", "Luis 'Don Lucho' Vera", "+593980966966", "tallerdonlucho@gmail.com", "owner"),
)
WAREHOUSES = (
    ("GYE", "Guayaquil - Km 11,5 vía a Daule, Parque Industrial Inmaconsa", "Guayaquil", "17:00", "America/Guayaquil"),
    ("UIO", "Quito - Av. Galo Plaza Lasso N67-120, Carcelén Industrial", "Quito", "16:30", "America/Guayaquil"),
    ("CUE", "Cuenca - Parque Industrial, calle Cornelio Vintimilla", "Cuenca", "16:30", "America/Guayaquil"),
)
TAG = {fam.BEARINGS: "RD", fam.POWER: "TR", fam.FASTENERS: "PR", fam.VALVES: "VL", fam.ELECTRICAL: "EL", fam.ABRASIVES: "AB", fam.HYDRAULICS: "HD"}
# Three customers send their own part numbers: the oil-service company's MRO numbers, the
# cardboard mill's SAP materials (eight digits from 40010000) and the cement plant's store codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "CL-00412": lambda n, p: f"SOS-{TAG[p.family]}-{n * 13 + 2000:05d}",
    "CL-00538": lambda n, p: f"{40010000 + n * 37}",
    "CL-00611": lambda n, p: f"CDA-{TAG[p.family]}{n * 9 + 100:04d}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.POWER, "Gates", ""), (fam.ABRASIVES, "Norton", ""), (fam.ELECTRICAL, "Schneider", ""),
    (fam.VALVES, "FV", ""), (fam.HYDRAULICS, "Parker", ""), (fam.BEARINGS, "Timken", "CL-00412"), (fam.ELECTRICAL, "ABB", "CL-00611"),
)  # fmt: skip


HOUSE = erp.House(
    seed="16", today=TODAY, currency="USD", seller_email="ventas@suministros-pacifico.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"GYE": 0.06, "UIO": 0.25, "CUE": 0.4}.__getitem__,
        scale=lambda uom: {"MT": 2000, "LB": 300}.get(uom, 150),
        on_hand_above=0.27, incoming_below=0.38, eta_days=(7, 40), reserved_per=9,
    ),
    prices=erp.Prices(
        below=0.45, tier=Decimal("0.95"),
        lists=(("PETROLERO", Decimal("0.92")), ("INDUSTRIAL", Decimal("0.90")), ("FERRETERO", Decimal("0.80")),
               ("CONTRATISTA", Decimal("0.88"))),
    ),
    contracts=erp.Contracts(customers=("CL-00412", "CL-00538"), share=Decimal("0.86"), valid=("2026-01-01", "2026-12-31")),
    history=erp.History(days=(3, 6), invoice="001-002-{cid}-{n:02d}", share=Decimal("0.91")),
    family_discounts=[["FERRETERO", "", fam.FASTENERS, "7"], ["INDUSTRIAL", "", fam.ABRASIVES, "5"], ["", "CL-00877", fam.ELECTRICAL, "6"]],
    receivables=[
        ["001-002-000041877", "CL-00412", "2026-10-08", "2026-11-22", "38420.50", "38420.50", "false"],
        ["001-002-000042210", "CL-00877", "2026-10-20", "2026-11-19", "2480.00", "980.00", "false"],
        ["001-001-000038815", "CL-00966", "2026-08-14", "2026-08-14", "1245.80", "1245.80", "false"],
        ["001-001-000042533", "CL-00538", "2026-11-03", "2026-12-03", "12310.75", "12310.75", "false"],
        ["001-003-000041102", "CL-00611", "2026-09-25", "2026-11-09", "3870.00", "3870.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our item code): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
