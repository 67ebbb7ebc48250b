"""Catalog 4 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4 import consumables, electrical, fluid, mechanical
from bench.catalog4.model import Product, assign_numbers

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "ball|6201|ZZ|N|Koyo",
    "ball|6306|open|N|SKF",
    "malleable|cap|galvanized|2",
    "cutoff|230|1.9|Walter",
    "glove|cut_a4|7|Ansell",
    "thhn|8|green",
    "drill|2.5",
    "pillow|dodge|3/4",
    "rcd|63|4|Eaton",
    "mcb|63|3|WEG",
    "vbelt|B75|Optibelt",
)


def catalog() -> list[Product]:
    """Every product with its item number, in item-number order (the same on every run)."""
    products = (mechanical.products() + fluid.products() + electrical.products()
                + consumables.products())  # fmt: skip
    assign_numbers(products)
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, tax id, address, price list, segment, language, warehouse, limit, terms, blocked
    ("810045", "Metalúrgica Rioplatense S.A.", "30-71234567-9",
     "Av. Gral. Paz 12450, Villa Madero, Buenos Aires, Argentina", "INDUSTRIAL", "metalworking",
     "es", "BUE", "60000", "30", False, ""),
    ("810077", "Taller Hidráulico Don Bosco S.R.L.", "30-70987654-2",
     "Ruta 8 km 54, Pilar, Buenos Aires, Argentina", "WORKSHOP", "workshop", "es", "BUE", "8000",
     "30", True, "Cheques rechazados por $ 1.250.000 pendientes de reposición"),
    ("820117", "Ingenio Azucarero del Valle S.A.S.", "900.456.789-1",
     "Km 3 Vía Palmira, Cali, Valle del Cauca, Colombia", "INDUSTRIAL", "sugar", "es", "BOG",
     "45000", "45", False, ""),
    ("830092", "Compañía Minera Altoandina S.A.", "20512345678",
     "Av. Ejército 1020, Cayma, Arequipa, Perú", "MINING", "mining", "es", "LIM", "", "60", False,
     ""),
    ("840310", "Gulf Coast Packaging LLC", "76-4412093",
     "8800 Clinton Dr, Houston, TX 77029, USA", "INDUSTRIAL", "packaging", "en", "HOU", "75000",
     "30", False, ""),
    ("840355", "Bayou Machine Works Inc.", "72-1180457",
     "4100 Hwy 90 E, Lake Charles, LA 70615, USA", "", "machine shop", "en", "HOU", "15000", "30",
     False, ""),
)  # fmt: skip
CONTACTS = (
    ("810045", "Martín Ferreyra", "+5491155550101", "mferreyra@rioplatense.com.ar", "buyer"),
    ("810045", "Laura Giménez", "+5491155550102", "cuentas@rioplatense.com.ar", "accounts"),
    ("810077", "Hugo Benítez", "+5491155550177", "compras@donbosco-hidraulica.com.ar", "buyer"),
    ("820117", "Andrés Castaño", "+573105550117", "acastano@ingeniodelvalle.com.co", "buyer"),
    ("830092", "Rosa Quispe", "+51987555092", "rquispe@altoandina.com.pe", "buyer"),
    ("830092", "Jorge Huamán", "+51987555093", "jhuaman@altoandina.com.pe", "approver"),
    ("840310", "Mike Dawson", "+17135550310", "mdawson@gulfcoastpkg.com", "buyer"),
    ("840355", "Tammy Guidry", "+13375550355", "purchasing@bayoumachine.com", "buyer"),
)
WAREHOUSES = (
    ("BUE", "Buenos Aires - Villa Lugano", "Buenos Aires", "16:00", "America/Argentina/Buenos_Aires"),
    ("BOG", "Bogotá - Montevideo", "Bogotá", "15:00", "America/Bogota"),
    ("LIM", "Lima - Callao", "Callao", "15:30", "America/Lima"),
    ("HOU", "Houston DC", "Houston", "17:00", "America/Chicago"),
)
# Customer part-number formats: each buyer's own item master.
PART_FORMATS = {
    "810045": lambda n, p: f"MAT-{n % 90 + 10:02d}-{n:04d}",
    "820117": lambda n, p: f"REP-{p.family[:3].upper()}-{1200 + n:04d}",
    "830092": lambda n, p: f"{40010000 + n * 37:08d}",
    "840310": lambda n, p: f"GCP{n:05d}",
}
BRAND_PREFS = (
    ("Bearings", "SKF", ""), ("Electrical", "WEG", ""), ("Pneumatics", "Festo", ""),
    ("Abrasives", "Klingspor", ""), ("Safety", "Ansell", ""), ("Electrical", "Eaton", "840310"),
    ("Fasteners", "Unbrako", "840310"), ("Power Transmission", "Browning", ""),
)  # fmt: skip


# Catalog 4 came first: its seeds carry no number, and a customer's n-th of its 15 part numbers is
# n * 7 + 6 (6, the length of every customer's id).
HOUSE = erp.House(
    seed="", today=TODAY, currency="USD", seller_email="ventas@mostrador-industrial.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(7, 6), xref_count=15,
    stock=erp.Stock(
        absent_below=lambda wh: 0.35, scale=lambda uom: 400,
        on_hand_above=0.45, incoming_below=0.55, eta_days=(7, 30), reserved_per=10,
    ),
    prices=erp.Prices(below=0.3, tier=Decimal("0.95"), lists=(("INDUSTRIAL", Decimal("0.90")), ("MINING", Decimal("0.93")))),
    contracts=erp.Contracts(customers=("810045", "830092"), share=Decimal("0.82"), valid=("2026-01-01", "2026-12-31")),
    history=erp.History(days=(10, 9), invoice="H{cid}-{n:03d}", share=Decimal("0.9")),
    family_discounts=[["INDUSTRIAL", "", "Abrasives", "8"], ["WORKSHOP", "", "Fasteners", "5"],
                      ["", "830092", "Safety", "12"], ["", "840355", "Cutting Tools", "10"]],
    receivables=[
        ["FA-0001-00018822", "810045", "2026-10-20", "2026-11-19", "12450.00", "12450.00", "false"],
        ["FA-0001-00018960", "810045", "2026-11-10", "2026-12-10", "3890.40", "3890.40", "false"],
        ["FA-0001-00017120", "810077", "2026-08-30", "2026-09-29", "5230.00", "5230.00", "false"],
        ["FE-BOG-77120", "820117", "2026-11-02", "2026-12-17", "20115.75", "20115.75", "false"],
        ["F001-00045521", "830092", "2026-09-15", "2026-11-14", "48700.00", "18700.00", "true"],
        ["INV-310551", "840310", "2026-11-01", "2026-12-01", "9820.10", "9820.10", "false"],
        ["INV-310402", "840355", "2026-09-12", "2026-10-12", "14990.00", "14990.00", "false"],
    ],
)  # fmt: skip
# (customer, their part number, our SKU): 15 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
