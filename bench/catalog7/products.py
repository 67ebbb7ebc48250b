"""Catalog 7's products by family: Portuguese Protheus names, Spanish (Peru) descriptions.

Every product carries the facts a buyer's words can pin in `attrs` (`type=rodamiento|
designacion=6204|sello=2RS|…`). Item codes are `FF.GG.NNNNN`: two digits of the family, two of
the group (the kind of item inside it) and five of a sequence fixed by a hash of the product's
key, with leading zeros, unique over the whole catalog (`10.01.00487`). Makers' references and,
for some brands, EAN-13 bar codes are `aliases`.
"""

from __future__ import annotations

from bench.blind.items import Items, hashed_numbers
from bench.catalog4.model import Product

ROLAMENTOS = "Rolamentos"
FIXACAO = "Fixação"
ELETRICA = "Elétrica"
TRANSMISSAO = "Transmissão"
HIDRAULICA = "Hidráulica"
FERRAMENTAS = "Ferramentas"
ABRASIVOS = "Abrasivos"
SOLDAGEM = "Soldagem"

FAMILY_CODE = {ROLAMENTOS: 10, FIXACAO: 20, ELETRICA: 30, TRANSMISSAO: 40, HIDRAULICA: 50,
               FERRAMENTAS: 60, ABRASIVOS: 70, SOLDAGEM: 80}  # fmt: skip
# GS1 prefixes of each maker's country (bar codes are aliases: buyers copy them from labels).
EAN_PREFIX = {"SKF": "7316", "NSK": "4960", "Timken": "0536", "WEG": "7891", "Siemens": "4011", "ABB": "4013",
              "3M": "7891", "Gates": "7898", "Tupy": "7896", "Gedore": "7896", "Stanley": "0766", "Truper": "7501",
              "Norton": "7891", "Soldexa": "7750", "Ciser": "7897", "Kitz": "4954"}  # fmt: skip
item = Items(EAN_PREFIX, "ean7")


def pname(size: str) -> str:
    """An inch size as Protheus prints it: `1-1/2` → `1.1/2`."""
    return size.replace("-", ".")


BALL = {
    "6000": (10, 26, 8), "6002": (15, 32, 9), "6004": (20, 42, 12), "6005": (25, 47, 12), "6006": (30, 55, 13),
    "6008": (40, 68, 15), "6200": (10, 30, 9), "6201": (12, 32, 10), "6202": (15, 35, 11), "6203": (17, 40, 12),
    "6204": (20, 47, 14), "6205": (25, 52, 15), "6206": (30, 62, 16), "6207": (35, 72, 17), "6208": (40, 80, 18),
    "6210": (50, 90, 20), "6212": (60, 110, 22), "6302": (15, 42, 13), "6304": (20, 52, 15), "6305": (25, 62, 17),
    "6306": (30, 72, 19), "6308": (40, 90, 23), "6310": (50, 110, 27),
}  # fmt: skip
# Each maker's suffix for the seal, as its catalogue and the house's names print it.
SEAL_SUFFIX = {"SKF": {"aberto": "", "2RS": "-2RSH", "ZZ": "-2Z"},  # only 2RSH and DDU are one maker's own
               "NSK": {"aberto": "", "2RS": "DDU", "ZZ": "ZZ"},
               "ZWZ": {"aberto": "", "2RS": "-2RS", "ZZ": "-ZZ"}}  # fmt: skip
SEAL_DESC = {"aberto": "abierto", "2RS": "con dos sellos de caucho (2RS)", "ZZ": "con dos tapas metálicas (ZZ)"}


