"""Catalog 8 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog8 import products as fam
from bench.catalog8.products import code as item_code
from bench.catalog8.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "cab|16|amarillo-verde",
    "val|retencion|2",
    "hilo|0.8",
    "allen|Stanley",
    "tor|7985|M3|10",
    "rac|tapon|2|laton",
    "correa|A|66|Optibelt",
    "corte|230|3.0|Pferd",
)


def catalog() -> list[Product]:
    """Every product (codes fixed by the product itself), in code order."""
    products = all_products()
    erp.assign_codes(products, item_code)
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, tax id, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("ES0101", "Talleres Mecánicos Urdaneta S.L.", "B48123456",
     "Polígono Industrial Asua, Pabellón 14, 48150 Sondika, Bizkaia", "INDUSTRIA", "metalworking", "es", "BIO",
     "60000", "60", False, ""),
    ("ES0102", "Conservas del Cantábrico S.A.", "A39234567",
     "Calle del Muelle 8, 39700 Castro-Urdiales, Cantabria", "INDUSTRIA", "food", "es", "BIO", "35000", "30", False, ""),
    ("ES0103", "Mantenimientos Ebro S.L.", "B50345678",
     "Polígono PLAZA, Calle Bari 21, 50197 Zaragoza", "DISTRIBUIDOR", "maintenance", "es", "ZAZ", "45000", "30", False, ""),
    ("ES0190", "Instalaciones Pérez e Hijos S.L.", "B50999111",
     "Calle Miguel Servet 120, 50013 Zaragoza", "", "installer", "es", "ZAZ", "6000", "30", True,
     "Recibo devuelto de 4.120,40 EUR"),
    ("CO0201", "Cementos del Valle de Aburrá S.A.S.", "900456123-4",
     "Carrera 50 # 12 Sur-45, Itagüí, Antioquia, Colombia", "COLOMBIA", "cement", "es", "MDE", "220000000", "45",
     False, ""),
    ("CO0202", "Textiles Sabaneta S.A.S.", "901234567-8",
     "Calle 75 Sur # 43A-20, Sabaneta, Antioquia, Colombia", "COLOMBIA", "textile", "es", "MDE", "80000000", "30",
     False, ""),
    ("UK0301", "Northern Process Engineering Ltd", "GB 284 5512 73",
     "Unit 7, Riverside Industrial Estate, Middlesbrough TS2 1RT, United Kingdom", "INDUSTRIA", "process plant",
     "en", "BIO", "40000", "60", False, ""),
)  # fmt: skip
CONTACTS = (
    ("ES0101", "Iñaki Etxeberria", "+34944100101", "compras@urdaneta-talleres.es", "buyer"),
    ("ES0101", "Maite Goikoetxea", "+34944100102", "almacen@urdaneta-talleres.es", "buyer"),
    ("ES0102", "Javier Ruiz", "+34942200202", "mantenimiento@conservascantabrico.es", "buyer"),
    ("ES0103", "Pilar Lasheras", "+34976300303", "pedidos@mantenimientosebro.es", "buyer"),
    ("ES0190", "Paco Pérez", "+34676400490", "instalacionesperez@gmail.com", "buyer"),
    ("CO0201", "Ing. Andrés Restrepo", "+573104500201", "compras.planta@cementosaburra.com.co", "buyer"),
    ("CO0201", "Luz Marina Ospina", "+573104500202", "almacen@cementosaburra.com.co", "buyer"),
    ("CO0202", "Camilo Zapata", "+573005600202", "mantenimiento@textilessabaneta.co", "buyer"),
    ("UK0301", "Gareth Hughes", "+441642550301", "g.hughes@northernprocess.co.uk", "buyer"),
)
WAREHOUSES = (
    ("BIO", "Bilbao - Polígono Asua", "Sondika", "17:00", "Europe/Madrid"),
    ("ZAZ", "Zaragoza - PLAZA", "Zaragoza", "16:30", "Europe/Madrid"),
    ("MDE", "Medellín - Itagüí", "Itagüí", "15:00", "America/Bogota"),
)
# The two customers who send their own part numbers: the cement plant's SAP materials (ten digits
# starting 4000) and the UK plant's stores codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "CO0201": lambda n, p: f"{4000000000 + n * 4111:010d}",
    "UK0301": lambda n, p: f"NPE/{'MBEVTH'[n % 6]}{n * 7 + 300:04d}",
}
BRAND_PREFS = (
    (fam.RODAMIENTOS, "SKF", ""), (fam.ELECTRICO, "Schneider", ""), (fam.HERRAMIENTA, "Bahco", ""),
    (fam.ABRASIVOS, "Klingspor", ""), (fam.TRANSMISION, "Optibelt", ""), (fam.SOLDADURA, "Esab", ""),
    (fam.RODAMIENTOS, "FAG", "ES0101"), (fam.ELECTRICO, "Hager", "ES0103"), (fam.HERRAMIENTA, "Stanley", "CO0201"),
)  # fmt: skip


HOUSE = erp.House(
    seed="8", today=TODAY, currency="EUR", seller_email="pedidos@suministros-nervion.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(13, 5),
    stock=erp.Stock(
        absent_below=lambda wh: 0.25,
        scale=lambda uom: {"M": 2000, "KG": 400, "JG": 15}.get(uom, 250),
        on_hand_above=0.4, incoming_below=0.55, eta_days=(5, 40), reserved_per=10,
    ),
    prices=erp.Prices(
        below=0.4, tier=Decimal("0.95"),
        lists=(("INDUSTRIA", Decimal("0.88")), ("DISTRIBUIDOR", Decimal("0.82")), ("COLOMBIA", Decimal("0.90"))),
    ),
    contracts=erp.Contracts(customers=("CO0201", "ES0101"), share=Decimal("0.80"), valid=("2026-06-01", "2027-05-31")),
    history=erp.History(days=(5, 11), invoice="FV-{cid}-{n:03d}", share=Decimal("0.9")),
    family_discounts=[["INDUSTRIA", "", fam.TORNILLERIA, "12"], ["", "CO0202", fam.TRANSMISION, "6"]],
    receivables=[
        ["FV26-004812", "ES0101", "2026-10-02", "2026-12-01", "18432.00", "18432.00", "false"],
        ["FV26-004765", "ES0102", "2026-09-20", "2026-10-20", "2381.05", "2381.05", "false"],
        ["FV26-001187", "ES0190", "2026-05-10", "2026-06-09", "4120.40", "4120.40", "false"],
        ["FC26-000220", "CO0201", "2026-11-05", "2026-12-20", "6120.00", "6120.00", "false"],
        ["FV26-004410", "UK0301", "2026-09-01", "2026-10-31", "9540.00", "2130.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our SKU): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
