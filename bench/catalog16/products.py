"""Catalog 16's products, family by family (an Ecuadorian house on a local ERP).

The clerk in Guayaquil types each item's short description in mixed case with the house's own
abbreviations (`Rod. bolas 6204-2RS C3 SKF`, `Perno hex. G5 3/8x2 galv.`, `Vál. bola bce. 1/2"
FV`, `Breaker riel 2P 20A Schneider iC60N`); that is the `name`. The `description` is the long
Spanish line the web shop shows. Every product carries its facts in `attributes` (`type=…` plus
sizes), which is what the corpus generator labels against. Item codes (`01.020.00412`) are
given in erp.py from the family and subfamily named here.
"""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, frac, unit

BEARINGS = "Rodamientos"
POWER = "Transmisión"
FASTENERS = "Pernería"
VALVES = "Válvulas y accesorios"
ELECTRICAL = "Material eléctrico"
ABRASIVES = "Abrasivos"
HYDRAULICS = "Hidráulica"

# family → its number in the item code; type → subfamily number
FAMILY_NO = {BEARINGS: "01", POWER: "02", FASTENERS: "03", VALVES: "04", ELECTRICAL: "05", ABRASIVES: "06", HYDRAULICS: "07"}
SUBFAMILY_NO = {
    "ball_bearing": "010", "tapered": "020", "pillow_block": "030", "flange_block": "035",
    "v_belt": "010", "roller_chain": "020", "connecting_link": "025", "sprocket": "030",
    "hex_bolt": "010", "metric_bolt": "015", "carriage_bolt": "012", "threaded_rod": "040", "hex_nut": "020", "flat_washer": "030", "lock_washer": "035",
    "ball_valve": "010", "check_valve": "020", "gate_valve": "025", "elbow": "040", "tee": "045", "union": "050", "plug": "055",
    "breaker": "010", "contactor": "020", "wire": "030", "tape": "040",
    "cutoff_disc": "010", "grinding_disc": "015", "flap_disc": "020", "sandpaper": "030",
    "hose": "010", "hose_fitting": "020",
}  # fmt: skip


def P(key: str, name: str, description: str, family: str, brand: str, uom: str, price: float,
      attrs: dict[str, str], pack: int = 1, aliases: tuple[str, ...] = ()) -> Product:  # fmt: skip
    """A product; prices in dollars, to the cent."""
    return Product(key, name, description, family, brand, uom, Decimal(str(round(price, 2))), attrs, list(aliases), pack)


# --- rodamientos ---------------------------------------------------------------------------------

BALL = {
    "6000": (10, 26, 8), "6001": (12, 28, 8), "6002": (15, 32, 9), "6003": (17, 35, 10), "6004": (20, 42, 12),
    "6005": (25, 47, 12), "6006": (30, 55, 13), "6007": (35, 62, 14), "6008": (40, 68, 15), "6201": (12, 32, 10), "6202": (15, 35, 11), "6203": (17, 40, 12),
    "6204": (20, 47, 14), "6205": (25, 52, 15), "6206": (30, 62, 16), "6207": (35, 72, 17), "6208": (40, 80, 18),
    "6209": (45, 85, 19), "6210": (50, 90, 20), "6211": (55, 100, 21), "6212": (60, 110, 22), "6302": (15, 42, 13), "6303": (17, 47, 14),
    "6304": (20, 52, 15), "6305": (25, 62, 17), "6306": (30, 72, 19), "6307": (35, 80, 21), "6308": (40, 90, 23),
    "6309": (45, 100, 25), "6310": (50, 110, 27), "6311": (55, 120, 29),
}  # fmt: skip
# maker → (sealed, shielded) suffix as its box prints it
MAKERS = {"SKF": ("-2RSH", "-2Z"), "NSK": ("DDU", "ZZ"), "NTN": ("LLU", "ZZ"), "FAG": ("-2RSR", "-2ZR")}
TAPERED = {"30203": (17, 40), "30204": (20, 47), "30205": (25, 52), "30206": (30, 62), "30207": (35, 72),
           "30208": (40, 80), "32205": (25, 52), "32206": (30, 62), "32207": (35, 72), "32208": (40, 80)}  # fmt: skip
