"""Catalog 13's products, family by family (Siesa Enterprise items of a Colombian distributor).

Names are Siesa's 40-character item description as the counter in Bogotá typed it, upper case,
in Colombian trade words: `BALINERA` (not rodamiento), `GUASA` (washer), `CHAZO` (anchor),
`TACO` (plug-in breaker), `REGISTRO` (ball valve), `ENCAUCHETADO` (flexible cord), `CARNAZA`
and `VAQUETA` (leather gloves), `GAFAS`, `TAPAOIDOS`, `PULIDORA` discs. The description is the
longer sentence the house prints on its quotes. Item numbers are given later (erp.py): Siesa's
six-digit consecutive, which says nothing about the item.
"""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, frac, unit

BALINERAS = "Balineras y Chumaceras"
CORREAS = "Correas y Transmisión"
TORNILLERIA = "Tornillería"
VALVULAS = "Válvulas y Accesorios"
ELECTRICOS = "Material Eléctrico"
ABRASIVOS = "Abrasivos"
SOLDADURA = "Soldadura"
SEGURIDAD = "Seguridad Industrial"


def P(key: str, name: str, desc: str, family: str, brand: str, uom: str, price: float,
      attrs: dict[str, str], pack: int = 1, aliases: tuple[str, ...] = ()) -> Product:  # fmt: skip
    """A product (prices in Colombian pesos, rounded to the hundred as the house lists them)."""
    assert len(name) <= 40, name
    return Product(key, name, desc, family, brand, uom, Decimal(round(price, -2)), attrs, list(aliases), pack)


# --- balineras y chumaceras ----------------------------------------------------------------------

# series -> (bore, outside diameter, width) in mm
BALL = {
    "6000": (10, 26, 8), "6001": (12, 28, 8), "6002": (15, 32, 9), "6003": (17, 35, 10), "6004": (20, 42, 12),
    "6005": (25, 47, 12), "6006": (30, 55, 13), "6007": (35, 62, 14),
    "6200": (10, 30, 9), "6201": (12, 32, 10), "6202": (15, 35, 11), "6203": (17, 40, 12), "6204": (20, 47, 14),
    "6205": (25, 52, 15), "6206": (30, 62, 16), "6207": (35, 72, 17), "6208": (40, 80, 18), "6209": (45, 85, 19),
    "6210": (50, 90, 20),
    "6300": (10, 35, 11), "6301": (12, 37, 12), "6302": (15, 42, 13), "6303": (17, 47, 14), "6304": (20, 52, 15),
    "6305": (25, 62, 17), "6306": (30, 72, 19), "6307": (35, 80, 21), "6308": (40, 90, 23),
}  # fmt: skip
# maker -> (sealed suffix, shielded suffix) as the maker prints its part number
BALL_MAKERS = {"SKF": ("-2RSH", "-2Z"), "NSK": ("DDU", "ZZ"), "NTN": ("LLU", "ZZ"), "FAG": ("-2RSR", "-2ZR"),
               "Koyo": ("2RS", "ZZ")}  # fmt: skip
SEAL_NAME = {"abierta": "", "2RS": " 2RS", "ZZ": " ZZ"}
SEAL_DESC = {"abierta": "abierta", "2RS": "sellada con dos sellos de caucho", "ZZ": "con dos tapas metálicas"}
# shaft in inches as the chumacera's suffix counts it (sixteenths)
SHAFT_IN = {"204": (("3/4", "12"),), "205": (("1", "16"),), "206": (("1-1/4", "20"), ("1-3/16", "19")),
            "207": (("1-1/4", "20"), ("1-7/16", "23")), "208": (("1-1/2", "24"),), "209": (("1-3/4", "28"),),
            "210": (("1-15/16", "31"), ("2", "32")), "211": (("2", "32"),), "212": (("2-7/16", "39"),)}  # fmt: skip


