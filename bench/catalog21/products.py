"""Catalog 21's products: a Uruguayan industrial distributor's items as Business Central holds them.

Families: sellos y retenes (oil seals by shaft x bore x width, lip and compound; O-rings by AS568
dash number or by inner diameter x cross-section; O-ring kits), adhesivos y selladores (Loctite
threadlockers, retaining compounds, thread sealants and instant adhesives by number and size; RTV
gasket makers by colour and container; epoxies), and the core ones (ball bearings, bulones and
nuts in boxes, DIN-rail breakers, cut-off and flap discs, ball and check valves). The name is BC's
`Description` in capitals with the house's abbreviations; the description adds `Description 2`,
where the maker's number is written after `REF.`, and that number is the item's first alias.
"""

from __future__ import annotations

from bench.blind.items import BALL, Items
from bench.catalog4.model import Product, unit

SEALS = "Sellos y retenes"
ADHESIVES = "Adhesivos y selladores"
BEARINGS = "Rodamientos"
FASTENERS = "Bulonería"
ELECTRICAL = "Eléctricos"
ABRASIVES = "Abrasivos"
VALVES = "Válvulas"
# BC number series per family: the first two digits of every item No.
SERIES = {SEALS: "41", ADHESIVES: "42", BEARINGS: "11", FASTENERS: "21", ELECTRICAL: "51", ABRASIVES: "61", VALVES: "71"}
# BC variant code: the maker (or, for unbranded bulonería, the grade) after the dash
VARIANT = {"SKF": "SK", "NOK": "NK", "Parker": "PK", "Trelleborg": "TB", "DelPlata": "DP", "Loctite": "LC", "Permatex": "PX",
           "3M": "3M", "NSK": "NS", "Schneider": "SE", "ABB": "AB", "Norton": "NT", "Tyrolit": "TY", "Genebre": "GB"}
GRADE_VARIANT = {"8.8": "88", "A2": "A2", "8": "08", "10.9": "109"}
HOUSE_BRAND = "DelPlata"

item = Items(gs1={}, salt="c21")


def _n(key: str, salt: str, low: int, span: int) -> int:
    return low + int(unit(key, salt) * span)


# shaft x bore x width (mm) of the oil seals kept
SEAL_SIZES = ((20, 35, 7), (25, 40, 7), (25, 42, 7), (30, 45, 8), (30, 47, 7), (35, 52, 7), (35, 55, 8), (40, 55, 8), (40, 62, 8),
              (45, 62, 8), (45, 65, 10), (50, 68, 8), (50, 72, 10), (55, 72, 8), (60, 80, 8), (65, 90, 10), (70, 90, 10),
              (75, 100, 10), (80, 100, 10), (90, 110, 12))  # fmt: skip
LIP = {"TC": "DOBLE LABIO C/RESORTE", "SC": "SIMPLE LABIO C/RESORTE", "TB": "CAJA METALICA DOBLE LABIO", "TA": "CAJA METALICA SIMPLE LABIO"}
AS568 = {"2-010": (6.07, 1.78), "2-012": (7.65, 1.78), "2-014": (10.82, 1.78), "2-016": (14.0, 1.78), "2-018": (17.17, 1.78),
         "2-110": (9.25, 2.62), "2-112": (10.82, 2.62), "2-114": (12.42, 2.62), "2-116": (15.6, 2.62), "2-118": (18.77, 2.62),
         "2-120": (21.95, 2.62), "2-210": (18.64, 3.53), "2-212": (21.82, 3.53), "2-214": (24.99, 3.53), "2-216": (28.17, 3.53),
         "2-218": (31.34, 3.53), "2-220": (34.52, 3.53), "2-222": (37.69, 3.53), "2-325": (37.47, 5.33), "2-330": (53.34, 5.33)}  # fmt: skip
