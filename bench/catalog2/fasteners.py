"""Fasteners (02): metric and inch bolts, nuts, washers, screws sold by the box, anchors."""

from __future__ import annotations

from .model import Item

M_DIAS = ["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16", "M20", "M22", "M24", "M30"]
M_LENGTHS = [
    8,
    10,
    12,
    16,
    20,
    25,
    30,
    35,
    40,
    45,
    50,
    55,
    60,
    65,
    70,
    75,
    80,
    90,
    100,
    110,
    120,
    130,
    150,
    160,
    180,
    200,
]
# finish code -> (ERP text, English, Spanish)
M_FINISH = {
    "8.8ZN": ("G8.8 ZN", "8.8 zinc plated", "8.8 zincado"),
    "8.8": ("G8.8 NEGRO", "8.8 plain", "8.8 negro"),
    "10.9": ("G10.9 NEGRO", "10.9 black", "10.9 negro"),
    "A2": ("INOX A2", "stainless A2", "inox A2"),
    "A4": ("INOX A4", "stainless A4", "inox A4"),
    "HDG": ("G8.8 GALV.CAL.", "8.8 hot-dip galvanized", "8.8 galvanizado en caliente"),
}
CORE_M = {
    ("M6", 20),
    ("M8", 20),
    ("M8", 25),
    ("M8", 30),
    ("M8", 40),
    ("M10", 30),
    ("M10", 40),
    ("M10", 50),
    ("M12", 40),
    ("M12", 50),
    ("M12", 60),
    ("M16", 60),
    ("M16", 80),
    ("M20", 80),
}
INCH = [
    ("1/4", "20"),
    ("5/16", "18"),
    ("3/8", "16"),
    ("7/16", "14"),
    ("1/2", "13"),
    ("5/8", "11"),
    ("3/4", "10"),
    ("7/8", "9"),
    ("1", "8"),
]
INCH_LEN = ["1/2", "3/4", "1", "1-1/4", "1-1/2", "1-3/4", "2", "2-1/2", "3", "3-1/2", "4", "5", "6"]
CORE_INCH = {
    ("3/8", "1"),
    ("3/8", "1-1/2"),
    ("1/2", "1-1/2"),
    ("1/2", "2"),
    ("5/8", "2"),
    ("1/4", "1"),
    ("3/4", "3"),
}
I_GRADE = {
    "G5": ("G5 ZN", "grade 5 zinc", "grado 5 zincado"),
    "G8": ("G8 AMARILLO", "grade 8 yellow zinc", "grado 8 bicromatado"),
}


def _mm(d: str) -> int:
    return int(d[1:])


def _inch_value(text: str) -> float:
    whole, _, frac = text.partition("-") if "-" in text else ("", "", text)
    if "/" not in text:
        return float(text)
    num, den = (frac or text).split("/")
    return (float(whole) if whole else 0.0) + int(num) / int(den)


