"""Electrical (04): miniature breakers, contactors, cable by the metre."""

from __future__ import annotations

from .model import Item, disp

AMPS = [2, 4, 6, 10, 16, 20, 25, 32, 40, 50, 63]
CORE_AMPS = {10, 16, 20, 25, 32}
CURVE_SIEMENS = {
    "B": ("5SL6", "-6", "6KA"),
    "C": ("5SL6", "-7", "6KA"),
    "D": ("5SY4", "-8", "10KA"),
}


def _mcb_ref(brand: str, poles: int, amps: int, curve: str) -> tuple[str, str]:
    if brand == "SIEMENS":
        series, tail, ka = CURVE_SIEMENS[curve]
        return f"{series}{poles}{amps:02d}{tail}", ka
    if brand == "SCHNEIDER":  # Acti9 iC60N: A9F7 + 3/4/5 for B/C/D + poles + amps
        return f"A9F7{ {'B': 3, 'C': 4, 'D': 5}[curve] }{poles}{amps:02d}".replace(" ", ""), "6KA"
    return f"S20{poles}-{curve}{amps}", "6KA"


def breakers() -> list[Item]:
    items = []
    for brand in ("SIEMENS", "SCHNEIDER", "ABB"):
        for poles in (1, 2, 3, 4):
            for curve in ("C", "B", "D"):
                for amps in AMPS:
                    ref, ka = _mcb_ref(brand, poles, amps, curve)
                    line = {"SIEMENS": "", "SCHNEIDER": " ACTI9 IC60N", "ABB": " S200"}[brand]
                    items.append(
                        Item(
                            family_no=4,
                            key=f"MCB|{brand}|{poles}|{curve}|{amps}",
                            kind="mcb",
                            family="Electrical",
                            brand=brand,
                            desc=f"INT.TERMOMAG. {poles}P {amps}A CURVA {curve} {ka} "
                            f"{brand}{line} {ref}",
                            name_en=f"Miniature circuit breaker {poles}P {curve}{amps} {ka[:-2]}kA "
                            f"{disp(brand)} {ref}",
                            name_es=f"Interruptor termomagnético {poles}P {amps}A curva {curve} "
                            f"{ka[:-2]}kA {disp(brand)} {ref}",
                            base_price=(6 + amps * 0.12)
                            * poles
                            * (1.3 if curve == "D" else 1)
                            * {"SIEMENS": 1.1, "SCHNEIDER": 1.15, "ABB": 1.0}[brand],
                            aliases=[ref],
                            attributes={
                                "poles": str(poles),
                                "amps": str(amps),
                                "curve": curve,
                                "breaking_ka": ka[:-2],
                            },
                            spec={
                                "poles": str(poles),
                                "amps": str(amps),
                                "curve": curve,
                                "ka": ka[:-2],
                                "brand": brand,
                            },
                            core=curve == "C" and amps in CORE_AMPS and poles in (1, 2, 3),
                        )
                    )
    return items


SIEMENS_CT = {
    7: "3RT2015",
    9: "3RT2016",
    12: "3RT2017",
    16: "3RT2018",
    17: "3RT2025",
    25: "3RT2026",
    32: "3RT2027",
    38: "3RT2028",
}
SCHNEIDER_CT = [9, 12, 18, 25, 32, 38, 40, 50, 65, 80]
COILS = {  # coil -> (Siemens code, Schneider suffix, ERP text)
    "24VDC": ("1BB41", "BD", "24VDC"),
    "24VAC": ("1AB01", "B7", "24VAC"),
    "110VAC": ("1AF01", "F7", "110VAC"),
    "220VAC": ("1AN21", "M7", "220VAC"),
    "380VAC": ("1AV01", "Q7", "380VAC"),
}


def contactors() -> list[Item]:
    items = []
    for coil, (sie, sch, text) in COILS.items():
        for amps, frame in SIEMENS_CT.items():
            ref = f"{frame}-{sie}"
            items.append(_contactor("SIEMENS", amps, coil, text, ref))
        for amps in SCHNEIDER_CT:
            ref = f"LC1D{amps:02d}{sch}"
            items.append(_contactor("SCHNEIDER", amps, coil, text, ref))
    return items