UNIT_BORE = {"204": "20", "205": "25", "206": "30", "207": "35", "208": "40", "209": "45", "210": "50", "211": "55", "212": "60"}


def bearings() -> list[Product]:
    out = []
    for series, (bore, od, width) in BALL.items():
        makers = sorted(MAKERS, key=lambda m: unit(series, m, "c16"))[:2]
        for seal in ("open", "2RS", "ZZ"):
            for brand in makers:
                if seal == "open" and brand != makers[0]:
                    continue  # open: one maker kept
                rs, zz = MAKERS[brand]
                clearances = ("CN", "C3") if seal == "2RS" and brand == makers[0] and series[1] in "23" else ("CN",)
                for clearance in clearances:
                    c3 = " C3" if clearance == "C3" else ""
                    code = series + {"open": "", "2RS": "-2RS", "ZZ": "-ZZ"}[seal]
                    part = series + {"open": "", "2RS": rs, "ZZ": zz}[seal] + ("/C3" if c3 else "")
                    seal_es = {"open": "abierto", "2RS": "con dos sellos de caucho", "ZZ": "con dos tapas metálicas"}[seal]
                    price = (3.5 + bore * 0.22 + od * 0.05 + (1.2 if seal != "open" else 0)) * (1.45 if brand in ("SKF", "FAG") else 1) * (1.15 if c3 else 1)
                    out.append(P(f"brg|{series}|{seal}|{clearance}|{brand}", f"Rod. bolas {code}{c3} {brand}",
                                 f"Rodamiento rígido de bolas {series} {seal_es}, {bore}x{od}x{width} mm, juego "
                                 f"{'C3 (mayor al normal)' if c3 else 'normal'}, marca {brand}", BEARINGS, brand, "UND", price,
                                 {"type": "ball_bearing", "series": series, "seal": seal, "clearance": clearance},
                                 aliases=(part,) if part.replace("-", "") != code.replace("-", "") + c3.strip() else ()))  # fmt: skip
    for series, (bore, od) in TAPERED.items():
        for brand, suffix in (("Timken", ""), ("SKF", " J2/Q"), ("Koyo", "JR")):
            if brand == "Koyo" and unit(series, "c16tap") < 0.5:
                continue
            part = f"{series}{suffix}".replace(" ", "") if suffix else ""
            out.append(P(f"tap|{series}|{brand}", f"Rod. cónico {series} {brand}", f"Rodamiento de rodillos cónicos {series} (cono y taza), "
                         f"{bore}x{od} mm, marca {brand}", BEARINGS, brand, "UND", (9 + bore * 0.45) * (1.3 if brand != "Koyo" else 1),
                         {"type": "tapered", "series": series}, aliases=(part,) if part else ()))  # fmt: skip
    for housing, kind, word in (("UCP", "pillow_block", "Chumacera pared"), ("UCF", "flange_block", "Chumacera brida 4 huecos")):
        for size, mm in UNIT_BORE.items():
            for brand in ("FYH", "NTN"):
                out.append(P(f"hsg|{housing}|{size}|{brand}", f"{word} {housing}{size} {brand}" if housing == "UCF" else f"Chumacera {housing}{size} {brand}",
                             f"Chumacera ({'soporte de pie' if housing == 'UCP' else 'soporte brida cuadrada de 4 huecos'}) {housing}{size} "
                             f"con rodamiento UC{size}, eje {mm} mm, hierro fundido, marca {brand}", BEARINGS, brand, "UND",
                             (14 + int(size[1:]) * 3.1) * (1.25 if brand == "NTN" else 1), {"type": kind, "size": size}))  # fmt: skip
    return out


# --- transmisión ---------------------------------------------------------------------------------


