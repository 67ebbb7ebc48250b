"""Bearings, fasteners and power transmission (descriptions by the Buenos Aires office)."""

from __future__ import annotations

from bench.blind.items import BALL
from bench.catalog4.model import Product, inch_value, price

BEARINGS = "Bearings"
FASTENERS = "Fasteners"
POWER = "Power Transmission"

C3_SIZES = ("6204", "6205", "6206", "6207", "6208", "6209", "6210")
SEAL_NAME = {"open": "Open", "2RS": "Double Sealed", "ZZ": "Double Shielded"}
SEAL_ES = {"open": "ABIERTO", "2RS": "2RS 2 SELLOS DE GOMA", "ZZ": "ZZ 2 TAPAS METALICAS"}
SEAL_SHOWN = {"open": "", "2RS": "-2RS", "ZZ": "-ZZ"}


def _ball_alias(brand: str, desig: str, seal: str, c3: bool) -> list[str]:
    if brand == "SKF":
        own = {"open": desig, "2RS": f"{desig}-2RSH", "ZZ": f"{desig}-2Z"}[seal]
        return [own + ("/C3" if c3 else "")]
    own = {"open": desig, "2RS": f"{desig}-2RS", "ZZ": f"{desig}ZZ"}[seal]
    return [own + ("C3" if c3 else "")]


def ball_bearings() -> list[Product]:
    out = []
    for desig, (bore, od, width) in BALL.items():
        for brand in ("SKF", "Koyo"):
            for seal in ("open", "2RS", "ZZ"):
                for c3 in (False, True):
                    if c3 and (seal == "open" or desig not in C3_SIZES):
                        continue
                    name = (
                        f"Radial Ball Bearing, {SEAL_NAME[seal]}, {desig}{SEAL_SHOWN[seal]}"
                        f"{', C3 Clearance' if c3 else ''}, {bore} mm Bore, {od} mm OD, "
                        f"{width} mm Width"
                    )
                    description = (
                        f"RULEMAN RIGIDO DE BOLAS {desig} {SEAL_ES[seal]}{' JUEGO C3' if c3 else ''}"
                        f" {brand.upper()} - D.INT {bore} D.EXT {od} ANCHO {width} MM"
                    )
                    base = 1.2 + bore * 0.18 + od * 0.05 + (1.5 if seal != "open" else 0)
                    base *= 1.35 if brand == "SKF" else 1.0
                    base *= 1.2 if c3 else 1.0
                    out.append(Product(
                        key=f"ball|{desig}|{seal}|{'C3' if c3 else 'N'}|{brand}",
                        name=name, description=description, family=BEARINGS, brand=brand,
                        uom="EA", base_price=price(round(base, 2)),
                        attrs={"type": "ball_bearing", "designation": desig, "seal": seal,
                               "clearance": "C3" if c3 else "normal", "bore_mm": str(bore),
                               "od_mm": str(od), "width_mm": str(width)},
                        aliases=_ball_alias(brand, desig, seal, c3),
                    ))  # fmt: skip
    return out


TAPERED = {
    "30204": (20, 47), "30205": (25, 52), "30206": (30, 62), "30207": (35, 72),
    "30208": (40, 80), "30209": (45, 85), "30210": (50, 90), "32205": (25, 52),
    "32206": (30, 62), "32207": (35, 72), "32208": (40, 80), "32209": (45, 85), "32210": (50, 90),
}


def tapered_bearings() -> list[Product]:
    out = []
    for desig, (bore, od) in TAPERED.items():
        for brand in ("SKF", "Koyo"):
            alias = f"{desig} J2/Q" if brand == "SKF" else f"{desig}JR"
            out.append(Product(
                key=f"tapered|{desig}|{brand}",
                name=f"Tapered Roller Bearing Set, Cone and Cup, {desig}, {bore} mm Bore, {od} mm OD",
                description=f"RULEMAN DE RODILLOS CONICOS {desig} {brand.upper()} (CONO Y TAZA) D.INT {bore} MM",
                family=BEARINGS, brand=brand, uom="EA",
                base_price=price(round((4 + bore * 0.35) * (1.3 if brand == "SKF" else 1), 2)),
                attrs={"type": "tapered_roller_bearing", "designation": desig, "bore_mm": str(bore)},
                aliases=[alias],
            ))  # fmt: skip
    return out