def rolamentos() -> list[Product]:
    out = []
    for d, (bore, od, width) in BALL.items():
        for brand in ("SKF", "NSK", "ZWZ"):
            for sello in ("aberto", "2RS", "ZZ"):
                ref = f"{d}{SEAL_SUFFIX[brand][sello]}"
                base = (bore * 2.1 + od * 0.9 + (6 if sello != "aberto" else 0)) * {"SKF": 1.5, "NSK": 1.35, "ZWZ": 0.6}[brand]
                out.append(item(
                    f"rol|{d}|{sello}|{brand}", f"ROLAM RIG ESF {ref} {brand}",
                    f"Rodamiento rígido de bolas {d} {SEAL_DESC[sello]}, {bore}x{od}x{width} mm, {brand}",
                    ROLAMENTOS, brand, "PC", base,
                    {"type": "rodamiento", "designacion": d, "sello": sello, "bore_mm": str(bore)},
                    [ref] if sello == "2RS" and brand != "ZWZ" else [], ean=brand in ("SKF", "NSK"),
                ))  # fmt: skip
    for d, bore in (("30203", 17), ("30204", 20), ("30205", 25), ("30206", 30), ("30207", 35), ("30208", 40),
                    ("30210", 50), ("32206", 30), ("32207", 35), ("32208", 40)):
        for brand in ("SKF", "Timken"):
            out.append(item(
                f"con|{d}|{brand}", f"ROLAM ROL CONICO {d}{' J2/Q' if brand == 'SKF' else ''} {brand.upper()}",
                f"Rodamiento de rodillos cónicos {d} (cono y taza), {bore} mm de diámetro interior, {brand}",
                ROLAMENTOS, brand, "PC", (bore * 3.4 + 40) * (1.15 if brand == "SKF" else 1),
                {"type": "conico", "designacion": d}, [f"{d} J2/Q"] if brand == "SKF" else [], ean=True,
            ))  # fmt: skip
    # Timken's inch cone-and-cup sets: buyers in mining and trucking name them by set number.
    for n, cone, cup, bore in (("1", "LM11749", "LM11710", '11/16"'), ("2", "LM11949", "LM11910", '3/4"'),
                               ("3", "M12649", "M12610", '7/8"'), ("4", "L44649", "L44610", '1-1/16"'),
                               ("5", "L68149", "L68111", '1-3/8"'), ("6", "L44643", "L44610", '1"')):
        out.append(item(
            f"set|{n}", f"ROLAM ROL CONICO SET{n} {cone}/{cup[-2:]} TIMKEN",
            f"Rodamiento de rodillos cónicos en pulgadas, juego cono y taza SET {n} ({cone}/{cup}), eje {bore}, Timken",
            ROLAMENTOS, "Timken", "PC", 55 + int(n) * 9, {"type": "conico", "designacion": f"SET{n}"},
            [f"{cone}/{cup}"], ean=True,
        ))  # fmt: skip
    units = (("205", "25mm", "25", ""), ("206", "30mm", "30", ""), ("207", "35mm", "35", ""), ("208", "40mm", "40", ""),
             ("210", "50mm", "50", ""), ("205", "1in", "", "-16"), ("206", "1-1/4in", "", "-20"),
             ("207", "1-1/4in", "", "-20"), ("208", "1-1/2in", "", "-24"))
    for serie, montaje, pt, es in (("UCP", "piso", "MANCAL PE", "de piso"), ("UCF", "brida", "MANCAL FLANGE 4F", "de pared (brida 4 pernos)")):
        for n, eje, mm, inch in units:
            ref = f"{serie}{n}{inch}"
            eje_es = f"{mm} mm" if mm else f"{eje[:-2]} pulg"
            for brand in ("FYH", "SKF"):
                skf = f"{'SY' if serie == 'UCP' else 'FY'} {mm} TF" if mm else f"{'SY' if serie == 'UCP' else 'FY'} {pname(eje[:-2])} TF/{n}"
                out.append(item(
                    f"chu|{ref}|{brand}", f"{pt} {ref} {brand}",
                    f"Chumacera {es} {ref} con rodamiento UC{n}{inch} para eje de {eje_es}, {brand}",
                    ROLAMENTOS, brand, "PC", (int(n) - 190) * 4.2 * (1.6 if brand == "SKF" else 1),
                    {"type": "chumacera", "montaje": montaje, "serie": ref, "eje": eje},
                    [skf] if brand == "SKF" else [],
                ))  # fmt: skip
    return out


INCH = ("1/4", "5/16", "3/8", "1/2", "5/8", "3/4")
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
LARGOS = ("1", "1-1/2", "2", "3", "4")
METRIC = {"M8": "1,25", "M10": "1,5", "M12": "1,75", "M16": "2"}