METRIC_ORINGS = (("10", "2"), ("12", "2"), ("15", "2.5"), ("20", "2.5"), ("20", "3"), ("25", "3"), ("30", "3"), ("35", "3"),
                 ("40", "3"), ("45", "3.5"), ("50", "3.5"), ("60", "4"), ("70", "4"), ("80", "5"), ("100", "5"))  # fmt: skip


def seals() -> list[Product]:
    out = []
    for shaft, bore, width in SEAL_SIZES:
        size = f"{shaft}x{bore}x{width}"
        kinds = [("TC", "NBR", "SKF"), ("TC", "NBR", "NOK"), ("TC", "NBR", HOUSE_BRAND)]
        if shaft in (25, 30, 35, 40, 45, 50, 60, 70):
            kinds.append(("TC", "FKM", "SKF"))
        if shaft in (30, 40, 50, 65):
            kinds.append(("TC", "FKM", "NOK"))
        if bore in (40, 47, 52, 62, 72, 90):
            kinds.append(("SC", "NBR", HOUSE_BRAND))
        if shaft >= 50:
            kinds.append(("TB", "NBR", "NOK"))
        if shaft in (60, 75, 90):
            kinds.append(("TA", "NBR", "SKF"))
        for lip, material, brand in kinds:
            key = f"seal|{size}|{lip}|{material}|{brand}"
            ref = {"SKF": f"{size} {'HMSA10' if lip == 'TC' else 'HMS5' if lip == 'SC' else 'CRW1'} {'V' if material == 'FKM' else 'RG'}",
                   "NOK": f"AE{_n(key, 'nok21', 1000, 8999)}{'F0' if material == 'FKM' else 'E0'}", HOUSE_BRAND: f"DP-{lip}{shaft}{bore}{width}"}[brand]
            mat = "VITON" if material == "FKM" else "NBR"
            label = f"RETEN {lip} {size} {mat} {brand.upper()}"
            desc = f"{label} / RETEN {LIP[lip]} {shaft} X {bore} X {width} MM {'FKM' if material == 'FKM' else 'NITRILO'} REF. {ref}"
            price = 2.1 + shaft * 0.07 * (3.2 if material == "FKM" else 1) * (1.3 if brand == "SKF" else 1.1 if brand == "NOK" else 0.8)
            out.append(item(key, label, desc, SEALS, brand, "UN", price, {"type": "oil_seal", "size": size, "lip": lip, "material": material}, [ref]))
    for dash, (di, section) in AS568.items():
        for material, brand in (("NBR 70", "Parker"), ("FKM 75", "Parker"), ("NBR 70", HOUSE_BRAND)):
            if material == "FKM 75" and dash in ("2-010", "2-012", "2-118", "2-325"):
                continue
            key = f"oras|{dash}|{material}|{brand}"
            ref = f"{dash} {'N674-70' if material == 'NBR 70' else 'V747-75'}" if brand == "Parker" else f"DP-OR{dash.replace('-', '')}{material[0]}"
            label = f"O-RING AS568 {dash} {material} {brand.upper()}"
            desc = f"{label} / ANILLO O-RING {di} X {section} MM {'NITRILO' if material.startswith('NBR') else 'VITON'} REF. {ref}"
            out.append(item(key, label, desc, SEALS, brand, "UN", 0.18 + di * section * 0.004 * (4 if material.startswith("FKM") else 1),
                            {"type": "oring_as", "dash": dash, "material": material}, [ref]))
    for inner, cs in METRIC_ORINGS:
        makers = [("NBR 70", "Trelleborg"), ("NBR 70", HOUSE_BRAND)]
        if int(inner) in (20, 25, 30, 40, 50, 60):
            makers.append(("FKM 75", "Trelleborg"))
        for material, brand in makers:
            key = f"ormm|{inner}|{cs}|{material}|{brand}"
            code = f"OR{int(float(inner) * 100):05d}{int(float(cs) * 100):03d}"
            ref = f"{code}-{'N7T50' if material == 'NBR 70' else 'VCBV0'}" if brand == "Trelleborg" else f"DP-{code}{material[0]}"
            label = f"O-RING {inner}X{cs} {material} {brand.upper()}"
            desc = f"{label} / ANILLO O-RING METRICO DI {inner} X SECCION {cs} MM REF. {ref}"
            out.append(item(key, label, desc, SEALS, brand, "UN", 0.2 + float(inner) * float(cs) * 0.004 * (4 if material.startswith("FKM") else 1),
                            {"type": "oring_mm", "id": inner, "cs": cs, "material": material}, [ref]))
    for system, pieces, material, brand, ref in (("AS568", "382", "NBR 70", "Parker", "KIT-382-N70"), ("AS568", "382", "FKM 75", "Parker", "KIT-382-V75"),
                                                 ("métrico", "404", "NBR 70", "Trelleborg", "TRB-KIT404-N"), ("métrico", "225", "NBR 70", HOUSE_BRAND, "DP-KIT225"),
                                                 ("AS568", "225", "NBR 70", HOUSE_BRAND, "DP-KIT225AS")):
        key = f"kit|{system}|{pieces}|{material}|{brand}"
        label = f"KIT O-RINGS {'AS568' if system == 'AS568' else 'METRICOS'} {pieces} PZS {material} {brand.upper()}"
        out.append(item(key, label, f"{label} / MALETIN SURTIDO DE O-RINGS REF. {ref}", SEALS, brand, "KIT", 65 if material.startswith("NBR") else 240,
                        {"type": "oring_kit", "system": system, "pieces": pieces, "material": material}, [ref]))
    return out


