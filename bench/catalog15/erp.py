"""Catalog 15 as an ERP folder (ERP.md): SAP S/4HANA's materials, business partners and plants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench.blind import erp_writer as erp
from bench.catalog4.model import Product, unit
from bench.catalog15 import products as fam

TODAY = dt.date(2026, 11, 25)

# Materials flagged for deletion / blocked for sales in S/4: on file, no longer sold, still asked for.
INACTIVE = (
    "brg|6307|ZZ|FAG",
    "tap|32212|SKF",
    "hsg|UCF|212|NTN",
    "vb|C148|Gates",
    "ch|80|Donghua",
    "bi|3/4|4",
    "gv|2",
    "cb|mdw|3|63",
    "cab|16|rojo|Cobrecom",
    "cut|355|3.0|Tyrolit",
    "boot|45|dielectric",
)


def material(p: Product, attempt: int) -> str:
    """S/4's material number from the internal range of trading goods (HAWA): eight significant
    digits from 10000000, stored and printed with the leading zeros to 18 characters."""
    return f"{10000000 + int(unit(p.key, 's4hana15', str(attempt)) * 99999):018d}"


def catalog() -> list[Product]:
    """Every product with its material number, in material-number order."""
    products = fam.products()
    erp.assign_codes(products, material)
    return erp.finish(products, INACTIVE)


CUSTOMERS = (
    # BP, name, NIT/RUC, address, price list, segment, language, plant, limit, terms, blocked, reason
    ("1000112", "Minera Andes del Sur S.A.", "1028627025", "Campamento Toldos, Provincia Nor Lípez, Potosí, Bolivia", "MINERIA", "mining company",
     "en", "EAL", "900000", "45", False, ""),
    ("1000245", "Chaco Gas Field Services S.R.L.", "3297410019", "Av. Roca y Coronado 3120, Santa Cruz de la Sierra, Bolivia", "PETROLEO",
     "oil & gas contractor", "en", "SCZ", "400000", "30", False, ""),
    ("1000318", "Ingenio Azucarero Río Grande S.A.", "1015773028", "Carretera al Norte Km 18, Warnes, Santa Cruz, Bolivia", "INDUSTRIA",
     "sugar mill", "es", "SCZ", "250000", "30", False, ""),
    ("1000407", "Electro Cruceña S.R.L.", "4480132015", "3er anillo interno, Av. Banzer 455, Santa Cruz de la Sierra, Bolivia", "CONTRATISTA",
     "electrical contractor", "es", "SCZ", "60000", "30", False, ""),
    ("1000533", "Ferretería El Altiplano", "6723344011", "Av. 6 de Marzo 1450, Zona 12 de Octubre, El Alto, Bolivia", "REVENTA",
     "hardware store", "es", "EAL", "80000", "30", False, ""),
    ("1000619", "Agroindustrial Itapúa S.A.", "80045127-3", "Ruta PY06 Km 8, Encarnación, Paraguay", "INDUSTRIA", "soy crushing plant", "es",
     "ASU", "300000", "45", False, ""),
    ("1000702", "Ferretería Industrial Luque", "80067215-9", "Av. Capitán Bado 1200, Luque, Paraguay", "REVENTA", "hardware store", "es",
     "ASU", "70000", "30", False, ""),
    ("1000881", "Taller Metalmecánico Montero", "5598012017", "Av. Warnes 88, Montero, Santa Cruz, Bolivia", "", "metalworking shop", "es",
     "SCZ", "15000", "0", True, "Facturas vencidas hace más de 90 días (Bs 12.480,00)"),
)  # fmt: skip
CONTACTS = (
    ("1000112", "Liam O'Connor", "+59171234112", "l.oconnor@andesdelsur.com", "buyer"),
    ("1000112", "Ruth Mamani", "+59171234113", "r.mamani@andesdelsur.com", "approver"),
    ("1000245", "Jake Henderson", "+59172045245", "jhenderson@chacogfs.com", "buyer"),
    ("1000318", "Lic. Carmen Suárez", "+59177318318", "compras@ingeniorg.com.bo", "buyer"),
    ("1000407", "Marcelo Justiniano", "+59170407407", "electrocrucena@gmail.com", "buyer"),
    ("1000533", "Doña Rosa Quispe", "+59176533533", "ferre.altiplano@hotmail.com", "buyer"),
    ("1000619", "Ing. Derlis Benítez", "+595981619619", "dbenitez@agroitapua.com.py", "buyer"),
    ("1000702", "Nelson Giménez", "+595971702702", "ferreluque@gmail.com", "buyer"),
    ("1000881", "Don Julio Vaca", "+59178881881", "tallermontero@gmail.com", "owner"),
)
WAREHOUSES = (
    ("SCZ", "Santa Cruz - Parque Industrial PI-24, Mza. 7", "Santa Cruz de la Sierra", "17:00", "America/La_Paz"),
    ("EAL", "El Alto - Zona Senkata, Av. Panorámica 2200", "El Alto", "16:00", "America/La_Paz"),
    ("ASU", "Asunción - Av. Artigas 3850, Barrio Trinidad", "Asunción", "16:30", "America/Asuncion"),
)
PREFIX = {fam.BEARINGS: "ROD", fam.POWER: "TRM", fam.FASTENERS: "FIJ", fam.VALVES: "VAL", fam.ELECTRICAL: "ELE", fam.ABRASIVES: "ABR",
          fam.SAFETY: "EPP"}  # fmt: skip
# Three customers send their own part numbers: the mine's own SAP materials (eight digits from
# 30050000, the same shape as ours), the gas contractor's stock codes and the sugar mill's
# spare-part codes.
PART_FORMATS: dict[str, Callable[[int, Product], str]] = {
    "1000112": lambda n, p: f"{30050000 + n * 41}",
    "1000245": lambda n, p: f"CGF-{PREFIX[p.family]}-{n * 7 + 100:04d}",
    "1000318": lambda n, p: f"REP-{n * 11 + 1000}",
}
BRAND_PREFS = (
    (fam.BEARINGS, "SKF", ""), (fam.POWER, "Gates", ""), (fam.ABRASIVES, "Norton", ""), (fam.ELECTRICAL, "Schneider", ""),
    (fam.VALVES, "Genebre", ""), (fam.SAFETY, "3M", ""), (fam.FASTENERS, "Ciser", ""),
    (fam.BEARINGS, "Timken", "1000245"), (fam.SAFETY, "MSA", "1000112"), (fam.ELECTRICAL, "Siemens", "1000619"),
)  # fmt: skip


HOUSE = erp.House(
    seed="15", today=TODAY, currency="BOB", seller_email="ventas@suministros-chaco-andino.example",
    customers=CUSTOMERS, contacts=CONTACTS, warehouses=WAREHOUSES, brand_preferences=BRAND_PREFS,
    part_formats=PART_FORMATS, xref=(1, 0),
    stock=erp.Stock(
        absent_below={"SCZ": 0.08, "EAL": 0.3, "ASU": 0.45}.__getitem__,
        scale=lambda uom: {"M": 3000, "KG": 400, "CJ": 40, "PAR": 250}.get(uom, 180),
        on_hand_above=0.28, incoming_below=0.4, eta_days=(10, 35), reserved_per=8,
    ),
    prices=erp.Prices(
        below=0.4, tier=Decimal("0.95"),
        lists=(("MINERIA", Decimal("0.90")), ("PETROLEO", Decimal("0.92")), ("INDUSTRIA", Decimal("0.93")),
               ("CONTRATISTA", Decimal("0.90")), ("REVENTA", Decimal("0.82"))),
    ),
    contracts=erp.Contracts(customers=("1000112", "1000245"), share=Decimal("0.85"), valid=("2026-01-01", "2026-12-31")),
    history=erp.History(days=(4, 6), invoice="90{cid}{n:02d}", share=Decimal("0.92")),
    family_discounts=[["REVENTA", "", fam.FASTENERS, "8"], ["MINERIA", "", fam.SAFETY, "6"], ["", "1000407", fam.ELECTRICAL, "5"]],
    receivables=[
        ["9000041877", "1000112", "2026-10-10", "2026-11-24", "148220.50", "148220.50", "false"],
        ["9000042210", "1000407", "2026-10-22", "2026-11-21", "21480.00", "6480.00", "false"],
        ["9000038815", "1000881", "2026-07-20", "2026-07-20", "12480.00", "12480.00", "false"],
        ["9000042533", "1000245", "2026-11-02", "2026-12-02", "56310.75", "56310.75", "false"],
        ["9000041102", "1000619", "2026-09-28", "2026-11-12", "9870.00", "9870.00", "true"],
    ],
)  # fmt: skip
# (customer, their part number, our material): 20 per customer, chosen by hash.
cross_references = HOUSE.cross_references


def write(folder: Path) -> list[Product]:
    """Write the whole ERP folder; returns the products written."""
    return HOUSE.write(folder, catalog())
