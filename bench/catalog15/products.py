"""Catalog 15's products, family by family (SAP S/4HANA materials of a Bolivian-Paraguayan house).

Each material was created by the purchasing clerk in Santa Cruz with one long Spanish line in the
trade words of Bolivia and Paraguay (`RULEMAN RIGIDO DE BOLAS 6205-2RS SKF 25X52X15 MM`,
`BULON CABEZA HEXAGONAL M10X40 CL 8.8 ZINCADO DIN 933 CISER`, `LLAVE TERMOMAGNETICA 2X20A CURVA C
SCHNEIDER EASY9`, `VALVULA ESFERICA BRONCE 1/2 ROSCA BSP PASO TOTAL GENEBRE`). S/4 keeps only the
first 40 characters as the material description (MAKTX), so `name` is that line cut at the
fortieth character, often mid-word and often before the maker; the whole line survives as the
sales text, which is the `description` with a sentence more. Sizes are metric with a decimal
comma where the trade writes one (`2,5MM2`, `115X1,0`), inch where the trade is inch (pipe
threads, UNC bolts, V-belts). Every product carries its facts in `attributes` (`type=…` plus
sizes), which is what the corpus generator labels against. Material numbers are given in erp.py.
"""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, frac, unit

BEARINGS = "Rodamientos"
POWER = "Transmisión de potencia"
FASTENERS = "Bulonería y fijaciones"
VALVES = "Válvulas y conexiones"
ELECTRICAL = "Material eléctrico"
ABRASIVES = "Abrasivos"
SAFETY = "Seguridad industrial"

MAKTX = 40  # S/4's material description: 40 characters, cut where the 40th falls


def P(key: str, line: str, more: str, family: str, brand: str, uom: str, price: float,
      attrs: dict[str, str], pack: int = 1, aliases: tuple[str, ...] = ()) -> Product:  # fmt: skip
    """A material: `line` is what the clerk typed, cut to 40 characters for the name; the whole
    line and `more` are the sales text (prices in bolivianos, to the centavo)."""
    name = line[:MAKTX].rstrip()
    return Product(key, name, f"{line}. {more}", family, brand, uom, Decimal(str(round(price, 2))), attrs, list(aliases), pack)


# --- rodamientos ---------------------------------------------------------------------------------

BALL = {
    "6000": (10, 26, 8), "6001": (12, 28, 8), "6002": (15, 32, 9), "6003": (17, 35, 10), "6004": (20, 42, 12),
    "6005": (25, 47, 12), "6006": (30, 55, 13), "6007": (35, 62, 14), "6008": (40, 68, 15),
    "6200": (10, 30, 9), "6201": (12, 32, 10), "6202": (15, 35, 11), "6203": (17, 40, 12), "6204": (20, 47, 14),
    "6205": (25, 52, 15), "6206": (30, 62, 16), "6207": (35, 72, 17), "6208": (40, 80, 18), "6209": (45, 85, 19),
    "6210": (50, 90, 20), "6211": (55, 100, 21), "6212": (60, 110, 22),
    "6300": (10, 35, 11), "6301": (12, 37, 12), "6302": (15, 42, 13), "6303": (17, 47, 14), "6304": (20, 52, 15),
    "6305": (25, 62, 17), "6306": (30, 72, 19), "6307": (35, 80, 21), "6308": (40, 90, 23), "6309": (45, 100, 25),
    "6310": (50, 110, 27),
}  # fmt: skip
# maker → (sealed, shielded) suffix as the maker's box prints it
MAKERS = {"SKF": ("-2RSH", "-2Z"), "FAG": ("-2RSR", "-2ZR"), "NSK": ("DDU", "ZZ"), "NTN": ("LLU", "ZZ")}
TAPERED = {"30203": (17, 40, 13.25), "30204": (20, 47, 15.25), "30205": (25, 52, 16.25), "30206": (30, 62, 17.25),
           "30207": (35, 72, 18.25), "30208": (40, 80, 19.75), "30210": (50, 90, 21.75), "32206": (30, 62, 21.25),
           "32207": (35, 72, 24.25), "32208": (40, 80, 24.75), "32210": (50, 90, 24.75), "32212": (60, 110, 29.75)}  # fmt: skip
HOUSED = {"UCP": ("SOPORTE DE PIE", "pillow_block"), "UCF": ("SOPORTE BRIDA 4 AGUJEROS", "flange4"),
          "UCFL": ("SOPORTE BRIDA 2 AGUJEROS", "flange2")}  # fmt: skip
HOUSED_BORE = {"204": "20", "205": "25", "206": "30", "207": "35", "208": "40", "209": "45", "210": "50", "211": "55", "212": "60"}


def dec(x: float) -> str:
    """A size as the clerk types it: a decimal comma, no trailing zero (`17,25`, `13`)."""
    return f"{x:g}".replace(".", ",")


