"""Catalog 8's products, family by family (DIN/ISO naming, Spain's trade words)."""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, digest, unit

RODAMIENTOS = "Rodamientos"
TORNILLERIA = "Tornillería"
VALVULAS = "Válvulas"
RACORERIA = "Racorería"
ELECTRICO = "Material eléctrico"
ABRASIVOS = "Abrasivos"
TRANSMISION = "Transmisión"
SOLDADURA = "Soldadura"
HERRAMIENTA = "Herramienta"
PREFIX = {RODAMIENTOS: "RO", TORNILLERIA: "TO", VALVULAS: "VA", RACORERIA: "RC", ELECTRICO: "EL",
          ABRASIVOS: "AB", TRANSMISION: "TR", SOLDADURA: "SO", HERRAMIENTA: "HE"}  # fmt: skip
CHECK = "ABCDEFHJKLMNPRTVWXY"


def code(p: Product, attempt: int) -> str:
    """Family letters, four digits and a check letter: `RO4127K`."""
    raw = digest(p.key, "sku8", str(attempt))
    return f"{PREFIX[p.family]}{int.from_bytes(raw[:4], 'big') % 9000 + 1000}{CHECK[raw[5] % len(CHECK)]}"


def P(key: str, name: str, desc: str, family: str, brand: str, uom: str, price: str, attrs: dict[str, str],
      aliases: list[str] | None = None, pack: int = 1) -> Product:
    return Product(key, name, desc, family, brand, uom, Decimal(price), attrs, aliases or [], pack)


