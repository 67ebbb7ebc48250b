"""Bearings (01) and power-transmission belts (06): each brand in its own notation."""

from __future__ import annotations

from .model import Item, disp, tcase

# Seal/clearance suffix per brand: sealed both sides, shielded both sides, open.
SEALS = {
    "SKF": {"2RS": "-2RS1", "ZZ": "-2Z", "": ""},
    "FAG": {"2RS": "-2RSR", "ZZ": "-2ZR", "": ""},
    "NSK": {"2RS": "DDU", "ZZ": "ZZ", "": ""},
    "NTN": {"2RS": "LLU", "ZZ": "ZZ", "": ""},
    "KOYO": {"2RS": "2RS", "ZZ": "ZZ", "": ""},
}
C3 = {"SKF": "/C3", "FAG": "-C3", "NSK": "C3", "NTN": "C3", "KOYO": "C3"}
EXTRA_BRANDS = ["NACHI", "ZWZ", "HRB", "ZKL", "SNR", "LYC", "CRAFT", "TIMKEN"]
BALL_SERIES = (
    [f"60{n:02d}" for n in range(0, 13)]
    + [f"62{n:02d}" for n in range(0, 17)]
    + [f"63{n:02d}" for n in range(0, 13)]
    + [f"68{n:02d}" for n in range(0, 7)]
    + [f"69{n:02d}" for n in range(0, 7)]
)
CORE_BALL = {
    "6004",
    "6005",
    "6201",
    "6202",
    "6203",
    "6204",
    "6205",
    "6206",
    "6207",
    "6208",
    "6305",
    "6306",
    "6308",
    "6310",
}
SEAL_ES = {"2RS": "SELLO CAUCHO", "ZZ": "BLINDAJE METALICO", "": "ABIERTO"}
SEAL_EN = {"2RS": "rubber sealed", "ZZ": "metal shielded", "": "open"}
TIMKEN_SETS = [
    ("SET1", "LM11749/LM11710"),
    ("SET2", "LM11949/LM11910"),
    ("SET3", "M12649/M12610"),
    ("SET4", "L44649/L44610"),
    ("SET5", "LM48548/LM48510"),
    ("SET6", "LM67048/LM67010"),
]


def _bore(designation: str) -> int:
    tail = int(designation[-2:])
    return {0: 10, 1: 12, 2: 15, 3: 17}.get(tail, tail * 5)


def _ball(brand: str, des: str, seal: str, c3: bool, tier: int) -> Item:
    suffix = SEALS.get(brand, SEALS["KOYO"])[seal]
    if c3:
        suffix += C3.get(brand, "C3")
    ref = f"{des}{suffix}"
    bore = _bore(des)
    price = 3.0 + bore * 0.22 * (1.6 if des.startswith("63") else 1.0) + (1.2 if seal else 0)
    price *= {"SKF": 1.25, "FAG": 1.2, "NSK": 1.1, "NTN": 1.05, "KOYO": 1.0}.get(brand, 0.7)
    return Item(
        family_no=1,
        key=f"BRG|{des}|{seal}|{int(c3)}|{brand}",
        kind="bearing_ball",
        family="Bearings",
        brand=brand,
        desc=f"ROD.RIG.BOLAS {ref} {brand}",
        name_en=f"Deep groove ball bearing {ref} {disp(brand)} ({SEAL_EN[seal]})",
        name_es=f"Rodamiento rígido de bolas {ref} {disp(brand)}",
        base_price=price,
        aliases=[ref] if suffix else [des],
        attributes={
            "designation": des,
            "seal": seal or "open",
            "clearance": "C3" if c3 else "CN",
            "bore_mm": str(bore),
        },
        spec={"des": des, "seal": seal, "c3": str(int(c3)), "brand": brand},
        core=tier == 1 and des in CORE_BALL and not c3,
        tier=tier,
    )