def bearings() -> list[Product]:
    out = []
    for series, (bore, od, width) in BALL.items():
        makers = sorted(MAKERS, key=lambda m: unit(series, m, "c15"))[:2]
        for seal in ("open", "2RS", "ZZ"):
            for brand in makers:
                if seal == "open" and brand != makers[0]:
                    continue  # open: one maker kept
                rs, zz = MAKERS[brand]
                part = series + {"open": "", "2RS": rs, "ZZ": zz}[seal]
                code = series + {"open": "", "2RS": "-2RS", "ZZ": "-ZZ"}[seal]
                seal_es = {"open": "abierto, sin sellos", "2RS": "con dos sellos de goma", "ZZ": "con dos tapas metálicas"}[seal]
                price = (24 + bore * 1.5 + od * 0.35 + (9 if seal != "open" else 0)) * (1.4 if brand in ("SKF", "FAG") else 1)
                out.append(P(f"brg|{series}|{seal}|{brand}", f"RULEMAN RIGIDO DE BOLAS {code} {brand} {bore}X{od}X{width} MM",
                             f"Rodamiento rígido de una hilera de bolas {seal_es}, {bore} mm de eje, {od} mm exterior, {width} mm de ancho, "
                             f"juego normal, marca {brand}", BEARINGS, brand, "UN", price, {"type": "ball_bearing", "series": series, "seal": seal},
                             aliases=(part,) if part.replace("-", "") != code.replace("-", "") else ()))  # fmt: skip
    for series, (bore, od, width) in TAPERED.items():
        for brand, suffix in (("SKF", " J2/Q"), ("Timken", ""), ("NTN", "U")):
            if brand == "NTN" and unit(series, "c15tap") < 0.5:
                continue
            part = f"{series}{suffix}" if suffix.strip() else ""
            out.append(P(f"tap|{series}|{brand}", f"RULEMAN CONICO DE RODILLOS {series} {brand.upper()} {bore}X{od}X{dec(width)}",
                         f"Rodamiento de rodillos cónicos, una hilera, cono y cubeta, {bore} mm de eje, {od} mm exterior, {dec(width)} mm de ancho, "
                         f"marca {brand}", BEARINGS, brand, "UN", (55 + bore * 2.6) * (1.3 if brand != "NTN" else 1),
                         {"type": "tapered", "series": series}, aliases=(part.replace(" ", ""),) if part else ()))  # fmt: skip
    for housing, (word, kind) in HOUSED.items():
        for size, mm in HOUSED_BORE.items():
            if housing == "UCFL" and size in ("211", "212"):
                continue
            for brand in ("FYH", "NTN") if housing != "UCFL" else ("FYH",):
                model = f"{housing}{size}"
                out.append(P(f"hsg|{housing}|{size}|{brand}", f"CHUMACERA {word} {model} EJE {mm}MM {brand}",
                             f"Unidad de rodamiento con soporte de hierro fundido ({word.lower()}), inserto UC{size} con prisionero, "
                             f"eje de {mm} mm, engrasador, marca {brand}", BEARINGS, brand, "UN",
                             (95 + int(size[1:]) * 22 + (30 if housing != "UCP" else 0)) * (1.2 if brand == "NTN" else 1),
                             {"type": kind, "size": size}))  # fmt: skip
    return out


# --- transmisión ---------------------------------------------------------------------------------


def power() -> list[Product]:
    out = []
    for profile, lengths, per in (("A", range(26, 90, 2), 1.3), ("B", range(35, 121, 3), 1.9), ("C", range(60, 181, 8), 2.8)):
        for length in lengths:
            brands = ("Gates", "Optibelt") if unit(profile, str(length), "c15belt") < 0.55 else ("Gates",)
            for brand in brands:
                line = "HI-POWER II" if brand == "Gates" else "VB"
                out.append(P(f"vb|{profile}{length}|{brand}", f"CORREA EN V PERFIL {profile} {profile}-{length} {brand.upper()} {line}",
                             f"Correa trapezoidal clásica, sección {profile}, {length} pulgadas de largo interior, marca {brand} {line}",
                             POWER, brand, "UN", 40 + length * per, {"type": "v_belt", "section": profile, "length": str(length)},
                             aliases=(f"{profile}{length}",)))  # fmt: skip
    for chain in ("40", "50", "60", "80"):
        for brand in ("Tsubaki", "Donghua"):
            out.append(P(f"ch|{chain}|{brand}", f"CADENA A RODILLOS SIMPLE ASA {chain}-1 {brand.upper()} (X M)",
                         f"Cadena a rodillos simple norma ASA/ANSI {chain}, paso {int(chain) * 3.175 / 10:g} mm, vendida por metro, "
                         f"caja de 5 m, marca {brand}", POWER, brand, "M", (48 + int(chain) * 1.4) * (1.6 if brand == "Tsubaki" else 1),
                         {"type": "roller_chain", "ansi": chain}, 5))  # fmt: skip
        out.append(P(f"cl|{chain}", f"ESLABON DE UNION CADENA ASA {chain}-1 TSUBAKI", f"Eslabón de unión (candado) con clip para cadena ASA {chain} simple, "
                     "marca Tsubaki", POWER, "Tsubaki", "UN", 9 + int(chain) * 0.3, {"type": "connecting_link", "ansi": chain}))  # fmt: skip
    for chain in ("40", "50", "60"):
        for teeth in ("12", "13", "15", "17", "19", "21", "25"):
            out.append(P(f"sp|{chain}|{teeth}", f"PIÑON SIMPLE ASA {chain} {teeth} DIENTES CUBO AGUJERO PILOTO MARTIN",
                         f"Piñón para cadena ASA {chain} simple, {teeth} dientes, con cubo, agujero piloto, acero, marca Martin",
                         POWER, "Martin", "UN", 70 + int(chain) * 1.1 * int(teeth) / 4,
                         {"type": "sprocket", "ansi": chain, "teeth": teeth}, aliases=(f"{chain}BS{teeth}",)))  # fmt: skip
    return out


