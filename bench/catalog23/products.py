"""Catalog 23's products: a Honduran industrial distributor's items as JD Edwards EnterpriseOne
holds them.

Families: bombas y agua (centrifugal surface pumps by HP and phase, 4" submersible well pumps by
HP and flow in GPM, drainage and sewage submersibles, pressure tanks by gallons, pressure switches
by cut-in/cut-out psi, foot valves, flat submersible pump cable sold by the metre), herramientas de
torno (ISO turning inserts by shape, size and nose radius, with their inch equivalents, for steel,
stainless or cast iron, sold by the unit in boxes of ten; toolholders by the insert they take,
hand and shank), and the core ones in this house's words (ball bearings, V-belts - `fajas` -
by section and number, cut-off and flap discs). `name` is JDE's Description 1 (30 characters at
most, abbreviated as the house types it), `description` Description 1 and 2; the maker's part
number (JDE's 3rd Item Number) is the first alias.
"""

from __future__ import annotations

from bench.blind.items import BALL, Items
from bench.catalog4.model import Product, unit

PUMPS = "Bombas y agua"
TURNING = "Herramientas de torno"
BEARINGS = "Rodamientos"
BELTS = "Transmisión"
ABRASIVES = "Abrasivos"
HOUSE_BRAND = "Sula"
FAMILIES = (PUMPS, TURNING, BEARINGS, BELTS, ABRASIVES)
LEMPIRAS = 24.7  # a base price in dollars, as the house's lempira list is built

item = Items(gs1={}, salt="c23")


def _n(key: str, salt: str, low: int, span: int) -> int:
    return low + int(unit(key, salt) * span)


def _item(key: str, dsc1: str, dsc2: str, family: str, brand: str, uom: str, usd: float, attrs: dict[str, str],
          aliases: list[str] | None = None, pack: int = 1) -> Product:
    """A JDE item: Description 1 and 2 of 30 characters at most each, the price in lempiras."""
    assert len(dsc1) <= 30 and len(dsc2) <= 30, (dsc1, dsc2)
    return item(key, dsc1, f"{dsc1} {dsc2}", family, brand, uom, usd * LEMPIRAS, attrs, aliases, pack)


# centrifugal surface pumps: maker → phase → HP kept; suction x discharge by HP
CENTRIFUGAL = {"Pedrollo": {"1F": ("0.5", "1", "1.5", "2", "3"), "3F": ("1", "2", "3", "5", "7.5", "10")},
               "Barnes": {"1F": ("1", "1.5", "2", "3", "5"), "3F": ("2", "3", "5", "7.5", "10")}}  # fmt: skip
PORTS = {"0.5": "1X1", "1": "1X1", "1.5": "1-1/4X1", "2": "1-1/2X1-1/4", "3": "2X1-1/2", "5": "2X2", "7.5": "3X2", "10": "3X2-1/2"}
# 4" well pumps: maker → flow (GPM) → HP kept
WELL = {"Franklin": {"10": ("0.5", "0.75", "1", "1.5"), "20": ("0.75", "1", "1.5", "2", "3"), "30": ("1", "1.5", "2", "3", "5")},
        "Pedrollo": {"10": ("0.5", "1", "1.5"), "20": ("1", "1.5", "2"), "30": ("1.5", "3")}}  # fmt: skip
# peripheral (turbine) pumps for a house's water: maker → HP
PERIPHERAL = {"Pedrollo": ("0.5", "0.75", "1"), "Evans": ("0.5", "1")}
SUMP = {"Barnes": {"drain": ("0.5", "1", "2"), "sewage": ("1", "2", "3")}, "Pedrollo": {"drain": ("0.5", "1"), "sewage": ("1", "2")}}
TANKS = {"Well-X-Trol": ("20", "32", "44", "62", "86", "119"), "Varem": ("20", "32", "62")}
SWITCHES = {"Square D": {"20-40": "9013FSG2J20", "30-50": "9013FSG2J21", "40-60": "9013FSG2J24"},
            "Italtecnica": {"20-40": "PM5-2040", "30-50": "PM5-3050", "40-60": "PM5-4060"}}  # fmt: skip
FOOT = {"bronze": ("1", "1-1/4", "1-1/2", "2", "3"), "pvc": ("1", "1-1/2", "2")}
CABLE_AWG = ("14", "12", "10", "8")


