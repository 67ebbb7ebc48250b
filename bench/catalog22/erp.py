"""Catalog 22 as an ERP folder (ERP.md): a NetSuite export of items, customers and locations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog22 import products as fam

TODAY = dt.date(2026, 11, 27)

# Items made inactive in NetSuite: on file, no longer bought, still asked for.
INACTIVE = (
    "shk|G-210|7/8",
    "tb|3/4|12|jaw-jaw|Crosby",
    "wr|7/8|6x19|IWRC|WireCo",
    "hoist|10|3|CM",
    "sling|flat|4|6",
    "prox|M30|22|NPN|NC|Omron",
    "vfd|15|460-3F|ABB",
    "relay|4|230VAC|Finder",
    "brg|6307|ZZ|SKF",
    "bolt|3/4|4|8",
    "brk|2|60|Eaton",
)

# the first segment of NetSuite's item name: the parent item of the family's kind
PARENT = {"shackle": "GRILLETE", "clip": "GRAPA", "turnbuckle": "TENSOR", "wire_rope": "CABLE ACERO", "chain": "CADENA", "hoist": "TECLE",
          "lever_hoist": "TECLE PALANCA", "sling": "ESLINGA", "prox": "SENSOR INDUCTIVO", "photo": "SENSOR FOTOELECTRICO", "limit": "FINAL CARRERA",
          "vfd": "VARIADOR", "relay": "RELE", "timer": "TEMPORIZADOR", "ball": "RODAMIENTO", "bolt": "PERNO HEX", "nut": "TUERCA HEX",
          "ball_valve": "VALVULA BOLA", "check_valve": "VALVULA CHECK", "breaker": "BREAKER", "cut_disc": "DISCO CORTE", "flap_disc": "DISCO FLAP"}  # fmt: skip
ENDS = {"hook-eye": "GO", "eye-eye": "OO", "jaw-jaw": "QQ"}
MODE = {"diffuse": "DIFUSO", "retro": "RETRO", "through": "BARRERA"}
ACTUATOR = {"roller_lever": "PALANCA-RODILLO", "plunger": "PISTON", "rod": "VARILLA", "roller_plunger": "PISTON-RODILLO"}
FUNCTION = {"on_delay": "RETARDO", "multi": "MULTI", "star_delta": "EST-TRI"}


def designation(p: Product) -> str:
    """The matrix parent's own segment: what the item is, before the maker."""
    a, t = p.attrs, p.attrs["type"]
    return {
        "shackle": lambda: f"{a['size']}-{'LIRA' if a['bow'] == 'anchor' else 'RECTO'}-{'ROSC' if a['pin'] == 'screw' else 'PERNO'}",
        "clip": lambda: a["size"],
        "turnbuckle": lambda: f"{a['size']}X{a['takeup']}-{ENDS[a['ends']]}",
        "wire_rope": lambda: f"{a['dia']}-{a['construction'].upper()}-{a['core']}",
        "chain": lambda: f"G{a['grade']}-{a['size']}{'MM' if a['grade'] == '80' else ''}",
        "hoist": lambda: f"{a['capacity']}T-{a['lift']}M",
        "lever_hoist": lambda: f"{a['capacity']}T",
        "sling": lambda: f"{'PLANA' if a['style'] == 'flat' else 'REDONDA'}-{a['wll']}T-{a['length']}M",
        "prox": lambda: f"{a['body']}-{a['sn']}MM-{a['output']}-{a['contact']}",
        "photo": lambda: f"{MODE[a['mode']]}-{a['output']}",
        "limit": lambda: ACTUATOR[a["actuator"]],
        "vfd": lambda: f"{a['kw']}KW-{a['supply'].replace('-', 'V')}",
        "relay": lambda: f"{a['poles']}C-{a['coil']}",
        "timer": lambda: f"{FUNCTION[a['function']]}-{a['supply']}V",
        "ball": lambda: f"{a['desig']}-{a['seal']}",
        "bolt": lambda: f"{a['dia']}X{a['len']}-UNC",
        "nut": lambda: f"{a['dia']}-UNC",
        "ball_valve": lambda: f"{a['size']}-NPT",
        "check_valve": lambda: f"{a['size']}-NPT",
        "breaker": lambda: f"{a['poles']}P-{a['amps']}A",
        "cut_disc": lambda: f"{a['dia']}X{a['thick']}",
        "flap_disc": lambda: f"{a['dia']}-G{a['grit']}",
    }[t]()


def child(p: Product) -> str:
    """The matrix child's segment: the maker, or an unbranded bolt's or nut's grade."""
    return p.brand.upper().replace(" ", "") if p.brand else f"G{p.attrs['grade']}"


