"""Catalog 10's products, family by family (Business Central item cards of an Ecuadorian house)."""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, digest, unit

RODAMIENTOS = "Rodamientos"
PERNERIA = "Pernería"
VALVULAS = "Válvulas y accesorios"
ELECTRICO = "Eléctrico"
ABRASIVOS = "Abrasivos"
HERRAMIENTAS = "Herramientas"
BANDAS = "Bandas"
SOLDADURA = "Soldadura"
SEGURIDAD = "Seguridad industrial"
# Business Central item numbers: the family's number series, a dash, four digits (`1000-0234`).
PREFIX = {RODAMIENTOS: "1000", PERNERIA: "2000", VALVULAS: "3000", ELECTRICO: "4000", ABRASIVOS: "5000",
          HERRAMIENTAS: "6000", BANDAS: "7000", SOLDADURA: "8000", SEGURIDAD: "9000"}  # fmt: skip
WIDTH = 30  # BC's Description field as this house's item cards were set up


def code(p: Product, attempt: int) -> str:
    raw = digest(p.key, "sku10", str(attempt))
    return f"{PREFIX[p.family]}-{int.from_bytes(raw[:4], 'big') % 10000:04d}"


def cut(text: str) -> tuple[str, str]:
    """Description (≤ 30 characters, cut at the last space that fits) and Description 2 (the rest)."""
    if len(text) <= WIDTH:
        return text, ""
    at = text.rfind(" ", 0, WIDTH + 1)
    return text[:at], text[at + 1:]


def P(key: str, full: str, family: str, brand: str, uom: str, price: str, attrs: dict[str, str],
      aliases: list[str] | None = None, pack: int = 1) -> Product:
    name, rest = cut(full)
    return Product(key, name, rest, family, brand, uom, Decimal(price), attrs, aliases or [], pack)


BORE = (10, 12, 15, 17, 20, 25, 30, 35, 40, 45, 50, 55, 60)
BEARING_SIZES = {  # designation: (d, D, B), as the makers' tables give them
    **{f"60{n:02d}": (BORE[n], od, b) for n, (od, b) in enumerate(zip(
        (26, 28, 32, 35, 42, 47, 55, 62, 68, 75, 80), (8, 8, 9, 10, 12, 12, 13, 14, 15, 16, 16), strict=True))},
    **{f"62{n:02d}": (BORE[n], od, b) for n, (od, b) in enumerate(zip(
        (30, 32, 35, 40, 47, 52, 62, 72, 80, 85, 90, 100, 110), (9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22), strict=True))},
    **{f"63{n:02d}": (BORE[n], od, b) for n, (od, b) in enumerate(zip(
        (35, 37, 42, 47, 52, 62, 72, 80, 90, 100, 110), (11, 12, 13, 14, 15, 17, 19, 21, 23, 25, 27), strict=True))},
}
SEALS = {  # seal: brand -> maker's suffix
    "abierto": {"SKF": "", "NTN": "", "NSK": "", "ZWZ": ""},
    "2RS": {"SKF": "-2RSH", "NTN": "LLU", "NSK": "DDU", "ZWZ": "-2RS"},
    "ZZ": {"SKF": "-2Z", "NTN": "ZZ", "NSK": "ZZ", "ZWZ": "-2Z"},
}
SEAL_SHORT = {"abierto": "ABIERTO", "2RS": "2RS", "ZZ": "ZZ"}


def bearings() -> list[Product]:
    out = []
    for des, (d, big, b) in BEARING_SIZES.items():
        for seal, suffixes in SEALS.items():
            for brand in sorted(suffixes, key=lambda br: unit(des + seal, br, "10"))[:2]:
                ref = des + suffixes[brand]
                price = Decimal(3 + d * 0.3 + big * 0.07).quantize(Decimal("0.01")) * (Decimal("1.35") if brand == "SKF" else 1)
                out.append(P(f"rod|{des}|{seal}|{brand}", f"ROD BOL {des} {SEAL_SHORT[seal]} {brand} {d}X{big}X{b}MM",
                             RODAMIENTOS, brand, "UND", str(price),
                             {"type": "rodamiento", "designacion": des, "sello": seal},
                             [f"{brand} {ref}"] if suffixes[brand] and brand != "ZWZ" else []))
    for n in range(4, 13):
        for brand, ref in (("NTN", f"UCP2{n:02d}D1"), ("FYH", f"UCP2{n:02d}")):
            out.append(P(f"chum|UCP2{n:02d}|{brand}", f"CHUMACERA UCP2{n:02d} {brand} EJE {5 * n}MM HIERRO FUND",
                         RODAMIENTOS, brand, "UND", f"{9 + n * 2.4:.2f}",
                         {"type": "chumacera", "designacion": f"UCP2{n:02d}"}, [f"{brand} {ref}"] if brand == "NTN" else []))
    return out


