"""Valves and fittings (03): ball valves by Kitz and Genebre, fittings in three materials."""

from __future__ import annotations

from .model import Item

SIZES = ["1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2", "2-1/2", "3"]
CORE_SIZES = {"1/2", "3/4", "1", "2"}
SIZE_F = {
    "1/4": 0.25,
    "3/8": 0.375,
    "1/2": 0.5,
    "3/4": 0.75,
    "1": 1.0,
    "1-1/4": 1.25,
    "1-1/2": 1.5,
    "2": 2.0,
    "2-1/2": 2.5,
    "3": 3.0,
}
VALVES = [
    # kind, brand, ERP text, English, Spanish, thread, material, model, price factor
    (
        "valve_ball",
        "KITZ",
        'VALV.BOLA BCE {s}" NPT P.TOTAL 600WOG KITZ',
        'Ball valve bronze {s}" NPT full port Kitz',
        'Válvula de bola bronce {s}" NPT Kitz',
        "NPT",
        "bronze",
        "KITZ AKTZ",
        9.0,
    ),
    (
        "valve_ball",
        "GENEBRE",
        'VALV.BOLA INOX CF8M {s}" BSP 2PZAS GENEBRE 2025',
        'Ball valve stainless 316 {s}" BSP two-piece Genebre 2025',
        'Válvula de bola inox 316 {s}" BSP Genebre 2025',
        "BSP",
        "ss316",
        "GENEBRE 2025",
        16.0,
    ),
    (
        "valve_ball",
        "GENEBRE",
        'VALV.BOLA LATON {s}" BSP GENEBRE 3040',
        'Ball valve brass {s}" BSP Genebre 3040',
        'Válvula de bola latón {s}" BSP Genebre 3040',
        "BSP",
        "brass",
        "GENEBRE 3040",
        7.0,
    ),
    (
        "valve_check",
        "KITZ",
        'VALV.RETENCION BCE {s}" NPT KITZ',
        'Swing check valve bronze {s}" NPT Kitz',
        'Válvula de retención bronce {s}" NPT Kitz',
        "NPT",
        "bronze",
        "KITZ R",
        12.0,
    ),
    (
        "valve_gate",
        "KITZ",
        'VALV.COMPUERTA BCE {s}" NPT KITZ',
        'Gate valve bronze {s}" NPT Kitz',
        'Válvula de compuerta bronce {s}" NPT Kitz',
        "NPT",
        "bronze",
        "KITZ H",
        14.0,
    ),
]
FITTINGS = [
    # kind, ERP noun, English noun, Spanish noun, price factor
    ("union", "UNION AMERICANA", "Union", "Unión americana", 3.0),
    ("tee", "TEE", "Tee", "Tee", 2.2),
    ("elbow90", "CODO 90", "90° elbow", "Codo 90°", 1.8),
    ("coupling", "COPLA", "Coupling", "Copla", 1.4),
    ("cap", "TAPA", "Cap", "Tapa", 1.2),
]
MATERIALS = [
    # code, ERP text, English, Spanish, brand, price factor
    ("galv", "GALV.", "galvanized malleable iron", "galvanizada", "TUPY", 1.0),
    ("ss316", "INOX 316", "stainless 316 150 lb", "inox 316", "", 3.8),
    ("bronze", "BCE", "bronze", "bronce", "", 2.4),
]
NIPPLE_LEN = ["CORRIDO", "2", "3", "4", "6"]


def close_or(length: str, text: str) -> str:
    return "close" if length == "CORRIDO" else text


def valves() -> list[Item]:
    items = []
    for kind, brand, erp, en, es, thread, mat, model, factor in VALVES:
        for s in SIZES:
            items.append(
                Item(
                    family_no=3,
                    key=f"V|{model}|{s}",
                    kind=kind,
                    family="Valves & Fittings",
                    brand=brand,
                    desc=erp.format(s=s),
                    name_en=en.format(s=s),
                    name_es=es.format(s=s),
                    base_price=factor * (1 + SIZE_F[s] ** 1.6 * 2.2),
                    aliases=[f"{model} {s}"],
                    attributes={"size": f'{s}"', "thread": thread, "material": mat},
                    spec={"size": s, "mat": mat, "brand": brand},
                    core=s in CORE_SIZES and kind == "valve_ball",
                )
            )
    for mcode, merp, men, mes, brand, mfac in MATERIALS:
        tail = " TUPY" if brand else (" 150LB" if mcode == "ss316" else "")
        for kind, noun, en, es, fac in FITTINGS:
            for s in SIZES:
                items.append(
                    Item(
                        family_no=3,
                        key=f"F|{kind}|{mcode}|{s}",
                        kind=kind,
                        family="Valves & Fittings",
                        brand=brand,
                        desc=f'{noun} {merp} {s}" NPT{tail}',
                        name_en=f'{en} {s}" NPT {men}' + (" Tupy" if brand else ""),
                        name_es=f'{es} {mes} {s}" NPT' + (" Tupy" if brand else ""),
                        base_price=0.8 * fac * mfac * (1 + SIZE_F[s] ** 1.5 * 1.8),
                        attributes={"size": f'{s}"', "material": mcode, "thread": "NPT"},
                        spec={"size": s, "mat": mcode, "brand": brand},
                        core=s in CORE_SIZES,
                    )
                )
            if kind == "coupling":
                continue
        for s in SIZES:
            for length in NIPPLE_LEN:
                ltxt = "CORRIDO" if length == "CORRIDO" else f'{length}"'
                items.append(
                    Item(
                        family_no=3,
                        key=f"N|{mcode}|{s}|{length}",
                        kind="nipple",
                        family="Valves & Fittings",
                        brand=brand,
                        desc=f'NIPLE {merp} {s}"X{ltxt} NPT{tail}',
                        name_en=f'Nipple {s}" x {close_or(length, ltxt)} NPT {men}',
                        name_es=f'Niple {mes} {s}" x {ltxt.lower()} NPT',
                        base_price=0.6
                        * mfac
                        * (1 + SIZE_F[s] ** 1.5 * 1.5)
                        * (1 + (0 if length == "CORRIDO" else int(length) * 0.15)),
                        attributes={"size": f'{s}"', "length": ltxt, "material": mcode},
                        spec={"size": s, "len": length, "mat": mcode, "brand": brand},
                        core=s in ("1/2", "3/4", "1") and length in ("CORRIDO", "2", "3", "4"),
                    )
                )
        for big in SIZES:
            for small in SIZES:
                if not SIZE_F[small] < SIZE_F[big] <= SIZE_F[small] * 2.5:
                    continue
                items.append(
                    Item(
                        family_no=3,
                        key=f"B|{mcode}|{big}|{small}",
                        kind="bushing",
                        family="Valves & Fittings",
                        brand=brand,
                        desc=f'BUJE RED. {merp} {big}"X{small}" NPT{tail}',
                        name_en=f'Reducing bushing {big}" x {small}" NPT {men}',
                        name_es=f'Buje reducción {mes} {big}" x {small}" NPT',
                        base_price=0.7 * mfac * (1 + SIZE_F[big] ** 1.5 * 1.4),
                        attributes={"size": f'{big}"x{small}"', "material": mcode},
                        spec={"big": big, "small": small, "mat": mcode, "brand": brand},
                        core=(big, small) in {("3/4", "1/2"), ("1", "3/4"), ("1", "1/2")},
                    )
                )
    return items
