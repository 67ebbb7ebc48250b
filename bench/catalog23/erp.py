"""Catalog 23 as an ERP folder (ERP.md): a JD Edwards EnterpriseOne export of items, customers
and branch/plants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog23 import products as fam

TODAY = dt.date(2026, 11, 27)

# Items whose JDE stocking type is O (obsolete): on file, no longer bought, still asked for.
INACTIVE = (
    "cen|10|3F|Barnes",
    "well|5|30|Franklin",
    "sump|3|sewage|Barnes",
    "tank|119|Well-X-Trol",
    "ins|SNMG|120408|K|Mitsubishi",
    "ins|VNMG|160404|M|Sandvik",
    "hold|TNMG|L|25|Sandvik",
    "brg|6308|ZZ|SKF",
    "brg|6003|2RS|NSK",
    "belt|A68|Dayco",
    "cut|14|3/32|Klingspor",
)

# the 2nd Item Number's two letters: the family
CODE = {fam.PUMPS: "BO", fam.TURNING: "HT", fam.BEARINGS: "RO", fam.BELTS: "TR", fam.ABRASIVES: "AB"}


def catalog() -> list[Product]:
    """Every product with its JDE 2nd Item Number as the item ID (`BO-1042`): numbered family by
    family in key order, from 1000, with the gaps items deleted before go-live left."""
    products = fam.products()
    for family in fam.FAMILIES:
        n = 1000
        for p in sorted((p for p in products if p.family == family), key=lambda p: p.key):
            n += 1 + int(unit(p.key, "jde23") * 3)
            p.sku = f"{CODE[family]}-{n}"
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # id (JDE address number), name, RTN/NIT, address, price list, segment, language, branch, limit, terms, blocked, reason
    ("4100112", "Compañía Azucarera del Valle de Sula S.A. de C.V.", "RTN 05019001234567", "Carretera a Tela km 3, El Progreso, Yoro, Honduras",
     "INGENIO", "sugar mill", "es", "SPS", "2500000", "60", False, ""),
    ("4100127", "Palmas Aceiteras de Atlántida S.A.", "RTN 01079005551230", "Aldea Lancetilla, Tela, Atlántida, Honduras", "INGENIO",
     "palm-oil mill", "es", "SPS", "1800000", "45", False, ""),
    ("4100135", "Hanil Textiles Honduras S.A.", "RTN 05069012223334", "ZIP Choloma, nave 14, Choloma, Cortés, Honduras", "INDUSTRIAL",
     "textile maquila", "en", "SPS", "1500000", "30", False, ""),
    ("4100148", "Minerales de Occidente S.A. de C.V.", "RTN 04049008887771", "Mina San Andrés, Santa Rita, Copán, Honduras", "INDUSTRIAL",
     "gold mine", "en", "SPS", "3000000", "45", False, ""),
    ("4100156", "Roatán Marine & Shipyard Ltd.", "RTN 11019007776665", "French Harbour, Roatán, Islas de la Bahía, Honduras", "INDUSTRIAL",
     "shipyard", "en", "SPS", "600000", "30", False, ""),
    ("4100163", "Tornos y Repuestos Rivera", "RTN 05019876543210", "Barrio Cabañas, 8 calle 5 ave SO, San Pedro Sula, Honduras", "TALLER",
     "machine shop", "es", "SPS", "150000", "30", False, ""),
    ("4100171", "Ferretería El Carmen", "RTN 08019911122233", "Col. Kennedy, Tegucigalpa, Honduras", "FERRETERIA", "hardware store", "es",
     "TGU", "200000", "30", False, ""),
    ("4100189", "Ferretería y Bombas Choluteca", "RTN 06019933344455", "Barrio El Centro, Choluteca, Honduras", "FERRETERIA", "hardware store",
     "es", "TGU", "120000", "15", False, ""),
    ("4100194", "Beneficio de Café Santa Ana S.A. de C.V.", "NIT 0210-150388-101-4", "Carretera a Chalchuapa km 66, Santa Ana, El Salvador",
     "INDUSTRIAL", "coffee mill", "es", "SAL", "900000", "30", False, ""),
    ("4100202", "Metalmecánica Soyapango S.A. de C.V.", "NIT 0617-220799-102-6", "Blvd. del Ejército km 5, Soyapango, El Salvador", "TALLER",
     "metalworking shop", "es", "SAL", "250000", "30", False, ""),
    ("4100219", "Constructora Valle de Ángeles S. de R.L.", "RTN 08019955566677", "Col. Palmira, Tegucigalpa, Honduras", "", "builder", "es",
     "TGU", "0", "0", True, "Cheques sin fondos (L 148,300.00)"),
)  # fmt: skip
CONTACTS = (
    ("4100112", "Ing. Dagoberto Paz", "+50499112112", "compras@azucaresula.example", "buyer"),
    ("4100112", "Lic. Karla Zelaya", "+50499112113", "kzelaya@azucaresula.example", "approver"),
    ("4100127", "Ing. Marvin Castro", "+50498127127", "proveeduria@palmasatlantida.example", "buyer"),
    ("4100135", "Kim Jae-won", "+50497135135", "maintenance@haniltex.example", "buyer"),
    ("4100148", "Dale Whitaker", "+50496148148", "dwhitaker@mineraloccidente.example", "buyer"),
    ("4100148", "Lorena Hernández", "+50496148149", "compras@mineraloccidente.example", "approver"),
    ("4100156", "Kirk Ebanks", "+50495156156", "kebanks@roatanshipyard.example", "buyer"),
    ("4100163", "Wilmer Rivera", "+50494163163", "tornosrivera@gmail.example", "buyer"),
    ("4100171", "Doña Gloria Ordóñez", "+50493171171", "ferreelcarmen@gmail.example", "buyer"),
    ("4100189", "Osman Flores", "+50492189189", "bombascholuteca@gmail.example", "buyer"),
    ("4100194", "Ing. René Guardado", "+50377194194", "mantenimiento@beneficiosantaana.example", "buyer"),
    ("4100202", "Jaime Alvarenga", "+50376202202", "compras@metalsoyapango.example", "buyer"),
    ("4100219", "Mauricio Sevilla", "+50491219219", "msevilla@cvalleangeles.example", "owner"),
)
WAREHOUSES = (
    ("SPS", "San Pedro Sula - Bulevar del Norte, salida a Puerto Cortés, bodega 3", "San Pedro Sula", "16:30", "America/Tegucigalpa"),
    ("TGU", "Tegucigalpa - Anillo Periférico, Col. Las Torres", "Tegucigalpa", "16:00", "America/Tegucigalpa"),
    ("SAL", "San Salvador - Carretera Panamericana km 9, Ilopango", "San Salvador", "16:00", "America/El_Salvador"),
)
TAG = {fam.PUMPS: "BB", fam.TURNING: "HC", fam.BEARINGS: "CJ", fam.BELTS: "BT", fam.ABRASIVES: "AB"}
# Three customers send their own material codes: the sugar mill's stores codes (`IAV-BB-00417`),
# the palm-oil mill's SAP material numbers (eight digits from 30012000) and the mine's warehouse
# stock numbers (`MSA-` and five digits).
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "4100112": lambda n, p: f"IAV-{TAG[p.family]}-{n * 23 + 400:05d}",
    "4100127": lambda n, p: f"{30012000 + n * 149}",
    "4100148": lambda n, p: f"MSA-{61000 + n * 37}",
}
BRAND_PREFS = (
    (fam.PUMPS, "Pedrollo", ""), (fam.TURNING, "Sandvik", ""), (fam.BEARINGS, "SKF", ""), (fam.BELTS, "Gates", ""), (fam.ABRASIVES, "Norton", ""),
    (fam.PUMPS, "Franklin", "4100148"), (fam.TURNING, "Mitsubishi", "4100163"), (fam.BEARINGS, "NSK", "4100135"),
    (fam.PUMPS, "Barnes", "4100112"), (fam.ABRASIVES, "Klingspor", "4100202"),
)  # fmt: skip

HOUSE = erp.House(
    seed="23", today=TODAY, currency="HNL", seller_email="ventas@suministrossula.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"SPS": 0.05, "TGU": 0.3, "SAL": 0.45}.__getitem__,
        scale=lambda uom: {"M": 1200}.get(uom, 90),
        on_hand_above=0.2, incoming_below=0.33, eta_days=(4, 35), reserved_per=6,
    ),
    prices=erp.Prices(
        below=0.45, tier=Decimal("0.95"),
        lists=(("INGENIO", Decimal("0.87")), ("INDUSTRIAL", Decimal("0.88")), ("TALLER", Decimal("0.84")), ("FERRETERIA", Decimal("0.8"))),
    ),
    contracts=erp.Contracts(customers=("4100112", "4100148"), share=Decimal("0.83"), valid=("2026-10-01", "2027-09-30")),
    history=erp.History(days=(3, 6), invoice="RI-{cid}-{n:03d}", share=Decimal("0.91")),
    family_discounts=[["TALLER", "", fam.TURNING, "7"], ["FERRETERIA", "", fam.PUMPS, "4"], ["", "4100135", fam.BEARINGS, "5"]],
    receivables=[
        ["RI-26-0081233", "4100112", "2026-09-20", "2026-11-19", "684250.00", "684250.00", "false"],
        ["RI-26-0082017", "4100171", "2026-10-22", "2026-11-21", "48620.50", "12400.00", "false"],
        ["RI-26-0074410", "4100219", "2026-04-02", "2026-05-02", "148300.00", "148300.00", "false"],
        ["RI-26-0083105", "4100148", "2026-11-05", "2026-12-20", "392118.75", "392118.75", "false"],
        ["RI-26-0080871", "4100127", "2026-09-10", "2026-10-25", "215400.00", "215400.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our item ID): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
