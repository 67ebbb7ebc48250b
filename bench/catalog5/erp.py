"""Catalog 5 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog5.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Rows the ERP still lists but the house no longer sells (buyers still ask for them).
INACTIVE = (
    "bal|6306|ZZ|Timken",
    "bal|6001|abierto|NSK",
    "chu|UCF210|FYH",
    "con|tapon|negro|1/4",
    "pastilla|3|60|Siemens",
    "contactor|32|24|Schneider",
    "cable|6|azul|Viakon",
    "corte|14|3.2|Fandeli",
    "desarmador|plano|3/8 x 8|Surtek",
)


def catalog() -> list[Product]:
    """Every product (codes fixed by the product itself), in code order."""
    return erp.finish(all_products(), INACTIVE)


CUSTOMERS = (
    # id, name, tax id, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("C1021", "Aceros y Troqueles del Norte S.A. de C.V.", "ATN980312KL4",
     "Av. Miguel Aleman 4120, Guadalupe, Nuevo Leon, Mexico", "INDUSTRIAL", "metalworking", "es", "MTY",
     "350000", "30", False, ""),
    ("C1187", "Empacadora del Bajio S.A. de C.V.", "EBA050721QX9",
     "Carretera 57 km 12.5, El Marques, Queretaro, Mexico", "INDUSTRIAL", "food", "es", "QRO", "180000",
     "45", False, ""),
    ("C1350", "Taller Mecanico Hermanos Rios", "RIRJ700115AB2",
     "Calle Industria 88, Tlaquepaque, Jalisco, Mexico", "", "workshop", "es", "GDL", "20000", "15", True,
     "Facturas vencidas por $ 48,300.00"),
    ("C2044", "Frontera Assembly de Mexico S. de R.L. de C.V.", "FAM110904HT7",
     "Blvd. Independencia 1550, Cd. Juarez, Chihuahua, Mexico", "MAQUILA", "maquiladora", "en", "MTY",
     "500000", "30", False, ""),
)  # fmt: skip
CONTACTS = (
    ("C1021", "Ing. Rogelio Garza", "+528183550121", "rgarza@acerostn.com.mx", "buyer"),
    ("C1021", "Lic. Patricia Treviño", "+528183550122", "cxp@acerostn.com.mx", "accounts"),
    ("C1187", "Juan Carlos Mendoza", "+524423550187", "compras@empacadorabajio.mx", "buyer"),
    ("C1350", "Jose Rios", "+523336550350", "tallerrios@gmail.com", "buyer"),
    ("C2044", "Dave Kowalski", "+19155550244", "dkowalski@fronteraassembly.com", "buyer"),
    ("C2044", "Marisol Chavez", "+526565550244", "mchavez@fronteraassembly.com", "approver"),
)
WAREHOUSES = (
    ("MTY", "Monterrey - Apodaca", "Apodaca", "17:00", "America/Monterrey"),
    ("GDL", "Guadalajara - El Salto", "El Salto", "16:30", "America/Mexico_City"),
    ("QRO", "Queretaro - Parque Industrial", "El Marques", "16:00", "America/Mexico_City"),
)
# The two customers who send their own part numbers.
PART_FORMATS = {
    "C1021": lambda n, p: f"ATN-{p.family[:3].upper()}-{n:05d}",
    "C2044": lambda n, p: f"FA{n * 13 + 100000:06d}",
}
BRAND_PREFS = (
    ("Baleros y chumaceras", "FAG", ""), ("Material electrico", "Square D", ""),
    ("Herramienta", "Truper", ""), ("Abrasivos y soldadura", "Austromex", ""),
    ("Valvulas y conexiones", "Urrea", ""), ("Baleros y chumaceras", "Timken", "C2044"),
)  # fmt: skip


HOUSE = erp.House(
    seed="5", today=TODAY, currency="MXN", seller_email="ventas@suministros-norte.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(11, 3),
    stock=erp.Stock(
        absent_below=lambda wh: 0.3,
        scale=lambda uom: 2000 if uom == "M" else 300,
        on_hand_above=0.42, incoming_below=0.52, eta_days=(5, 25), reserved_per=12,
    ),
    prices=erp.Prices(
        below=0.35, tier=Decimal("0.94"),
        lists=(("INDUSTRIAL", Decimal("0.88")), ("MAQUILA", Decimal("0.85"))),
    ),
    contracts=erp.Contracts(customers=("C1021", "C2044"), share=Decimal("0.80"), valid=("2026-01-01", "2026-12-31")),
    history=erp.History(days=(8, 11), invoice="A-{cid}-{n:03d}", share=Decimal("0.9")),
    family_discounts=[["INDUSTRIAL", "", "Abrasivos y soldadura", "7"], ["", "C1187", "Herramienta", "10"]],
    receivables=[
        ["A-45120", "C1021", "2026-10-28", "2026-11-27", "84320.50", "84320.50", "false"],
        ["A-44870", "C1187", "2026-09-30", "2026-11-14", "22150.00", "22150.00", "false"],
        ["A-43002", "C1350", "2026-08-10", "2026-08-25", "48300.00", "48300.00", "false"],
        ["A-45301", "C2044", "2026-11-05", "2026-12-05", "130400.00", "130400.00", "false"],
        ["A-44410", "C2044", "2026-09-02", "2026-10-02", "15200.00", "15200.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our SKU): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