# --- bulonería -----------------------------------------------------------------------------------

METRIC = {"M6": "1", "M8": "1,25", "M10": "1,5", "M12": "1,75", "M16": "2", "M20": "2,5"}
M_LENGTHS = {"M6": (20, 30, 40, 50), "M8": (20, 25, 30, 40, 50, 60), "M10": (30, 40, 50, 60, 80, 100),
             "M12": (30, 40, 50, 60, 80, 100), "M16": (40, 50, 60, 80, 100), "M20": (60, 80, 100)}  # fmt: skip
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
INCH_LENGTHS = ("1", "1-1/2", "2", "2-1/2", "3", "4")


def box_of(mm: float) -> int:
    return 100 if mm < 10 else 50 if mm < 16 else 25


def fasteners() -> list[Product]:
    out = []
    for thread, pitch in METRIC.items():
        d = int(thread[1:])
        for length in M_LENGTHS[thread]:
            for grade, words, finish in (("8.8", "CL 8.8 ZINCADO", "zincado"), ("10.9", "CL 10.9 PAVONADO", "pavonado negro")):
                if grade == "10.9" and d < 8:
                    continue
                box = box_of(d)
                out.append(P(f"bm|{thread}|{length}|{grade}", f"BULON CABEZA HEXAGONAL {thread}X{length} {words} DIN 933 CISER",
                             f"Bulón (tornillo) de cabeza hexagonal, rosca métrica gruesa {thread} x {pitch}, largo {length} mm, clase {grade}, "
                             f"{finish}, rosca total DIN 933, marca Ciser. Se vende por unidad, caja de {box}",
                             FASTENERS, "Ciser", "UN", (0.35 + d * d * length * 0.00032) * (1.6 if grade == "10.9" else 1),
                             {"type": "hex_bolt", "thread": thread, "length": str(length), "grade": grade}, box))  # fmt: skip
    for dia, tpi in UNC.items():
        d = frac(dia)
        for length in INCH_LENGTHS:
            if (d < 0.3 and frac(length) > 3) or (d > 0.6 and frac(length) < 1.5):
                continue
            box = 100 if d < 0.5 else 50
            out.append(P(f"bi|{dia}|{length}", f"BULON HEXAGONAL {dia}X{length} UNC GRADO 5 ZINCADO BELENUS",
                         f"Bulón de cabeza hexagonal, rosca UNC {dia}-{tpi}, largo {length} pulgadas, grado 5, zincado, marca Belenus. "
                         f"Se vende por unidad, caja de {box}", FASTENERS, "Belenus", "UN", 0.5 + d * d * frac(length) * 3.2,
                         {"type": "hex_bolt", "thread": dia, "length": length, "grade": "5"}, box))  # fmt: skip
    for thread in (*METRIC, *UNC):
        d = int(thread[1:]) if thread.startswith("M") else frac(thread) * 25.4
        for kind, word, es in (("hex_nut", "TUERCA HEXAGONAL", "Tuerca hexagonal"), ("lock_nut", "TUERCA AUTOFRENANTE C/NYLON", "Tuerca autofrenante con anillo de nylon")):
            norm_ = "DIN 934" if kind == "hex_nut" else "DIN 985"
            desc_thread = f"{thread} x {METRIC[thread]}" if thread in METRIC else f"{thread}-{UNC[thread]} UNC"
            out.append(P(f"{kind}|{thread}", f"{word} {thread} {'CL 8 ' if thread in METRIC and kind == 'hex_nut' else ''}ZINCADA {norm_ if thread in METRIC else 'UNC'}",
                         f"{es}, rosca {desc_thread}, acero zincado. Se vende por unidad, caja de 100", FASTENERS, "", "UN",
                         (0.12 + d * d * 0.004) * (1.8 if kind == "lock_nut" else 1), {"type": kind, "thread": thread}, 100))  # fmt: skip
    for dia in ("1/4", "5/16", "3/8", "1/2", "5/8", "3/4"):
        d = frac(dia)
        for kind, word, es in (("flat_washer", "ARANDELA PLANA", "Arandela plana"), ("lock_washer", "ARANDELA GROWER (PRESION)", "Arandela de presión tipo grower")):
            for finish, fw in (("zinc", "ZINCADA"), ("ss", "INOX A2")):
                if finish == "ss" and kind == "lock_washer" and d > 0.5:
                    continue
                out.append(P(f"{kind}|{dia}|{finish}", f"{word} {dia} {fw} (VENTA POR KG)",
                             f"{es} para bulón de {dia} pulgada, {'acero zincado' if finish == 'zinc' else 'acero inoxidable A2'}, "
                             "se vende por kilo", FASTENERS, "", "KG", (38 if finish == "zinc" else 150) + d * 12,
                             {"type": kind, "dia": dia, "finish": finish}))  # fmt: skip
    for thread in ("M8", "M10", "M12", "M16", "1/4", "3/8", "1/2", "5/8"):
        d = int(thread[1:]) if thread.startswith("M") else frac(thread) * 25.4
        out.append(P(f"rod|{thread}", f"VARILLA ROSCADA {thread} X 1 METRO ZINCADA", f"Varilla roscada (espárrago) rosca total {thread}, 1 m de largo, "
                     "acero zincado", FASTENERS, "", "UN", 8 + d * 1.9, {"type": "threaded_rod", "thread": thread}))  # fmt: skip
    for thread, lengths in (("M8", ("75", "95")), ("M10", ("90", "110")), ("M12", ("100", "120", "150")), ("M16", ("145", "175"))):
        for length in lengths:
            for brand, line in (("Hilti", "HSA"), ("Fischer", "FAZ II")):
                out.append(P(f"anc|{thread}|{length}|{brand}", f"ANCLAJE EXPANSIVO {line} {thread}X{length} {brand.upper()} ACERO ZINCADO",
                             f"Anclaje mecánico de expansión (perno de anclaje) para hormigón, {thread} x {length} mm, acero zincado, "
                             f"{brand} {line}. Se vende por unidad, caja de 50", FASTENERS, brand, "UN",
                             (4 + int(thread[1:]) * int(length) * 0.009) * (1.2 if brand == "Hilti" else 1),
                             {"type": "anchor", "thread": thread, "length": length}, 50))  # fmt: skip
    return out