def fixacao() -> list[Product]:
    out = []
    for grado, acab, acab_es in (("5", "ZB", "zincado"), ("8", "ZA", "zincado amarillo")):
        for dia in INCH:
            for largo in LARGOS:
                if dia in ("1/4", "5/16") and largo in ("4",):
                    continue
                out.append(item(
                    f"perno|{grado}|{dia}|{largo}", f"PARAF SEXT UNC {dia}X{pname(largo)} G{grado} {acab} CISER",
                    f"Perno hexagonal UNC {dia}-{UNC[dia]} x {largo} pulg grado {grado} {acab_es}, Ciser",
                    FIXACAO, "Ciser", "PC", (0.12 + INCH.index(dia) * 0.18 + LARGOS.index(largo) * 0.09) * (1.7 if grado == "8" else 1),
                    {"type": "perno", "sistema": "pulg", "grado": grado, "diametro": dia, "largo": largo},
                    pack=100 if INCH.index(dia) < 3 else 50, ean=True,
                ))  # fmt: skip
    for m, pitch in METRIC.items():
        for largo in ("30", "40", "50", "60"):
            out.append(item(
                f"pernomm|{m}|{largo}", f"PARAF SEXT {m}X{pitch}X{largo} 8.8 ZB CISER",
                f"Perno hexagonal métrico {m} x {pitch.replace(',', '.')} x {largo} mm clase 8.8 zincado, Ciser",
                FIXACAO, "Ciser", "PC", 0.2 + int(m[1:]) * 0.05 + int(largo) * 0.004,
                {"type": "perno", "sistema": "mm", "grado": "8.8", "diametro": m, "largo": largo}, pack=50,
            ))  # fmt: skip
    for dia in (*INCH, *METRIC):
        sistema = "mm" if dia.startswith("M") else "pulg"
        thread = " UNC" if sistema == "pulg" else ""
        for brand in ("Ciser", "Würth"):
            out.append(item(
                f"tuerca|{dia}|{brand}", f"PORCA SEXT{thread} {dia} ZB {brand.upper().replace('Ü', 'U')}",
                f"Tuerca hexagonal {dia}{thread} zincada, {brand}", FIXACAO, brand, "PC", (0.05 + len(dia) * 0.02) * (1.3 if brand == "Würth" else 1),
                {"type": "tuerca", "sistema": sistema, "diametro": dia}, pack=100,
            ))  # fmt: skip
        for tipo, pt, es in (("arandela_plana", "ARRUELA LISA", "Arandela plana"), ("arandela_presion", "ARRUELA PRESSAO", "Arandela de presión")):
            out.append(item(
                f"{tipo}|{dia}", f"{pt} {dia} ZB CISER", f"{es} {dia} de acero zincado, Ciser", FIXACAO, "Ciser", "PC",
                0.03 + len(dia) * 0.01, {"type": tipo, "sistema": sistema, "diametro": dia}, pack=100,
            ))  # fmt: skip
    for calibre in ("10", "12", "14"):
        for largo in ("3/4", "1", "1-1/2", "2"):
            out.append(item(
                f"autop|{calibre}|{largo}", f"PARAF AUTOBROC SEXT {calibre}X{pname(largo)} CX100 WURTH",
                f"Tornillo autoperforante cabeza hexagonal {calibre} x {largo} pulg, caja de 100, Würth",
                FIXACAO, "Würth", "CX", 9 + int(calibre) * 0.6 + len(largo) * 1.1,
                {"type": "autoperforante", "calibre": calibre, "largo": largo},
            ))  # fmt: skip
    for dia, largos in (("3/8", ("3", "4")), ("1/2", ("4", "5-1/2")), ("5/8", ("4-1/2", "6"))):
        for largo in largos:
            for brand in ("Würth", "Hilti"):
                ref = f"KB-TZ {dia}x{largo}" if brand == "Hilti" else f"W-FAZ {dia}x{largo}"
                out.append(item(
                    f"anclaje|{dia}|{largo}|{brand}", f"CHUMBADOR PARABOLT {dia}X{pname(largo)} {brand.upper().replace('Ü', 'U')}",
                    f"Perno de anclaje expansivo (tipo parabolt) {dia} x {largo} pulg para concreto, {brand}",
                    FIXACAO, brand, "PC", (1.2 + INCH.index(dia) * 0.7 + len(largo) * 0.2) * (1.5 if brand == "Hilti" else 1),
                    {"type": "anclaje", "diametro": dia, "largo": largo}, [ref], pack=25,
                ))  # fmt: skip
    return out


AMPS = ("6", "10", "16", "20", "25", "32", "40", "50", "63")
AWG_MM2 = {"14": "2.5", "12": "4", "10": "6", "8": "10"}
COR = {"negro": "PRETO", "rojo": "VERMELHO", "blanco": "BRANCO", "verde": "VERDE", "azul": "AZUL", "amarillo": "AMARELO"}