def metric_bolts() -> list[Item]:
    items = []
    for std, head in (("DIN933", "PERNO HEX."), ("DIN931", "PERNO HEX."), ("DIN912", "TORN.ALLEN")):
        finishes = ["A2", "10.9"] if std == "DIN912" else list(M_FINISH)
        for dia in M_DIAS:
            for length in M_LENGTHS:
                if length < _mm(dia) * 2 or length > _mm(dia) * 12:
                    continue
                if std == "DIN931" and length < _mm(dia) * 4:
                    continue
                for fin in finishes:
                    erp, en, es = M_FINISH[fin]
                    if std == "DIN912" and fin == "10.9":
                        erp, en, es = "G12.9 NEGRO", "12.9 black", "12.9 negro"
                    size = f"{dia}X{length}"
                    thread = " HILO PARCIAL" if std == "DIN931" else ""
                    noun_en = "Socket head cap screw" if std == "DIN912" else "Hex bolt"
                    noun_es = "Tornillo allen cilíndrico" if std == "DIN912" else "Perno hexagonal"
                    price = 0.02 + _mm(dia) ** 2 * length * 0.000045
                    price *= {"A2": 3.2, "A4": 4.5, "10.9": 1.4, "HDG": 1.6}.get(fin, 1.0)
                    items.append(
                        Item(
                            family_no=2,
                            key=f"MB|{std}|{dia}|{length}|{fin}",
                            kind=f"bolt_{std}",
                            family="Fasteners",
                            brand="",
                            desc=f"{head} {erp} {size} {std}{thread}",
                            name_en=f"{noun_en} {std[:3]} {std[3:]} {dia}x{length} {en}",
                            name_es=f"{noun_es} {std[:3]} {std[3:]} {dia}x{length} {es}",
                            base_price=price,
                            aliases=[f"{dia}X{length} {std}"],
                            attributes={
                                "thread": dia,
                                "length_mm": str(length),
                                "grade": fin,
                                "standard": std,
                            },
                            spec={
                                "std": std,
                                "dia": dia,
                                "len": str(length),
                                "fin": fin,
                                "brand": "",
                            },
                            core=(dia, length) in CORE_M
                            and fin in ("8.8ZN", "A2")
                            and std != "DIN931",
                        )
                    )
    # Würth: stainless DIN 933 also under its own brand, and its anchors (Würth only).
    for dia in ("M6", "M8", "M10", "M12"):
        for length in (20, 25, 30, 40, 50):
            items.append(
                Item(
                    family_no=2,
                    key=f"WB|{dia}|{length}",
                    kind="bolt_DIN933",
                    family="Fasteners",
                    brand="WURTH",
                    desc=f"PERNO HEX. INOX A2 {dia}X{length} DIN933 WURTH",
                    name_en=f"Hex bolt DIN 933 {dia}x{length} stainless A2 Würth",
                    name_es=f"Perno hexagonal DIN 933 {dia}x{length} inox A2 Würth",
                    base_price=0.09 + _mm(dia) ** 2 * length * 0.00017,
                    aliases=[f"0093{_mm(dia):02d} {length:03d}"],
                    attributes={
                        "thread": dia,
                        "length_mm": str(length),
                        "grade": "A2",
                        "standard": "DIN933",
                    },
                    spec={
                        "std": "DIN933",
                        "dia": dia,
                        "len": str(length),
                        "fin": "A2",
                        "brand": "WURTH",
                    },
                    core=(dia, length) in {("M8", 25), ("M10", 30), ("M8", 30)},
                )
            )
    for dia, lengths in (
        ("M8", (75, 95)),
        ("M10", (90, 120)),
        ("M12", (100, 150)),
        ("M16", (145, 180)),
    ):
        for length in lengths:
            art = f"5932 {_mm(dia):03d} {length:03d}"
            items.append(
                Item(
                    family_no=2,
                    key=f"ANC|{dia}|{length}",
                    kind="anchor",
                    family="Fasteners",
                    brand="WURTH",
                    desc=f"ANCLAJE W-FAZ/S {dia}X{length} ZN WURTH",
                    name_en=f"Wedge anchor W-FAZ/S {dia}x{length} zinc Würth",
                    name_es=f"Anclaje mecánico W-FAZ/S {dia}x{length} zincado Würth",
                    base_price=0.6 + _mm(dia) * length * 0.0012,
                    aliases=[art, art.replace(" ", "")],
                    attributes={"thread": dia, "length_mm": str(length)},
                    spec={"dia": dia, "len": str(length), "brand": "WURTH"},
                    core=True,
                )
            )
    return items


