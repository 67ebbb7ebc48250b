"""Catalog 17's products, family by family (an Argentine house on Tango Gestión).

The clerk in Barracas types each article's description in upper case with the trade's
abbreviations (`RULEMAN 6204 ZZ SKF`, `BULON HEX. M8X40 8.8 ZINC.`, `LLAVE ESFERICA 1/2" BCE.
GENEBRE`, `RACOR RECTO 8MM X 1/4 BSP SMC`, `TUBO PU 8X6 AZUL`); that is the `name`. The
`description` is the long line of the web shop, ending with the article's código de barras.
Every product carries its facts in `attributes` (`type=…` plus sizes), which is what the corpus
generator labels against. Article codes are given in erp.py from the `code` part named here.
"""

from __future__ import annotations

from decimal import Decimal

from bench.blind.items import ean13
from bench.catalog4.model import Product, unit

BEARINGS = "Rodamientos"
FASTENERS = "Bulonería"
PLUMBING = "Cañería y válvulas"
ELECTRICAL = "Electricidad"
POWER = "Transmisión"
ABRASIVES = "Abrasivos"
PNEUMATICS = "Neumática"

# type → the three-letter prefix of its Tango article code
PREFIX = {
    "ball_bearing": "RUL", "bolt": "BUL", "nut": "TUE", "washer": "ARA", "coupling": "CUP", "nipple": "NIP", "pipe": "CAN",
    "ball_valve": "LLE", "breaker": "LLT", "rcd": "DIS", "contactor": "CON", "motor_protector": "GMO", "cable": "CAB",
    "v_belt": "COR", "cutoff_disc": "DCO", "flap_disc": "DFL", "fitting": "RAC", "tube": "TPU", "cylinder": "CIL",
    "frl": "FRL", "solenoid_valve": "EVA",
}  # fmt: skip


def barcode(key: str) -> str:
    """The article's código de barras (EAN-13 of the Argentine range 779), fixed by its key."""
    return ean13("779", key, "ean17")


def P(key: str, name: str, description: str, family: str, brand: str, uom: str, price: float,
      attrs: dict[str, str], code: str, pack: int = 1, aliases: tuple[str, ...] = ()) -> Product:  # fmt: skip
    """A product; prices in pesos, to the cent; `code` the compact the article code is made of."""
    p = Product(key, name, f"{description}. Cód. barras {barcode(key)}", family, brand, uom,
                Decimal(str(round(price, 2))), attrs, list(aliases), pack)  # fmt: skip
    p.sku = (PREFIX[attrs["type"]] + code).upper()[:15]
    return p


# --- rodamientos ---------------------------------------------------------------------------------

BALL = {"6000": (10, 26), "6001": (12, 28), "6002": (15, 32), "6003": (17, 35), "6004": (20, 42), "6005": (25, 47),
        "6200": (10, 30), "6201": (12, 32), "6202": (15, 35), "6203": (17, 40), "6204": (20, 47), "6205": (25, 52),
        "6206": (30, 62), "6207": (35, 72), "6208": (40, 80), "6209": (45, 85), "6210": (50, 90), "6302": (15, 42),
        "6303": (17, 47), "6304": (20, 52), "6305": (25, 62), "6306": (30, 72), "6307": (35, 80), "6308": (40, 90)}  # fmt: skip
# maker → (sealed, shielded) suffix on its box
SEALS = {"SKF": ("-2RSH", "-2Z"), "FAG": ("-2RSR", "-2ZR"), "NSK": ("DDU", "ZZ")}


def bearings() -> list[Product]:
    out = []
    for series, (bore, od) in BALL.items():
        makers = sorted(SEALS, key=lambda m: unit(series, m, "c17"))[:2]
        for seal in ("open", "2RS", "ZZ"):
            for brand in makers[:1] if seal == "open" else makers:
                rs, zz = SEALS[brand]
                said = {"open": "", "2RS": " 2RS", "ZZ": " ZZ"}[seal]
                part = series + {"open": "", "2RS": rs, "ZZ": zz}[seal]
                words = {"open": "abierto", "2RS": "con sellos de goma", "ZZ": "con tapas metalicas"}[seal]
                price = (5200 + bore * 420 + od * 95 + (1900 if seal != "open" else 0)) * (1.4 if brand != "NSK" else 1)
                out.append(P(f"brg|{series}|{seal}|{brand}", f"RULEMAN {series}{said} {brand}",
                             f"Rulemán rígido de bolas {series} {words}, {bore}x{od} mm, marca {brand}", BEARINGS, brand, "UN", price,
                             {"type": "ball_bearing", "series": series, "seal": seal}, f"{series}{said.strip()}{brand}",
                             aliases=(part,) if seal != "open" and part.replace("-", "") != series + seal else ()))  # fmt: skip
    return out


