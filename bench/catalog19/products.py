"""Catalog 19's products: a Venezuelan house's lubrication and power-transmission lines beside its
bearings, bolts, electrical, abrasives and valves, named as Profit Plus prints them (upper case,
`C/` and `S/` for con and sin, inch marks), each with the maker's part number where the trade has one."""

from __future__ import annotations

from bench.blind.items import BALL, Items
from bench.catalog4.model import Product, unit

LUBRICATION = "Lubricación"
COUPLINGS = "Acoples"
BEARINGS = "Rodamientos"
FASTENERS = "Tornillería"
ELECTRICAL = "Electricidad"
ABRASIVES = "Abrasivos"
VALVES = "Válvulas"
# family → the three letters of Profit Plus's article code
PREFIX = {LUBRICATION: "LUB", COUPLINGS: "ACO", BEARINGS: "ROD", FASTENERS: "TOR", ELECTRICAL: "ELE", ABRASIVES: "ABR", VALVES: "VAL"}

item = Items(gs1={"Shell": "870", "Mobil": "007", "Chevron": "007", "Castrol": "500", "Lovejoy": "007", "Martin": "007",
                  "Falk": "007", "SKF": "731", "FAG": "400", "NSK": "490", "3M": "007", "Norton": "789", "Alemite": "007",
                  "Lincoln": "007", "Siemens": "400", "Schneider": "300", "Apollo": "007", "Genebre": "841",
                  "Phelps Dodge": "759", "Würth": "400", "": "759"}, salt="c19ean")  # fmt: skip


def _n(key: str, salt: str, digits: int) -> str:
    return f"{int(unit(key, salt) * 10**digits):0{digits}d}"


# --- lubrication ---------------------------------------------------------------------------------
# a container: its word in the name, how it is said in the description, base price factor
PACKS = {"cartucho": ("CARTUCHO 14 OZ", "cartucho de 14 oz (400 g)", 1.0), "pote": ("POTE 1 KG", "pote de 1 kg", 2.3),
         "cuñete": ("CUÑETE 16 KG", "cuñete de 16 kg (35 lb)", 25.0), "tambor": ("TAMBOR 180 KG", "tambor de 180 kg (400 lb)", 240.0)}  # fmt: skip
OIL_PACKS = {"galon": ("GALON", "galón (3,785 L)", 1.0), "cuñete": ("CUÑETE 5 GAL", "cuñete de 5 galones (18,9 L)", 4.6),
             "tambor": ("TAMBOR 55 GAL", "tambor de 55 galones (208 L)", 48.0)}  # fmt: skip
# brand → its lithium EP grease line, its lithium-complex line, its gear oil line, its hydraulic line
LINES = {
    "Shell": ("Gadus S2 V220", "Gadus S3 V220C", "Omala S2 GX", "Tellus S2 MX"),
    "Mobil": ("Mobilux EP", "Mobilgrease XHP 222", "Mobilgear 600 XP", "DTE 10 Excel"),
    "Chevron": ("Multifak EP", "Ulti-Plex EP", "Meropa", "Rando HD"),
    "Castrol": ("Spheerol EPL", "Spheerol LMX", "Alpha SP", "Hyspin AWS"),
}