def catalog() -> list[Product]:
    """Every product with its NetSuite item name as the item ID (`RODAMIENTO : 6204-2RS : SKF`)
    and its internal ID as the last alias: numbered family by family in the order the items were
    created (key order), from 10412 up, with the gaps deleted records leave."""
    products = fam.products()
    internal = 10412
    for p in products:
        p.sku = f"{PARENT[p.attrs['type']]} : {designation(p)} : {child(p)}"
    for p in sorted(products, key=lambda p: (fam.FAMILIES.index(p.family), p.key)):
        internal += 1 + int(unit(p.key, "nsid22") * 4)
        p.aliases.append(str(internal))
    return erp.finish(products, INACTIVE)


def internal_id(p: Product) -> str:
    """NetSuite's internal ID of an item: its last alias."""
    return p.aliases[-1]


CUSTOMERS = (
    # id, name, RUC, address, price list, segment, language, location, limit, terms, blocked, reason
    ("CUS-10021", "Consorcio Mantenimiento Esclusas del Pacífico S.A.", "155648213-2-2017 DV 41", "Edificio 710, Corozal Oeste, Panamá", "CONTRATISTA",
     "canal maintenance contractor", "es", "PTY", "90000", "45", False, ""),
    ("CUS-10034", "Terminal Portuaria Atlántico Colón S.A.", "1583921-1-701552 DV 08", "Puerto de Manzanillo, Coco Solo, Colón, Panamá", "INDUSTRIAL",
     "port terminal", "es", "ZLC", "150000", "60", False, ""),
    ("CUS-10048", "Bocas Fruit Company Ltd.", "2288-14-23317 DV 55", "Finca 8, Changuinola, Bocas del Toro, Panamá", "AGRO",
     "banana plantation", "en", "DAV", "40000", "30", False, ""),
    ("CUS-10052", "Agroexportadora del Barú S.A.", "155702231-2-2020 DV 77", "Vía a Puerto Armuelles km 12, Barú, Chiriquí, Panamá", "AGRO",
     "banana plantation", "es", "DAV", "30000", "30", False, ""),
    ("CUS-10067", "Distribuidora Ferretera del Valle S.A.S.", "NIT 900.412.337-5", "Calle 15 # 32-41, Acopi, Yumbo, Valle del Cauca, Colombia", "REVENTA",
     "re-seller (Colombia)", "es", "ZLC", "60000", "30", False, ""),
    ("CUS-10073", "Importadora Ferretera Tica S.A.", "3-101-654321", "La Uruca, 200 m oeste de la Mercedes, San José, Costa Rica", "REVENTA",
     "re-seller (Costa Rica)", "es", "ZLC", "45000", "30", False, ""),
    ("CUS-10085", "Gulf Marine Services Inc.", "EIN 72-1458802", "Muelle 18, Balboa, Ancón, Panamá", "INDUSTRIAL",
     "marine services", "en", "PTY", "80000", "30", False, ""),
    ("CUS-10091", "Ferretería El Dorado", "8-714-2231 DV 19", "Vía Ricardo J. Alfaro, El Dorado, Panamá", "FERRETERIA", "hardware store",
     "es", "PTY", "8000", "30", False, ""),
    ("CUS-10096", "Ferretería y Materiales Chiriquí", "4-188-920 DV 33", "Av. Obaldía, David, Chiriquí, Panamá", "FERRETERIA", "hardware store",
     "es", "DAV", "6000", "15", False, ""),
    ("CUS-10099", "Constructora Pacífico Norte S.A.", "155633018-2-2016 DV 02", "Calle 50, Obarrio, Panamá", "", "builder", "es", "PTY", "0", "0",
     True, "Cheques devueltos sin reponer (USD 6,240.00)"),
)  # fmt: skip
CONTACTS = (
    ("CUS-10021", "Ing. Rubén Castillo", "+50766021021", "compras@cmepacifico.example", "buyer"),
    ("CUS-10034", "Lcda. Itzel Vásquez", "+50769034034", "procurement@tpacolon.example", "buyer"),
    ("CUS-10034", "Ing. Aristides Batista", "+50769034035", "abatista@tpacolon.example", "approver"),
    ("CUS-10048", "Winston Livingston", "+50767048048", "wlivingston@bocasfruit.example", "buyer"),
    ("CUS-10052", "Yariela Samudio", "+50766052052", "compras@agrobaru.example", "buyer"),
    ("CUS-10067", "Andrés Felipe Ocampo", "+573104067067", "compras@ferrevalle.example", "buyer"),
    ("CUS-10073", "Marco Vargas Solís", "+50688073073", "mvargas@ferretica.example", "buyer"),
    ("CUS-10085", "Mike Daugherty", "+50762085085", "mdaugherty@gulfmarine.example", "buyer"),
    ("CUS-10085", "Tanya Brooks", "+50762085086", "tbrooks@gulfmarine.example", "approver"),
    ("CUS-10091", "Eliécer Pinzón", "+50765091091", "ferreeldorado@gmail.example", "buyer"),
    ("CUS-10096", "Nodier Caballero", "+50768096096", "ferremateriaaleschiriqui@gmail.example", "buyer"),
    ("CUS-10099", "Rogelio Him", "+50763099099", "rhim@pacificonorte.example", "owner"),
)
WAREHOUSES = (
    ("ZLC", "Zona Libre de Colón - Calle 16, Manzana 42, France Field", "Colón", "15:30", "America/Panama"),
    ("PTY", "Panamá - Vía Tocumen, Parque Industrial Las Américas, bodega 9", "Panamá", "17:00", "America/Panama"),
    ("DAV", "David - Vía Interamericana, frente a la Terminal de Carga", "David", "16:30", "America/Panama"),
)
TAG = {fam.RIGGING: "IZ", fam.AUTOMATION: "AU", fam.BEARINGS: "RO", fam.FASTENERS: "TO", fam.VALVES: "VA", fam.ELECTRICAL: "EL",
       fam.ABRASIVES: "AB"}  # fmt: skip