DODGE_BORES = {"3/4": "012", "1": "100", "1-3/16": "103", "1-1/4": "104", "1-7/16": "107", "1-1/2": "108"}
UC_BORES = {"204": 20, "205": 25, "206": 30, "207": 35, "208": 40, "209": 45, "210": 50}


def mounted_bearings() -> list[Product]:
    out = []
    for bore, code in DODGE_BORES.items():
        out.append(Product(
            key=f"pillow|dodge|{bore}",
            name=f"Pillow Block Bearing, 2-Bolt Base, Set Screw Locking, {bore} in Bore, Cast Iron",
            description=f"SOPORTE DE PIE CON RULEMAN DODGE P2B-SC EJE {bore}\" FIJ. PRISIONERO",
            family=BEARINGS, brand="Dodge", uom="EA",
            base_price=price(round(28 + inch_value(bore) * 22, 2)),
            attrs={"type": "pillow_block", "bore": f"{bore}in"},
            aliases=[f"P2B-SC-{code}"],
        ))  # fmt: skip
    for code, bore in UC_BORES.items():
        for style, eng, esp, kind in (
            ("UCP", "Pillow Block Bearing, 2-Bolt Base", "SOPORTE DE PIE", "pillow_block"),
            ("UCF", "Flange Bearing, 4-Bolt Square", "SOPORTE BRIDA 4 AGUJEROS", "flange_bearing"),
        ):
            out.append(Product(
                key=f"uc|{style}{code}|Koyo",
                name=f"{eng}, {style}{code}, Set Screw Locking, {bore} mm Bore, Cast Iron",
                description=f"{esp} CON RULEMAN {style}{code} KOYO EJE {bore} MM",
                family=BEARINGS, brand="Koyo", uom="EA",
                base_price=price(round(14 + bore * 0.6 + (3 if style == "UCF" else 0), 2)),
                attrs={"type": kind, "bore": f"{bore}mm", "designation": f"{style}{code}"},
                aliases=[f"{style}{code}"],
            ))  # fmt: skip
    return out


INCH_THREADS = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13"}
INCH_PACK = {"1/4": 100, "5/16": 100, "3/8": 50, "1/2": 25}
METRIC_PITCH = {"M4": "0.7", "M5": "0.8", "M6": "1.0", "M8": "1.25", "M10": "1.5",
                "M12": "1.75", "M16": "2.0"}  # fmt: skip
METRIC_PACK = {"M4": 100, "M5": 100, "M6": 100, "M8": 100, "M10": 50, "M12": 50, "M16": 25}


