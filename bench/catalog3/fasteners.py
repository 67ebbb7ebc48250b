"""Fasteners: metric and inch hex bolts (full and partial thread, zinc and stainless), socket
head cap screws, nuts, washers, self-drilling screws and wedge anchors. Commodity items have
no brand; anchors come in two brands. Sold by the piece, packed in boxes (`pack_qty`)."""

from __future__ import annotations

from .model import Product, price

FAMILY = "fasteners"
METRIC = {
    "M6": [16, 20, 25, 30, 40],
    "M8": [20, 25, 30, 40, 50, 60],
    "M10": [25, 30, 40, 50, 60, 80],
    "M12": [30, 40, 50, 60, 80, 100],
    "M16": [40, 50, 60, 80, 100],
}
PITCH = {"M6": "1.0", "M8": "1.25", "M10": "1.5", "M12": "1.75", "M16": "2.0", "M20": "2.5"}
INCH = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
INCH_LENGTHS = ["1", "1-1/2", "2", "2-1/2", "3", "4"]
DIA_MM = {"M4": 4, "M5": 5, "M6": 6, "M8": 8, "M10": 10, "M12": 12, "M16": 16, "M20": 20}


def _pack(dia: str) -> int:
    return 100 if dia in ("M4", "M5", "M6", "M8", "1/4", "5/16", "3/8") else 50


def _bolt(sku: str, name: str, desc: str, base: float, facts: dict[str, str]) -> Product:
    return Product(
        sku=sku,
        name=name,
        description=desc,
        family=FAMILY,
        brand="",
        uom="EA",
        list_price=price(base, sku),
        facts=facts,
        pack_qty=_pack(facts["thread"]),
    )


def _metric_bolts() -> list[Product]:
    rows = []
    for dia, lengths in METRIC.items():
        mm = DIA_MM[dia]
        for length in lengths:
            size = f"{dia}X{length}"
            base = 0.012 * mm * mm * (1 + length / 40)
            rows.append(
                _bolt(
                    f"TOR-HEX-{size}-88Z",
                    f"Hex bolt DIN 933 {dia}x{length} full thread, class 8.8, zinc plated",
                    f"TORN. CAB. HEX. {dia}X{length} G8.8 ZINC. R/C",
                    base,
                    {
                        "type": "hex_bolt",
                        "thread": dia,
                        "length": str(length),
                        "grade": "8.8",
                        "finish": "zinc",
                        "threading": "full",
                    },
                )
            )
            if length >= 50:
                rows.append(
                    _bolt(
                        f"TOR-HEXP-{size}-88Z",
                        f"Hex bolt DIN 931 {dia}x{length} partial thread, class 8.8, zinc plated",
                        f"TORN. CAB. HEX. {dia}X{length} G8.8 ZINC. R/P",
                        base * 1.1,
                        {
                            "type": "hex_bolt",
                            "thread": dia,
                            "length": str(length),
                            "grade": "8.8",
                            "finish": "zinc",
                            "threading": "partial",
                        },
                    )
                )
            if dia in ("M6", "M8", "M10") and length <= 40:
                rows.append(
                    _bolt(
                        f"TOR-HEX-{size}-A2",
                        f"Hex bolt DIN 933 {dia}x{length} stainless steel A2-70",
                        f"TORN. CAB. HEX. {dia}X{length} INOX A2",
                        base * 2.8,
                        {
                            "type": "hex_bolt",
                            "thread": dia,
                            "length": str(length),
                            "grade": "A2-70",
                            "finish": "stainless",
                            "threading": "full",
                        },
                    )
                )
    for dia, tpi in INCH.items():
        for size in INCH_LENGTHS:
            for grade in ("5", "8"):
                finish = "zinc" if grade == "5" else "yellow zinc"
                finish_es = "ZINC." if grade == "5" else "ZINC. AMAR."
                rows.append(
                    _bolt(
                        f"TOR-HEX-{dia}X{size}-G{grade}",
                        f'Hex cap screw {dia}"-{tpi} UNC x {size}" grade {grade}, {finish}',
                        f'TORN. CAB. HEX. {dia}-{tpi} X {size}" G{grade} {finish_es}',
                        0.08 * (1 + list(INCH).index(dia)) * (1.6 if grade == "8" else 1),
                        {
                            "type": "hex_bolt",
                            "thread": dia,
                            "length": size,
                            "grade": grade,
                            "finish": finish,
                            "threading": "full" if size < "2" else "partial",
                        },
                    )
                )
    for dia in ("M4", "M5", "M6", "M8", "M10", "M12"):
        for length in (10, 16, 20, 25, 30, 40):
            if DIA_MM[dia] >= 8 and length < 16:
                continue
            rows.append(
                _bolt(
                    f"TOR-ALL-{dia}X{length}-129",
                    f"Socket head cap screw DIN 912 {dia}x{length}, class 12.9, black",
                    f"TORN. ALLEN CAB. CIL. {dia}X{length} G12.9 PAVON",
                    0.01 * DIA_MM[dia] ** 2 * (1 + length / 30),
                    {
                        "type": "socket_cap_screw",
                        "thread": dia,
                        "length": str(length),
                        "grade": "12.9",
                    },
                )
            )
    return rows


