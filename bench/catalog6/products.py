"""Catalog 6's products by family: names as a Rio de la Plata distributor's ERP prints them.

Every product carries the facts a buyer's words can pin in `attrs` (`type=ruleman|designacion=6204|
sello=2RS|…`). Item codes are two letters and seven digits with leading zeros (`RU0041873`), the
digits fixed by a hash of the product's key and unique over the whole catalog; EAN-13 bar codes
and makers' references are `aliases`.
"""

from __future__ import annotations

from bench.blind.items import BALL, Items, hashed_numbers
from bench.catalog4.model import Product

RULEMANES = "Rulemanes y soportes"
BULONERIA = "Buloneria y fijaciones"
ELECTRICIDAD = "Electricidad"
TRANSMISION = "Transmision"
CANOS = "Caños y accesorios"
HERRAMIENTAS = "Herramientas"
SOLDADURA = "Soldadura y abrasivos"
HIERROS = "Hierros"

PREFIX = {RULEMANES: "RU", BULONERIA: "BU", ELECTRICIDAD: "EL", TRANSMISION: "TR", CANOS: "CA",
          HERRAMIENTAS: "HE", SOLDADURA: "SD", HIERROS: "HI"}  # fmt: skip
# GS1 prefixes of each maker's country: bar codes are aliases, and buyers scan or copy them.
EAN_PREFIX = {"SKF": "7316", "FAG": "4012", "HCH": "6901", "NTN": "4548", "SICA": "7798", "Schneider": "3606",
              "WEG": "7891", "Prysmian": "7797", "IMSA": "7795", "3M": "7891", "Gates": "7898",
              "Bahco": "7314", "Tramontina": "7891", "Gherardi": "7790", "Ezeta": "7799", "Tyrolit": "9001",
              "Conarco": "7793", "Acindar": "7792", "Fischer": "4006", "Genebre": "8430", "Tupy": "7896"}  # fmt: skip
item = Items(EAN_PREFIX, "ean6")


def dec(value: str) -> str:
    """A decimal as the house prints it: comma (2,5)."""
    return value.replace(".", ",")


SELLO_NAME = {"abierto": "", "2RS": " 2RS", "ZZ": " ZZ"}
SELLO_DESC = {"abierto": "abierto", "2RS": "2 sellos de goma", "ZZ": "2 tapas metalicas"}


def rulemanes() -> list[Product]:
    out = []
    for d, (bore, od, width) in BALL.items():
        for brand in ("SKF", "FAG", "HCH"):
            for sello in ("abierto", "2RS", "ZZ"):
                if brand == "SKF":
                    own = {"abierto": "", "2RS": f"{d}-2RSH", "ZZ": f"{d}-2Z"}[sello]
                elif brand == "FAG":
                    own = {"abierto": "", "2RS": f"{d}-2RSR", "ZZ": f"{d}-2ZR"}[sello]
                else:
                    own = ""
                base = (bore * 95 + od * 40 + (900 if sello != "abierto" else 0)) * {"SKF": 1.6, "FAG": 1.5, "HCH": 0.7}[brand]
                out.append(item(
                    f"rul|{d}|{sello}|{brand}", f"RULEMAN {d}{SELLO_NAME[sello]} {brand}",
                    f"Rulemán rígido de bolas {d} {SELLO_DESC[sello]} {bore}x{od}x{width} mm, {brand}",
                    RULEMANES, brand, "UN", base,
                    {"type": "ruleman", "designacion": d, "sello": sello, "bore_mm": str(bore)},
                    [own] if own else [], ean=brand != "HCH",
                ))  # fmt: skip
    for d, bore in (("30204", 20), ("30205", 25), ("30206", 30), ("30207", 35), ("30208", 40), ("30209", 45),
                    ("30210", 50), ("32205", 25), ("32206", 30), ("32207", 35), ("32208", 40)):
        for brand in ("SKF", "FAG"):
            out.append(item(
                f"con|{d}|{brand}", f"RULEMAN CONICO {d} {brand}",
                f"Rulemán de rodillos cónicos {d} (cono y cubeta), {bore} mm interior, {brand}",
                RULEMANES, brand, "UN", (bore * 160 + 4200) * (1.1 if brand == "SKF" else 1),
                {"type": "conico", "designacion": d, "bore_mm": str(bore)},
                [f"{d} J2/Q" if brand == "SKF" else f"{d}-A"], ean=True,
            ))  # fmt: skip
    for serie, montaje, es in (("UCP", "pie", "DE PIE"), ("UCF", "brida", "BRIDA 4 AGUJEROS")):
        for n, eje in (("204", "20"), ("205", "25"), ("206", "30"), ("207", "35"), ("208", "40"), ("209", "45"), ("210", "50")):
            for brand in ("NTN", "HCH"):
                out.append(item(
                    f"sop|{serie}{n}|{brand}", f"SOPORTE {es} {serie}{n} EJE {eje}MM {brand}",
                    f"Soporte de fundición {montaje} con rulemán UC{n} para eje de {eje} mm, {brand}",
                    RULEMANES, brand, "UN", int(eje) * 310 + 5200,
                    {"type": "soporte", "montaje": montaje, "serie": f"{serie}{n}", "eje_mm": eje},
                    [f"{serie}{n}D1"] if brand == "NTN" else [], ean=brand == "NTN",
                ))  # fmt: skip
    return out


