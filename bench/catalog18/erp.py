"""Catalog 18 as an ERP folder (ERP.md): a SAP Business One export of items, business partners and warehouses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog18 import products as fam

TODAY = dt.date(2026, 11, 27)

# Items B1 keeps "inactivos": on file, no longer bought, still asked for.
INACTIVE = (
    "brg|6310|ZZ|NTN",
    "bolt|3/4|4|G8",
    "bolt|M16|80|10.9",
    "bv|2|acero|Cim",
    "pipe|2|80",
    "cb|3|63",
    "ctr|40|24",
    "thw|10|amarillo",
    "cut|355|3.2|Norton",
    "helmet|verde|Steelpro",
    "boot|44",
    "el|E6011|4.0|Lincoln",
)


def catalog() -> list[Product]:
    """Every product with B1's ItemCode as this house set it up: the family's two letters and six
    digits, numbered through the family in the order the items were keyed in, with gaps."""
    products = fam.products()
    for family, prefix in fam.PREFIX.items():
        members = sorted((p for p in products if p.family == family), key=lambda p: p.key)
        for i, p in enumerate(members):
            p.sku = f"{prefix}{(i * 3 + 1) * 7 + 400:06d}"
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, RUC, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("C20118", "Compañía Minera Cerro Verde Norte S.A.A.", "20100118301", "Campamento Uchumayo km 12, Arequipa, Perú", "MINERIA",
     "mining camp", "es", "AQP", "900000", "60", False, ""),
    ("C20135", "Sociedad Minera Chachani S.A.", "20455135122", "Av. Parra 320, Cercado, Arequipa, Perú", "MINERIA",
     "mining camp", "es", "AQP", "450000", "45", False, ""),
    ("C20152", "Northern Shaft Contractors Peru S.A.C.", "20601152877", "Av. Javier Prado Este 4200, Surco, Lima, Perú", "MINERIA",
     "mining contractor", "en", "LIM", "600000", "60", False, ""),
    ("C20167", "Pesquera Huanchaco S.A.", "20482167555", "Panamericana Norte km 560, Trujillo, La Libertad, Perú", "INDUSTRIA",
     "fishmeal plant", "es", "TRU", "250000", "45", False, ""),
    ("C20183", "Ferretería Industrial El Callao E.I.R.L.", "20512183440", "Av. Argentina 2650, Callao, Perú", "FERRETERIA", "hardware store",
     "es", "LIM", "120000", "30", False, ""),
    ("C20196", "Electro Servicios Quispe S.R.L.", "20544196001", "Jr. Paruro 1380, Cercado de Lima, Perú", "INSTALADOR",
     "electrical contractor", "es", "LIM", "60000", "30", False, ""),
    ("C20211", "Maestranza Los Olivos", "10412211339", "Av. Naranjal 1500, Los Olivos, Lima, Perú", "", "machine shop", "es", "LIM", "15000", "0",
     True, "Letras protestadas sin regularizar (S/ 18,430.00)"),
)  # fmt: skip
CONTACTS = (
    ("C20118", "Ing. Rosa Mamani", "+51954118118", "logistica.uchumayo@cerroverdenorte.pe", "buyer"),
    ("C20135", "Jorge Apaza", "+51959135135", "compras@chachani.com.pe", "buyer"),
    ("C20152", "Dave McAllister", "+51987152152", "dmcallister@northernshaft.ca", "buyer"),
    ("C20152", "Sarah Tremblay", "+51987152153", "stremblay@northernshaft.ca", "approver"),
    ("C20167", "Lic. Carmen Rodríguez", "+51949167167", "abastecimiento@pesquerahuanchaco.pe", "buyer"),
    ("C20183", "Miguel 'Chato' Huamán", "+51987183183", "ferreteriaelcallao@gmail.com", "buyer"),
    ("C20196", "Wilber Quispe", "+51976196196", "electroquispe@hotmail.com", "buyer"),
    ("C20211", "Percy Ramos", "+51965211211", "maestranzalosolivos@gmail.com", "owner"),
)
WAREHOUSES = (
    ("LIM", "Callao - Av. Néstor Gambetta 5200", "Lima", "17:00", "America/Lima"),
    ("AQP", "Arequipa - Parque Industrial, Calle Jacinto Ibáñez 415", "Arequipa", "16:30", "America/Lima"),
    ("TRU", "Trujillo - Av. Túpac Amaru 1180", "Trujillo", "16:00", "America/Lima"),
)
TAG = {fam.BEARINGS: "ROD", fam.FASTENERS: "PER", fam.PLUMBING: "VAL", fam.ELECTRICAL: "ELE", fam.ABRASIVES: "ABR", fam.SAFETY: "EPP", fam.WELDING: "SOL"}
# Three customers send their own part numbers: the mine's SAP materials (eight digits from
# 10040000), the contractor's stock numbers and the fishmeal plant's warehouse codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "C20118": lambda n, p: f"{10040000 + n * 53}",
    "C20152": lambda n, p: f"NSC-{n * 13 + 2100:05d}",
    "C20167": lambda n, p: f"PH-{TAG[p.family]}-{n * 9 + 11:04d}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.ABRASIVES, "Norton", ""), (fam.PLUMBING, "Kitz", ""), (fam.WELDING, "Soldexa", ""),
    (fam.SAFETY, "MSA", "C20152"), (fam.BEARINGS, "NTN", "C20183"), (fam.WELDING, "Lincoln", "C20152"),
)  # fmt: skip


HOUSE = erp.House(
    seed="18", today=TODAY, currency="PEN", seller_email="ventas@suministros-callao.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"LIM": 0.05, "AQP": 0.25, "TRU": 0.45}.__getitem__,
        scale=lambda uom: {"MT": 1200, "KG": 400, "PR": 300}.get(uom, 150),
        on_hand_above=0.25, incoming_below=0.4, eta_days=(7, 45), reserved_per=8,
    ),
    prices=erp.Prices(
        below=0.5, tier=Decimal("0.95"),
        lists=(("MINERIA", Decimal("0.87")), ("INDUSTRIA", Decimal("0.90")), ("FERRETERIA", Decimal("0.82")), ("INSTALADOR", Decimal("0.86"))),
    ),
    contracts=erp.Contracts(customers=("C20118", "C20152"), share=Decimal("0.85"), valid=("2026-07-01", "2026-12-31")),
    history=erp.History(days=(5, 8), invoice="F001-{cid}-{n:02d}", share=Decimal("0.9")),
    family_discounts=[["FERRETERIA", "", fam.FASTENERS, "7"], ["MINERIA", "", fam.SAFETY, "5"], ["", "C20196", fam.ELECTRICAL, "4"]],
    receivables=[
        ["F001-00048812", "C20118", "2026-09-28", "2026-11-27", "312480.50", "312480.50", "false"],
        ["F001-00049140", "C20196", "2026-10-20", "2026-11-19", "18400.00", "6400.00", "false"],
        ["F001-00041655", "C20211", "2026-06-15", "2026-07-15", "18430.00", "18430.00", "false"],
        ["F002-00019377", "C20167", "2026-11-03", "2026-12-18", "54210.90", "54210.90", "false"],
        ["F003-00008990", "C20135", "2026-10-02", "2026-11-16", "96500.00", "96500.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our ItemCode): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
