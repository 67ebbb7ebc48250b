"""Catalog 11's products, family by family (Prophet 21 items of an El Paso / Juárez house)."""

from __future__ import annotations

import re
from decimal import Decimal

from bench.catalog4.model import Product, unit

BEARINGS = "Bearings & PT"
FASTENERS = "Fasteners"
VALVES = "Valves & Fittings"
ELECTRICAL = "Electrical"
ABRASIVES = "Abrasives"
WELDING = "Welding"
CUTTING = "Cutting Tools"
SAFETY = "Safety & PPE"
WIDTH = 40  # P21's item description


def item_id(prefix: str, part: str) -> str:
    """P21 item ID: the maker's prefix and its part number, upper case, no spaces."""
    return prefix + re.sub(r"\s+", "", part.upper())


def P(key: str, name: str, desc: str, family: str, brand: str, prefix: str, part: str, uom: str, price: float | str,
      attrs: dict[str, str], pack: int = 1, alias: bool = True, extra: tuple[str, ...] = ()) -> Product:
    assert len(name) <= WIDTH, name
    aliases = ([part] if alias else []) + list(extra)
    p = Product(key, name, desc, family, brand, uom, Decimal(f"{float(price):.2f}"), attrs, aliases, pack)
    p.sku = item_id(prefix, part)
    return p


# --- bearings and power transmission ----------------------------------------------------------

BORE = (10, 12, 15, 17, 20, 25, 30, 35, 40, 45, 50)
SIZES = {  # designation: (d, D, B)
    **{f"60{n:02d}": (BORE[n], od, b) for n, (od, b) in enumerate(zip((26, 28, 32, 35, 42, 47, 55), (8, 8, 9, 10, 12, 12, 13), strict=True))},
    **{f"62{n:02d}": (BORE[n], od, b) for n, (od, b) in enumerate(zip((30, 32, 35, 40, 47, 52, 62, 72, 80, 85, 90), (9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20), strict=True))},
    **{f"63{n:02d}": (BORE[n], od, b) for n, (od, b) in enumerate(zip((35, 37, 42, 47, 52, 62, 72), (11, 12, 13, 14, 15, 17, 19), strict=True))},
}
MAKERS = {  # brand: (prefix, open, 2RS, ZZ, C3 suffix after 2RS)
    "SKF": ("SKF", "", "-2RSH", "-2Z", "/C3"),
    "NSK": ("NSK", "", "DDU", "ZZ", "C3"),
    "NTN": ("NTN", "", "LLU", "ZZ", "C3"),
    "FAG": ("FAG", "", "-2RSR", "-2ZR", "-C3"),
    "Timken": ("TIM", "", "-2RS", "-ZZ", " C3"),
}
SEAL_ES = {"OPEN": "ABIERTO", "2RS": "SELLADO HULE 2 LADOS", "ZZ": "BLINDADO METAL 2 LADOS"}


def bearings() -> list[Product]:
    out = []
    for des, (d, big, b) in SIZES.items():
        brands = sorted(MAKERS, key=lambda br: unit(des, br, "c11"))[:2]
        for seal, idx in (("OPEN", 1), ("2RS", 2), ("ZZ", 3)):
            for brand in brands:
                prefix, *suffix = MAKERS[brand]
                part = des + suffix[idx - 1]
                price = 2.4 + d * 0.28 + big * 0.06 + (1.2 if seal != "OPEN" else 0)
                price *= 1.4 if brand in ("SKF", "FAG", "Timken") else 1
                name = f"BRG BALL {des}{'' if seal == 'OPEN' else ' ' + seal} {brand.upper()}"
                out.append(P(f"brg|{des}|{seal}|{brand}", name, f"RODAMIENTO DE BOLAS {d}X{big}X{b} MM {SEAL_ES[seal]}",
                             BEARINGS, brand, prefix, part, "EA", price,
                             {"type": "ball_bearing", "series": des, "seal": seal, "clearance": "CN"},
                             alias=seal != "OPEN"))
        if des.startswith("62"):  # the maquilas' motors want C3, one brand stocked
            brand = brands[0]
            prefix, *suffix = MAKERS[brand]
            part = des + suffix[1] + suffix[3]
            out.append(P(f"brg|{des}|2RS|C3|{brand}", f"BRG BALL {des} 2RS C3 {brand.upper()}",
                         f"RODAMIENTO DE BOLAS {d}X{big}X{b} MM SELLADO HULE 2 LADOS JUEGO C3", BEARINGS, brand, prefix, part,
                         "EA", (3.8 + d * 0.3 + big * 0.06) * 1.5, {"type": "ball_bearing", "series": des, "seal": "2RS", "clearance": "C3"}))
    # pillow blocks: inch and metric bores of the same housing, two makers
    inch_bore = {"204": "3/4", "205": "1", "206": "1-1/4", "207": "1-7/16", "208": "1-1/2", "210": "1-15/16"}
    inch_code = {"3/4": "12", "1": "16", "1-1/4": "20", "1-7/16": "23", "1-1/2": "24", "1-15/16": "31"}
    for n, bore in inch_bore.items():
        mm = {"204": 20, "205": 25, "206": 30, "207": 35, "208": 40, "210": 50}[n]
        for brand, prefix in (("NTN", "NTN"), ("FYH", "FYH")):
            price = 11 + int(n[1:]) * 2.6
            out.append(P(f"pb|{n}|{bore}|{brand}", f"BRG PB 2-BOLT UCP{n}-{inch_code[bore]} {bore}IN {brand}",
                         f"CHUMACERA DE PISO FLECHA {bore} PULG", BEARINGS, brand, prefix, f"UCP{n}-{inch_code[bore]}", "EA", price,
                         {"type": "pillow_block", "housing": f"UCP{n}", "bore": bore}))
            out.append(P(f"pb|{n}|{mm}mm|{brand}", f"BRG PB 2-BOLT UCP{n} {mm}MM {brand}",
                         f"CHUMACERA DE PISO FLECHA {mm} MM", BEARINGS, brand, prefix, f"UCP{n}", "EA", price,
                         {"type": "pillow_block", "housing": f"UCP{n}", "bore": f"{mm}mm"}))
    sets = {"1": ("LM11949", "LM11910", 19.05), "2": ("M12649", "M12610", 21.43), "3": ("L44649", "L44610", 26.99),
            "4": ("LM48548", "LM48510", 34.93), "5": ("L44643", "L44610", 25.4), "6": ("LM67048", "LM67010", 31.75),
            "11": ("LM501349", "LM501310", 41.28), "12": ("L68149", "L68111", 34.99)}  # fmt: skip
    for n, (cone, cup, bore) in sets.items():
        out.append(P(f"set|{n}", f"BRG TAPER SET{n} {cone}/{cup[-2:]} TIMKEN", f"RODAMIENTO DE RODILLOS CONICOS {bore} MM",
                     BEARINGS, "Timken", "TIM", f"SET{n}", "EA", 14 + bore * 0.5,
                     {"type": "taper_set", "set": f"SET{n}"}, extra=(f"{cone}/{cup}",)))
    for size, pitch in (("40", "1/2"), ("50", "5/8"), ("60", "3/4"), ("80", "1")):
        for brand, prefix in (("Tsubaki", "TSU"), ("Diamond", "DIA")):
            out.append(P(f"chain|{size}|{brand}", f"CHAIN ROLLER #{size}-1 RIV {pitch}P {brand.upper()}",
                         f"CADENA DE RODILLOS ANSI {size} SENCILLA", BEARINGS, brand, prefix, f"{size}-1R", "FT",
                         2.2 + int(size) * 0.09, {"type": "roller_chain", "size": size}))
            out.append(P(f"link|{size}|{brand}", f"LINK CONN #{size}-1 {brand.upper()}", f"ESLABON DE CONEXION CADENA {size}",
                         BEARINGS, brand, prefix, f"{size}-1CL", "EA", 0.9 + int(size) * 0.03, {"type": "connecting_link", "size": size}))
    return out