INCH = ("1/4", "5/16", "3/8", "1/2", "5/8")
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11"}
LARGOS = ("1", "1-1/2", "2", "2-1/2", "3")
METRIC = ("M6", "M8", "M10", "M12")


def inch_name(size: str) -> str:
    """`1-1/2` as the house prints it: `1.1/2`."""
    return size.replace("-", ".")


def buloneria() -> list[Product]:
    out = []
    for grado, acabado in (("5", "ZINC"), ("8", "PAV")):
        for dia in INCH:
            for largo in LARGOS:
                out.append(item(
                    f"bul|{grado}|{dia}|{largo}", f"BULON HEX {dia} X {inch_name(largo)} G{grado} {acabado}",
                    f"Bulón cabeza hexagonal UNC {dia}-{UNC[dia]} x {largo} pulg grado {grado} "
                    f"{'zincado' if grado == '5' else 'pavonado'}",
                    BULONERIA, "Bulonfer", "UN", (90 + INCH.index(dia) * 110 + LARGOS.index(largo) * 45) * (1.5 if grado == "8" else 1),
                    {"type": "bulon", "sistema": "pulg", "grado": grado, "diametro": dia, "largo": largo},
                    pack=50 if INCH.index(dia) < 3 else 25,
                ))  # fmt: skip
    for m in METRIC:
        for largo in ("20", "30", "40", "50", "60"):
            out.append(item(
                f"bulmm|{m}|{largo}", f"BULON HEX {m} X {largo} 8.8 ZINC",
                f"Bulón cabeza hexagonal métrico {m} x {largo} mm clase 8.8 zincado",
                BULONERIA, "Bulonfer", "UN", 80 + int(m[1:]) * 25 + int(largo) * 3,
                {"type": "bulon", "sistema": "mm", "grado": "8.8", "diametro": m, "largo": largo}, pack=50,
            ))  # fmt: skip
    for dia in (*INCH, *METRIC):
        sistema = "mm" if dia.startswith("M") else "pulg"
        out.append(item(
            f"tuerca|{dia}", f"TUERCA HEX {dia}{' UNC' if sistema == 'pulg' else ''} ZINC",
            f"Tuerca hexagonal {dia} zincada", BULONERIA, "Bulonfer", "UN", 40 + len(dia) * 9,
            {"type": "tuerca", "sistema": sistema, "diametro": dia}, pack=100,
        ))  # fmt: skip
        for tipo, es in (("arandela_plana", "PLANA"), ("arandela_grower", "GROWER")):
            out.append(item(
                f"{tipo}|{dia}", f"ARANDELA {es} {dia} ZINC (X KG)",
                f"Arandela {es.lower()} {dia} acero zincado, venta por kilo", BULONERIA, "Bulonfer", "KG",
                6500 if tipo == "arandela_plana" else 8200,
                {"type": tipo, "sistema": sistema, "diametro": dia},
            ))  # fmt: skip
    for calibre in ("8", "10", "14"):
        for largo in ("1/2", "3/4", "1", "1-1/2", "2"):
            for punta, es in (("mecha", "PUNTA MECHA"), ("aguja", "PUNTA AGUJA")):
                out.append(item(
                    f"auto|{calibre}|{largo}|{punta}",
                    f"TORNILLO AUTOPERFORANTE {calibre}X{inch_name(largo)} {es} CJ X100",
                    f"Tornillo autoperforante cabeza hexagonal {calibre} x {largo} pulg {es.lower()}, caja de 100",
                    BULONERIA, "Bulonfer", "CJ", 4200 + int(calibre) * 180 + LARGOS.index(largo if largo in LARGOS else "1") * 600,
                    {"type": "autoperforante", "calibre": calibre, "largo": largo, "punta": punta},
                ))  # fmt: skip
    for n in ("5", "6", "8", "10", "12"):
        for brand in ("Fischer", "Tacsa"):
            out.append(item(
                f"tarugo|{n}|{brand}", f"TARUGO NYLON {n}MM {brand.upper()}",
                f"Tarugo de nylon de {n} mm para mampostería, {brand}", BULONERIA, brand, "UN",
                (12 + int(n) * 4) * (1.4 if brand == "Fischer" else 1),
                {"type": "tarugo", "medida": n}, [f"SX {n}"] if brand == "Fischer" else [], pack=100,
                ean=brand == "Fischer",
            ))  # fmt: skip
    return out


