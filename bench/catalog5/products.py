"""Catalog 5's products by family: names and descriptions as a Mexican supplier writes them.

Every product carries the facts a buyer's words can pin in `attrs` (`type=balero|designacion=6204|
sello=2RS|…`); codes spell the item (`BAL-6204-2RS-FAG`) or, for tools, carry the vendor's
prefix and a number fixed by a hash of the product's key (`TRU-15872`).
"""

from __future__ import annotations

from bench.blind.items import BALL
from bench.catalog4.model import Product, price, unit

BALEROS = "Baleros y chumaceras"
TORNILLERIA = "Tornilleria"
VALVULAS = "Valvulas y conexiones"
ELECTRICO = "Material electrico"
ABRASIVOS = "Abrasivos y soldadura"
HERRAMIENTA = "Herramienta"

SELLO_ES = {"abierto": "ABIERTO", "2RS": "2RS SELLADO 2 LADOS HULE", "ZZ": "ZZ BLINDADO 2 TAPAS METALICAS"}
SELLO_CODE = {"abierto": "", "2RS": "-2RS", "ZZ": "-ZZ"}
BRAND_CODE = {"FAG": "FAG", "NSK": "NSK", "Timken": "TIM", "NTN": "NTN", "FYH": "FYH"}


def _ball_alias(brand: str, d: str, sello: str) -> list[str]:
    english = f"ball bearing {d}{' ' + sello if sello != 'abierto' else ' open'}"
    if brand == "FAG":
        own = {"abierto": "", "2RS": f"{d}-2RSR", "ZZ": f"{d}-2ZR"}[sello]
    elif brand == "NSK":
        own = {"abierto": f"{d}CM", "2RS": f"{d}DDU", "ZZ": f"{d}ZZCM"}[sello]
    else:  # Timken sells the Fafnir notation: 6204 = 204, 6004 = 9104
        base = ("91" + d[2:]) if d.startswith("60") else d[1:]
        own = {"abierto": f"{base}K", "2RS": f"{base}PP", "ZZ": f"{base}KDD"}[sello]
    return [a for a in (own, english) if a]


def baleros() -> list[Product]:
    out = []
    for d, (bore, od, width) in BALL.items():
        for brand in ("FAG", "NSK", "Timken"):
            for sello in ("abierto", "2RS", "ZZ"):
                base = (1.0 + bore * 0.16 + od * 0.05 + (1.2 if sello != "abierto" else 0)) * 18
                base *= {"FAG": 1.3, "NSK": 1.2, "Timken": 1.25}[brand]
                out.append(Product(
                    key=f"bal|{d}|{sello}|{brand}",
                    name=f"BALERO {d}{SELLO_CODE[sello]} {brand.upper()} {bore}X{od}X{width}MM",
                    description=f"Balero rigido de bolas {d} {SELLO_ES[sello].lower()} marca {brand}, "
                                f"{bore} mm interior x {od} mm exterior x {width} mm ancho",
                    family=BALEROS, brand=brand, uom="PZA", base_price=price(round(base, 2)),
                    attrs={"type": "balero", "designacion": d, "sello": sello, "bore_mm": str(bore)},
                    aliases=_ball_alias(brand, d, sello),
                ))  # fmt: skip
                out[-1].sku = f"BAL-{d}{SELLO_CODE[sello]}-{BRAND_CODE[brand]}"
    conicos = {"30204": (20, 47), "30205": (25, 52), "30206": (30, 62), "30207": (35, 72),
               "30208": (40, 80), "30209": (45, 85), "30210": (50, 90), "32205": (25, 52),
               "32206": (30, 62), "32207": (35, 72), "32208": (40, 80)}  # fmt: skip
    for d, (bore, od) in conicos.items():
        for brand in ("Timken", "NSK"):
            alias = f"{d}JR" if brand == "NSK" else f"{d} 92KA1"
            out.append(Product(
                key=f"con|{d}|{brand}", name=f"BALERO CONICO {d} {brand.upper()} {bore}X{od}MM",
                description=f"Balero de rodillos conicos {d} (cono y taza) marca {brand}, {bore} mm interior",
                family=BALEROS, brand=brand, uom="PZA", base_price=price(round((bore * 0.9 + 40) * 4.5, 2)),
                attrs={"type": "balero_conico", "designacion": d, "bore_mm": str(bore)},
                aliases=[alias, f"tapered roller bearing {d}"],
            ))  # fmt: skip
            out[-1].sku = f"BAL-{d}-{BRAND_CODE[brand]}"
    for serie, montaje, es in (("UCP", "piso", "DE PISO"), ("UCF", "brida", "DE BRIDA 4 BARRENOS")):
        for n, eje in (("204", "20"), ("205", "25"), ("206", "30"), ("207", "35"), ("208", "40"),
                       ("209", "45"), ("210", "50")):
            for brand in ("NTN", "FYH"):
                out.append(Product(
                    key=f"chu|{serie}{n}|{brand}", name=f"CHUMACERA {es} {serie}{n} EJE {eje}MM {brand}",
                    description=f"Chumacera {montaje} con balero inserto UC{n}, hierro fundido, eje {eje} mm, {brand}",
                    family=BALEROS, brand=brand, uom="PZA",
                    base_price=price(round(int(eje) * 9.5 + 120, 2)),
                    attrs={"type": "chumacera", "montaje": montaje, "serie": f"{serie}{n}", "eje_mm": eje},
                    # NTN's own suffix; the bare series (UCP205) is every maker's, so not an alias
                    aliases=[*([f"{serie}{n}D1"] if brand == "NTN" else []), f"pillow block {serie}{n}"
                             if montaje == "piso" else f"flange bearing {serie}{n}"],
                ))  # fmt: skip
                out[-1].sku = f"CHU-{serie}{n}-{brand}"
    return out