# Loctite number → (kind, what BC calls it, colour), sold in the sizes listed
ANAEROBIC = {
    "222": ("threadlocker", "TRABA ROSCAS BAJA", "violeta", ("10 ml", "50 ml")),
    "242": ("threadlocker", "TRABA ROSCAS MEDIA", "azul", ("10 ml", "50 ml", "250 ml")),
    "243": ("threadlocker", "TRABA ROSCAS MEDIA", "azul", ("10 ml", "50 ml", "250 ml")),
    "262": ("threadlocker", "TRABA ROSCAS ALTA", "rojo", ("10 ml", "50 ml", "250 ml")),
    "271": ("threadlocker", "TRABA ROSCAS ALTA", "rojo", ("10 ml", "50 ml", "250 ml")),
    "290": ("threadlocker", "TRABA ROSCAS CAPILAR", "verde", ("10 ml", "50 ml")),
    "603": ("retaining", "RETENEDOR", "verde", ("10 ml", "50 ml", "250 ml")),
    "609": ("retaining", "RETENEDOR", "verde", ("10 ml", "50 ml")),
    "638": ("retaining", "RETENEDOR ALTA", "verde", ("10 ml", "50 ml", "250 ml")),
    "648": ("retaining", "RETENEDOR ALTA TEMP", "verde", ("50 ml", "250 ml")),
    "542": ("thread_sealant", "SELLADOR ROSCAS HIDRAULICO", "marrón", ("50 ml", "250 ml")),
    "567": ("thread_sealant", "SELLADOR ROSCAS C/PTFE", "blanco", ("50 ml", "250 ml")),
    "577": ("thread_sealant", "SELLADOR ROSCAS", "amarillo", ("50 ml", "250 ml")),
    "401": ("instant", "ADHESIVO INSTANTANEO", "transparente", ("20 g", "50 g")),
    "406": ("instant", "ADHESIVO INSTANTANEO PLASTICOS", "transparente", ("20 g", "50 g")),
    "454": ("instant", "ADHESIVO INSTANTANEO GEL", "transparente", ("20 g",)),
}
# Permatex's own numbers for its threadlockers and sealant: number → (kind, BC's words, colour, size)
PERMATEX = {"24200": ("threadlocker", "TRABA ROSCAS MEDIA", "azul", "6 ml"), "24240": ("threadlocker", "TRABA ROSCAS MEDIA", "azul", "36 ml"),
            "27200": ("threadlocker", "TRABA ROSCAS ALTA", "rojo", "6 ml"), "27240": ("threadlocker", "TRABA ROSCAS ALTA", "rojo", "36 ml"),
            "56521": ("thread_sealant", "SELLADOR ROSCAS C/PTFE", "blanco", "50 ml"), "14VR": ("thread_sealant", "SELLADOR ROSCAS C/PTFE", "blanco", "250 ml")}  # fmt: skip