AMPS = ("10", "16", "20", "25", "32", "40")
SECCIONES = ("1.5", "2.5", "4", "6", "10")
COLORES = ("marron", "celeste", "verde-amarillo", "negro", "rojo")


def electricidad() -> list[Product]:
    out = []
    for polos in ("1", "2", "3", "4"):
        for a in AMPS:
            for brand in ("SICA", "Schneider"):
                ref = f"A9F74{polos}{a}" if brand == "Schneider" else f"78{polos}{a}"
                out.append(item(
                    f"termica|{polos}|{a}|{brand}", f"LLAVE TERMOMAGNETICA {polos}X{a}A CURVA C {brand.upper()}",
                    f"Interruptor termomagnético {polos} polo{'s' if polos != '1' else ''} {a} A curva C 6 kA riel DIN, {brand}",
                    ELECTRICIDAD, brand, "UN", (int(polos) * 5200 + int(a) * 60) * (1.5 if brand == "Schneider" else 1),
                    {"type": "termica", "polos": polos, "amperes": a}, [ref], ean=True,
                ))  # fmt: skip
    for polos in ("2", "4"):
        for a in ("25", "40", "63"):
            for brand in ("SICA", "Schneider"):
                out.append(item(
                    f"disyuntor|{polos}|{a}|{brand}", f"DISYUNTOR DIFERENCIAL {polos}X{a}A 30MA {brand.upper()}",
                    f"Interruptor diferencial {polos} polos {a} A 30 mA clase AC, {brand}",
                    ELECTRICIDAD, brand, "UN", (int(polos) * 9000 + int(a) * 150) * (1.5 if brand == "Schneider" else 1),
                    {"type": "disyuntor", "polos": polos, "amperes": a},
                    [f"A9R11{polos}{a}"] if brand == "Schneider" else [], ean=True,
                ))  # fmt: skip
    for a in ("9", "12", "18", "25", "32"):
        for bobina, weg, sch in (("220", "V25", "M7"), ("380", "V36", "Q7"), ("24", "C03", "BD")):
            for brand in ("WEG", "Schneider"):
                ref = f"CWM{a}-10-30{weg}" if brand == "WEG" else f"LC1D{int(a):02d}{sch}"
                out.append(item(
                    f"contactor|{a}|{bobina}|{brand}",
                    f"CONTACTOR {a}A 1NA BOB {bobina}V{'CC' if bobina == '24' else 'CA'} {brand.upper()}",
                    f"Contactor tripolar {a} A AC3 con 1 contacto NA, bobina {bobina} V "
                    f"{'corriente continua' if bobina == '24' else '50 Hz'}, {brand}",
                    ELECTRICIDAD, brand, "UN", int(a) * 900 + 21000, {"type": "contactor", "amperes": a, "bobina": bobina},
                    [ref], ean=brand == "WEG",
                ))  # fmt: skip
    for seccion in SECCIONES:
        for color in COLORES:
            for brand in ("Prysmian", "IMSA"):
                out.append(item(
                    f"cable|{seccion}|{color}|{brand}",
                    f"CABLE UNIPOLAR {dec(seccion)}MM2 {color.upper()} {brand.upper()}",
                    f"Cable unipolar de cobre {dec(seccion)} mm² IRAM NM 247-3 color {color}, venta por metro, {brand}",
                    ELECTRICIDAD, brand, "M", {"1.5": 420, "2.5": 650, "4": 1050, "6": 1580, "10": 2650}[seccion],
                    {"type": "cable", "seccion": seccion, "color": color},
                ))  # fmt: skip
    for formacion in ("2x1.5", "2x2.5", "3x1.5", "3x2.5", "4x2.5"):
        out.append(item(
            f"taller|{formacion}", f"CABLE TALLER TPR {dec(formacion).upper()}MM2 PRYSMIAN",
            f"Cable tipo taller (TPR) {dec(formacion)} mm², venta por metro, Prysmian",
            ELECTRICIDAD, "Prysmian", "M", 900 + int(formacion[0]) * 400, {"type": "cable_taller", "formacion": formacion},
        ))  # fmt: skip
    for color in ("negro", "rojo", "azul", "verde", "blanco"):
        out.append(item(
            f"cinta|1600|{color}", f"CINTA AISLADORA 3M TEMFLEX 1600 {color.upper()} 20M",
            f"Cinta aisladora de PVC 3M Temflex 1600 color {color} 19 mm x 20 m", ELECTRICIDAD, "3M", "UN", 1900,
            {"type": "cinta", "linea": "temflex", "color": color}, pack=10, ean=True,
        ))  # fmt: skip
    out.append(item(
        "cinta|33|negro", "CINTA AISLADORA 3M SCOTCH 33+ NEGRA 20M",
        "Cinta aisladora premium 3M Scotch Super 33+ negra 19 mm x 20 m", ELECTRICIDAD, "3M", "UN", 7800,
        {"type": "cinta", "linea": "33", "color": "negro"}, ["Super 33+"], pack=10, ean=True,
    ))  # fmt: skip
    for hp in ("0.5", "0.75", "1", "1.5", "2", "3", "4", "5.5", "7.5"):
        for rpm, polos in (("1500", "4"), ("3000", "2")):
            out.append(item(
                f"motor|{hp}|{rpm}", f"MOTOR TRIFASICO WEG W22 {dec(hp)}HP {rpm}RPM 220/380V",
                f"Motor eléctrico trifásico WEG W22 {dec(hp)} HP {polos} polos {rpm} rpm 220/380 V 50 Hz",
                ELECTRICIDAD, "WEG", "UN", 180000 + float(hp) * 52000, {"type": "motor", "hp": hp, "rpm": rpm}, ean=True,
            ))  # fmt: skip
    return out