# --- válvulas y conexiones -----------------------------------------------------------------------

PIPE = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def valves() -> list[Product]:
    out = []
    for size in PIPE:
        v = frac(size)
        for brand in ("Genebre", "Kitz"):
            out.append(P(f"bv|{size}|bronze|{brand}", f"VALVULA ESFERICA BRONCE {size} ROSCA BSP PASO TOTAL {brand.upper()}",
                         f"Válvula esférica (llave de paso) de bronce, {size} pulgada, rosca hembra BSP, paso total, palanca, PN 25, "
                         f"marca {brand}", VALVES, brand, "UN", (45 + v * 160) * (1.25 if brand == "Kitz" else 1),
                         {"type": "ball_valve", "size": size, "material": "bronze"}))  # fmt: skip
        if v >= 0.5:
            out.append(P(f"bv|{size}|ss|Genebre", f"VALVULA ESFERICA INOX 316 {size} ROSCA NPT 3 PIEZAS GENEBRE",
                         f"Válvula esférica de acero inoxidable CF8M (316), {size} pulgada, tres piezas, rosca NPT, paso total, 1000 WOG, "
                         "marca Genebre", VALVES, "Genebre", "UN", 140 + v * 420, {"type": "ball_valve", "size": size, "material": "ss"}))  # fmt: skip
            out.append(P(f"bv|{size}|pvc|Tigre", f"VALVULA ESFERICA PVC {size} ROSCABLE TIGRE",
                         f"Válvula esférica de PVC, {size} pulgada, extremos roscables, para agua fría, marca Tigre", VALVES, "Tigre", "UN",
                         18 + v * 45, {"type": "ball_valve", "size": size, "material": "pvc"}))  # fmt: skip
            out.append(P(f"gv|{size}", f"VALVULA ESCLUSA BRONCE {size} ROSCA BSP GENEBRE", f"Válvula esclusa (de compuerta) de bronce, {size} pulgada, "
                         "rosca hembra BSP, volante, vástago ascendente, marca Genebre", VALVES, "Genebre", "UN", 60 + v * 190,
                         {"type": "gate_valve", "size": size}))  # fmt: skip
            for style, word, es in (("spring", "A RESORTE", "a resorte (vertical u horizontal)"), ("swing", "A CLAPETA", "a clapeta (horizontal)")):
                out.append(P(f"cv|{size}|{style}", f"VALVULA DE RETENCION {word} BRONCE {size} BSP GENEBRE",
                             f"Válvula de retención {es}, bronce, {size} pulgada, rosca hembra BSP, marca Genebre", VALVES, "Genebre", "UN",
                             50 + v * 150, {"type": "check_valve", "size": size, "style": style}))  # fmt: skip
    for size in ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2"):
        v = frac(size)
        for kind, word, es in (("elbow", "CODO 90", "Codo 90°"), ("tee", "TEE", "Tee"), ("coupling", "CUPLA", "Cupla (unión simple)"),
                               ("union", "UNION DOBLE", "Unión doble"), ("plug", "TAPON MACHO", "Tapón macho")):  # fmt: skip
            out.append(P(f"{kind}|{size}|galv", f"{word} HIERRO MALEABLE GALVANIZADO {size} BSP TUPY",
                         f"{es} de hierro maleable galvanizado, {size} pulgada, rosca BSP, clase 10, marca Tupy", VALVES, "Tupy", "UN",
                         (6 + v * 22) * (2.5 if kind == "union" else 1), {"type": kind, "size": size, "material": "galv"}))  # fmt: skip
            if kind != "union":
                out.append(P(f"{kind}|{size}|pvc", f"{word} PVC ROSCABLE {size} TIGRE",
                             f"{es} de PVC roscable para agua, {size} pulgada, marca Tigre", VALVES, "Tigre", "UN", 2 + v * 6,
                             {"type": kind, "size": size, "material": "pvc"}))  # fmt: skip
    return out