def bolts() -> list[Product]:
    out = []
    for dia, tpi in INCH_THREADS.items():
        for length in ("1", "1-1/2", "2", "3"):
            for grade, finish, fin_en, fin_es in (
                ("5", "zinc", "Zinc Plated", "ZINCADO"),
                ("8", "yellow_zinc", "Yellow Zinc", "BICROMATADO"),
            ):
                out.append(Product(
                    key=f"hcs|{dia}|{length}|{grade}",
                    name=f"Hex Head Cap Screw, Grade {grade}, {fin_en}, {dia}-{tpi} x {length} in",
                    description=f"BULON CAB. HEX. UNC {dia}-{tpi} X {length}\" GRADO {grade} {fin_es}",
                    family=FASTENERS, brand="", uom="EA", pack_qty=INCH_PACK[dia],
                    base_price=price(round((0.08 + inch_value(dia) * inch_value(length) * 0.9)
                                           * (1.6 if grade == "8" else 1), 2)),
                    attrs={"type": "hex_bolt", "system": "inch", "dia": dia, "length": length,
                           "grade": grade, "finish": finish},
                ))  # fmt: skip
    for dia in ("M6", "M8", "M10", "M12", "M16"):
        for length in ("20", "30", "40", "50", "60"):
            for grade, finish, fin_en, fin_es in (
                ("8.8", "zinc", "Zinc Plated", "ZINCADO"),
                ("10.9", "black", "Black Oxide", "PAVONADO"),
            ):
                size = int(dia[1:])
                out.append(Product(
                    key=f"hcsm|{dia}|{length}|{grade}",
                    name=f"Hex Head Cap Screw, Class {grade}, {fin_en}, {dia}-{METRIC_PITCH[dia]} x {length} mm, DIN 933",
                    description=f"BULON CAB. HEX. {dia}X{length} CLASE {grade} {fin_es} DIN 933",
                    family=FASTENERS, brand="", uom="EA", pack_qty=METRIC_PACK[dia],
                    base_price=price(round((0.05 + size * int(length) * 0.0012)
                                           * (1.5 if grade == "10.9" else 1), 2)),
                    attrs={"type": "hex_bolt", "system": "metric", "dia": dia, "length": length,
                           "grade": grade, "finish": finish},
                ))  # fmt: skip
    lengths = {"M4": ("10", "16", "20"), "M5": ("10", "16", "20"), "M6": ("16", "20", "25"),
               "M8": ("20", "25", "30"), "M10": ("25", "30", "40"), "M12": ("30", "40", "50")}
    for dia, lens in lengths.items():
        for length in lens:
            for brand in ("Holo-Krome", "Unbrako"):
                size = int(dia[1:])
                out.append(Product(
                    key=f"shcs|{dia}|{length}|{brand}",
                    name=f"Socket Head Cap Screw, Class 12.9, Black Oxide, {dia}-{METRIC_PITCH[dia]} x {length} mm, DIN 912",
                    description=f"TORNILLO ALLEN CAB. CILINDRICA {dia}X{length} 12.9 PAVONADO DIN 912 {brand.upper()}",
                    family=FASTENERS, brand=brand, uom="EA", pack_qty=METRIC_PACK[dia],
                    base_price=price(round((0.09 + size * int(length) * 0.002)
                                           * (1.25 if brand == "Unbrako" else 1), 2)),
                    attrs={"type": "socket_cap_screw", "dia": dia, "length": length, "grade": "12.9"},
                ))  # fmt: skip
    return out


def nuts_washers() -> list[Product]:
    out = []
    inch = list(INCH_THREADS)
    metric = ["M6", "M8", "M10", "M12", "M16"]
    kinds = (
        ("hex_nut", "Hex Nut, Grade 5, Zinc Plated", "Hex Nut, Class 8, Zinc Plated, DIN 934",
         "TUERCA HEXAGONAL", 0.04),
        ("lock_nut", "Nylon Insert Lock Nut, Zinc Plated", "Nylon Insert Lock Nut, Class 8, Zinc Plated, DIN 985",
         "TUERCA AUTOFRENANTE C/NYLON", 0.07),
        ("flat_washer", "Flat Washer, USS, Zinc Plated", "Flat Washer, DIN 125, Zinc Plated",
         "ARANDELA PLANA", 0.02),
        ("split_washer", "Split Lock Washer, Zinc Plated", "Split Lock Washer, DIN 127, Zinc Plated",
         "ARANDELA GROWER (PRESION)", 0.02),
    )  # fmt: skip
    for kind, inch_name, metric_name, esp, base in kinds:
        for dia in inch:
            thread = f"{dia}-{INCH_THREADS[dia]}" if "nut" in kind else f"{dia} in Screw Size"
            out.append(Product(
                key=f"{kind}|{dia}", name=f"{inch_name}, {thread}",
                description=f"{esp} {dia}\" {'UNC ' if 'nut' in kind else ''}ZINCADA",
                family=FASTENERS, brand="", uom="EA", pack_qty=100,
                base_price=price(round(base + inch_value(dia) * base * 3, 2)),
                attrs={"type": kind, "system": "inch", "dia": dia},
            ))  # fmt: skip
        for dia in metric:
            out.append(Product(
                key=f"{kind}|{dia}", name=f"{metric_name}, {dia}",
                description=f"{esp} {dia} ZINCADA",
                family=FASTENERS, brand="", uom="EA", pack_qty=100,
                base_price=price(round(base + int(dia[1:]) * base * 0.12, 2)),
                attrs={"type": kind, "system": "metric", "dia": dia},
            ))  # fmt: skip
    return out