def pumps() -> list[Product]:
    out = []
    for brand, phases in CENTRIFUGAL.items():
        for phase, hps in phases.items():
            for hp in hps:
                key = f"cen|{hp}|{phase}|{brand}"
                ref = (f"CP{'m' if phase == '1F' else ''}{_n(key, 'ped23', 130, 550)}" if brand == "Pedrollo"
                       else f"IH{'S' if phase == '1F' else 'T'}{int(float(hp) * 10):03d}-{_n(key, 'bar23', 10, 80)}")
                volts = "230V" if phase == "1F" else "230/460V"
                out.append(_item(key, f"BBA CENTRIF {hp}HP {phase} {brand.upper()}"[:30], f"{PORTS[hp]} {volts} {ref}", PUMPS, brand, "EA",
                                 140 + float(hp) * 95 * (1.15 if brand == "Pedrollo" else 1), {"type": "centrifugal", "hp": hp, "phase": phase}, [ref]))
    for brand, flows in WELL.items():
        for gpm, hps in flows.items():
            for hp in hps:
                key = f"well|{hp}|{gpm}|{brand}"
                h = f"{int(float(hp) * 100):03d}" if brand == "Franklin" else f"{float(hp):g}".replace(".", "")
                ref = f"{gpm}FA{h}S4-2W230" if brand == "Franklin" else f"4SR{int(gpm) // 5}m/{_n(key, 'ped23w', 6, 20)}"
                out.append(_item(key, f"BBA SUMERG 4\" {hp}HP {gpm}GPM", f"{brand.upper()} {ref}", PUMPS, brand, "EA",
                                 320 + float(hp) * 160 + int(gpm) * 3, {"type": "well_pump", "hp": hp, "gpm": gpm}, [ref]))
    for brand, hps in PERIPHERAL.items():
        for hp in hps:
            key = f"per|{hp}|{brand}"
            ref = "PKm" + {"0.5": "60", "0.75": "70", "1": "80"}[hp] if brand == "Pedrollo" else f"IPPE{int(float(hp) * 100):03d}"
            out.append(_item(key, f"BBA PERIFERICA {hp}HP {brand.upper()}", f"1X1 115/230V 1F {ref}", PUMPS, brand, "EA",
                             75 + float(hp) * 60, {"type": "peripheral", "hp": hp}, [ref]))
    for brand, services in SUMP.items():
        for service, hps in services.items():
            for hp in hps:
                key = f"sump|{hp}|{service}|{brand}"
                ref = (f"{'SP' if service == 'drain' else 'SE'}{int(float(hp) * 10)}-{_n(key, 'bar23s', 100, 800)}" if brand == "Barnes"
                       else f"{'TOP' if service == 'drain' else 'VXm'}{_n(key, 'ped23s', 2, 14)}")
                w = "DRENAJE" if service == "drain" else "AGUAS NEGRAS"
                out.append(_item(key, f"BBA SUMERG {w} {hp}HP", f"{brand.upper()} {ref}", PUMPS, brand, "EA",
                                 150 + float(hp) * 140 * (1.5 if service == "sewage" else 1), {"type": "sump", "hp": hp, "service": service}, [ref]))
    for brand, sizes in TANKS.items():
        for gal in sizes:
            key = f"tank|{gal}|{brand}"
            ref = f"WX-{_n(key, 'amt23', 200, 160)}" if brand == "Well-X-Trol" else f"VAREM-{int(int(gal) * 3.785)}L"
            out.append(_item(key, f"TANQUE PRESION {gal} GAL", f"VERTICAL {brand.upper()} {ref}", PUMPS, brand, "EA",
                             70 + int(gal) * 4.2, {"type": "tank", "gal": gal}, [ref]))
    for brand, ranges in SWITCHES.items():
        for rng, ref in ranges.items():
            key = f"psw|{rng}|{brand}"
            out.append(_item(key, f"PRESOSTATO {rng} PSI", f"{brand.upper()} {ref}", PUMPS, brand, "EA", 28 if brand == "Square D" else 19,
                             {"type": "pressure_switch", "range": rng}, [ref]))
    for material, sizes in FOOT.items():
        for size in sizes:
            key = f"foot|{size}|{material}"
            ref = f"SU-VP{'B' if material == 'bronze' else 'P'}{size.replace('/', '').replace('-', '')}"
            m = "BRONCE" if material == "bronze" else "PVC"
            out.append(_item(key, f"VALVULA PIE {size}\" {m}", f"C/ CANASTA SULA {ref}", PUMPS, HOUSE_BRAND, "EA",
                             (9 if material == "bronze" else 3) * (1 + FOOT[material].index(size)), {"type": "foot_valve", "size": size, "material": material}, [ref]))
    for awg in CABLE_AWG:
        key = f"cable|{awg}"
        ref = f"PD-SUB3{awg}"
        out.append(_item(key, f"CABLE SUMERG PLANO 3X{awg} AWG", f"PHELPS DODGE X METRO {ref}", PUMPS, "Phelps Dodge", "M",
                         1.1 + CABLE_AWG.index(awg) * 0.8, {"type": "pump_cable", "awg": awg}, [ref]))
    return out