INCH = ("1/4", "5/16", "3/8", "1/2", "5/8")
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11"}
LARGOS = ("1", "1-1/2", "2", "3")


def _slug(s: str) -> str:
    return s.replace("-", "").replace("/", "")


def tornilleria() -> list[Product]:
    out = []
    for grado in ("5", "8"):
        for dia in INCH:
            for largo in LARGOS:
                acabado = "galvanizado" if grado == "5" else "pavonado"
                out.append(Product(
                    key=f"tor|{grado}|{dia}|{largo}",
                    name=f"TORNILLO HEXAGONAL G{grado} {dia}-{UNC[dia]} X {largo} {acabado.upper()}",
                    description=f"Tornillo cabeza hexagonal grado {grado} rosca estandar UNC {dia}-{UNC[dia]} x {largo} pulg, {acabado}",
                    family=TORNILLERIA, brand="Rex", uom="PZA", pack_qty=50 if dia in ("1/4", "5/16", "3/8") else 25,
                    base_price=price(round((1.2 + INCH.index(dia) * 1.4 + LARGOS.index(largo) * 0.8) * (1.6 if grado == "8" else 1), 2)),
                    attrs={"type": "tornillo_hex", "sistema": "std", "grado": grado, "diametro": dia, "largo": largo},
                    aliases=[f"hex cap screw grade {grado} {dia}-{UNC[dia]} x {largo}"],
                ))  # fmt: skip
                out[-1].sku = f"TOR-HEX-G{grado}-{_slug(dia)}X{_slug(largo)}"
    for m, paso in (("M6", "1.0"), ("M8", "1.25"), ("M10", "1.5"), ("M12", "1.75")):
        for largo in ("20", "30", "40", "50", "60"):
            out.append(Product(
                key=f"tormm|{m}|{largo}", name=f"TORNILLO HEXAGONAL MILIMETRICO {m}X{paso} X {largo}MM 8.8",
                description=f"Tornillo cabeza hexagonal metrico clase 8.8 {m} x {paso} x {largo} mm zincado",
                family=TORNILLERIA, brand="Rex", uom="PZA", pack_qty=50,
                base_price=price(round(1.5 + int(m[1:]) * 0.3 + int(largo) * 0.05, 2)),
                attrs={"type": "tornillo_hex", "sistema": "mm", "grado": "8.8", "diametro": m, "largo": largo},
                aliases=[f"metric hex bolt {m} x {largo}"],
            ))  # fmt: skip
            out[-1].sku = f"TOR-HEX-{m}X{largo}"
    for dia in INCH:
        for tipo, es, en, code in (("tuerca", "TUERCA HEXAGONAL", "hex nut", "TUE-HEX"),
                                   ("rondana_plana", "RONDANA PLANA", "flat washer", "RON-PLA"),
                                   ("rondana_presion", "RONDANA DE PRESION", "lock washer", "RON-PRE")):
            out.append(Product(
                key=f"{tipo}|{dia}", name=f"{es} {dia} GALVANIZADA",
                description=f"{es.capitalize()} {dia} pulg acero galvanizado", family=TORNILLERIA,
                brand="Rex", uom="PZA", pack_qty=100, base_price=price(round(0.4 + INCH.index(dia) * 0.35, 2)),
                attrs={"type": tipo, "sistema": "std", "diametro": dia}, aliases=[f"{en} {dia}"],
            ))  # fmt: skip
            out[-1].sku = f"{code}-{_slug(dia)}"
    for m in ("M6", "M8", "M10", "M12"):
        out.append(Product(
            key=f"tuerca|{m}", name=f"TUERCA HEXAGONAL MILIMETRICA {m} ZINCADA",
            description=f"Tuerca hexagonal metrica {m} clase 8 zincada", family=TORNILLERIA, brand="Rex",
            uom="PZA", pack_qty=100, base_price=price(round(0.5 + int(m[1:]) * 0.08, 2)),
            attrs={"type": "tuerca", "sistema": "mm", "diametro": m}, aliases=[f"metric hex nut {m}"],
        ))  # fmt: skip
        out[-1].sku = f"TUE-HEX-{m}"
    for calibre in ("8", "10", "12", "14"):
        for largo in ("1/2", "3/4", "1", "1-1/2", "2"):
            for punta in ("broca", "fina"):
                out.append(Product(
                    key=f"pija|{calibre}|{largo}|{punta}",
                    name=f"PIJA CABEZA HEXAGONAL PUNTA {punta.upper()} #{calibre} X {largo}",
                    description=f"Pija para lamina cabeza hexagonal punta {punta} numero {calibre} x {largo} pulg galvanizada",
                    family=TORNILLERIA, brand="Fiero", uom="PZA", pack_qty=100,
                    base_price=price(round(0.3 + int(calibre) * 0.03 + LARGOS.index(largo) * 0.1 if largo in LARGOS else 0.35 + int(calibre) * 0.03, 2)),
                    attrs={"type": "pija", "calibre": calibre, "largo": largo, "punta": punta},
                    aliases=[f"{'self drilling' if punta == 'broca' else 'sheet metal'} screw #{calibre} x {largo}"],
                ))  # fmt: skip
                out[-1].sku = f"PIJ-{'PB' if punta == 'broca' else 'PF'}-{calibre}X{_slug(largo)}"
    for dia in ("1/4", "5/16", "3/8", "1/2"):
        out.append(Product(
            key=f"taq|plastico|{dia}", name=f"TAQUETE DE PLASTICO {dia}",
            description=f"Taquete de plastico (nylon) {dia} pulg para concreto", family=TORNILLERIA,
            brand="Fiero", uom="PZA", pack_qty=100, base_price=price(round(0.2 + INCH.index(dia) * 0.1, 2)),
            attrs={"type": "taquete", "material": "plastico", "diametro": dia}, aliases=[f"plastic anchor {dia}"],
        ))  # fmt: skip
        out[-1].sku = f"TAQ-PL-{_slug(dia)}"
        out.append(Product(
            key=f"taq|expansivo|{dia}", name=f"TAQUETE EXPANSIVO METALICO {dia}",
            description=f"Taquete expansivo de acero {dia} pulg con tornillo", family=TORNILLERIA,
            brand="Fiero", uom="PZA", pack_qty=25, base_price=price(round(3 + INCH.index(dia) * 1.5, 2)),
            attrs={"type": "taquete", "material": "expansivo", "diametro": dia}, aliases=[f"sleeve anchor {dia}"],
        ))  # fmt: skip
        out[-1].sku = f"TAQ-EX-{_slug(dia)}"
    return out


