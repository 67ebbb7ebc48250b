"""Catalog 13 as an ERP folder (ERP.md): Siesa's item master, terceros, bodegas and the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog13 import products as fam

TODAY = dt.date(2026, 11, 25)

# Items the house marked "inactivo" in Siesa: on file, no longer sold, still asked for.
INACTIVE = (
    "bal|6007|ZZ|NTN",
    "bal|6306|abierta|NSK",
    "tor|3/8|4|5|negro",
    "reg|2|Helbert",
    "tac|1|50|Luminex",
    "thh|8|rojo|Procables",
    "dco|355|3.0|Abracol",
    "ele|E6011|5/32|Lincoln",
    "gaf|espejada|Steelpro",
    "bot|44|Robusta",
    "cor|A80|Gates",
)


def siesa_item(p: Product, attempt: int) -> str:
    """Siesa's item number as the house numbered it: six digits that say nothing of the item."""
    return str(210000 + int(unit(p.key, "siesa13", str(attempt)) * 780000))


def catalog() -> list[Product]:
    """Every product with its Siesa item number, in item-number order."""
    products = fam.products()
    erp.assign_codes(products, siesa_item)
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id (NIT without check digit), name, NIT, address, price list, segment, language, bodega, limit, terms, blocked, reason
    ("860512334", "Cementos del Nare S.A.", "860.512.334-1", "Km 2 vía Puerto Nare, Puerto Nare, Antioquia",
     "INDUSTRIA", "cement plant", "es", "MDE", "180000000", "60", False, ""),
    ("900418276", "Montajes y Mantenimientos JR S.A.S.", "900.418.276-5", "Cra. 50 # 12 Sur-40, Itagüí, Antioquia",
     "CONTRATISTA", "maintenance contractor", "es", "MDE", "35000000", "30", False, ""),
    ("830095117", "Magdalena Midstream Services Colombia S.A.S.", "830.095.117-8",
     "Calle 52 # 7-110, Barrancabermeja, Santander", "PETROLERO", "oil & gas services (US-managed)", "en", "BOG", "250000000",
     "45", False, ""),
    ("901233450", "Ferretería y Suministros El Tornillo Feliz S.A.S.", "901.233.450-2", "Calle 13 # 24-50, Paloquemao, Bogotá",
     "REVENTA", "hardware reseller", "es", "BOG", "20000000", "30", False, ""),
    ("890104478", "Alimentos del Caribe Palmar S.A.", "890.104.478-3", "Vía 40 # 71-200, Barranquilla, Atlántico",
     "INDUSTRIA", "food plant", "es", "BAQ", "90000000", "45", False, ""),
    ("900877612", "Carbones Guajira Operations Ltd. Sucursal Colombia", "900.877.612-9", "Km 8 vía Albania, La Guajira",
     "PETROLERO", "coal mine (English-speaking engineers)", "en", "BAQ", "150000000", "60", False, ""),
    ("79845521", "Jhon Fredy Ospina (Taller Ospina)", "79.845.521", "Cra. 68 # 5-33, Bogotá", "", "welding shop", "es", "BOG",
     "4000000", "0", True, "Cartera vencida > 90 días ($ 3.420.000)"),
)  # fmt: skip
CONTACTS = (
    ("860512334", "Ing. Liliana Restrepo", "+573104512334", "compras@cementosnare.com.co", "buyer"),
    ("860512334", "Carlos Mario Gómez", "+573154512335", "almacen@cementosnare.com.co", "buyer"),
    ("900418276", "Yeison Arango", "+573006418276", "yarango@montajesjr.co", "buyer"),
    ("830095117", "Mike Dawson", "+573178095117", "mdawson@magdalenamidstream.com", "buyer"),
    ("830095117", "Paola Cárdenas", "+573178095118", "procurement.barranca@magdalenamidstream.com", "buyer"),
    ("901233450", "Don Álvaro Pinzón", "+573112233450", "tornillofeliz@gmail.com", "owner"),
    ("890104478", "Katherine Mendoza", "+573014104478", "kmendoza@palmar.com.co", "buyer"),
    ("900877612", "Gareth Evans", "+573215877612", "g.evans@carbonesguajira.com", "buyer"),
    ("79845521", "Jhon Fredy Ospina", "+573208455210", "tallerospina@hotmail.com", "owner"),
)
WAREHOUSES = (
    ("BOG", "Bogotá - Zona Industrial Montevideo, Cra. 68D # 17-50", "Bogotá", "16:00", "America/Bogota"),
    ("MDE", "Medellín - Itagüí, Autopista Sur # 45-20", "Itagüí", "16:30", "America/Bogota"),
    ("BAQ", "Barranquilla - Vía 40 # 85-110", "Barranquilla", "15:30", "America/Bogota"),
)
# Three customers send their own part numbers: the midstream company's SAP materials (eight
# digits), the cement plant's stock codes and the coal mine's Ellipse catalogue numbers.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "830095117": lambda n, p: f"{30040000 + n * 53}",
    "860512334": lambda n, p: f"NARE-{p.family[:3].upper()}-{n * 11 + 100:04d}",
    "900877612": lambda n, p: f"EL{n * 29 + 5000:06d}",
}
BRAND_PREFS = (
    (fam.BALINERAS, "SKF", ""), (fam.CORREAS, "Gates", ""), (fam.ABRASIVOS, "Abracol", ""), (fam.SOLDADURA, "West Arco", ""),
    (fam.ELECTRICOS, "Centelsa", ""), (fam.SEGURIDAD, "ARSEG", ""), (fam.VALVULAS, "Grival", ""),
    (fam.BALINERAS, "NTN", "860512334"), (fam.SOLDADURA, "Lincoln", "830095117"), (fam.SEGURIDAD, "3M", "900877612"),
)  # fmt: skip