def lubrication() -> list[Product]:
    out = []
    for brand, (ep, cx, gear, hyd) in LINES.items():
        for nlgi in ("1", "2"):
            for pack, (word, said, factor) in PACKS.items():
                if nlgi == "1" and pack in ("cartucho", "pote"):
                    continue
                if brand == "Castrol" and pack == "tambor":
                    continue
                key = f"grease|ep|{nlgi}|{pack}|{brand}"
                out.append(item(key, f"GRASA {brand.upper()} {ep.upper()} {nlgi} {word}",
                                f"Grasa de litio EP NLGI {nlgi} {brand} {ep} {nlgi}, {said}", LUBRICATION, brand, "UND",
                                6.2 * factor, {"type": "grease", "base": "litio", "nlgi": nlgi, "pack": pack},
                                [f"{ep} {nlgi}", f"{brand[:2].upper()}{_n(key, 'part', 6)}"]))
        for pack in ("cartucho", "cuñete"):
            word, said, factor = PACKS[pack]
            key = f"grease|cx|2|{pack}|{brand}"
            grade = cx if cx.endswith("22") else f"{cx} 2"
            out.append(item(key, f"GRASA {brand.upper()} {grade.upper()} {word} COMPLEJO LITIO",
                            f"Grasa de complejo de litio NLGI 2 para alta temperatura {brand} {grade}, {said}", LUBRICATION,
                            brand, "UND", 9.8 * factor, {"type": "grease", "base": "complejo", "nlgi": "2", "pack": pack},
                            [grade, f"{brand[:2].upper()}{_n(key, 'part', 6)}"]))
        for vg in ("68", "100", "150", "220", "320", "460"):
            for pack, (word, said, factor) in OIL_PACKS.items():
                if vg in ("68", "460") and brand in ("Chevron", "Castrol") and pack == "tambor":
                    continue
                key = f"gear|{vg}|{pack}|{brand}"
                out.append(item(key, f"ACEITE ENGRANAJES {brand.upper()} {gear.upper()} {vg} {word}",
                                f"Aceite para engranajes industriales ISO VG {vg} {brand} {gear} {vg}, {said}", LUBRICATION,
                                brand, "UND", (24 + int(vg) / 40) * factor, {"type": "gear_oil", "vg": vg, "pack": pack},
                                [f"{gear} {vg}", f"{brand[:2].upper()}{_n(key, 'part', 6)}"]))
        for vg in ("32", "46", "68"):
            for pack, (word, said, factor) in OIL_PACKS.items():
                key = f"hyd|{vg}|{pack}|{brand}"
                name = f"{hyd} {vg}" if brand != "Mobil" else f"DTE 10 Excel {vg}"
                out.append(item(key, f"ACEITE HIDRAULICO {brand.upper()} {name.upper()} {word}",
                                f"Aceite hidráulico antidesgaste ISO VG {vg} {brand} {name}, {said}", LUBRICATION, brand,
                                "UND", 19 * factor, {"type": "hyd_oil", "vg": vg, "pack": pack},
                                [name, f"{brand[:2].upper()}{_n(key, 'part', 6)}"]))
    threads = {"1/8 NPT": "1/8\" NPT", "1/4-28 UNF": "1/4\"-28 UNF", "M6x1": "M6 x 1", "M8x1": "M8 x 1", "M10x1": "M10 x 1"}
    for thread, said in threads.items():
        for angle in ("recta", "45", "90"):
            for brand in ("Alemite", "Lincoln"):
                if brand == "Lincoln" and thread.startswith("M") and angle != "recta":
                    continue
                key = f"fitting|{thread}|{angle}|{brand}"
                shape = "RECTA" if angle == "recta" else f"{angle}°"
                out.append(item(key, f"GRASERA {said} {shape} {brand.upper()} (BOLSA 10)",
                                f"Grasera (alemite) de acero zincado rosca {said} {'recta' if angle == 'recta' else f'a {angle}°'} {brand}, bolsa de 10",
                                LUBRICATION, brand, "UND", 0.55 if angle == "recta" else 0.9,
                                {"type": "fitting", "thread": thread, "angle": angle},
                                [f"{'1610' if brand == 'Alemite' else '5'}{_n(key, 'part', 3)}-{brand[0]}"], pack=10))
    guns = (("palanca", "Lincoln", "1134", 48), ("palanca", "Alemite", "500-E", 44), ("pistola", "Lincoln", "1142", 52),
            ("neumatica", "Alemite", "8578", 210), ("bateria", "Lincoln", "1884", 395))
    for drive, brand, ref, base in guns:
        word = {"palanca": "DE PALANCA", "pistola": "TIPO PISTOLA", "neumatica": "NEUMATICA", "bateria": "A BATERIA 20V"}[drive]
        out.append(item(f"gun|{drive}|{brand}", f"ENGRASADORA {word} 14 OZ {brand.upper()} {ref}",
                        f"Pistola engrasadora {word.lower()} para cartucho de 14 oz {brand} {ref}", LUBRICATION, brand, "UND",
                        base, {"type": "gun", "drive": drive}, [f"{brand} {ref}"], ean=True))
    for length, ref in (("12", "5812"), ("18", "5818"), ("36", "5836")):
        out.append(item(f"hose|{length}", f"MANGUERA ENGRASADORA {length}\" C/ACOPLE LINCOLN {ref}",
                        f"Manguera flexible para engrasadora de {length} pulgadas con acople Lincoln {ref}", LUBRICATION,
                        "Lincoln", "UND", 14 + int(length) / 3, {"type": "gun_hose", "length": length}, [f"Lincoln {ref}"]))
    return out


# --- couplings -----------------------------------------------------------------------------------
JAW = {"L-070": ("1/2", "5/8", "3/4"), "L-075": ("1/2", "5/8", "3/4", "7/8"), "L-090": ("5/8", "3/4", "7/8", "1"),
       "L-095": ("3/4", "7/8", "1", "1-1/8"), "L-099": ("3/4", "1", "1-1/8"), "L-100": ("3/4", "7/8", "1", "1-1/8", "1-1/4", "1-3/8"),
       "L-110": ("1", "1-1/8", "1-1/4", "1-3/8", "1-5/8"), "L-150": ("1-1/8", "1-3/8", "1-5/8", "1-7/8")}  # fmt: skip