# --- fasteners -----------------------------------------------------------------------------------

UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
UNF = {"3/8": "24", "1/2": "20"}
HHCS_LEN = {"1/4": ("3/4", "1", "1-1/2"), "5/16": ("1", "1-1/2", "2"), "3/8": ("1", "1-1/2", "2", "3"),
            "1/2": ("1-1/2", "2", "3", "4"), "5/8": ("2", "3", "4"), "3/4": ("2", "3", "4")}  # fmt: skip
FRAC16 = {"1/4": "04", "5/16": "05", "3/8": "06", "1/2": "08", "5/8": "10", "3/4": "12"}


def _len_code(length: str) -> str:
    whole, _, frac = length.partition("-")
    if "/" in whole:
        frac, whole = whole, "0"
    num, den = (int(x) for x in frac.split("/")) if frac else (0, 1)
    return f"{int(whole) * 4 + num * 4 // den:03d}"


def fasteners() -> list[Product]:
    out = []
    for dia, lengths in HHCS_LEN.items():
        for length in lengths:
            for grade, fin, fin_es, code in (("5", "ZP", "ZINCADO", "1"), ("8", "YZ", "ZINC AMARILLO", "3")):
                pack = 50 if dia in ("5/8", "3/4") else 100
                out.append(P(f"hhcs|{dia}-{UNC[dia]}|{length}|{grade}", f"HHCS {dia}-{UNC[dia]}X{length} GR{grade} {fin}",
                             f"TORNILLO CABEZA HEXAGONAL {dia} X {length} PULG GRADO {grade} {fin_es}", FASTENERS, "Brighton-Best",
                             "BBI", f"{code}9{FRAC16[dia]}{_len_code(length)}", "EA", 0.06 + len(dia) * 0.05 * (2.2 if grade == "8" else 1) + len(length) * 0.02,
                             {"type": "hex_cap_screw", "diameter": dia, "tpi": UNC[dia], "length": length, "grade": grade}, pack=pack, alias=False))
        if dia in UNF:
            for length in HHCS_LEN[dia][:3]:
                out.append(P(f"hhcs|{dia}-{UNF[dia]}|{length}|8", f"HHCS {dia}-{UNF[dia]}X{length} GR8 YZ FINE",
                             f"TORNILLO CABEZA HEXAGONAL {dia} X {length} PULG ROSCA FINA GRADO 8", FASTENERS, "Brighton-Best",
                             "BBI", f"39{FRAC16[dia]}{_len_code(length)}F", "EA", 0.3 + len(dia) * 0.08,
                             {"type": "hex_cap_screw", "diameter": dia, "tpi": UNF[dia], "length": length, "grade": "8"}, pack=100, alias=False))
        for grade, fin, code in (("5", "ZP", "1"), ("8", "YZ", "3")):
            out.append(P(f"nut|{dia}|{grade}", f"NUT HEX {dia}-{UNC[dia]} GR{grade} {fin} (LB)", f"TUERCA HEXAGONAL {dia} PULG GRADO {grade} (POR LIBRA)",
                         FASTENERS, "Brighton-Best", "BBI", f"{code}7{FRAC16[dia]}LB", "LB", 3.1 + len(dia) * 0.4 * (1.6 if grade == "8" else 1),
                         {"type": "hex_nut", "diameter": dia, "grade": grade}, alias=False))
        out.append(P(f"nyloc|{dia}", f"NUT NYLON INS {dia}-{UNC[dia]} ZP", f"TUERCA DE SEGURIDAD CON NYLON {dia} PULG ZINCADA",
                     FASTENERS, "Brighton-Best", "BBI", f"17N{FRAC16[dia]}", "EA", 0.05 + len(dia) * 0.03,
                     {"type": "nylon_lock_nut", "diameter": dia}, pack=100, alias=False))
        for std in ("SAE", "USS"):
            out.append(P(f"fw|{dia}|{std}", f"WSHR FLAT {std} {dia} ZP (LB)", f"RONDANA PLANA {std} {dia} PULG (POR LIBRA)",
                         FASTENERS, "Brighton-Best", "BBI", f"1W{std[0]}{FRAC16[dia]}LB", "LB", 2.4 + len(dia) * 0.2,
                         {"type": "flat_washer", "diameter": dia, "standard": std}, alias=False))
        out.append(P(f"lw|{dia}", f"WSHR LOCK SPLIT {dia} ZP", f"RONDANA DE PRESION {dia} PULG ZINCADA", FASTENERS, "Brighton-Best",
                     "BBI", f"1L{FRAC16[dia]}", "EA", 0.03 + len(dia) * 0.01, {"type": "lock_washer", "diameter": dia}, pack=100, alias=False))
        out.append(P(f"rod|{dia}|ZP", f"ROD THRD {dia}-{UNC[dia]} ZP (FT)", f"ESPARRAGO ROSCADO {dia} PULG ZINCADO POR PIE",
                     FASTENERS, "Brighton-Best", "BBI", f"1R{FRAC16[dia]}FT", "FT", 0.35 + len(dia) * 0.25,
                     {"type": "threaded_rod", "diameter": dia, "material": "zinc"}, alias=False))
        if dia in ("1/4", "3/8", "1/2", "5/8"):
            out.append(P(f"rod|{dia}|SS", f"ROD THRD {dia}-{UNC[dia]} SS304 (FT)", f"ESPARRAGO ROSCADO {dia} PULG INOX 304 POR PIE",
                         FASTENERS, "Brighton-Best", "BBI", f"4R{FRAC16[dia]}FT", "FT", 1.4 + len(dia) * 0.8,
                         {"type": "threaded_rod", "diameter": dia, "material": "ss304"}, alias=False))
    for dia in ("1/4", "5/16", "3/8", "1/2"):
        for length in ("3/4", "1", "1-1/2"):
            out.append(P(f"shcs|{dia}|{length}", f"SHCS {dia}-{UNC[dia]}X{length} BLK ALLOY BX/100",
                         f"TORNILLO ALLEN CABEZA CILINDRICA {dia} X {length} PULG PAVONADO CAJA 100", FASTENERS, "Holo-Krome",
                         "HOL", f"72{FRAC16[dia]}{_len_code(length)}", "BX", 14 + len(dia) * 6 + len(length) * 2,
                         {"type": "socket_cap_screw", "diameter": dia, "length": length}))
    metric_len = {"M6": (16, 20, 25), "M8": (20, 25, 30), "M10": (25, 30, 40), "M12": (30, 40, 50), "M16": (40, 50, 60)}
    pitch = {"M6": "1.0", "M8": "1.25", "M10": "1.5", "M12": "1.75", "M16": "2.0"}
    for m, lengths in metric_len.items():
        for length in lengths:
            out.append(P(f"hcsm|{m}|{length}", f"HCS {m}-{pitch[m]}X{length} CL8.8 ZP DIN933",
                         f"TORNILLO HEXAGONAL METRICO {m} X {length} MM CLASE 8.8 ZINCADO", FASTENERS, "Brighton-Best", "BBI",
                         f"M933-{m[1:]}{length:03d}", "EA", 0.05 + int(m[1:]) * length * 0.0009, {"type": "metric_hex_bolt", "thread": m, "length": str(length)},
                         pack=100, alias=False))
            if m != "M16":
                out.append(P(f"shcsm|{m}|{length}", f"SHCS {m}-{pitch[m]}X{length} CL12.9 BLK BX/100",
                             f"TORNILLO ALLEN METRICO {m} X {length} MM CLASE 12.9 CAJA 100", FASTENERS, "Holo-Krome", "HOL",
                             f"M912-{m[1:]}{length:03d}", "BX", 12 + int(m[1:]) * length * 0.05,
                             {"type": "metric_socket_cap_screw", "thread": m, "length": str(length)}))
        out.append(P(f"nutm|{m}", f"NUT HEX {m}-{pitch[m]} CL8 ZP DIN934 (LB)", f"TUERCA HEXAGONAL METRICA {m} CLASE 8 (POR LIBRA)",
                     FASTENERS, "Brighton-Best", "BBI", f"M934-{m[1:]}LB", "LB", 3.6 + int(m[1:]) * 0.1, {"type": "metric_hex_nut", "thread": m}, alias=False))
    for dia, length, part in (("3/8", "3", "WS-3830"), ("3/8", "5", "WS-3850"), ("1/2", "4-1/4", "WS-1244"), ("1/2", "5-1/2", "WS-1254"),
                              ("5/8", "5", "WS-5850"), ("3/4", "5-1/2", "WS-3455")):
        out.append(P(f"anchor|{dia}|{length}", f"ANCHOR WEDGE {dia}X{length} ZP TRUBOLT", f"TAQUETE DE EXPANSION {dia} X {length} PULG",
                     FASTENERS, "Red Head", "RDH", part, "EA", 0.5 + len(length) * 0.3 + len(dia) * 0.2,
                     {"type": "wedge_anchor", "diameter": dia, "length": length}, pack=25 if dia != "3/4" else 10))
    return out