BOLT_LEN = {"1/4": ("1", "1-1/2", "2"), "5/16": ("1", "1-1/2", "2"), "3/8": ("1", "1-1/2", "2", "3"),
            "1/2": ("1-1/2", "2", "3", "4"), "5/8": ("2", "3", "4"), "3/4": ("2", "3", "4", "6")}
GRADES = {"G5": ("G5", "ZINC"), "G8": ("G8", "ZINC AMARILLO")}
METRIC_LEN = {"M6": (20, 30), "M8": (25, 40), "M10": (30, 50), "M12": (40, 60), "M16": (50, 80), "M20": (60, 100)}


def fasteners() -> list[Product]:
    out = []
    for dia, lengths in BOLT_LEN.items():
        for length in lengths:
            for grade, (g, finish) in GRADES.items():
                brand = "Fastenal" if grade == "G8" else "KPF"
                out.append(P(f"perno|{dia}|{length}|{grade}", f"PERNO HEX {g} {dia}X{length} {finish} UNC {brand.upper()}",
                             PERNERIA, brand, "UND", f"{0.08 + len(dia) * 0.05 * (2 if grade == 'G8' else 1):.2f}",
                             {"type": "perno_hex", "diametro": dia, "largo": length, "grado": grade}, pack=50 if dia in ("5/8", "3/4") else 100))
        for grade, (g, finish) in GRADES.items():
            brand = "Fastenal" if grade == "G8" else "KPF"
            out.append(P(f"tuerca|{dia}|{grade}", f"TUERCA HEX {g} {dia} UNC {finish} {brand.upper()}", PERNERIA, brand, "UND",
                         f"{0.03 + len(dia) * 0.02:.2f}", {"type": "tuerca", "diametro": dia, "grado": grade}, pack=100))
        out.append(P(f"arand|plana|{dia}", f"ARANDELA PLANA {dia} ZINC KPF", PERNERIA, "KPF", "UND", "0.03",
                     {"type": "arandela_plana", "diametro": dia}, pack=100))
        out.append(P(f"arand|presion|{dia}", f"ARANDELA PRESION {dia} ZINC KPF", PERNERIA, "KPF", "UND", "0.04",
                     {"type": "arandela_presion", "diametro": dia}, pack=100))
    for m, lengths in METRIC_LEN.items():
        for length in lengths:
            for cls, brand in (("8.8", "Würth"), ("10.9", "Unbrako")):
                kind = "perno_metrico" if cls == "8.8" else "allen_metrico"
                head = "PERNO HEX DIN933" if cls == "8.8" else "ALLEN CAB CIL DIN912"
                out.append(P(f"{kind}|{m}|{length}", f"{head} {m}X{length} {cls} {brand.upper()}", PERNERIA, brand, "UND",
                             f"{0.02 * int(m[1:]) * length / 10:.2f}",
                             {"type": kind, "metrica": m, "largo": str(length)},
                             [f"{brand} {'933' if cls == '8.8' else '912'} {m}X{length}"], pack=50))
    for size in ("8X1/2", "8X3/4", "10X3/4", "10X1", "12X1", "12X1-1/2"):
        out.append(P(f"autop|{size}", f"TORNILLO AUTOPERF HEX {size} CAJ 100U KPF", PERNERIA, "KPF", "CAJ",
                     f"{6 + len(size):.2f}", {"type": "autoperforante", "medida": size}))
    return out


INCH = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")