# --- material eléctrico --------------------------------------------------------------------------

# line → (brand, words, reference of a pole count and amps)
BREAKERS = {
    "easy9": ("Schneider", "SCHNEIDER EASY9", lambda p, a: f"EZ9F34{p}{int(a):02d}"),
    "5sl": ("Siemens", "SIEMENS 5SL", lambda p, a: f"5SL6{p}{int(a):02d}-7"),
    "mdw": ("WEG", "WEG MDW", lambda p, a: f"MDW-C{a}-{p}"),
}
COLOURS = ("negro", "rojo", "azul", "blanco", "verde-amarillo")


def electrical() -> list[Product]:
    out = []
    for line, (brand, words, ref) in BREAKERS.items():
        for poles in ("1", "2", "3"):
            for amps in ("6", "10", "16", "20", "25", "32", "40", "50", "63"):
                if line == "5sl" and amps in ("6", "50"):
                    continue
                out.append(P(f"cb|{line}|{poles}|{amps}", f"LLAVE TERMOMAGNETICA {poles}X{amps}A CURVA C {words}",
                             f"Interruptor termomagnético (llave térmica) para riel DIN, {poles} polo{'s' if poles != '1' else ''}, {amps} A, "
                             f"curva C, 6 kA, {brand} {ref(poles, amps)}", ELECTRICAL, brand, "UN",
                             (38 + int(amps) * 0.6) * int(poles) * (1.3 if brand == "Schneider" else 1),
                             {"type": "breaker", "poles": poles, "amps": amps}, aliases=(ref(poles, amps),)))  # fmt: skip
    for poles in ("2", "4"):
        for amps in ("25", "40", "63"):
            siemens = f"5SV3{'3' if poles == '2' else '6'}{ {'25': '12', '40': '14', '63': '16'}[amps]}-6"
            for brand, code in (("Schneider", f"A9R1{poles}{amps}"), ("Siemens", siemens)):
                out.append(P(f"rcd|{poles}|{amps}|{brand}", f"DISYUNTOR DIFERENCIAL {poles}X{amps}A 30MA {brand.upper()}",
                             f"Interruptor diferencial (disyuntor) {poles} polos, {amps} A, sensibilidad 30 mA, clase AC, {brand} {code}",
                             ELECTRICAL, brand, "UN", (260 + int(amps) * 3) * (1.7 if poles == "4" else 1),
                             {"type": "rcd", "poles": poles, "amps": amps}, aliases=(code,)))  # fmt: skip
    for amps, code in (("9", "D09"), ("12", "D12"), ("18", "D18"), ("25", "D25"), ("32", "D32"), ("40", "D40A"), ("65", "D65A")):
        for coil, letter, cw in (("220VAC", "M7", "220 VCA"), ("24VDC", "BD", "24 VCC")):
            out.append(P(f"ctr|{amps}|{coil}|Schneider", f"CONTACTOR TRIPOLAR {amps}A BOBINA {cw} SCHNEIDER LC1{code}{letter}",
                         f"Contactor tripolar TeSys D, {amps} A en AC-3, bobina {cw}, 1NA+1NC, Schneider LC1{code}{letter}",
                         ELECTRICAL, "Schneider", "UN", 180 + int(amps) * 14, {"type": "contactor", "amps": amps, "coil": coil},
                         aliases=(f"LC1{code}{letter}",)))  # fmt: skip
    for amps in ("9", "12", "18", "25", "32", "40", "65"):
        out.append(P(f"ctr|{amps}|220VAC|WEG", f"CONTACTOR TRIPOLAR {amps}A BOBINA 220 VCA WEG CWM{amps}",
                     f"Contactor tripolar WEG CWM{amps}.10, {amps} A en AC-3, bobina 220 VCA 50/60 Hz, 1NA", ELECTRICAL, "WEG", "UN",
                     150 + int(amps) * 12, {"type": "contactor", "amps": amps, "coil": "220VAC"}, aliases=(f"CWM{amps}.10.220V",)))  # fmt: skip
    for section, per in (("1,5", 2.4), ("2,5", 3.7), ("4", 5.9), ("6", 8.6), ("10", 14.5), ("16", 23.0)):
        colours = COLOURS if section in ("1,5", "2,5", "4") else ("negro", "rojo", "azul", "verde-amarillo")
        for colour in colours:
            for brand in ("Cobrecom", "Prysmian") if section in ("2,5", "4") else ("Cobrecom",):
                out.append(P(f"cab|{section}|{colour}|{brand}", f"CABLE UNIPOLAR {section}MM2 {colour.upper()} 750V {brand.upper()} (ROLLO 100M)",
                             f"Cable unipolar de cobre flexible, {section} mm², aislación PVC 750 V, color {colour}, norma IEC, {brand}, "
                             "se vende por metro, rollo de 100 m", ELECTRICAL, brand, "M", per * (1.1 if brand == "Prysmian" else 1),
                             {"type": "cable", "section": section.replace(",", "."), "colour": colour}, 100))  # fmt: skip
    for cores in ("2", "3", "4"):
        for section in ("1,5", "2,5", "4"):
            out.append(P(f"tpr|{cores}|{section}", f"CABLE TIPO TALLER (TPR) {cores}X{section}MM2 COBRECOM (ROLLO 100M)",
                         f"Cable multipolar tipo taller (TPR) {cores} x {section} mm², cobre flexible, vaina PVC 500 V, Cobrecom, "
                         "se vende por metro, rollo de 100 m", ELECTRICAL, "Cobrecom", "M", 4 + int(cores) * float(section.replace(",", ".")) * 1.6,
                         {"type": "multicore", "cores": cores, "section": section.replace(",", ".")}, 100))  # fmt: skip
    for colour in ("negro", "rojo", "azul", "blanco", "verde", "amarillo"):
        out.append(P(f"tape|1600|{colour}", f"CINTA AISLADORA PVC 19MMX20M {colour.upper()} 3M TEMFLEX 1600",
                     f"Cinta aisladora de PVC, 19 mm x 20 m, color {colour}, 3M Temflex 1600", ELECTRICAL, "3M", "UN", 9.5,
                     {"type": "tape", "line": "temflex", "colour": colour}))  # fmt: skip
    out.append(P("tape|33|negro", "CINTA AISLADORA PVC 19MMX20M NEGRO 3M SCOTCH 33+", "Cinta aisladora vinílica premium, 19 mm x 20 m, negra, "
                 "3M Scotch Super 33+", ELECTRICAL, "3M", "UN", 42, {"type": "tape", "line": "super33", "colour": "negro"}))  # fmt: skip
    return out


