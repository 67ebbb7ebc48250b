"""Catalog 12's products, family by family (Softland items of a Chilean mining supplier).

Codes are the house's own: a family prefix, the size as the house abbreviates it and the maker's
short name, dashes between (`RO-6204-2RS-SKF`, `PE-M12X40-88`, `VB-BR-04-KIT`). Inch sizes in a
code are counted in eighths (`04` is 1/2", `10` is 1-1/4", `16` is 2"), as the house has always
done. Names (Softland's "glosa") are in mixed case, Spanish, with the maker; the description is
the maker's English line from the data sheet (mining engineers buy from it).
"""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, unit

RODAMIENTOS = "Rodamientos y Transmisión"
PERNERIA = "Pernería"
VALVULAS = "Válvulas y Fittings"
ELECTRICOS = "Eléctricos"
ABRASIVOS = "Abrasivos"
SOLDADURA = "Soldadura"
CORTE = "Herramientas de Corte"
EPP = "EPP"

EIGHTHS = {"1/4": "02", "3/8": "03", "1/2": "04", "5/8": "05", "3/4": "06", "1": "08", "1-1/4": "10",
           "1-1/2": "12", "2": "16", "2-1/2": "20", "3": "24", "4": "32", "6": "48"}  # fmt: skip


def P(key: str, code: str, name: str, desc: str, family: str, brand: str, uom: str, price: float,
      attrs: dict[str, str], pack: int = 1, aliases: tuple[str, ...] = ()) -> Product:  # fmt: skip
    """A product (prices in Chilean pesos, whole)."""
    p = Product(key, name, desc, family, brand, uom, Decimal(round(price)), attrs, list(aliases), pack)
    p.sku = code
    return p


def frac_mm(s: str) -> float:
    whole, _, frac = s.partition("-")
    if "/" in whole:
        whole, frac = "0", whole
    num, den = (int(x) for x in frac.split("/")) if frac else (0, 1)
    return (int(whole) + num / den) * 25.4


# --- rodamientos y transmisión -------------------------------------------------------------------

BORES = (10, 12, 15, 17, 20, 25, 30, 35, 40, 45, 50, 55, 60)
DIMS = {
    "60": ((26, 8), (28, 8), (32, 9), (35, 10), (42, 12), (47, 12), (55, 13), (62, 14), (68, 15), (75, 16), (80, 16)),
    "62": ((30, 9), (32, 10), (35, 11), (40, 12), (47, 14), (52, 15), (62, 16), (72, 17), (80, 18), (85, 19), (90, 20),
           (100, 21), (110, 22)),
    "63": ((35, 11), (37, 12), (42, 13), (47, 14), (52, 15), (62, 17), (72, 19), (80, 21), (90, 23), (100, 25), (110, 27),
           (120, 29), (130, 31)),
}  # fmt: skip
# maker: (code, sealed suffix, shielded suffix, C3 suffix) as the maker prints its part number
BALL_MAKERS = {
    "SKF": ("SKF", "-2RSH", "-2Z", "/C3"),
    "NSK": ("NSK", "DDU", "ZZ", "C3"),
    "FAG": ("FAG", "-2RSR", "-2ZR", "-C3"),
    "NTN": ("NTN", "LLU", "ZZ", "/3E"),
    "Koyo": ("KOY", "2RS", "ZZ", "C3"),
}
SEAL_NAME = {"abierto": "abierto", "2RS": "2RS", "ZZ": "ZZ"}
SEAL_EN = {"abierto": "open", "2RS": "2 rubber seals", "ZZ": "2 metal shields"}