# --- valves and fittings ---------------------------------------------------------------------------

NPT = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
SIZE_CODE = {"1/4": "14", "3/8": "38", "1/2": "12", "3/4": "34", "1": "1", "1-1/4": "114", "1-1/2": "112", "2": "2"}


def valves() -> list[Product]:
    out = []
    for i, s in enumerate(NPT):
        out.append(P(f"vball|brass|{s}|Apollo", f"VLV BALL {s} FNPT BRZ 600WOG APOLLO", f"VALVULA DE BOLA {s} PULG BRONCE ROSCADA",
                     VALVES, "Apollo", "APO", f"70-10{i + 1}-01", "EA", 9 + i * i * 3.1,
                     {"type": "ball_valve", "size": s, "material": "brass"}))
        out.append(P(f"vball|brass|{s}|NIBCO", f"VLV BALL {s} FNPT BRZ 600WOG NIBCO", f"VALVULA DE BOLA {s} PULG BRONCE ROSCADA",
                     VALVES, "NIBCO", "NIB", f"T-585-70-{SIZE_CODE[s]}", "EA", 8.5 + i * i * 2.9,
                     {"type": "ball_valve", "size": s, "material": "brass"}))
        out.append(P(f"vball|ss316|{s}", f"VLV BALL {s} FNPT SS316 1000WOG APOLLO", f"VALVULA DE BOLA {s} PULG ACERO INOXIDABLE 316",
                     VALVES, "Apollo", "APO", f"76-10{i + 1}-01", "EA", 24 + i * i * 7,
                     {"type": "ball_valve", "size": s, "material": "ss316"}))
        if i >= 2:
            out.append(P(f"vcheck|{s}", f"VLV CHECK SWING {s} FNPT BRZ NIBCO", f"VALVULA CHECK COLUMPIO {s} PULG BRONCE",
                         VALVES, "NIBCO", "NIB", f"T-413-B-{SIZE_CODE[s]}", "EA", 14 + i * i * 3.4, {"type": "check_valve", "size": s}))
            out.append(P(f"vgate|{s}", f"VLV GATE {s} FNPT BRZ NIBCO", f"VALVULA DE COMPUERTA {s} PULG BRONCE",
                         VALVES, "NIBCO", "NIB", f"T-134-{SIZE_CODE[s]}", "EA", 18 + i * i * 4, {"type": "gate_valve", "size": s}))
    fittings = {"elbow90": ("ELL 90", "CODO 90 GRADOS", "01"), "tee": ("TEE", "TEE", "02"), "union": ("UNION", "TUERCA UNION", "03"),
                "coupling": ("CPLG", "COPLE", "04"), "plug": ("PLUG SQ HD", "TAPON MACHO", "05"), "bushing": ("BUSH HEX", "BUSHING REDUCCION", "06"),
                "nipple_close": ("NIP CLOSE", "NIPLE CORRIDO", "07")}  # fmt: skip
    for kind, (word, es, code) in fittings.items():
        for i, s in enumerate(NPT):
            if kind == "bushing" and i == 0:
                continue
            size = f"{s}X{NPT[i - 1]}" if kind == "bushing" else s
            for mat, short, brand, prefix, es_mat in (("black", "BLK", "Anvil", "ANV", "NEGRO"), ("galvanized", "GALV", "Ward", "WRD", "GALVANIZADO")):
                mi = "SCH40" if kind == "nipple_close" else "MI 150#"
                out.append(P(f"fit|{kind}|{s}|{mat}", f"{word} {size} {short} {mi}", f"{es} {size.replace('X', ' X ')} PULG {es_mat}",
                             VALVES, brand, prefix, f"{short[0]}{code}-{SIZE_CODE[s]}", "EA", 0.9 + i * i * 0.8 * (1.3 if mat == "galvanized" else 1),
                             {"type": kind, "size": size.lower(), "material": mat}, alias=False))
    return out