PIPE = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def valvulas() -> list[Product]:
    out = []
    for tipo, es, en, code in (("esfera", "VALVULA DE ESFERA", "ball valve", "VES"),
                               ("compuerta", "VALVULA DE COMPUERTA", "gate valve", "VCO"),
                               ("check", "VALVULA CHECK COLUMPIO", "swing check valve", "VCH")):
        for size in PIPE[2:]:
            for brand in ("Urrea", "Walworth"):
                out.append(Product(
                    key=f"val|{tipo}|{size}|{brand}", name=f"{es} BRONCE {size} ROSCABLE {brand.upper()}",
                    description=f"{es.capitalize()} de bronce {size} pulg rosca NPT 600 WOG marca {brand}",
                    family=VALVULAS, brand=brand, uom="PZA",
                    base_price=price(round((PIPE.index(size) ** 1.6 * 60 + 90) * (1.15 if brand == "Walworth" else 1), 2)),
                    attrs={"type": f"valvula_{tipo}", "medida": size, "material": "bronce"},
                    aliases=[f"{en} {size} bronze", f"{brand[:3].upper()}-{code}{_slug(size)}"],
                ))  # fmt: skip
                out[-1].sku = f"{code}-BR-{_slug(size)}-{brand[:3].upper()}"
    for pieza, es, en, code in (("codo90", "CODO 90", "90 elbow", "COD90"), ("codo45", "CODO 45", "45 elbow", "COD45"),
                                ("tee", "TEE", "tee", "TEE"), ("cople", "COPLE", "coupling", "COP"),
                                ("tuerca_union", "TUERCA UNION", "union", "TUN"), ("tapon", "TAPON CAPA", "cap", "TAP")):
        for acabado, ac in (("galvanizado", "GALV"), ("negro", "NEG")):
            for size in PIPE:
                out.append(Product(
                    key=f"con|{pieza}|{acabado}|{size}", name=f"{es} {ac} {size} ROSCADO",
                    description=f"{es.capitalize()} de fierro maleable {acabado} {size} pulg roscado 150 lbs",
                    family=VALVULAS, brand="Vasconia" if acabado == "negro" else "Ward",
                    uom="PZA", pack_qty=10,
                    base_price=price(round(PIPE.index(size) ** 1.5 * 6 + 8 + (12 if pieza == "tuerca_union" else 0), 2)),
                    attrs={"type": pieza, "acabado": acabado, "medida": size},
                    aliases=[f"{'galvanized' if acabado == 'galvanizado' else 'black'} {en} {size}"],
                ))  # fmt: skip
                out[-1].sku = f"{code}-{ac}-{_slug(size)}"
    for size in ("1/2", "3/4", "1"):
        for largo in ("corto", "2", "3", "4", "6"):
            out.append(Product(
                key=f"niple|{size}|{largo}",
                name=f"NIPLE GALV {size} X {'CORTO' if largo == 'corto' else largo + ' PULG'}",
                description=f"Niple de fierro galvanizado {size} pulg {'corto' if largo == 'corto' else 'x ' + largo + ' pulg'} cedula 40",
                family=VALVULAS, brand="Ward", uom="PZA", pack_qty=10,
                base_price=price(round(PIPE.index(size) * 5 + (3 if largo == "corto" else int(largo) * 2.5), 2)),
                attrs={"type": "niple", "medida": size, "largo": largo},
                aliases=[f"galvanized nipple {size} x {'close' if largo == 'corto' else largo}"],
            ))  # fmt: skip
            out[-1].sku = f"NIP-GALV-{_slug(size)}X{'C' if largo == 'corto' else largo}"
    for pieza, es, en in (("codo90", "CODO 90", "90 elbow"), ("tee", "TEE", "tee"), ("cople", "COPLE", "coupling")):
        for size in ("1/2", "3/4", "1"):
            out.append(Product(
                key=f"cobre|{pieza}|{size}", name=f"{es} DE COBRE {size} SOLDABLE NACOBRE",
                description=f"{es.capitalize()} de cobre a cobre {size} pulg para soldar", family=VALVULAS,
                brand="Nacobre", uom="PZA", pack_qty=20, base_price=price(round(PIPE.index(size) * 7 + 9, 2)),
                attrs={"type": pieza, "acabado": "cobre", "medida": size}, aliases=[f"copper {en} {size}"],
            ))  # fmt: skip
            out[-1].sku = f"CU-{pieza.upper()}-{_slug(size)}"
    for ancho, largo in (("1/2", "6.5"), ("3/4", "13")):
        out.append(Product(
            key=f"teflon|{ancho}", name=f"CINTA TEFLON {ancho} X {largo} M",
            description=f"Cinta de teflon para roscas {ancho} pulg x {largo} m", family=VALVULAS,
            brand="Truper", uom="PZA", pack_qty=10, base_price=price("9.50" if ancho == "1/2" else "18.00"),
            attrs={"type": "teflon", "ancho": ancho}, aliases=[f"PTFE thread tape {ancho}"],
        ))  # fmt: skip
        out[-1].sku = f"TRU-{12440 + len(out) % 7}{'1' if ancho == '1/2' else '3'}"
    return out