def bearings() -> list[Product]:
    out = []
    for series, dims in DIMS.items():
        for i, (od, width) in enumerate(dims):
            des = f"{series}{i:02d}"
            bore = BORES[i]
            makers = sorted(BALL_MAKERS, key=lambda m: unit(des, m, "c12"))[:2]
            for seal in ("abierto", "2RS", "ZZ"):
                for brand in makers:
                    short, rs, zz, _c3 = BALL_MAKERS[brand]
                    part = des + {"abierto": "", "2RS": rs, "ZZ": zz}[seal]
                    code = f"RO-{des}-{short}" if seal == "abierto" else f"RO-{des}-{seal}-{short}"
                    price: float = 1800 + bore * 160 + od * 30 + (900 if seal != "abierto" else 0)
                    price *= 1.35 if brand in ("SKF", "FAG") else 1
                    name = f"Rodamiento rígido bolas {des}{'' if seal == 'abierto' else '-' + seal} {brand}"
                    out.append(P(f"ro|{des}|{seal}|{brand}", code, name,
                                 f"Deep groove ball bearing {bore}x{od}x{width} mm, {SEAL_EN[seal]}", RODAMIENTOS, brand, "UN",
                                 price, {"tipo": "rodamiento_bolas", "serie": des, "sello": seal, "juego": "CN"},
                                 aliases=(part,) if seal != "abierto" else ()))
            if series in ("62", "63") and i >= 3:  # motor bearings in C3, one maker kept
                brand = makers[0]
                short, rs, _zz, c3 = BALL_MAKERS[brand]
                out.append(P(f"ro|{des}|2RS|C3|{brand}", f"RO-{des}-2RSC3-{short}", f"Rodamiento rígido bolas {des}-2RS C3 {brand}",
                             f"Deep groove ball bearing {bore}x{od}x{width} mm, 2 rubber seals, C3 clearance", RODAMIENTOS, brand,
                             "UN", (2600 + bore * 180 + od * 30) * 1.3,
                             {"tipo": "rodamiento_bolas", "serie": des, "sello": "2RS", "juego": "C3"}, aliases=(des + rs + c3,)))
    for des in ("30205", "30206", "30207", "30208", "30209", "30210", "30211", "30212", "32206", "32207", "32208", "32210"):
        for brand, short, part in (("SKF", "SKF", f"{des} J2/Q"), ("Timken", "TIM", f"{des}")):
            if brand == "Timken" and des.startswith("322") and unit(des, "tim") < 0.5:
                continue
            bore = int(des[3:]) * 5
            out.append(P(f"rc|{des}|{brand}", f"RC-{des}-{short}", f"Rodamiento rodillos cónicos {des} {brand}",
                         f"Tapered roller bearing {bore} mm bore, cone and cup", RODAMIENTOS, brand, "UN",
                         6500 + bore * 240 * (1.3 if brand == "SKF" else 1), {"tipo": "rodamiento_conico", "serie": des},
                         aliases=(part,) if brand == "SKF" else ()))
    for des in ("22208", "22210", "22211", "22212", "22213", "22215", "22216", "22218", "22220"):
        bore = int(des[3:]) * 5
        for hole in ("cilindrico", "conico"):
            for brand, short in (("SKF", "SKF"), ("FAG", "FAG")):
                k = "K" if hole == "conico" else ""
                part = f"{des} E{k}/C3" if brand == "SKF" else f"{des}-E1{'-K' if k else ''}-C3"
                code = f"RO-{des}{'EK' if k else 'E'}C3-{short}"
                out.append(P(f"rs|{des}|{hole}|{brand}", code, f"Rodamiento rodillos esféricos {des} E{k} C3 {brand}",
                             f"Spherical roller bearing {bore} mm {'tapered' if k else 'cylindrical'} bore, C3", RODAMIENTOS, brand,
                             "UN", 38000 + bore * 1400 * (1.1 if brand == "SKF" else 1),
                             {"tipo": "rodamiento_esferico", "serie": des, "agujero": hole}, aliases=(part,)))
    inch = {"205": ("16", "1"), "206": ("20", "1-1/4"), "207": ("23", "1-7/16"), "208": ("24", "1-1/2"),
            "210": ("31", "1-15/16"), "211": ("32", "2"), "212": ("36", "2-1/4")}  # fmt: skip
    mm = {"204": 20, "205": 25, "206": 30, "207": 35, "208": 40, "209": 45, "210": 50, "211": 55, "212": 60}
    for n, shaft in mm.items():
        for brand, short in (("FYH", "FYH"), ("NTN", "NTN")):
            price = 9000 + int(n[1:]) * 2200
            out.append(P(f"ch|UCP{n}|{shaft}mm|{brand}", f"CH-UCP{n}-{short}", f"Chumacera de piso UCP{n} eje {shaft} mm {brand}",
                         f"Pillow block unit UCP{n}, {shaft} mm shaft, cast iron housing", RODAMIENTOS, brand, "UN", price,
                         {"tipo": "chumacera", "modelo": f"UCP{n}", "eje": f"{shaft}mm"}, aliases=(f"UCP{n}",) if brand == "FYH" else ()))
            if n in inch:
                suffix, inch_bore = inch[n]
                out.append(P(f"ch|UCP{n}|{inch_bore}|{brand}", f"CH-UCP{n}-{suffix}-{short}", f"Chumacera de piso UCP{n}-{suffix} eje {inch_bore}\" {brand}",
                             f"Pillow block unit UCP{n}-{suffix}, {inch_bore} in shaft", RODAMIENTOS, brand, "UN", price * 1.08,
                             {"tipo": "chumacera", "modelo": f"UCP{n}", "eje": inch_bore}, aliases=(f"UCP{n}-{suffix}",) if brand == "FYH" else ()))
        if n in ("205", "206", "207", "208", "210"):
            out.append(P(f"ch|UCF{n}|{shaft}mm", f"CH-UCF{n}-FYH", f"Chumacera de pared 4 pernos UCF{n} eje {shaft} mm FYH",
                         f"4-bolt flange unit UCF{n}, {shaft} mm shaft", RODAMIENTOS, "FYH", "UN", 11000 + int(n[1:]) * 2500,
                         {"tipo": "chumacera_pared", "modelo": f"UCF{n}", "eje": f"{shaft}mm"}, aliases=(f"UCF{n}",)))
    for profile, lengths in (("A", (30, 32, 35, 38, 40, 42, 45, 48, 50, 55, 60)), ("B", (38, 42, 46, 50, 55, 60, 65, 70, 75, 80))):
        for length in lengths:
            for brand, short in (("Gates", "GAT"), ("Dayco", "DAY")):
                out.append(P(f"co|{profile}{length}|{brand}", f"CO-{profile}{length}-{short}", f"Correa en V {profile}-{length} {brand}",
                             f"Classical V-belt {profile}{length}", RODAMIENTOS, brand, "UN", 2500 + length * 90 * (1.6 if profile == "B" else 1),
                             {"tipo": "correa_v", "perfil": profile, "largo": str(length)}))
    for size in ("40", "50", "60", "80"):
        for brand, short in (("Tsubaki", "TSU"), ("Renold", "REN")):
            out.append(P(f"ca|{size}|{brand}", f"CA-{size}-1-{short}", f"Cadena de rodillos ASA {size}-1 simple {brand}",
                         f"Roller chain ANSI {size}-1 simplex, per metre", RODAMIENTOS, brand, "MT", 9000 + int(size) * 160,
                         {"tipo": "cadena", "asa": size}))
            out.append(P(f"cd|{size}|{brand}", f"CD-{size}-1-{short}", f"Candado cadena ASA {size}-1 {brand}",
                         f"Connecting link ANSI {size}-1", RODAMIENTOS, brand, "UN", 700 + int(size) * 25,
                         {"tipo": "candado_cadena", "asa": size}))
    return out


# --- pernería ----------------------------------------------------------------------------------------

PITCH = {"M6": "1.0", "M8": "1.25", "M10": "1.5", "M12": "1.75", "M14": "2.0", "M16": "2.0", "M20": "2.5", "M24": "3.0"}
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10", "1": "8"}