# Three customers send their own material codes: the canal contractor's stores codes (`CME-IZ-0117`),
# the port terminal's SAP material numbers (eight digits from 40081000) and the Bocas plantation's
# storeroom numbers (`BF-` and five digits).
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "CUS-10021": lambda n, p: f"CME-{TAG[p.family]}-{n * 9 + 100:04d}",
    "CUS-10034": lambda n, p: f"{40081000 + n * 377}",
    "CUS-10048": lambda n, p: f"BF-{20000 + n * 113}",
}
BRAND_PREFS = (
    (fam.RIGGING, "Crosby", ""), (fam.AUTOMATION, "Schneider", ""), (fam.BEARINGS, "SKF", ""), (fam.VALVES, "Apollo", ""),
    (fam.ELECTRICAL, "Square D", ""), (fam.ABRASIVES, "Norton", ""), (fam.RIGGING, "Istmo", "CUS-10091"), (fam.AUTOMATION, "Omron", "CUS-10034"),
    (fam.BEARINGS, "NTN", "CUS-10067"), (fam.AUTOMATION, "ABB", "CUS-10085"),
)  # fmt: skip

HOUSE = erp.House(
    seed="22", today=TODAY, currency="USD", seller_email="ventas@suministrosistmo.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"ZLC": 0.05, "PTY": 0.2, "DAV": 0.5}.__getitem__,
        scale=lambda uom: {"M": 900}.get(uom, 120),
        on_hand_above=0.22, incoming_below=0.35, eta_days=(5, 30), reserved_per=5,
    ),
    prices=erp.Prices(
        below=0.4, tier=Decimal("0.94"),
        lists=(("CONTRATISTA", Decimal("0.88")), ("INDUSTRIAL", Decimal("0.86")), ("AGRO", Decimal("0.9")), ("REVENTA", Decimal("0.78")),
               ("FERRETERIA", Decimal("0.82"))),
    ),
    contracts=erp.Contracts(customers=("CUS-10034", "CUS-10021"), share=Decimal("0.82"), valid=("2026-07-01", "2027-06-30")),
    history=erp.History(days=(2, 7), invoice="INV-PA-{cid}-{n:03d}", share=Decimal("0.9")),
    family_discounts=[["REVENTA", "", fam.RIGGING, "6"], ["FERRETERIA", "", fam.FASTENERS, "5"], ["", "CUS-10085", fam.AUTOMATION, "4"]],
    receivables=[
        ["INV-PA-0051120", "CUS-10034", "2026-10-01", "2026-11-30", "28410.75", "28410.75", "false"],
        ["INV-PA-0051876", "CUS-10091", "2026-10-20", "2026-11-19", "1980.00", "730.00", "false"],
        ["INV-PA-0047702", "CUS-10099", "2026-05-11", "2026-06-10", "6240.00", "6240.00", "false"],
        ["INV-PA-0052214", "CUS-10085", "2026-11-03", "2026-12-03", "15320.40", "15320.40", "false"],
        ["INV-PA-0050998", "CUS-10021", "2026-09-25", "2026-11-09", "12600.00", "12600.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our item ID): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