def bearings() -> list[Item]:
    items: list[Item] = []
    for tier, brands in ((1, list(SEALS)), (2, EXTRA_BRANDS)):
        for des in BALL_SERIES:
            for brand in brands:
                for seal in ("2RS", "ZZ", ""):
                    for c3 in (False, True):
                        items.append(_ball(brand, des, seal, c3, tier))
    # Spherical roller bearings: SKF and FAG only.
    for n in range(5, 21):
        des = f"222{n:02d}"
        for brand, ref in (("SKF", f"{des} E"), ("FAG", f"{des}-E1")):
            for taper in (False, True):
                r = ref + ("K" if taper and brand == "SKF" else "-K" if taper else "")
                items.append(
                    Item(
                        family_no=1,
                        key=f"SPH|{des}|{int(taper)}|{brand}",
                        kind="bearing_spherical",
                        family="Bearings",
                        brand=brand,
                        desc=f"ROD.OSC.RODILLOS {r} {brand}" + (" AG.CONICO" if taper else ""),
                        name_en=f"Spherical roller bearing {r} {brand}",
                        name_es=f"Rodamiento oscilante de rodillos {r} {brand}",
                        base_price=40 + n * 9.5,
                        aliases=[r],
                        attributes={
                            "designation": des,
                            "bore": "tapered" if taper else "cylindrical",
                        },
                        spec={"des": des, "taper": str(int(taper)), "brand": brand},
                        core=not taper and n in (8, 10, 12),
                    )
                )
    # Tapered roller bearings: metric from Timken and SKF, inch sets Timken only.
    for n in range(3, 13):
        for series in ("302", "322"):
            des = f"{series}{n:02d}"
            for brand, ref in (("TIMKEN", des), ("SKF", f"{des} J2/Q")):
                items.append(
                    Item(
                        family_no=1,
                        key=f"TRB|{des}|{brand}",
                        kind="bearing_tapered",
                        family="Bearings",
                        brand=brand,
                        desc=f"ROD.CONICO {ref} {brand}",
                        name_en=f"Tapered roller bearing {ref} {disp(brand)}",
                        name_es=f"Rodamiento de rodillos cónicos {ref} {disp(brand)}",
                        base_price=14 + n * 3.1,
                        aliases=[ref],
                        attributes={"designation": des},
                        spec={"des": des, "brand": brand},
                        core=n in (5, 6, 7, 8) and series == "302",
                    )
                )
    for set_no, ref in TIMKEN_SETS:
        items.append(
            Item(
                family_no=1,
                key=f"TSET|{set_no}",
                kind="bearing_tapered_set",
                family="Bearings",
                brand="TIMKEN",
                desc=f"ROD.CONICO JGO. {ref} TIMKEN {set_no}",
                name_en=f"Tapered roller bearing set {ref} Timken {set_no}",
                name_es=f"Juego rodamiento cónico {ref} Timken {set_no}",
                base_price=11.5 + int(set_no[3:]) * 1.7,
                aliases=[ref, set_no, f"{set_no} TIMKEN"],
                attributes={"set": set_no, "cone_cup": ref},
                spec={"set": set_no, "brand": "TIMKEN"},
                core=True,
            )
        )
    # Cylindrical roller bearings NU2xx: SKF ECP and FAG E-TVP2.
    for n in range(5, 16):
        des = f"NU2{n:02d}"
        for brand, ref in (("SKF", f"{des} ECP"), ("FAG", f"{des}-E-TVP2"), ("NSK", f"{des}EW")):
            items.append(
                Item(
                    family_no=1,
                    key=f"CRB|{des}|{brand}",
                    kind="bearing_cylindrical",
                    family="Bearings",
                    brand=brand,
                    desc=f"ROD.RODILLOS CIL. {ref} {brand}",
                    name_en=f"Cylindrical roller bearing {ref} {brand}",
                    name_es=f"Rodamiento de rodillos cilíndricos {ref} {brand}",
                    base_price=25 + n * 4.2,
                    aliases=[ref],
                    attributes={"designation": des},
                    spec={"des": des, "brand": brand},
                    core=n in (6, 8, 10),
                )
            )
    return items


V_LENGTHS = {"A": range(26, 129, 2), "B": range(30, 181, 2), "C": range(60, 241, 4)}
CORE_BELTS = {"A38", "A42", "A46", "A48", "A52", "B48", "B52", "B60", "B68", "C90", "C105"}


def belts() -> list[Item]:
    items: list[Item] = []
    for tier, brands in ((1, ("GATES", "BANDO")), (2, ("OPTIBELT", "DAYCO", "CONTITECH", "PIX"))):
        for section, lengths in V_LENGTHS.items():
            for length in lengths:
                des = f"{section}{length}"
                for brand in brands:
                    line = {"GATES": "HI-POWER II", "BANDO": "POWER ACE"}.get(brand, "CLASICA")
                    items.append(
                        Item(
                            family_no=6,
                            key=f"VB|{des}|{brand}",
                            kind="belt_v",
                            family="Belts",
                            brand=brand,
                            desc=f"CORREA V {section}-{length} {brand} {line}",
                            name_en=f"V-belt {des} {disp(brand)} {tcase(line)}",
                            name_es=f"Correa en V {des} {disp(brand)}",
                            base_price=4
                            + length
                            * {"A": 0.09, "B": 0.14, "C": 0.24}[section]
                            * (1.15 if brand == "GATES" else 1.0),
                            aliases=[des, f"{section}-{length}"],
                            attributes={"section": section, "length_in": str(length)},
                            spec={"des": des, "brand": brand},
                            core=tier == 1 and des in CORE_BELTS,
                            tier=tier,
                        )
                    )
    for section, lengths in (("3V", range(250, 1401, 50)), ("5V", range(500, 2801, 100))):
        for length in lengths:
            des = f"{section}{length}"
            items.append(
                Item(
                    family_no=6,
                    key=f"NB|{des}",
                    kind="belt_narrow",
                    family="Belts",
                    brand="GATES",
                    desc=f"CORREA V ANGOSTA {section}-{length} GATES SUPER HC",
                    name_en=f"Narrow V-belt {section}{length} Gates Super HC",
                    name_es=f"Correa en V angosta {section}{length} Gates Super HC",
                    base_price=6 + length * 0.012,
                    aliases=[des, f"{section}-{length}"],
                    attributes={"section": section, "length": str(length)},
                    spec={"des": des, "brand": "GATES"},
                    core=des in ("3V500", "5V1000"),
                )
            )
    for pitch in ("8MGT", "14MGT"):
        for length in range(640, 2801, 80):
            for width in (20, 30, 50) if pitch == "8MGT" else (40, 55, 85):
                des = f"{pitch}-{length}-{width}"
                items.append(
                    Item(
                        family_no=6,
                        key=f"TB|{des}",
                        kind="belt_timing",
                        family="Belts",
                        brand="GATES",
                        desc=f"CORREA SINC. {des} GATES POWERGRIP GT3",
                        name_en=f"Timing belt {des} Gates PowerGrip GT3",
                        name_es=f"Correa sincrónica {des} Gates PowerGrip GT3",
                        base_price=20 + length * 0.02 * width / 20,
                        aliases=[des],
                        attributes={
                            "pitch": pitch,
                            "length_mm": str(length),
                            "width_mm": str(width),
                        },
                        spec={"des": des, "brand": "GATES"},
                        core=des == "8MGT-1200-20",
                    )
                )
    return items