HOUSE = erp.House(
    seed="13", today=TODAY, currency="COP", seller_email="ventas@dista-andina.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(3, 1),
    stock=erp.Stock(
        absent_below={"BOG": 0.12, "MDE": 0.3, "BAQ": 0.45}.__getitem__,
        scale=lambda uom: {"MTS": 2500, "KG": 600, "PAR": 400, "ROL": 300, "CAJ": 40}.get(uom, 300),
        on_hand_above=0.35, incoming_below=0.5, eta_days=(5, 30), reserved_per=8,
    ),
    prices=erp.Prices(
        below=0.5, tier=Decimal("0.94"),
        lists=(("INDUSTRIA", Decimal("0.90")), ("CONTRATISTA", Decimal("0.93")), ("PETROLERO", Decimal("0.95")),
               ("REVENTA", Decimal("0.82"))),
    ),
    contracts=erp.Contracts(customers=("860512334", "830095117"), share=Decimal("0.84"), valid=("2026-02-01", "2027-01-31")),
    history=erp.History(days=(4, 6), invoice="FV-{cid}-{n:02d}", share=Decimal("0.91")),
    family_discounts=[["REVENTA", "", fam.TORNILLERIA, "12"], ["INDUSTRIA", "", fam.SEGURIDAD, "6"], ["", "890104478", fam.VALVULAS, "5"]],
    receivables=[
        ["FV-0091245", "860512334", "2026-10-01", "2026-11-30", "48210500.00", "48210500.00", "false"],
        ["FV-0091877", "900418276", "2026-10-22", "2026-11-21", "6340000.00", "2340000.00", "false"],
        ["FV-0088120", "79845521", "2026-07-30", "2026-07-30", "3420000.00", "3420000.00", "false"],
        ["FV-0092010", "830095117", "2026-11-05", "2026-12-20", "112400000.00", "112400000.00", "false"],
        ["FV-0090466", "890104478", "2026-09-12", "2026-10-27", "2150000.00", "2150000.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our item): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