# --- electrical ---------------------------------------------------------------------------------------

def electrical() -> list[Product]:
    out = []
    series = (("QO", "Square D", "SQD", "QO"), ("BR", "Eaton", "EAT", "BR"), ("QP", "Siemens", "SIE", "Q"))
    for poles in (1, 2):
        for amps in (15, 20, 30, 40, 50, 60):
            if poles == 1 and amps > 30:
                continue
            for ser, brand, prefix, cat in series:
                part = f"{cat}{poles}{amps}" if poles == 2 else f"{cat}1{amps}"
                out.append(P(f"brk|{ser}|{poles}|{amps}", f"BRKR {ser} {poles}P {amps}A {'120' if poles == 1 else '120/240'}V PLUG-IN",
                             f"INTERRUPTOR TERMOMAGNETICO {poles} POLO{'S' if poles > 1 else ''} {amps} AMP", ELECTRICAL, brand, prefix,
                             part, "EA", 6 + amps * 0.15 + poles * 7 + (3 if ser == "QO" else 0),
                             {"type": "breaker", "series": ser, "poles": str(poles), "amps": str(amps)}))
    coils = {"120VAC": "G7", "24VAC": "B7", "24VDC": "BD"}
    for amps in (9, 12, 18, 25, 32, 40):
        for coil, code in coils.items():
            out.append(P(f"cont|{amps}|{coil}", f"CONTACTOR IEC {amps}A 3P {coil} COIL TESYS", f"CONTACTOR {amps} AMP BOBINA {coil}",
                         ELECTRICAL, "Schneider", "SQD", f"LC1D{amps:02d}{code}", "EA", 28 + amps * 1.6 + (12 if coil == "24VDC" else 0),
                         {"type": "contactor", "amps": str(amps), "coil": coil}))
    for amps in (15, 20, 30, 40, 60, 100):
        for volts, bus, lit in (("250", "FRN-R", "FLNR"), ("600", "FRS-R", "FLSR")):
            for brand, prefix, part in (("Bussmann", "BUS", f"{bus}-{amps}"), ("Littelfuse", "LIT", f"{lit}{amps:03d}")):
                out.append(P(f"fuse|{volts}|{amps}|{brand}", f"FUSE RK5 {amps}A {volts}V TD {part}", f"FUSIBLE CLASE RK5 {amps} AMP {volts} V",
                             ELECTRICAL, brand, prefix, part, "EA", 3 + amps * 0.08 + (4 if volts == "600" else 0),
                             {"type": "fuse_rk5", "amps": str(amps), "volts": volts}))
    colours = {"BLK": "NEGRO", "WHT": "BLANCO", "RED": "ROJO", "GRN": "VERDE", "BLU": "AZUL"}
    for awg in ("14", "12", "10"):
        for c, es in colours.items():
            out.append(P(f"thhn|{awg}|{c}", f"WIRE THHN {awg}AWG STR {c} 500FT RL", f"CABLE THHN CAL {awg} COBRE {es} CARRETE 500 PIES",
                         ELECTRICAL, "Southwire", "SWR", f"{awg}{c}STR-500", "RL", {"14": 62, "12": 88, "10": 135}[awg],
                         {"type": "thhn_wire", "awg": awg, "colour": c, "put_up": "reel"}, alias=False))
    for awg in ("8", "6", "4", "2"):
        for c, es in list(colours.items())[:4]:
            out.append(P(f"thhn|{awg}|{c}", f"WIRE THHN {awg}AWG STR {c} (FT)", f"CABLE THHN CAL {awg} COBRE {es} POR PIE",
                         ELECTRICAL, "Southwire", "SWR", f"{awg}{c}STR-FT", "FT", {"8": 0.48, "6": 0.72, "4": 1.1, "2": 1.65}[awg],
                         {"type": "thhn_wire", "awg": awg, "colour": c, "put_up": "cut"}, alias=False))
    for spec in ("14/3", "12/3", "12/4", "10/3"):
        out.append(P(f"so|{spec}", f"CORD SO {spec} 600V BLK (FT)", f"CABLE USO RUDO SO {spec} POR PIE", ELECTRICAL, "Southwire",
                     "SWR", f"SO{spec.replace('/', '-')}-FT", "FT", 0.8 + int(spec[:2]) * 0.02 + int(spec[-1]) * 0.2,
                     {"type": "so_cord", "spec": spec}, alias=False))
    out.append(P("tape|33+", "TAPE ELEC 3/4X66FT BLK SUPER 33+", "CINTA DE AISLAR VINIL NEGRA 3/4 X 66 PIES", ELECTRICAL, "3M",
                 "MMM", "SUPER33+-3/4X66", "RL", 6.8, {"type": "electrical_tape", "colour": "BLK", "grade": "premium"}, extra=("Super 33+",)))
    out.append(P("tape|1700", "TAPE ELEC 3/4X60FT BLK TEMFLEX 1700", "CINTA DE AISLAR VINIL NEGRA 3/4 X 60 PIES", ELECTRICAL, "3M",
                 "MMM", "1700-3/4X60", "RL", 2.1, {"type": "electrical_tape", "colour": "BLK", "grade": "general"}, extra=("Temflex 1700",)))
    for c, es in (("RED", "ROJA"), ("WHT", "BLANCA"), ("GRN", "VERDE"), ("BLU", "AZUL"), ("YEL", "AMARILLA")):
        out.append(P(f"tape|35|{c}", f"TAPE ELEC 3/4X66FT {c} SCOTCH 35", f"CINTA DE AISLAR VINIL {es} 3/4 X 66 PIES", ELECTRICAL, "3M",
                     "MMM", f"35-{c}-3/4X66", "RL", 7.4, {"type": "electrical_tape", "colour": c, "grade": "colour"}))
    for s in ("1/2", "3/4", "1", "1-1/4"):
        for kind, word, es in (("emt_connector", "CONN EMT SET SCREW", "CONECTOR EMT"), ("emt_coupling", "CPLG EMT SET SCREW", "COPLE EMT")):
            out.append(P(f"{kind}|{s}", f"{word} {s} STL", f"{es} {s} PULG ACERO TORNILLO", ELECTRICAL, "Bridgeport", "BPT",
                         f"{'25' if kind == 'emt_connector' else '26'}{SIZE_CODE[s]}-S", "EA", 0.6 + len(s) * 0.4, {"type": kind, "size": s}, alias=False))
    return out


