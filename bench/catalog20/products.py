"""Catalog 20's products: a Costa Rican industrial distributor's items as Acumatica holds them.

Families: conexiones hidráulicas (JIC 37°, NPT and ORFS adapters, elbows, swivels, tees),
herramienta manual (combination wrenches in mm and inch, socket sets, adjustable wrenches), and
the core ones (ball bearings, bolts, breakers, abrasive discs). Names are the house's own:
Spanish, the size in the trade's notation, the maker last; the maker's part number is the first
alias and ends the description.
"""

from __future__ import annotations

from bench.blind.items import BALL, Items
from bench.catalog4.model import Product, frac

HYDRAULICS = "Conexiones hidráulicas"
TOOLS = "Herramienta manual"
BEARINGS = "Rodamientos"
FASTENERS = "Tornillería"
ELECTRICAL = "Eléctricos"
ABRASIVES = "Abrasivos"
# Acumatica's InventoryID segment per family
PREFIX = {HYDRAULICS: "CNX", TOOLS: "HTA", BEARINGS: "RDM", FASTENERS: "TOR", ELECTRICAL: "ELC", ABRASIVES: "ABR"}

item = Items(gs1={}, salt="c20")

# JIC 37° dash sizes and the inch tube they carry
DASH = {"1/4": "04", "3/8": "06", "1/2": "08", "3/4": "12", "1": "16"}
# the NPT ends each JIC size is made with
NPT_FOR = {"1/4": ("1/8", "1/4"), "3/8": ("1/4", "3/8"), "1/2": ("3/8", "1/2"), "3/4": ("1/2", "3/4"), "1": ("3/4", "1")}
NPT_DASH = {"1/8": "2", "1/4": "4", "3/8": "6", "1/2": "8", "3/4": "12", "1": "16"}
HYD_TYPES = {
    # type → (name, Parker series, Eaton series, base price in colones)
    "jic_npt": ("Adaptador recto macho JIC 37° x macho NPT", "F5OX", "2021", 2400),
    "jic_npt_90": ("Codo 90° macho JIC 37° x macho NPT", "C5OX", "2024", 4100),
    "jic_f_npt": ("Adaptador hembra giratoria JIC 37° x macho NPT", "F6X", "2045", 3900),
    "orfs_npt": ("Adaptador macho ORFS x macho NPT", "F87OMLO", "", 5200),
}


def hydraulics() -> list[Product]:
    out = []
    for t, (name, parker, eaton, base) in HYD_TYPES.items():
        for jic, npts in NPT_FOR.items():
            for npt in npts:
                dn, nn = int(DASH[jic]), NPT_DASH[npt]
                size = frac(jic) * 1.6 + frac(npt)
                for material in ("acero", "inox"):
                    makers = [("Parker", f"{dn}-{nn} {parker}-{'SS' if material == 'inox' else 'S'}")]
                    if material == "acero" and eaton and t != "orfs_npt":
                        makers.append(("Eaton", f"{eaton}-{dn}-{nn}{'S'}"))
                    if material == "inox" and t in ("jic_npt_90", "orfs_npt"):
                        continue
                    for brand, ref in makers:
                        mat = "acero al carbono zincado" if material == "acero" else "acero inoxidable 316"
                        label = f'{name} -{DASH[jic]} ({jic}") x {npt}" {mat} {brand}'
                        price = base * size * (3.4 if material == "inox" else 1) * (1.1 if brand == "Parker" else 1)
                        out.append(item(f"hyd|{t}|{jic}|{npt}|{material}|{brand}", label, f"{label} {ref}", HYDRAULICS, brand, "UND", price,
                                        {"type": t, "jic": jic, "npt": npt, "material": material}, [ref]))
    # tees JIC 37° macho en los tres extremos
    for jic in DASH:
        for brand, ref in (("Parker", f"{int(DASH[jic])} JJJX-S"), ("Eaton", f"2062-{int(DASH[jic])}S")):
            label = f'Tee macho JIC 37° -{DASH[jic]} ({jic}") acero al carbono zincado {brand}'
            out.append(item(f"hyd|jic_tee|{jic}|{brand}", label, f"{label} {ref}", HYDRAULICS, brand, "UND", 6100 * frac(jic) * 1.8,
                            {"type": "jic_tee", "jic": jic, "material": "acero"}, [ref]))
    return out