def bearings() -> list[Product]:
    out = []
    for series, (bore, od, width) in BALL.items():
        makers = sorted(BALL_MAKERS, key=lambda m: unit(series, m, "c13"))[:2]
        for seal in ("abierta", "2RS", "ZZ"):
            for brand in makers:
                rs, zz = BALL_MAKERS[brand]
                part = series + {"abierta": "", "2RS": rs, "ZZ": zz}[seal]
                price = (6500 + bore * 520 + od * 90 + (2200 if seal != "abierta" else 0)) * (1.4 if brand in ("SKF", "FAG") else 1)
                out.append(P(f"bal|{series}|{seal}|{brand}", f"BALINERA {series}{SEAL_NAME[seal]} {brand.upper()}",
                             f"Balinera rígida de bolas {bore}x{od}x{width} mm {SEAL_DESC[seal]}", BALINERAS, brand, "UND",
                             price, {"tipo": "balinera", "serie": series, "sello": seal},
                             aliases=(part,) if seal != "abierta" else ()))  # fmt: skip
    for n in SHAFT_IN:
        for housing, tipo, word in (("P", "chumacera_piso", "PISO"), ("F", "chumacera_pared", "PARED")):
            if housing == "F" and n in ("211", "212"):
                continue
            for brand in ("FYH", "NTN"):
                base = 38000 + int(n[1:]) * 6200 + (9000 if housing == "F" else 0)
                mm = int(n[1:]) * 5
                out.append(P(f"chu|UC{housing}{n}|{mm}mm|{brand}", f"CHUMACERA {word} UC{housing}{n} {mm}MM {brand}",
                             f"Chumacera de {word.split()[0].lower()} UC{housing}{n} para eje de {mm} mm, cuerpo en hierro fundido",
                             BALINERAS, brand, "UND", base, {"tipo": tipo, "modelo": f"UC{housing}{n}", "eje": f"{mm}mm"},
                             aliases=(f"UC{housing}{n}",) if brand == "FYH" else ()))  # fmt: skip
                for inch, code in SHAFT_IN[n]:
                    out.append(P(f"chu|UC{housing}{n}|{inch}|{brand}", f"CHUMACERA {word} UC{housing}{n}-{code} {inch}\" {brand}",
                                 f"Chumacera de {word.split()[0].lower()} UC{housing}{n}-{code} para eje de {inch} pulgada",
                                 BALINERAS, brand, "UND", base * 1.06, {"tipo": tipo, "modelo": f"UC{housing}{n}", "eje": inch},
                                 aliases=(f"UC{housing}{n}-{code}",) if brand == "FYH" else ()))  # fmt: skip
    return out


# --- correas y transmisión -----------------------------------------------------------------------


def belts() -> list[Product]:
    out = []
    for profile, lengths, per in (("A", range(26, 82, 2), 260), ("B", range(36, 100, 2), 420)):
        for length in lengths:
            brands = ("Gates", "Dayco") if unit(profile, str(length), "c13belt") < 0.75 else ("Gates",)
            for brand in brands:
                out.append(P(f"cor|{profile}{length}|{brand}", f"CORREA EN V {profile}-{length} {brand.upper()}",
                             f"Correa trapezoidal clásica perfil {profile}, {length} pulgadas de longitud interior",
                             CORREAS, brand, "UND", 9000 + length * per * (1.15 if brand == "Gates" else 1),
                             {"tipo": "correa", "perfil": profile, "largo": str(length)},
                             aliases=(f"{profile}{length}",) if len(brands) == 1 else ()))  # fmt: skip
    for asa in ("40", "50", "60", "80"):
        out.append(P(f"cad|{asa}", f"CADENA RODILLO ASA {asa}-1 SENC TSUBAKI", f"Cadena de rodillos ANSI {asa} sencilla, por metro",
                     CORREAS, "Tsubaki", "MTS", 36000 + int(asa) * 900, {"tipo": "cadena", "asa": asa}))
        out.append(P(f"esl|{asa}", f"ESLABON UNION ASA {asa}-1 TSUBAKI", f"Eslabón de unión (candado) para cadena ANSI {asa} sencilla",
                     CORREAS, "Tsubaki", "UND", 3000 + int(asa) * 80, {"tipo": "eslabon", "asa": asa}))
    return out


# --- tornillería ---------------------------------------------------------------------------------

INCH = ("1/4", "5/16", "3/8", "1/2", "5/8", "3/4")
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
FINISH = {"galvanizado": "GALV", "negro": "NEGRO"}