def power() -> list[Product]:
    out = []
    for section, lengths, per in (("A", range(26, 82, 2), 0.18), ("B", range(35, 121, 3), 0.26), ("C", range(60, 181, 8), 0.4)):
        for length in lengths:
            brands = ("Gates", "Dayco") if unit(section, str(length), "c16belt") < 0.5 else ("Gates",)
            for brand in brands:
                line = "Hi-Power II" if brand == "Gates" else "Classic"
                out.append(P(f"vb|{section}{length}|{brand}", f"Banda en V {section}-{length} {brand}",
                             f"Banda trapezoidal clásica sección {section}, {length} pulgadas de largo interior, {brand} {line}",
                             POWER, brand, "UND", 4 + length * per, {"type": "v_belt", "section": section, "length": str(length)}))  # fmt: skip
    for ansi in ("40", "50", "60", "80"):
        for strands in ("1", "2"):
            for brand in ("Tsubaki", "Renold"):
                if strands == "2" and brand == "Renold":
                    continue
                out.append(P(f"ch|{ansi}|{strands}|{brand}", f"Cadena rod. ANSI {ansi}-{strands} {brand} (tramo 3m)",
                             f"Cadena de rodillos ANSI {ansi} {'simple' if strands == '1' else 'doble'}, paso {int(ansi) / 80:g} pulg., "
                             f"se vende por metro en tramos de 3 m, marca {brand}", POWER, brand, "MT",
                             (6 + int(ansi) * 0.2) * int(strands) * (1.5 if brand == "Tsubaki" else 1),
                             {"type": "roller_chain", "ansi": ansi, "strands": strands}, 3))  # fmt: skip
        out.append(P(f"cl|{ansi}", f"Candado cadena ANSI {ansi}-1 Tsubaki", f"Eslabón de unión (candado) con pin y clip para cadena ANSI {ansi} simple, Tsubaki",
                     POWER, "Tsubaki", "UND", 1.2 + int(ansi) * 0.03, {"type": "connecting_link", "ansi": ansi}))  # fmt: skip
    for ansi in ("40", "50", "60", "80"):
        for teeth in ("12", "15", "17", "19", "21", "25"):
            out.append(P(f"sp|{ansi}|{teeth}", f"Piñón ANSI {ansi}B{teeth} Martin", f"Piñón (catalina) simple para cadena ANSI {ansi}, {teeth} dientes, "
                         "con manzana, agujero piloto, Martin", POWER, "Martin", "UND", 9 + int(ansi) * 0.02 * int(teeth),
                         {"type": "sprocket", "ansi": ansi, "teeth": teeth}, aliases=(f"{ansi}BS{teeth}",)))  # fmt: skip
    return out


# --- pernería ------------------------------------------------------------------------------------

INCH = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
INCH_LENGTHS = ("1", "1-1/2", "2", "2-1/2", "3", "4")
GRADES = {"5": ("galv", "galv.", "galvanizado en caliente"), "8": ("black", "negro", "pavonado negro")}
METRIC = {"M8": (20, 30, 40, 50), "M10": (30, 40, 50, 60), "M12": (40, 50, 60, 80), "M16": (50, 60, 80)}