SPIDERS = {"nbr": ("NBR (BUNA-N)", "caucho nitrilo NBR (Buna-N)"), "uretano": ("URETANO", "uretano"), "hytrel": ("HYTREL", "Hytrel")}


def couplings() -> list[Product]:
    out = []
    for i, (size, bores) in enumerate(JAW.items()):
        for bore in bores:
            key = f"jaw|{size}|{bore}"
            out.append(item(key, f"MAZA ACOPLE {size} BORE {bore}\" C/CUÑERO LOVEJOY",
                            f"Maza (manzana) para acople de mordaza Lovejoy {size}, agujero {bore}\" con cuñero y prisionero",
                            COUPLINGS, "Lovejoy", "UND", 9 + i * 6, {"type": "jaw_hub", "size": size, "bore": bore},
                            [f"685144{_n(key, 'part', 5)}"], ean=True))
        for material, (word, said) in SPIDERS.items():
            if material == "hytrel" and size in ("L-070", "L-075"):
                continue
            brands = ("Lovejoy", "Martin") if material == "nbr" else ("Lovejoy",)
            for brand in brands:
                key = f"spider|{size}|{material}|{brand}"
                ref = f"685144{_n(key, 'part', 5)}" if brand == "Lovejoy" else f"ML{size[2:]}{'N' if material == 'nbr' else 'U'}"
                out.append(item(key, f"ARAÑA ACOPLE {size} {word} {brand.upper()}",
                                f"Araña (estrella, spider) de {said} para acople de mordaza {size} {brand}", COUPLINGS, brand,
                                "UND", (3 + i * 2.1) * (1.8 if material == "hytrel" else 1.0), {"type": "spider", "size": size, "material": material},
                                [ref]))
    for j, size in enumerate(("1020T", "1030T", "1040T", "1050T", "1060T", "1070T", "1080T")):
        out.append(item(f"grid|{size}", f"GRILLA ACOPLE FALK {size}10", f"Grilla (resorte de rejilla) para acople Falk Steelflex {size}10",
                        COUPLINGS, "Falk", "UND", 38 + j * 22, {"type": "grid", "size": size}, [f"{size}10 GRID"]))
        out.append(item(f"cover|{size}", f"TAPA ACOPLE FALK {size}10 C/EMPACADURA", f"Juego de tapa horizontal con empacaduras y tornillos para acople Falk Steelflex {size}10",
                        COUPLINGS, "Falk", "UND", 64 + j * 30, {"type": "grid_cover", "size": size}, [f"{size}10 COVER KIT"]))
    for k, size in enumerate(("1", "1-1/2", "2", "2-1/2", "3")):
        for brand in ("Lovejoy", "Falk"):
            key = f"gear|cpl|{size}|{brand}"
            ref = f"F{size.replace('-1/2', 'H')} FLEX" if brand == "Lovejoy" else f"G20 {size.replace('-1/2', '.5')}0"
            out.append(item(key, f"ACOPLE ENGRANAJES TAMAÑO {size} COMPLETO {brand.upper()}",
                            f"Acople de engranajes flexible completo (2 mazas, 2 mangas y empacaduras) tamaño {size} {brand}",
                            COUPLINGS, brand, "UND", 190 + k * 120, {"type": "gear_cpl", "size": size}, [ref]))
    return out


# --- bearings, bolts, electrical, abrasives, valves ---------------------------------------------------
BEARING_SERIES = ("6201", "6202", "6203", "6204", "6205", "6206", "6207", "6208", "6209", "6210",
                  "6302", "6303", "6304", "6305", "6306", "6307", "6308", "6004", "6005", "6006")  # fmt: skip
SEALS = {"SKF": {"2RS": "-2RSH", "ZZ": "-2Z", "abierto": ""}, "FAG": {"2RS": "-2RSR", "ZZ": "-2ZR", "abierto": ""},
         "NSK": {"2RS": "DDU", "ZZ": "ZZ", "abierto": ""}}  # fmt: skip