# --- bulonería -----------------------------------------------------------------------------------

METRIC = {"M6": (20, 30, 40), "M8": (20, 30, 40, 50, 60), "M10": (30, 40, 50, 60, 80), "M12": (40, 50, 60, 80, 100), "M16": (50, 60, 80, 100)}
GRADES = {"8.8": ("zinc", "ZINC.", "zincado"), "10.9": ("black", "NEGRO", "pavonado negro")}


def fasteners() -> list[Product]:
    out = []
    for thread, lengths in METRIC.items():
        d = int(thread[1:])
        box = 100 if d <= 10 else 50
        for length in lengths:
            for grade, (finish, short, long) in GRADES.items():
                if grade == "10.9" and d == 6:
                    continue
                out.append(P(f"bolt|{thread}|{length}|{grade}", f"BULON HEX. {thread}X{length} {grade} {short}",
                             f"Bulón cabeza hexagonal {thread} x {length} mm, clase {grade}, {long}, DIN 933. Se vende por unidad, caja x {box}",
                             FASTENERS, "", "UN", 38 + d * d * length * 0.09 * (1.6 if grade == "10.9" else 1),
                             {"type": "bolt", "thread": thread, "length": str(length), "grade": grade}, f"{thread}X{length}{'Z' if finish == 'zinc' else 'N'}", box))  # fmt: skip
        out.append(P(f"nut|{thread}", f"TUERCA HEX. {thread} ZINC.", f"Tuerca hexagonal {thread} clase 8, zincada, DIN 934. Se vende por unidad, caja x {box}",
                     FASTENERS, "", "UN", 12 + d * d * 0.6, {"type": "nut", "thread": thread}, f"{thread}Z", box))  # fmt: skip
        for kind, short, long in (("flat", "PLANA", "plana"), ("split", "GROWER", "de presión (grower)")):
            out.append(P(f"washer|{thread}|{kind}", f"ARANDELA {short} {thread} ZINC.", f"Arandela {long} para bulón {thread}, zincada. Se vende por unidad, caja x 200",
                         FASTENERS, "", "UN", 5 + d * d * 0.2, {"type": "washer", "thread": thread, "kind": kind}, f"{kind[0]}{thread}", 200))  # fmt: skip
    return out


# --- cañería y válvulas --------------------------------------------------------------------------

PIPE = ("1/4", "3/8", "1/2", "3/4", "1", "1 1/4", "1 1/2", "2")
PIPE_CODE = {"1/4": "14", "3/8": "38", "1/2": "12", "3/4": "34", "1": "1", "1 1/4": "114", "1 1/2": "112", "2": "2"}


def inches(size: str) -> float:
    whole, _, frac = size.partition(" ") if " " in size else ("0", "", size) if "/" in size else (size, "", "0/1")
    a, b = frac.split("/")
    return int(whole) + int(a) / int(b)


def plumbing() -> list[Product]:
    out = []
    for size in PIPE:
        s, c = inches(size), PIPE_CODE[size]
        out.append(P(f"cup|{size}", f'CUPLA HG {size}"', f'Cupla de hierro galvanizado {size} pulgada, rosca BSP', PLUMBING, "", "UN",
                     900 + s * 2600, {"type": "coupling", "size": size}, f"HG{c}"))  # fmt: skip
        for length in ("5", "10", "15"):
            out.append(P(f"nip|{size}|{length}", f'NIPLE HG {size}" X {length}CM', f"Niple de hierro galvanizado {size} pulgada, largo {length} cm, roscado ambos extremos",
                         PLUMBING, "", "UN", 700 + s * 1900 + int(length) * 90, {"type": "nipple", "size": size, "length": length}, f"HG{c}X{length}"))  # fmt: skip
        out.append(P(f"pipe|{size}", f'CAÑO HG {size}" (TIRA 6,4M)', f"Caño de acero galvanizado {size} pulgada, rosca BSP, se vende por metro en tiras de 6,4 m",
                     PLUMBING, "", "MT", 5200 + s * 9800, {"type": "pipe", "size": size}, f"HG{c}", 6))  # fmt: skip
        for brand in ("Genebre", "FV"):
            if brand == "FV" and size in ("1/4", "3/8"):
                continue
            out.append(P(f"bv|{size}|{brand}", f'LLAVE ESFERICA {size}" BCE. {brand.upper()}', f"Llave esférica de bronce {size} pulgada, paso total, palanca, rosca BSP, {brand}",
                         PLUMBING, brand, "UN", (6800 + s * 21000) * (1.15 if brand == "Genebre" else 1),
                         {"type": "ball_valve", "size": size}, f"{c}{brand[:3]}", aliases=(f"{'2014' if brand == 'Genebre' else '0900'}-{c}",)))  # fmt: skip
    return out