def inch_bolts() -> list[Item]:
    items = []
    for dia, tpi in INCH:
        for length in INCH_LEN:
            if _inch_value(length) < _inch_value(dia) * 1.5 and length != "1":
                continue
            for grade, (erp, en, es) in I_GRADE.items():
                items.append(
                    Item(
                        family_no=2,
                        key=f"IB|{dia}|{length}|{grade}",
                        kind="bolt_inch",
                        family="Fasteners",
                        brand="",
                        desc=f"PERNO HEX. UNC {erp} {dia}-{tpi}X{length}",
                        name_en=f"Hex cap screw {dia}-{tpi} x {length} UNC {en}",
                        name_es=f"Perno hexagonal {dia}-{tpi} x {length} UNC {es}",
                        base_price=0.05
                        + _inch_value(dia) ** 2
                        * _inch_value(length)
                        * 0.6
                        * (1.5 if grade == "G8" else 1),
                        aliases=[f"{dia}-{tpi}X{length}"],
                        attributes={
                            "thread": f"{dia}-{tpi} UNC",
                            "length_in": length,
                            "grade": grade,
                        },
                        spec={"dia": dia, "len": length, "grade": grade, "brand": ""},
                        core=(dia, length) in CORE_INCH,
                    )
                )
    for size in ("1/8", "5/32", "3/16", "1/4"):
        for length in ("1/2", "3/4", "1", "1-1/2"):
            items.append(
                Item(
                    family_no=2,
                    key=f"RP|{size}|{length}",
                    kind="roll_pin",
                    family="Fasteners",
                    brand="",
                    desc=f"PASADOR ELAST. {size}X{length} ACERO",
                    name_en=f"Spring roll pin {size} x {length} steel",
                    name_es=f"Pasador elástico {size} x {length} acero",
                    base_price=0.04 + _inch_value(size) * _inch_value(length) * 0.5,
                    attributes={"size": size, "length_in": length},
                    spec={"size": size, "len": length, "brand": ""},
                    core=size == "5/32",
                )
            )
    return items