def fasteners() -> list[Product]:
    out = []
    lengths = ("1", "1-1/2", "2", "2-1/2", "3", "4")
    for dia in INCH:
        d = frac(dia)
        for length in lengths:
            if d >= 0.5 and length == "1":
                continue
            for finish, short in FINISH.items():
                if finish == "negro" and d < 0.375:
                    continue
                pack = 100 if d < 0.5 else 50
                out.append(P(f"tor|{dia}|{length}|5|{finish}", f"TORNILLO HEX G5 {dia}X{length} UNC {short}",
                             f"Tornillo cabeza hexagonal grado 5 de {dia}\" x {length}\" rosca ordinaria UNC-{UNC[dia]}, {finish}",
                             TORNILLERIA, "", "UND", 150 + d * d * 2600 * (1 + frac(length) / 3),
                             {"tipo": "tornillo_hex", "diametro": dia, "largo": length, "grado": "5", "acabado": finish}, pack))  # fmt: skip
            if d >= 0.5 and length != "1":
                out.append(P(f"tor|{dia}|{length}|8|negro", f"TORNILLO HEX G8 {dia}X{length} UNC NEGRO",
                             f"Tornillo cabeza hexagonal grado 8 de {dia}\" x {length}\" rosca UNC-{UNC[dia]}, pavonado",
                             TORNILLERIA, "", "UND", 400 + d * d * 4200 * (1 + frac(length) / 3),
                             {"tipo": "tornillo_hex", "diametro": dia, "largo": length, "grado": "8", "acabado": "negro"}, 25))  # fmt: skip
        for finish, short in FINISH.items():
            out.append(P(f"tue|{dia}|{finish}", f"TUERCA HEX G5 {dia} UNC {short}", f"Tuerca hexagonal grado 5 de {dia}\" UNC, {finish}",
                         TORNILLERIA, "", "UND", 60 + d * d * 900, {"tipo": "tuerca", "diametro": dia, "acabado": finish}, 100))
        out.append(P(f"tsg|{dia}", f"TUERCA SEGURIDAD NYLON {dia} UNC GALV", f"Tuerca de seguridad con inserto de nylon {dia}\" UNC, galvanizada",
                     TORNILLERIA, "", "UND", 120 + d * d * 1500, {"tipo": "tuerca_seguridad", "diametro": dia}, 100))
        out.append(P(f"gua|{dia}", f"GUASA PLANA {dia} GALV (KG)", f"Guasa (arandela) plana de {dia}\" galvanizada, venta por kilo",
                     TORNILLERIA, "", "KG", 14000, {"tipo": "guasa_plana", "diametro": dia}))
        out.append(P(f"gup|{dia}", f"GUASA PRESION {dia} GALV (KG)", f"Guasa de presión (arandela partida) de {dia}\", venta por kilo",
                     TORNILLERIA, "", "KG", 19000, {"tipo": "guasa_presion", "diametro": dia}))
        if d >= 0.375:
            out.append(P(f"var|{dia}", f"VARILLA ROSCADA {dia} X 1MT GALV", f"Varilla roscada UNC {dia}\" x 1 metro, galvanizada",
                         TORNILLERIA, "", "UND", 4000 + d * 16000, {"tipo": "varilla_roscada", "diametro": dia}))
            for length in ("3", "4"):
                out.append(P(f"cha|{dia}|{length}", f"CHAZO EXPANSIVO {dia}X{length} GALV",
                             f"Chazo (anclaje) de expansión tipo cuña {dia}\" x {length}\" galvanizado",
                             TORNILLERIA, "", "UND", 1200 + d * 5200 + int(length) * 300,
                             {"tipo": "chazo", "diametro": dia, "largo": length}, 25))  # fmt: skip
    for m, sizes in (("M6", (20, 30)), ("M8", (20, 30, 40)), ("M10", (30, 40, 50)), ("M12", (40, 50, 60)), ("M16", (50, 60, 80))):
        for mm in sizes:
            out.append(P(f"tom|{m}|{mm}", f"TORNILLO HEX {m}X{mm} 8.8 ZINC", f"Tornillo hexagonal métrico {m} x {mm} mm clase 8.8, zincado",
                         TORNILLERIA, "", "UND", 180 + int(m[1:]) ** 2 * 14 * (1 + mm / 60),
                         {"tipo": "tornillo_metrico", "rosca": m, "largo": str(mm)}, 100))  # fmt: skip
    return out


# --- válvulas y accesorios -----------------------------------------------------------------------

PIPE = ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
FITTINGS = {"codo": ("CODO 90", "Codo de 90°"), "tee": ("TEE", "Tee"), "union": ("UNION UNIVERSAL", "Unión universal"),
            "niple": ("NIPLE CORTO", "Niple corto (5 cm)"), "tapon": ("TAPON MACHO", "Tapón macho"),
            "buje": ("BUJE REDUCCION", "Buje de reducción")}  # fmt: skip