def bearings() -> list[Product]:
    out = []
    for series in BEARING_SERIES:
        bore, od, width = BALL[series]
        for brand, seals in SEALS.items():
            for seal, suffix in seals.items():
                key = f"brg|{series}|{seal}|{brand}"
                if brand != "SKF" and unit(key, "carried") < 0.35:
                    continue
                if seal == "abierto" and brand != "SKF":
                    continue
                word = {"2RS": "2RS", "ZZ": "ZZ", "abierto": "ABIERTO"}[seal]
                out.append(item(key, f"RODAMIENTO {series} {word} {brand}",
                                f"Rodamiento rígido de bolas {series}{suffix} {brand}, {bore} x {od} x {width} mm",
                                BEARINGS, brand, "UND", 3.2 + bore * 0.28 + (0.6 if seal != "abierto" else 0),
                                {"type": "bearing", "series": series, "seal": seal}, [f"{series}{suffix}"] if suffix else [], ean=True))
    return out


DIAS = ("1/4", "5/16", "3/8", "1/2", "5/8", "3/4")
LENGTHS = ("1", "1-1/2", "2", "3")


def fasteners() -> list[Product]:
    out = []
    for i, dia in enumerate(DIAS):
        for length in LENGTHS:
            for grade in ("5", "8"):
                if grade == "8" and dia in ("1/4", "5/16"):
                    continue
                key = f"bolt|{dia}|{length}|{grade}"
                finish = "ZINCADO" if grade == "5" else "PAVONADO"
                out.append(item(key, f"TORNILLO HEX G{grade} {dia}\" X {length}\" UNC {finish}",
                                f"Tornillo cabeza hexagonal grado {grade} {dia}\" x {length}\" rosca UNC, {finish.lower()}, caja de 50",
                                FASTENERS, "", "UND", (0.12 + i * 0.11) * (1 + LENGTHS.index(length) * 0.3) * (1.6 if grade == "8" else 1.0),
                                {"type": "bolt", "dia": dia, "length": length, "grade": grade}, pack=50))
        for grade in ("5", "8"):
            if grade == "8" and dia in ("1/4", "5/16"):
                continue
            out.append(item(f"nut|{dia}|{grade}", f"TUERCA HEX G{grade} {dia}\" UNC", f"Tuerca hexagonal grado {grade} {dia}\" rosca UNC, caja de 100",
                            FASTENERS, "", "UND", (0.05 + i * 0.05) * (1.5 if grade == "8" else 1.0),
                            {"type": "nut", "dia": dia, "grade": grade}, pack=100))
    return out


def electrical() -> list[Product]:
    out = []
    siemens = {"9": "3RT2016-1", "12": "3RT2017-1", "18": "3RT2025-1", "25": "3RT2026-1", "32": "3RT2027-1", "40": "3RT2028-1"}
    for amps, frame in siemens.items():
        for coil in ("120", "220"):
            ref_s = f"{frame}{'AK60' if coil == '120' else 'AN20'}"
            out.append(item(f"ctr|{amps}|{coil}|Siemens", f"CONTACTOR {amps}A BOBINA {coil}V SIEMENS {ref_s}",
                            f"Contactor tripolar Sirius {amps} A, bobina {coil} VAC, 1NA Siemens {ref_s}", ELECTRICAL, "Siemens", "UND",
                            28 + int(amps) * 1.9, {"type": "contactor", "amps": amps, "coil": coil}, [ref_s], ean=True))
            ref_t = f"LC1D{int(amps):02d}{'G7' if coil == '120' else 'M7'}"
            out.append(item(f"ctr|{amps}|{coil}|Schneider", f"CONTACTOR {amps}A BOBINA {coil}V SCHNEIDER {ref_t}",
                            f"Contactor tripolar TeSys D {amps} A, bobina {coil} VAC, 1NA+1NC Schneider {ref_t}", ELECTRICAL, "Schneider",
                            "UND", 26 + int(amps) * 2.0, {"type": "contactor", "amps": amps, "coil": coil}, [ref_t], ean=True))
    for poles in ("1", "2", "3"):
        for amps in ("15", "20", "30", "50"):
            ref_q = f"QO{poles}{amps}"
            out.append(item(f"brk|{poles}|{amps}|Schneider", f"BREAKER QO {poles}P {amps}A SCHNEIDER", f"Interruptor termomagnético enchufable QO {poles} polo(s) {amps} A Schneider (Square D) {ref_q}",
                            ELECTRICAL, "Schneider", "UND", 9 + int(poles) * 11 + int(amps) * 0.2, {"type": "breaker", "poles": poles, "amps": amps}, [ref_q]))
            ref_s = f"Q{poles}{amps}" if poles != "1" else f"Q1{amps}"
            out.append(item(f"brk|{poles}|{amps}|Siemens", f"BREAKER {poles}P {amps}A SIEMENS {ref_s}", f"Interruptor termomagnético enchufable {poles} polo(s) {amps} A Siemens {ref_s}",
                            ELECTRICAL, "Siemens", "UND", 8.5 + int(poles) * 10 + int(amps) * 0.2, {"type": "breaker", "poles": poles, "amps": amps}, [f"SIE-{ref_s}"]))
    for awg in ("12", "10", "8"):
        for color in ("negro", "rojo", "blanco", "verde"):
            out.append(item(f"thhn|{awg}|{color}", f"CABLE THHN {awg} AWG {color.upper()} PHELPS DODGE", f"Cable de cobre THHN/THWN-2 {awg} AWG 600 V color {color} Phelps Dodge, rollo de 100 m",
                            ELECTRICAL, "Phelps Dodge", "MTS", {"12": 0.42, "10": 0.66, "8": 1.05}[awg], {"type": "cable", "awg": awg, "color": color}, pack=100))
    return out