CORREAS = {"A": ("30", "32", "35", "38", "40", "42", "45", "48", "50", "55", "60"),
           "B": ("40", "42", "45", "48", "50", "55", "60", "65", "70", "75")}  # fmt: skip
CADENAS = (("ASA 40", "40"), ("ASA 50", "50"), ("ASA 60", "60"), ("ASA 80", "80"), ("08B", "08B"), ("10B", "10B"), ("12B", "12B"))


def transmision() -> list[Product]:
    out = []
    for perfil, largos in CORREAS.items():
        for n in largos:
            for brand in ("Gates", "Dunlop"):
                out.append(item(
                    f"correa|{perfil}{n}|{brand}", f"CORREA {perfil}-{n} {brand.upper()}",
                    f"Correa en V perfil {perfil} número {n}, {brand}", TRANSMISION, brand, "UN",
                    (2900 + int(n) * 60) * (1.25 if perfil == "B" else 1) * (1.15 if brand == "Gates" else 1),
                    {"type": "correa", "perfil": perfil, "numero": n}, ean=brand == "Gates",
                ))  # fmt: skip
    for paso, slug in CADENAS:
        for brand in ("Renold", "KMC"):
            out.append(item(
                f"cadena|{slug}|{brand}", f"CADENA A RODILLOS {paso} SIMPLE {brand.upper()} (X MT)",
                f"Cadena a rodillos {paso} simple, venta por metro, {brand}", TRANSMISION, brand, "M",
                (9000 + CADENAS.index((paso, slug)) * 2500) * (1.4 if brand == "Renold" else 1),
                {"type": "cadena", "paso": slug},
            ))  # fmt: skip
        out.append(item(
            f"union_cadena|{slug}", f"UNION CADENA {paso} SIMPLE KMC", f"Eslabón de unión para cadena {paso} simple, KMC",
            TRANSMISION, "KMC", "UN", 900 + CADENAS.index((paso, slug)) * 250, {"type": "union_cadena", "paso": slug}, pack=10,
        ))  # fmt: skip
    return out