BUSHINGS = ("3/4x1/2", "1x1/2", "1x3/4", "1-1/4x1", "1-1/2x1", "2x1-1/2")


def valves() -> list[Product]:
    out = []
    for size in PIPE:
        v = frac(size)
        for brand in ("Grival", "Helbert"):
            out.append(P(f"reg|{size}|{brand}", f"REGISTRO BOLA BRONCE {size} RH {brand.upper()}",
                         f"Registro de bola en bronce {size}\" rosca hembra NPT, palanca", VALVULAS, brand, "UND",
                         18000 + v * 42000 * (1.1 if brand == "Grival" else 1), {"tipo": "registro", "medida": size, "material": "bronce"}))
        out.append(P(f"regpvc|{size}", f"REGISTRO BOLA PVC {size} SOLDADO PAVCO", f"Registro de bola en PVC presión {size}\" para soldar",
                     VALVULAS, "Pavco", "UND", 9000 + v * 15000, {"tipo": "registro", "medida": size, "material": "pvc"}))
        out.append(P(f"che|{size}", f"VALVULA CHEQUE BRONCE {size} GRIVAL", f"Válvula de cheque (retención) de cortina en bronce {size}\"",
                     VALVULAS, "Grival", "UND", 24000 + v * 46000, {"tipo": "cheque", "medida": size}))
        for kind, (word, sentence) in FITTINGS.items():
            if kind == "buje":
                continue
            out.append(P(f"acc|{kind}|{size}|galv", f"{word} GALV {size}", f"{sentence} galvanizado de {size}\" rosca NPT",
                         VALVULAS, "Tupy", "UND", 2500 + v * 7000 * (1.8 if kind in ("union", "tee") else 1),
                         {"tipo": kind, "medida": size, "material": "galvanizado"}))  # fmt: skip
            if kind in ("codo", "tee", "union", "tapon"):
                out.append(P(f"acc|{kind}|{size}|pvc", f"{word} PVC PRESION {size} PAVCO", f"{sentence} en PVC presión de {size}\" para soldar",
                             VALVULAS, "Pavco", "UND", 900 + v * 2600, {"tipo": kind, "medida": size, "material": "pvc"}))  # fmt: skip
    for size in BUSHINGS:
        out.append(P(f"acc|buje|{size}|galv", f"BUJE REDUCCION GALV {size}", "Buje de reducción galvanizado " + size.replace("x", '" x ') + '" NPT',
                     VALVULAS, "Tupy", "UND", 3000 + frac(size.split("x")[0]) * 6000,
                     {"tipo": "buje", "medida": size, "material": "galvanizado"}))  # fmt: skip
    return out


# --- material eléctrico --------------------------------------------------------------------------

COLOURS = {"negro": "NEG", "blanco": "BCO", "rojo": "ROJ", "verde": "VER", "azul": "AZU"}


