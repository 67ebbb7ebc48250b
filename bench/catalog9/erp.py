"""Catalog 9 as an ERP folder (ERP.md), as an Odoo export lands: products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog9 import products as fam
from bench.catalog9.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Variants Odoo still lists archived (the house stopped selling them; buyers still ask).
INACTIVE = (
    "thhn|6|verde",
    "vb|inox|2",
    "mig|.045|Hobart",
    "ajust|15|Stanley",
    "perno|M16|70|inox",
    "fit|tapon|1/4|galv",
    "banda|A|74|Bando",
    "corte|14|7/64|DeWalt",
    "casco|naranja|MSA",
)


def catalog() -> list[Product]:
    """Every product (the internal reference is fixed by the variant itself), in reference order."""
    return erp.finish(all_products(), INACTIVE)


CUSTOMERS = (
    # id, name, tax id, address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("GT1001", "Ingenio Santa Lucía, S.A.", "4587123-6",
     "Km 92.5 Carretera al Pacífico, Escuintla, Guatemala", "INDUSTRIAL", "sugar mill", "es", "GUA",
     "150000", "45", False, ""),
    ("GT1002", "Empacadora del Atlántico, S.A.", "7712345-K",
     "13 Calle 5-40 Zona 12, Ciudad de Guatemala", "INDUSTRIAL", "food", "es", "GUA", "40000", "30", False, ""),
    ("GT1090", "Servicios Eléctricos Xelajú", "9876543-2",
     "4a Avenida 12-30 Zona 3, Quetzaltenango, Guatemala", "", "installer", "es", "GUA", "3000", "15", True,
     "Factura vencida de 2,318.40 USD"),
    ("CR2001", "Procesadora Láctea del Valle S.A.", "3-101-456789",
     "Zona Industrial de Barreal, Heredia, Costa Rica", "INDUSTRIAL", "dairy", "es", "SJO", "60000", "30", False, ""),
    ("CR2002", "Mantenimiento Industrial Tico Ltda.", "3-102-765432",
     "Del Walmart de Curridabat 300 m sur, San José, Costa Rica", "DISTRIBUIDOR", "maintenance", "es", "SJO",
     "25000", "30", False, ""),
    ("DO3001", "Cervecería del Cibao, S.R.L.", "1-31-45678-9",
     "Autopista Duarte Km 7, Santiago de los Caballeros, República Dominicana", "INDUSTRIAL", "brewery", "es", "SDQ",
     "80000", "45", False, ""),
    ("DO3002", "Ferretería Industrial Quisqueya", "1-01-98765-4",
     "Av. Máximo Gómez 112, Santo Domingo, República Dominicana", "DISTRIBUIDOR", "hardware", "es", "SDQ", "20000",
     "30", False, ""),
    ("JM4001", "Blue Mountain Alumina Ltd", "JM-000-123-456",
     "Port Esquivel Industrial Estate, St. Catherine, Jamaica", "CARIBBEAN", "alumina", "en", "KIN", "120000", "60",
     False, ""),
    ("TT4002", "Point Lisas Process Services Ltd", "TT-BIR-448812",
     "Atlantic Avenue, Point Lisas Industrial Estate, Couva, Trinidad and Tobago", "CARIBBEAN", "petrochemical", "en",
     "KIN", "50000", "30", False, ""),
)  # fmt: skip
CONTACTS = (
    ("GT1001", "Ing. Byron Chávez", "+50255101001", "compras@ingeniosantalucia.com.gt", "buyer"),
    ("GT1001", "Sonia Pérez", "+50255101002", "bodega@ingeniosantalucia.com.gt", "buyer"),
    ("GT1002", "Erick Sagastume", "+50244201002", "mantenimiento@empacadoraatlantico.com.gt", "buyer"),
    ("GT1090", "Don Otto Xicará", "+50253901090", "serviciosxelaju@gmail.com", "buyer"),
    ("CR2001", "Marco Vargas", "+50688302001", "compras@lacteadelvalle.cr", "buyer"),
    ("CR2002", "Andrea Solís", "+50687402002", "pedidos@mitico.cr", "buyer"),
    ("DO3001", "Ing. Ramón Peralta", "+18095503001", "compras@cerveceriacibao.com.do", "buyer"),
    ("DO3002", "Yokasta Rodríguez", "+18296603002", "ventas@ferrequisqueya.com.do", "buyer"),
    ("JM4001", "Devon Campbell", "+18767704001", "stores@bluemountainalumina.com.jm", "buyer"),
    ("TT4002", "Anil Ramdass", "+18688804002", "procurement@plps.co.tt", "buyer"),
)
WAREHOUSES = (
    ("GUA", "Guatemala - Zona 12", "Ciudad de Guatemala", "16:00", "America/Guatemala"),
    ("SJO", "Costa Rica - Heredia", "Heredia", "16:00", "America/Costa_Rica"),
    ("SDQ", "Santo Domingo - Herrera", "Santo Domingo", "16:30", "America/Santo_Domingo"),
    ("KIN", "Kingston - Spanish Town Road", "Kingston", "15:30", "America/Jamaica"),
)
# The customers who send their own part numbers: the sugar mill's SAP materials (eight digits
# starting 3100) and the alumina plant's stores catalogue numbers (`BMA-17-004512`).
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "GT1001": lambda n, p: f"{31000000 + n * 3571:08d}",
    "JM4001": lambda n, p: f"BMA-{['11', '17', '23', '31'][n % 4]}-{n * 37 + 1000:06d}",
}
BRAND_PREFS = (
    (fam.RODAMIENTOS, "NTN", ""), (fam.ELECTRICOS, "Square D", ""), (fam.HERRAMIENTAS, "Truper", ""),
    (fam.ABRASIVOS, "Norton", ""), (fam.TRANSMISION, "Gates", ""), (fam.SOLDADURA, "Lincoln", ""),
    (fam.SEGURIDAD, "3M", ""), (fam.RODAMIENTOS, "SKF", "JM4001"), (fam.ELECTRICOS, "Siemens", "CR2001"),
    (fam.HERRAMIENTAS, "Stanley", "DO3001"),
)  # fmt: skip


HOUSE = erp.House(
    seed="9", today=TODAY, currency="USD", seller_email="ventas@suministros-istmo.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(11, 3),
    stock=erp.Stock(
        absent_below=lambda wh: 0.25,
        scale=lambda uom: {"m": 3000, "lb": 500, "Juego": 15, "Par": 400}.get(uom, 250),
        on_hand_above=0.4, incoming_below=0.55, eta_days=(7, 45), reserved_per=10,
    ),
    prices=erp.Prices(
        below=0.4, tier=Decimal("0.95"),
        lists=(("INDUSTRIAL", Decimal("0.90")), ("DISTRIBUIDOR", Decimal("0.83")), ("CARIBBEAN", Decimal("0.95"))),
    ),
    contracts=erp.Contracts(customers=("DO3001", "GT1001"), share=Decimal("0.82"), valid=("2026-07-01", "2027-06-30")),
    history=erp.History(days=(4, 12), invoice="FAC/{cid}/{n:03d}", share=Decimal("0.9")),
    family_discounts=[["INDUSTRIAL", "", fam.TORNILLERIA, "10"], ["", "CR2002", fam.TRANSMISION, "5"]],
    receivables=[
        ["FAC/2026/04812", "GT1001", "2026-10-05", "2026-11-19", "21430.00", "21430.00", "false"],
        ["FAC/2026/04701", "GT1002", "2026-09-22", "2026-10-22", "1981.25", "1981.25", "false"],
        ["FAC/2026/01187", "GT1090", "2026-06-10", "2026-06-25", "2318.40", "2318.40", "false"],
        ["FAC/2026/05020", "DO3001", "2026-11-02", "2026-12-17", "8760.00", "8760.00", "false"],
        ["INV/2026/00412", "JM4001", "2026-09-01", "2026-10-31", "12540.00", "3120.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our SKU): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
