"""The item record every family builder returns, and the price/identity helpers.

An item's code, price and stock depend only on its identity and the seed, never on
how many products were asked for: the same item keeps the same code in a 1,500-item
catalog and in a 100,000-item one, so a labelled request line stays valid.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal


@dataclass
class Item:
    family_no: int  # two-digit prefix of the item code (01 bearings, ...)
    key: str  # identity, unique in the whole universe
    kind: str  # what sort of thing it is (bearing_ball, bolt_metric, mcb, ...)
    family: str  # ERP family column
    brand: str
    desc: str  # upper-case abbreviated Spanish, as the ERP prints it
    name_en: str
    name_es: str
    base_price: float
    uom: str = "EA"
    pack_qty: int = 1
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    spec: dict[str, str] = field(default_factory=dict)  # normalised, for labelling
    core: bool = False  # common items every catalog size carries
    tier: int = 1  # 1 = the house brands, 2 = extra brands used to scale to 100k
    active: bool = True
    sku: str = ""


def rng_for(seed: int, key: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def money(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


DISPLAY = {
    "KOYO": "Koyo",
    "TIMKEN": "Timken",
    "GATES": "Gates",
    "BANDO": "Bando",
    "SIEMENS": "Siemens",
    "SCHNEIDER": "Schneider Electric",
    "KITZ": "Kitz",
    "GENEBRE": "Genebre",
    "TUPY": "Tupy",
    "NEXANS": "Nexans",
    "GENERAL CABLE": "General Cable",
    "COCESA": "Cocesa",
    "NORTON": "Norton",
    "BOSCH": "Bosch",
    "ANSELL": "Ansell",
    "WURTH": "Würth",
    "OPTIBELT": "Optibelt",
    "DAYCO": "Dayco",
    "CONTITECH": "ContiTech",
    "PIX": "PIX",
}


def disp(brand: str) -> str:
    """A brand as it is written in a product name (the ERP description keeps upper case)."""
    return DISPLAY.get(brand, brand)


def tcase(line: str) -> str:
    """`HI-POWER II` → `Hi-Power II` for product names."""
    return " ".join(w if w in ("II", "GT3", "HC") else w.title() for w in line.split())
