"""A demo distributor's catalog, generated family by family.

Each family yields its common items first (6204 bearings, M8 bolts, 1/2" valves)
and then its long tail (odd sizes, fine pitches, C3 clearances), so a small demo
holds what buyers ask for most and a 100,000-item catalog is still plausible.
Names are English; descriptions are Spanish in the upper-case ERP style.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Item:
    family: str
    key: str  # unique within the family; the SKU is assigned later
    name: str
    description: str
    brand: str | None
    uom: str
    list_price: Decimal
    pack_qty: int = 1
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    group: str | None = None  # items of one group substitute each other


def _price(value: float) -> Decimal:
    return Decimal(str(round(max(value, 0.05), 2)))


# --- Bearings -------------------------------------------------------------------
# (brand, notation for rubber seals, notation for metal shields, price factor)
BEARING_BRANDS = [
    ("SKF", "2RSH", "2Z", 1.35),
    ("NSK", "DDU", "ZZ", 1.25),
    ("FAG", "2RSR", "2ZR", 1.30),
    ("NTN", "LLU", "ZZ", 1.20),
    ("KOYO", "2RS", "ZZ", 1.05),
]
# bore code -> bore mm; series -> (outer diameter, width) for bore codes 00..12
BORES = {0: 10, 1: 12, 2: 15, 3: 17}
SERIES_DIMS = {
    "60": [
        (26, 8),
        (28, 8),
        (32, 9),
        (35, 10),
        (42, 12),
        (47, 12),
        (55, 13),
        (62, 14),
        (68, 15),
        (75, 16),
        (80, 16),
        (90, 18),
        (95, 18),
    ],
    "62": [
        (30, 9),
        (32, 10),
        (35, 11),
        (40, 12),
        (47, 14),
        (52, 15),
        (62, 16),
        (72, 17),
        (80, 18),
        (85, 19),
        (90, 20),
        (100, 21),
        (110, 22),
    ],
    "63": [
        (35, 11),
        (37, 12),
        (42, 13),
        (47, 14),
        (52, 15),
        (62, 17),
        (72, 19),
        (80, 21),
        (90, 23),
        (100, 25),
        (110, 27),
        (120, 29),
        (130, 31),
    ],
    "68": [
        (19, 5),
        (21, 5),
        (24, 5),
        (26, 5),
        (32, 7),
        (37, 7),
        (42, 7),
        (47, 7),
        (52, 7),
        (58, 7),
        (65, 7),
        (72, 9),
        (78, 10),
    ],
    "69": [
        (22, 6),
        (24, 6),
        (28, 7),
        (30, 7),
        (37, 9),
        (42, 9),
        (47, 9),
        (55, 10),
        (62, 12),
        (68, 12),
        (72, 12),
        (80, 13),
        (85, 13),
    ],
}
SERIES_ORDER = ["62", "63", "60", "68", "69"]


def _bore(code: int) -> int:
    return BORES.get(code, code * 5)


def _dims(series: str, code: int) -> tuple[int, int]:
    table = SERIES_DIMS[series]
    if code < len(table):
        return table[code]
    outer, width = table[-1]
    grow = code - len(table) + 1
    step = {"60": 6, "62": 10, "63": 12, "68": 6, "69": 7}[series]
    return outer + grow * step, width + grow


def bearings() -> Iterator[Item]:
    seals = [("2RS", "sellado caucho"), ("ZZ", "blindado metal"), ("OPEN", "abierto")]
    for clearance, codes in (("", range(0, 13)), ("", range(13, 41)), ("C3", range(0, 41))):
        for series in SERIES_ORDER:
            for code in codes:
                designation = f"{series}{code:02d}"
                bore = _bore(code)
                outer, width = _dims(series, code)
                for (seal, seal_es), (brand, rs, zz, factor) in itertools.product(
                    seals, BEARING_BRANDS
                ):
                    suffix = {"2RS": rs, "ZZ": zz, "OPEN": ""}[seal]
                    brand_code = designation + (f"-{suffix}" if suffix else "")
                    if clearance:
                        brand_code += f"/{clearance}"
                    base = 2.4 + outer * 0.09 + width * 0.12 + (1.2 if seal != "OPEN" else 0)
                    aliases = [f"{designation} {seal}" if seal != "OPEN" else designation]
                    if clearance:
                        aliases = [f"{a} {clearance}" for a in aliases]
                    yield Item(
                        family="Bearings",
                        key=f"{brand_code} {brand}",
                        name=f"Deep groove ball bearing {brand_code} {brand}",
                        description=(
                            f"RODAMIENTO RIGIDO DE BOLAS {brand_code} {brand} "
                            f"{bore}X{outer}X{width}MM {seal_es.upper()}"
                        ),
                        brand=brand,
                        uom="EA",
                        list_price=_price(base * factor),
                        aliases=aliases,
                        attributes={
                            "type": "deep_groove_ball",
                            "designation": designation,
                            "seal": seal,
                            "bore_mm": str(bore),
                            "od_mm": str(outer),
                            "width_mm": str(width),
                            **({"clearance": clearance} if clearance else {}),
                        },
                        group=f"brg {designation} {seal} {clearance}",
                    )


# --- Fasteners ------------------------------------------------------------------
FINISHES = [
    ("8.8", "zinc plated", "G8.8 ZINCADO", "8.8 ZP", 1.0),
    ("10.9", "black oxide", "G10.9 PAVONADO", "10.9 BLACK", 1.6),
    ("A2-70", "stainless steel A2", "INOX A2-70", "A2 INOX", 3.2),
    ("8.8", "hot-dip galvanized", "G8.8 GALVANIZADO EN CALIENTE", "8.8 HDG", 1.5),
    ("A4-80", "stainless steel A4", "INOX A4-80", "A4 INOX", 4.5),
]
THREADS = [8, 10, 12, 6, 16, 5, 20, 14, 24, 4, 18, 22, 27, 30, 3, 33, 36]
LENGTHS = [
    20,
    25,
    30,
    35,
    40,
    45,
    50,
    60,
    70,
    80,
    90,
    100,
    110,
    120,
    130,
    140,
    150,
    160,
    180,
    200,
    16,
    12,
    10,
    8,
    55,
    65,
    75,
    85,
    95,
    220,
    240,
    260,
    280,
    300,
]
BOLT_TYPES = [
    ("Hex bolt", "DIN 933", "PERNO HEXAGONAL", "full thread", "HILO COMPLETO"),
    ("Hex bolt", "DIN 931", "PERNO HEXAGONAL", "partial thread", "HILO PARCIAL"),
    ("Socket head cap screw", "DIN 912", "TORNILLO ALLEN CABEZA CILINDRICA", "", ""),
    ("Countersunk socket screw", "DIN 7991", "TORNILLO ALLEN CABEZA AVELLANADA", "", ""),
    ("Carriage bolt", "DIN 603", "PERNO COCHE", "", ""),
]


def _fits(diameter: int, length: int) -> bool:
    return diameter * 1.2 <= length <= max(diameter * 16, 40)


FASTENER_BRANDS = ["Bossard", "Fabory", "Wurth", "Unbrako"]
LONG_LENGTHS = [x for x in range(5, 501, 5) if x not in LENGTHS]


def fasteners() -> Iterator[Item]:
    """Unbranded common sizes first; then long lengths; then the same lines by supplier brand."""
    nuts = metric_nuts_and_washers()
    inch = inch_bolts()
    bolts = metric_bolts(None, LENGTHS)
    for item in itertools.chain.from_iterable(
        itertools.zip_longest(bolts, bolts, bolts, nuts, inch)
    ):
        if item is not None:
            yield item
    yield from metric_bolts(None, LONG_LENGTHS)
    for brand in FASTENER_BRANDS:
        yield from metric_bolts(brand, LENGTHS + LONG_LENGTHS)
        yield from metric_nuts_and_washers(brand)


def metric_bolts(brand: str | None, lengths: list[int]) -> Iterator[Item]:
    """Bolts in order of how often they are bought: size, then length, finish and type."""
    tag = f" {brand}" if brand else ""
    combos = [
        (d, length, f, t)
        for f in range(len(FINISHES))
        for d in THREADS
        for length in lengths
        for t in range(len(BOLT_TYPES))
        if _fits(d, length) and not (BOLT_TYPES[t][1] in ("DIN 7991", "DIN 603") and f > 2)
    ]
    combos.sort(
        key=lambda c: THREADS.index(c[0]) + lengths.index(c[1]) * 0.6 + c[2] * 2.5 + c[3] * 1.2
    )
    for diameter, length, finish_index, type_index in combos:
        name, din, name_es, thread, thread_es = BOLT_TYPES[type_index]
        grade, finish, finish_es, short, factor = FINISHES[finish_index]
        size = f"M{diameter}x{length}"
        price = (0.02 + diameter * diameter * length * 0.000045) * factor
        yield Item(
            family="Fasteners",
            key=f"{din} {size} {short}{tag}",
            name=f"{name} {din} {size} {grade} {finish}" + (f", {thread}" if thread else "") + tag,
            description=f"{name_es} {din} M{diameter}X{length} {finish_es}"
            + (f" {thread_es}" if thread_es else "")
            + tag.upper(),
            brand=brand,
            uom="EA",
            list_price=_price(price),
            aliases=[f"{size} {short}"],
            attributes={
                "thread": f"M{diameter}",
                "length_mm": str(length),
                "grade": grade,
                "finish": short,
                "standard": din,
            },
            group=f"bolt {din} {size} {short}",
        )


def metric_nuts_and_washers(brand: str | None = None) -> Iterator[Item]:
    tag = f" {brand}" if brand else ""
    kinds = [
        ("Hex nut", "DIN 934", "TUERCA HEXAGONAL", 0.6),
        ("Flat washer", "DIN 125", "GOLILLA PLANA", 0.25),
        ("Nylon insert lock nut", "DIN 985", "TUERCA SEGURIDAD NYLON", 1.0),
        ("Spring lock washer", "DIN 127", "GOLILLA DE PRESION", 0.3),
    ]
    for grade, finish, finish_es, short, factor in FINISHES:
        for diameter in THREADS:
            for name, din, name_es, weight in kinds:
                yield Item(
                    family="Fasteners",
                    key=f"{din} M{diameter} {short}{tag}",
                    name=f"{name} {din} M{diameter} {finish}{tag}",
                    description=f"{name_es} {din} M{diameter} {finish_es}{tag.upper()}",
                    brand=brand,
                    uom="EA",
                    list_price=_price((0.01 + diameter * diameter * 0.0011 * weight) * factor),
                    aliases=[f"M{diameter} {short}"],
                    attributes={
                        "thread": f"M{diameter}",
                        "grade": grade,
                        "finish": short,
                        "standard": din,
                    },
                    group=f"nut {din} M{diameter} {short}",
                )


INCH_THREADS = [
    ("1/4", 20),
    ("5/16", 18),
    ("3/8", 16),
    ("1/2", 13),
    ("5/8", 11),
    ("3/4", 10),
    ("7/16", 14),
    ("7/8", 9),
    ("1", 8),
]
INCH_LENGTHS = ["1", "1-1/2", "2", "3/4", "2-1/2", "3", "4", "1-1/4", "5", "6", "1/2", "1-3/4"]


def inch_bolts() -> Iterator[Item]:
    for grade, finish, finish_es, factor in [
        ("Grade 5", "zinc plated", "G5 ZINCADO", 1.0),
        ("Grade 8", "yellow zinc", "G8 BICROMATADO", 1.5),
    ]:
        for (size, tpi), length in itertools.product(INCH_THREADS, INCH_LENGTHS):
            eighths = _fraction(size)
            price = 0.05 + eighths * eighths * _fraction(length) * 0.9 * factor / 64
            yield Item(
                family="Fasteners",
                key=f"HHCS {size}-{tpi} x {length} {grade}",
                name=f'Hex cap screw {size}"-{tpi} UNC x {length}" {grade} {finish}',
                description=f'PERNO HEXAGONAL {size}"-{tpi} UNC X {length}" {finish_es}',
                brand=None,
                uom="EA",
                list_price=_price(price),
                aliases=[f"{size}-{tpi} x {length} {grade.replace('Grade ', 'GR')}"],
                attributes={"thread": f'{size}"-{tpi} UNC', "length_in": length, "grade": grade},
            )


def _fraction(text: str) -> float:
    whole, _, frac = text.partition("-") if "/" in text and "-" in text else ("", "", text)
    num, _, den = frac.partition("/")
    value = float(num) / float(den) if den else float(num)
    return value + (float(whole) if whole else 0.0)


# --- Valves and fittings ----------------------------------------------------------
PIPE_SIZES = ["1/2", "3/4", "1", "1/4", "3/8", "1-1/4", "1-1/2", "2", "2-1/2", "3", "4"]


def valves() -> Iterator[Item]:
    kinds = [
        ("Ball valve", "VALVULA DE BOLA", "full port 600 WOG", "PASO TOTAL 600WOG", 9.0),
        ("Gate valve", "VALVULA COMPUERTA", "class 125", "CLASE 125", 12.0),
        ("Swing check valve", "VALVULA RETENCION CHARNELA", "class 125", "CLASE 125", 11.0),
        ("90° elbow", "CODO 90°", "threaded", "HILO", 1.6),
        ("Tee", "TEE", "threaded", "HILO", 2.0),
        ("Coupling", "COPLA", "threaded", "HILO", 1.2),
        ("Union", "UNION AMERICANA", "threaded", "HILO", 3.5),
        ("Hex nipple", "NIPLE HEXAGONAL", "threaded", "HILO", 1.0),
        ("45° elbow", "CODO 45°", "threaded", "HILO", 1.7),
    ]
    materials = [
        ("brass", "BRONCE", 1.0),
        ("stainless steel 316", "ACERO INOX 316", 2.4),
        ("galvanized steel", "ACERO GALVANIZADO", 0.7),
        ("carbon steel", "ACERO CARBONO", 0.8),
    ]
    ends = ["NPT", "BSP"]
    for end, (material, material_es, mfactor) in itertools.product(ends, materials):
        for size in PIPE_SIZES:
            for name, name_es, spec, spec_es, base in kinds:
                if name.endswith("valve") and material.startswith("galvanized"):
                    continue
                inches = _fraction(size)
                yield Item(
                    family="Valves & Fittings",
                    key=f"{name} {size} {material} {end}",
                    name=f'{name} {material} {size}" {end} {spec}',
                    description=f'{name_es} {material_es} {size}" {end} {spec_es}',
                    brand=None,
                    uom="EA",
                    list_price=_price(base * mfactor * (0.6 + inches * 1.5) ** 1.4),
                    attributes={"size": f'{size}"', "material": material, "end": end},
                    group=f"valve {name} {size} {end} {material}",
                )


# --- Electrical -----------------------------------------------------------------
def electrical() -> Iterator[Item]:
    brands = [("Schneider", 1.2), ("ABB", 1.15), ("Siemens", 1.2), ("Chint", 0.7)]
    gauges = ["12", "14", "10", "8", "6", "4", "2", "1/0"]
    colors = [
        ("black", "NEGRO"),
        ("white", "BLANCO"),
        ("red", "ROJO"),
        ("green", "VERDE"),
        ("blue", "AZUL"),
        ("yellow", "AMARILLO"),
    ]
    for gauge, (color, color_es) in itertools.product(gauges, colors):
        yield Item(
            "Electrical",
            f"THHN {gauge} {color}",
            f"Building wire THHN {gauge} AWG {color}",
            f"CABLE THHN {gauge} AWG {color_es}",
            None,
            "M",
            _price(0.3 * (gauges.index(gauge) + 1) ** 1.3),
            attributes={"gauge_awg": gauge, "color": color},
        )
    for (brand, factor), poles, amps in itertools.product(
        brands, ["1P", "2P", "3P"], [16, 20, 10, 25, 32, 6, 40, 50, 63]
    ):
        yield Item(
            "Electrical",
            f"MCB {brand} {poles} {amps}A",
            f"Miniature circuit breaker {poles} {amps}A curve C 10kA {brand}",
            f"INTERRUPTOR AUTOMATICO {poles} {amps}A CURVA C 10KA {brand.upper()}",
            brand,
            "EA",
            _price((6 + amps * 0.15) * int(poles[0]) * factor),
            attributes={"poles": poles, "amps": str(amps), "curve": "C"},
            group=f"mcb {poles} {amps}",
        )
    for (brand, factor), amps, coil in itertools.product(
        brands, [9, 12, 18, 25, 32, 40, 50, 65, 80, 95], ["220VAC", "24VDC", "110VAC"]
    ):
        yield Item(
            "Electrical",
            f"Contactor {brand} {amps}A {coil}",
            f"Contactor 3P {amps}A coil {coil} {brand}",
            f"CONTACTOR TRIPOLAR {amps}A BOBINA {coil} {brand.upper()}",
            brand,
            "EA",
            _price((18 + amps * 1.1) * factor),
            attributes={"amps": str(amps), "coil": coil},
            group=f"contactor {amps} {coil}",
        )
    for length, width in itertools.product([100, 150, 200, 300, 370, 450], [2.5, 3.6, 4.8, 7.6]):
        yield Item(
            "Electrical",
            f"Cable tie {length}x{width}",
            f"Nylon cable tie {length}x{width}mm black, bag of 100",
            f"AMARRA PLASTICA {length}X{width}MM NEGRA BOLSA 100 UN",
            None,
            "BOX",
            _price(1.5 + length * width * 0.004),
            pack_qty=100,
            attributes={"length_mm": str(length), "width_mm": str(width)},
        )


# --- Abrasives, welding, belts, safety ------------------------------------------------
def abrasives() -> Iterator[Item]:
    brands = [("Norton", 1.1), ("3M", 1.3), ("Klingspor", 1.2), ("Tyrolit", 1.15), ("Dewalt", 1.0)]
    wheels = [
        ('4-1/2"', "115x1.0x22.23", 115),
        ('4-1/2"', "115x1.6x22.23", 115),
        ('7"', "180x1.6x22.23", 180),
        ('9"', "230x1.9x22.23", 230),
        ('14"', "355x3.0x25.4", 355),
        ('5"', "125x1.0x22.23", 125),
    ]
    materials = [("inox", "INOX"), ("metal", "METAL")]
    for (brand, factor), (inch, dims, mm), (material, material_es) in itertools.product(
        brands, wheels, materials
    ):
        yield Item(
            "Abrasives",
            f"Cutoff {dims} {material} {brand}",
            f"Cut-off wheel {inch} {dims} {material} {brand}",
            f"DISCO DE CORTE {dims.upper()} {material_es} {brand.upper()}",
            brand,
            "EA",
            _price((0.8 + mm * 0.012) * factor),
            attributes={"diameter_mm": str(mm), "dims": dims, "material": material},
            group=f"cutoff {dims} {material}",
        )
    for (brand, factor), grit, (inch, mm) in itertools.product(
        brands, [40, 60, 80, 120], [('4-1/2"', 115), ('7"', 180)]
    ):
        yield Item(
            "Abrasives",
            f"Flap disc {mm} G{grit} {brand}",
            f"Flap disc {inch} {mm}mm grit {grit} zirconia {brand}",
            f"DISCO FLAP {mm}MM GRANO {grit} ZIRCONIO {brand.upper()}",
            brand,
            "EA",
            _price((2.5 + mm * 0.02) * factor),
            attributes={"diameter_mm": str(mm), "grit": str(grit)},
            group=f"flap {mm} {grit}",
        )


def welding() -> Iterator[Item]:
    brands = [("Lincoln", 1.2), ("ESAB", 1.15), ("Indura", 1.0)]
    for (brand, factor), aws, (inch, mm) in itertools.product(
        brands,
        ["E6011", "E7018", "E6013", "E308L-16"],
        [("1/8", "3.2"), ("3/32", "2.4"), ("5/32", "4.0"), ("3/16", "4.8")],
    ):
        stainless = aws.startswith("E308")
        yield Item(
            "Welding",
            f"Electrode {aws} {inch} {brand}",
            f'Welding electrode {aws} {inch}" ({mm}mm) {brand}',
            f'ELECTRODO {aws} {inch}" ({mm}MM) {brand.upper()}',
            brand,
            "KG",
            _price((4.5 if not stainless else 19.0) * factor),
            attributes={"aws": aws, "diameter_in": inch, "diameter_mm": mm},
            group=f"electrode {aws} {inch}",
        )
    for (brand, factor), mm in itertools.product(brands, ["0.9", "0.8", "1.0", "1.2"]):
        yield Item(
            "Welding",
            f"MIG wire {mm} {brand}",
            f"MIG welding wire ER70S-6 {mm}mm 15 kg spool {brand}",
            f"ALAMBRE MIG ER70S-6 {mm}MM ROLLO 15 KG {brand.upper()}",
            brand,
            "EA",
            _price(42 * factor),
            attributes={"aws": "ER70S-6", "diameter_mm": mm},
            group=f"mig {mm}",
        )


def belts() -> Iterator[Item]:
    brands = [("Gates", 1.2), ("Optibelt", 1.15), ("Dayco", 1.0), ("Bando", 1.05)]
    for section, lengths in [
        ("A", range(26, 129, 2)),
        ("B", range(26, 181, 2)),
        ("C", range(51, 241, 3)),
        ("3V", range(250, 1401, 10)),
        ("5V", range(500, 2801, 20)),
    ]:
        for length in lengths:
            for brand, factor in brands:
                code = f"{section}{length}"
                yield Item(
                    "Belts",
                    f"V-belt {code} {brand}",
                    f"Classical V-belt {code} {brand}",
                    f"CORREA EN V {code} {brand.upper()}",
                    brand,
                    "EA",
                    _price(
                        (3 + length * {"A": 0.09, "B": 0.13, "C": 0.2}.get(section, 0.02)) * factor
                    ),
                    attributes={"section": section, "length": str(length)},
                    group=f"vbelt {code}",
                )


def safety() -> Iterator[Item]:
    sizes = ["M", "L", "XL", "S"]
    gloves = [
        ("Nitrile coated work glove", "GUANTE RECUBIERTO NITRILO", 2.4),
        ("Leather welding glove", "GUANTE SOLDADOR CUERO", 6.9),
        ("Cut resistant glove level 5", "GUANTE ANTICORTE NIVEL 5", 8.5),
    ]
    for (name, name_es, price), size in itertools.product(gloves, sizes):
        yield Item(
            "Safety",
            f"{name} {size}",
            f"{name}, size {size}",
            f"{name_es} TALLA {size}",
            None,
            "PAIR",
            _price(price),
            attributes={"size": size},
        )
    for lens, lens_es in [("clear", "CLARO"), ("dark", "OSCURO"), ("amber", "AMBAR")]:
        yield Item(
            "Safety",
            f"Glasses {lens}",
            f"Safety glasses {lens} anti-fog",
            f"LENTE DE SEGURIDAD {lens_es} ANTIEMPANANTE",
            "3M",
            "EA",
            _price(4.2),
        )
    for color, color_es in [
        ("white", "BLANCO"),
        ("yellow", "AMARILLO"),
        ("blue", "AZUL"),
        ("red", "ROJO"),
    ]:
        yield Item(
            "Safety",
            f"Helmet {color}",
            f"Safety helmet {color} with ratchet",
            f"CASCO DE SEGURIDAD {color_es} CON RACHET",
            "MSA",
            "EA",
            _price(11.5),
        )
    yield Item(
        "Safety",
        "Ear plugs",
        "Foam ear plugs, box of 200 pairs",
        "TAPON AUDITIVO ESPUMA CAJA 200 PARES",
        "3M",
        "BOX",
        _price(38),
        pack_qty=200,
    )
    for boot in range(38, 47):
        yield Item(
            "Safety",
            f"Boot {boot}",
            f"Safety boot steel toe size {boot}",
            f"ZAPATO DE SEGURIDAD PUNTA ACERO TALLA {boot}",
            None,
            "PAIR",
            _price(46),
            attributes={"size": str(boot)},
        )


FAMILIES = {
    "BRG": bearings,
    "FAS": fasteners,
    "VAL": valves,
    "ELE": electrical,
    "ABR": abrasives,
    "WLD": welding,
    "BLT": belts,
    "SAF": safety,
}


def generate(count: int) -> list[tuple[str, Item]]:
    """`count` items as (sku, item), taken round-robin across families, common items first."""
    streams = {prefix: make() for prefix, make in FAMILIES.items()}
    numbers = dict.fromkeys(streams, 10000)
    seen: set[tuple[str, str]] = set()
    result: list[tuple[str, Item]] = []
    while len(result) < count and streams:
        for prefix in list(streams):
            item = next(streams[prefix], None)
            if item is None:
                del streams[prefix]
                continue
            if (item.family, item.key) in seen:
                continue
            seen.add((item.family, item.key))
            numbers[prefix] += 1
            result.append((f"{prefix}-{numbers[prefix]}", item))
            if len(result) == count:
                break
    if len(result) < count:
        raise ValueError(f"the demo catalog holds at most {len(result)} products")
    return result
