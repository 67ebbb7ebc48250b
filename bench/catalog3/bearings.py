"""Bearings: deep-groove ball bearings in five brands' own seal notation, tapered roller
bearings (inch sets and metric cones), pillow blocks with metric and inch bores."""

from __future__ import annotations

from .model import Product, pick, price, spread

FAMILY = "bearings"
BRANDS = ["NSK", "NTN", "FAG", "Timken", "Nachi"]
CODE = {"NSK": "NSK", "NTN": "NTN", "FAG": "FAG", "Timken": "TIM", "Nachi": "NAC"}
# Each maker's own way to write a seal (and clearance C3) after the designation.
NOTATION = {
    "NSK": {"open": "{d}", "ZZ": "{d}ZZ", "2RS": "{d}DDU", "c3": "{r}C3"},
    "NTN": {"open": "{d}", "ZZ": "{d}ZZ", "2RS": "{d}LLU", "c3": "{r}C3"},
    "FAG": {"open": "{d}", "ZZ": "{d}-2Z", "2RS": "{d}-2RSR", "c3": "{r}-C3"},
    "Timken": {"open": "{d}", "ZZ": "{d}-ZZ", "2RS": "{d}-2RS", "c3": "{r} C3"},
    "Nachi": {"open": "{d}", "ZZ": "{d}ZZE", "2RS": "{d}-2NSE", "c3": "{r}C3"},
}
SEAL_EN = {"open": "open", "ZZ": "ZZ metal shields", "2RS": "2RS rubber seals"}
SEAL_ES = {"open": "ABIERTO", "ZZ": "ZZ", "2RS": "2RS"}
SERIES = (
    [f"60{n:02d}" for n in range(11)]
    + [f"62{n:02d}" for n in range(13)]
    + [f"69{n:02d}" for n in range(11)]
    + [f"63{n:02d}" for n in range(11)]
)
INCH_SETS = [
    ("SET1", "LM11749/LM11710"),
    ("SET2", "LM11949/LM11910"),
    ("SET3", "M12649/M12610"),
    ("SET4", "L44649/L44610"),
    ("SET6", "LM44649/LM44610"),
    ("SET12", "L68149/L68111"),
]
METRIC_TAPERED = [f"302{n:02d}" for n in range(4, 11)] + [f"320{n:02d}" for n in range(5, 11)]
PILLOW = [(f"UCP{n}", None) for n in range(204, 211)] + [
    ("UCP204-12", "3/4"),
    ("UCP205-16", "1"),
    ("UCP206-20", "1-1/4"),
    ("UCP207-23", "1-7/16"),
]


def _ball(designation: str, seal: str, brand: str, c3: bool) -> Product:
    ref = NOTATION[brand][seal].format(d=designation)
    if c3:
        ref = NOTATION[brand]["c3"].format(r=ref)
    seal_code = "" if seal == "open" else f"-{seal}"
    sku = f"ROD-{designation}{seal_code}{'-C3' if c3 else ''}-{CODE[brand]}"
    clearance = " C3" if c3 else ""
    base = {"60": 4.2, "62": 5.8, "63": 8.9, "69": 5.1}[designation[:2]]
    base *= 1 + int(designation[2:]) * 0.35
    return Product(
        sku=sku,
        name=f"Deep groove ball bearing {designation} {SEAL_EN[seal]}{clearance}, {brand} {ref}",
        description=f"ROD. BOLAS {designation} {SEAL_ES[seal]}{clearance} {brand.upper()}",
        family=FAMILY,
        brand=brand,
        uom="EA",
        list_price=price(base * (1.25 if brand in ("FAG", "Timken") else 1.0), sku),
        facts={
            "type": "ball_bearing",
            "designation": designation,
            "seal": seal,
            "clearance": "C3" if c3 else "normal",
        },
        aliases=[ref] if ref != designation else [],
    )


def _tapered() -> list[Product]:
    rows = []
    for set_no, cone_cup in INCH_SETS:
        for brand in ("Timken", "NTN"):
            ref = set_no if brand == "Timken" else f"4T-{cone_cup}"
            sku = f"ROD-CON-{cone_cup.split('/')[0]}-{CODE[brand]}"
            rows.append(
                Product(
                    sku=sku,
                    name=f"Tapered roller bearing set {cone_cup} ({set_no}), {brand}",
                    description=f"ROD. CONICO JGO. {cone_cup} {brand.upper()}",
                    family=FAMILY,
                    brand=brand,
                    uom="EA",
                    list_price=price(14.5, sku),
                    facts={"type": "tapered_bearing", "designation": cone_cup, "set": set_no},
                    aliases=[ref, cone_cup] if brand == "Timken" else [ref],
                )
            )
    for designation in METRIC_TAPERED:
        for brand in pick(designation, ["Timken", "NTN", "FAG"], 2):
            refs = {"Timken": designation, "NTN": f"4T-{designation}", "FAG": f"{designation}-A"}
            sku = f"ROD-CON-{designation}-{CODE[brand]}"
            rows.append(
                Product(
                    sku=sku,
                    name=f"Tapered roller bearing {designation}, {brand} {refs[brand]}",
                    description=f"ROD. CONICO {designation} {brand.upper()}",
                    family=FAMILY,
                    brand=brand,
                    uom="EA",
                    list_price=price(19.0, sku),
                    facts={"type": "tapered_bearing", "designation": designation},
                    aliases=[refs[brand]] if refs[brand] != designation else [],
                )
            )
    return rows


def _pillow_blocks() -> list[Product]:
    rows = []
    for designation, inch in PILLOW:
        for brand in ("NTN", "Nachi"):
            sku = f"CHU-{designation}-{CODE[brand]}"
            bore_mm = (int(designation[4:6]) * 5) if inch is None else None
            bore = f'{inch}"' if inch else f"{bore_mm} mm"
            rows.append(
                Product(
                    sku=sku,
                    name=f"Pillow block bearing unit {designation}, bore {bore}, {brand}",
                    description=f"CHUMACERA PISO {designation} FLECHA {bore} {brand.upper()}",
                    family=FAMILY,
                    brand=brand,
                    uom="EA",
                    list_price=price(16.0, sku),
                    facts={
                        "type": "pillow_block",
                        "designation": designation,
                        "bore": inch or f"{bore_mm}mm",
                    },
                )
            )
    return rows


def products() -> list[Product]:
    rows = []
    for designation in SERIES:
        for seal in ("open", "ZZ", "2RS"):
            count = 2 if seal == "open" else 3
            for brand in pick(f"{designation}{seal}", BRANDS, count):
                rows.append(_ball(designation, seal, brand, c3=False))
                if seal != "open" and designation[:2] != "60" and spread(designation + brand) < 40:
                    rows.append(_ball(designation, seal, brand, c3=True))
    return rows + _tapered() + _pillow_blocks()