# --- abrasives ------------------------------------------------------------------------------------------

def abrasives() -> list[Product]:
    out = []
    wheels = (("4-1/2", "115", ".045", "1.2", "7/8"), ("4-1/2", "115", "1/16", "1.6", "7/8"), ("5", "125", ".045", "1.2", "7/8"),
              ("6", "150", ".045", "1.2", "7/8"), ("7", "180", "1/16", "1.6", "7/8"), ("9", "230", "5/64", "2.0", "7/8"),
              ("14", "355", "7/64", "2.8", "1"))  # fmt: skip
    for d, mm, t, tmm, arbor in wheels:
        for brand, prefix, base in (("Norton", "NOR", 662528), ("Weiler", "WEI", 56)):
            n = int(unit(d, t, brand, "c11") * 900) + 100
            part = f"{base}{n:03d}{int(mm) // 5:02d}" if brand == "Norton" else f"{base}{n:03d}"
            out.append(P(f"cut|{d}|{t}|{brand}", f"WHL CUTOFF {d}X{t}X{arbor} T1 {brand.upper()}",
                         f"DISCO DE CORTE {mm} X {tmm} MM METAL E INOX", ABRASIVES, brand, prefix, part, "EA",
                         1.2 + int(mm) / 100 * float(tmm), {"type": "cutoff_wheel", "diameter": d, "thickness": t}, pack=25 if mm != "355" else 10))
    for d, mm in (("4-1/2", "115"), ("7", "180"), ("9", "230")):
        for brand, prefix, base in (("Norton", "NOR", 662529), ("Weiler", "WEI", 57)):
            n = int(unit(d, "grind", brand) * 900) + 100
            out.append(P(f"grind|{d}|{brand}", f"WHL GRIND {d}X1/4X7/8 T27 {brand.upper()}", f"DISCO DE DESBASTE {mm} X 6 MM",
                         ABRASIVES, brand, prefix, f"{base}{n:03d}", "EA", 2.5 + int(mm) / 40, {"type": "grinding_wheel", "diameter": d}, pack=10))
        if d != "9":
            for grit in ("40", "60", "80", "120"):
                for brand, prefix, base in (("Norton", "NOR", 662530), ("Weiler", "WEI", 51)):
                    n = int(unit(d, grit, "flap", brand) * 900) + 100
                    out.append(P(f"flap|{d}|{grit}|{brand}", f"DISC FLAP {d}X7/8 Z{grit} T29 {brand.upper()}",
                                 f"DISCO DE LAMINAS {mm} MM GRANO {grit} ZIRCONIO", ABRASIVES, brand, prefix, f"{base}{n:03d}", "EA",
                                 4.2 + int(mm) / 55, {"type": "flap_disc", "diameter": d, "grit": grit}, pack=10))
    for d in ("4-1/2", "7"):
        for grit in ("24", "36", "50", "80"):
            out.append(P(f"fibre|{d}|{grit}", f"DISC FIBER {d}X7/8 {grit}G AO BX/25", f"DISCO DE FIBRA {d} PULG GRANO {grit} CAJA 25",
                         ABRASIVES, "3M", "MMM", f"987C-{d.replace('-', '')}-{grit}", "BX", 28 + len(d) * 3,
                         {"type": "fibre_disc", "diameter": d, "grit": grit}))
    for size in ("1X30", "2X72", "4X36"):
        for grit in ("36", "60", "80", "120"):
            out.append(P(f"belt|{size}|{grit}", f"BELT SAND {size} {grit}G CERAMIC", f"BANDA DE LIJA {size.replace('X', ' X ')} PULG GRANO {grit}",
                         ABRASIVES, "Norton", "NOR", f"78072{size.replace('X', '')}{grit}", "EA", 2 + int(size.split("X")[1]) * 0.06,
                         {"type": "sanding_belt", "size": size.lower(), "grit": grit}, pack=10, alias=False))
    for kind, word, es in (("knot", "KNOT", "TRENZADO"), ("crimp", "CRIMP", "ONDULADO")):
        for d in ("4", "6"):
            out.append(P(f"cup|{kind}|{d}", f"BRUSH CUP {d}IN {word} 5/8-11 WEILER", f"CEPILLO DE COPA {d} PULG ALAMBRE {es}",
                         ABRASIVES, "Weiler", "WEI", f"{'12' if kind == 'knot' else '14'}{d}0{len(kind)}", "EA", 14 + int(d) * 3,
                         {"type": "cup_brush", "wire": kind, "diameter": d}))
    return out


