"""Catalog 10 as an ERP folder (ERP.md): products, customers, prices, stock and the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product
from bench.catalog10 import products as fam
from bench.catalog10.products import code as item_code
from bench.catalog10.products import products as all_products

TODAY = dt.date(2026, 11, 25)

# Items the house blocked in BC (still listed, no longer sold; buyers still ask for them).
INACTIVE = (
    "rod|6305|abierto|ZWZ",
    "perno|3/8|3|G8",
    "vb|inox|2",
    "thhn|6|rojo",
    "flap|7|40|3M",
    "banda|A|66|Bando",
    "elec|E6011|3/32|ESAB",
    "tubo|36|Truper",
    "casco|rojo",
)


def catalog() -> list[Product]:
    """Every product (item numbers fixed by the product itself), in item-number order."""
    products = all_products()
    assert all(len(p.name) <= fam.WIDTH for p in products)
    erp.assign_codes(products, item_code)
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id, name, tax id (RUC), address, price list, segment, language, warehouse, limit, terms, blocked, reason
    ("C00101", "Empacadora del Pacífico S.A.", "0991234567001",
     "Km 6,5 vía a Daule, Guayaquil", "INDUSTRIAL", "shrimp packing", "es", "GYE", "45000", "30", False, ""),
    ("C00102", "Astilleros y Servicios Navales del Guayas Cía. Ltda.", "0992345678001",
     "Av. 25 de Julio, sector Puerto Marítimo, Guayaquil", "INDUSTRIAL", "shipyard", "es", "GYE", "30000", "30", False, ""),
    ("C00103", "Ingenio Azucarero La Troncal S.A.", "0390012345001",
     "Vía Troncal - Puerto Inca km 2, La Troncal, Cañar", "MAYORISTA", "sugar mill", "es", "GYE", "80000", "45", False, ""),
    ("C00201", "Textiles Pichincha S.A.", "1790123456001",
     "Panamericana Norte km 7 1/2, Calderón, Quito", "INDUSTRIAL", "textile", "es", "UIO", "25000", "30", False, ""),
    ("C00202", "Florícola Cayambe Roses Cía. Ltda.", "1791234567001",
     "Vía a Olmedo, Cayambe, Pichincha", "", "flower farm", "es", "UIO", "8000", "30", False, ""),
    ("C00290", "Construcciones Metálicas Tapia", "1712345678001",
     "Av. Maldonado S12-340, Quito", "", "metalwork", "es", "UIO", "5000", "15", True,
     "Facturas vencidas por USD 3.940,00"),
    ("C00301", "Amazon Well Services Ecuador S.A.", "1792233445001",
     "Vía Auca km 3, Francisco de Orellana (El Coca)", "PETROLERO", "oil-field services", "en", "COC", "150000", "60",
     False, ""),
    ("C00302", "Orellana Drilling & Workover Ltd. (Sucursal Ecuador)", "1793344556001",
     "Av. Alejandro Labaka y 9 de Octubre, El Coca", "PETROLERO", "drilling contractor", "en", "COC", "120000", "60",
     False, ""),
)  # fmt: skip
CONTACTS = (
    ("C00101", "Ing. Xavier Mendoza", "+593991100101", "compras@empacadorapacifico.com.ec", "buyer"),
    ("C00101", "Johanna Villón", "+593991100102", "bodega@empacadorapacifico.com.ec", "buyer"),
    ("C00102", "Carlos Aspiazu", "+593991200202", "mantenimiento@astinaval.ec", "buyer"),
    ("C00103", "Ing. Fernando Coello", "+593991300303", "adquisiciones@ingeniolatroncal.com", "buyer"),
    ("C00201", "Diana Andrade", "+593992400201", "compras@textilespichincha.com.ec", "buyer"),
    ("C00202", "Pablo Cevallos", "+593992500202", "finca@cayamberoses.ec", "buyer"),
    ("C00290", "Marco Tapia", "+593992600290", "metalicastapia@hotmail.com", "buyer"),
    ("C00301", "Mike Dawson", "+593993700301", "m.dawson@amazonwellservices.com", "buyer"),
    ("C00301", "Luis Grefa", "+593993700302", "warehouse.coca@amazonwellservices.com", "buyer"),
    ("C00302", "Jason Pruitt", "+593993800302", "procurement.ec@orellanadrilling.com", "buyer"),
)
WAREHOUSES = (
    ("GYE", "Guayaquil - Km 10 vía a Daule", "Guayaquil", "16:30", "America/Guayaquil"),
    ("UIO", "Quito - Carcelén Industrial", "Quito", "16:00", "America/Guayaquil"),
    ("COC", "El Coca - Base Oriente", "Francisco de Orellana", "14:00", "America/Guayaquil"),
)
# Two customers send their own part numbers: the shrimp packer's SAP materials and the well-service
# company's Maximo item numbers.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "C00101": lambda n, p: f"MAT-{300000 + n * 37:06d}",
    "C00301": lambda n, p: f"AWS-{'BEVFTS'[n % 6]}{n * 11 + 1000:05d}",
}
BRAND_PREFS = (
    (fam.RODAMIENTOS, "SKF", ""), (fam.ELECTRICO, "Schneider", ""), (fam.HERRAMIENTAS, "Stanley", ""),
    (fam.ABRASIVOS, "Norton", ""), (fam.BANDAS, "Gates", ""), (fam.SOLDADURA, "Lincoln", ""),
    (fam.RODAMIENTOS, "NTN", "C00103"), (fam.ELECTRICO, "Siemens", "C00201"), (fam.HERRAMIENTAS, "Truper", "C00202"),
)  # fmt: skip


HOUSE = erp.House(
    seed="10", today=TODAY, currency="USD", seller_email="ventas@ferroindustrial-ec.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(13, 5),
    stock=erp.Stock(
        absent_below=lambda wh: 0.45 if wh == "COC" else 0.2,
        scale=lambda uom: {"MT": 1500, "KG": 300, "JGO": 12, "CAJ": 40, "PAR": 200}.get(uom, 220),
        on_hand_above=0.38, incoming_below=0.6, eta_days=(7, 45), reserved_per=8,
    ),
    prices=erp.Prices(
        below=0.45, tier=Decimal("0.94"),
        lists=(("INDUSTRIAL", Decimal("0.90")), ("MAYORISTA", Decimal("0.83")), ("PETROLERO", Decimal("0.95"))),
    ),
    contracts=erp.Contracts(customers=("C00103", "C00301"), share=Decimal("0.82"), valid=("2026-07-01", "2027-06-30")),
    history=erp.History(days=(4, 9), invoice="FAC-{cid}-{n:03d}", share=Decimal("0.92")),
    family_discounts=[["INDUSTRIAL", "", fam.PERNERIA, "10"], ["", "C00202", fam.SEGURIDAD, "5"]],
    receivables=[
        ["FAC-001-002-000018432", "C00101", "2026-10-15", "2026-11-14", "12480.00", "4480.00", "false"],
        ["FAC-001-002-000018101", "C00103", "2026-10-01", "2026-11-15", "22310.50", "22310.50", "false"],
        ["FAC-002-001-000007710", "C00290", "2026-07-20", "2026-08-04", "3940.00", "3940.00", "false"],
        ["FAC-003-001-000002209", "C00301", "2026-10-28", "2026-12-27", "38200.00", "38200.00", "false"],
        ["FAC-003-001-000002150", "C00302", "2026-09-10", "2026-11-09", "8120.00", "1960.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our item number): 20 parts per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