def fasteners() -> list[Product]:
    out = []
    metric = {"M6": (16, 20, 25, 30), "M8": (20, 25, 30, 40), "M10": (25, 30, 40, 50), "M12": (30, 40, 50, 60),
              "M16": (40, 50, 60, 80), "M20": (50, 60, 80, 100)}  # fmt: skip
    for m, lengths in metric.items():
        d = int(m[1:])
        pack = 100 if d <= 10 else 50 if d <= 16 else 25
        for length in lengths:
            out.append(P(f"pe|{m}|{length}|8.8", f"PE-{m}X{length}-88", f"Perno hex. {m}x{length} G8.8 zinc. DIN933",
                         f"Hex head bolt {m}x{PITCH[m]}x{length} mm, class 8.8, zinc plated", PERNERIA, "Mamut", "UN",
                         30 + d * length * 0.9, {"tipo": "perno_hex", "rosca": m, "largo": str(length), "grado": "8.8"}, pack=pack))
            if d >= 12:
                out.append(P(f"pe|{m}|{length}|10.9", f"PE-{m}X{length}-109", f"Perno hex. {m}x{length} G10.9 negro DIN933",
                             f"Hex head bolt {m}x{PITCH[m]}x{length} mm, class 10.9, black", PERNERIA, "Mamut", "UN",
                             60 + d * length * 1.6, {"tipo": "perno_hex", "rosca": m, "largo": str(length), "grado": "10.9"}, pack=pack))
        for length in lengths[:3]:
            if d <= 12:
                out.append(P(f"al|{m}|{length}", f"AL-{m}X{length}-129", f"Tornillo allen {m}x{length} 12.9 DIN912 caja 100",
                             f"Socket head cap screw {m}x{PITCH[m]}x{length} mm, class 12.9, box of 100", PERNERIA, "Mamut", "CJ",
                             9000 + d * length * 40, {"tipo": "tornillo_allen", "rosca": m, "largo": str(length)}))
        out.append(P(f"tu|{m}", f"TU-{m}-8", f"Tuerca hex. {m} G8 zinc. DIN934", f"Hex nut {m}x{PITCH[m]}, class 8, zinc plated",
                     PERNERIA, "Mamut", "UN", 15 + d * 4, {"tipo": "tuerca_hex", "rosca": m}, pack=100))
        out.append(P(f"tua|{m}", f"TUA-{m}", f"Tuerca autoblocante nylon {m} zinc. DIN985", f"Nylon insert lock nut {m}, zinc plated",
                     PERNERIA, "Mamut", "UN", 25 + d * 6, {"tipo": "tuerca_nylon", "rosca": m}, pack=100))
        out.append(P(f"gp|{m}", f"GP-{m}", f"Golilla plana {m} zinc. DIN125 (kg)", f"Flat washer {m}, zinc plated, sold by kg",
                     PERNERIA, "Mamut", "KG", 4200 + d * 40, {"tipo": "golilla_plana", "medida": m}))
        out.append(P(f"gpr|{m}", f"GPR-{m}", f"Golilla presión {m} zinc. DIN127 (kg)", f"Split lock washer {m}, zinc plated, sold by kg",
                     PERNERIA, "Mamut", "KG", 5200 + d * 50, {"tipo": "golilla_presion", "medida": m}))
        for mat, short, word, en in (("zincado", "Z", "zinc.", "zinc plated"), ("inox", "X", "inox 304", "stainless 304")):
            if mat == "inox" and d > 12:
                continue
            out.append(P(f"bh|{m}|{mat}", f"BH-{m}-1M-{short}", f"Barra con hilo {m} x 1 m {word}", f"Threaded rod {m}, 1 m, {en}",
                         PERNERIA, "Mamut", "UN", (1200 + d * 180) * (4 if mat == "inox" else 1),
                         {"tipo": "barra_hilo", "rosca": m, "material": mat}))
    inch = {"3/8": ("1", "1-1/2", "2"), "1/2": ("1-1/2", "2", "3"), "5/8": ("2", "3", "4"), "3/4": ("2-1/2", "3", "4"),
            "1": ("3", "4", "6")}  # fmt: skip
    for dia, inch_lengths in inch.items():
        for inch_length in inch_lengths:
            for grade in ("5", "8"):
                lcode = EIGHTHS.get(inch_length) or {"2-1/2": "20", "6": "48"}[inch_length]
                out.append(P(f"pep|{dia}|{inch_length}|{grade}", f"PE-{EIGHTHS[dia]}X{lcode}-G{grade}",
                             f"Perno hex. UNC {dia}x{inch_length}\" G{grade} {'zinc.' if grade == '5' else 'negro'}",
                             f"Hex cap screw {dia}-{UNC[dia]} x {inch_length} in, SAE grade {grade}", PERNERIA, "Mamut", "UN",
                             80 + frac_mm(dia) * frac_mm(inch_length) * (0.5 if grade == "5" else 0.8),
                             {"tipo": "perno_hex_pulg", "diametro": dia, "largo": inch_length, "grado": grade}, pack=50 if dia in ("3/8", "1/2") else 25))
        for grade in ("5", "8"):
            out.append(P(f"tup|{dia}|{grade}", f"TU-{EIGHTHS[dia]}UNC-G{grade}", f"Tuerca hex. UNC {dia}\" G{grade}",
                         f"Hex nut {dia}-{UNC[dia]}, SAE grade {grade}", PERNERIA, "Mamut", "UN", 40 + frac_mm(dia) * (3 if grade == "5" else 5),
                         {"tipo": "tuerca_hex_pulg", "diametro": dia, "grado": grade}, pack=100 if dia != "1" else 50))
        out.append(P(f"gpp|{dia}", f"GP-{EIGHTHS[dia]}SAE", f"Golilla plana SAE {dia}\" zinc. (kg)", f"Flat washer SAE {dia} in, sold by kg",
                     PERNERIA, "Mamut", "KG", 4500 + frac_mm(dia) * 30, {"tipo": "golilla_plana", "medida": dia}))
    for m, anchor_len, fis, hil in (("M10", "90", "FAZ II 10/20", "HSA M10x90"), ("M12", "110", "FAZ II 12/20", "HSA M12x110"),
                                ("M16", "145", "FAZ II 16/25", "HSA M16x145")):
        for brand, short, alias in (("Fischer", "FIS", fis), ("Hilti", "HIL", hil)):
            out.append(P(f"an|{m}|{brand}", f"AN-{m}X{anchor_len}-{short}", f"Anclaje expansión {m}x{anchor_len} {brand}",
                         f"Wedge anchor {m}x{anchor_len} mm, zinc plated", PERNERIA, brand, "UN", 600 + int(m[1:]) * 90,
                         {"tipo": "anclaje", "rosca": m, "largo": anchor_len}, pack=50 if m != "M16" else 20, aliases=(alias,)))
    return out