def valves() -> list[Product]:
    out = []
    for i, s in enumerate(INCH):
        for brand, ref in (("Kitz", "58"), ("Apollo", "70-10")):
            out.append(P(f"vb|bronce|{s}|{brand}", f"VALV BOLA BRONCE {s} NPT 600WOG {brand.upper()}", VALVULAS, brand, "UND",
                         f"{7 + i * i * 3.2:.2f}", {"type": "valvula_bola", "material": "bronce", "rosca": s},
                         [f"{brand} {ref}{i}" if brand == "Apollo" else f"Kitz {ref}-{s}"]))
        out.append(P(f"vb|inox|{s}", f"VALV BOLA INOX 316 {s} NPT 1000WOG KITZ", VALVULAS, "Kitz", "UND",
                     f"{19 + i * i * 6.5:.2f}", {"type": "valvula_bola", "material": "inox", "rosca": s}))
        out.append(P(f"check|{s}", f"VALV CHECK BRONCE {s} NPT 200WOG CRANE", VALVULAS, "Crane", "UND",
                     f"{8 + i * i * 2.5:.2f}", {"type": "valvula_check", "rosca": s}))
        out.append(P(f"comp|{s}", f"VALV COMPUERTA BRONCE {s} NPT CRANE", VALVULAS, "Crane", "UND",
                     f"{10 + i * i * 3:.2f}", {"type": "valvula_compuerta", "rosca": s}))
    fittings = {"codo": "CODO 90", "tee": "TEE", "union": "UNION UNIVERSAL", "neplo": "NEPLO CORRIDO", "tapon": "TAPON MACHO",
                "bushing": "BUSHING RED"}
    for kind, word in fittings.items():
        for i, s in enumerate(INCH):
            if kind == "bushing" and i == 0:
                continue
            for mat, brand, short in (("galvanizado", "Tupy", "HG"), ("negro", "Ward", "HN")):
                out.append(P(f"acc|{kind}|{s}|{mat}", f"{word} {short} {s} NPT 150LB {brand.upper()}", VALVULAS, brand,
                             "UND", f"{0.8 + i * i * 0.7:.2f}", {"type": kind, "rosca": s, "material": mat}))
    return out


def electrical() -> list[Product]:
    out = []
    refs = {"Schneider": "A9F7", "Siemens": "5SL", "LS": "BKN"}
    for poles in ("1P", "2P", "3P"):
        for a in (6, 10, 16, 20, 32, 40, 50, 63):
            for brand in sorted(refs, key=lambda b: unit(f"{poles}{a}", b, "10"))[:2]:
                out.append(P(f"brk|{poles}|{a}|{brand}", f"BREAKER RIEL {poles} {a}A 10KA {brand.upper()} CURVA C",
                             ELECTRICO, brand, "UND", f"{7 + a * 0.35 + int(poles[0]) * 9:.2f}",
                             {"type": "breaker_riel", "polos": poles, "amperios": str(a)},
                             [f"{brand} {refs[brand]}{poles[0]}{a:02d}"]))
    for poles in ("1P", "2P"):
        for a in (15, 20, 30, 40, 50, 60):
            out.append(P(f"qo|{poles}|{a}", f"BREAKER ENCHUF QO{poles[0]}{a} {poles} {a}A SQUARE D", ELECTRICO, "Square D",
                         "UND", f"{6 + a * 0.2 + int(poles[0]) * 5:.2f}",
                         {"type": "breaker_enchufable", "polos": poles, "amperios": str(a)}, [f"QO{poles[0]}{a}"]))
    for a in (9, 12, 18, 25, 32, 40, 65):
        for coil in ("220VAC", "24VAC"):
            for brand, ref in (("Schneider", f"LC1D{a:02d}{'M7' if coil == '220VAC' else 'B7'}"), ("Siemens", f"3RT-{a}-{coil[:2]}")):
                out.append(P(f"cont|{a}|{coil}|{brand}", f"CONTACTOR {a}A BOB {coil} {brand.upper()} 3P 1NA",
                             ELECTRICO, brand, "UND", f"{22 + a * 1.7:.2f}", {"type": "contactor", "amperios": str(a), "bobina": coil},
                             [f"{brand} {ref}"] if brand == "Schneider" else []))
    for awg in ("14", "12", "10", "8", "6", "4", "2"):
        for colour in ("negro", "blanco", "rojo", "verde"):
            out.append(P(f"thhn|{awg}|{colour}", f"CABLE THHN {awg} AWG {colour.upper()} ELECTROCABLES 600V CU",
                         ELECTRICO, "Electrocables", "MT", f"{0.12 + (16 - int(awg)) * 0.09:.2f}",
                         {"type": "cable_thhn", "calibre": awg, "color": colour}))
    for spec in ("2X12", "3X12", "3X10", "4X8"):
        out.append(P(f"sucre|{spec}", f"CABLE SUCRE {spec} AWG ELECTROCABLES 600V", ELECTRICO, "Electrocables", "MT",
                     f"{0.9 + int(spec[0]) * 0.4:.2f}", {"type": "cable_sucre", "calibre": spec}))
    return out