# --- abrasivos -----------------------------------------------------------------------------------


def abrasives() -> list[Product]:
    out = []
    for dia, inch, thick in (("115", "4-1/2", "1.0"), ("115", "4-1/2", "1.6"), ("180", "7", "1.6"), ("180", "7", "3.0"),
                             ("230", "9", "1.9"), ("230", "9", "3.0"), ("355", "14", "3.0")):  # fmt: skip
        arbor = "25,4" if dia == "355" else "22,23"
        for brand in ("Norton", "Tyrolit", "Klingspor"):
            if brand == "Klingspor" and dia in ("355", "230"):
                continue
            out.append(P(f"cut|{dia}|{thick}|{brand}", f"DISCO DE CORTE METAL/INOX {dia}X{thick.replace('.', ',')}X{arbor} {brand.upper()}",
                         f"Disco abrasivo de corte recto (tipo 41) para metal e inoxidable, {dia} mm ({inch} pulgadas) x {thick.replace('.', ',')} mm, "
                         f"agujero {arbor} mm, óxido de aluminio, {brand}", ABRASIVES, brand, "UN",
                         (8 + int(dia) * 0.07 + float(thick) * 2) * (1.2 if brand != "Norton" else 1),
                         {"type": "cutoff_disc", "dia": dia, "thick": thick}))  # fmt: skip
    for dia, inch in (("115", "4-1/2"), ("180", "7"), ("230", "9")):
        for brand in ("Norton", "Tyrolit"):
            out.append(P(f"grd|{dia}|{brand}", f"DISCO DE DESBASTE METAL {dia}X6,4X22,23 {brand.upper()}",
                         f"Disco de desbaste centro deprimido (tipo 27) para metal, {dia} mm ({inch} pulgadas) x 6,4 mm, agujero 22,23 mm, {brand}",
                         ABRASIVES, brand, "UN", 18 + int(dia) * 0.12, {"type": "grinding_disc", "dia": dia}))  # fmt: skip
    for dia, inch in (("115", "4-1/2"), ("180", "7")):
        for grit in ("40", "60", "80", "120"):
            for brand in ("Klingspor", "Norton", "Pferd") if dia == "115" else ("Klingspor", "Norton"):
                out.append(P(f"flap|{dia}|{grit}|{brand}", f"DISCO FLAP (LAMINADO) {dia}MM GRANO {grit} ZIRCONIO {brand.upper()}",
                             f"Disco de láminas (flap) de zirconio, {dia} mm ({inch} pulgadas), grano {grit}, tipo 27, agujero 22,23 mm, {brand}",
                             ABRASIVES, brand, "UN", (28 + int(dia) * 0.1) * (1.3 if brand == "Pferd" else 1),
                             {"type": "flap_disc", "dia": dia, "grit": grit}))  # fmt: skip
    for grit in ("80", "100", "120", "150", "180", "220", "320", "400", "600", "1000", "1200"):
        out.append(P(f"lija|{grit}", f"LIJA AL AGUA 230X280MM GRANO {grit} NORTON T223", f"Hoja de lija al agua de carburo de silicio, 230 x 280 mm, "
                     f"grano {grit}, Norton T223", ABRASIVES, "Norton", "UN", 6.5, {"type": "sandpaper", "grit": grit}))  # fmt: skip
    return out