# ISO turning inserts: (shape, size) → {nose radius: inch designation}
INSERTS = {("CNMG", "1204"): {"04": "431", "08": "432", "12": "433"}, ("TNMG", "1604"): {"04": "331", "08": "332"},
           ("WNMG", "0804"): {"08": "432", "12": "433"}, ("DNMG", "1506"): {"04": "441", "08": "442"},
           ("VNMG", "1604"): {"04": "331", "08": "332"}, ("SNMG", "1204"): {"08": "432"},
           ("CCMT", "09T3"): {"04": "32.51", "08": "32.52"}, ("DCMT", "11T3"): {"04": "32.51", "08": "32.52"}}  # fmt: skip
# maker → material class (ISO P steel, M stainless, K cast iron) → (grade, chip breaker)
GRADES = {"Sandvik": {"P": ("GC4325", "PM"), "M": ("GC2220", "MM"), "K": ("GC3210", "KM")},
          "Mitsubishi": {"P": ("UE6110", "MA"), "M": ("MC7025", "MS"), "K": ("MC5015", "MK")},
          "Kennametal": {"P": ("KCP25", "MP"), "M": ("KCM15", "MS")}}  # fmt: skip
KENNA_SHAPES = ("CNMG", "TNMG", "WNMG", "DNMG")
# toolholders: the insert they take → (Sandvik style, Mitsubishi style or "")
HOLDERS = {"CNMG": ("PCLN", "MCLN"), "TNMG": ("PTGN", ""), "WNMG": ("PWLN", "MWLN"), "DNMG": ("PDJN", ""), "VNMG": ("PVJN", ""),
           "CCMT": ("SCLC", "SCLC"), "DCMT": ("SDJC", "")}  # fmt: skip
HOLDER_SIZE = {"CNMG": "12", "TNMG": "16", "WNMG": "08", "DNMG": "15", "VNMG": "16", "CCMT": "09", "DCMT": "11"}


def turning() -> list[Product]:
    out = []
    for (shape, size), radii in INSERTS.items():
        positive = shape.endswith("MT")
        for radius, inch in radii.items():
            for brand, grades in GRADES.items():
                if brand == "Kennametal" and shape not in KENNA_SHAPES:
                    continue
                for material, (grade, breaker) in grades.items():
                    if positive and material == "K":
                        continue
                    key = f"ins|{shape}|{size}{radius}|{material}|{brand}"
                    ref = {"Sandvik": f"{shape} {size[:2]} {size[2:]} {radius}-{breaker} {grade[2:]}",
                           "Mitsubishi": f"{shape}{size}{radius}{breaker} {grade}",
                           "Kennametal": f"{shape}{size}{radius}{breaker} {grade}"}[brand]
                    mat = {"P": "ACERO", "M": "INOX", "K": "FUNDICION"}[material]
                    out.append(_item(key, f"INSERTO {shape}{size}{radius} {grade}", f"{mat} {shape} {inch} {brand.upper()}", TURNING, brand, "EA",
                                     (9.5 if brand == "Sandvik" else 8 if brand == "Kennametal" else 7.2) * (1.2 if positive else 1),
                                     {"type": "insert", "shape": shape, "size": size, "radius": radius, "material": material}, [ref], pack=10))
    for insert, (sandvik, mitsu) in HOLDERS.items():
        for brand, style in (("Sandvik", sandvik), ("Mitsubishi", mitsu)):
            if not style:
                continue
            for hand in ("R", "L"):
                for shank in ("20", "25"):
                    key = f"hold|{insert}|{hand}|{shank}|{brand}"
                    ref = f"{style}{hand} {shank}{shank}{'K' if shank == '20' else 'M'} {HOLDER_SIZE[insert]}"
                    if brand == "Mitsubishi":
                        ref = ref.replace(" ", "")
                    out.append(_item(key, f"PORTAINSERTO {style}{hand} {shank}X{shank}", f"P/{insert} {brand.upper()} {ref}"[:30], TURNING, brand, "EA",
                                     (95 if brand == "Sandvik" else 78) + int(shank) * 1.5, {"type": "holder", "insert": insert, "hand": hand, "shank": shank}, [ref]))
    return out


