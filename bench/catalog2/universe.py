"""Every item the house could carry, with stable codes, and the pick for a catalog size.

Codes are SAP Business One style: a family prefix and a running number with leading
zeros, 7 digits for most families (`0100035`), 6 for belts (`060012`), 8 for safety
(`07000003`). The running number is the item's place in its family's full list, so an
item's code does not depend on the catalog size.
"""

from __future__ import annotations

from .consumables import abrasives, drills, safety
from .electrical import electrical
from .fasteners import fasteners
from .mechanical import bearings, belts
from .model import Item, rng_for
from .valves import valves

CODE_WIDTH = {1: 7, 2: 7, 3: 7, 4: 7, 5: 7, 6: 6, 7: 8, 8: 7, 9: 8}
SCALE_MAKERS = [
    "BOSSARD",
    "FABORY",
    "UNBRAKO",
    "FIXAR",
    "INDEX",
    "HECO",
    "REYHER",
    "KAMAX",
    "BUMAX",
    "SFS",
    "FISCHER",
    "HILTI",
    "TOGE",
    "ITW",
    "BOSSONG",
    "SPIT",
    "CELO",
    "MUNGO",
    "RAWL",
    "ALLFAST",
    "FASTENAL",
    "GRAINGER",
    "MCMASTER",
    "ACCURATE",
    "BRIGHTON",
    "CAPARO",
    "LINDAPTER",
    "NORD-LOCK",
    "TR FASTENINGS",
    "PENN ENG",
    "ARCONIC",
    "NUCOR",
    "PORTLAND BOLT",
    "BIRMINGHAM",
    "GRUPO SIMEC",
    "TORNIPAR",
    "CIPLA",
    "BELENUS",
    "VIPLAS",
    "INCAMET",
]

# Items the ERP still lists but no longer sells (active=false): buyers ask for them anyway.
DISCONTINUED = [
    Item(
        3,
        "X|BFV4",
        "valve_butterfly",
        "Valves & Fittings",
        "GENEBRE",
        'VALV.MARIPOSA WAFER 4" HIERRO DUCTIL GENEBRE 2103',
        'Butterfly valve wafer 4" ductile iron Genebre 2103',
        'Válvula mariposa wafer 4" Genebre 2103',
        58.0,
        aliases=["GENEBRE 2103 4"],
    ),
    Item(
        4,
        "X|LC1D95M7",
        "contactor",
        "Electrical",
        "SCHNEIDER",
        "CONTACTOR 3P 95A BOB.220VAC 1NA SCHNEIDER LC1D95M7",
        "Contactor 3P 95A coil 220 V AC Schneider LC1D95M7",
        "Contactor tripolar 95A bobina 220VAC Schneider LC1D95M7",
        260.0,
        aliases=["LC1D95M7"],
    ),
    Item(
        5,
        "X|CUB7|120",
        "disc_fibre",
        "Abrasives",
        "3M",
        'DISCO FIBRA CUBITRON II 982C 7" G120+ 3M (CJ 25)',
        '3M Cubitron II fibre disc 982C 7" grade 120+ (box of 25)',
        'Disco de fibra 3M Cubitron II 982C 7" grano 120+ (caja 25)',
        5.6,
        pack_qty=25,
        aliases=["982C 7 120+"],
    ),
    Item(
        7,
        "X|11-731",
        "glove_cut",
        "Safety",
        "ANSELL",
        "GUANTE ANTICORTE HYFLEX 11-731 T9 ANSELL (PAR)",
        "Cut resistant glove HyFlex 11-731 size 9 Ansell",
        "Guante anticorte HyFlex 11-731 talla 9 Ansell",
        8.9,
        uom="PR",
        aliases=["11-731 T9"],
    ),
    Item(
        4,
        "X|THHN1/0",
        "cable_thhn",
        "Electrical",
        "NEXANS",
        "CABLE THHN 1/0 AWG NEGRO NEXANS (M)",
        "THHN building wire 1/0 AWG black Nexans",
        "Cable THHN 1/0 AWG negro Nexans",
        2.9,
        uom="M",
    ),
    Item(
        1,
        "X|UCP205",
        "bearing_unit",
        "Bearings",
        "NTN",
        "DESCANSO PEDESTAL UCP205 NTN",
        "Pillow block bearing unit UCP205 NTN",
        "Descanso de pie UCP205 NTN",
        9.4,
        aliases=["UCP205"],
    ),
]


def _scale_out(items: list[Item]) -> list[Item]:
    """Tier-3 copies of the generic fasteners under other makers' names (codes `09…`,
    8 digits), only there to reach 100k products."""
    out = []
    for maker in SCALE_MAKERS:
        for it in items:
            if it.family_no != 2 or it.brand or it.pack_qty > 1:
                continue
            out.append(
                Item(
                    9,
                    f"{it.key}|{maker}",
                    it.kind,
                    it.family,
                    maker,
                    f"{it.desc} {maker}",
                    f"{it.name_en} {maker.title()}",
                    f"{it.name_es} {maker.title()}",
                    it.base_price * 1.1,
                    aliases=list(it.aliases),
                    attributes=dict(it.attributes),
                    spec={**it.spec, "brand": maker},
                    tier=3,
                )
            )
    return out


def universe() -> list[Item]:
    items = (
        bearings()
        + fasteners()
        + valves()
        + electrical()
        + abrasives()
        + belts()
        + safety()
        + drills()
    )
    items += _scale_out(items)
    for item in DISCONTINUED:
        item.active = False
    items += DISCONTINUED
    counters: dict[int, int] = {}
    seen: set[str] = set()
    for item in items:
        assert item.key not in seen, item.key
        seen.add(item.key)
        n = counters[item.family_no] = counters.get(item.family_no, 0) + 1
        width = CODE_WIDTH[item.family_no]
        item.sku = f"{item.family_no:02d}{n:0{width - 2}d}"
    return items


def pick(items: list[Item], count: int, seed: int) -> list[Item]:
    """The catalog of `count` products: core items, then the house brands, then the rest."""

    def order(item: Item) -> tuple[int, float]:
        rank = 0 if (item.core or not item.active) else item.tier
        return rank, rng_for(seed, item.key).random()

    chosen = sorted(items, key=order)[:count]
    return sorted(chosen, key=lambda it: it.sku)