def electrical() -> list[Product]:
    out = []
    for poles in ("1", "2", "3"):
        for amps in ("15", "20", "30", "40", "50", "60"):
            brands = ("Luminex", "Schneider") if poles != "3" else ("Schneider",)
            for brand in brands:
                ref = f"QO{poles if poles != '1' else ''}{amps}" if brand == "Schneider" else f"TQ{poles}{amps}"
                out.append(P(f"tac|{poles}|{amps}|{brand}", f"TACO ENCHUFABLE {poles}X{amps}A {brand.upper()}",
                             f"Breaker enchufable (taco) {poles} polo{'s' if poles != '1' else ''} {amps} A, 10 kA, para tablero",
                             ELECTRICOS, brand, "UND", (14000 + int(amps) * 150) * int(poles) * (1.5 if brand == "Schneider" else 1),
                             {"tipo": "taco", "polos": poles, "amperios": amps}, aliases=(ref,)))  # fmt: skip
    for poles in ("1", "2", "3"):
        for amps in ("6", "10", "16", "20", "25", "32", "40", "63"):
            ref = f"A9F74{poles}{int(amps):02d}"
            out.append(P(f"rie|{poles}|{amps}", f"BREAKER RIEL DIN {poles}P {amps}A CURVA C SCHN",
                         f"Interruptor automático para riel DIN {poles} polo{'s' if poles != '1' else ''} {amps} A curva C 6 kA",
                         ELECTRICOS, "Schneider", "UND", (21000 + int(amps) * 260) * int(poles),
                         {"tipo": "breaker_riel", "polos": poles, "amperios": amps}, aliases=(ref,)))  # fmt: skip
    for amps in ("9", "12", "18", "25", "32", "40", "65"):
        for coil, sch, sie in (("120", "G7", "AK6"), ("220", "M7", "AN2")):
            out.append(P(f"con|{amps}|{coil}|Schneider", f"CONTACTOR {amps}A BOBINA {coil}VAC SCHNEIDER",
                         f"Contactor tripolar TeSys D {amps} A AC-3, bobina {coil} V 60 Hz", ELECTRICOS, "Schneider", "UND",
                         70000 + int(amps) * 5200, {"tipo": "contactor", "amperios": amps, "bobina": coil},
                         aliases=(f"LC1D{int(amps):02d}{sch}",)))  # fmt: skip
            size = {"9": "1015", "12": "1016", "18": "1018", "25": "1026", "32": "1036", "40": "1037", "65": "1046"}[amps]
            out.append(P(f"con|{amps}|{coil}|Siemens", f"CONTACTOR {amps}A BOBINA {coil}VAC SIEMENS",
                         f"Contactor tripolar SIRIUS {amps} A AC-3, bobina {coil} V 60 Hz", ELECTRICOS, "Siemens", "UND",
                         64000 + int(amps) * 5000, {"tipo": "contactor", "amperios": amps, "bobina": coil},
                         aliases=(f"3RT{size}-1{sie}1",)))  # fmt: skip
    for awg in ("14", "12", "10", "8"):
        for colour, short in COLOURS.items():
            for brand in ("Centelsa", "Procables"):
                if awg == "8" and colour in ("azul", "verde") and brand == "Procables":
                    continue
                out.append(P(f"thh|{awg}|{colour}|{brand}", f"CABLE THHN {awg} AWG {short} {brand.upper()}",
                             f"Cable de cobre THHN/THWN-2 calibre {awg} AWG, 600 V, color {colour}, rollo de 100 m",
                             ELECTRICOS, brand, "MTS", {"14": 1300, "12": 1900, "10": 2900, "8": 4700}[awg],
                             {"tipo": "thhn", "calibre": awg, "color": colour}, 100))  # fmt: skip
    for cores in ("2x16", "2x14", "2x12", "3x14", "3x12", "3x10", "4x10", "4x8"):
        n, awg = cores.split("x")
        for brand in ("Centelsa", "Procables"):
            if brand == "Procables" and cores in ("4x8", "2x16"):
                continue
            out.append(P(f"enc|{cores}|{brand}", f"CABLE ENCAUCHETADO {cores} AWG {brand.upper()}",
                         f"Cable encauchetado (cordón flexible) {n} conductores calibre {awg} AWG, 600 V",
                         ELECTRICOS, brand, "MTS", int(n) * {"16": 900, "14": 1300, "12": 1900, "10": 2900, "8": 4700}[awg] * 1.4,
                         {"tipo": "encauchetado", "conductores": n, "calibre": awg}, 100))  # fmt: skip
    for colour, short in COLOURS.items():
        out.append(P(f"cin|temflex|{colour}", f"CINTA AISLANTE TEMFLEX 1700 {short} 3M", f"Cinta aislante de vinilo Temflex 1700, 3/4\" x 18 m, {colour}",
                     ELECTRICOS, "3M", "ROL", 3900, {"tipo": "cinta_aislante", "linea": "temflex", "color": colour}))
    out.append(P("cin|33|negro", "CINTA AISLANTE SUPER 33+ NEGRA 3M", "Cinta aislante de vinilo Scotch Super 33+, 3/4\" x 20 m, negra",
                 ELECTRICOS, "3M", "ROL", 16500, {"tipo": "cinta_aislante", "linea": "super33", "color": "negro"}))
    return out


# --- abrasivos -----------------------------------------------------------------------------------

DISC_IN = {"115": "4-1/2", "178": "7", "230": "9", "355": "14"}