def fasteners() -> list[Product]:
    out = []
    for dia, tpi in INCH.items():
        d = frac(dia)
        for length in INCH_LENGTHS:
            if (d < 0.3 and frac(length) > 3) or (d > 0.6 and frac(length) < 1.5):
                continue
            for grade, (finish, short, long) in GRADES.items():
                box = 100 if d < 0.5 else 50
                out.append(P(f"bolt|{dia}|{length}|{grade}", f"Perno hex. G{grade} {dia}x{length} {short}",
                             f"Perno de cabeza hexagonal grado {grade}, rosca UNC {dia}-{tpi}, largo {length} pulg., {long}. "
                             f"Se vende por unidad, caja de {box}", FASTENERS, "", "UND", (0.08 + d * d * frac(length) * 0.9) * (1.5 if grade == "8" else 1),
                             {"type": "hex_bolt", "dia": dia, "length": length, "grade": grade, "finish": finish}, box))  # fmt: skip
    for thread, lengths in METRIC.items():
        d = int(thread[1:])
        for length in lengths:
            out.append(P(f"mbolt|{thread}|{length}", f"Perno hex. {thread}x{length} 8.8 zinc.", f"Perno de cabeza hexagonal métrico {thread}, largo "
                         f"{length} mm, clase 8.8, zincado, DIN 933. Se vende por unidad, caja de 50", FASTENERS, "", "UND",
                         0.06 + d * d * length * 0.00009, {"type": "metric_bolt", "thread": thread, "length": str(length)}, 50))  # fmt: skip
    for dia in ("1/4", "5/16", "3/8", "1/2"):
        d = frac(dia)
        for length in ("1", "1-1/2", "2", "3", "4"):
            out.append(P(f"carr|{dia}|{length}", f"Perno coche {dia}x{length} galv.", f"Perno de coche (cabeza redonda, cuello cuadrado), rosca UNC "
                         f"{dia}-{INCH[dia]}, largo {length} pulg., galvanizado. Se vende por unidad, caja de 100", FASTENERS, "", "UND",
                         0.07 + d * d * frac(length) * 0.8, {"type": "carriage_bolt", "dia": dia, "length": length}, 100))  # fmt: skip
    for dia in ("1/4", "5/16", "3/8", "1/2", "5/8", "3/4"):
        d = frac(dia)
        out.append(P(f"rod|{dia}", f"Varilla rosc. {dia}x1m galv.", f"Varilla roscada (espárrago) rosca corrida UNC {dia}, 1 metro de largo, galvanizada",
                     FASTENERS, "", "UND", 1.2 + d * 5, {"type": "threaded_rod", "dia": dia}))  # fmt: skip
    for dia in INCH:
        d = frac(dia)
        for finish, short, long in (("galv", "galv.", "galvanizada"), ("black", "negra", "negra grado 8")):
            out.append(P(f"nut|{dia}|{finish}", f"Tuerca hex. {dia} UNC {short}", f"Tuerca hexagonal {dia}-{INCH[dia]} UNC, {long}. "
                         "Se vende por unidad, caja de 100", FASTENERS, "", "UND", 0.04 + d * d * 0.3,
                         {"type": "hex_nut", "dia": dia, "finish": finish}, 100))  # fmt: skip
        for kind, word, long in (("flat_washer", "Arandela plana", "Arandela plana"), ("lock_washer", "Arandela presión", "Arandela de presión")):
            out.append(P(f"{kind}|{dia}", f"{word} {dia} galv. (x lb)", f"{long} para perno de {dia} pulg., galvanizada, se vende por libra",
                         FASTENERS, "", "LB", 2.4 + d * 1.5, {"type": kind, "dia": dia}))  # fmt: skip
    return out


# --- válvulas y accesorios -----------------------------------------------------------------------

PIPE = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def valves() -> list[Product]:
    out = []
    for size in PIPE:
        s = frac(size)
        for material, short, long, brands in (("bronze", "bce.", "bronce", ("FV", "Genebre", "Kitz")), ("ss", "inox.", "acero inoxidable 316", ("Genebre",))):
            for brand in brands:
                if brand == "Kitz" and size in ("1/4", "3/8"):
                    continue
                out.append(P(f"bv|{size}|{material}|{brand}", f"Vál. bola {short} {size}\" {brand}", f"Válvula de bola de {long}, {size} pulgada NPT, "
                             f"paso total, palanca, 600 WOG, marca {brand}", VALVES, brand, "UND",
                             (4 + s * 16) * (2.6 if material == "ss" else 1) * (1.2 if brand == "Kitz" else 1),
                             {"type": "ball_valve", "size": size, "material": material}))  # fmt: skip
        if size not in ("1/4",):
            out.append(P(f"chk|{size}", f"Vál. check bce. {size}\" FV", f"Válvula check (de retención) de bronce tipo columpio, {size} pulgada NPT, FV",
                         VALVES, "FV", "UND", 6 + s * 18, {"type": "check_valve", "size": size}))  # fmt: skip
            out.append(P(f"gv|{size}", f"Vál. compuerta bce. {size}\" Kitz", f"Válvula de compuerta de bronce, {size} pulgada NPT, vástago ascendente, Kitz",
                         VALVES, "Kitz", "UND", 8 + s * 20, {"type": "gate_valve", "size": size}))  # fmt: skip
        for kind, short, long in (("elbow", "Codo 90 HG", "Codo 90° de hierro galvanizado"), ("tee", "Tee HG", "Tee de hierro galvanizado"),
                                  ("union", "Universal HG", "Unión universal de hierro galvanizado"), ("plug", "Tapón macho HG", "Tapón macho de hierro galvanizado")):  # fmt: skip
            out.append(P(f"{kind}|{size}", f"{short} {size}\"", f"{long}, {size} pulgada, rosca NPT, 150 lb", VALVES, "", "UND",
                         0.5 + s * (3.2 if kind == "union" else 1.6), {"type": kind, "size": size}))  # fmt: skip
    return out