# RTV gasket makers: (colour, container) → maker's number per brand
RTV = {
    ("negro", "85 g"): {"Loctite": "SI 5910 85G", "Permatex": "82180", HOUSE_BRAND: "DP-RTVN85"},
    ("negro", "300 ml"): {"Loctite": "SI 5910 300ML", "Permatex": "82180C", HOUSE_BRAND: "DP-RTVN300"},
    ("gris", "85 g"): {"Loctite": "SI 5699 85G", "Permatex": "82194"},
    ("gris", "300 ml"): {"Loctite": "SI 5699 300ML", "Permatex": "82194C"},
    ("rojo", "85 g"): {"Loctite": "SI 596 85G", "Permatex": "81160", HOUSE_BRAND: "DP-RTVR85"},
    ("rojo", "300 ml"): {"Permatex": "81160C", HOUSE_BRAND: "DP-RTVR300"},
    ("azul", "85 g"): {"Permatex": "80022"},
    ("transparente", "85 g"): {"Loctite": "SI 5366 85G", "Permatex": "80050", HOUSE_BRAND: "DP-RTVT85"},
    ("transparente", "300 ml"): {"Loctite": "SI 5366 300ML", HOUSE_BRAND: "DP-RTVT300"},
    ("cobre", "85 g"): {"Permatex": "81878"},
}
EPOXY = (("5 min", "25 ml", "Loctite", "EA 3430 25ML"), ("5 min", "25 ml", "Permatex", "84101"), ("5 min", "50 ml", "3M", "DP100-50"),
         ("acero", "50 g", "Loctite", "EA 3463 50G"), ("acero", "25 ml", "Permatex", "84209"), ("estructural", "50 ml", "3M", "DP420-50"),
         ("estructural", "50 ml", "Loctite", "EA 9466 50ML"), ("estructural", "200 ml", "3M", "DP460-200"))  # fmt: skip


def adhesives() -> list[Product]:
    out = []
    for grade, (kind, words, colour, sizes) in ANAEROBIC.items():
        for size in sizes:
            key = f"ana|{grade}|{size}|Loctite"
            ref = f"IDH {_n(key, 'idh21', 1200000, 900000)}"
            label = f"LOCTITE {grade} {words} {size.upper().replace(' ', '')}"
            amount = float(size.split()[0])
            out.append(item(key, label, f"{label} / {kind.replace('_', ' ')} {colour}, {size} REF. {ref}", ADHESIVES, "Loctite", "UN",
                            4 + amount * (0.22 if kind != "instant" else 0.6), {"type": kind, "number": grade, "size": size}, [ref]))
    for number, (kind, words, colour, size) in PERMATEX.items():
        key = f"pmx|{number}"
        label = f"PERMATEX {number} {words} {size.upper().replace(' ', '')}"
        out.append(item(key, label, f"{label} / {colour} REF. {number}", ADHESIVES, "Permatex", "UN", 3 + float(size.split()[0]) * 0.18,
                        {"type": kind, "number": number, "size": size}, [number]))
    for (colour, pack), makers in RTV.items():
        for brand, ref in makers.items():
            key = f"rtv|{colour}|{pack}|{brand}"
            container = "POMO" if pack == "85 g" else "CARTUCHO"
            label = f"SILICONA RTV {colour.upper()} {container} {pack.upper().replace(' ', '')} {brand.upper()}"
            out.append(item(key, label, f"{label} / FORMADOR DE JUNTAS RTV {colour} REF. {ref}", ADHESIVES, brand, "UN",
                            (6 if pack == "85 g" else 14) * (1.25 if brand == "Loctite" else 0.7 if brand == HOUSE_BRAND else 1),
                            {"type": "rtv", "colour": colour, "pack": pack}, [ref]))
    for cure, size, brand, ref in EPOXY:
        key = f"epx|{cure}|{size}|{brand}"
        words = {"5 min": "EPOXI 5 MINUTOS", "acero": "EPOXI CON ACERO", "estructural": "EPOXI ESTRUCTURAL"}[cure]
        label = f"{words} {size.upper().replace(' ', '')} {brand.upper()}"
        out.append(item(key, label, f"{label} / ADHESIVO EPOXICO BICOMPONENTE REF. {ref}", ADHESIVES, brand, "UN", 9 + float(size.split()[0]) * 0.2,
                        {"type": "epoxy", "cure": cure, "size": size}, [ref]))
    return out