# --- válvulas y fittings -------------------------------------------------------------------------------

NPT = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def valves() -> list[Product]:
    out = []
    for i, s in enumerate(NPT):
        e = EIGHTHS[s]
        for brand, short in (("Kitz", "KIT"), ("Genebre", "GEN")):
            out.append(P(f"vb|bronce|{s}|{brand}", f"VB-BR-{e}-{short}", f"Válvula bola bronce {s}\" HI {brand}",
                         f"Ball valve {s} in NPT female, bronze, full port", VALVULAS, brand, "UN", 6000 + i * i * 2600 * (1.2 if brand == "Kitz" else 1),
                         {"tipo": "valvula_bola", "medida": s, "material": "bronce"}))
        out.append(P(f"vb|inox|{s}", f"VB-SS-{e}-GEN", f"Válvula bola inox 316 {s}\" HI Genebre", f"Ball valve {s} in NPT, stainless 316",
                     VALVULAS, "Genebre", "UN", 14000 + i * i * 5200, {"tipo": "valvula_bola", "medida": s, "material": "inox"}))
        if i >= 2:
            out.append(P(f"vr|{s}", f"VR-BR-{e}-KIT", f"Válvula retención bronce {s}\" HI Kitz", f"Swing check valve {s} in NPT, bronze",
                         VALVULAS, "Kitz", "UN", 9000 + i * i * 3000, {"tipo": "valvula_retencion", "medida": s}))
            out.append(P(f"vc|{s}", f"VC-BR-{e}-KIT", f"Válvula compuerta bronce {s}\" HI Kitz", f"Gate valve {s} in NPT, bronze",
                         VALVULAS, "Kitz", "UN", 11000 + i * i * 3600, {"tipo": "valvula_compuerta", "medida": s}))
    for s in ("2", "3", "4"):
        out.append(P(f"vb|acero|{s}", f"VB-AC-{EIGHTHS[s]}-150", f"Válvula bola acero carbono {s}\" ANSI 150 bridada",
                     f"Ball valve {s} in, carbon steel, flanged ANSI 150 RF", VALVULAS, "Genebre", "UN", 120000 + int(s) * 45000,
                     {"tipo": "valvula_bola", "medida": s, "material": "acero"}))
    for s in ("2", "3", "4", "6"):
        out.append(P(f"vm|{s}", f"VM-{EIGHTHS[s]}-KEY", f"Válvula mariposa {s}\" wafer palanca Keystone", f"Butterfly valve {s} in, wafer, lever",
                     VALVULAS, "Keystone", "UN", 60000 + int(s) * 18000, {"tipo": "valvula_mariposa", "medida": s}))
    fittings = {"codo90": ("Codo 90°", "90 elbow", "C9"), "tee": ("Tee", "Tee", "TE"), "copla": ("Copla", "Coupling", "CP"),
                "union": ("Unión americana", "Union", "UA"), "niple": ("Niple corto", "Close nipple", "NI"),
                "tapon": ("Tapón macho", "Plug", "TM")}  # fmt: skip
    sizes = ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
    for kind, (word, en, short) in fittings.items():
        for i, s in enumerate(sizes):
            for mat, m_short, m_word, m_en in (("galvanizado", "HG", "galv.", "galvanized"), ("negro", "HN", "negro", "black")):
                out.append(P(f"fi|{kind}|{s}|{mat}", f"FI-{short}-{m_short}-{EIGHTHS[s]}", f"{word} {s}\" {m_word} 150 lb HI Tupy",
                             f"{en} {s} in NPT, malleable iron class 150, {m_en}", VALVULAS, "Tupy", "UN",
                             500 + i * i * 420 * (1.25 if mat == "galvanizado" else 1), {"tipo": kind, "medida": s, "material": mat}))
    for big, small in (("3/4", "1/2"), ("1", "1/2"), ("1", "3/4"), ("1-1/4", "1"), ("1-1/2", "1"), ("1-1/2", "1-1/4"), ("2", "1"),
                       ("2", "1-1/2")):
        out.append(P(f"fi|bushing|{big}x{small}", f"FI-BU-HG-{EIGHTHS[big]}{EIGHTHS[small]}", f"Bushing reducción {big}x{small}\" galv. Tupy",
                     f"Hex bushing {big} x {small} in NPT, galvanized", VALVULAS, "Tupy", "UN", 700 + frac_mm(big) * 25,
                     {"tipo": "bushing", "medida": f"{big}x{small}"}))
    return out


# --- eléctricos ------------------------------------------------------------------------------------------

COLOR = {"rojo": "Red", "negro": "Black", "blanco": "White", "verde": "Green", "azul": "Blue", "amarillo": "Yellow",
         "naranja": "Orange"}  # fmt: skip


