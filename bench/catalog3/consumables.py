"""Abrasives (cut-off and grinding wheels, flap discs, waterproof sandpaper), adhesives and
chemicals (threadlockers, retaining compounds, instant adhesives, lubricants) and cutting and
hand tools (drills, tapes)."""

from __future__ import annotations

from .model import Product, pick, price

SHORT = {
    "Norton": "NOR",
    "Klingspor": "KLI",
    "Bosch": "BOS",
    "3M": "3M",
    "Loctite": "LOC",
    "Permatex": "PMX",
    "Mobil": "MOB",
    "Shell": "SHE",
    "WD-40": "WD40",
    "Dormer": "DOR",
    "Nachi": "NAC",
    "Stanley": "STA",
}


def _row(
    family: str,
    sku: str,
    name: str,
    desc: str,
    brand: str,
    base: float,
    facts: dict[str, str],
    aliases: list[str] | None = None,
    pack: int = 1,
    active: bool = True,
) -> Product:
    return Product(
        sku=sku,
        name=name,
        description=desc,
        family=family,
        brand=brand,
        uom="EA",
        list_price=price(base, sku),
        facts=facts,
        aliases=aliases or [],
        pack_qty=pack,
        active=active,
    )


def abrasives() -> list[Product]:
    rows = []
    cutoff = [
        ("4-1/2", ".045", "7/8", 25),
        ("7", "1/16", "7/8", 25),
        ("9", "5/64", "7/8", 25),
        ("14", "7/64", "1", 10),
    ]
    for dia, thick, arbor, pack in cutoff:
        for brand in pick(f"cut{dia}", ["Norton", "Klingspor", "Bosch", "3M"], 3):
            rows.append(
                _row(
                    "abrasives",
                    f"DIS-COR-{dia}-{SHORT[brand]}",
                    f'Cut-off wheel {dia}" x {thick}" x {arbor}", metal and stainless, {brand}',
                    f"DISCO CORTE {dia} X {thick} X {arbor} METAL/INOX {brand.upper()}",
                    brand,
                    1.1 * float(dia.split("-")[0]) / 4,
                    {"type": "cutoff_wheel", "diameter": dia},
                    pack=pack,
                )
            )
    for dia in ("4-1/2", "7", "9"):
        for brand in ("Norton", "Klingspor", "Bosch"):
            rows.append(
                _row(
                    "abrasives",
                    f"DIS-DES-{dia}-{SHORT[brand]}",
                    f'Grinding wheel type 27 {dia}" x 1/4" x 7/8", metal, {brand}',
                    f"DISCO DESBASTE {dia} X 1/4 X 7/8 {brand.upper()}",
                    brand,
                    2.2 * float(dia.split("-")[0]) / 4,
                    {"type": "grinding_wheel", "diameter": dia},
                    pack=10,
                )
            )
    for dia, grits in (("4-1/2", ["40", "60", "80", "120"]), ("7", ["40", "60", "80"])):
        for grit in grits:
            brands = ["Norton", "Klingspor", "3M"] if dia == "4-1/2" else ["Norton", "Klingspor"]
            for brand in brands:
                rows.append(
                    _row(
                        "abrasives",
                        f"DIS-LAM-{dia}-{grit}-{SHORT[brand]}",
                        f'Flap disc type 29 {dia}" x 7/8" zirconia grit {grit}, {brand}',
                        f"DISCO LAMINADO {dia} GR. {grit} ZIRC. {brand.upper()}",
                        brand,
                        3.5,
                        {"type": "flap_disc", "diameter": dia, "grit": grit},
                        pack=10,
                    )
                )
    grits = [
        "80",
        "100",
        "120",
        "150",
        "180",
        "220",
        "240",
        "280",
        "320",
        "360",
        "400",
        "500",
        "600",
        "800",
        "1000",
        "1200",
        "1500",
        "2000",
    ]
    for grit in grits:
        for brand in pick(f"lija{grit}", ["3M", "Norton", "Klingspor"], 2):
            ref = f"Wetordry 413Q {grit}" if brand == "3M" else f"T401 {grit}"
            rows.append(
                _row(
                    "abrasives",
                    f"LIJ-AGU-{grit}-{SHORT[brand]}",
                    f'Waterproof sandpaper sheet 9" x 11" grit {grit}, {brand}',
                    f"LIJA AGUA 9X11 GR. {grit} {brand.upper()}",
                    brand,
                    0.55,
                    {"type": "sandpaper", "grit": grit},
                    [ref] if brand == "3M" else [],
                    pack=50,
                )
            )
    for dia, width, grit in (
        ("6", "3/4", "36"),
        ("6", "3/4", "60"),
        ("8", "1", "36"),
        ("8", "1", "60"),
    ):
        rows.append(
            _row(
                "abrasives",
                f"PIE-ESM-{dia}-{grit}-NOR",
                f'Bench grinding wheel {dia}" x {width}" x 1" aluminium oxide grit {grit}, Norton',
                f"PIEDRA ESMERIL {dia} X {width} GR. {grit} NORTON",
                "Norton",
                12,
                {"type": "bench_wheel", "diameter": dia, "grit": grit},
            )
        )
    return rows