def bearings() -> list[Product]:
    out = []
    for desig, (bore, od, width) in BALL.items():
        if desig.startswith("60"):
            continue
        for seal in ("ZZ", "2RS", "abierto"):
            for brand in ("SKF", "NSK"):
                if seal == "abierto" and (brand == "NSK" or desig.startswith("62")):
                    continue
                ref = {"SKF": {"ZZ": f"{desig}-2Z/C3", "2RS": f"{desig}-2RSH/C3", "abierto": f"{desig}/C3"},
                       "NSK": {"ZZ": f"{desig}ZZCM", "2RS": f"{desig}DDUCM"}}[brand][seal]
                shown = desig if seal == "abierto" else f"{desig} {seal}"
                label = f"RULEMAN {shown} {brand}"
                out.append(item(f"brg|{desig}|{seal}|{brand}", label, f"{label} / RODAMIENTO RIGIDO DE BOLAS {bore}X{od}X{width} MM REF. {ref}",
                                BEARINGS, brand, "UN", 3 + od * width * 0.012 * (1.3 if brand == "SKF" else 1), {"type": "ball", "desig": desig, "seal": seal}, [ref]))
    return out


BOLTS = {"M6": ("20", "30", "40"), "M8": ("20", "30", "40", "50"), "M10": ("30", "40", "50", "70"), "M12": ("40", "50", "60", "80"),
         "M16": ("50", "60", "80", "100")}  # fmt: skip


def fasteners() -> list[Product]:
    out = []
    for dia, lengths in BOLTS.items():
        for length in lengths:
            for grade in ("8.8", "A2"):
                if grade == "A2" and dia == "M16":
                    continue
                pack = 100 if int(dia[1:]) < 12 else 50
                finish = "ZINCADO" if grade == "8.8" else "INOX"
                label = f"BULON HEX {dia}X{length} {grade} {finish}"
                out.append(item(f"bolt|{dia}|{length}|{grade}", label, f"{label} / BULON CABEZA HEXAGONAL DIN 933 CAJA X {pack}", FASTENERS, "", "UN",
                                0.05 + int(dia[1:]) ** 2 * int(length) * 0.00012 * (3 if grade == "A2" else 1), {"type": "bolt", "dia": dia, "len": length, "grade": grade}, pack=pack))
    for dia in ("M6", "M8", "M10", "M12", "M16"):
        for grade in ("8", "A2"):
            label = f"TUERCA HEX {dia} {'CL.8 ZINCADA' if grade == '8' else 'A2 INOX'}"
            out.append(item(f"nut|{dia}|{grade}", label, f"{label} / TUERCA HEXAGONAL DIN 934 CAJA X 100", FASTENERS, "", "UN",
                            0.02 + int(dia[1:]) ** 2 * 0.0008 * (3 if grade == "A2" else 1), {"type": "nut", "dia": dia, "grade": grade}, pack=100))
    return out