def electrical() -> list[Product]:
    out = []
    for awg, colours in (("14", ("rojo", "negro", "blanco", "verde", "azul")), ("12", ("rojo", "negro", "blanco", "verde", "azul")),
                         ("10", ("rojo", "negro", "blanco", "verde")), ("8", ("negro", "rojo")), ("6", ("negro", "rojo"))):
        for colour in colours:
            out.append(P(f"cb|{awg}|{colour}", f"CB-THHN{awg}-{colour[:2].upper()}", f"Cable THHN {awg} AWG {colour} (rollo 100 m)",
                         f"THHN/THWN-2 building wire {awg} AWG, {COLOR[colour].lower()}, 100 m roll, sold per metre", ELECTRICOS,
                         "Cocesa", "MT", 250 + (18 - int(awg)) ** 2 * 22, {"tipo": "cable_thhn", "awg": awg, "color": colour}, pack=100))
    for sec in ("2x1.5", "3x1.5", "3x2.5", "4x2.5", "3x4", "4x6"):
        n, mm2 = sec.split("x")
        out.append(P(f"cr|{sec}", f"CR-{n}X{mm2.replace('.', '')}", f"Cordón flexible RV-K {sec.replace('.', ',')} mm² Cocesa",
                     f"Flexible power cord {sec} mm2, 0.6/1 kV, per metre", ELECTRICOS, "Cocesa", "MT",
                     600 + int(n) * float(mm2) * 240, {"tipo": "cordon", "seccion": sec}))
    for poles, amps_list in (("1", (10, 16, 20, 25, 32)), ("2", (16, 20, 25, 32, 40)), ("3", (16, 20, 25, 32, 40, 63))):
        for amp in amps_list:
            makers = (("Schneider", "SCH", f"EZ9F34{poles}{amp:02d}"), ("Legrand", "LEG", f"4197{poles}{amp:02d}"))
            for brand, short, part in makers if poles != "3" else makers[:1]:
                out.append(P(f"au|{poles}|{amp}|{brand}", f"AU-{poles}P{amp}-{short}", f"Automático {poles}P {amp}A curva C {brand}",
                             f"Miniature circuit breaker {poles}P {amp} A, C curve, 6 kA", ELECTRICOS, brand, "UN",
                             4200 + int(poles) * 5200 + amp * 60, {"tipo": "automatico", "polos": poles, "amperes": str(amp)},
                             aliases=(part,)))
    for poles in ("2", "4"):
        for amps in ("25", "40"):
            out.append(P(f"di|{poles}|{amps}", f"DI-{poles}P{amps}-SCH", f"Diferencial {poles}P {amps}A 30mA Schneider",
                         f"Residual current circuit breaker {poles}P {amps} A 30 mA, type AC", ELECTRICOS, "Schneider", "UN",
                         26000 + int(poles) * 9000 + int(amps) * 200, {"tipo": "diferencial", "polos": poles, "amperes": amps},
                         aliases=(f"A9R{'1' if poles == '2' else '3'}{poles}{amps}",)))
    for amps in ("9", "12", "18", "25", "32", "38"):
        for coil, code, word in (("220VAC", "M7", "220 VAC"), ("24VDC", "BD", "24 VDC"), ("380VAC", "Q7", "380 VAC")):
            part = f"LC1D{int(amps):02d}{code}"
            out.append(P(f"ct|{amps}|{coil}", f"EL-{part}", f"Contactor TeSys D {amps}A bobina {word} Schneider",
                         f"Contactor 3P {amps} A AC-3, coil {word}, 1NO+1NC", ELECTRICOS, "Schneider", "UN",
                         22000 + int(amps) * 900 + (6000 if coil == "24VDC" else 0), {"tipo": "contactor", "amperes": amps, "bobina": coil},
                         aliases=(part,)))
    for part, rng in (("LRD08", "2.5-4"), ("LRD10", "4-6"), ("LRD12", "5.5-8"), ("LRD14", "7-10"), ("LRD16", "9-13"),
                      ("LRD21", "12-18"), ("LRD22", "16-24"), ("LRD32", "23-32")):
        out.append(P(f"rt|{part}", f"EL-{part}", f"Relé térmico {rng.replace('.', ',')}A TeSys Schneider",
                     f"Thermal overload relay {rng} A, class 10A", ELECTRICOS, "Schneider", "UN", 24000 + int(part[3:]) * 300,
                     {"tipo": "rele_termico", "rango": rng}, aliases=(part,)))
    for colour in ("negro", "rojo", "azul", "verde", "blanco", "amarillo"):
        out.append(P(f"hu|1700|{colour}", f"HU-1700-{colour[:2].upper()}", f"Huincha aisladora Temflex 1700 {colour} 3M",
                     f"Vinyl electrical tape 19 mm x 20 m, {COLOR[colour].lower()}", ELECTRICOS, "3M", "ROL", 900,
                     {"tipo": "huincha_aisladora", "calidad": "estandar", "color": colour}))
    out.append(P("hu|33", "HU-33-NE", "Huincha aisladora Super 33+ negra 3M", "Vinyl electrical tape Super 33+, 19 mm x 20 m, black",
                 ELECTRICOS, "3M", "ROL", 4200, {"tipo": "huincha_aisladora", "calidad": "premium", "color": "negro"},
                 aliases=("Super 33+",)))
    for amps in ("16", "32"):
        for poles, volts in (("2P+T", "220"), ("3P+T", "380")):
            for gender in ("macho", "hembra"):
                out.append(P(f"ei|{amps}|{poles}|{gender}", f"EI-{amps}{poles[0]}{gender[0].upper()}-LEG",
                             f"Enchufe industrial {gender} {amps}A {poles} {volts}V IP44 Legrand",
                             f"Industrial {'plug' if gender == 'macho' else 'connector'} IEC 60309 {amps} A {poles.replace('P+T', 'P+E')} {volts} V IP44",
                             ELECTRICOS, "Legrand", "UN", 5200 + int(amps) * 110 + (1500 if poles == "3P+T" else 0),
                             {"tipo": "enchufe_industrial", "amperes": amps, "polos": poles, "genero": gender}))
    return out


# --- abrasivos -----------------------------------------------------------------------------------------------

DISC = {"4-1/2": "115", "7": "180", "9": "230", "14": "355"}