# --- welding -------------------------------------------------------------------------------------------------

def welding() -> list[Product]:
    out = []
    lincoln = {"E6010": "Fleetweld 5P+", "E6011": "Fleetweld 35", "E6013": "Fleetweld 37", "E7018": "Excalibur 7018 MR"}
    esab = {"E6010": "Sureweld 10P Plus", "E6011": "Sureweld 6011", "E6013": "Sureweld 6013", "E7018": "Atom Arc 7018"}
    for cls in lincoln:
        for dia in ("3/32", "1/8", "5/32"):
            for brand, prefix, trade in (("Lincoln", "LIN", lincoln[cls]), ("ESAB", "ESA", esab[cls])):
                n = int(unit(cls, dia, brand) * 90000) + 10000
                part = f"ED0{n:05d}" if brand == "Lincoln" else f"24{n:05d}0{len(dia)}"
                out.append(P(f"rod|{cls}|{dia}|{brand}", f"ELECTRODE {cls} {dia} {brand.upper()} 50LB",
                             f"ELECTRODO {cls} {dia} PULG LATA 50 LB {trade.upper()}", WELDING, brand, prefix, part, "LB",
                             2.6 + (0.7 if cls == "E7018" else 0), {"type": "electrode", "class": cls, "diameter": dia}, pack=50))
    for dia in (".023", ".030", ".035", ".045"):
        for brand, prefix, trade in (("Lincoln", "LIN", "SuperArc L-56"), ("ESAB", "ESA", "Spoolarc 86")):
            n = int(unit("mig", dia, brand) * 90000) + 10000
            part = f"ED0{n:05d}" if brand == "Lincoln" else f"24{n:05d}33"
            out.append(P(f"mig|{dia}|{brand}", f"WIRE MIG ER70S-6 {dia} 33LB SPL {brand.upper()}", f"MICROALAMBRE ER70S-6 {dia} CARRETE 33 LB",
                         WELDING, brand, prefix, part, "LB", 2.9, {"type": "mig_wire", "alloy": "ER70S-6", "diameter": dia}, pack=33,
                         extra=(f"{trade} {dia}",)))
    for dia in (".030", ".035"):
        out.append(P(f"fcaw|{dia}", f"WIRE FLUX CORE E71T-11 {dia} 10LB NR-211", f"MICROALAMBRE TUBULAR E71T-11 {dia} 10 LB",
                     WELDING, "Lincoln", "LIN", f"ED0301{dia[-2:]}", "LB", 5.2, {"type": "flux_core_wire", "diameter": dia}, pack=10,
                     extra=(f"NR-211-MP {dia}",)))
    for alloy in ("ER70S-2", "ER308L"):
        for dia in ("1/16", "3/32"):
            out.append(P(f"tig|{alloy}|{dia}", f"ROD TIG {alloy} {dia}X36 10LB", f"VARILLA TIG {alloy} {dia} PULG TUBO 10 LB", WELDING,
                         "Lincoln", "LIN", f"ED0{int(unit(alloy, dia) * 90000) + 10000:05d}", "LB", 7 if alloy == "ER70S-2" else 19,
                         {"type": "tig_rod", "alloy": alloy, "diameter": dia}, pack=10))
    for gun, brand, prefix, fmt in (("Tweco", "Tweco", "TWE", "14-{n}"), ("Bernard", "Bernard", "BER", "T{n3}"),
                                    ("Lincoln", "Lincoln", "LIN", "KP2744-{n3}")):
        for dia in (".030", ".035", ".045"):
            part = fmt.format(n=dia[1:] if dia != ".030" else "30", n3=dia[1:].rjust(3, "0"))
            out.append(P(f"tip|{gun}|{dia}", f"TIP CONTACT {dia} {gun.upper()} {part}", f"PUNTA DE CONTACTO {dia} PARA ANTORCHA {gun.upper()}",
                         WELDING, brand, prefix, part, "EA", 1.1, {"type": "contact_tip", "gun": gun.lower(), "diameter": dia}, pack=10))
    out.append(P("spatter", "ANTI-SPATTER 16OZ AEROSOL WELD-AID", "ANTISALPICADURA AEROSOL 16 OZ", WELDING, "Weld-Aid", "WLD", "007027",
                 "EA", 6.5, {"type": "anti_spatter"}))
    return out