PIPE = ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
PIEZAS = (("codo90", "CODO 90"), ("codo45", "CODO 45"), ("tee", "TEE"), ("cupla", "CUPLA"),
          ("union_doble", "UNION DOBLE"), ("tapa", "TAPA"))  # fmt: skip


def canos() -> list[Product]:
    out = []
    for size in PIPE:
        out.append(item(
            f"cano|galv|{size}", f"CAÑO GALVANIZADO {inch_name(size)} X 6,40M",
            f"Caño de acero galvanizado con costura {size} pulg, barra de 6,40 m", CANOS, "Siat", "UN",
            18000 + PIPE.index(size) * 9500, {"type": "cano", "material": "galvanizado", "medida": size},
        ))  # fmt: skip
    for pieza, es in PIEZAS:
        for acabado, ac, brand in (("galvanizado", "GALV", "Tupy"), ("epoxi", "EPOXI", "Sigas")):
            for size in PIPE:
                out.append(item(
                    f"acc|{pieza}|{acabado}|{size}", f"{es} {ac} {inch_name(size)}",
                    f"{es.capitalize()} de hierro maleable {'galvanizado (agua)' if acabado == 'galvanizado' else 'epoxi (gas)'} "
                    f"{size} pulg rosca BSP, {brand}",
                    CANOS, brand, "UN", (PIPE.index(size) + 1) ** 1.5 * 900 + (1500 if pieza == "union_doble" else 0),
                    {"type": pieza, "acabado": acabado, "medida": size}, pack=10, ean=brand == "Tupy",
                ))  # fmt: skip
    for mayor, menor in (("3/4", "1/2"), ("1", "1/2"), ("1", "3/4"), ("1-1/4", "1"), ("1-1/2", "1-1/4"), ("2", "1-1/2")):
        out.append(item(
            f"buje|{mayor}|{menor}", f"BUJE REDUCCION GALV {inch_name(mayor)} X {inch_name(menor)}",
            f"Buje de reducción de hierro maleable galvanizado {mayor} x {menor} pulg, Tupy", CANOS, "Tupy", "UN",
            (PIPE.index(mayor) + 1) * 800, {"type": "buje", "mayor": mayor, "menor": menor}, pack=10,
        ))  # fmt: skip
    for size in ("1/2", "3/4", "1"):
        for largo in ("corto", "5", "10", "15"):
            out.append(item(
                f"niple|{size}|{largo}", f"NIPLE GALV {size} X {'CORTO' if largo == 'corto' else largo + ' CM'}",
                f"Niple de hierro galvanizado {size} pulg {'corto' if largo == 'corto' else 'x ' + largo + ' cm'}",
                CANOS, "Tupy", "UN", 700 + PIPE.index(size) * 400 + (0 if largo == "corto" else int(largo) * 90),
                {"type": "niple", "medida": size, "largo": largo}, pack=10,
            ))  # fmt: skip
    for pieza, es in (("codo90", "CODO 90"), ("tee", "TEE"), ("cupla", "CUPLA"), ("union_doble", "UNION DOBLE")):
        for mm in ("20", "25", "32"):
            for brand in ("IPS", "Acqua System"):
                out.append(item(
                    f"tf|{pieza}|{mm}|{brand}", f"{es} TERMOFUSION {mm}MM {brand.upper()}",
                    f"{es.capitalize()} de polipropileno para termofusión {mm} mm, {brand}", CANOS, brand, "UN",
                    (300 + int(mm) * 25) * (3 if pieza == "union_doble" else 1),
                    {"type": pieza, "acabado": "termofusion", "medida": f"{mm}mm"}, pack=10,
                ))  # fmt: skip
    for mm in ("20", "25", "32"):
        for brand in ("IPS", "Acqua System"):
            out.append(item(
                f"tf|cano|{mm}|{brand}", f"CAÑO TERMOFUSION {mm}MM X 4M {brand.upper()}",
                f"Caño de polipropileno para termofusión {mm} mm, barra de 4 m, {brand}", CANOS, brand, "UN",
                3500 + int(mm) * 160, {"type": "cano", "material": "termofusion", "medida": f"{mm}mm"},
            ))  # fmt: skip
    for size in PIPE:
        for brand in ("Genebre", "FV"):
            out.append(item(
                f"esferica|{size}|{brand}", f"LLAVE ESFERICA BRONCE {inch_name(size)} {brand.upper()}",
                f"Llave de paso esférica de bronce {size} pulg rosca hembra, {brand}", CANOS, brand, "UN",
                (PIPE.index(size) + 1) ** 1.6 * 4800 * (1.2 if brand == "Genebre" else 1),
                {"type": "esferica", "medida": size}, [f"3025 {size}"] if brand == "Genebre" else [], ean=brand == "Genebre",
            ))  # fmt: skip
        for tipo, es in (("esclusa", "VALVULA ESCLUSA"), ("retencion", "VALVULA DE RETENCION")):
            out.append(item(
                f"{tipo}|{size}", f"{es} BRONCE {inch_name(size)} GENEBRE",
                f"{es.capitalize()} de bronce {size} pulg, Genebre", CANOS, "Genebre", "UN",
                (PIPE.index(size) + 1) ** 1.6 * 6100, {"type": tipo, "medida": size},
            ))  # fmt: skip
    return out