def abrasives() -> list[Product]:
    out = []
    for d, th in (("115", "1.0"), ("115", "1.6"), ("115", "3.0"), ("178", "1.6"), ("178", "3.0"), ("230", "1.9"), ("230", "3.0"),
                  ("355", "3.0")):  # fmt: skip
        for brand in ("Norton", "Abracol"):
            pack = 25 if d in ("115", "178") else 10
            out.append(P(f"dco|{d}|{th}|{brand}", f"DISCO CORTE METAL {DISC_IN[d]}X{th}MM {brand.upper()}",
                         f"Disco de corte para metal de {d} mm ({DISC_IN[d]}\") x {th} mm, centro 22,2 mm",
                         ABRASIVOS, brand, "UND", 2600 + int(d) * 35 * float(th), {"tipo": "disco_corte", "diametro": d, "espesor": th},
                         pack))  # fmt: skip
    for d in ("115", "178", "230"):
        for brand in ("Norton", "Abracol"):
            out.append(P(f"dpu|{d}|{brand}", f"DISCO PULIR METAL {DISC_IN[d]}X6MM {brand.upper()}",
                         f"Disco de desbaste (pulir) para metal {d} mm x 6 mm, centro deprimido", ABRASIVOS, brand, "UND",
                         5200 + int(d) * 60, {"tipo": "disco_pulir", "diametro": d}, 10))  # fmt: skip
    for d in ("115", "178"):
        for grit in ("40", "60", "80", "120"):
            for brand in ("Abracol", "Pferd"):
                out.append(P(f"fla|{d}|{grit}|{brand}", f"DISCO FLAP {DISC_IN[d]} GRANO {grit} {brand.upper()}",
                             f"Disco flap de óxido de zirconio {d} mm grano {grit}", ABRASIVOS, brand, "UND",
                             (7800 + int(d) * 40) * (1.3 if brand == "Pferd" else 1), {"tipo": "disco_flap", "diametro": d, "grano": grit},
                             10))  # fmt: skip
    for grit in ("80", "100", "150", "180", "220", "320", "400", "600", "1000", "1500"):
        out.append(P(f"lij|{grit}", f"LIJA AGUA GRANO {grit} ABRACOL (PLIEGO)", f"Lija al agua de carburo de silicio grano {grit}, pliego 9\" x 11\"",
                     ABRASIVOS, "Abracol", "UND", 1500, {"tipo": "lija_agua", "grano": grit}, 50))
    return out


# --- soldadura -----------------------------------------------------------------------------------

ROD_MM = {"3/32": "2.4", "1/8": "3.2", "5/32": "4.0"}


def welding() -> list[Product]:
    out = []
    for cls in ("E6013", "E6011", "E7018"):
        for dia, mm in ROD_MM.items():
            for brand, line in (("West Arco", {"E6013": "ZIP 14", "E6011": "ACP 611", "E7018": "WIZ 18S"}[cls]),
                                ("Lincoln", {"E6013": "Fleetweld 37", "E6011": "Fleetweld 35", "E7018": "Excalibur 7018"}[cls])):  # fmt: skip
                out.append(P(f"ele|{cls}|{dia}|{brand}", f"SOLDADURA {cls} {dia} {brand.upper()} (KG)",
                             f"Electrodo revestido {cls} ({line}) de {dia}\" ({mm} mm), venta por kilo, caja de 20 kg",
                             SOLDADURA, brand, "KG", (13500 if cls != "E7018" else 16500) * (1.15 if brand == "Lincoln" else 1),
                             {"tipo": "electrodo", "clase": cls, "diametro": dia}, 20, (f"{line} {dia}",)))  # fmt: skip
    for dia in ("3/32", "1/8"):
        out.append(P(f"ele|E308L|{dia}", f"SOLDADURA INOX E308L-16 {dia} WEST ARCO", f"Electrodo para acero inoxidable E308L-16 de {dia}\", caja de 2 kg",
                     SOLDADURA, "West Arco", "KG", 98000, {"tipo": "electrodo", "clase": "E308L", "diametro": dia}, 2))
    for dia in ("0.8", "0.9", "1.2"):
        for brand in ("West Arco", "Lincoln"):
            out.append(P(f"mig|{dia}|{brand}", f"ALAMBRE MIG ER70S-6 {dia}MM {brand.upper()}",
                         f"Alambre sólido para MIG ER70S-6 de {dia} mm, carrete de 15 kg", SOLDADURA, brand, "KG",
                         11800 * (1.12 if brand == "Lincoln" else 1), {"tipo": "alambre_mig", "diametro": dia}, 15))  # fmt: skip
    return out


# --- seguridad industrial ------------------------------------------------------------------------