# --- cutting tools -------------------------------------------------------------------------------------------

FRACTIONS = ("1/16", "3/32", "1/8", "5/32", "3/16", "7/32", "1/4", "9/32", "5/16", "11/32", "3/8", "13/32", "7/16", "15/32", "1/2")


def cutting() -> list[Product]:
    out = []
    for i, s in enumerate(FRACTIONS):
        for brand, prefix, base in (("Chicago-Latrobe", "CLT", 46900), ("Precision Twist", "PTD", 13000)):
            out.append(P(f"drill|{s}|{brand}", f"DRILL JBR {s} HSS 135 SPLIT BO {prefix}", f"BROCA HSS ZANCO RECTO {s} PULG",
                         CUTTING, brand, prefix, f"{base + (i + 1) * (4 if prefix == 'CLT' else 20)}", "EA", 1.4 + i * 0.35,
                         {"type": "jobber_drill", "size": s, "material": "hss"}))
    for i, s in enumerate(("1/8", "3/16", "1/4", "5/16", "3/8", "7/16", "1/2")):
        out.append(P(f"drill|{s}|cobalt", f"DRILL JBR {s} M42 COBALT 135 SPLIT", f"BROCA COBALTO M42 {s} PULG", CUTTING, "Chicago-Latrobe",
                     "CLT", f"{57200 + (i + 1) * 6}", "EA", 4 + i * 1.1, {"type": "jobber_drill", "size": s, "material": "cobalt"}))
    for mm in (3, 4, 5, 6, 6.5, 8, 10, 12):
        label = f"{mm:g}MM"
        out.append(P(f"drill|{mm:g}mm", f"DRILL JBR {label} HSS 135 DIN338", f"BROCA HSS {label} DIN 338", CUTTING, "Dormer", "DOR",
                     f"A100{mm * 10:04.0f}", "EA", 1.2 + mm * 0.4, {"type": "jobber_drill", "size": f"{mm:g}mm", "material": "hss"}))
    taps = {"6-32": "NC", "8-32": "NC", "10-24": "NC", "10-32": "NF", "1/4-20": "NC", "1/4-28": "NF", "5/16-18": "NC", "3/8-16": "NC", "1/2-13": "NC"}
    for i, (thread, series) in enumerate(taps.items()):
        out.append(P(f"tap|{thread}", f"TAP HAND {thread} {series} PLUG 3FL HSS", f"MACHUELO {thread} {series} HSS 3 GAVILANES",
                     CUTTING, "Greenfield", "GTD", f"3{i + 1:02d}1{len(thread)}", "EA", 6 + i * 1.3, {"type": "hand_tap", "thread": thread}))
    for m, p in (("M3", "0.5"), ("M4", "0.7"), ("M5", "0.8"), ("M6", "1.0"), ("M8", "1.25"), ("M10", "1.5"), ("M12", "1.75")):
        out.append(P(f"tap|{m}", f"TAP HAND {m}X{p} PLUG 3FL HSS", f"MACHUELO METRICO {m} X {p} HSS", CUTTING, "OSG", "OSG",
                     f"1400{m[1:]}{p.replace('.', '')}", "EA", 7 + int(m[1:]) * 0.8, {"type": "hand_tap", "thread": m}))
    for i, s in enumerate(("1/8", "3/16", "1/4", "5/16", "3/8", "1/2", "5/8", "3/4")):
        out.append(P(f"em|{s}", f"END MILL {s} 4FL SQ CARB TIALN", f"CORTADOR VERTICAL CARBURO {s} PULG 4 FILOS", CUTTING, "Niagara",
                     "NIA", f"N{86004 + i * 7}", "EA", 18 + i * 9,
                     {"type": "end_mill", "size": s}))
    for mm in (3, 4, 5, 6, 8, 10, 12):
        out.append(P(f"em|{mm}mm", f"END MILL {mm}MM 4FL SQ CARB TIALN", f"CORTADOR VERTICAL CARBURO {mm} MM 4 FILOS", CUTTING, "OSG",
                     "OSG", f"8540{mm:02d}", "EA", 17 + mm * 2.4, {"type": "end_mill", "size": f"{mm}mm"}))
    saws = ("3/4", "7/8", "1", "1-1/8", "1-1/4", "1-1/2", "1-3/4", "2", "2-1/2", "3")
    for s in saws:
        sixteenths = round(eval_inch(s) * 16)
        out.append(P(f"saw|{s}|Lenox", f"HOLE SAW {s} BI-METAL LENOX", f"SIERRA COPA BIMETALICA {s} PULG", CUTTING, "Lenox", "LEN",
                     f"300{sixteenths:02d}{sixteenths:02d}L", "EA", 9 + sixteenths * 0.45, {"type": "hole_saw", "size": s}))
        out.append(P(f"saw|{s}|Milwaukee", f"HOLE SAW {s} ICE HARDENED MILWAUKEE", f"SIERRA COPA BIMETALICA {s} PULG", CUTTING, "Milwaukee",
                     "MIL", f"49-56-9{sixteenths + 600:03d}", "EA", 10 + sixteenths * 0.5, {"type": "hole_saw", "size": s}))
    out.append(P("arbor|small", "ARBOR HOLE SAW 9/16-1-3/16 3/8 HEX LENOX", "ADAPTADOR SIERRA COPA CHICA", CUTTING, "Lenox", "LEN", "1772121",
                 "EA", 12, {"type": "arbor", "range": "small"}))
    out.append(P("arbor|large", "ARBOR HOLE SAW 1-1/4-6 7/16 HEX LENOX", "ADAPTADOR SIERRA COPA GRANDE", CUTTING, "Lenox", "LEN", "1772122",
                 "EA", 16, {"type": "arbor", "range": "large"}))
    return out