MM_WRENCH = [str(n) for n in (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 30, 32)]
IN_WRENCH = ("5/16", "3/8", "7/16", "1/2", "9/16", "5/8", "11/16", "3/4", "13/16", "7/8", "15/16", "1")
TOOL_BRANDS = ("Stanley", "Truper", "Urrea")


def tools() -> list[Product]:
    out = []
    for system, sizes in (("mm", MM_WRENCH), ("pulg", IN_WRENCH)):
        for s in sizes:
            for brand in TOOL_BRANDS:
                if system == "pulg" and brand == "Truper" and s in ("11/16", "13/16", "15/16"):
                    continue
                tag = s.replace("/", "") + ("M" if system == "mm" else "")
                ref = {"Stanley": f"STMT{80000 + (int(s) if system == 'mm' else int(frac(s) * 64)) * 3 + (0 if system == 'mm' else 1)}",
                       "Truper": f"LLC-{tag}", "Urrea": f"12{tag}{'' if system == 'mm' else 'SAE'}"}[brand]
                size = f"{s} mm" if system == "mm" else f'{s}"'
                inches = int(s) / 25.4 if system == "mm" else frac(s)
                label = f"Llave combinada {size} cromo vanadio {brand}"
                out.append(item(f"wr|{system}|{s}|{brand}", label, f"{label} {ref}", TOOLS, brand, "UND", 2900 + 9800 * inches * (1.3 if brand == "Stanley" else 1),
                                {"type": "combo_wrench", "size": s, "system": system}, [ref]))
    sets = (("1/4", "mm", 13), ("1/4", "pulg", 13), ("3/8", "mm", 12), ("3/8", "pulg", 11), ("3/8", "mm", 21), ("1/2", "mm", 15),
            ("1/2", "pulg", 13), ("1/2", "mm", 24), ("1/2", "pulg", 24), ("3/4", "mm", 20), ("3/4", "pulg", 18))
    for drive, system, pieces in sets:
        for brand in ("Stanley", "Truper", "Urrea"):
            if drive == "3/4" and brand == "Truper":
                continue
            ref = f"{brand[:2].upper()}-{drive.replace('/', '')}{system[0].upper()}{pieces}"
            sysname = "milimétrico" if system == "mm" else "en pulgadas"
            label = f'Juego de dados encastre {drive}" {sysname} {pieces} piezas {brand}'
            out.append(item(f"set|{drive}|{system}|{pieces}|{brand}", label, f"{label} {ref}", TOOLS, brand, "JGO", 9000 * pieces * frac(drive) * 1.4,
                            {"type": "socket_set", "drive": drive, "system": system, "pieces": str(pieces)}, [ref]))
    for length in ("6", "8", "10", "12", "15"):
        for brand in ("Stanley", "Truper", "Urrea"):
            ref = f"{brand[:3].upper()}-AJ{length}"
            label = f'Llave ajustable {length}" cromada {brand}'
            out.append(item(f"adj|{length}|{brand}", label, f"{label} {ref}", TOOLS, brand, "UND", 1400 * int(length),
                            {"type": "adj_wrench", "length": length}, [ref]))
    return out


def bearings() -> list[Product]:
    out = []
    for desig, (bore, od, width) in BALL.items():
        for seal in ("ZZ", "2RS", "abierto"):
            for brand in ("SKF", "NTN"):
                if brand == "NTN" and desig.startswith("60") and seal == "ZZ" and int(desig[2:]) > 6:
                    continue
                if seal == "abierto" and desig.startswith("60"):
                    continue
                refs = {"SKF": {"ZZ": f"{desig}-2Z/C3", "2RS": f"{desig}-2RSH", "abierto": f"{desig}/C3"},
                        "NTN": {"ZZ": f"{desig}ZZCM", "2RS": f"{desig}LLUCM", "abierto": f"{desig}C3"}}
                ref = refs[brand][seal]
                shown = desig if seal == "abierto" else f"{desig}-{seal}"
                label = f"Rodamiento de bolas {shown} {bore}x{od}x{width} mm {brand}"
                out.append(item(f"brg|{desig}|{seal}|{brand}", label, f"{label} {ref}", BEARINGS, brand, "UND", 1800 + od * width * 11 * (1.25 if brand == "SKF" else 1),
                                {"type": "ball", "desig": desig, "seal": seal}, [ref]))
    return out