# --- material eléctrico --------------------------------------------------------------------------

BREAKERS = {
    "Schneider": ("iC60N", lambda p, a: f"A9F74{p}{int(a):02d}"),
    "ABB": ("S200", lambda p, a: f"S20{p}-C{a}"),
    "Siemens": ("5SL", lambda p, a: f"5SL6{p}{int(a):02d}-7"),
}
AWG = {"14": 0.42, "12": 0.62, "10": 0.98, "8": 1.55, "6": 2.4}
COLOURS = ("negro", "rojo", "blanco", "verde", "azul")


def electrical() -> list[Product]:
    out = []
    for brand, (line, ref) in BREAKERS.items():
        for poles in ("1", "2", "3"):
            for amps in ("6", "10", "16", "20", "25", "32", "40", "50", "63"):
                if brand == "Siemens" and amps == "6":
                    continue
                out.append(P(f"cb|{brand}|{poles}|{amps}", f"Breaker riel {poles}P {amps}A {brand} {line}",
                             f"Disyuntor termomagnético (breaker) para riel DIN, {poles} polo{'s' if poles != '1' else ''}, {amps} A, curva C, "
                             f"{brand} {line} {ref(poles, amps)}", ELECTRICAL, brand, "UND", (7 + int(amps) * 0.12) * int(poles) * (1.3 if brand != "ABB" else 1),
                             {"type": "breaker", "poles": poles, "amps": amps}, aliases=(ref(poles, amps),)))  # fmt: skip
    for amps, code in (("9", "D09"), ("12", "D12"), ("18", "D18"), ("25", "D25"), ("32", "D32"), ("40", "D40A"), ("65", "D65A")):
        for coil, letter, cw in (("220VAC", "M7", "220 VAC"), ("110VAC", "F7", "110 VAC")):
            out.append(P(f"ctr|{amps}|{coil}|Schneider", f"Contactor {amps}A bob. {cw} Schneider LC1{code}{letter}",
                         f"Contactor tripolar TeSys D {amps} A AC-3, bobina {cw}, 1NA+1NC, Schneider LC1{code}{letter}", ELECTRICAL, "Schneider", "UND",
                         28 + int(amps) * 2.1, {"type": "contactor", "amps": amps, "coil": coil}, aliases=(f"LC1{code}{letter}",)))  # fmt: skip
            out.append(P(f"ctr|{amps}|{coil}|ABB", f"Contactor {amps}A bob. {cw} ABB AF{amps}", f"Contactor tripolar ABB AF{amps}-30-10, {amps} A AC-3, "
                         f"bobina {cw}", ELECTRICAL, "ABB", "UND", 25 + int(amps) * 1.9, {"type": "contactor", "amps": amps, "coil": coil}))  # fmt: skip
    for gauge, per in AWG.items():
        for colour in COLOURS if gauge in ("14", "12", "10") else ("negro", "rojo", "blanco", "verde"):
            for brand in ("Electrocables", "Cablec") if gauge in ("14", "12") else ("Electrocables",):
                out.append(P(f"thhn|{gauge}|{colour}|{brand}", f"Cable THHN #{gauge} AWG {colour} {brand} (rollo 100m)",
                             f"Cable de cobre flexible THHN/THWN-2 calibre {gauge} AWG, 600 V, 90 °C, color {colour}, {brand}, "
                             "se vende por metro, rollo de 100 m", ELECTRICAL, brand, "MT", per * (1.05 if brand == "Cablec" else 1),
                             {"type": "wire", "awg": gauge, "colour": colour}, 100))  # fmt: skip
    for colour in ("negro", "rojo", "azul", "blanco", "verde", "amarillo"):
        out.append(P(f"tape|{colour}", f"Cinta aislante 3/4x20m {colour} 3M Temflex", f"Cinta aislante de PVC 19 mm x 20 m, color {colour}, 3M Temflex 1700",
                     ELECTRICAL, "3M", "UND", 1.1, {"type": "tape", "colour": colour}))  # fmt: skip
    return out


# --- abrasivos -----------------------------------------------------------------------------------