def safety() -> list[Product]:
    out = []
    for brand in ("ARSEG", "Steelpro"):
        out.append(P(f"gca|{brand}", f"GUANTE CARNAZA CORTO {brand.upper()}", "Guante de carnaza (cuero partido) corto tipo ingeniero, talla única",
                     SEGURIDAD, brand, "PAR", 7500 if brand == "ARSEG" else 8600, {"tipo": "guante_carnaza"}))
    for size in ("S", "M", "L", "XL"):
        out.append(P(f"gva|{size}", f"GUANTE VAQUETA TIPO INGENIERO T-{size} ARSEG", f"Guante de vaqueta (cuero flor) tipo ingeniero talla {size}",
                     SEGURIDAD, "ARSEG", "PAR", 14500, {"tipo": "guante_vaqueta", "talla": size}))
        out.append(P(f"gni|{size}", f"GUANTE NITRILO DESECHABLE T-{size} X100", f"Guante de nitrilo desechable azul, sin polvo, talla {size}, caja x 100",
                     SEGURIDAD, "Steelpro", "CAJ", 38000, {"tipo": "guante_nitrilo", "talla": size}))
    for lens, word in (("clara", "CLARA"), ("oscura", "OSCURA"), ("espejada", "ESPEJADA")):
        for brand in ("3M", "Steelpro", "ARSEG"):
            if brand == "ARSEG" and lens == "espejada":
                continue
            out.append(P(f"gaf|{lens}|{brand}", f"GAFAS SEGURIDAD LENTE {word} {brand.upper()}",
                         f"Gafas de seguridad en policarbonato, lente {lens}, antiempañante", SEGURIDAD, brand, "UND",
                         {"3M": 9800, "Steelpro": 7200, "ARSEG": 5400}[brand], {"tipo": "gafas", "lente": lens}))  # fmt: skip
    for colour in ("blanco", "amarillo", "azul", "rojo", "verde"):
        for brand in ("ARSEG", "MSA"):
            out.append(P(f"cas|{colour}|{brand}", f"CASCO DIELECTRICO {colour.upper()} {brand.upper()}",
                         f"Casco de seguridad dieléctrico clase E tipo I, suspensión de 4 apoyos, color {colour}",
                         SEGURIDAD, brand, "UND", 24000 if brand == "ARSEG" else 52000, {"tipo": "casco", "color": colour}))  # fmt: skip
    for corded in ("si", "no"):
        for brand, ref in (("3M", "1110" if corded == "si" else "1100"), ("Steelpro", "")):
            out.append(P(f"tap|{corded}|{brand}", f"TAPAOIDOS {'CON' if corded == 'si' else 'SIN'} CORDON {brand.upper()}",
                         f"Tapaoídos de espuma desechable {'con' if corded == 'si' else 'sin'} cordón", SEGURIDAD, brand, "PAR",
                         1400 if corded == "si" else 900, {"tipo": "tapaoidos", "cordon": corded}, 100, (ref,) if ref else ()))  # fmt: skip
    for size in ("38", "39", "40", "41", "42", "43", "44"):
        for brand in ("Robusta", "Brahma"):
            out.append(P(f"bot|{size}|{brand}", f"BOTA SEGURIDAD PUNTA ACERO T-{size} {brand.upper()}",
                         f"Bota de seguridad en cuero con puntera de acero, suela antideslizante, talla {size}",
                         SEGURIDAD, brand, "PAR", 98000 if brand == "Brahma" else 115000, {"tipo": "bota", "talla": size}))  # fmt: skip
    for size, ref in (("S", "6100"), ("M", "6200"), ("L", "6300")):
        out.append(P(f"res|{size}", f"RESPIRADOR MEDIA CARA 3M {ref} T-{size}", f"Respirador reutilizable de media cara serie 6000, talla {size}",
                     SEGURIDAD, "3M", "UND", 68000, {"tipo": "respirador", "talla": size}, aliases=(f"3M {ref}",)))
    for ref, word in (("6003", "vapores orgánicos y gases ácidos"), ("2097", "partículas P100 y vapores orgánicos molestos")):
        out.append(P(f"fil|{ref}", f"FILTRO 3M {ref} (PAR)", f"Filtro/cartucho 3M {ref} para {word}, par", SEGURIDAD, "3M", "PAR",
                     52000 if ref == "6003" else 39000, {"tipo": "filtro", "modelo": ref}, aliases=(f"3M {ref}",)))
    return out


def products() -> list[Product]:
    return bearings() + belts() + fasteners() + valves() + electrical() + abrasives() + welding() + safety()