def eval_inch(s: str) -> float:
    whole, _, frac = s.partition("-")
    if "/" in whole:
        whole, frac = "0", whole
    num, den = (int(x) for x in frac.split("/")) if frac else (0, 1)
    return int(whole) + num / den


# --- safety --------------------------------------------------------------------------------------------------

def safety() -> list[Product]:
    out = []
    for size in ("S", "M", "L", "XL"):
        out.append(P(f"nitrile|{size}", f"GLOVE NITRILE 5MIL PF BLUE {size} BX/100", f"GUANTE DE NITRILO DESECHABLE AZUL TALLA {size} CAJA 100",
                     SAFETY, "Ansell", "ANS", f"92-600-{'SMLX'.index(size[0]) + 7}", "BX", 11.5, {"type": "nitrile_gloves", "size": size}))
    for level, model in (("A2", "11-518"), ("A4", "11-727")):
        for n, size in ((7, "S"), (8, "M"), (9, "L"), (10, "XL")):
            out.append(P(f"cutglove|{level}|{size}", f"GLOVE CUT {level} PU PALM HYFLEX {size}", f"GUANTE ANTICORTE NIVEL {level} TALLA {size}",
                         SAFETY, "Ansell", "ANS", f"{model}-{n}", "PR", 5.2 if level == "A2" else 8.9, {"type": "cut_gloves", "level": level, "size": size}))
    for size in ("M", "L", "XL"):
        out.append(P(f"leather|{size}", f"GLOVE DRIVER COWHIDE KEYSTONE {size}", f"GUANTE DE PIEL DE RES TIPO OPERADOR TALLA {size}",
                     SAFETY, "MCR Safety", "MCR", f"3215{size}", "PR", 4.1, {"type": "leather_gloves", "size": size}))
    lenses = {"clear": ("CLR", "CLARA", "1"), "gray": ("GRY", "GRIS", "2"), "amber": ("AMB", "AMBAR", "3"), "in-out": ("I/O", "INTERIOR/EXTERIOR", "7")}
    for lens, (short, es, code) in lenses.items():
        out.append(P(f"glasses|{lens}|3M", f"GLASSES SAFETY SECUREFIT {short} AF 3M", f"LENTES DE SEGURIDAD MICA {es} ANTIEMPANANTE",
                     SAFETY, "3M", "MMM", f"SF40{code}AF", "EA", 3.9, {"type": "safety_glasses", "lens": lens}))
        out.append(P(f"glasses|{lens}|Uvex", f"GLASSES SAFETY GENESIS {short} AF UVEX", f"LENTES DE SEGURIDAD MICA {es} ANTIEMPANANTE",
                     SAFETY, "Uvex", "UVX", f"S32{code}0X", "EA", 5.6, {"type": "safety_glasses", "lens": lens}))
    out.append(P("plugs|1100", "EARPLUG FOAM UNCORDED 3M 1100 BX/200", "TAPONES AUDITIVOS ESPUMA SIN CORDON CAJA 200 PARES", SAFETY, "3M",
                 "MMM", "1100", "BX", 36, {"type": "earplugs", "cord": "no"}, extra=("3M 1100",)))
    out.append(P("plugs|1110", "EARPLUG FOAM CORDED 3M 1110 BX/100", "TAPONES AUDITIVOS ESPUMA CON CORDON CAJA 100 PARES", SAFETY, "3M",
                 "MMM", "1110", "BX", 48, {"type": "earplugs", "cord": "yes"}, extra=("3M 1110",)))
    out.append(P("plugs|max", "EARPLUG FOAM UNCORDED MAX-1 BX/200", "TAPONES AUDITIVOS ESPUMA SIN CORDON CAJA 200 PARES", SAFETY,
                 "Howard Leight", "HOW", "MAX-1", "BX", 31, {"type": "earplugs", "cord": "no"}))
    out.append(P("resp|8210", "RESPIRATOR N95 3M 8210 BX/20", "RESPIRADOR DESECHABLE N95 CAJA 20", SAFETY, "3M", "MMM", "8210", "BX", 24,
                 {"type": "respirator", "valve": "no"}, extra=("3M 8210",)))
    out.append(P("resp|8511", "RESPIRATOR N95 VALVED 3M 8511 BX/10", "RESPIRADOR DESECHABLE N95 CON VALVULA CAJA 10", SAFETY, "3M", "MMM",
                 "8511", "BX", 29, {"type": "respirator", "valve": "yes"}, extra=("3M 8511",)))
    for colour, code, es in (("WHT", "475358", "BLANCO"), ("YEL", "475360", "AMARILLO"), ("BLU", "475359", "AZUL"), ("RED", "475363", "ROJO"),
                             ("ORG", "475361", "NARANJA")):
        out.append(P(f"hat|{colour}", f"HARD HAT V-GARD {colour} FAS-TRAC MSA", f"CASCO DE SEGURIDAD {es} MATRACA", SAFETY, "MSA", "MSA",
                     code, "EA", 16.5, {"type": "hard_hat", "colour": colour}))
    for colour, es in (("ORG", "NARANJA"), ("LIME", "VERDE LIMA")):
        for size in ("M", "L", "XL", "2XL"):
            out.append(P(f"vest|{colour}|{size}", f"VEST HI-VIS CL2 MESH {colour} {size}", f"CHALECO ALTA VISIBILIDAD CLASE 2 {es} TALLA {size}",
                         SAFETY, "ML Kishigo", "KIS", f"1{'09' if colour == 'ORG' else '10'}{['M', 'L', 'XL', '2XL'].index(size) + 2}", "EA",
                         7.5, {"type": "safety_vest", "colour": colour, "size": size}, alias=False))
    return out


def products() -> list[Product]:
    return bearings() + fasteners() + valves() + electrical() + abrasives() + welding() + cutting() + safety()