def abrasives() -> list[Product]:
    out = []
    for dia, thick in (("4-1/2", "1.0"), ("4-1/2", "1.6"), ("4-1/2", "3.2"), ("7", "1.6"), ("7", "3.2"), ("9", "3.2")):
        for brand in ("3M", "Norton"):
            key = f"cut|{dia}|{thick}|{brand}"
            out.append(item(key, f"DISCO CORTE {dia}\" X {thick} MM {brand.upper()}", f"Disco de corte para metal e inox {dia}\" x {thick} mm x 7/8\" {brand}",
                            ABRASIVES, brand, "UND", 1.1 + float(thick) * 0.4 + (len(dia) < 3) * 1.5, {"type": "cut_disc", "dia": dia, "thick": thick},
                            [f"{'3M-' if brand == '3M' else '66252'}{_n(key, 'part', 6)}"]))
    for dia in ("4-1/2", "7"):
        for brand in ("3M", "Norton"):
            key = f"grind|{dia}|{brand}"
            out.append(item(key, f"DISCO DESBASTE {dia}\" X 6 MM {brand.upper()}", f"Disco de desbaste para metal {dia}\" x 6 mm x 7/8\" {brand}",
                            ABRASIVES, brand, "UND", 2.4 + (len(dia) < 3) * 2.2, {"type": "grind_disc", "dia": dia},
                            [f"{'3M-' if brand == '3M' else '66252'}{_n(key, 'part', 6)}"]))
        for grit in ("40", "60", "80", "120"):
            key = f"flap|{dia}|{grit}"
            out.append(item(key, f"DISCO FLAP {dia}\" GRANO {grit} NORTON", f"Disco flap de óxido de zirconio {dia}\" grano {grit} Norton",
                            ABRASIVES, "Norton", "UND", 2.9 + (len(dia) < 3) * 2.0, {"type": "flap", "dia": dia, "grit": grit},
                            [f"66252{_n(key, 'part', 6)}"]))
    return out


def valves() -> list[Product]:
    out = []
    apollo = {"1/2": "70-103-01", "3/4": "70-104-01", "1": "70-105-01", "1-1/4": "70-106-01", "1-1/2": "70-107-01", "2": "70-108-01"}
    for i, size in enumerate(("1/2", "3/4", "1", "1-1/4", "1-1/2", "2")):
        out.append(item(f"bv|{size}|bronce|Apollo", f"VALVULA BOLA BRONCE {size}\" ROSCADA APOLLO", f"Válvula de bola de bronce paso total {size}\" NPT 600 WOG Apollo {apollo[size]}",
                        VALVES, "Apollo", "UND", 11 + i * 9, {"type": "ball_valve", "size": size, "material": "bronce"}, [apollo[size]]))
        out.append(item(f"bv|{size}|bronce|Genebre", f"VALVULA BOLA BRONCE {size}\" ROSCADA GENEBRE", f"Válvula de bola de latón niquelado {size}\" NPT Genebre 3025 {i + 3:02d}",
                        VALVES, "Genebre", "UND", 8 + i * 7, {"type": "ball_valve", "size": size, "material": "bronce"}, [f"3025 {i + 3:02d}"]))
        out.append(item(f"bv|{size}|inox|Genebre", f"VALVULA BOLA INOX 316 {size}\" ROSCADA GENEBRE", f"Válvula de bola de acero inoxidable 316 tres piezas {size}\" NPT Genebre 2025 {i + 3:02d}",
                        VALVES, "Genebre", "UND", 24 + i * 16, {"type": "ball_valve", "size": size, "material": "inox"}, [f"2025 {i + 3:02d}"]))
    return out


def products() -> list[Product]:
    return lubrication() + couplings() + bearings() + fasteners() + electrical() + abrasives() + valves()