def abrasives() -> list[Product]:
    out = []
    for d, thick in (("4-1/2", "1.0"), ("4-1/2", "1.6"), ("7", "1.6"), ("9", "1.9"), ("14", "3.0")):
        mm = DISC[d]
        brands = sorted((("Norton", "NOR"), ("Tyrolit", "TYR"), ("Klingspor", "KLI")), key=lambda b: unit(d, thick, b[0], "c12"))[:2]
        for brand, short in brands:
            out.append(P(f"dc|{d}|{thick}|{brand}", f"DC-{mm}X{thick.replace('.', '')}-{short}",
                         f"Disco corte metal/inox {mm}x{thick.replace('.', ',')} mm ({d}\") {brand}",
                         f"Cut-off wheel {mm} x {thick} x 22.23 mm, type 41, steel and stainless", ABRASIVOS, brand, "UN",
                         600 + int(mm) * 6 * float(thick), {"tipo": "disco_corte", "diametro": mm, "espesor": thick}, pack=25 if mm != "355" else 10))
    for d in ("4-1/2", "7", "9"):
        mm = DISC[d]
        for brand, short in (("Norton", "NOR"), ("Tyrolit", "TYR")):
            out.append(P(f"dd|{d}|{brand}", f"DD-{mm}X64-{short}", f"Disco desbaste {mm}x6,4 mm ({d}\") {brand}",
                         f"Depressed centre grinding wheel {mm} x 6.4 x 22.23 mm, type 27", ABRASIVOS, brand, "UN",
                         1800 + int(mm) * 14, {"tipo": "disco_desbaste", "diametro": mm}, pack=10))
        if d != "9":
            for grit in ("40", "60", "80", "120"):
                for brand, short in (("Klingspor", "KLI"), ("Norton", "NOR")):
                    out.append(P(f"df|{d}|{grit}|{brand}", f"DF-{mm}-G{grit}-{short}", f"Disco flap {mm} mm grano {grit} zirconio {brand}",
                                 f"Flap disc {mm} mm, zirconia, grit {grit}, type 29", ABRASIVOS, brand, "UN", 2400 + int(mm) * 12,
                                 {"tipo": "disco_flap", "diametro": mm, "grano": grit}, pack=10))
    for wire, en in (("trenzada", "knotted"), ("ondulada", "crimped")):
        for d in ("3", "4", "6"):
            out.append(P(f"es|{wire}|{d}", f"ES-CO{d}-{wire[0].upper()}-BOS", f"Escobilla copa {wire} {d}\" M14 Bosch",
                         f"Wire cup brush {d} in, {en} steel wire, M14 thread", ABRASIVOS, "Bosch", "UN", 5500 + int(d) * 1900,
                         {"tipo": "escobilla_copa", "alambre": wire, "diametro": d}))
    for grit in ("80", "100", "120", "150", "180", "220", "320", "400", "600"):
        out.append(P(f"li|{grit}", f"LI-AG-{grit}-NOR", f"Lija al agua grano {grit} pliego Norton", f"Waterproof sandpaper sheet 230x280 mm, grit {grit}",
                     ABRASIVOS, "Norton", "UN", 450, {"tipo": "lija_agua", "grano": grit}, pack=50))
    for d, grit in (("6", "36"), ("6", "60"), ("8", "36"), ("8", "60")):
        out.append(P(f"pi|{d}|{grit}", f"PI-{d}G{grit}-NOR", f"Piedra esmeril {d}\" grano {grit} Norton",
                     f"Bench grinding wheel {d} in x 1 in, grit {grit}, aluminium oxide", ABRASIVOS, "Norton", "UN", 9000 + int(d) * 2000,
                     {"tipo": "piedra_esmeril", "diametro": d, "grano": grit}))
    return out


# --- soldadura ----------------------------------------------------------------------------------------------

def welding() -> list[Product]:
    out = []
    for cls, pack in (("E6011", 20), ("E6013", 20), ("E7018", 18)):
        for dia in ("2.5", "3.2", "4.0"):
            for brand, short in (("Indura", "IND"), ("Lincoln", "LIN")):
                box = "lata" if pack == 18 else "caja"
                out.append(P(f"el|{cls}|{dia}|{brand}", f"EL-{cls[1:]}-{dia.replace('.', '')}-{short}",
                             f"Electrodo {cls} {dia.replace('.', ',')} mm {brand} ({box} {pack} kg)",
                             f"Stick electrode AWS {cls}, {dia} mm, {pack} kg {'can' if box == 'lata' else 'box'}, sold per kg", SOLDADURA,
                             brand, "KG", 3800 + (1200 if cls == "E7018" else 0), {"tipo": "electrodo", "clase": cls, "diametro": dia}, pack=pack))
    for dia in ("2.5", "3.2"):
        out.append(P(f"el|E308L|{dia}", f"EL-308L-{dia.replace('.', '')}-IND", f"Electrodo inox E308L-16 {dia.replace('.', ',')} mm Indura (caja 5 kg)",
                     f"Stainless stick electrode AWS E308L-16, {dia} mm, 5 kg box, sold per kg", SOLDADURA, "Indura", "KG", 21000,
                     {"tipo": "electrodo", "clase": "E308L", "diametro": dia}, pack=5))
    for dia in ("0.8", "0.9", "1.0", "1.2"):
        for brand, short in (("Indura", "IND"), ("Lincoln", "LIN")):
            out.append(P(f"mig|{dia}|{brand}", f"AM-70S6-{dia.replace('.', '')}-{short}", f"Alambre MIG ER70S-6 {dia.replace('.', ',')} mm {brand} (carrete 15 kg)",
                         f"MIG wire AWS ER70S-6, {dia} mm, 15 kg spool, sold per kg", SOLDADURA, brand, "KG", 3200,
                         {"tipo": "alambre_mig", "diametro": dia}, pack=15))
    for dia in ("1.2", "1.6"):
        out.append(P(f"fc|{dia}", f"AT-71T1-{dia.replace('.', '')}-LIN", f"Alambre tubular E71T-1 {dia.replace('.', ',')} mm Lincoln (carrete 15 kg)",
                     f"Flux-cored wire AWS E71T-1C/M, {dia} mm, 15 kg spool, sold per kg", SOLDADURA, "Lincoln", "KG", 6900,
                     {"tipo": "alambre_tubular", "diametro": dia}, pack=15, aliases=(f"Outershield 71M {dia}",)))
    for alloy in ("ER70S-2", "ER308L"):
        for dia in ("1.6", "2.4"):
            out.append(P(f"tig|{alloy}|{dia}", f"VT-{alloy[2:].replace('-', '')}-{dia.replace('.', '')}-IND",
                         f"Varilla TIG {alloy} {dia.replace('.', ',')} mm Indura (tubo 5 kg)",
                         f"TIG filler rod AWS {alloy}, {dia} x 1000 mm, 5 kg tube, sold per kg", SOLDADURA, "Indura", "KG",
                         8000 if alloy == "ER70S-2" else 26000, {"tipo": "varilla_tig", "aleacion": alloy, "diametro": dia}, pack=5))
    for torch, short, fmt in (("binzel", "BIN", "140.0{n}"), ("tweco", "TWE", "14-{m}")):
        for dia in ("0.8", "0.9", "1.0", "1.2"):
            n = {"0.8": "051", "0.9": "172", "1.0": "242", "1.2": "379"}[dia]
            m = {"0.8": "30", "0.9": "35", "1.0": "40", "1.2": "45"}[dia]
            part = fmt.format(n=n, m=m)
            out.append(P(f"tc|{torch}|{dia}", f"TC-{dia.replace('.', '')}-{short}",
                         f"Tubo contacto {dia.replace('.', ',')} mm {'M6 Binzel' if torch == 'binzel' else 'Tweco'}",
                         f"Contact tip {dia} mm for {'Binzel MB 24/36 (M6)' if torch == 'binzel' else 'Tweco #2-#4 guns'}", SOLDADURA,
                         "Binzel" if torch == "binzel" else "Tweco", "UN", 650, {"tipo": "tubo_contacto", "antorcha": torch, "diametro": dia},
                         pack=10, aliases=(part,)))
    for model, part in (("MB24", "145.0080"), ("MB36", "145.0075")):
        out.append(P(f"to|{model}", f"TO-{model}-BIN", f"Tobera cónica {model[:2]} {model[2:]} Binzel", f"Gas nozzle conical for Binzel {model}",
                     SOLDADURA, "Binzel", "UN", 2900, {"tipo": "tobera", "antorcha": model}, pack=5, aliases=(part,)))
    out.append(P("ap", "AP-400-IND", "Antiproyección aerosol 400 ml Indura", "Anti-spatter spray 400 ml", SOLDADURA, "Indura", "UN", 5900,
                 {"tipo": "antiproyeccion"}))
    return out