TAPER_BORES = {
    "1108": ("1/2", "5/8", "3/4", "7/8", "1"),
    "1210": ("1/2", "5/8", "3/4", "7/8", "1", "1-1/8", "1-1/4"),
    "1610": ("5/8", "3/4", "1", "1-1/8", "1-1/4", "1-3/8", "1-1/2"),
    "2012": ("3/4", "1", "1-1/4", "1-1/2", "1-3/4", "2"),
}
V_BELTS = {"A": (26, 30, 34, 38, 42, 46, 50, 55, 60), "B": (35, 40, 45, 50, 55, 60, 68, 75)}


def power_transmission() -> list[Product]:
    out = []
    for series, bores in TAPER_BORES.items():
        for bore in bores:
            out.append(Product(
                key=f"taper|{series}|{bore}",
                name=f"Taper-Lock Bushing, {series}, {bore} in Bore, Keyed",
                description=f"BUJE TAPER-LOCK {series} EJE {bore}\" C/CHAVETERO DODGE",
                family=POWER, brand="Dodge", uom="EA",
                base_price=price(round(9 + int(series[:2]) * 1.1, 2)),
                attrs={"type": "taper_bushing", "series": series, "bore": f"{bore}in"},
            ))  # fmt: skip
    for section, numbers in V_BELTS.items():
        for number in numbers:
            for brand in ("Optibelt", "Browning"):
                out.append(Product(
                    key=f"vbelt|{section}{number}|{brand}",
                    name=f"V-Belt, Classical {section} Section, {section}{number}, {number} in Inside Length",
                    description=f"CORREA EN V SECCION {section} {section}-{number} {brand.upper()}",
                    family=POWER, brand=brand, uom="EA",
                    base_price=price(round((6 if section == "A" else 9) + number * 0.14, 2)),
                    attrs={"type": "v_belt", "section": section, "number": str(number)},
                ))  # fmt: skip
    for size in ("40", "50", "60", "80"):
        pitch = {"40": "1/2", "50": "5/8", "60": "3/4", "80": "1"}[size]
        for kind, eng, esp, base in (
            ("roller_chain", f"Roller Chain, ANSI {size}, Riveted, Single Strand, {pitch} in Pitch, 10 ft",
             f"CADENA A RODILLOS ANSI {size} SIMPLE PASO {pitch}\" CAJA 10 PIES", 30),
            ("connecting_link", f"Connecting Link, ANSI {size}, Single Strand, Spring Clip",
             f"EMPALME (MEDIA MALLA) CADENA ANSI {size} SIMPLE", 1.5),
            ("offset_link", f"Offset Link, ANSI {size}, Single Strand",
             f"ESLABON ACODADO CADENA ANSI {size} SIMPLE", 2.5),
        ):  # fmt: skip
            out.append(Product(
                key=f"{kind}|{size}", name=eng, description=esp, family=POWER, brand="Rexnord",
                uom="EA", base_price=price(round(base * int(size) / 40, 2)),
                attrs={"type": kind, "chain": size}, aliases=[f"{size}-1R" if kind == "roller_chain" else f"{size}-1{'CL' if kind == 'connecting_link' else 'OL'}"],
            ))  # fmt: skip
    for chain, teeth_list in (("40", (12, 14, 15, 16, 18, 20, 24)), ("50", (12, 15, 18, 20))):
        for teeth in teeth_list:
            out.append(Product(
                key=f"sprocket|{chain}B{teeth}",
                name=f"Roller Chain Sprocket, Type B Hub, ANSI {chain}, {teeth} Teeth, Stock Bore",
                description=f"PIÑON PARA CADENA ANSI {chain} {teeth} DIENTES MAZA TIPO B BROWNING",
                family=POWER, brand="Browning", uom="EA",
                base_price=price(round(8 + teeth * 0.9 * int(chain) / 40, 2)),
                attrs={"type": "sprocket", "chain": chain, "teeth": str(teeth)},
                aliases=[f"{chain}B{teeth}"],
            ))  # fmt: skip
    return out


def products() -> list[Product]:
    return (ball_bearings() + tapered_bearings() + mounted_bearings() + bolts()
            + nuts_washers() + power_transmission())  # fmt: skip