BEARING_SIZES = {  # designation: (d, D, B)
    **{f"60{n:02d}": (10 + 2 * n if n < 4 else 5 * n, 26 + 6 * n, 8 + n // 3) for n in range(0, 11)},
    **{f"62{n:02d}": (10 + 2 * n if n < 4 else 5 * n, 30 + 7 * n, 9 + n) for n in range(0, 13)},
    **{f"63{n:02d}": (10 + 2 * n if n < 4 else 5 * n, 35 + 9 * n, 11 + n) for n in range(0, 11)},
}
SEALS = {  # seal: brand -> maker's suffix
    "abierto": {"SKF": "", "FAG": "", "NSK": ""},
    "2RS": {"SKF": "-2RSH", "FAG": "-2RSR", "NSK": "DDU"},
    "2Z": {"SKF": "-2Z", "FAG": "-2ZR", "NSK": "ZZ"},
}
SEAL_WORDS = {"abierto": "abierto", "2RS": "obturado con juntas de goma ambos lados", "2Z": "con tapas metálicas ambos lados"}


def bearings() -> list[Product]:
    out = []
    for des, (d, big, b) in BEARING_SIZES.items():
        for seal, suffixes in SEALS.items():
            brands = sorted(suffixes, key=lambda br: unit(des + seal, br))[:2]
            for brand in brands:
                ref = des + suffixes[brand]
                price = str(Decimal(4 + d * 0.35 + big * 0.08).quantize(Decimal("0.01")) * (Decimal("1.3") if brand == "SKF" else 1))
                out.append(P(f"rod|{des}|{seal}|{brand}", f"ROD. {ref} {brand}",
                             f"Rodamiento rígido de bolas {des}, {SEAL_WORDS[seal]}, {d}x{big}x{b} mm",
                             RODAMIENTOS, brand, "UD", price,
                             {"type": "rodamiento", "designacion": des, "obturacion": seal},
                             [f"{brand} {ref}"] if suffixes[brand] else []))
    return out


METRIC = ("M6", "M8", "M10", "M12", "M16", "M20")
LENGTHS = {"M6": (16, 20, 30), "M8": (20, 30, 40, 50), "M10": (30, 40, 50, 60), "M12": (30, 40, 60, 80),
           "M16": (50, 60, 80), "M20": (60, 80, 100)}
MATERIALS = {"8.8 zinc": ("8.8 ZINC.", "calidad 8.8 cincado"), "A2": ("INOX A2", "acero inoxidable A2")}
FASTENER_BRANDS = ("Fabory", "Bossard", "Würth")


def fasteners() -> list[Product]:
    out = []
    for m in METRIC:
        size = int(m[1:])
        for length in LENGTHS[m]:
            for mat, (short, words) in MATERIALS.items():
                brand = FASTENER_BRANDS[int(unit("t", m, str(length), mat) * 3)]
                out.append(P(f"tor|933|{m}|{length}|{mat}", f"TORN. HEX. DIN 933 {m}X{length} {short} {brand.upper()}",
                             f"Tornillo hexagonal rosca total DIN 933 / ISO 4017 {m} x {length} mm, {words}",
                             TORNILLERIA, brand, "UD", f"{0.02 * size * length / 10 * (3 if mat == 'A2' else 1):.2f}",
                             {"type": "tornillo_hex", "metrica": m, "largo": str(length), "material": mat},
                             [f"ISO 4017 {m}x{length} {mat.split()[0]}"], pack=100 if size < 12 else 50))
        for mat, (short, words) in MATERIALS.items():
            for din, kind, name, desc in (("934", "tuerca", "TCA. HEX. DIN 934", "Tuerca hexagonal DIN 934"),
                                          ("985", "tuerca_autoblocante", "TCA. AUTOBL. DIN 985", "Tuerca autoblocante con arandela de nylon DIN 985"),
                                          ("125", "arandela", "ARAND. PLANA DIN 125", "Arandela plana DIN 125")):  # fmt: skip
                brand = FASTENER_BRANDS[int(unit(din, m, mat) * 3)]
                out.append(P(f"{kind}|{m}|{mat}", f"{name} {m} {short} {brand.upper()}", f"{desc} {m}, {words}",
                             TORNILLERIA, brand, "UD", f"{0.01 * size * (3 if mat == 'A2' else 1):.2f}",
                             {"type": kind, "metrica": m, "material": mat}, pack=100))
    for m in METRIC[:5]:
        for length in LENGTHS[m]:
            for mat, (short, words) in MATERIALS.items():
                brand = FASTENER_BRANDS[int(unit("a", m, str(length), mat) * 3)]
                out.append(P(f"tor|912|{m}|{length}|{mat}", f"TORN. ALLEN DIN 912 {m}X{length} {short} {brand.upper()}",
                             f"Tornillo cilíndrico con hexágono interior DIN 912 / ISO 4762 {m} x {length} mm, {words}",
                             TORNILLERIA, brand, "UD", f"{0.03 * int(m[1:]) * length / 10 * (3 if mat == 'A2' else 1):.2f}",
                             {"type": "tornillo_allen", "metrica": m, "largo": str(length), "material": mat},
                             [f"ISO 4762 {m}x{length} {mat.split()[0]}"], pack=100 if int(m[1:]) < 12 else 50))
    for m in ("M3", "M4", "M5", "M6"):
        for length in (10, 16, 20, 25, 30):
            out.append(P(f"tor|7985|{m}|{length}", f"TORN. ALOM. PH DIN 7985 {m}X{length} ZINC. WÜRTH",
                         f"Tornillo alomado cabeza cruz Phillips DIN 7985 {m} x {length} mm, cincado", TORNILLERIA,
                         "Würth", "UD", f"{0.004 * int(m[1:]) * length:.2f}",
                         {"type": "tornillo_alomado", "metrica": m, "largo": str(length), "material": "zinc"}, pack=200))
    return out


INCH = ("1/4", "3/8", "1/2", "3/4", "1", "1 1/4", "1 1/2", "2")


def valves() -> list[Product]:
    out = []
    for i, s in enumerate(INCH):
        for brand in ("Genebre", "Arco"):
            out.append(P(f"val|bola|laton|{s}|{brand}", f'VALV. BOLA LATON H-H {s}" PN25 {brand.upper()}',
                         f'Válvula de bola de latón paso total, rosca hembra-hembra BSP {s}", PN25, maneta de palanca',
                         VALVULAS, brand, "UD", f"{6 + i * i * 3.5:.2f}",
                         {"type": "valvula_bola", "material": "laton", "rosca": s}))
        out.append(P(f"val|bola|inox|{s}", f'VALV. BOLA INOX 316 H-H {s}" GENEBRE',
                     f'Válvula de bola de acero inoxidable AISI 316, dos piezas, rosca hembra BSP {s}"', VALVULAS,
                     "Genebre", "UD", f"{18 + i * i * 7:.2f}", {"type": "valvula_bola", "material": "inox", "rosca": s}))
        out.append(P(f"val|retencion|{s}", f'VALV. RETENCION MUELLE LATON {s}" GENEBRE',
                     f'Válvula antirretorno de muelle, latón, rosca BSP {s}"', VALVULAS, "Genebre", "UD",
                     f"{5 + i * i * 2.2:.2f}", {"type": "valvula_retencion", "rosca": s}))
    for s in ("1/4", "3/8", "1/2", "3/4", "1"):
        for volts in ("24VDC", "230VAC"):
            out.append(P(f"ev|{s}|{volts}", f'ELECTROV. 2/2 NC {s}" {volts} PARKER',
                         f'Electroválvula 2/2 normalmente cerrada, cuerpo de latón, rosca {s}", bobina {volts}',
                         VALVULAS, "Parker", "UD", f"{48 + INCH.index(s) * 22:.2f}",
                         {"type": "electrovalvula", "rosca": s, "tension": volts},
                         [f"Parker 7321B{INCH.index(s) + 1}{'4' if volts == '24VDC' else '6'}00"]))
    return out


FITTINGS = {"codo": ("CODO 90 H-H", "Codo 90° hembra-hembra"), "te": ("TE IGUAL H", "Te igual hembra"),
            "manguito": ("MANGUITO H-H", "Manguito hembra-hembra"), "machon": ("MACHON M-M", "Machón macho-macho"),
            "tapon": ("TAPON MACHO", "Tapón macho"), "casquillo": ("CASQUILLO RED. M-H", "Casquillo reducción macho-hembra")}


def fittings() -> list[Product]:
    out = []
    for kind, (short, words) in FITTINGS.items():
        for i, s in enumerate(INCH):
            if kind == "casquillo" and i == 0:
                continue
            for mat, brand, mname in (("galvanizado", "GF", "GALV."), ("laton", "Arco", "LATON")):
                out.append(P(f"rac|{kind}|{s}|{mat}", f'{short} {mname} {s}" {brand.upper()}',
                             f'{words} de {"fundición maleable galvanizada" if mat == "galvanizado" else "latón"}, rosca BSP {s}"',
                             RACORERIA, brand, "UD", f"{0.9 + i * i * 0.8 * (1.6 if mat == 'laton' else 1):.2f}",
                             {"type": kind, "rosca": s, "material": mat}))
    return out


def electrical() -> list[Product]:
    out = []
    amps = (6, 10, 16, 20, 25, 32, 40, 63)
    refs = {"Schneider": "A9F7", "ABB": "S20", "Hager": "MC", "Legrand": "4072"}
    for poles in ("1P+N", "2P", "3P", "4P"):
        for a in amps:
            for brand in sorted(refs, key=lambda b: unit(f"{poles}{a}", b))[:2]:
                out.append(P(f"mt|{poles}|{a}|{brand}", f"MAGNETOT. {poles} C{a} 6KA {brand.upper()}",
                             f"Interruptor magnetotérmico {poles}, curva C, {a} A, poder de corte 6 kA, carril DIN",
                             ELECTRICO, brand, "UD", f"{9 + a * 0.4 + len(poles) * 8:.2f}",
                             {"type": "magnetotermico", "polos": poles, "amperios": str(a)},
                             [f"{brand} {refs[brand]}{poles[0]}{a:02d}C"]))
    for poles in ("2P", "4P"):
        for a in (25, 40, 63):
            for sens in ("30mA", "300mA"):
                for brand in ("Schneider", "Hager"):
                    out.append(P(f"dif|{poles}|{a}|{sens}|{brand}", f"DIFERENCIAL {poles} {a}A {sens} AC {brand.upper()}",
                                 f"Interruptor diferencial {poles}, {a} A, sensibilidad {sens}, clase AC",
                                 ELECTRICO, brand, "UD", f"{40 + a + (30 if poles == '4P' else 0):.2f}",
                                 {"type": "diferencial", "polos": poles, "amperios": str(a), "sensibilidad": sens}))
    for a in (9, 12, 18, 25, 32, 40, 65):
        for coil in ("230VAC", "24VAC"):
            for brand, ref in (("Schneider", f"LC1D{a:02d}"), ("ABB", f"AF{a}-30-10")):
                out.append(P(f"cont|{a}|{coil}|{brand}", f"CONTACTOR 3P {a}A BOB. {coil} {brand.upper()}",
                             f"Contactor tripolar {a} A AC-3, bobina {coil}, 1NA auxiliar", ELECTRICO, brand, "UD",
                             f"{25 + a * 1.8:.2f}", {"type": "contactor", "amperios": str(a), "bobina": coil},
                             [f"{brand} {ref}{'P7' if coil == '230VAC' and brand == 'Schneider' else ('B7' if brand == 'Schneider' else ('-13' if coil == '230VAC' else '-11'))}"]))
    for sec in ("1.5", "2.5", "4", "6", "10", "16"):
        for colour in ("negro", "azul", "gris", "amarillo-verde"):
            out.append(P(f"cab|{sec}|{colour}", f"CABLE H07V-K {sec.replace('.', ',')}MM2 {colour.upper()} GENERAL CABLE",
                         f"Cable unipolar flexible H07V-K 450/750 V, {sec.replace('.', ',')} mm², color {colour}", ELECTRICO,
                         "General Cable", "M", f"{0.18 * float(sec) + 0.1:.2f}",
                         {"type": "cable", "seccion": sec, "color": colour}))
    return out


def abrasives() -> list[Product]:
    out = []
    for d in (115, 125, 230):
        for t in ((1.0, 1.6) if d < 230 else (1.9, 3.0)):
            for brand in ("Klingspor", "Pferd"):
                out.append(P(f"corte|{d}|{t}|{brand}", f"DISCO CORTE INOX {d}X{t:.1f} {brand.upper()}",
                             f"Disco de corte para inoxidable y acero, {d} x {str(t).replace('.', ',')} x 22,23 mm",
                             ABRASIVOS, brand, "UD", f"{1.2 + d / 100 * t:.2f}",
                             {"type": "disco_corte", "diametro": str(d), "espesor": str(t)}))
        for brand in ("Klingspor", "Pferd"):
            out.append(P(f"desb|{d}|{brand}", f"DISCO DESBASTE {d}X6,0 {brand.upper()}",
                         f"Disco de desbaste para acero, {d} x 6,0 x 22,23 mm", ABRASIVOS, brand, "UD",
                         f"{2 + d / 40:.2f}", {"type": "disco_desbaste", "diametro": str(d)}))
        if d < 230:
            for grit in (40, 60, 80, 120):
                for brand in ("Klingspor", "Pferd"):
                    out.append(P(f"lam|{d}|{grit}|{brand}", f"DISCO LAMINAS {d} G{grit} {brand.upper()}",
                                 f"Disco de láminas de circonio, {d} mm, grano {grit}, soporte de fibra",
                                 ABRASIVOS, brand, "UD", f"{3.5 + d / 60:.2f}",
                                 {"type": "disco_laminas", "diametro": str(d), "grano": str(grit)},
                                 [f"{brand} {'SMT 624' if brand == 'Klingspor' else 'POLIFAN PFF'} {d} Z{grit}"]))
    return out


def belts() -> list[Product]:
    out = []
    profiles = {"A": range(30, 70, 4), "B": range(40, 90, 5), "SPZ": range(800, 2000, 100), "SPA": range(1000, 2500, 150)}
    for profile, lengths in profiles.items():
        for length in lengths:
            for brand in ("Optibelt", "Roulunds") if length % 2 == 0 else ("Optibelt",):
                out.append(P(f"correa|{profile}|{length}|{brand}", f"CORREA TRAP. {profile}{' ' if len(profile) > 1 else ''}{length} {brand.upper()}",
                             f"Correa trapezoidal perfil {profile}, {'desarrollo ' + str(length) + ' mm' if len(profile) > 1 else str(length) + ' pulgadas'}",
                             TRANSMISION, brand, "UD", f"{4 + length / (100 if len(profile) > 1 else 5):.2f}",
                             {"type": "correa", "perfil": profile, "largo": str(length)}))
    return out


def welding() -> list[Product]:
    out = []
    for cls, words in (("E6013", "rutilo"), ("E7018", "básico")):
        for dia in ("2.5", "3.2", "4.0"):
            for brand, ref in (("Esab", "OK 46.00" if cls == "E6013" else "OK 48.00"), ("Lincoln", "Omnia 46" if cls == "E6013" else "Conarc 49C")):
                out.append(P(f"elec|{cls}|{dia}|{brand}", f"ELECTR. {cls} {dia.replace('.', ',')}X350 {brand.upper()}",
                             f"Electrodo {words} {cls} (AWS A5.1), Ø {dia.replace('.', ',')} mm, caja de 5 kg", SOLDADURA, brand,
                             "KG", "6.50", {"type": "electrodo", "clase": cls, "diametro": dia},
                             [f"{brand} {ref} {dia}"], pack=5))
    for dia in ("0.8", "1.0", "1.2"):
        out.append(P(f"hilo|{dia}", f"HILO MIG SG2 {dia.replace('.', ',')} BOB. 15KG ESAB",
                     f"Hilo macizo para soldadura MIG ER70S-6 (SG2), Ø {dia.replace('.', ',')} mm, bobina de 15 kg",
                     SOLDADURA, "Esab", "KG", "3.10", {"type": "hilo_mig", "diametro": dia}, [f"Esab OK Autrod 12.51 {dia}"], pack=15))
    return out


def tools() -> list[Product]:
    out = []
    for inch, mm in ((6, 150), (8, 200), (10, 250), (12, 300), (15, 375)):
        for brand, ref in (("Bahco", f"80{inch + 64}"), ("Stanley", f"0-87-43{inch}")):
            out.append(P(f"inglesa|{inch}|{brand}", f'LLAVE INGLESA {inch}" {mm}MM {brand.upper()}',
                         f"Llave inglesa ajustable de {inch}\" ({mm} mm), cromada", HERRAMIENTA, brand, "UD",
                         f"{12 + inch * 2.1:.2f}", {"type": "llave_inglesa", "pulgadas": str(inch)}, [f"{brand} {ref}"]))
    for mm in (8, 10, 12, 13, 14, 16, 17, 19, 22, 24):
        for brand, ref in (("Bahco", f"111M-{mm}"), ("Stanley", f"STMT8{mm:04d}")):
            out.append(P(f"comb|{mm}|{brand}", f"LLAVE COMBINADA {mm}MM {brand.upper()}",
                         f"Llave combinada fija-estrella de {mm} mm, cromo-vanadio", HERRAMIENTA, brand, "UD",
                         f"{4 + mm * 0.45:.2f}", {"type": "llave_combinada", "medida": str(mm)}, [f"{brand} {ref}"]))
    for brand in ("Bahco", "Stanley"):
        out.append(P(f"allen|{brand}", f"JGO. LLAVES ALLEN 1,5-10MM 9 PZ {brand.upper()}",
                     "Juego de 9 llaves Allen hexagonales de 1,5 a 10 mm, en soporte", HERRAMIENTA, brand, "JG",
                     "14.90", {"type": "juego_allen"}))
    return out


def products() -> list[Product]:
    return bearings() + fasteners() + valves() + fittings() + electrical() + abrasives() + belts() + welding() + tools()