# --- electricidad --------------------------------------------------------------------------------

TERM = {"Schneider": ("SCH", "iC60N"), "Siemens": ("SIE", "5SL"), "Sica": ("SIC", "Limit"), "Jeluz": ("JEL", "")}


def electrical() -> list[Product]:
    out = []
    for brand, (b, line) in TERM.items():
        for poles in ("1", "2", "3", "4"):
            for amps in ("10", "16", "20", "25", "32", "40", "63"):
                if brand == "Jeluz" and (poles in ("3", "4") or amps in ("40", "63")):
                    continue
                out.append(P(f"cb|{brand}|{poles}|{amps}", f"LLAVE TERMICA {poles}X{amps}A {brand.upper()}",
                             f"Interruptor termomagnético (llave térmica) {poles} polo{'s' if poles != '1' else ''}, {amps} A, curva C, 4,5 kA, riel DIN, {brand} {line}".rstrip(),
                             ELECTRICAL, brand, "UN", (9500 + int(amps) * 160) * int(poles) * (1.35 if brand in ("Schneider", "Siemens") else 1),
                             {"type": "breaker", "poles": poles, "amps": amps}, f"{poles}X{amps}{b}"))  # fmt: skip
    for brand, b in (("Schneider", "SCH"), ("Sica", "SIC"), ("Siemens", "SIE")):
        for poles in ("2", "4"):
            for amps in ("25", "40", "63"):
                out.append(P(f"rcd|{brand}|{poles}|{amps}", f"DISYUNTOR {poles}X{amps}A 30MA {brand.upper()}",
                             f"Interruptor diferencial (disyuntor) {poles} polos, {amps} A, sensibilidad 30 mA, clase AC, riel DIN, {brand}",
                             ELECTRICAL, brand, "UN", (48000 + int(amps) * 700) * (1.7 if poles == "4" else 1) * (1.3 if brand != "Sica" else 1),
                             {"type": "rcd", "poles": poles, "amps": amps}, f"{poles}X{amps}{b}"))  # fmt: skip
    for amps, sch, sie in (("9", "LC1D09", "3RT2016"), ("12", "LC1D12", "3RT2017"), ("18", "LC1D18", "3RT2018"), ("25", "LC1D25", "3RT2026"),
                           ("32", "LC1D32", "3RT2028"), ("40", "LC1D40A", "3RT2036")):  # fmt: skip
        for coil, letter, sletter in (("220", "M7", "AP00"), ("24", "B7", "AC20")):
            out.append(P(f"ctr|{amps}|{coil}|Schneider", f"CONTACTOR {amps}A BOB. {coil}V SCHNEIDER", f"Contactor tripolar TeSys D {amps} A AC-3, bobina {coil} V, "
                         f"1NA+1NC, Schneider {sch}{letter}", ELECTRICAL, "Schneider", "UN", 52000 + int(amps) * 2600,
                         {"type": "contactor", "amps": amps, "coil": coil}, f"{amps}B{coil}SCH", aliases=(f"{sch}{letter}",)))  # fmt: skip
            out.append(P(f"ctr|{amps}|{coil}|Siemens", f"CONTACTOR {amps}A BOB. {coil}V SIEMENS", f"Contactor tripolar Sirius {amps} A AC-3, bobina {coil} V, "
                         f"Siemens {sie}-1{sletter}", ELECTRICAL, "Siemens", "UN", 49000 + int(amps) * 2500,
                         {"type": "contactor", "amps": amps, "coil": coil}, f"{amps}B{coil}SIE", aliases=(f"{sie}-1{sletter}",)))  # fmt: skip
    for lo, hi, ref in (("1", "1,6", "GV2ME06"), ("1,6", "2,5", "GV2ME07"), ("2,5", "4", "GV2ME08"), ("4", "6,3", "GV2ME10"),
                        ("6", "10", "GV2ME14"), ("9", "14", "GV2ME16"), ("13", "18", "GV2ME20"), ("20", "25", "GV2ME22")):  # fmt: skip
        out.append(P(f"gmo|{lo}-{hi}", f"GUARDAMOTOR {lo}-{hi}A SCHNEIDER {ref}", f"Guardamotor (disyuntor magnetotérmico de motor) regulable {lo} a {hi} A, "
                     f"Schneider TeSys {ref}", ELECTRICAL, "Schneider", "UN", 68000 + float(hi.replace(",", ".")) * 900,
                     {"type": "motor_protector", "range": f"{lo}-{hi}".replace(",", ".")}, ref, aliases=(ref,)))  # fmt: skip
    for cores in ("2", "3", "4"):
        for section in ("1", "1,5", "2,5", "4", "6"):
            for brand in ("Prysmian", "Argenplas") if section in ("1,5", "2,5") else ("Argenplas",):
                sec = section.replace(",", ".")
                out.append(P(f"tpr|{cores}|{section}|{brand}", f"CABLE TPR {cores}X{section}MM {brand.upper()}",
                             f"Cable tipo taller (TPR) {cores} x {section} mm², cobre flexible, vaina de PVC, 500 V, {brand}, se vende por metro, rollo x 100 m",
                             ELECTRICAL, brand, "MT", (420 + float(sec) * 380) * int(cores) * (1.1 if brand == "Prysmian" else 1),
                             {"type": "cable", "cores": cores, "section": sec}, f"TPR{cores}X{sec.replace('.', '')}{brand[:3]}", 100))  # fmt: skip
    return out