def eletrica() -> list[Product]:
    out = []
    for polos in ("1", "2", "3"):
        for a in AMPS:
            for brand in ("Siemens", "ABB"):
                ref = f"5SL6{polos}{int(a):02d}-7" if brand == "Siemens" else f"S20{polos}-C{a}"
                out.append(item(
                    f"termica|{polos}|{a}|{brand}", f"DISJ TERMOMAG {polos}P C{a} 6KA {brand.upper()}",
                    f"Interruptor termomagnético {polos} polo{'s' if polos != '1' else ''} {a} A curva C 6 kA riel DIN, {brand}",
                    ELETRICA, brand, "PC", (int(polos) * 11 + int(a) * 0.2) * (1.2 if brand == "ABB" else 1),
                    {"type": "termica", "polos": polos, "amperes": a}, [ref], ean=True,
                ))  # fmt: skip
    for polos in ("2", "4"):
        for a in ("25", "40", "63"):
            for brand in ("Siemens", "ABB"):
                ref = f"5SV3{'3' if polos == '2' else '6'}1{2 if a == '25' else 4 if a == '40' else 6}-6" if brand == "Siemens" else f"F20{polos}AC-{a}/0.03"
                out.append(item(
                    f"dif|{polos}|{a}|{brand}", f"INTERR DIF {polos}P {a}A 30MA {brand.upper()}",
                    f"Interruptor diferencial {polos} polos {a} A 30 mA clase AC, {brand}",
                    ELETRICA, brand, "PC", (int(polos) * 40 + int(a) * 0.8) * (1.1 if brand == "ABB" else 1),
                    {"type": "diferencial", "polos": polos, "amperes": a}, [ref], ean=True,
                ))  # fmt: skip
    siemens = {"9": "3RT2016", "12": "3RT2017", "18": "3RT2026", "25": "3RT2028", "32": "3RT2036", "40": "3RT2037"}
    for a in ("9", "12", "18", "25", "32", "40"):
        for bobina, tension, weg, sie in (("220", "220VCA", "V26", "AN21"), ("440", "440VCA", "V45", "AR61"), ("24", "24VCC", "C03", "BB40")):
            for brand in ("WEG", "Siemens"):
                ref = f"CWM{a}-10-30{weg}" if brand == "WEG" else f"{siemens[a]}-1{sie}"
                frame = f"CWM{a}" if brand == "WEG" else siemens[a]
                out.append(item(
                    f"contactor|{a}|{bobina}|{brand}", f"CONTATOR {frame} {a}A {tension} 1NA {brand.upper()}",
                    f"Contactor tripolar {a} A AC-3 con 1 contacto NA, bobina {bobina} V "
                    f"{'corriente continua' if bobina == '24' else '60 Hz'}, {brand}",
                    ELETRICA, brand, "PC", 60 + int(a) * 3.5 + (25 if bobina == "24" else 0),
                    {"type": "contactor", "amperes": a, "bobina": bobina}, [ref], ean=brand == "WEG",
                ))  # fmt: skip
    for rango, weg, sie in (("1.8-2.8", "RW27-1D3-U028", "3RU2116-1DB0"), ("2.8-4", "RW27-1D3-D040", "3RU2116-1EB0"),
                            ("4-6.3", "RW27-1D3-D063", "3RU2116-1GB0"), ("5.6-8", "RW27-1D3-D080", "3RU2116-1HB0"),
                            ("7-10", "RW27-1D3-U010", "3RU2116-1JB0"), ("10-15", "RW27-1D3-U015", "3RU2126-4AB0"),
                            ("15-23", "RW27-1D3-U023", "3RU2126-4CB0")):
        for brand, ref in (("WEG", weg), ("Siemens", sie)):
            out.append(item(
                f"rele|{rango}|{brand}", f"RELE SOBRECARGA {rango.replace('.', ',')}A {brand.upper()}",
                f"Relé térmico de sobrecarga regulable {rango} A, {brand}", ELETRICA, brand, "PC",
                70 + float(rango.split("-")[1]) * 1.5, {"type": "rele", "rango": rango}, [ref],
            ))  # fmt: skip
    for awg, mm2 in AWG_MM2.items():
        for color in ("negro", "rojo", "blanco", "verde"):
            for brand in ("Indeco", "Celsa"):
                out.append(item(
                    f"thw|{awg}|{color}|{brand}", f"CABO THW-90 {awg}AWG {COR[color]} {brand.upper()}",
                    f"Cable THW-90 {awg} AWG ({mm2} mm²) color {color}, venta por metro, {brand}",
                    ELETRICA, brand, "MT", {"14": 0.9, "12": 1.4, "10": 2.2, "8": 3.6}[awg] * (1.08 if brand == "Indeco" else 1),
                    {"type": "cable", "norma": "THW", "calibre": f"{awg}awg", "color": color},
                ))  # fmt: skip
    for mm2 in ("2.5", "4", "6", "10"):
        for color in ("negro", "rojo", "azul"):
            for brand in ("Indeco", "Celsa"):
                out.append(item(
                    f"nh80|{mm2}|{color}|{brand}", f"CABO LSOH NH-80 {mm2.replace('.', ',')}MM2 {COR[color]} {brand.upper()}",
                    f"Cable libre de halógenos NH-80 {mm2} mm² color {color}, venta por metro, {brand}",
                    ELETRICA, brand, "MT", {"2.5": 1.3, "4": 1.9, "6": 2.8, "10": 4.4}[mm2],
                    {"type": "cable", "norma": "NH80", "calibre": f"{mm2}mm2", "color": color},
                ))  # fmt: skip
    for f in ("2x14", "3x14", "2x12", "3x12", "3x10"):
        out.append(item(
            f"nmt|{f}", f"CABO PP NMT {f.upper()}AWG INDECO",
            f"Cable vulcanizado NMT {f} AWG (mellizo/encauchetado), venta por metro, Indeco", ELETRICA, "Indeco", "MT",
            2 + int(f[0]) * 0.9 + (14 - int(f[2:])) * 0.5, {"type": "cable_nmt", "formacion": f},
        ))  # fmt: skip
    for color in ("negro", "rojo", "azul", "verde", "blanco", "amarillo"):
        out.append(item(
            f"cinta|1600|{color}", f"FITA ISOL TEMFLEX 1600 19MMX20M {COR[color]} 3M",
            f"Cinta aislante de PVC Temflex 1600 color {color}, 19 mm x 20 m, 3M", ELETRICA, "3M", "PC", 4.5,
            {"type": "cinta", "linea": "temflex", "color": color}, pack=10, ean=True,
        ))  # fmt: skip
    out.append(item(
        "cinta|33|negro", "FITA ISOL SCOTCH 33+ 19MMX20M PRETO 3M",
        "Cinta aislante premium Scotch Super 33+ negra, 19 mm x 20 m, 3M", ELETRICA, "3M", "PC", 19,
        {"type": "cinta", "linea": "33", "color": "negro"}, ["Super 33+"], pack=10, ean=True,
    ))  # fmt: skip
    out.append(item(
        "cinta|23|negro", "FITA AUTOFUSAO SCOTCH 23 19MMX9M 3M",
        "Cinta autofundente de caucho Scotch 23, 19 mm x 9 m, 3M", ELETRICA, "3M", "PC", 32,
        {"type": "cinta", "linea": "23", "color": "negro"}, ["Scotch 23"], pack=10, ean=True,
    ))  # fmt: skip
    for hp in ("1", "2", "3", "5", "7.5", "10", "15", "20"):
        for rpm, polos in (("1800", "4"), ("3600", "2")):
            cv = hp.replace(".", ",")
            out.append(item(
                f"motor|{hp}|{rpm}", f"MOTOR TRIF W22 IE3 {cv}CV {polos}P 220/380/440V WEG",
                f"Motor eléctrico trifásico WEG W22 IE3 {hp} HP {polos} polos {rpm} rpm 220/380/440 V 60 Hz",
                ELETRICA, "WEG", "PC", 420 + float(hp) * 160, {"type": "motor", "hp": hp, "rpm": rpm}, ean=True,
            ))  # fmt: skip
    return out


