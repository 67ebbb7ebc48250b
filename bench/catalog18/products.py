"""Catalog 18's products, family by family (a Peruvian house on SAP Business One).

The clerk in Callao typed each item's name in title case, long, with inch sizes as fractions
and metric in mm (`Rodamiento rígido de bolas 6205-2RS1 SKF`, `Perno hexagonal G8 UNC 1/2" x
2-1/2" zincado`, `Guante de nitrilo Steelpro talla L`); that is the `name`. The `description`
adds the item's details and ends with its supplier's catalog number, which is also the item's
first alias (buyers copy it off the supplier's box); maker references follow it. Every product
carries its facts in `attributes` (`type=…` plus sizes), which is what the corpus generator
labels against. ItemCodes (a family's two letters and six digits) are given in erp.py.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from bench.catalog4.model import Product

BEARINGS = "Rodamientos"
FASTENERS = "Pernería"
PLUMBING = "Válvulas y tuberías"
ELECTRICAL = "Electricidad"
ABRASIVES = "Abrasivos"
SAFETY = "Seguridad industrial"
WELDING = "Soldadura"
# family → the two letters of its ItemCode
PREFIX = {BEARINGS: "RO", FASTENERS: "PE", PLUMBING: "VT", ELECTRICAL: "EL", ABRASIVES: "AB", SAFETY: "SI", WELDING: "SO"}


def digits(key: str, n: int) -> str:
    """n digits fixed by the key (a supplier's catalog number)."""
    return str(int(hashlib.sha256(f"c18sup|{key}".encode()).hexdigest(), 16))[:n]


def P(key: str, name: str, description: str, family: str, brand: str, uom: str, price: float,
      attrs: dict[str, str], supplier: str, pack: int = 1, refs: tuple[str, ...] = ()) -> Product:  # fmt: skip
    """A product; prices in soles, to the cent; `supplier` its supplier's catalog number."""
    return Product(key, name, f"{description}. N° catálogo proveedor {supplier}", family, brand, uom,
                   Decimal(str(round(price, 2))), attrs, [supplier, *refs], pack)  # fmt: skip


# --- rodamientos ---------------------------------------------------------------------------------

BALL = {"6000": (10, 26), "6001": (12, 28), "6002": (15, 32), "6003": (17, 35), "6004": (20, 42), "6005": (25, 47),
        "6201": (12, 32), "6202": (15, 35), "6203": (17, 40), "6204": (20, 47), "6205": (25, 52), "6206": (30, 62),
        "6207": (35, 72), "6208": (40, 80), "6209": (45, 85), "6210": (50, 90), "6303": (17, 47), "6304": (20, 52),
        "6305": (25, 62), "6306": (30, 72), "6307": (35, 80), "6308": (40, 90), "6310": (50, 110)}  # fmt: skip
# maker → (open, sealed, shielded) suffix of its designation
SEALS = {"SKF": ("", "-2RS1", "-2Z"), "NTN": ("", "LLU", "ZZ"), "Timken": ("", "-2RS", "-ZZ")}
UNITS = {"204": ("20", "3/4"), "205": ("25", "1"), "206": ("30", "1-3/16"), "207": ("35", "1-7/16"), "208": ("40", "1-1/2"),
         "209": ("45", "1-3/4"), "210": ("50", "2")}  # fmt: skip


def bearings() -> list[Product]:
    out = []
    for series, (bore, od) in BALL.items():
        for i, seal in enumerate(("open", "2RS", "ZZ")):
            for brand, suffixes in SEALS.items():
                if brand == "Timken" and (seal == "open" or series.startswith("63")):
                    continue
                part = series + suffixes[i]
                words = {"open": "abierto", "2RS": "con dos sellos de caucho", "ZZ": "con dos blindajes metálicos"}[seal]
                price = (14 + bore * 1.1 + od * 0.35) * {"SKF": 1.5, "NTN": 1.25, "Timken": 1.3}[brand] * (1.15 if seal != "open" else 1)
                sup = {"SKF": f"SKF-{part}", "NTN": f"NTN {part}", "Timken": f"TIM{part.replace('-', '')}"}[brand]
                out.append(P(f"brg|{series}|{seal}|{brand}", f"Rodamiento rígido de bolas {part} {brand}",
                             f"Rodamiento rígido de una hilera de bolas {part}, {words}, {bore} x {od} mm, {brand}", BEARINGS, brand, "UN", price,
                             {"type": "ball_bearing", "series": series, "seal": seal}, sup,
                             refs=(part,) if suffixes[i] else ()))  # fmt: skip
    for housing, word in (("UCP", "de pie"), ("UCF", "de brida cuadrada")):
        for n, (mm, inch) in UNITS.items():
            for shaft, said in ((f"{mm}mm", f"eje {mm} mm"), (inch, f'eje {inch}"')):
                code = f"{housing}{n}" if shaft.endswith("mm") else f"{housing}{n}-{ {'3/4': '12', '1': '16', '1-3/16': '19', '1-7/16': '23', '1-1/2': '24', '1-3/4': '28', '2': '32'}[inch] }"
                for brand in ("NTN", "SKF") if shaft.endswith("mm") else ("NTN",):
                    out.append(P(f"ucp|{housing}|{n}|{shaft}|{brand}", f"Chumacera {word} {code} {said} {brand}",
                                 f"Chumacera {word} {housing} con rodamiento de inserto UC{n}, {said}, soporte de fierro fundido, {brand}", BEARINGS, brand, "UN",
                                 (62 + int(n[1:]) * 9) * (1.4 if brand == "SKF" else 1) * (1.2 if housing == "UCF" else 1),
                                 {"type": "mounted_unit", "housing": housing, "size": n, "shaft": shaft.replace("mm", " mm") if shaft.endswith("mm") else shaft},
                                 f"{brand[:2]}-{code}", refs=(code,)))  # fmt: skip
    return out


# --- pernería ------------------------------------------------------------------------------------

UNC = {"3/8": ("1", "1-1/2", "2", "3"), "1/2": ("1-1/2", "2", "2-1/2", "3", "4"), "5/8": ("2", "3", "4"), "3/4": ("2-1/2", "3", "4")}
METRIC = {"M8": (25, 30, 40, 50), "M10": (30, 40, 50, 70), "M12": (40, 50, 60, 80), "M16": (50, 60, 80)}


def inches(size: str) -> float:
    whole, _, frac = size.partition("-") if "-" in size else ("0", "", size) if "/" in size else (size, "", "0/1")
    a, b = frac.split("/")
    return int(whole) + int(a) / int(b)


def fasteners() -> list[Product]:
    out = []
    for thread, lengths in UNC.items():
        d = inches(thread)
        box = 100 if d <= 0.5 else 50
        for length in lengths:
            for grade, finish in (("5", "zincado"), ("8", "zincado") if d <= 0.5 else ("8", "negro")):
                brand = "Facusa"
                out.append(P(f"bolt|{thread}|{length}|G{grade}", f'Perno hexagonal G{grade} UNC {thread}" x {length}" {finish}',
                             f'Perno de cabeza hexagonal grado SAE {grade}, rosca UNC {thread}" x {length}" de largo, {finish}, {brand}. Se vende por unidad, caja x {box}',
                             FASTENERS, brand, "UN", (0.4 + d * d * inches(length) * 3.2) * (1.5 if grade == "8" else 1),
                             {"type": "bolt", "thread": thread, "length": length, "grade": grade}, f"FAC-{digits('b' + thread + length + grade, 5)}", box))  # fmt: skip
        out.append(P(f"nut|{thread}", f'Tuerca hexagonal UNC {thread}" G5 zincada', f'Tuerca hexagonal grado 5, rosca UNC {thread}", zincada, Facusa. Se vende por unidad, caja x {box}',
                     FASTENERS, "Facusa", "UN", 0.15 + d * d * 1.1, {"type": "nut", "thread": thread}, f"FAC-{digits('n' + thread, 5)}", box))  # fmt: skip
    for thread, lengths in METRIC.items():
        d = int(thread[1:])
        box = 100 if d <= 10 else 50
        for length in lengths:
            for grade, finish in (("8.8", "zincado"), ("10.9", "negro")):
                out.append(P(f"bolt|{thread}|{length}|{grade}", f"Perno hexagonal {thread} x {length} mm clase {grade} {finish}",
                             f"Perno de cabeza hexagonal métrico {thread} x {length} mm, clase {grade}, {finish}, DIN 933. Se vende por unidad, caja x {box}",
                             FASTENERS, "", "UN", 0.2 + d * d * length * 0.0011 * (1.5 if grade == "10.9" else 1),
                             {"type": "bolt", "thread": thread, "length": str(length), "grade": grade}, f"PMD-{digits('m' + thread + str(length) + grade, 6)}", box))  # fmt: skip
    for thread, lengths in (("M6", (20, 30)), ("M8", (25, 40)), ("M10", (30, 50)), ("M12", (40, 60))):
        d = int(thread[1:])
        for length in lengths:
            out.append(P(f"bolt|{thread}|{length}|A2", f"Perno hexagonal {thread} x {length} mm acero inoxidable A2",
                         f"Perno de cabeza hexagonal {thread} x {length} mm en acero inoxidable A2 (AISI 304), DIN 933. Se vende por unidad, caja x 50",
                         FASTENERS, "", "UN", 0.6 + d * d * length * 0.004, {"type": "bolt", "thread": thread, "length": str(length), "grade": "A2"},
                         f"INX-{digits('x' + thread + str(length), 6)}", 50))  # fmt: skip
    return out


# --- válvulas y tuberías -------------------------------------------------------------------------

SIZES = ("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def plumbing() -> list[Product]:
    out = []
    for size in SIZES:
        s = inches(size)
        for brand in ("Kitz", "Cim"):
            out.append(P(f"bv|{size}|bronce|{brand}", f'Válvula de bola de bronce {size}" roscada {brand}', f'Válvula de bola de bronce {size}" NPT, paso completo, palanca, 600 WOG, {brand}',
                         PLUMBING, brand, "UN", (28 + s * 70) * (1.3 if brand == "Kitz" else 1), {"type": "ball_valve", "size": size, "material": "bronce"},
                         f"{brand[:3].upper()}-{digits('bv' + size + brand, 6)}", refs=(f"{'150-AKT' if brand == 'Kitz' else 'CIM 70'}-{size}",)))  # fmt: skip
        out.append(P(f"bv|{size}|acero|Cim", f'Válvula de bola de acero al carbono {size}" roscada Cim', f'Válvula de bola de acero al carbono {size}" NPT, 1000 WOG, {"Cim"}',
                     PLUMBING, "Cim", "UN", 60 + s * 140, {"type": "ball_valve", "size": size, "material": "acero"}, f"CIM-{digits('bva' + size, 6)}"))  # fmt: skip
        out.append(P(f"gv|{size}|Kitz", f'Válvula compuerta de bronce {size}" roscada Kitz', f'Válvula compuerta de bronce {size}" NPT, 125 lb, vástago ascendente, Kitz',
                     PLUMBING, "Kitz", "UN", 45 + s * 95, {"type": "gate_valve", "size": size}, f"KIT-{digits('gv' + size, 6)}", refs=(f"125-FH-{size}",)))  # fmt: skip
        for kind, word in (("union", "Unión universal"), ("elbow", "Codo 90°"), ("tee", "Tee")):
            for sch in ("40", "80"):
                out.append(P(f"{kind}|{size}|{sch}", f'{word} de acero negro {size}" SCH {sch} roscado', f'{word} de acero al carbono negro {size}" cédula {sch}, roscado NPT',
                             PLUMBING, "", "UN", (6 + s * 18) * (1.4 if sch == "80" else 1) * (1.8 if kind == "union" else 1),
                             {"type": kind, "size": size, "schedule": sch}, f"ACN-{digits(kind + size + sch, 6)}"))  # fmt: skip
        for length in ("3", "4", "6"):
            out.append(P(f"nip|{size}|{length}", f'Niple de acero negro {size}" x {length}" SCH 40', f'Niple de acero al carbono negro {size}" x {length}" de largo, cédula 40, roscado ambos extremos',
                         PLUMBING, "", "UN", 4 + s * 9 + int(length) * 1.5, {"type": "nipple", "size": size, "length": length}, f"ACN-{digits('nip' + size + length, 6)}"))  # fmt: skip
        for sch in ("40", "80"):
            out.append(P(f"pipe|{size}|{sch}", f'Tubo de acero negro {size}" SCH {sch} ASTM A53', f'Tubo de acero al carbono negro {size}" cédula {sch}, ASTM A53, se vende por metro, tira de 6,4 m',
                         PLUMBING, "", "MT", (22 + s * 38) * (1.35 if sch == "80" else 1), {"type": "pipe", "size": size, "schedule": sch},
                         f"TUB-{digits('pipe' + size + sch, 6)}"))  # fmt: skip
    return out


# --- electricidad --------------------------------------------------------------------------------

COLOURS = ("rojo", "negro", "azul", "amarillo")


def electrical() -> list[Product]:
    out = []
    for poles in ("1", "2", "3"):
        for amps in ("6", "10", "16", "20", "25", "32", "40", "63"):
            out.append(P(f"cb|{poles}|{amps}", f"Interruptor termomagnético {poles}P {amps}A Schneider", f"Interruptor termomagnético (breaker) riel DIN {poles} polo{'s' if poles != '1' else ''}, "
                         f"{amps} A, curva C, 6 kA, Schneider Easy9", ELECTRICAL, "Schneider", "UN", (24 + int(amps) * 0.4) * int(poles),
                         {"type": "breaker", "poles": poles, "amps": amps}, f"EZ9F56{poles}{int(amps):02d}"))  # fmt: skip
    for amps, ref in (("9", "LC1D09"), ("12", "LC1D12"), ("18", "LC1D18"), ("25", "LC1D25"), ("32", "LC1D32"), ("40", "LC1D40A")):
        for coil, letter in (("220", "M7"), ("380", "Q7"), ("24", "BD")):
            out.append(P(f"ctr|{amps}|{coil}", f"Contactor tripolar {amps}A bobina {coil}V Schneider", f"Contactor TeSys D tripolar {amps} A AC-3, bobina {coil} V, 1NA+1NC, Schneider {ref}{letter}",
                         ELECTRICAL, "Schneider", "UN", 140 + int(amps) * 7, {"type": "contactor", "amps": amps, "coil": coil}, f"{ref}{letter}"))  # fmt: skip
    for section in ("1.5", "2.5", "4", "6", "10"):
        for colour in COLOURS:
            out.append(P(f"thw|{section}|{colour}", f"Cable THW-90 {section.replace('.', ',')} mm² {colour} Indeco", f"Cable unipolar THW-90 de cobre {section.replace('.', ',')} mm², 450/750 V, "
                         f"color {colour}, Indeco, se vende por metro, rollo x 100 m", ELECTRICAL, "Indeco", "MT", 0.9 + float(section) * 0.75,
                         {"type": "thw", "section": section, "colour": colour}, f"IND-THW-{section.replace('.', '')}-{colour[:2].upper()}", 100))  # fmt: skip
    for cores in ("2", "3"):
        for section in ("2.5", "4", "6", "10"):
            out.append(P(f"nyy|{cores}|{section}", f"Cable NYY {cores}x{section.replace('.', ',')} mm² Indeco", f"Cable de energía NYY {cores} x {section.replace('.', ',')} mm², 0,6/1 kV, "
                         "cubierta de PVC negra, Indeco, se vende por metro", ELECTRICAL, "Indeco", "MT", (2.2 + float(section) * 0.9) * int(cores),
                         {"type": "nyy", "cores": cores, "section": section}, f"IND-NYY-{cores}{section.replace('.', '')}"))  # fmt: skip
    return out


# --- abrasivos -----------------------------------------------------------------------------------


def abrasives() -> list[Product]:
    out = []
    for mm, inch, thick in (("115", "4-1/2", "1.0"), ("115", "4-1/2", "1.6"), ("180", "7", "1.6"), ("180", "7", "3.2"), ("230", "9", "2.0"), ("230", "9", "3.2"), ("355", "14", "3.2")):
        for brand in ("Norton", "3M"):
            if brand == "3M" and mm == "355":
                continue
            out.append(P(f"cut|{mm}|{thick}|{brand}", f'Disco de corte {inch}" x {thick.replace(".", ",")} mm {brand}', f"Disco de corte para metal e inoxidable {mm} x {thick.replace('.', ',')} x 22,2 mm, "
                         f"tipo 41, {brand}", ABRASIVES, brand, "UN", (3 + int(mm) * 0.035 + float(thick)) * (1.2 if brand == "3M" else 1),
                         {"type": "cutoff_disc", "dia": mm, "thick": thick}, f"{brand[:3].upper()}-{digits('cut' + mm + thick + brand, 8)}"))  # fmt: skip
    for mm, inch in (("115", "4-1/2"), ("180", "7")):
        for grit in ("40", "60", "80", "120"):
            out.append(P(f"flap|{mm}|{grit}", f'Disco flap {inch}" grano {grit} Norton', f"Disco flap de zirconio {mm} mm, grano {grit}, Norton",
                         ABRASIVES, "Norton", "UN", 9 + int(mm) * 0.05, {"type": "flap_disc", "dia": mm, "grit": grit}, f"NOR-{digits('flap' + mm + grit, 8)}"))  # fmt: skip
    return out


# --- seguridad industrial ------------------------------------------------------------------------


def safety() -> list[Product]:
    out = []
    for kind, word, price in (("nitrilo", "de nitrilo", 6.5), ("cuero", "de cuero cromo", 12), ("anticorte", "anticorte nivel 5", 24)):
        for size in ("S", "M", "L", "XL"):
            out.append(P(f"glove|{kind}|{size}", f"Guante {word} Steelpro talla {size}", f"Guante de trabajo {word}, talla {size}, Steelpro, se vende por par",
                         SAFETY, "Steelpro", "PR", price, {"type": "glove", "kind": kind, "size": size}, f"STP-G{digits('g' + kind + size, 5)}"))  # fmt: skip
    for lens, word in (("claro", "lunas claras"), ("oscuro", "lunas oscuras"), ("espejado", "lunas espejadas")):
        for brand in ("Steelpro", "3M"):
            if brand == "3M" and lens == "espejado":
                continue
            out.append(P(f"glass|{lens}|{brand}", f"Lentes de seguridad {word} {brand}", f"Lentes de seguridad con {word}, antiempañantes, ANSI Z87.1, {brand}",
                         SAFETY, brand, "UN", 8 if brand == "Steelpro" else 15, {"type": "glasses", "lens": lens},
                         f"{'STP-L' if brand == 'Steelpro' else '3M-'}{digits('l' + lens + brand, 5)}"))  # fmt: skip
    for colour in ("blanco", "amarillo", "azul", "rojo", "verde"):
        for brand in ("MSA", "Steelpro"):
            out.append(P(f"helmet|{colour}|{brand}", f"Casco de seguridad {colour} {'MSA V-Gard' if brand == 'MSA' else 'Steelpro'}",
                         f"Casco de seguridad tipo jockey, color {colour}, suspensión de 4 puntos, {brand}", SAFETY, brand, "UN", 45 if brand == "MSA" else 22,
                         {"type": "helmet", "colour": colour}, f"{brand[:3].upper()}-C{digits('h' + colour + brand, 5)}"))  # fmt: skip
    for model, word in (("6100", "talla S"), ("6200", "talla M"), ("6300", "talla L"), ("7502", "de silicona talla M")):
        out.append(P(f"resp|{model}", f"Respirador de media cara 3M {model} {word}", f"Respirador reutilizable de media cara 3M serie {model.replace('61', '60').replace('63', '60').replace('62', '60') if model != '7502' else '7500'}, {word}, sin filtros",
                     SAFETY, "3M", "UN", 48 if model != "7502" else 85, {"type": "respirator", "model": model}, f"3M-{model}", refs=(f"3M {model}",)))  # fmt: skip
    for model, word in (("2097", "filtro para partículas P100 con carbón"), ("6003", "cartucho para vapores orgánicos y gases ácidos"), ("6006", "cartucho multigas")):
        out.append(P(f"filt|{model}", f"Filtro 3M {model} par", f"{word[0].upper()}{word[1:]} 3M {model}, se vende por par", SAFETY, "3M", "PR", 28 if model == "2097" else 42,
                     {"type": "filter", "model": model}, f"3M-{model}P"))  # fmt: skip
    for size in ("38", "39", "40", "41", "42", "43", "44"):
        out.append(P(f"boot|{size}", f"Bota de seguridad punta de acero Steelpro talla {size}", f"Bota de seguridad de cuero con punta de acero y planta dieléctrica, talla {size}, Steelpro, se vende por par",
                     SAFETY, "Steelpro", "PR", 135, {"type": "boot", "size": size}, f"STP-B{digits('boot' + size, 5)}"))  # fmt: skip
    return out


# --- soldadura -----------------------------------------------------------------------------------


def welding() -> list[Product]:
    out = []
    for cls in ("E6011", "E7018"):
        for inch, mm in (("3/32", "2.5"), ("1/8", "3.2"), ("5/32", "4.0")):
            for brand, line in (("Lincoln", "Fleetweld 5P+" if cls == "E6011" else "Excalibur 7018"), ("Soldexa", "Cellocord AP" if cls == "E6011" else "Supercito")):
                out.append(P(f"el|{cls}|{mm}|{brand}", f'Electrodo {cls} {inch}" ({mm.replace(".", ",")} mm) {brand} {line}', f"Electrodo revestido AWS {cls} de {mm.replace('.', ',')} mm ({inch} pulg.), "
                             f"{brand} {line}, se vende por kg, caja x 20 kg", WELDING, brand, "KG", (14 if cls == "E6011" else 17) * (1.15 if brand == "Lincoln" else 1),
                             {"type": "electrode", "class": cls, "dia": mm}, f"{brand[:3].upper()}-{cls[1:]}-{mm.replace('.', '')}", 20))  # fmt: skip
    return out


def products() -> list[Product]:
    return bearings() + fasteners() + plumbing() + electrical() + abrasives() + safety() + welding()