# --- transmisión y abrasivos ---------------------------------------------------------------------


def power() -> list[Product]:
    out = []
    for section, lengths in (("A", range(30, 72, 2)), ("B", range(38, 100, 3)), ("C", range(60, 140, 8))):
        for length in lengths:
            for brand in ("Gates", "Dunlop") if unit(section, str(length), "c17v") < 0.45 else ("Gates",):
                out.append(P(f"vb|{section}{length}|{brand}", f"CORREA EN V {section}-{length} {brand.upper()}",
                             f"Correa trapezoidal clásica sección {section}, largo interior {length} pulgadas, {brand}", POWER, brand, "UN",
                             3800 + length * {"A": 160, "B": 230, "C": 380}[section], {"type": "v_belt", "section": section, "length": str(length)},
                             f"{section}{length}{brand[:3]}"))  # fmt: skip
    return out


def abrasives() -> list[Product]:
    out = []
    for mm, thick in (("115", "1,0"), ("115", "1,6"), ("180", "1,6"), ("180", "3,0"), ("230", "2,0"), ("230", "3,0"), ("355", "3,0")):
        for brand in ("Norton", "Tyrolit", "Dogo"):
            if brand == "Dogo" and mm == "355":
                continue
            out.append(P(f"cut|{mm}|{thick}|{brand}", f"DISCO DE CORTE {mm}X{thick} {brand.upper()}", f"Disco de corte para metal e inoxidable {mm} x {thick} x 22,2 mm, "
                         f"tipo 41, {brand}", ABRASIVES, brand, "UN", (900 + int(mm) * 9 + float(thick.replace(",", ".")) * 300) * (0.8 if brand == "Dogo" else 1),
                         {"type": "cutoff_disc", "dia": mm, "thick": thick.replace(",", ".")}, f"{mm}X{thick.replace(',', '')}{brand[:3]}"))  # fmt: skip
    for mm in ("115", "180"):
        for grit in ("40", "60", "80", "120"):
            for brand in ("Norton", "Tyrolit"):
                out.append(P(f"flap|{mm}|{grit}|{brand}", f"DISCO FLAP {mm} G{grit} {brand.upper()}", f"Disco flap de zirconio {mm} mm, grano {grit}, {brand}",
                             ABRASIVES, brand, "UN", 2900 + int(mm) * 14, {"type": "flap_disc", "dia": mm, "grit": grit}, f"{mm}G{grit}{brand[:3]}"))  # fmt: skip
    return out


# --- neumática -----------------------------------------------------------------------------------

THREAD_CODE = {"1/8": "18", "1/4": "14", "3/8": "38", "1/2": "12"}
SMC_THREAD = {"1/8": "01", "1/4": "02", "3/8": "03", "1/2": "04"}