FAJAS = {"A": ("30", "33", "35", "38", "40", "42", "45", "48", "51", "55", "60"),
         "B": ("38", "42", "46", "50", "55", "60", "68", "75", "85"),
         "C": ("60", "75", "90", "105", "120")}  # fmt: skip
CADENAS = ("35", "40", "50", "60", "80")


def transmissao() -> list[Product]:
    out = []
    for perfil, numeros in FAJAS.items():
        for n in numeros:
            for brand in ("Gates", "Optibelt"):
                outside = int(n) + {"A": 2, "B": 3, "C": 4}[perfil]
                gates = {"A": f"4L{outside}0", "B": f"5L{outside}0", "C": ""}[perfil] if brand == "Gates" else ""
                out.append(item(
                    f"faja|{perfil}{n}|{brand}", f"CORREIA V {perfil}-{n} {brand.upper()}",
                    f"Faja en V sección {perfil} número {n}, {brand}", TRANSMISSAO, brand, "PC",
                    (6 + int(n) * 0.22) * {"A": 1, "B": 1.4, "C": 2.2}[perfil] * (1.1 if brand == "Gates" else 1),
                    {"type": "faja", "perfil": perfil, "numero": n}, [gates] if gates else [], ean=brand == "Gates",
                ))  # fmt: skip
    for paso in CADENAS:
        for hileras in ("1", "2") if paso in ("40", "50", "60") else ("1",):
            for brand in ("Tsubaki", "Donghua"):
                out.append(item(
                    f"cadena|{paso}-{hileras}|{brand}", f"CORRENTE ROLOS ASA {paso}-{hileras} {brand.upper()}",
                    f"Cadena de rodillos ANSI {paso}-{hileras} ({'simple' if hileras == '1' else 'doble'}), venta por metro, {brand}",
                    TRANSMISSAO, brand, "MT", (14 + CADENAS.index(paso) * 7) * int(hileras) * (1.6 if brand == "Tsubaki" else 1),
                    {"type": "cadena", "paso": paso, "hileras": hileras},
                    [f"RS{paso}-{hileras}" if hileras == "2" else f"RS{paso}-1R"] if brand == "Tsubaki" else [],
                ))  # fmt: skip
        out.append(item(
            f"candado|{paso}", f"ELO EMENDA ASA {paso}-1 TSUBAKI",
            f"Eslabón de unión (candado) para cadena ANSI {paso} simple, Tsubaki", TRANSMISSAO, "Tsubaki", "PC",
            2 + CADENAS.index(paso) * 1.2, {"type": "candado", "paso": paso}, pack=10,
        ))  # fmt: skip
    return out


PIPE = ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
PECAS = (("codo90", "COTOVELO 90", "Codo 90°"), ("codo45", "COTOVELO 45", "Codo 45°"), ("tee", "TE", "Tee"),
         ("union", "LUVA", "Unión simple (copla)"), ("universal", "UNIAO", "Unión universal"),
         ("tapon", "TAMPAO", "Tapón hembra"), ("niple", "NIPLE DUPLO", "Niple"))  # fmt: skip