# --- seguridad industrial ------------------------------------------------------------------------


def safety() -> list[Product]:
    out = []
    for size in ("38", "39", "40", "41", "42", "43", "44", "45"):
        out.append(P(f"boot|{size}|Marluvas", f"BOTIN DE SEGURIDAD PUNTA ACERO Nº{size} MARLUVAS 50B16", f"Botín de seguridad de cuero negro con puntera "
                     f"de acero y suela PU bidensidad, talla {size} (numeración brasileña), Marluvas 50B16", SAFETY, "Marluvas", "PAR", 390,
                     {"type": "safety_boot", "size": size, "toe": "steel"}))  # fmt: skip
        out.append(P(f"boot|{size}|dielectric", f"BOTIN DE SEGURIDAD DIELECTRICO PUNTA COMPOSITE Nº{size} MARLUVAS", f"Botín de seguridad dieléctrico, "
                     f"puntera de composite (sin metal), talla {size}, Marluvas 70B19", SAFETY, "Marluvas", "PAR", 470,
                     {"type": "safety_boot", "size": size, "toe": "composite"}))  # fmt: skip
    for size in ("8", "9", "10"):
        out.append(P(f"glv|leather|{size}", f"GUANTE DE VAQUETA (CUERO) TALLA {size} STEELPRO", f"Guante de cuero vaqueta tipo conductor, puño elástico, "
                     f"talla {size}, Steelpro, se vende por par", SAFETY, "Steelpro", "PAR", 32, {"type": "leather_glove", "size": size}))  # fmt: skip
        out.append(P(f"glv|nitrile|{size}", f"GUANTE NITRILO RECUBIERTO TALLA {size} ANSELL HYFLEX 11-800",
                     f"Guante de nylon con palma recubierta de nitrilo, talla {size}, Ansell HyFlex 11-800, se vende por par", SAFETY, "Ansell", "PAR",
                     45, {"type": "coated_glove", "size": size}))  # fmt: skip
    for colour in ("blanco", "amarillo", "azul", "rojo", "verde", "naranja"):
        out.append(P(f"hat|{colour}|MSA", f"CASCO DE SEGURIDAD {colour.upper()} MSA V-GARD CON SUSPENSION FAS-TRAC", f"Casco de seguridad tipo jockey, "
                     f"clase E, color {colour}, suspensión a matraca Fas-Trac III, MSA V-Gard", SAFETY, "MSA", "UN", 140,
                     {"type": "hard_hat", "colour": colour}))  # fmt: skip
        if colour in ("blanco", "amarillo", "azul"):
            out.append(P(f"hat|{colour}|Steelpro", f"CASCO DE SEGURIDAD {colour.upper()} STEELPRO C/ SUSPENSION 4 PUNTOS", f"Casco de seguridad "
                         f"color {colour}, suspensión de 4 puntos con matraca, Steelpro", SAFETY, "Steelpro", "UN", 65,
                         {"type": "hard_hat", "colour": colour}))  # fmt: skip
    for lens, word in (("clear", "CLARO"), ("dark", "OSCURO"), ("amber", "AMBAR")):
        out.append(P(f"gls|{lens}|3M", f"LENTE DE SEGURIDAD {word} ANTIEMPAÑANTE 3M VIRTUA", f"Lente (anteojo) de seguridad, mica de policarbonato "
                     f"{word.lower()}, antiempañante, ANSI Z87.1, 3M Virtua", SAFETY, "3M", "UN", 28, {"type": "safety_glasses", "lens": lens}))  # fmt: skip
        if lens != "amber":
            out.append(P(f"gls|{lens}|Steelpro", f"LENTE DE SEGURIDAD {word} STEELPRO SPY", f"Lente de seguridad mica {word.lower()}, Steelpro Spy",
                         SAFETY, "Steelpro", "UN", 16, {"type": "safety_glasses", "lens": lens}))  # fmt: skip
    out.append(P("ear|no", "TAPON AUDITIVO ESPUMA SIN CORDON 3M 1100 (CAJA 200 PARES)", "Tapones auditivos desechables de espuma, sin cordón, "
                 "NRR 29 dB, 3M 1100, caja de 200 pares", SAFETY, "3M", "CJ", 520, {"type": "earplug", "corded": "no"}, aliases=("3M 1100",)))  # fmt: skip
    out.append(P("ear|yes", "TAPON AUDITIVO ESPUMA CON CORDON 3M 1110 (CAJA 100 PARES)", "Tapones auditivos desechables de espuma, con cordón, "
                 "NRR 29 dB, 3M 1110, caja de 100 pares", SAFETY, "3M", "CJ", 560, {"type": "earplug", "corded": "yes"}, aliases=("3M 1110",)))  # fmt: skip
    out.append(P("muff|H9A", "PROTECTOR AUDITIVO TIPO COPA 3M PELTOR H9A", "Protector auditivo tipo copa (orejera) con vincha, NRR 25 dB, 3M Peltor "
                 "Optime 98 H9A", SAFETY, "3M", "UN", 150, {"type": "earmuff", "mount": "headband"}, aliases=("H9A",)))  # fmt: skip
    out.append(P("muff|H9P3E", "PROTECTOR AUDITIVO COPA P/ CASCO 3M PELTOR H9P3E", "Protector auditivo tipo copa para montar en casco, NRR 23 dB, "
                 "3M Peltor H9P3E", SAFETY, "3M", "UN", 175, {"type": "earmuff", "mount": "helmet"}, aliases=("H9P3E",)))  # fmt: skip
    out.append(P("n95|8210", "RESPIRADOR DESCARTABLE N95 3M 8210 (CAJA 20 UNIDADES)", "Barbijo respirador descartable N95 para polvo, 3M 8210, "
                 "caja de 20", SAFETY, "3M", "CJ", 230, {"type": "n95", "valve": "no"}, aliases=("3M 8210",)))  # fmt: skip
    out.append(P("n95|8511", "RESPIRADOR N95 CON VALVULA 3M 8511 (CAJA 10 UNIDADES)", "Barbijo respirador descartable N95 con válvula de exhalación "
                 "Cool Flow, 3M 8511, caja de 10", SAFETY, "3M", "CJ", 250, {"type": "n95", "valve": "yes"}, aliases=("3M 8511",)))  # fmt: skip
    for size, ref in (("S", "6100"), ("M", "6200"), ("L", "6300")):
        out.append(P(f"hfm|{size}", f"RESPIRADOR MEDIA CARA TALLA {size} 3M SERIE 6000 {ref}", f"Respirador reutilizable de media cara, talla {size}, "
                     f"3M {ref}", SAFETY, "3M", "UN", 165, {"type": "half_mask", "size": size}, aliases=(f"3M {ref}",)))  # fmt: skip
    for ref, words in (("6001", "vapores orgánicos"), ("6003", "vapores orgánicos y gases ácidos"), ("6006", "multigases"),
                       ("2097", "partículas P100 y vapores orgánicos molestos")):  # fmt: skip
        out.append(P(f"car|{ref}", f"CARTUCHO 3M {ref} {words.upper()} (PAR)", f"Cartucho 3M {ref} para {words}, para respiradores serie 6000 y 7500, "
                     "se vende por par", SAFETY, "3M", "PAR", {"6001": 120, "6003": 140, "6006": 190, "2097": 95}[ref],
                     {"type": "cartridge", "model": ref}, aliases=(f"3M {ref}",)))  # fmt: skip
    for size in ("M", "L", "XL", "XXL"):
        for colour in ("naranja", "amarillo"):
            out.append(P(f"vest|{size}|{colour}", f"CHALECO REFLECTIVO {colour.upper()} TALLA {size} CON CIERRE STEELPRO",
                         f"Chaleco de alta visibilidad color {colour} fluorescente, dos cintas reflectivas, cierre, talla {size}, Steelpro",
                         SAFETY, "Steelpro", "UN", 38, {"type": "vest", "size": size, "colour": colour}))  # fmt: skip
        out.append(P(f"tyv|{size}", f"OVEROL DESCARTABLE TYVEK 400 CON CAPUCHA TALLA {size} DUPONT", f"Overol (mameluco) descartable DuPont Tyvek 400 "
                     f"con capucha, cierre frontal, talla {size}", SAFETY, "DuPont", "UN", 85, {"type": "coverall", "size": size}))  # fmt: skip
    return out


def products() -> list[Product]:
    return bearings() + power() + fasteners() + valves() + electrical() + abrasives() + safety()