def pneumatics() -> list[Product]:
    out = []
    for shape, word, long in (("straight", "RECTO", "recto"), ("elbow", "CODO", "codo 90°")):
        for tube, threads in (("4", ("1/8",)), ("6", ("1/8", "1/4")), ("8", ("1/8", "1/4", "3/8")), ("10", ("1/4", "3/8")), ("12", ("1/4", "3/8", "1/2"))):
            for thread in threads:
                for brand, ref in (("SMC", f"KQ2{'H' if shape == 'straight' else 'L'}{int(tube):02d}-{SMC_THREAD[thread]}S"), ("Micro", "")):
                    out.append(P(f"rac|{shape}|{tube}|{thread}|{brand}", f"RACOR {word} {tube}MM X {thread} BSP {brand.upper()}",
                                 f"Racor rápido (conexión instantánea) {long} para tubo de {tube} mm, rosca macho {thread} BSP, {brand}", PNEUMATICS, brand, "UN",
                                 (1900 + int(tube) * 160) * (1.3 if brand == "SMC" else 1) * (1.2 if shape == "elbow" else 1),
                                 {"type": "fitting", "shape": shape, "tube": tube, "thread": thread},
                                 f"{word[0]}{tube}X{THREAD_CODE[thread]}{brand[:3]}", aliases=(ref,) if ref else ()))  # fmt: skip
    for size in ("4X2,5", "6X4", "8X6", "10X8", "12X9"):
        for colour in ("azul", "negro", "cristal"):
            if colour == "cristal" and size in ("10X8", "12X9"):
                continue
            out.append(P(f"tpu|{size}|{colour}", f"TUBO PU {size} {colour.upper()}", f"Tubo de poliuretano {size.replace('X', ' x ')} mm (diámetro exterior x interior), color {colour}, "
                         "se vende por metro, rollo x 100 m", PNEUMATICS, "", "MT", 520 + int(size.split("X")[0]) * 140,
                         {"type": "tube", "size": size.split("X")[0], "colour": colour}, f"{size.replace(',', '')}{colour[:3]}", 100))  # fmt: skip
    for bore in ("16", "20", "25"):
        for stroke in ("25", "50", "100", "160", "200"):
            for brand, ref in (("Festo", f"DSNU-{bore}-{stroke}-P-A"), ("Micro", "")):
                out.append(P(f"cil|{bore}|{stroke}|DE|{brand}", f"CIL. {bore}X{stroke} DE {brand.upper()}", f"Cilindro neumático ISO 6432 doble efecto, diámetro {bore} mm, "
                             f"carrera {stroke} mm, amortiguación elástica, {brand}", PNEUMATICS, brand, "UN",
                             (58000 + int(bore) * 1400 + int(stroke) * 160) * (1.45 if brand == "Festo" else 1),
                             {"type": "cylinder", "bore": bore, "stroke": stroke, "acting": "double"}, f"{bore}X{stroke}DE{brand[:3]}", aliases=(ref,) if ref else ()))  # fmt: skip
        for stroke in ("25", "50"):
            out.append(P(f"cil|{bore}|{stroke}|SE|Micro", f"CIL. {bore}X{stroke} SE MICRO", f"Cilindro neumático ISO 6432 simple efecto con retorno por resorte, "
                         f"diámetro {bore} mm, carrera {stroke} mm, Micro", PNEUMATICS, "Micro", "UN", 52000 + int(bore) * 1300,
                         {"type": "cylinder", "bore": bore, "stroke": stroke, "acting": "single"}, f"{bore}X{stroke}SEMIC"))  # fmt: skip
    for port in ("1/4", "3/8", "1/2"):
        for brand in ("Festo", "SMC", "Micro", "Parker"):
            if brand == "Parker" and port == "3/8":
                continue
            out.append(P(f"frl|{port}|{brand}", f"UNIDAD FRL {port} {brand.upper()}", f"Unidad de mantenimiento FRL (filtro, regulador y lubricador) {port} BSP, "
                         f"con manómetro, {brand}", PNEUMATICS, brand, "UN", (98000 + inches(port) * 60000) * (1.4 if brand in ("Festo", "SMC") else 1),
                         {"type": "frl", "port": port}, f"{THREAD_CODE[port]}{brand[:3]}"))  # fmt: skip
    for ways in ("5/2", "3/2"):
        for port in ("1/8", "1/4"):
            for coil in ("24VDC", "220VAC"):
                for brand in ("Micro", "SMC", "Parker", "Festo"):
                    if unit(ways, port, coil, brand, "c17ev") < 0.3:
                        continue
                    out.append(P(f"ev|{ways}|{port}|{coil}|{brand}", f"EV {ways} {port} {coil} {brand.upper()}",
                                 f"Electroválvula {ways} vías, monoestable retorno por resorte, rosca {port} BSP, bobina {coil}, {brand}", PNEUMATICS, brand, "UN",
                                 (61000 + inches(port) * 40000) * (1.3 if brand != "Micro" else 1),
                                 {"type": "solenoid_valve", "ways": ways, "port": port, "coil": coil},
                                 f"{ways.replace('/', '')}{THREAD_CODE[port]}{coil[:2]}{brand[:3]}"))  # fmt: skip
    return out


def products() -> list[Product]:
    return bearings() + fasteners() + plumbing() + electrical() + power() + abrasives() + pneumatics()