def hidraulica() -> list[Product]:
    out = []
    for size in PIPE:
        out.append(item(
            f"tubo|galv|{size}", f"TUBO GALV {pname(size)} X 6,40M TUPEMESA",
            f"Tubo de fierro galvanizado {size} pulg, barra de 6.40 m, Tupemesa", HIDRAULICA, "Tupemesa", "PC",
            38 + PIPE.index(size) * 21, {"type": "tubo", "material": "galvanizado", "medida": size},
        ))  # fmt: skip
    for pieza, pt, es in PECAS:
        for acabado, ac, ac_es in (("galvanizado", "GALV", "galvanizado"), ("negro", "PRETO", "negro")):
            for size in PIPE:
                out.append(item(
                    f"acc|{pieza}|{acabado}|{size}", f"{pt} {ac} {pname(size)} BSP TUPY",
                    f"{es} de fierro maleable {ac_es} {size} pulg rosca BSP, Tupy",
                    HIDRAULICA, "Tupy", "PC", (PIPE.index(size) + 1) ** 1.5 * 2.1 + (5 if pieza == "universal" else 0),
                    {"type": pieza, "acabado": acabado, "medida": size}, pack=10, ean=acabado == "galvanizado",
                ))  # fmt: skip
    for mayor, menor in (("3/4", "1/2"), ("1", "1/2"), ("1", "3/4"), ("1-1/4", "1"), ("1-1/2", "1"), ("2", "1-1/2")):
        out.append(item(
            f"bushing|{mayor}|{menor}", f"BUCHA RED GALV {pname(mayor)}X{pname(menor)} BSP TUPY",
            f"Reducción bushing de fierro maleable galvanizado {mayor} x {menor} pulg, Tupy", HIDRAULICA, "Tupy", "PC",
            (PIPE.index(mayor) + 1) * 1.9, {"type": "bushing", "mayor": mayor, "menor": menor}, pack=10,
        ))  # fmt: skip
    for size in ("1/2", "3/4", "1", "1-1/2", "2"):
        for brand in ("Pavco", "Nicoll"):
            out.append(item(
                f"tubo|pvc|{size}|{brand}", f"TUBO PVC SAP C-10 {pname(size)} X 5M {brand.upper()}",
                f"Tubo de PVC SAP clase 10 {size} pulg rosca, 5 m, {brand}", HIDRAULICA, brand, "PC",
                9 + PIPE.index(size) * 6, {"type": "tubo", "material": "pvc", "medida": size},
            ))  # fmt: skip
            for pieza, pt, es in (("codo90", "JOELHO 90", "Codo 90°"), ("tee", "TE", "Tee"), ("union", "LUVA", "Unión")):
                out.append(item(
                    f"pvc|{pieza}|{size}|{brand}", f"{pt} PVC SAP {pname(size)} ROSCA {brand.upper()}",
                    f"{es} de PVC SAP {size} pulg roscado, {brand}", HIDRAULICA, brand, "PC",
                    0.8 + PIPE.index(size) * 0.9, {"type": pieza, "acabado": "pvc", "medida": size}, pack=25,
                ))  # fmt: skip
    for size in PIPE:
        for brand in ("Kitz", "Cim"):
            ref = f"KITZ AKTH {size}" if brand == "Kitz" else f"CIM 80 {size}"
            out.append(item(
                f"bola|{size}|{brand}", f"REGISTRO ESFERA LATAO {pname(size)} NPT {brand.upper()}",
                f"Válvula de bola de bronce {size} pulg rosca NPT paso completo, {brand}", HIDRAULICA, brand, "PC",
                (PIPE.index(size) + 1) ** 1.6 * 14 * (1.25 if brand == "Kitz" else 1),
                {"type": "valvula_bola", "medida": size}, [ref], ean=brand == "Kitz",
            ))  # fmt: skip
        for tipo, pt, es in (("valvula_compuerta", "REGISTRO GAVETA", "Válvula de compuerta"), ("valvula_check", "VALV RETENCAO", "Válvula check (retención)")):
            out.append(item(
                f"{tipo}|{size}", f"{pt} BRONZE {pname(size)} NPT KITZ",
                f"{es} de bronce {size} pulg rosca NPT, Kitz", HIDRAULICA, "Kitz", "PC",
                (PIPE.index(size) + 1) ** 1.6 * 18, {"type": tipo, "medida": size},
            ))  # fmt: skip
    return out


LLAVES_MM = ("8", "10", "11", "12", "13", "14", "17", "19", "22", "24")
LLAVES_IN = ("3/8", "7/16", "1/2", "9/16", "5/8", "3/4", "7/8", "1")
BROCAS_IN = ("1/8", "5/32", "3/16", "7/32", "1/4", "5/16", "3/8", "1/2")
BROCAS_MM = ("3", "4", "5", "6", "8", "10", "12")