def abrasives() -> list[Product]:
    out = []
    for dia, mm, thick in (("4-1/2", "115", "1.0"), ("4-1/2", "115", "1.6"), ("7", "180", "1.6"), ("7", "180", "3.0"),
                           ("9", "230", "2.0"), ("9", "230", "3.0"), ("14", "355", "3.0")):  # fmt: skip
        for brand in ("Norton", "Klingspor", "DeWalt"):
            if brand == "DeWalt" and dia in ("9", "14"):
                continue
            th = thick.replace(".", ",")
            out.append(P(f"cut|{dia}|{thick}|{brand}", f"Disco corte met. {dia}x{th} {brand}", f"Disco de corte para metal e inoxidable, {dia} pulg. "
                         f"({mm} mm) x {th} mm, tipo 41, {brand}", ABRASIVES, brand, "UND", (1.2 + frac(dia) * 0.35 + float(thick) * 0.4) * (1.15 if brand != "Norton" else 1),
                         {"type": "cutoff_disc", "dia": dia, "thick": thick}))  # fmt: skip
    for dia, mm in (("4-1/2", "115"), ("7", "180"), ("9", "230")):
        for brand in ("Norton", "Klingspor"):
            out.append(P(f"grd|{dia}|{brand}", f"Disco desbaste met. {dia}x1/4 {brand}", f"Disco de desbaste centro deprimido (tipo 27) para metal, {dia} pulg. "
                         f"({mm} mm) x 6,4 mm, {brand}", ABRASIVES, brand, "UND", 2.5 + frac(dia) * 0.6, {"type": "grinding_disc", "dia": dia}))  # fmt: skip
    for dia in ("4-1/2", "7"):
        for grit in ("36", "40", "60", "80", "120"):
            for brand in ("Klingspor", "Norton"):
                out.append(P(f"flap|{dia}|{grit}|{brand}", f"Disco flap {dia} G{grit} zirc. {brand}", f"Disco de láminas (flap) de zirconio, {dia} pulg., "
                             f"grano {grit}, {brand}", ABRASIVES, brand, "UND", 3.8 + frac(dia) * 0.5, {"type": "flap_disc", "dia": dia, "grit": grit}))  # fmt: skip
    for grit in ("80", "100", "120", "150", "180", "220", "320", "400", "600", "1000", "1200"):
        out.append(P(f"lija|{grit}", f"Lija agua G{grit} 9x11 Fandeli", f"Pliego de lija al agua de carburo de silicio, 9 x 11 pulg., grano {grit}, Fandeli",
                     ABRASIVES, "Fandeli", "UND", 0.55, {"type": "sandpaper", "grit": grit}))  # fmt: skip
    return out


# --- hidráulica ----------------------------------------------------------------------------------

HOSE = {"1/4": "4", "3/8": "6", "1/2": "8", "5/8": "10", "3/4": "12", "1": "16"}


def hydraulics() -> list[Product]:
    out = []
    for spec, wires, parker in (("R1", "1 malla", "421SN"), ("R2", "2 mallas", "301SN")):
        for size, dash in HOSE.items():
            for brand in ("Parker", "Gates"):
                ref = f"{parker}-{dash}" if brand == "Parker" else f"{dash}G{spec[1]}"
                out.append(P(f"hose|{spec}|{size}|{brand}", f"Manguera hidr. SAE 100{spec} {size}\" {brand}",
                             f"Manguera hidráulica SAE 100{spec}AT ({wires} de acero), diámetro interior {size} pulg., se vende por metro, "
                             f"{brand} {ref}", HYDRAULICS, brand, "MT", (2.5 + frac(size) * 9) * (1.4 if spec == "R2" else 1) * (1.1 if brand == "Parker" else 1),
                             {"type": "hose", "spec": spec, "size": size}, aliases=(ref,)))  # fmt: skip
    for size in HOSE:
        for end, word in (("npt", "macho NPT"), ("jic", "hembra JIC giratoria")):
            out.append(P(f"fit|{size}|{end}", f"Terminal hidr. {size}\" {word.split()[0]} {end.upper()} Parker",
                         f"Terminal prensable (crimp) para manguera de {size} pulg., {word}, serie 43, Parker", HYDRAULICS, "Parker", "UND",
                         3 + frac(size) * 6, {"type": "hose_fitting", "size": size, "end": end}))  # fmt: skip
    return out


def products() -> list[Product]:
    return bearings() + power() + fasteners() + valves() + electrical() + abrasives() + hydraulics()
