"""Catalog 7 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog7 import products as fam
from bench.catalog7.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "rol|6310|ZZ|ZWZ",
    "rol|6000|aberto|NSK",
    "chu|UCF210|FYH",
    "perno|8|3/4|1",
    "termica|1|63|ABB",
    "contactor|40|440|WEG",
    "thw|8|blanco|Celsa",
    "faja|C105|Optibelt",
    "acc|tapon|negro|2",
    "stilson|24|Truper",
    "corte|9|3.2|Klingspor",
    "eletrodo|6013|5/32|Lincoln",
)


def catalog() -> list[Product]:
    """Every product (codes fixed by the product itself), in code order."""
    return erp.finish(all_products(), INACTIVE)


CUSTOMERS = (
    # id, name, tax id, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("PE1001", "Minera Andina del Sur S.A.A.", "20455512345",
     "Av. Ejército 1205, Yanahuara, Arequipa, Perú", "MINERIA", "mining", "es", "AQP", "850000", "60", False, ""),
    ("PE1002", "Pesquera Costa Azul S.A.C.", "20512398761",
     "Av. Enrique Meiggs 480, Chimbote, Áncash, Perú", "MAYORISTA", "fishing", "es", "TRU", "240000", "30", False, ""),
    ("PE1003", "Textil San Cristóbal S.A.C.", "20100234561",
     "Av. Argentina 3250, Callao, Perú", "MAYORISTA", "textile", "es", "CAL", "180000", "30", False, ""),
    ("PE1077", "Metalmecánica Chávez E.I.R.L.", "20481234509",
     "Calle Los Fresnos 145, Parque Industrial, Trujillo, La Libertad, Perú", "", "workshop", "es", "TRU",
     "25000", "15", True, "Letras protestadas por S/ 18,450.00"),
    ("BO2001", "Ingenio Azucarero Santa Rosa S.A.", "1023456027",
     "Carretera al Norte km 12, Santa Cruz de la Sierra, Bolivia", "EXPORTACION", "sugar", "es", "AQP",
     "300000", "45", False, ""),
    ("EX3001", "Highland Copper Services Inc.", "BN 812345678",
     "1055 West Hastings St, Vancouver, BC, Canada", "EXPORTACION", "mining contractor", "en", "AQP",
     "500000", "60", False, ""),
)  # fmt: skip
CONTACTS = (
    ("PE1001", "Ing. Carla Huamán", "+51954100101", "compras.planta@andinadelsur.com.pe", "buyer"),
    ("PE1001", "Jorge Quispe", "+51954100102", "almacen@andinadelsur.com.pe", "buyer"),
    ("PE1001", "Rosa Mendoza", "+51954100103", "cuentasporpagar@andinadelsur.com.pe", "accounts"),
    ("PE1002", "Luis Paredes", "+51943200202", "mantenimiento@costaazul.pe", "buyer"),
    ("PE1003", "Patricia Salazar", "+51987300303", "logistica@textilsancristobal.com.pe", "buyer"),
    ("PE1077", "Wilmer Chávez", "+51949400477", "metalmecanicachavez@gmail.com", "buyer"),
    ("BO2001", "Marcelo Justiniano", "+59171200201", "compras@ingeniosantarosa.com.bo", "buyer"),
    ("EX3001", "Dave McAllister", "+16045550301", "d.mcallister@highlandcopper.ca", "buyer"),
    ("EX3001", "Priya Nair", "+16045550302", "procurement@highlandcopper.ca", "approver"),
)
WAREHOUSES = (
    ("CAL", "Callao - Av. Argentina", "Callao", "16:00", "America/Lima"),
    ("AQP", "Arequipa - Parque Industrial", "Arequipa", "15:30", "America/Lima"),
    ("TRU", "Trujillo - Parque Industrial", "Trujillo", "15:00", "America/Lima"),
)
# The two customers who send their own part numbers: a mine's SAP material numbers (all digits),
# and a Canadian contractor's stock codes.
PART_FORMATS = {
    "PE1001": lambda n, p: f"{30010000 + n * 37:08d}",
    "EX3001": lambda n, p: f"HCS-{n * 3 + 100:04d}-{'ABCDEFGH'[n % 8]}",
}
BRAND_PREFS = (
    (fam.ROLAMENTOS, "SKF", ""), (fam.ELETRICA, "Siemens", ""), (fam.FERRAMENTAS, "Stanley", ""),
    (fam.ABRASIVOS, "Norton", ""), (fam.TRANSMISSAO, "Gates", ""), (fam.SOLDAGEM, "Soldexa", ""),
    (fam.ROLAMENTOS, "NSK", "PE1002"), (fam.ELETRICA, "ABB", "EX3001"), (fam.FERRAMENTAS, "Gedore", "PE1001"),
)  # fmt: skip


HOUSE = erp.House(
    seed="7", today=TODAY, currency="PEN", seller_email="ventas@andesul-industrial.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(13, 5),
    stock=erp.Stock(
        absent_below=lambda wh: 0.25,
        scale=lambda uom: {"MT": 2000, "KG": 400, "CX": 50, "JG": 15}.get(uom, 250),
        on_hand_above=0.4, incoming_below=0.55, eta_days=(5, 40), reserved_per=10,
    ),
    prices=erp.Prices(
        below=0.4, tier=Decimal("0.95"),
        lists=(("MINERIA", Decimal("0.86")), ("MAYORISTA", Decimal("0.90")), ("EXPORTACION", Decimal("0.84"))),
    ),
    contracts=erp.Contracts(customers=("PE1002", "PE1001"), share=Decimal("0.80"), valid=("2026-06-01", "2027-05-31")),
    history=erp.History(days=(5, 11), invoice="F001-{cid}-{n:03d}", share=Decimal("0.9")),
    family_discounts=[["MINERIA", "", fam.FIXACAO, "10"], ["", "BO2001", fam.TRANSMISSAO, "7"]],
    receivables=[
        ["F001-00048213", "PE1001", "2026-10-02", "2026-12-01", "184320.00", "184320.00", "false"],
        ["F001-00047650", "PE1002", "2026-09-20", "2026-10-20", "23810.50", "23810.50", "false"],
        ["F002-00011874", "PE1077", "2026-06-10", "2026-06-25", "18450.00", "18450.00", "false"],
        ["F003-00002201", "BO2001", "2026-11-05", "2026-12-20", "61200.00", "61200.00", "false"],
        ["F003-00002177", "EX3001", "2026-09-01", "2026-10-31", "95400.00", "21300.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our SKU): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