def ferramentas() -> list[Product]:
    out = []
    for brand, factor in (("Gedore", 1.6), ("Stanley", 1.2), ("Truper", 0.8)):
        up = brand.upper()
        for mm in LLAVES_MM:
            ref = {"Gedore": f"7-{mm}", "Stanley": f"STMT{72800 + int(mm)}", "Truper": f"LLC-{mm}M"}[brand]
            out.append(item(
                f"comb|{mm}mm|{brand}", f"CHAVE COMBINADA {mm}MM {up}",
                f"Llave mixta (boca y corona) {mm} mm cromo vanadio, {brand}", FERRAMENTAS, brand, "PC",
                (8 + int(mm) * 0.7) * factor, {"type": "llave_mixta", "medida": f"{mm}mm"}, [ref], ean=brand != "Truper",
            ))  # fmt: skip
        if brand != "Gedore":
            for size in LLAVES_IN:
                out.append(item(
                    f"comb|{size}|{brand}", f"CHAVE COMBINADA {pname(size)}POL {up}",
                    f"Llave mixta (boca y corona) {size} pulg cromo vanadio, {brand}", FERRAMENTAS, brand, "PC",
                    (9 + LLAVES_IN.index(size) * 2) * factor, {"type": "llave_mixta", "medida": size},
                ))  # fmt: skip
        for pulg in ("8", "10", "12"):
            out.append(item(
                f"francesa|{pulg}|{brand}", f"CHAVE AJUSTAVEL {pulg}POL {up}",
                f"Llave francesa (ajustable) {pulg} pulg, {brand}", FERRAMENTAS, brand, "PC", (20 + int(pulg) * 3) * factor,
                {"type": "llave_francesa", "medida": pulg},
            ))  # fmt: skip
        for pulg in ("10", "14", "18", "24"):
            out.append(item(
                f"stilson|{pulg}|{brand}", f"CHAVE GRIFO {pulg}POL {up}",
                f"Llave Stilson (para tubo) {pulg} pulg, {brand}", FERRAMENTAS, brand, "PC", (30 + int(pulg) * 4) * factor,
                {"type": "llave_stilson", "medida": pulg},
            ))  # fmt: skip
        for tipo, pt, es, pulg in (("alicate_universal", "ALICATE UNIVERSAL", "Alicate universal", "8"),
                                   ("alicate_corte", "ALICATE CORTE DIAGONAL", "Alicate de corte diagonal", "6"),
                                   ("alicate_punta", "ALICATE BICO LONGO", "Alicate de punta larga", "6")):
            out.append(item(
                f"{tipo}|{brand}", f"{pt} {pulg}POL {up}", f"{es} {pulg} pulg mango aislado, {brand}", FERRAMENTAS, brand,
                "PC", 24 * factor, {"type": tipo}, ean=brand != "Truper",
            ))  # fmt: skip
        for punta, pt, es in (("plano", "FENDA", "plano"), ("estrella", "PHILLIPS", "estrella (Phillips)")):
            for medida in ("3/16x4", "1/4x6", "5/16x8"):
                out.append(item(
                    f"desarm|{punta}|{medida}|{brand}", f"CHAVE {pt} {medida.upper()}POL {up}",
                    f"Desarmador {es} {medida.replace('x', ' x ')} pulg, {brand}", FERRAMENTAS, brand, "PC",
                    (6 + len(medida)) * factor, {"type": "desarmador", "punta": punta, "medida": medida},
                ))  # fmt: skip
    out.append(item(
        "juego|mixtas|Stanley", "JOGO CHAVES COMBINADAS 8-22MM 12PCS STANLEY",
        "Juego de 12 llaves mixtas de 8 a 22 mm con estuche, Stanley", FERRAMENTAS, "Stanley", "JG", 190,
        {"type": "juego_llaves"}, ean=True,
    ))  # fmt: skip
    out.append(item(
        "juego|dados|Truper", "JOGO SOQUETES 1/2 25PCS TRUPER",
        "Juego de dados de encastre 1/2 pulg, 25 piezas, Truper", FERRAMENTAS, "Truper", "JG", 160,
        {"type": "juego_dados"},
    ))  # fmt: skip
    for brand in ("Dormer", "Truper"):
        for size in BROCAS_IN:
            out.append(item(
                f"broca|{size}|{brand}", f"BROCA ACO RAPIDO {size}POL {brand.upper()}",
                f"Broca de acero rápido (HSS) para metal {size} pulg, {brand}", FERRAMENTAS, brand, "PC",
                (2 + BROCAS_IN.index(size) * 1.3) * (1.6 if brand == "Dormer" else 1), {"type": "broca", "medida": size},
                [f"A002 {size}"] if brand == "Dormer" else [], pack=10 if BROCAS_IN.index(size) < 5 else 5,
            ))  # fmt: skip
        for mm in BROCAS_MM:
            out.append(item(
                f"broca|{mm}mm|{brand}", f"BROCA ACO RAPIDO {mm}MM {brand.upper()}",
                f"Broca de acero rápido (HSS) para metal {mm} mm, {brand}", FERRAMENTAS, brand, "PC",
                (2 + int(mm) * 0.8) * (1.6 if brand == "Dormer" else 1), {"type": "broca", "medida": f"{mm}mm"},
                [f"A002{int(mm) * 10:03d}"] if brand == "Dormer" else [], pack=10 if int(mm) < 8 else 5,
            ))  # fmt: skip
    return out


DISCOS = (("4-1/2", "115", "1.0"), ("4-1/2", "115", "1.6"), ("7", "180", "1.6"), ("7", "180", "3.2"), ("9", "230", "3.2"))