LLAVES_MM = ("8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "19", "22", "24")
MECHAS = ("2", "2.5", "3", "3.5", "4", "4.5", "5", "5.5", "6", "6.5", "7", "8", "9", "10", "11", "12", "13")


def herramientas() -> list[Product]:
    out = []
    for brand in ("Bahco", "Tramontina", "Gherardi"):
        for mm in LLAVES_MM:
            own = {"Bahco": f"111M-{mm}", "Tramontina": f"42230/1{int(mm):02d}", "Gherardi": ""}[brand]
            out.append(item(
                f"llave|{mm}|{brand}", f"LLAVE COMBINADA {mm}MM {brand.upper()}",
                f"Llave combinada (boca y estría) {mm} mm cromo vanadio, {brand}", HERRAMIENTAS, brand, "UN",
                (3200 + int(mm) * 260) * {"Bahco": 1.6, "Tramontina": 1.0, "Gherardi": 1.1}[brand],
                {"type": "llave_combinada", "medida": mm}, [own] if own else [], ean=True,
            ))  # fmt: skip
        out.append(item(
            f"juego_llaves|{brand}", f"JUEGO LLAVES COMBINADAS 6 A 22MM 12 PZAS {brand.upper()}",
            f"Juego de 12 llaves combinadas de 6 a 22 mm con estuche, {brand}", HERRAMIENTAS, brand, "JGO",
            {"Bahco": 98000, "Tramontina": 52000, "Gherardi": 61000}[brand], {"type": "juego_llaves"}, ean=True,
        ))  # fmt: skip
        for tipo, es, medida in (("pinza_universal", "PINZA UNIVERSAL", "8"), ("alicate", "ALICATE CORTE DIAGONAL", "6"),
                                 ("pico_loro", "PINZA PICO DE LORO", "10"), ("pinza_punta", "PINZA PUNTA", "6")):
            out.append(item(
                f"{tipo}|{brand}", f"{es} {medida}\" {brand.upper()}",
                f"{es.capitalize()} {medida} pulg mango aislado, {brand}", HERRAMIENTAS, brand, "UN",
                (9000 + len(tipo) * 300) * (1.6 if brand == "Bahco" else 1), {"type": tipo}, ean=True,
            ))  # fmt: skip
        for punta, es in (("plano", "PLANO"), ("phillips", "PHILLIPS")):
            for medida in ("3x75", "5x100", "6x150"):
                out.append(item(
                    f"destornillador|{punta}|{medida}|{brand}", f"DESTORNILLADOR {es} {medida.upper()}MM {brand.upper()}",
                    f"Destornillador punta {punta} {medida} mm, {brand}", HERRAMIENTAS, brand, "UN",
                    (2600 + int(medida.split("x")[1]) * 12) * (1.5 if brand == "Bahco" else 1),
                    {"type": "destornillador", "punta": punta, "medida": medida},
                ))  # fmt: skip
    for brand in ("Bahco", "Tramontina"):
        for i, pulg in enumerate(("6", "8", "10", "12")):
            out.append(item(
                f"francesa|{pulg}|{brand}", f"LLAVE FRANCESA {pulg}\" {brand.upper()}",
                f"Llave ajustable (francesa) {pulg} pulg, {brand}", HERRAMIENTAS, brand, "UN",
                (8000 + int(pulg) * 900) * (1.7 if brand == "Bahco" else 1), {"type": "francesa", "medida": pulg},
                [f"807{i}"] if brand == "Bahco" else [], ean=True,
            ))  # fmt: skip
    for brand in ("Ezeta", "Bahco"):
        for mm in MECHAS:
            out.append(item(
                f"mecha|{mm}|{brand}", f"MECHA ACERO RAPIDO {dec(mm)}MM {brand.upper()}",
                f"Mecha de acero rápido (HSS) para metal {dec(mm)} mm, {brand}", HERRAMIENTAS, brand, "UN",
                (600 + float(mm) * 220) * (1.5 if brand == "Bahco" else 1), {"type": "mecha", "medida": mm},
                pack=10 if float(mm) < 6 else 1,
            ))  # fmt: skip
    return out


def soldadura() -> list[Product]:
    out = []
    for diam, esp in (("115", "1.0"), ("115", "1.6"), ("180", "1.6"), ("230", "1.9")):
        for brand in ("Tyrolit", "Norton"):
            out.append(item(
                f"corte|{diam}|{esp}|{brand}", f"DISCO CORTE {diam} X {dec(esp)}MM METAL {brand.upper()}",
                f"Disco abrasivo de corte para metal e inoxidable {diam} x {dec(esp)} x 22,2 mm, {brand}", SOLDADURA, brand,
                "UN", {"115": 1100, "180": 2300, "230": 3300}[diam], {"type": "disco_corte", "diametro": diam, "espesor": esp},
                pack=25, ean=brand == "Tyrolit",
            ))  # fmt: skip
    for diam in ("115", "180"):
        for brand in ("Tyrolit", "Norton"):
            out.append(item(
                f"desbaste|{diam}|{brand}", f"DISCO DESBASTE {diam} X 6,4MM {brand.upper()}",
                f"Disco abrasivo de desbaste {diam} x 6,4 mm centro deprimido, {brand}", SOLDADURA, brand, "UN",
                {"115": 2100, "180": 3900}[diam], {"type": "disco_desbaste", "diametro": diam}, pack=10,
            ))  # fmt: skip
    for grano in ("40", "60", "80", "120"):
        for brand in ("Tyrolit", "Norton"):
            out.append(item(
                f"flap|{grano}|{brand}", f"DISCO FLAP 115 GRANO {grano} {brand.upper()}",
                f"Disco laminado (flap) de zirconio 115 mm grano {grano}, {brand}", SOLDADURA, brand, "UN", 3400,
                {"type": "disco_flap", "grano": grano}, pack=10,
            ))  # fmt: skip
    for clase, conarco, esab in (("6013", "CONARCO 13A", "OK 46.00"), ("7018", "CONARCO 18", "OK 48.00")):
        for diam in ("2.5", "3.25", "4"):
            for brand in ("Conarco", "ESAB"):
                out.append(item(
                    f"electrodo|{clase}|{diam}|{brand}",
                    f"ELECTRODO {conarco if brand == 'Conarco' else 'ESAB ' + esab} E{clase} {dec(diam)}MM (X KG)",
                    f"Electrodo revestido E{clase} de {dec(diam)} mm, {brand}, venta por kilo", SOLDADURA, brand, "KG",
                    9800 + (2400 if clase == "7018" else 0), {"type": "electrodo", "clase": clase, "diametro": diam},
                ))  # fmt: skip
    return out


def hierros() -> list[Product]:
    out = []
    for mm in ("6", "8", "10", "12", "16"):
        out.append(item(
            f"aletado|{mm}", f"HIERRO ALETADO ADN 420 {mm}MM X 12M ACINDAR",
            f"Barra de acero conformado ADN 420 de {mm} mm x 12 m, Acindar", HIERROS, "Acindar", "UN",
            int(mm) ** 2 * 95 + 1800, {"type": "aletado", "diametro": mm}, ean=True,
        ))  # fmt: skip
    for n in ("16", "17"):
        out.append(item(
            f"alambre|negro|{n}", f"ALAMBRE NEGRO RECOCIDO N{n} (X KG) ACINDAR",
            f"Alambre de atar negro recocido número {n}, venta por kilo, Acindar", HIERROS, "Acindar", "KG", 3900,
            {"type": "alambre", "acabado": "negro", "numero": n},
        ))  # fmt: skip
    out.append(item(
        "alambre|galv|14", "ALAMBRE GALVANIZADO N14 (X KG) ACINDAR",
        "Alambre galvanizado número 14, venta por kilo, Acindar", HIERROS, "Acindar", "KG", 5200,
        {"type": "alambre", "acabado": "galvanizado", "numero": "14"},
    ))  # fmt: skip
    for d in ("4.2", "5", "6"):
        out.append(item(
            f"malla|{d}", f"MALLA SIMA 15X15 {dec(d)}MM 2,40X6M ACINDAR",
            f"Malla electrosoldada 15 x 15 cm alambre de {dec(d)} mm, panel 2,40 x 6 m, Acindar", HIERROS, "Acindar", "UN",
            42000 + float(d) * 9000, {"type": "malla", "diametro": d},
        ))  # fmt: skip
    for ala, espesor in (("3/4", "1/8"), ("1", "1/8"), ("1-1/4", "1/8"), ("1-1/2", "3/16"), ("2", "3/16")):
        out.append(item(
            f"angulo|{ala}", f"PERFIL ANGULO {inch_name(ala)} X {espesor} X 6M ACINDAR",
            f"Perfil ángulo de alas iguales {ala} x {espesor} pulg, barra de 6 m, Acindar", HIERROS, "Acindar", "UN",
            9000 + PIPE.index(ala if ala in PIPE else "1/2") * 5200, {"type": "angulo", "ala": ala, "espesor": espesor},
        ))  # fmt: skip
    return out


def assign_codes(products: list[Product]) -> None:
    """Two letters of the family and seven digits with leading zeros, digits unique in the catalog."""
    numbers = hashed_numbers(products, "code6", 1000, 98999)
    for p in products:
        p.sku = f"{PREFIX[p.family]}{numbers[p.key]:07d}"


def products() -> list[Product]:
    out = rulemanes() + buloneria() + electricidad() + transmision() + canos() + herramientas() + soldadura() + hierros()
    assign_codes(out)
    return out