AMPS = {"1": ("15", "20", "30", "40", "50"), "2": ("15", "20", "30", "40", "50", "60"), "3": ("20", "30", "40", "60")}
COLORES = ("negro", "blanco", "rojo", "verde", "azul")
COLOR_EN = {"negro": "black", "blanco": "white", "rojo": "red", "verde": "green", "azul": "blue"}


def electrico() -> list[Product]:
    out = []
    for polos, amps in AMPS.items():
        for a in amps:
            for brand, serie in (("Square D", "QO"), ("Siemens", "BQ")):
                ref = f"QO{polos}{a}" if brand == "Square D" else f"BQ{polos}B0{a}"
                out.append(Product(
                    key=f"pastilla|{polos}|{a}|{brand}",
                    name=f"PASTILLA TERMOMAGNETICA {polos}P {a}A {brand.upper()} {serie} ENCHUFABLE",
                    description=f"Interruptor termomagnetico (pastilla) {polos} polo{'s' if polos != '1' else ''} {a} amperes para centro de carga {serie}, {brand}",
                    family=ELECTRICO, brand=brand, uom="PZA",
                    base_price=price(round(int(polos) ** 1.4 * 95 + int(a) * 1.2, 2)),
                    attrs={"type": "pastilla", "polos": polos, "amperes": a},
                    aliases=[ref, f"circuit breaker {polos} pole {a}A plug-in"],
                ))  # fmt: skip
                out[-1].sku = f"{'SQD' if brand == 'Square D' else 'SIE'}-{ref}"
    for a, sie, sch in (("9", "3RT2016", "LC1D09"), ("12", "3RT2017", "LC1D12"), ("18", "3RT2026", "LC1D18"),
                        ("25", "3RT2027", "LC1D25"), ("32", "3RT2036", "LC1D32")):
        for bobina, sc, ss in (("127", "G7", "AK60"), ("220", "M7", "AN20"), ("24", "B7", "BB40")):
            for brand, ref in (("Siemens", f"{sie}-1{ss}"), ("Schneider", f"{sch}{sc}")):
                out.append(Product(
                    key=f"contactor|{a}|{bobina}|{brand}",
                    name=f"CONTACTOR {a}A BOBINA {bobina}V{'CA' if bobina != '24' else 'CD'} {brand.upper()}",
                    description=f"Contactor tripolar {a} A AC3 bobina {bobina} V {'CA' if bobina != '24' else 'CD'}, marca {brand}",
                    family=ELECTRICO, brand=brand, uom="PZA", base_price=price(round(int(a) * 22 + 380, 2)),
                    attrs={"type": "contactor", "amperes": a, "bobina": bobina}, aliases=[ref, f"contactor {a}A {bobina}V coil"],
                ))  # fmt: skip
                out[-1].sku = f"{'SIE' if brand == 'Siemens' else 'SCH'}-{ref}"
    for calibre in ("14", "12", "10", "8", "6"):
        for color in COLORES:
            for brand in ("Condumex", "Viakon"):
                out.append(Product(
                    key=f"cable|{calibre}|{color}|{brand}",
                    name=f"CABLE THW-LS CAL {calibre} {color.upper()} {brand.upper()}",
                    description=f"Cable de cobre THW-LS 90C 600V calibre {calibre} AWG color {color}, venta por metro, {brand}",
                    family=ELECTRICO, brand=brand, uom="M",
                    base_price=price(round({"14": 6.5, "12": 9.8, "10": 15.2, "8": 25.9, "6": 40.5}[calibre], 2)),
                    attrs={"type": "cable", "calibre": calibre, "color": color},
                    aliases=[f"{calibre} AWG THHN wire {COLOR_EN[color]}"],
                ))  # fmt: skip
                out[-1].sku = f"CAB-THW-{calibre}-{color[:3].upper()}-{brand[:3].upper()}"
    for color in ("negro", "rojo", "blanco", "verde", "azul", "amarillo"):
        out.append(Product(
            key=f"cinta|temflex|{color}", name=f"CINTA DE AISLAR TEMFLEX 1700 {color.upper()} 19MM X 18M",
            description=f"Cinta de aislar de vinil 3M Temflex 1700 color {color} 19 mm x 18 m", family=ELECTRICO,
            brand="3M", uom="PZA", pack_qty=10, base_price=price("21.00"),
            attrs={"type": "cinta_aislar", "linea": "temflex", "color": color}, aliases=[f"electrical tape {color}"],
        ))  # fmt: skip
        out[-1].sku = f"3M-1700-{color[:3].upper()}"
    out.append(Product(
        key="cinta|super33|negro", name="CINTA DE AISLAR SUPER 33+ NEGRO 19MM X 20M",
        description="Cinta de aislar de vinil premium 3M Scotch Super 33+ negra 19 mm x 20 m", family=ELECTRICO,
        brand="3M", uom="PZA", pack_qty=10, base_price=price("89.00"),
        attrs={"type": "cinta_aislar", "linea": "super33", "color": "negro"}, aliases=["Super 33+", "Scotch 33"],
    ))  # fmt: skip
    out[-1].sku = "3M-SUPER33"
    return out