def abrasivos() -> list[Product]:
    out = []
    for pulg, mm, esp in DISCOS:
        for brand in ("Norton", "Klingspor"):
            out.append(item(
                f"corte|{pulg}|{esp}|{brand}", f"DISCO CORTE {pname(pulg)}X{esp.replace('.', ',')}MM INOX {brand.upper()}",
                f"Disco de corte para metal e inoxidable {pulg} pulg ({mm} mm) x {esp} mm x 7/8, {brand}",
                ABRASIVOS, brand, "PC", {"115": 2.2, "180": 4.5, "230": 6.8}[mm] + float(esp),
                {"type": "disco_corte", "diametro": pulg, "espesor": esp}, pack=25, ean=brand == "Norton",
            ))  # fmt: skip
    for pulg, mm, esp, ref in (("4-1/2", "115", "1.0", "7100109384"), ("7", "180", "1.6", "7100109386")):
        out.append(item(
            f"corte|{pulg}|{esp}|3M", f"DISCO CORTE CUBITRON II {pname(pulg)}X{esp.replace('.', ',')}MM 3M",
            f"Disco de corte Cubitron II {pulg} pulg ({mm} mm) x {esp} mm, 3M", ABRASIVOS, "3M", "PC",
            {"115": 6.5, "180": 12.0}[mm], {"type": "disco_corte", "diametro": pulg, "espesor": esp}, [ref], pack=25,
        ))  # fmt: skip
    for pulg, mm in (("4-1/2", "115"), ("7", "180")):
        for brand in ("Norton", "Klingspor"):
            out.append(item(
                f"desbaste|{pulg}|{brand}", f"DISCO DESBASTE {pname(pulg)}X1/4POL {brand.upper()}",
                f"Disco de desbaste {pulg} pulg ({mm} mm) x 1/4 pulg centro deprimido, {brand}", ABRASIVOS, brand, "PC",
                {"115": 4.8, "180": 9.5}[mm], {"type": "disco_desbaste", "diametro": pulg}, pack=10,
            ))  # fmt: skip
    for grano in ("40", "60", "80", "120"):
        for brand in ("Norton", "3M"):
            out.append(item(
                f"flap|{grano}|{brand}", f"DISCO FLAP 4.1/2 G{grano} ZIRC {brand.upper()}",
                f"Disco flap de zirconio 4 1/2 pulg grano {grano}, {brand}", ABRASIVOS, brand, "PC",
                7.5 * (1.3 if brand == "3M" else 1), {"type": "disco_flap", "grano": grano}, pack=10,
            ))  # fmt: skip
    for grano in ("36", "60", "80", "100", "120", "150", "220"):
        out.append(item(
            f"lija|{grano}", f"LIXA FERRO G{grano} 9X11POL NORTON",
            f"Lija para fierro grano {grano}, pliego 9 x 11 pulg, Norton", ABRASIVOS, "Norton", "PC", 1.4,
            {"type": "lija", "grano": grano}, pack=50,
        ))  # fmt: skip
    return out


# Soldexa (Peru) and Lincoln name their rods; buyers name the rod line as often as the AWS class.
RODS = {("6011", "Soldexa"): "CELLOCORD AP", ("6013", "Soldexa"): "PUNTO AZUL", ("7018", "Soldexa"): "SUPERCITO",
        ("6011", "Lincoln"): "FLEETWELD 35", ("6013", "Lincoln"): "FLEETWELD 37", ("7018", "Lincoln"): "EXCALIBUR 7018"}  # fmt: skip


def soldagem() -> list[Product]:
    out = []
    for (clase, brand), linea in RODS.items():
        for diam in ("3/32", "1/8", "5/32"):
            out.append(item(
                f"eletrodo|{clase}|{diam}|{brand}", f"ELETRODO E{clase} {diam} {linea} {brand.upper()}",
                f"Electrodo revestido AWS E{clase} ({linea.title()}) de {diam} pulg, venta por kilo, {brand}",
                SOLDAGEM, brand, "KG", 14 + (4 if clase == "7018" else 0) * (1.2 if brand == "Lincoln" else 1),
                {"type": "electrodo", "clase": clase, "diametro": diam, "linea": linea.lower()},
            ))  # fmt: skip
    for diam in ("0.8", "0.9", "1.2"):
        for brand in ("Soldexa", "Lincoln"):
            out.append(item(
                f"mig|{diam}|{brand}", f"ARAME MIG ER70S-6 {diam.replace('.', ',')}MM 15KG {brand.upper()}",
                f"Alambre sólido MIG ER70S-6 de {diam} mm, carrete de 15 kg, {brand}", SOLDAGEM, brand, "PC",
                95 * (1.15 if brand == "Lincoln" else 1), {"type": "alambre_mig", "diametro": diam},
            ))  # fmt: skip
    return out


def assign_codes(products: list[Product]) -> None:
    """`FF.GG.NNNNN`: family, group (kind of item in the family), and a hashed sequence unique in the catalog."""
    groups: dict[str, dict[str, int]] = {}
    for p in products:
        mine = groups.setdefault(p.family, {})
        mine.setdefault(p.attrs["type"], len(mine) + 1)
    numbers = hashed_numbers(products, "code7", 1, 39999)
    for p in products:
        p.sku = f"{FAMILY_CODE[p.family]}.{groups[p.family][p.attrs['type']]:02d}.{numbers[p.key]:05d}"


def products() -> list[Product]:
    out = rolamentos() + fixacao() + eletrica() + transmissao() + hidraulica() + ferramentas() + abrasivos() + soldagem()
    assign_codes(out)
    return out
