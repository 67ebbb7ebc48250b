"""Catalog 12 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog12 import products as fam
from bench.catalog12.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Items the house made "no vigente" in Softland (still on file, no longer sold; buyers still ask).
INACTIVE = (
    "ro|6305|ZZ|NTN",
    "pe|M10|50|8.8",
    "vb|inox|2",
    "cb|10|verde",
    "dc|14|3.0|Tyrolit",
    "co|B80|Dayco",
    "el|E6013|4.0|Lincoln",
    "sc|102|Bosch",
    "cs|verde",
    "gc|XL",
)


def catalog() -> list[Product]:
    """Every product (codes fixed by the product itself), in code order."""
    return erp.finish(all_products(), INACTIVE)


CUSTOMERS = (
    # id, name, tax id (RUT), address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("96812340-5", "Compañía Minera Cerro Morado SpA", "96.812.340-5",
     "Camino a Sierra Gorda km 42, Sierra Gorda, Antofagasta", "MINERIA", "copper mine", "es", "ANF", "90000000", "60", False, ""),
    ("76345120-K", "Servicios Mineros del Loa Ltda.", "76.345.120-K",
     "Av. Granaderos 3250, Calama", "MINERIA", "mining maintenance contractor", "es", "ANF", "25000000", "30", False, ""),
    ("77021554-3", "Andes Copper Contractors Chile SpA", "77.021.554-3",
     "Av. Grecia 1860, oficina 502, Antofagasta", "CONTRATISTA", "mining EPC contractor", "en", "ANF", "60000000", "45", False, ""),
    ("78440210-1", "Maestranza y Fundición Biobío Ltda.", "78.440.210-1",
     "Av. Colón 8120, Talcahuano, Biobío", "INDUSTRIAL", "foundry and machine shop", "es", "SCL", "15000000", "30", False, ""),
    ("96550880-2", "Celulosa del Itata S.A.", "96.550.880-2",
     "Ruta 148 km 21, Ránquil, Ñuble", "INDUSTRIAL", "pulp mill", "es", "SCL", "50000000", "45", False, ""),
    ("76908113-9", "Montajes Industriales Quilicura SpA", "76.908.113-9",
     "Av. Lo Echevers 550, Quilicura, Santiago", "", "industrial erection", "es", "SCL", "6000000", "30", True,
     "Facturas vencidas por $ 4.870.000 (90+ días)"),
    ("79112330-4", "Pacific Rim Engineering Chile Ltda.", "79.112.330-4",
     "Av. Apoquindo 4700, piso 12, Las Condes, Santiago", "CONTRATISTA", "engineering and commissioning", "en", "SCL", "20000000",
     "30", False, ""),
)  # fmt: skip
CONTACTS = (
    ("96812340-5", "Marcela Rojas", "+56552640101", "abastecimiento@cerromorado.cl", "buyer"),
    ("96812340-5", "Juan Pablo Araya", "+56982640102", "jp.araya@cerromorado.cl", "buyer"),
    ("76345120-K", "Héctor Vega", "+56992451200", "hvega@serviciosloa.cl", "buyer"),
    ("77021554-3", "Craig Thompson", "+56976021554", "craig.thompson@andescopper.com.au", "buyer"),
    ("77021554-3", "Daniela Muñoz", "+56976021555", "warehouse.anf@andescopper.com.au", "buyer"),
    ("78440210-1", "Patricio Sanhueza", "+56941440210", "compras@maestranzabiobio.cl", "buyer"),
    ("96550880-2", "Ing. Claudia Fuentes", "+56942550880", "cfuentes@celulosaitata.cl", "buyer"),
    ("76908113-9", "Rodrigo Pizarro", "+56998113900", "rpizarro@montajesquilicura.cl", "buyer"),
    ("79112330-4", "Kevin MacLeod", "+56991123304", "kmacleod@pacificrim-eng.ca", "buyer"),
)
WAREHOUSES = (
    ("ANF", "Antofagasta - Barrio Industrial La Negra", "Antofagasta", "15:00", "America/Santiago"),
    ("SCL", "Santiago - Quilicura, Av. Presidente Eduardo Frei 9200", "Santiago", "16:30", "America/Santiago"),
)
# Three customers send their own part numbers: the mine's SAP materials (ten digits with the
# leading zeros SAP prints), the contractor's Maximo items and the pulp mill's stock codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "96812340-5": lambda n, p: f"{1020000 + n * 37:010d}",
    "77021554-3": lambda n, p: f"ACC-{p.sku[:2]}-{n * 13 + 400:05d}",
    "96550880-2": lambda n, p: f"CI-{20 + n % 7}-{n * 17 + 300:04d}",
}
BRAND_PREFS = (
    (fam.RODAMIENTOS, "SKF", ""), (fam.ABRASIVOS, "Norton", ""), (fam.SOLDADURA, "Indura", ""), (fam.VALVULAS, "Kitz", ""),
    (fam.CORTE, "Dormer", ""), (fam.EPP, "Steelpro", ""), (fam.ELECTRICOS, "Schneider", ""),
    (fam.RODAMIENTOS, "FAG", "96812340-5"), (fam.SOLDADURA, "Lincoln", "77021554-3"), (fam.CORTE, "Lenox", "79112330-4"),
)  # fmt: skip


HOUSE = erp.House(
    seed="12", today=TODAY, currency="CLP", seller_email="mesondeventas@suministroslanegra.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(7, 2),
    stock=erp.Stock(
        absent_below=lambda wh: 0.25 if wh == "SCL" else 0.1,
        scale=lambda uom: {"MT": 3000, "KG": 900, "CJ": 30, "PAR": 300, "ROL": 150, "JGO": 12}.get(uom, 260),
        on_hand_above=0.3, incoming_below=0.5, eta_days=(6, 40), reserved_per=9,
    ),
    prices=erp.Prices(
        below=0.55, tier=Decimal("0.95"),
        lists=(("MINERIA", Decimal("0.88")), ("INDUSTRIAL", Decimal("0.92")), ("CONTRATISTA", Decimal("0.90"))),
    ),
    contracts=erp.Contracts(customers=("96812340-5", "77021554-3"), share=Decimal("0.80"), valid=("2026-03-01", "2027-02-28")),
    history=erp.History(days=(3, 7), invoice="FE-{cid}-{n:02d}", share=Decimal("0.9")),
    family_discounts=[["MINERIA", "", fam.EPP, "7"], ["INDUSTRIAL", "", fam.PERNERIA, "10"], ["", "96550880-2", fam.VALVULAS, "5"]],
    receivables=[
        ["FE-00041822", "96812340-5", "2026-10-05", "2026-12-04", "18422100.00", "18422100.00", "false"],
        ["FE-00041650", "76345120-K", "2026-10-20", "2026-11-19", "3105000.00", "1205000.00", "false"],
        ["FE-00039904", "76908113-9", "2026-07-14", "2026-08-13", "4870000.00", "4870000.00", "false"],
        ["FE-00041901", "77021554-3", "2026-11-02", "2026-12-17", "9630750.00", "9630750.00", "false"],
        ["FE-00041377", "96550880-2", "2026-09-18", "2026-11-02", "1240000.00", "1240000.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our code): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