def abrasivos() -> list[Product]:
    out = []
    for diam, espesores in (("4-1/2", ("1.0", "1.6", "3.2")), ("7", ("1.6", "3.2")), ("9", ("2.0", "3.2")),
                            ("14", ("3.2",))):
        for esp in espesores:
            for brand in ("Austromex", "Fandeli"):
                out.append(Product(
                    key=f"corte|{diam}|{esp}|{brand}", name=f"DISCO DE CORTE METAL {diam} X {esp}MM {brand.upper()}",
                    description=f"Disco abrasivo de corte para metal {diam} pulg x {esp} mm, flecha 7/8, {brand}",
                    family=ABRASIVOS, brand=brand, uom="PZA", pack_qty=25,
                    base_price=price(round({"4-1/2": 18, "7": 32, "9": 45, "14": 110}[diam] * (1.1 if esp == "3.2" else 1), 2)),
                    attrs={"type": "disco_corte", "diametro": diam, "espesor": esp},
                    aliases=[f"cut-off wheel {diam} x {esp}mm"],
                ))  # fmt: skip
                out[-1].sku = f"{brand[:3].upper()}-DC{_slug(diam)}{esp.replace('.', '')}"
    for diam in ("4-1/2", "7", "9"):
        for brand in ("Austromex", "Fandeli"):
            out.append(Product(
                key=f"desbaste|{diam}|{brand}", name=f"DISCO DE DESBASTE METAL {diam} X 1/4 {brand.upper()}",
                description=f"Disco abrasivo de desbaste para metal {diam} pulg x 1/4 pulg centro deprimido, {brand}",
                family=ABRASIVOS, brand=brand, uom="PZA", pack_qty=25,
                base_price=price({"4-1/2": 28, "7": 55, "9": 72}[diam]),
                attrs={"type": "disco_desbaste", "diametro": diam}, aliases=[f"grinding wheel {diam}"],
            ))  # fmt: skip
            out[-1].sku = f"{brand[:3].upper()}-DD{_slug(diam)}"
    for grano in ("40", "60", "80", "120"):
        for brand in ("Austromex", "Fandeli"):
            out.append(Product(
                key=f"flap|{grano}|{brand}", name=f"DISCO FLAP 4-1/2 GRANO {grano} {brand.upper()}",
                description=f"Disco laminado (flap) de oxido de zirconio 4-1/2 pulg grano {grano}, {brand}",
                family=ABRASIVOS, brand=brand, uom="PZA", pack_qty=10, base_price=price(46),
                attrs={"type": "disco_flap", "grano": grano}, aliases=[f"flap disc 4-1/2 {grano} grit"],
            ))  # fmt: skip
            out[-1].sku = f"{brand[:3].upper()}-FL45{grano}"
    for grano in ("80", "100", "120", "150", "220", "320", "400", "600", "1000", "1500"):
        out.append(Product(
            key=f"lija_agua|{grano}", name=f"LIJA DE AGUA GRANO {grano} FANDELI",
            description=f"Hoja de lija de agua (carburo de silicio) grano {grano} 9 x 11 pulg, Fandeli",
            family=ABRASIVOS, brand="Fandeli", uom="PZA", pack_qty=50, base_price=price("7.20"),
            attrs={"type": "lija_agua", "grano": grano}, aliases=[f"wet dry sandpaper {grano} grit"],
        ))  # fmt: skip
        out[-1].sku = f"FAN-LA{grano}"
    for grano in ("36", "50", "80", "120"):
        out.append(Product(
            key=f"lija_tela|{grano}", name=f"LIJA DE ESMERIL (TELA) GRANO {grano} FANDELI",
            description=f"Hoja de lija de tela esmeril oxido de aluminio grano {grano}, Fandeli",
            family=ABRASIVOS, brand="Fandeli", uom="PZA", pack_qty=50, base_price=price("12.40"),
            attrs={"type": "lija_tela", "grano": grano}, aliases=[f"emery cloth {grano} grit"],
        ))  # fmt: skip
        out[-1].sku = f"FAN-LT{grano}"
    for electrodo in ("6013", "7018"):
        for diam in ("3/32", "1/8", "5/32"):
            for brand in ("Infra", "Lincoln"):
                out.append(Product(
                    key=f"electrodo|{electrodo}|{diam}|{brand}",
                    name=f"ELECTRODO E{electrodo} {diam} {brand.upper()} (KG)",
                    description=f"Soldadura electrodo revestido E-{electrodo} {diam} pulg, {brand}, venta por kilo",
                    family=ABRASIVOS, brand=brand, uom="KG", base_price=price(68 + (12 if electrodo == "7018" else 0)),
                    attrs={"type": "electrodo", "clase": electrodo, "diametro": diam},
                    aliases=[f"welding rod E{electrodo} {diam}"],
                ))  # fmt: skip
                out[-1].sku = f"{brand[:3].upper()}-E{electrodo}-{_slug(diam)}"
    return out