INCH_BOLTS = {"1/4": ("1", "1-1/2", "2"), "5/16": ("1", "1-1/2", "2"), "3/8": ("1", "1-1/2", "2", "3"),
              "1/2": ("1-1/2", "2", "3", "4"), "5/8": ("2", "3", "4"), "3/4": ("2", "3", "4", "6")}
MM_BOLTS = {"M6": ("20", "30"), "M8": ("20", "30", "40"), "M10": ("30", "40", "50"), "M12": ("40", "50", "60", "80"), "M16": ("50", "60", "80")}


def fasteners() -> list[Product]:
    out = []
    for dia, lengths in INCH_BOLTS.items():
        for length in lengths:
            for grade in ("5", "8"):
                if grade == "8" and dia in ("1/4", "5/16"):
                    continue
                pack = 100 if frac(dia) < 0.5 else 50
                label = f'Perno hexagonal UNC {dia}" x {length}" grado {grade} zincado'
                out.append(item(f"bolt|{dia}|{length}|{grade}", label, f"{label} caja de {pack}", FASTENERS, "", "UND", 60 + 900 * frac(dia) ** 2 * frac(length) * (1.6 if grade == "8" else 1),
                                {"type": "bolt_in", "dia": dia, "len": length, "grade": grade}, pack=pack))
    for dia, lengths in MM_BOLTS.items():
        for length in lengths:
            pack = 100 if int(dia[1:]) < 10 else 50
            label = f"Perno hexagonal {dia} x {length} mm clase 8.8 zincado"
            out.append(item(f"bolt|{dia}|{length}|8.8", label, f"{label} caja de {pack}", FASTENERS, "", "UND", 40 + int(dia[1:]) ** 2 * int(length) * 0.09,
                            {"type": "bolt_mm", "dia": dia, "len": length, "class": "8.8"}, pack=pack))
    return out


def electrical() -> list[Product]:
    out = []
    amps = {"1": (15, 20, 30, 40, 50), "2": (15, 20, 30, 40, 50, 60, 70, 100), "3": (20, 30, 40, 50, 60, 100)}
    for poles, values in amps.items():
        for a in values:
            for brand, ref in (("Schneider", f"QO{poles}{a}"), ("Siemens", f"Q{poles}{a}")):
                label = f"Breaker enchufable {poles} polo{'s' if poles != '1' else ''} {a} A 120/240 V {brand}"
                out.append(item(f"cb|{poles}|{a}|{brand}", label, f"{label} {ref}", ELECTRICAL, brand, "UND", 5200 * int(poles) + 60 * a,
                                {"type": "breaker", "poles": poles, "amps": str(a)}, [ref]))
    return out


def abrasives() -> list[Product]:
    out = []
    cuts = {"4-1/2": ("1.0", "1.6", "2.5"), "7": ("1.6", "3.0"), "9": ("1.9", "3.0"), "14": ("3.0",)}
    for dia, thicks in cuts.items():
        for thick in thicks:
            for brand in ("Norton", "DeWalt", "3M"):
                if brand == "3M" and dia == "14":
                    continue
                ref = {"Norton": f"NOR-{dia.replace('-', '').replace('/', '')}{thick.replace('.', '')}", "DeWalt": f"DW8{40 + len(out) % 50:03d}", "3M": f"3M-CO{dia.replace('-', '').replace('/', '')}{thick.replace('.', '')}"}[brand]
                label = f'Disco de corte metal {dia}" x {thick} mm {brand}'
                out.append(item(f"cut|{dia}|{thick}|{brand}", label, f"{label} {ref}", ABRASIVES, brand, "UND", 500 + 210 * frac(dia) * float(thick),
                                {"type": "cut_disc", "dia": dia, "thick": thick}, [ref]))
    for dia in ("4-1/2", "7", "9"):
        for grit in ("36", "60", "80"):
            for brand in ("Norton", "3M"):
                if grit == "36" and dia == "9":
                    continue
                ref = f"{'NOR' if brand == 'Norton' else '3M'}-FL{dia.replace('-', '').replace('/', '')}G{grit}"
                label = f'Disco flap {dia}" grano {grit} {brand}'
                out.append(item(f"flap|{dia}|{grit}|{brand}", label, f"{label} {ref}", ABRASIVES, brand, "UND", 900 + 400 * frac(dia),
                                {"type": "flap_disc", "dia": dia, "grit": grit}, [ref]))
    return out


def products() -> list[Product]:
    out = hydraulics() + tools() + bearings() + fasteners() + electrical() + abrasives()
    return out