def electrical() -> list[Product]:
    out = []
    for poles in ("1", "2", "3"):
        for amps in ("10", "16", "20", "25", "32", "40", "63"):
            for brand in ("Schneider", "ABB"):
                if poles == "3" and amps == "10" and brand == "ABB":
                    continue
                ref = f"A9F74{poles}{int(amps):02d}" if brand == "Schneider" else f"S20{poles}-C{amps}"
                label = f"TERMOMAGNETICA {poles}P {amps}A CURVA C {brand.upper()}"
                out.append(item(f"mcb|{poles}|{amps}|{brand}", label, f"{label} / INTERRUPTOR AUTOMATICO RIEL DIN 6KA REF. {ref}", ELECTRICAL, brand, "UN",
                                8 * int(poles) + int(amps) * 0.15, {"type": "mcb", "poles": poles, "amps": amps}, [ref]))
    return out


def abrasives() -> list[Product]:
    out = []
    for dia, thicks in (("115", ("1.0", "1.6")), ("180", ("1.6", "3.0")), ("230", ("1.9", "3.0"))):
        for thick in thicks:
            for brand in ("Norton", "Tyrolit", "3M"):
                if brand == "3M" and dia == "230":
                    continue
                key = f"cut|{dia}|{thick}|{brand}"
                ref = {"Norton": f"{_n(key, 'nor21', 66252800000, 99999)}", "Tyrolit": f"{_n(key, 'tyr21', 34000, 9999)}", "3M": f"CUT-{dia}{thick.replace('.', '')}-3M"}[brand]
                label = f"DISCO CORTE {dia}X{thick} METAL {brand.upper()}"
                out.append(item(key, label, f"{label} / DISCO DE CORTE {dia} MM X {thick} MM X 22,2 REF. {ref}", ABRASIVES, brand, "UN",
                                0.9 + int(dia) * float(thick) * 0.006, {"type": "cut_disc", "dia": dia, "thick": thick}, [ref]))
    for grit in ("40", "60", "80", "120"):
        for brand in ("Norton", "3M"):
            key = f"flap|115|{grit}|{brand}"
            ref = f"{_n(key, 'norf21', 66252900000, 99999)}" if brand == "Norton" else f"FLAP-115-{grit}-3M"
            label = f"DISCO FLAP 115 GR{grit} {brand.upper()}"
            out.append(item(key, label, f"{label} / DISCO LAMINADO 115 MM GRANO {grit} REF. {ref}", ABRASIVES, brand, "UN", 3.2,
                            {"type": "flap_disc", "dia": "115", "grit": grit}, [ref]))
    return out


def valves() -> list[Product]:
    out = []
    for size, code in (("1/2", "04"), ("3/4", "05"), ("1", "06"), ("1-1/4", "07"), ("1-1/2", "08"), ("2", "09")):
        for brand in ("Genebre", HOUSE_BRAND):
            ref = f"2025 {code}" if brand == "Genebre" else f"DP-VE{code}"
            label = f'LLAVE ESFERICA {size}" BSP BRONCE {brand.upper()}'
            out.append(item(f"bv|{size}|{brand}", label, f"{label} / VALVULA ESFERICA PASO TOTAL ROSCA BSP REF. {ref}", VALVES, brand, "UN",
                            6 + 14 * (len(size)), {"type": "ball_valve", "size": size}, [ref]))
        ref = f"3120 {code}"
        label = f'VALVULA RETENCION {size}" BSP BRONCE GENEBRE'
        out.append(item(f"cv|{size}|Genebre", label, f"{label} / CHECK A CLAPETA ROSCA BSP REF. {ref}", VALVES, "Genebre", "UN", 9 + 15 * len(size),
                        {"type": "check_valve", "size": size}, [ref]))
    return out


def products() -> list[Product]:
    return seals() + adhesives() + bearings() + fasteners() + electrical() + abrasives() + valves()