def bearings() -> list[Product]:
    out = []
    for desig, (bore, od, width) in BALL.items():
        if desig in ("6000", "6001", "6002", "6200", "6300"):
            continue
        for seal in ("ZZ", "2RS"):
            for brand in ("SKF", "NSK", "FAG"):
                if brand == "FAG" and not desig.startswith("62"):
                    continue
                if brand == "NSK" and desig.startswith("60") and seal == "ZZ":
                    continue
                ref = {"SKF": f"{desig}-{'2Z' if seal == 'ZZ' else '2RSH'}/C3", "NSK": f"{desig}{'ZZ' if seal == 'ZZ' else 'DDU'}CM",
                       "FAG": f"{desig}-{'2Z' if seal == 'ZZ' else '2RSR'}-C3"}[brand]
                out.append(_item(f"brg|{desig}|{seal}|{brand}", f"BALINERA {desig} {seal} {brand}", f"{bore}X{od}X{width}MM {ref}", BEARINGS, brand, "EA",
                                 2.5 + od * width * 0.011 * (1.3 if brand == "SKF" else 1), {"type": "ball", "desig": desig, "seal": seal}, [ref]))
    return out


BELT_A = tuple(str(n) for n in range(26, 70, 2))
BELT_B = tuple(str(n) for n in range(36, 91, 3))


def belts() -> list[Product]:
    out = []
    for section, numbers in (("A", BELT_A), ("B", BELT_B)):
        for number in numbers:
            for brand in ("Gates", "Dayco"):
                key = f"belt|{section}{number}|{brand}"
                ref = f"{section}{number}" if brand == "Gates" else f"{section}{number}DY"
                line = "HI-POWER II" if brand == "Gates" else "GOLD LABEL"
                out.append(_item(key, f"FAJA EN V {section}{number} {brand.upper()}", f"{line} {ref}", BELTS, brand, "EA",
                                 (3 if section == "A" else 5) + int(number) * 0.12, {"type": "vbelt", "section": section, "number": number}, [ref]))
    return out


DISCS = {"4-1/2": ("0.045", "1/8"), "7": ("1/16", "1/8"), "9": ("1/16", "1/8"), "14": ("3/32", "1/8")}
FLAPS = {"4-1/2": ("40", "60", "80", "120"), "7": ("40", "80")}


def abrasives() -> list[Product]:
    out = []
    for dia, thicks in DISCS.items():
        for thick in thicks:
            for brand in ("Norton", "Klingspor"):
                key = f"cut|{dia}|{thick}|{brand}"
                ref = f"{_n(key, 'nor23', 66252800000, 99999)}" if brand == "Norton" else f"KL-{_n(key, 'kl23', 13000, 9000)}"
                out.append(_item(key, f"DISCO CRT {dia}X{thick.removeprefix('0')} {brand.upper()}", f"METAL X 7/8\" {ref}", ABRASIVES, brand, "EA",
                                 1.1 + float(dia.replace("4-1/2", "4.5")) * 0.5, {"type": "cut_disc", "dia": dia, "thick": thick}, [ref]))
    for dia, grits in FLAPS.items():
        for grit in grits:
            for brand in ("Norton", "Klingspor"):
                if dia == "7" and brand == "Klingspor":
                    continue
                key = f"flap|{dia}|{grit}|{brand}"
                ref = f"{_n(key, 'norf23', 66252900000, 99999)}" if brand == "Norton" else f"SMT624-{grit}-{_n(key, 'klf23', 100, 800)}"
                out.append(_item(key, f"DSC FLAP {dia} G{grit} {brand.upper()}", f"ZIRCONIO X 7/8\" {ref}", ABRASIVES, brand, "EA",
                                 3.2 if dia == "4-1/2" else 5.1, {"type": "flap_disc", "dia": dia, "grit": grit}, [ref]))
    return out


def products() -> list[Product]:
    return pumps() + turning() + bearings() + belts() + abrasives()