# --- herramientas de corte -----------------------------------------------------------------------------------

def cutting() -> list[Product]:
    out = []
    sizes = ("1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5", "5.5", "6", "6.5", "7", "8", "8.5", "9", "10", "10.5", "11", "12", "13")
    for s in sizes:
        code = s.replace(".", "")
        out.append(P(f"br|{s}|Dormer", f"BR-HSS-{code}-DOR", f"Broca HSS {s.replace('.', ',')} mm DIN338 Dormer A002",
                     f"Jobber drill HSS {s} mm, DIN 338, 118°", CORTE, "Dormer", "UN", 600 + float(s) ** 2 * 45,
                     {"tipo": "broca", "medida": s, "material": "hss"}, aliases=(f"A002{float(s):05.1f}".replace(".", ""),)))
        if 3 <= float(s) <= 10 and "." not in s:
            out.append(P(f"br|{s}|Bosch", f"BR-HSS-{code}-BOS", f"Broca HSS-G {s} mm DIN338 Bosch",
                         f"Metal drill bit HSS-G {s} mm, DIN 338", CORTE, "Bosch", "UN", 650 + float(s) ** 2 * 42,
                         {"tipo": "broca", "medida": s, "material": "hss"}))
    for s in ("3", "4", "5", "6", "8", "10", "12"):
        out.append(P(f"br|{s}|cobalto", f"BR-CO-{s}-DOR", f"Broca cobalto {s} mm DIN338 Dormer A777", f"Jobber drill HSS-Co {s} mm, DIN 338",
                     CORTE, "Dormer", "UN", 1400 + int(s) ** 2 * 110, {"tipo": "broca", "medida": s, "material": "cobalto"}))
    for s in ("1/8", "3/16", "1/4", "5/16", "3/8", "7/16", "1/2"):
        code = s.replace("/", "")
        out.append(P(f"br|{s}|inch", f"BR-HSS-{code}P-DOR", f"Broca HSS {s}\" Dormer A002", f"Jobber drill HSS {s} in",
                     CORTE, "Dormer", "UN", 900 + frac_mm(s) ** 2 * 45, {"tipo": "broca", "medida": s, "material": "hss"}))
    for s in ("6", "8", "10", "12", "14"):
        out.append(P(f"sds|{s}", f"BR-SDS-{s}-BOS", f"Broca SDS-plus {s}x160 mm Bosch", f"SDS-plus hammer drill bit {s} x 160 mm",
                     CORTE, "Bosch", "UN", 2800 + int(s) * 200, {"tipo": "broca_sds", "medida": s}))
    for thread in ("M5", "M6", "M8", "M10", "M12", "M14", "M16", "M20"):
        out.append(P(f"ma|{thread}", f"MA-{thread}-IZA", f"Juego machos {thread}x{PITCH.get(thread, '0.8').replace('.', ',')} HSS 3 pzs Izar",
                     f"Hand tap set {thread}x{PITCH.get(thread, '0.8')} HSS, taper/plug/bottoming", CORTE, "Izar", "JGO",
                     9000 + int(thread[1:]) * 1100, {"tipo": "juego_machos", "rosca": thread}))
    for dia in ("1/4", "5/16", "3/8", "1/2", "5/8", "3/4"):
        thread = f"{dia}-{UNC[dia]}"
        out.append(P(f"ma|{thread}", f"MA-{EIGHTHS.get(dia) or '025'}UNC-IZA", f"Juego machos {thread} UNC HSS 3 pzs Izar",
                     f"Hand tap set {thread} UNC HSS, taper/plug/bottoming", CORTE, "Izar", "JGO", 11000 + frac_mm(dia) * 600,
                     {"tipo": "juego_machos", "rosca": thread}))
    for mm, inch in (("19", "3/4"), ("22", "7/8"), ("25", "1"), ("32", "1-1/4"), ("38", "1-1/2"), ("44", "1-3/4"), ("51", "2"),
                     ("64", "2-1/2"), ("76", "3"), ("102", "4")):
        for brand, short in (("Lenox", "LEN"), ("Bosch", "BOS")):
            out.append(P(f"sc|{mm}|{brand}", f"SC-{mm}-{short}", f"Sierra copa bimetálica {mm} mm ({inch}\") {brand}",
                         f"Bi-metal hole saw {mm} mm ({inch} in)", CORTE, brand, "UN", 5000 + int(mm) * 160,
                         {"tipo": "sierra_copa", "diametro": mm}))
    for teeth in ("18", "24", "32"):
        for brand, short in (("Bahco", "BAH"), ("Lenox", "LEN")):
            out.append(P(f"hs|{teeth}|{brand}", f"HS-12-{teeth}-{short}", f"Hoja sierra bimetálica 12\" {teeth} dientes {brand}",
                         f"Bi-metal hacksaw blade 300 mm (12 in), {teeth} TPI", CORTE, brand, "UN", 1500,
                         {"tipo": "hoja_sierra", "dientes": teeth}, pack=10, aliases=(f"3906-300-{teeth}",) if brand == "Bahco" else ()))
    return out