THREADLOCKERS = [
    ("222", "purple", "low"),
    ("242", "blue", "medium"),
    ("243", "blue", "medium"),
    ("262", "red", "high"),
    ("263", "red", "high"),
    ("271", "red", "high"),
    ("272", "red", "high"),
    ("290", "green", "wicking"),
]
COLOR_ES = {"purple": "MORADO", "blue": "AZUL", "red": "ROJO", "green": "VERDE"}


def chemicals() -> list[Product]:
    rows = []
    for grade, color, strength in THREADLOCKERS:
        for ml in (10, 50, 250):
            idn = 1_300_000 + int(grade) * 100 + ml
            rows.append(
                _row(
                    "chemicals",
                    f"ADH-LOC-{grade}-{ml}",
                    f"Threadlocker Loctite {grade}, {strength} strength {color}, {ml} ml",
                    f"FIJADOR ROSCAS LOCTITE {grade} {COLOR_ES[color]} {ml} ML",
                    "Loctite",
                    ml * 0.45,
                    {
                        "type": "threadlocker",
                        "grade": grade,
                        "color": color,
                        "strength": strength,
                        "volume_ml": str(ml),
                    },
                    [f"IDN {idn}"],
                    active=grade != "242",
                )
            )
    for grade, color, strength in (("24200", "blue", "medium"), ("27100", "red", "high")):
        for ml in (10, 50):
            ref = f"{grade[:3]}{ml}"
            rows.append(
                _row(
                    "chemicals",
                    f"ADH-PMX-{grade}-{ml}",
                    f"Threadlocker Permatex {strength} strength {color}, {ml} ml ({ref})",
                    f"FIJADOR ROSCAS PERMATEX {COLOR_ES[color]} {ml} ML",
                    "Permatex",
                    ml * 0.35,
                    {
                        "type": "threadlocker",
                        "grade": grade,
                        "color": color,
                        "strength": strength,
                        "volume_ml": str(ml),
                    },
                    [ref],
                )
            )
    others = [
        ("609", "retaining", "Retaining compound", "RETENEDOR", 50),
        ("620", "retaining", "Retaining compound high temperature", "RETENEDOR ALTA TEMP.", 50),
        ("638", "retaining", "Retaining compound high strength", "RETENEDOR ALTA RES.", 50),
        ("641", "retaining", "Retaining compound medium strength", "RETENEDOR MEDIA RES.", 50),
        ("515", "gasket", "Flange sealant (gasket maker)", "FORMADOR JUNTAS", 50),
        ("518", "gasket", "Flange sealant (gasket maker) for aluminium", "FORMADOR JUNTAS", 50),
        ("401", "instant", "Instant adhesive general purpose 20 g", "ADHESIVO INSTANTANEO", 20),
        ("406", "instant", "Instant adhesive plastics and rubber 20 g", "ADHESIVO INSTANTANEO", 20),
        ("495", "instant", "Instant adhesive clear 20 g", "ADHESIVO INSTANTANEO", 20),
        ("454", "instant", "Instant adhesive gel 20 g", "ADHESIVO INSTANTANEO GEL", 20),
    ]
    for grade, kind, en, es, size in others:
        rows.append(
            _row(
                "chemicals",
                f"ADH-LOC-{grade}-{size}",
                f"{en} Loctite {grade}, {size} ml",
                f"{es} LOCTITE {grade} {size} {'G' if kind == 'instant' else 'ML'}",
                "Loctite",
                size * 0.5,
                {"type": kind, "grade": grade, "volume_ml": str(size)},
            )
        )
    lubes = [
        (
            "LUB-WD40-11OZ",
            "WD-40 multi-use lubricant spray 11 oz",
            "LUBRICANTE WD-40 AEROSOL 11 OZ",
            "WD-40",
            {"type": "penetrating_oil", "pack": "spray"},
        ),
        (
            "LUB-WD40-1GAL",
            "WD-40 multi-use lubricant 1 gallon",
            "LUBRICANTE WD-40 GALON",
            "WD-40",
            {"type": "penetrating_oil", "pack": "gallon"},
        ),
        (
            "GRA-EP2-CAR-MOB",
            "Grease Mobilux EP 2, 14 oz cartridge",
            "GRASA EP2 CARTUCHO 14 OZ MOBIL",
            "Mobil",
            {"type": "grease", "grade": "EP2", "pack": "cartridge"},
        ),
        (
            "GRA-EP2-CAR-SHE",
            "Grease Gadus S2 V220 2, 14 oz cartridge",
            "GRASA EP2 CARTUCHO 14 OZ SHELL",
            "Shell",
            {"type": "grease", "grade": "EP2", "pack": "cartridge"},
        ),
        (
            "GRA-EP2-CUB-MOB",
            "Grease Mobilux EP 2, 16 kg pail",
            "GRASA EP2 CUBETA 16 KG MOBIL",
            "Mobil",
            {"type": "grease", "grade": "EP2", "pack": "pail"},
        ),
        (
            "GRA-EP2-CUB-SHE",
            "Grease Gadus S2 V220 2, 18 kg pail",
            "GRASA EP2 CUBETA 18 KG SHELL",
            "Shell",
            {"type": "grease", "grade": "EP2", "pack": "pail"},
        ),
        (
            "ANT-LOC-8OZ",
            "Anti-seize Loctite LB 8008 C5-A copper, 8 oz brush top",
            "ANTIAFERRANTE COBRE LOCTITE C5-A 8 OZ",
            "Loctite",
            {"type": "anti_seize", "pack": "8oz"},
        ),
    ]
    for sku, name, desc, brand, facts in lubes:
        rows.append(_row("chemicals", sku, name, desc, brand, 9, facts))
    return rows