LLAVES_STD = ("3/8", "7/16", "1/2", "9/16", "5/8", "11/16", "3/4", "13/16", "7/8", "15/16", "1")
LLAVES_MM = ("8", "10", "11", "12", "13", "14", "15", "17", "19", "22", "24")
BROCAS = ("1/8", "5/32", "3/16", "7/32", "1/4", "5/16", "3/8", "7/16", "1/2")
PREFIX = {"Truper": "TRU", "Urrea": "URR", "Surtek": "SUR"}


def _vendor_code(brand: str, key: str, taken: set[str]) -> str:
    attempt = 0
    while True:
        n = 10000 + int(unit(key, "vendor", str(attempt)) * 89999)
        code = f"{PREFIX[brand]}-{n}"
        if code not in taken:
            taken.add(code)
            return code
        attempt += 1


def herramienta() -> list[Product]:
    out: list[Product] = []
    taken: set[str] = set()

    def add(p: Product) -> None:
        p.sku = _vendor_code(p.brand, p.key, taken)
        p.aliases.insert(0, p.sku.split("-")[1])
        out.append(p)

    for brand in ("Urrea", "Truper"):
        for sistema, sizes, unit_ in (("std", LLAVES_STD, "pulg"), ("mm", LLAVES_MM, "mm")):
            for s in sizes:
                add(Product(
                    key=f"llave|{sistema}|{s}|{brand}",
                    name=f"LLAVE COMBINADA {s}{'' if sistema == 'std' else 'MM'} {brand.upper()}",
                    description=f"Llave combinada (espada y estria) {s} {unit_} cromo vanadio, {brand}",
                    family=HERRAMIENTA, brand=brand, uom="PZA",
                    base_price=price(round(45 + sizes.index(s) * 9 * (1.3 if brand == "Urrea" else 1), 2)),
                    attrs={"type": "llave_combinada", "sistema": sistema, "medida": s},
                    aliases=[f"combination wrench {s}{'' if sistema == 'std' else ' mm'}"],
                ))  # fmt: skip
        for sistema, piezas in (("std", "11"), ("mm", "11")):
            add(Product(
                key=f"juego_llaves|{sistema}|{brand}",
                name=f"JUEGO DE LLAVES COMBINADAS {piezas} PZAS {'STD' if sistema == 'std' else 'MM'} {brand.upper()}",
                description=f"Juego de {piezas} llaves combinadas {'estandar 3/8 a 1 pulg' if sistema == 'std' else 'milimetricas 8 a 24 mm'} con estuche, {brand}",
                family=HERRAMIENTA, brand=brand, uom="JGO", base_price=price(1450 if brand == "Urrea" else 980),
                attrs={"type": "juego_llaves", "sistema": sistema}, aliases=[f"combination wrench set {sistema}"],
            ))  # fmt: skip
        add(Product(
            key=f"juego_dados|1/2|{brand}", name=f"JUEGO DE DADOS CUADRO 1/2 STD 24 PZAS {brand.upper()}",
            description=f"Juego de dados cuadro de 1/2 pulg estandar con matraca, 24 piezas, {brand}",
            family=HERRAMIENTA, brand=brand, uom="JGO", base_price=price(2100 if brand == "Urrea" else 1350),
            attrs={"type": "juego_dados", "cuadro": "1/2"}, aliases=["1/2 drive socket set"],
        ))  # fmt: skip
    for brand in ("Surtek", "Truper"):
        for b in BROCAS:
            add(Product(
                key=f"broca|{b}|{brand}", name=f"BROCA HSS PARA METAL {b} {brand.upper()}",
                description=f"Broca de acero alta velocidad para metal {b} pulg zanco recto, {brand}",
                family=HERRAMIENTA, brand=brand, uom="PZA", pack_qty=10 if BROCAS.index(b) < 5 else 1,
                base_price=price(round(18 + BROCAS.index(b) * 11, 2)),
                attrs={"type": "broca", "medida": b}, aliases=[f"HSS drill bit {b}"],
            ))  # fmt: skip
        add(Product(
            key=f"juego_brocas|{brand}", name=f"JUEGO DE BROCAS HSS 1/16 A 1/2 29 PZAS {brand.upper()}",
            description=f"Juego de 29 brocas HSS para metal de 1/16 a 1/2 pulg en estuche metalico, {brand}",
            family=HERRAMIENTA, brand=brand, uom="JGO", base_price=price(890),
            attrs={"type": "juego_brocas"}, aliases=["29 pc drill bit set"],
        ))  # fmt: skip
    for brand in ("Urrea", "Truper", "Surtek"):
        for tipo, es, en, medida in (("pinza_electricista", "PINZA DE ELECTRICISTA", "lineman pliers", "8"),
                                     ("pinza_presion", "PINZA DE PRESION", "locking pliers", "10"),
                                     ("pinza_corte", "PINZA DE CORTE DIAGONAL", "diagonal cutters", "7"),
                                     ("pinza_punta", "PINZA DE PUNTA", "long nose pliers", "8")):
            add(Product(
                key=f"{tipo}|{brand}", name=f"{es} {medida} PULG {brand.upper()}",
                description=f"{es.capitalize()} {medida} pulg mango de plastico, {brand}", family=HERRAMIENTA,
                brand=brand, uom="PZA", base_price=price(round(160 + len(tipo) * 3, 2)),
                attrs={"type": tipo, "medida": medida}, aliases=[f"{medida} in {en}"],
            ))  # fmt: skip
        for punta in ("plano", "phillips"):
            for medida in ("1/4 x 4", "5/16 x 6", "3/8 x 8"):
                add(Product(
                    key=f"desarmador|{punta}|{medida}|{brand}",
                    name=f"DESARMADOR {punta.upper()} {medida.upper()} {brand.upper()}",
                    description=f"Desarmador punta {punta} {medida} pulg mango de acetato, {brand}",
                    family=HERRAMIENTA, brand=brand, uom="PZA", base_price=price(round(55 + len(medida) * 4, 2)),
                    attrs={"type": "desarmador", "punta": punta, "medida": medida},
                    aliases=[f"{'flat' if punta == 'plano' else 'phillips'} screwdriver {medida}"],
                ))  # fmt: skip
    for brand in ("Truper", "Urrea"):
        add(Product(
            key=f"martillo|16|{brand}", name=f"MARTILLO DE UNA 16 OZ {brand.upper()}",
            description=f"Martillo de una curva 16 oz mango de fibra de vidrio, {brand}", family=HERRAMIENTA,
            brand=brand, uom="PZA", base_price=price(240), attrs={"type": "martillo", "peso": "16oz"},
            aliases=["16 oz claw hammer"],
        ))  # fmt: skip
        add(Product(
            key=f"marro|4|{brand}", name=f"MARRO OCTAGONAL 4 LB {brand.upper()}",
            description=f"Marro octagonal 4 libras mango de madera, {brand}", family=HERRAMIENTA,
            brand=brand, uom="PZA", base_price=price(310), attrs={"type": "marro", "peso": "4lb"},
            aliases=["4 lb sledge hammer"],
        ))  # fmt: skip
    return out


def products() -> list[Product]:
    return baleros() + tornilleria() + valvulas() + electrico() + abrasivos() + herramienta()