def nuts_washers() -> list[Item]:
    items = []
    for dia in M_DIAS:
        mm = _mm(dia)
        rows = [
            (
                "NUT934",
                "TUERCA HEX. G8 ZN {d} DIN934",
                "Hex nut DIN 934 {d} grade 8 zinc",
                "Tuerca hexagonal DIN 934 {d} grado 8 zincada",
                "nut_hex",
                0.01 + mm * mm * 0.0004,
            ),
            (
                "NUT934A2",
                "TUERCA HEX. INOX A2 {d} DIN934",
                "Hex nut DIN 934 {d} stainless A2",
                "Tuerca hexagonal DIN 934 {d} inox A2",
                "nut_hex",
                0.03 + mm * mm * 0.0012,
            ),
            (
                "NUT985",
                "TUERCA SEG.NYLON ZN {d} DIN985",
                "Nylon insert lock nut DIN 985 {d} zinc",
                "Tuerca de seguridad con nylon DIN 985 {d} zincada",
                "nut_lock",
                0.02 + mm * mm * 0.0007,
            ),
            (
                "W125",
                "GOLILLA PLANA ZN {d} DIN125",
                "Flat washer DIN 125 {d} zinc",
                "Golilla plana DIN 125 {d} zincada",
                "washer_flat",
                0.005 + mm * mm * 0.0002,
            ),
            (
                "W125A2",
                "GOLILLA PLANA INOX A2 {d} DIN125",
                "Flat washer DIN 125 {d} stainless A2",
                "Golilla plana DIN 125 {d} inox A2",
                "washer_flat",
                0.01 + mm * mm * 0.0006,
            ),
            (
                "W127",
                "GOLILLA PRESION ZN {d} DIN127",
                "Split lock washer DIN 127 {d} zinc",
                "Golilla de presión DIN 127 {d} zincada",
                "washer_lock",
                0.006 + mm * mm * 0.00025,
            ),
        ]
        for code, desc, en, es, kind, price in rows:
            fin = "A2" if code.endswith("A2") else "ZN"
            items.append(
                Item(
                    family_no=2,
                    key=f"{code}|{dia}",
                    kind=kind,
                    family="Fasteners",
                    brand="",
                    desc=desc.format(d=dia),
                    name_en=en.format(d=dia),
                    name_es=es.format(d=dia),
                    base_price=price,
                    attributes={"thread": dia, "finish": fin},
                    spec={"dia": dia, "fin": fin, "std": code.rstrip("A2"), "brand": ""},
                    core=dia in ("M6", "M8", "M10", "M12", "M16"),
                )
            )
    for dia, tpi in INCH:
        v = _inch_value(dia)
        rows = [
            (
                "INUT5",
                f"TUERCA HEX. UNC {dia}-{tpi} G5 ZN",
                f"Hex nut {dia}-{tpi} UNC grade 5 zinc",
                f"Tuerca hexagonal {dia}-{tpi} UNC grado 5 zincada",
                "nut_hex",
                0.03 + v * v * 0.4,
            ),
            (
                "INUT8",
                f"TUERCA HEX. UNC {dia}-{tpi} G8 AMARILLO",
                f"Hex nut {dia}-{tpi} UNC grade 8 yellow zinc",
                f"Tuerca hexagonal {dia}-{tpi} UNC grado 8 bicromatada",
                "nut_hex",
                0.05 + v * v * 0.6,
            ),
            (
                "INYL",
                f"TUERCA SEG.NYLON UNC {dia}-{tpi} ZN",
                f"Nylon insert lock nut {dia}-{tpi} zinc",
                f"Tuerca de seguridad nylon {dia}-{tpi} UNC zincada",
                "nut_lock",
                0.05 + v * v * 0.7,
            ),
            (
                "IWF",
                f"GOLILLA PLANA SAE {dia} ZN",
                f"Flat washer SAE {dia} zinc",
                f"Golilla plana SAE {dia} zincada",
                "washer_flat",
                0.02 + v * v * 0.1,
            ),
            (
                "IWL",
                f"GOLILLA PRESION {dia} ZN",
                f"Split lock washer {dia} zinc",
                f"Golilla de presión {dia} zincada",
                "washer_lock",
                0.02 + v * v * 0.12,
            ),
        ]
        for code, desc, en, es, kind, price in rows:
            items.append(
                Item(
                    family_no=2,
                    key=f"{code}|{dia}",
                    kind=kind,
                    family="Fasteners",
                    brand="",
                    desc=desc,
                    name_en=en,
                    name_es=es,
                    base_price=price,
                    attributes={"thread": dia},
                    spec={"dia": dia, "std": code, "brand": ""},
                    core=dia in ("3/8", "1/2", "5/8"),
                )
            )
    for gauge, length in (
        ("10-16", "3/4"),
        ("12-14", "1"),
        ("12-14", "1-1/2"),
        ("12-14", "2"),
        ("14-14", "1"),
        ("14-14", "2"),
    ):
        items.append(
            Item(
                family_no=2,
                key=f"SDS|{gauge}|{length}",
                kind="screw_selfdrill",
                family="Fasteners",
                brand="",
                desc=f"TORN.AUTOPERF. HEX. {gauge}X{length} ZN (CJ 100)",
                name_en=f"Self-drilling hex washer head screw #{gauge} x {length} zinc "
                "(box of 100)",
                name_es=f"Tornillo autoperforante hexagonal {gauge} x {length} zincado (caja 100)",
                base_price=(0.05 + _inch_value(length) * 0.02) * 100,
                pack_qty=100,
                uom="EA",
                attributes={"gauge": gauge, "length_in": length},
                spec={"gauge": gauge, "len": length, "brand": ""},
                core=True,
            )
        )
    for item in items:
        if item.kind == "screw_selfdrill":
            item.base_price = item.base_price / 100  # priced per screw, sold by the box
    return items


def fasteners() -> list[Item]:
    return metric_bolts() + inch_bolts() + nuts_washers()