def tools() -> list[Product]:
    rows = []
    for tenths in range(10, 135, 5):
        mm = f"{tenths / 10:.1f}"
        for brand in pick(f"drill{mm}", ["Dormer", "Nachi"], 2 if tenths % 10 == 0 else 1):
            ref = f"A002{mm}" if brand == "Dormer" else f"L500 {mm}"
            rows.append(
                _row(
                    "cutting-tools",
                    f"BRO-HSS-{mm}-{SHORT[brand]}",
                    f"Twist drill HSS jobber {mm} mm, 118°, {brand} {ref}",
                    f"BROCA HSS ZANCO REC. {mm} MM {brand.upper()}",
                    brand,
                    1 + tenths / 20,
                    {"type": "twist_drill", "diameter": f"{mm}mm"},
                    [ref],
                    pack=10 if tenths < 60 else 5,
                )
            )
    inch = ["1/16", "3/32", "1/8", "5/32", "3/16", "7/32", "1/4", "5/16", "3/8", "7/16", "1/2"]
    for size in inch:
        rows.append(
            _row(
                "cutting-tools",
                f"BRO-HSS-{size}-DOR",
                f'Twist drill HSS jobber {size}", Dormer A002',
                f"BROCA HSS ZANCO REC. {size} PULG. DORMER",
                "Dormer",
                2.5,
                {"type": "twist_drill", "diameter": size},
                [f"A002{size}"],
                pack=10,
            )
        )
    for sds in (6, 8, 10, 12):
        rows.append(
            _row(
                "cutting-tools",
                f"BRO-SDS-{sds}X160-BOS",
                f"Masonry drill SDS-plus {sds} x 160 mm, Bosch",
                f"BROCA CONCRETO SDS-PLUS {sds} X 160 MM BOSCH",
                "Bosch",
                4 + sds / 3,
                {"type": "masonry_drill", "diameter": f"{sds}mm"},
            )
        )
    for sku, name, desc, facts, ref in (
        (
            "FLX-5M-STA",
            "Tape measure 5 m / 16 ft, Stanley",
            "FLEXOMETRO 5 M STANLEY",
            {"type": "tape_measure", "length": "5m"},
            "33-158",
        ),
        (
            "FLX-8M-STA",
            "Tape measure 8 m / 26 ft, Stanley",
            "FLEXOMETRO 8 M STANLEY",
            {"type": "tape_measure", "length": "8m"},
            "30-696",
        ),
        (
            "CUT-18MM-STA",
            "Snap-off utility knife 18 mm, Stanley",
            "CUTTER 18 MM STANLEY",
            {"type": "utility_knife"},
            "10-280",
        ),
    ):
        rows.append(_row("tools", sku, name, desc, "Stanley", 8, facts, [ref]))
    return rows