# --- EPP -------------------------------------------------------------------------------------------------------

def safety() -> list[Product]:
    out = []
    for size in ("S", "M", "L", "XL"):
        out.append(P(f"gc|{size}", f"GU-CAB-{size}-STP", f"Guante cabritilla talla {size} Steelpro", f"Goatskin driver glove, size {size}",
                     EPP, "Steelpro", "PAR", 2900, {"tipo": "guante_cabritilla", "talla": size}))
        out.append(P(f"gn|{size}", f"GU-NIT-{size}-STP", f"Guante nitrilo desechable talla {size} caja 100 Steelpro",
                     f"Disposable nitrile glove, powder free, size {size}, box of 100", EPP, "Steelpro", "CJ", 8900,
                     {"tipo": "guante_nitrilo", "talla": size}))
    for level, model in (("A3", "11-731"), ("A5", "11-435")):
        for n in ("8", "9", "10"):
            out.append(P(f"ga|{level}|{n}", f"GU-AC{level[1]}-{n}-ANS", f"Guante anticorte HyFlex nivel {level} talla {n} Ansell",
                         f"HyFlex cut resistant glove ANSI {level}, size {n}", EPP, "Ansell", "PAR", 6900 if level == "A3" else 11900,
                         {"tipo": "guante_anticorte", "nivel": level, "talla": n}, aliases=(f"{model}-{n}",)))
    out.append(P("gs", "GU-SOL-STP", "Guante soldador cuero largo 14\" Steelpro", "Welding gauntlet, split leather, 14 in", EPP, "Steelpro",
                 "PAR", 5900, {"tipo": "guante_soldador"}))
    for lens, en in (("claro", "clear"), ("oscuro", "grey"), ("espejado", "mirror"), ("in-out", "indoor/outdoor")):
        out.append(P(f"le|{lens}|Steelpro", f"LE-{lens[:3].upper()}-STP", f"Lente seguridad {lens} antiempañante Steelpro",
                     f"Safety spectacles, {en} lens, anti-fog", EPP, "Steelpro", "UN", 1900, {"tipo": "lente_seguridad", "mica": lens}))
        out.append(P(f"le|{lens}|3M", f"LE-{lens[:3].upper()}-3M", f"Lente seguridad {lens} SecureFit 3M",
                     f"SecureFit safety glasses, {en} lens, anti-fog", EPP, "3M", "UN", 4900, {"tipo": "lente_seguridad", "mica": lens}))
    out.append(P("an|stp", "AN-STP", "Antiparra ventilación indirecta Steelpro", "Safety goggle, indirect vent, anti-fog", EPP, "Steelpro",
                 "UN", 3900, {"tipo": "antiparra"}))
    out.append(P("ta|1100", "TA-1100-3M", "Tapón auditivo sin cordón 3M 1100 caja 200", "Foam earplugs uncorded, box of 200 pairs", EPP,
                 "3M", "CJ", 42000, {"tipo": "tapon_auditivo", "cordon": "no"}, aliases=("3M 1100",)))
    out.append(P("ta|1110", "TA-1110-3M", "Tapón auditivo con cordón 3M 1110 caja 100", "Foam earplugs corded, box of 100 pairs", EPP,
                 "3M", "CJ", 52000, {"tipo": "tapon_auditivo", "cordon": "si"}, aliases=("3M 1110",)))
    out.append(P("fo|x4a", "FO-X4A-3M", "Fono auditivo tipo copa Peltor X4A 3M", "Peltor X4A earmuff, headband, 33 dB", EPP, "3M", "UN",
                 21000, {"tipo": "fono"}, aliases=("X4A",)))
    for size, model in (("S", "6100"), ("M", "6200"), ("L", "6300")):
        out.append(P(f"rm|{size}", f"RM-{model}-3M", f"Respirador medio rostro {model} talla {size} 3M",
                     f"Half facepiece reusable respirator {model}, size {size}", EPP, "3M", "UN", 16500,
                     {"tipo": "respirador", "talla": size}, aliases=(f"3M {model}",)))
    for model, en in (("2097", "P100 particulate filter with nuisance organic vapour"), ("6003", "organic vapour / acid gas cartridge"),
                      ("7093", "P100 hard-case particulate filter")):
        out.append(P(f"fi|{model}", f"FR-{model}-3M", f"Filtro {model} 3M (par)", f"3M {model} {en}, pair", EPP, "3M", "PAR",
                     9800 if model != "6003" else 14500, {"tipo": "filtro_respirador", "modelo": model}, aliases=(f"3M {model}",)))
    for colour, part in (("blanco", "10057441"), ("amarillo", "10057442"), ("azul", "10057443"), ("rojo", "10057444"),
                         ("verde", "10057445"), ("naranja", "10057446")):
        out.append(P(f"cs|{colour}", f"CS-VG-{colour[:2].upper()}-MSA", f"Casco V-Gard {colour} Fas-Trac MSA",
                     f"V-Gard cap-style hard hat, {COLOR[colour].lower()}, Fas-Trac ratchet", EPP, "MSA", "UN", 11900,
                     {"tipo": "casco", "color": colour}, aliases=(part,)))
    out.append(P("bq", "BQ-MSA", "Barbiquejo elástico para casco MSA", "Elastic chin strap for V-Gard", EPP, "MSA", "UN", 1900,
                 {"tipo": "barbiquejo"}))
    for colour in ("naranja", "amarillo"):
        for size in ("M", "L", "XL", "XXL"):
            out.append(P(f"ch|{colour}|{size}", f"CHG-{colour[:2].upper()}-{size}-STP", f"Chaleco geólogo reflectante {colour} talla {size} Steelpro",
                         f"Surveyor hi-vis vest, {COLOR[colour].lower()}, reflective tape, size {size}", EPP, "Steelpro", "UN", 8900,
                         {"tipo": "chaleco", "color": colour, "talla": size}))
    return out


def products() -> list[Product]:
    return bearings() + fasteners() + valves() + electrical() + abrasives() + welding() + cutting() + safety()