def _nuts_washers() -> list[Product]:
    rows = []
    for dia in ("M6", "M8", "M10", "M12", "M16", "M20"):
        mm = DIA_MM[dia]
        specs = [
            (
                "TUE-HEX",
                f"Hex nut DIN 934 {dia}x{PITCH[dia]}, class 8, zinc plated",
                f"TUERCA HEX. {dia} CL8 ZINC.",
                {"type": "hex_nut"},
            ),
            (
                "TUE-NYL",
                f"Nylon insert lock nut DIN 985 {dia}, zinc plated",
                f"TUERCA SEG. NYLON {dia} ZINC.",
                {"type": "lock_nut"},
            ),
            (
                "ARA-PLA",
                f"Flat washer DIN 125 {dia}, zinc plated",
                f"RONDANA PLANA {dia} ZINC.",
                {"type": "flat_washer"},
            ),
            (
                "ARA-PRE",
                f"Split lock washer DIN 127 {dia}, zinc plated",
                f"RONDANA PRESION {dia} ZINC.",
                {"type": "lock_washer"},
            ),
        ]
        for prefix, name, desc, facts in specs:
            sku = f"{prefix}-{dia}-Z"
            rows.append(
                Product(
                    sku=sku,
                    name=name,
                    description=desc,
                    family=FAMILY,
                    brand="",
                    uom="EA",
                    list_price=price(0.004 * mm * mm, sku),
                    facts={**facts, "thread": dia, "finish": "zinc"},
                    pack_qty=_pack(dia),
                )
            )
    for dia, tpi in INCH.items():
        inch_specs = [
            (
                "TUE-HEX",
                "G5",
                f'Hex nut {dia}"-{tpi} UNC grade 5, zinc plated',
                f"TUERCA HEX. {dia}-{tpi} G5 ZINC.",
                {"type": "hex_nut", "grade": "5"},
            ),
            (
                "TUE-HEX",
                "G8",
                f'Hex nut {dia}"-{tpi} UNC grade 8, yellow zinc',
                f"TUERCA HEX. {dia}-{tpi} G8 ZINC. AMAR.",
                {"type": "hex_nut", "grade": "8"},
            ),
            (
                "TUE-NYL",
                "Z",
                f'Nylon insert lock nut {dia}"-{tpi} UNC, zinc plated',
                f"TUERCA SEG. NYLON {dia}-{tpi} ZINC.",
                {"type": "lock_nut"},
            ),
            (
                "ARA-PLA",
                "SAE",
                f'Flat washer SAE {dia}", zinc plated',
                f"RONDANA PLANA SAE {dia} ZINC.",
                {"type": "flat_washer"},
            ),
            (
                "ARA-PRE",
                "Z",
                f'Split lock washer {dia}", zinc plated',
                f"RONDANA PRESION {dia} ZINC.",
                {"type": "lock_washer"},
            ),
        ]
        for prefix, suffix, name, desc, facts in inch_specs:
            sku = f"{prefix}-{dia}-{suffix}"
            rows.append(
                Product(
                    sku=sku,
                    name=name,
                    description=desc,
                    family=FAMILY,
                    brand="",
                    uom="EA",
                    list_price=price(0.06 * (1 + len(rows) % 6), sku),
                    facts={**facts, "thread": dia},
                    pack_qty=_pack(dia),
                )
            )
    return rows


def _screws_anchors() -> list[Product]:
    rows = []
    for gauge, length in (
        ("10", "3/4"),
        ("10", "1"),
        ("12", "1"),
        ("12", "1-1/2"),
        ("14", "1"),
        ("14", "2"),
    ):
        sku = f"PIJ-BRO-{gauge}X{length}"
        rows.append(
            Product(
                sku=sku,
                name=f'Self-drilling screw hex washer head #{gauge} x {length}", zinc',
                description=f'PIJA BROCA CAB. HEX. #{gauge} X {length}" ZINC.',
                family=FAMILY,
                brand="",
                uom="EA",
                list_price=price(0.05, sku),
                pack_qty=100,
                facts={"type": "self_drilling_screw", "gauge": gauge, "length": length},
            )
        )
    refs = {"Hilti": "KB-TZ2 {d}x{l}", "Red Head": "WS-{code}"}
    codes = {
        ("1/4", "2-1/4"): "1420",
        ("3/8", "3"): "3830",
        ("1/2", "4-1/4"): "1240",
        ("5/8", "5"): "5850",
        ("3/4", "5-1/2"): "3455",
    }
    for (dia, length), code in codes.items():
        for brand, short in (("Hilti", "HIL"), ("Red Head", "RHD")):
            sku = f"ANC-EXP-{dia}X{length}-{short}"
            rows.append(
                Product(
                    sku=sku,
                    name=f'Wedge anchor {dia}" x {length}", zinc, {brand}',
                    description=f'ANCLA EXPANSION {dia} X {length}" ZINC. {brand.upper()}',
                    family=FAMILY,
                    brand=brand,
                    uom="EA",
                    list_price=price(0.9 + len(code) / 10, sku),
                    pack_qty=25 if dia in ("1/4", "3/8") else 10,
                    aliases=[refs[brand].format(d=dia, l=length, code=code)],
                    facts={"type": "wedge_anchor", "diameter": dia, "length": length},
                )
            )
    return rows


def products() -> list[Product]:
    return _metric_bolts() + _nuts_washers() + _screws_anchors()