def _contactor(brand: str, amps: int, coil: str, text: str, ref: str) -> Item:
    return Item(
        family_no=4,
        key=f"CT|{brand}|{amps}|{coil}",
        kind="contactor",
        family="Electrical",
        brand=brand,
        desc=f"CONTACTOR 3P {amps}A BOB.{text} 1NA {brand} {ref}",
        name_en=f"Contactor 3P {amps}A coil {text[:-3]} V {text[-2:]} 1NO {disp(brand)} {ref}",
        name_es=f"Contactor tripolar {amps}A bobina {text} 1NA {disp(brand)} {ref}",
        base_price=18 + amps * 1.4,
        aliases=[ref],
        attributes={"amps": str(amps), "coil": coil, "poles": "3"},
        spec={"amps": str(amps), "coil": coil, "brand": brand},
        core=amps in (9, 12, 18, 25) and coil in ("24VDC", "220VAC"),
    )


COLORS = {"NEGRO": "black", "ROJO": "red", "BLANCO": "white", "VERDE": "green", "AZUL": "blue"}


def cables() -> list[Item]:
    items = []
    for brand in ("NEXANS", "GENERAL CABLE"):
        for awg in (14, 12, 10, 8, 6, 4, 2):
            for es, en in COLORS.items():
                items.append(
                    Item(
                        family_no=4,
                        key=f"THHN|{awg}|{es}|{brand}",
                        kind="cable_thhn",
                        family="Electrical",
                        brand=brand,
                        desc=f"CABLE THHN {awg} AWG {es} {brand} (M)",
                        name_en=f"THHN building wire {awg} AWG {en} {disp(brand)}",
                        name_es=f"Cable THHN {awg} AWG {es.lower()} {disp(brand)}",
                        base_price=0.12
                        * 2 ** ((14 - awg) / 3)
                        * (1.05 if brand == "NEXANS" else 1),
                        uom="M",
                        attributes={"gauge_awg": str(awg), "color": en},
                        spec={"awg": str(awg), "color": es, "brand": brand},
                        core=awg in (14, 12, 10) and es in ("NEGRO", "ROJO", "BLANCO"),
                    )
                )
    for mm2 in ("1.5", "2.5", "4", "6", "10", "16"):
        for es, en in COLORS.items():
            items.append(
                Item(
                    family_no=4,
                    key=f"NYA|{mm2}|{es}",
                    kind="cable_nya",
                    family="Electrical",
                    brand="COCESA",
                    desc=f"CABLE NYA {mm2}MM2 {es} COCESA (M)",
                    name_en=f"NYA single-core cable {mm2} mm² {en} Cocesa",
                    name_es=f"Cable NYA {mm2} mm² {es.lower()} Cocesa",
                    base_price=0.08 * float(mm2) + 0.05,
                    uom="M",
                    attributes={"section_mm2": mm2, "color": en},
                    spec={"mm2": mm2, "color": es, "brand": "COCESA"},
                    core=mm2 in ("1.5", "2.5", "4") and es in ("NEGRO", "ROJO", "AZUL"),
                )
            )
    for cores in (2, 3, 4):
        for mm2 in ("1.5", "2.5", "4", "6"):
            items.append(
                Item(
                    family_no=4,
                    key=f"SFX|{cores}|{mm2}",
                    kind="cable_flex",
                    family="Electrical",
                    brand="COCESA",
                    desc=f"CABLE SUPERFLEX {cores}X{mm2}MM2 COCESA (M)",
                    name_en=f"Flexible cord {cores}x{mm2} mm² Cocesa Superflex",
                    name_es=f"Cable superflex {cores}x{mm2} mm² Cocesa",
                    base_price=0.1 * cores * float(mm2) + 0.2,
                    uom="M",
                    attributes={"cores": str(cores), "section_mm2": mm2},
                    spec={"cores": str(cores), "mm2": mm2, "brand": "COCESA"},
                    core=mm2 in ("1.5", "2.5"),
                )
            )
    return items


def electrical() -> list[Item]:
    return breakers() + contactors() + cables()