def abrasives() -> list[Product]:
    out = []
    for d, mm in (("4-1/2", 115), ("7", 180), ("9", 230)):
        for t in (("1.0", "1.6") if mm < 230 else ("1.9", "3.0")):
            for brand in ("Norton", "3M"):
                out.append(P(f"corte|{d}|{t}|{brand}", f"DISCO CORTE {d}X{t}MM INOX {brand.upper()}", ABRASIVOS, brand,
                             "UND", f"{1.1 + mm / 100 * float(t):.2f}", {"type": "disco_corte", "diametro": d, "espesor": t}))
        for brand in ("Norton", "Dewalt"):
            out.append(P(f"desb|{d}|{brand}", f"DISCO DESBASTE {d}X1/4 {brand.upper()} ACERO", ABRASIVOS, brand, "UND",
                         f"{2 + mm / 45:.2f}", {"type": "disco_desbaste", "diametro": d}))
        if mm < 230:
            for grit in ("40", "60", "80", "120"):
                for brand, ref in (("Norton", "R822"), ("3M", "967A")):
                    out.append(P(f"flap|{d}|{grit}|{brand}", f"DISCO FLAP {d} G{grit} {brand.upper()} ZIRCONIO", ABRASIVOS,
                                 brand, "UND", f"{3.2 + mm / 60:.2f}", {"type": "disco_flap", "diametro": d, "grano": grit},
                                 [f"{brand} {ref} {d} {grit}"]))
    for grit in ("80", "120", "220"):
        out.append(P(f"lija|{grit}", f"LIJA AGUA G{grit} 9X11 PULG NORTON PLIEGO", ABRASIVOS, "Norton", "UND", "0.55",
                     {"type": "lija", "grano": grit}))
    return out


def belts() -> list[Product]:
    out = []
    sections = {"A": range(30, 74, 4), "B": range(40, 95, 5), "3V": range(450, 1050, 50)}
    for sec, lengths in sections.items():
        for length in lengths:
            for brand in ("Gates", "Bando") if length % 2 == 0 else ("Gates",):
                ref = f"{sec}{length}"
                out.append(P(f"banda|{sec}|{length}|{brand}", f"BANDA {'EN V' if sec != '3V' else 'ANGOSTA'} {ref} {brand.upper()}",
                             BANDAS, brand, "UND", f"{4 + length / (100 if sec == '3V' else 6):.2f}",
                             {"type": "banda", "seccion": sec, "largo": str(length)},
                             [f"{brand} {'Hi-Power II' if brand == 'Gates' and sec != '3V' else 'Super HC' if brand == 'Gates' else 'Power King'} {ref}"] if brand == "Gates" else []))
    return out


ROD_DIA = {"3/32": "2.4", "1/8": "3.2", "5/32": "4.0"}


def welding() -> list[Product]:
    out = []
    for cls in ("E6011", "E6013", "E7018"):
        for dia in ROD_DIA:
            for brand, ref in (("Lincoln", {"E6011": "Fleetweld 35", "E6013": "Fleetweld 37", "E7018": "Excalibur 7018"}[cls]),
                               ("ESAB", {"E6011": "OK 22.45P", "E6013": "OK 46.00", "E7018": "OK 48.04"}[cls])):
                out.append(P(f"elec|{cls}|{dia}|{brand}", f"ELECTRODO {cls} {dia} {brand.upper()} CAJ 20KG", SOLDADURA, brand,
                             "KG", "4.20", {"type": "electrodo", "clase": cls, "diametro": dia}, [f"{brand} {ref} {dia}"], pack=20))
    for dia in (".030", ".035", ".045"):
        out.append(P(f"mig|{dia}", f"ALAMBRE MIG ER70S-6 {dia} ROLLO 15KG LINCOLN", SOLDADURA, "Lincoln", "KG", "3.40",
                     {"type": "alambre_mig", "diametro": dia}, [f"Lincoln SuperArc L-56 {dia}"], pack=15))
    return out


def tools() -> list[Product]:
    out = []
    for mm in (8, 10, 12, 13, 14, 17, 19, 22, 24):
        for brand, ref in (("Stanley", f"STMT80{mm:03d}"), ("Truper", f"LLCM-{mm}")):
            out.append(P(f"mixta|{mm}mm|{brand}", f"LLAVE MIXTA {mm}MM {brand.upper()} CROMO VANADIO", HERRAMIENTAS, brand,
                         "UND", f"{3.5 + mm * 0.4:.2f}", {"type": "llave_mixta", "medida": f"{mm}mm"}, [f"{brand} {ref}"]))
    for s in ("3/8", "7/16", "1/2", "9/16", "5/8", "3/4", "7/8", "1"):
        for brand in ("Stanley", "Truper"):
            out.append(P(f"mixta|{s}|{brand}", f"LLAVE MIXTA {s} PULG {brand.upper()} CROMO VANADIO", HERRAMIENTAS, brand,
                         "UND", f"{4 + len(s):.2f}", {"type": "llave_mixta", "medida": s}))
    for inch in (10, 14, 18, 24, 36):
        for brand in ("Ridgid", "Truper"):
            out.append(P(f"tubo|{inch}|{brand}", f"LLAVE TUBO {inch} PULG {brand.upper()} HIERRO", HERRAMIENTAS, brand, "UND",
                         f"{14 + inch * 2.2:.2f}", {"type": "llave_tubo", "pulgadas": str(inch)}, [f"Ridgid 31{inch + 10}"] if brand == "Ridgid" else []))
    for inch in (6, 8, 10, 12):
        for brand in ("Stanley", "Bahco"):
            out.append(P(f"pico|{inch}|{brand}", f"LLAVE AJUSTABLE {inch} PULG {brand.upper()}", HERRAMIENTAS, brand, "UND",
                         f"{9 + inch * 1.9:.2f}", {"type": "llave_ajustable", "pulgadas": str(inch)}))
    for brand in ("Stanley", "Truper"):
        out.append(P(f"dados|1/2|{brand}", f"JGO DADOS 1/2 MANDO 24PZ {brand.upper()} MM", HERRAMIENTAS, brand, "JGO", "48.00",
                     {"type": "juego_dados"}))
        out.append(P(f"allen|{brand}", f"JGO LLAVES ALLEN 9PZ MM {brand.upper()}", HERRAMIENTAS, brand, "JGO", "9.80",
                     {"type": "juego_allen"}))
    return out


def safety() -> list[Product]:
    out = []
    for kind, word, brand, price in (("nitrilo", "GUANTE NITRILO", "Ansell", "3.10"), ("cuero", "GUANTE CUERO VAQUETA", "Steelpro", "4.60"),
                                     ("anticorte", "GUANTE ANTICORTE NIVEL 5", "Ansell", "9.80")):
        for size in ("8", "9", "10"):
            out.append(P(f"guante|{kind}|{size}", f"{word} T{size} {brand.upper()}", SEGURIDAD, brand, "PAR", price,
                         {"type": "guante", "material": kind, "talla": size}))
    for lens in ("clara", "oscura", "amarilla"):
        out.append(P(f"gafa|{lens}", f"GAFAS SEGURIDAD LENTE {lens.upper()} 3M SECURE FIT", SEGURIDAD, "3M", "UND", "4.30",
                     {"type": "gafas", "lente": lens}, [f"3M SF40{['1', '2', '3'][('clara', 'oscura', 'amarilla').index(lens)]}AF"]))
    for colour in ("blanco", "amarillo", "azul", "rojo"):
        out.append(P(f"casco|{colour}", f"CASCO V-GARD {colour.upper()} MSA RACHET TIPO I", SEGURIDAD, "MSA", "UND", "14.50",
                     {"type": "casco", "color": colour}))
    out.append(P("tapon|1100", "TAPON AUDITIVO 3M 1100 CAJ 200 PARES", SEGURIDAD, "3M", "CAJ", "62.00",
                 {"type": "tapon_auditivo"}, ["3M 1100"]))
    out.append(P("resp|8210", "RESPIRADOR N95 3M 8210 CAJ 20U", SEGURIDAD, "3M", "CAJ", "28.00", {"type": "respirador", "clase": "N95"}, ["3M 8210"]))
    out.append(P("resp|8511", "RESPIRADOR N95 VALVULA 3M 8511 CAJ 10U", SEGURIDAD, "3M", "CAJ", "34.00",
                 {"type": "respirador", "clase": "N95 valvula"}, ["3M 8511"]))
    for size in ("39", "40", "41", "42", "43"):
        out.append(P(f"bota|{size}", f"BOTA SEGURIDAD PUNTA ACERO T{size} STEELPRO", SEGURIDAD, "Steelpro", "PAR", "38.00",
                     {"type": "bota", "talla": size}))
    return out


def products() -> list[Product]:
    return bearings() + fasteners() + valves() + electrical() + abrasives() + belts() + welding() + tools() + safety()
