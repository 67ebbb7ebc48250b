"""Catalog 9's products, category by category (Odoo variants, US and metric sizes side by side)."""

from __future__ import annotations

from decimal import Decimal

from bench.catalog4.model import Product, unit

RODAMIENTOS = "Todos / Rodamientos"
TORNILLERIA = "Todos / Tornillería"
VALVULAS = "Todos / Válvulas"
CONEXIONES = "Todos / Conexiones"
ELECTRICOS = "Todos / Eléctricos"
ABRASIVOS = "Todos / Abrasivos"
HERRAMIENTAS = "Todos / Herramientas"
TRANSMISION = "Todos / Transmisión"
SOLDADURA = "Todos / Soldadura"
SEGURIDAD = "Todos / Seguridad industrial"


def P(key: str, ref: str, template: str, variant: list[tuple[str, str]], desc: str, family: str, brand: str,
      uom: str, price: str | float, attrs: dict[str, str], aliases: list[str] | None = None, pack: int = 1) -> Product:
    """A variant as Odoo exports it: `[REF] Template (Attribute: value, ...)`; the internal reference is the SKU."""
    shown = f" ({', '.join(f'{k}: {v}' for k, v in variant)})" if variant else ""
    p = Product(key, f"[{ref}] {template}{shown}", desc, family, brand, uom,
                Decimal(str(price)).quantize(Decimal("0.01")), attrs, aliases or [], pack)
    p.sku = ref
    return p


def two(seed: str, brands: tuple[str, ...]) -> list[str]:
    return sorted(brands, key=lambda b: unit(seed, b))[:2]


BEARINGS = {  # designation: (d, D, B) mm
    **{f"60{n:02d}": (10 + 2 * n if n < 4 else 5 * n, 26 + 6 * n, 8 + n // 3) for n in range(0, 9)},
    **{f"62{n:02d}": (10 + 2 * n if n < 4 else 5 * n, 30 + 7 * n, 9 + n) for n in range(0, 13)},
    **{f"63{n:02d}": (10 + 2 * n if n < 4 else 5 * n, 35 + 9 * n, 11 + n) for n in range(0, 9)},
}
SEAL_SUFFIX = {  # brand -> seal -> maker's suffix
    "SKF": {"abierto": "", "2RS": "-2RSH", "ZZ": "-2Z"}, "NTN": {"abierto": "", "2RS": "LLU", "ZZ": "ZZ"},
    "Koyo": {"abierto": "", "2RS": "2RS", "ZZ": "ZZ"}, "Timken": {"abierto": "", "2RS": "-2RS", "ZZ": "-ZZ"},
}  # fmt: skip
SEAL_WORDS = {"abierto": "abierto", "2RS": "sellos de caucho ambos lados", "ZZ": "blindajes metálicos ambos lados"}
BRAND_CODE = {"SKF": "SKF", "NTN": "NTN", "Koyo": "KOY", "Timken": "TIM", "FYH": "FYH"}


def bearings() -> list[Product]:
    out = []
    for des, (d, big, b) in BEARINGS.items():
        for seal in ("abierto", "2RS", "ZZ"):
            for brand in two(des + seal, tuple(SEAL_SUFFIX)):
                suffix = SEAL_SUFFIX[brand][seal]
                ref = f"RD-{des}{'' if seal == 'abierto' else '-' + seal}-{BRAND_CODE[brand]}"
                price = (4 + d * 0.35 + big * 0.08) * (1.3 if brand in ("SKF", "Timken") else 1)
                out.append(P(f"rod|{des}|{seal}|{brand}", ref, "Rodamiento rígido de bolas",
                             [("Serie", des), ("Sello", seal.capitalize() if seal == "abierto" else seal), ("Marca", brand)],
                             f"Rodamiento de una hilera de bolas {des}, {SEAL_WORDS[seal]}, {d}x{big}x{b} mm", RODAMIENTOS,
                             brand, "Unidades", price, {"type": "rodamiento", "designacion": des, "sello": seal},
                             [f"{brand} {des}{suffix}"] if suffix else []))
    for n, inch in ((5, ""), (6, ""), (7, ""), (8, ""), (9, ""), (10, ""), (5, '1"'), (6, '1-1/8"'), (7, '1-1/4"'), (8, '1-1/2"')):
        shaft = inch or f"{n * 5}mm"
        series = f"UCP2{n:02d}" + {"": "", '1"': "-16", '1-1/8"': "-18", '1-1/4"': "-20", '1-1/2"': "-24"}[inch]
        for brand in ("FYH", "NTN"):
            out.append(P(f"chum|{series}|{brand}", f"RD-{series}-{BRAND_CODE[brand]}", "Chumacera de piso",
                         [("Serie", series), ("Eje", shaft), ("Marca", brand)],
                         f"Chumacera de pie con rodamiento de inserción, eje {shaft}, soporte de hierro fundido",
                         RODAMIENTOS, brand, "Unidades", 14 + n * 3.2, {"type": "chumacera", "serie": series, "eje": shaft},
                         [f"{brand} {series}"]))
    return out


METRIC = {"M6": (20, 30), "M8": (20, 30, 40, 50), "M10": (30, 40, 50, 70), "M12": (40, 50, 70), "M16": (50, 70)}
FINISH = {"zincado": ("ZN", "Zincado", "clase 8.8 zincado"), "inox": ("SS", "Inox 304", "acero inoxidable 304")}
UNC = {"1/4": ("025", "20"), "5/16": ("031", "18"), "3/8": ("038", "16"), "1/2": ("050", "13"), "5/8": ("062", "11"), "3/4": ("075", "10")}
INCH_LEN = {"1": "100", "1-1/2": "150", "2": "200", "3": "300"}
GRADE = {"5": ("G5", "Zincado", "grado 5 zincado"), "8": ("G8", "Zinc amarillo", "grado 8 zinc amarillo")}
FASTENER_BRANDS = ("Hillman", "Chun Yu")


def fasteners() -> list[Product]:
    out = []
    for m, lengths in METRIC.items():
        size = int(m[1:])
        for length in lengths:
            for fin, (fc, fname, words) in FINISH.items():
                brand = FASTENER_BRANDS[int(unit("b", m, str(length), fin) * 2)]
                out.append(P(f"perno|{m}|{length}|{fin}", f"FE-{m}X{length}-{fc}", "Perno hexagonal",
                             [("Medida", f"{m}x{length}"), ("Acabado", fname)],
                             f"Perno cabeza hexagonal métrico {m} x {length} mm, rosca estándar, {words}", TORNILLERIA, brand,
                             "Unidades", 0.02 * size * length / 10 * (3 if fin == "inox" else 1),
                             {"type": "perno_hex", "medida": m, "largo": str(length), "acabado": fin},
                             pack=100 if size < 12 else 50))
    for dia, (dc, tpi) in UNC.items():
        for length, lc in INCH_LEN.items():
            for grade, (gc, gname, words) in GRADE.items():
                brand = FASTENER_BRANDS[int(unit("i", dia, length, grade) * 2)]
                out.append(P(f"perno|{dia}|{length}|g{grade}", f"FE-{dc}X{lc}-{gc}", "Perno hexagonal UNC",
                             [("Medida", f"{dia}-{tpi} x {length}"), ("Grado", grade), ("Acabado", gname)],
                             f'Perno cabeza hexagonal rosca corriente UNC {dia}"-{tpi} x {length}", {words} (SAE J429)',
                             TORNILLERIA, brand, "Unidades", 0.05 * int(dc) / 10 * float(int(lc) / 100) * (1.6 if grade == "8" else 1),
                             {"type": "perno_hex", "medida": dia, "largo": length, "grado": grade},
                             [f"{brand} {dia}-{tpi}x{length} GR{grade}"] if brand == "Hillman" else [],
                             pack=100 if int(dc) < 50 else 50))
    for m in METRIC:
        for fin, (fc, fname, words) in FINISH.items():
            for kind, template, code, desc in (("tuerca", "Tuerca hexagonal", "TH", "Tuerca hexagonal métrica"),
                                               ("arandela", "Arandela plana", "AP", "Arandela plana métrica")):  # fmt: skip
                out.append(P(f"{kind}|{m}|{fin}", f"FE-{code}-{m}-{fc}", template, [("Medida", m), ("Acabado", fname)],
                             f"{desc} {m}, {words.replace('clase 8.8 ', '')}", TORNILLERIA, "Chun Yu", "Unidades",
                             0.01 * int(m[1:]) * (3 if fin == "inox" else 1),
                             {"type": kind, "medida": m, "acabado": fin}, pack=100))
    for dia, (dc, tpi) in UNC.items():
        for kind, template, code, desc, grades in (
            ("tuerca", "Tuerca hexagonal UNC", "TH", f'Tuerca hexagonal UNC {dia}"-{tpi}', ("5", "8")),
            ("tuerca_nylon", "Tuerca de seguridad con nylon", "TN", f'Tuerca de seguridad con inserto de nylon UNC {dia}"-{tpi}, zincada', ("",)),
            ("arandela", "Arandela plana SAE", "AP", f'Arandela plana SAE {dia}", zincada', ("",)),
            ("arandela_presion", "Arandela de presión", "AS", f'Arandela de presión (partida) {dia}", zincada', ("",)),
        ):
            for grade in grades:
                attrs = {"type": kind, "medida": dia, **({"grado": grade} if grade else {})}
                out.append(P(f"{kind}|{dia}|{grade}", f"FE-{code}{dc}{'-G' + grade if grade else ''}", template,
                             [("Medida", dia), *([("Grado", grade)] if grade else [])],
                             desc + (f", grado {grade}" if grade else ""), TORNILLERIA, "Hillman", "Unidades",
                             0.03 * int(dc) / 10, attrs, pack=100))
    for gauge in ("8", "10", "12", "14"):
        for length, lc in (("3/4", "075"), ("1", "100"), ("1-1/2", "150"), ("2", "200")):
            out.append(P(f"broca|{gauge}|{length}", f"FE-PB{gauge}X{lc}", "Tornillo punta broca cabeza hexagonal",
                         [("Medida", f"#{gauge} x {length}"), ("Acabado", "Zincado")],
                         f'Tornillo autotaladrante punta broca, cabeza hexagonal con arandela, #{gauge} x {length}", para lámina de techo',
                         TORNILLERIA, "Hillman", "Unidades", 0.004 * int(gauge) * int(lc) / 50,
                         {"type": "punta_broca", "medida": f"#{gauge}", "largo": length}, pack=100))
    return out


INCH = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
ICODE = {"1/4": "025", "3/8": "038", "1/2": "050", "3/4": "075", "1": "100", "1-1/4": "125", "1-1/2": "150", "2": "200"}


def valves() -> list[Product]:
    out = []
    for i, s in enumerate(INCH):
        for brand, ref in (("Apollo", f"70-10{i + 1}-01"), ("Nibco", f"T-585-70-{ICODE[s]}")):
            out.append(P(f"vb|laton|{s}|{brand}", f"VA-BL-{ICODE[s]}-{brand[:3].upper()}", "Válvula de bola latón",
                         [("Rosca", f'{s}" NPT'), ("Marca", brand)],
                         f'Válvula de bola de latón paso completo, rosca hembra NPT {s}", 600 WOG, palanca', VALVULAS, brand,
                         "Unidades", 7 + i * i * 3.4, {"type": "valvula_bola", "material": "laton", "rosca": s}, [f"{brand} {ref}"]))
        out.append(P(f"vb|inox|{s}", f"VA-BI-{ICODE[s]}", "Válvula de bola inoxidable", [("Rosca", f'{s}" NPT')],
                     f'Válvula de bola acero inoxidable 316, dos piezas, rosca hembra NPT {s}", 1000 WOG', VALVULAS, "Apollo",
                     "Unidades", 19 + i * i * 7, {"type": "valvula_bola", "material": "inox", "rosca": s}, [f"Apollo 76-10{i + 1}-01"]))
    for i, s in enumerate(INCH[2:], start=2):
        out.append(P(f"check|{s}", f"VA-CH-{ICODE[s]}", "Válvula de retención de columpio", [("Rosca", f'{s}" NPT')],
                     f'Válvula check de columpio de bronce, rosca NPT {s}", clase 125', VALVULAS, "Nibco", "Unidades",
                     9 + i * i * 2.5, {"type": "valvula_check", "rosca": s}, [f"Nibco T-413-B-{ICODE[s]}"]))
        out.append(P(f"comp|{s}", f"VA-CP-{ICODE[s]}", "Válvula de compuerta", [("Rosca", f'{s}" NPT')],
                     f'Válvula de compuerta de bronce, vástago ascendente, rosca NPT {s}", clase 125', VALVULAS, "Hammond",
                     "Unidades", 11 + i * i * 3, {"type": "valvula_compuerta", "rosca": s}, [f"Hammond IB645-{ICODE[s]}"]))
    for i, s in enumerate(INCH[:5]):
        for volts, coil in (("24VDC", "24 VDC"), ("120VAC", "120 VAC")):
            out.append(P(f"sol|{s}|{volts}", f"VA-SOL-{ICODE[s]}-{volts}", "Válvula solenoide 2/2 NC",
                         [("Rosca", f'{s}" NPT'), ("Bobina", coil)],
                         f'Válvula solenoide 2 vías normalmente cerrada, cuerpo de latón, rosca NPT {s}", bobina {coil}',
                         VALVULAS, "ASCO", "Unidades", 55 + i * 24, {"type": "solenoide", "rosca": s, "tension": volts},
                         [f"ASCO 8210G0{i + 1}{'4' if volts == '24VDC' else '2'}"]))
    return out


FITTINGS = {"codo": ("Codo 90°", "CD"), "tee": ("Tee", "TE"), "union": ("Copla", "CP"), "niple": ("Niple hexagonal", "NH"),
            "tapon": ("Tapón macho", "TM"), "bushing": ("Bushing reductor", "BR")}  # fmt: skip
PVC = {"codo": ("Codo 90° PVC", "CD"), "tee": ("Tee PVC", "TE"), "union": ("Copla PVC", "CP"), "tapon": ("Tapón PVC", "TP"),
       "adaptador": ("Adaptador macho PVC", "AM")}  # fmt: skip


def fittings() -> list[Product]:
    out = []
    for kind, (template, code) in FITTINGS.items():
        for i, s in enumerate(INCH):
            if kind == "bushing" and i == 0:
                continue
            out.append(P(f"fit|{kind}|{s}|galv", f"CX-{code}-{ICODE[s]}-GV", template,
                         [("Medida", f'{s}"'), ("Material", "Hierro galvanizado")],
                         f'{template} de hierro maleable galvanizado, rosca NPT {s}", clase 150', CONEXIONES, "Ward",
                         "Unidades", 0.9 + i * i * 0.8, {"type": kind, "rosca": s, "material": "galvanizado"}))
    for kind, (template, code) in PVC.items():
        for i, s in enumerate(INCH[2:], start=2):
            out.append(P(f"fit|{kind}|{s}|pvc", f"CX-{code}-{ICODE[s]}-PVC", template,
                         [("Medida", f'{s}"'), ("Material", "PVC SCH 40")],
                         f'{template.replace(" PVC", "")} de PVC cédula 40 para presión, {s}", soldar', CONEXIONES, "Durman",
                         "Unidades", 0.3 + i * i * 0.25, {"type": kind, "rosca": s, "material": "pvc"}))
    return out


def electrical() -> list[Product]:
    out = []
    for poles, amps in (("1P", (15, 20, 30, 40, 50)), ("2P", (20, 30, 40, 50, 60))):
        for a in amps:
            for brand, ref in (("Square D", f"QO{poles[0]}{a}"), ("Siemens", f"Q{poles[0]}{a}")):
                out.append(P(f"qo|{poles}|{a}|{brand}", f"EL-{ref}", "Breaker enchufable",
                             [("Polos", poles), ("Amperaje", f"{a} A"), ("Marca", brand)],
                             f"Interruptor termomagnético enchufable {poles} {a} A, 120/240 V, 10 kA, para centro de carga",
                             ELECTRICOS, brand, "Unidades", 8 + a * 0.25 + (12 if poles == "2P" else 0),
                             {"type": "breaker_enchufable", "polos": poles, "amperios": str(a)},
                             [f"{brand} {ref}"]))
    for poles in ("1P", "2P", "3P"):
        for a in (6, 10, 16, 20, 25, 32, 40, 63):
            for brand in two(f"din{poles}{a}", ("Chint", "Schneider", "ABB")):
                alias = {"Chint": f"Chint NXB-63 {poles} C{a}", "Schneider": f"Schneider A9F74{poles[0]}{a:02d}",
                         "ABB": f"ABB S20{poles[0]}-C{a}"}[brand]  # fmt: skip
                out.append(P(f"mcb|{poles}|{a}|{brand}", f"EL-MCB-{poles}C{a}-{brand[:3].upper()}", "Interruptor riel DIN",
                             [("Polos", poles), ("Curva", "C"), ("Amperaje", f"{a} A"), ("Marca", brand)],
                             f"Interruptor termomagnético miniatura riel DIN {poles}, curva C, {a} A, 6 kA", ELECTRICOS, brand,
                             "Unidades", 6 + a * 0.3 + int(poles[0]) * 7, {"type": "breaker_din", "polos": poles, "amperios": str(a)},
                             [alias]))
    for a in (9, 12, 18, 25, 32, 40, 65):
        for coil, g7 in (("120VAC", ("G7", "120V")), ("220VAC", ("M7", "220V"))):
            for brand, ref in (("Schneider", f"LC1D{a:02d}{g7[0]}"), ("Chint", f"NXC-{a:02d} {g7[1]}")):
                out.append(P(f"cont|{a}|{coil}|{brand}", f"EL-CT{a:02d}-{coil[:3]}-{brand[:3].upper()}", "Contactor tripolar",
                             [("Amperaje", f"{a} A"), ("Bobina", coil.replace("VAC", " VAC")), ("Marca", brand)],
                             f"Contactor tripolar {a} A AC-3, bobina {coil.replace('VAC', ' VAC')}, 1 NA auxiliar", ELECTRICOS,
                             brand, "Unidades", 22 + a * 1.7, {"type": "contactor", "amperios": str(a), "bobina": coil},
                             [f"{brand} {ref}"]))
    for awg in ("14", "12", "10", "8", "6"):
        for colour in ("negro", "blanco", "rojo", "verde"):
            out.append(P(f"thhn|{awg}|{colour}", f"EL-THHN{awg}-{colour[:2].upper()}", "Cable THHN/THWN-2",
                         [("Calibre", f"{awg} AWG"), ("Color", colour.capitalize())],
                         f"Cable de cobre THHN/THWN-2 {awg} AWG, 600 V, 90 °C, color {colour}, por metro", ELECTRICOS,
                         "Phelps Dodge", "m", 0.35 * (16 - int(awg)) / 2 + 0.2, {"type": "cable", "calibre": awg, "color": colour}))
    return out


def abrasives() -> list[Product]:
    out = []
    for dia, thick, mm in (("4-1/2", ".045", "115x1.0"), ("4-1/2", "1/16", "115x1.6"), ("7", "1/16", "180x1.6"),
                           ("9", "5/64", "230x2.0"), ("14", "7/64", "355x2.8")):  # fmt: skip
        for brand in ("Norton", "DeWalt"):
            out.append(P(f"corte|{dia}|{thick}|{brand}", f"AB-DC-{dia.replace('-', '').replace('/', '')}-{thick.replace('/', '').replace('.', '')}-{brand[:3].upper()}",
                         "Disco de corte metal", [("Diámetro", f'{dia}"'), ("Espesor", f'{thick}"'), ("Marca", brand)],
                         f'Disco de corte para metal e inoxidable {dia}" x {thick}" ({mm} mm), centro 7/8"', ABRASIVOS, brand,
                         "Unidades", 1.1 + float(dia.split("-")[0]) * 0.4, {"type": "disco_corte", "diametro": dia, "espesor": thick}))
    for dia in ("4-1/2", "7", "9"):
        for brand in ("Norton", "DeWalt"):
            out.append(P(f"desb|{dia}|{brand}", f"AB-DD-{dia.replace('-', '').replace('/', '')}-{brand[:3].upper()}", "Disco de desbaste",
                         [("Diámetro", f'{dia}"'), ("Marca", brand)],
                         f'Disco de desbaste para acero {dia}" x 1/4", centro 7/8"', ABRASIVOS, brand, "Unidades",
                         2 + float(dia.split("-")[0]) * 0.6, {"type": "disco_desbaste", "diametro": dia}))
        if dia != "9":
            for grit in (40, 60, 80, 120):
                for brand, ref in (("Norton", f"R822 {dia} Z{grit}"), ("3M", f"967A {dia} {grit}+")):
                    out.append(P(f"flap|{dia}|{grit}|{brand}", f"AB-DL-{dia.replace('-', '').replace('/', '')}-{grit}-{brand[:3].upper()}",
                                 "Disco flap", [("Diámetro", f'{dia}"'), ("Grano", str(grit)), ("Marca", brand)],
                                 f'Disco de láminas (flap) de zirconio {dia}", grano {grit}, tipo 29', ABRASIVOS, brand,
                                 "Unidades", 3.5 + float(dia.split("-")[0]) * 0.5, {"type": "disco_flap", "diametro": dia, "grano": str(grit)},
                                 [f"{brand} {ref}"]))
    for grit in (80, 120, 150, 220, 320, 400):
        out.append(P(f"lija|{grit}", f"AB-LJ-{grit}", "Lija de agua", [("Grano", str(grit))],
                     f"Pliego de lija al agua 9 x 11 pulgadas, grano {grit}", ABRASIVOS, "3M", "Unidades", 0.85,
                     {"type": "lija", "grano": str(grit)}, [f"3M 413Q {grit}"], pack=50))
    return out


def tools() -> list[Product]:
    out = []
    for size, code in (("8mm", "08M"), ("10mm", "10M"), ("12mm", "12M"), ("13mm", "13M"), ("14mm", "14M"), ("17mm", "17M"),
                       ("19mm", "19M"), ("22mm", "22M"), ('5/16"', "516"), ('3/8"', "38"), ('7/16"', "716"), ('1/2"', "12"),
                       ('9/16"', "916"), ('5/8"', "58"), ('3/4"', "34"), ('7/8"', "78")):  # fmt: skip
        for brand in ("Truper", "Stanley"):
            ref = f"{15500 + int(unit(size, 'tr') * 400)}" if brand == "Truper" else f"STMT{int(unit(size, 'st') * 90000) + 10000}"
            out.append(P(f"comb|{size}|{brand}", f"HE-LC{code}-{brand[:2].upper()}", "Llave combinada",
                         [("Medida", size), ("Marca", brand)],
                         f"Llave combinada (boca y estría) {size}, acero cromo vanadio, 12 puntas", HERRAMIENTAS, brand,
                         "Unidades", 4 + len(code) * 1.5 + unit(size) * 6,
                         {"type": "llave_combinada", "medida": size.replace('"', "")}, [f"{brand} {ref}"]))
    for inch in (6, 8, 10, 12, 15):
        for brand, ref in (("Truper", f"PET-{inch}"), ("Stanley", f"87-4{inch:02d}")):
            out.append(P(f"ajust|{inch}|{brand}", f"HE-LA{inch:02d}-{brand[:2].upper()}", "Llave ajustable",
                         [("Largo", f'{inch}"'), ("Marca", brand)], f'Llave ajustable (perica) de {inch}", cromada', HERRAMIENTAS,
                         brand, "Unidades", 9 + inch * 1.9, {"type": "llave_ajustable", "pulgadas": str(inch)}, [f"{brand} {ref}"]))
    for inch in (10, 14, 18, 24):
        for brand, ref in (("Truper", f"STI-{inch}"), ("Ridgid", f"310{inch:02d}")):
            out.append(P(f"stillson|{inch}|{brand}", f"HE-LS{inch:02d}-{brand[:2].upper()}", "Llave stillson",
                         [("Largo", f'{inch}"'), ("Marca", brand)], f'Llave para tubo tipo stillson de {inch}", cuerpo de hierro',
                         HERRAMIENTAS, brand, "Unidades", 14 + inch * 2.6, {"type": "llave_tubo", "pulgadas": str(inch)},
                         [f"{brand} {ref}"]))
    for system, pieces, words in (("metrico", 9, "1,5 a 10 mm"), ("SAE", 13, '0.050" a 3/8"')):
        for brand in ("Truper", "Stanley"):
            out.append(P(f"allen|{system}|{brand}", f"HE-JA{'M' if system == 'metrico' else 'S'}-{brand[:2].upper()}",
                         "Juego de llaves hexagonales", [("Sistema", "Métrico" if system == "metrico" else "SAE"), ("Marca", brand)],
                         f"Juego de {pieces} llaves hexagonales (allen) {words}, con organizador", HERRAMIENTAS, brand, "Juego",
                         11 + pieces * 0.4, {"type": "juego_allen", "sistema": system}))
    return out


def belts() -> list[Product]:
    out = []
    for profile, lengths in (("A", range(26, 80, 3)), ("B", range(35, 95, 5))):
        for length in lengths:
            for brand in ("Gates", "Bando") if length % 2 == 0 else ("Gates",):
                out.append(P(f"banda|{profile}|{length}|{brand}", f"TR-{profile}{length}-{brand[:2].upper()}", "Banda en V",
                             [("Perfil", profile), ("Largo", f'{length}"'), ("Marca", brand)],
                             f"Banda en V sección {profile}, {length} pulgadas de largo exterior", TRANSMISION, brand,
                             "Unidades", 4 + length / 6, {"type": "banda", "perfil": profile, "largo": str(length)},
                             [f"{brand} {'Hi-Power II ' if brand == 'Gates' else 'Power King '}{profile}{length}"]))
    return out


def welding() -> list[Product]:
    out = []
    for cls, words in (("E6011", "celulósico"), ("E6013", "rutílico"), ("E7018", "bajo hidrógeno")):
        for dia, mm in (("3/32", "2.4"), ("1/8", "3.2"), ("5/32", "4.0")):
            for brand, ref in (("Lincoln", {"E6011": "Fleetweld 35", "E6013": "Fleetweld 37", "E7018": "Excalibur 7018"}[cls]),
                               ("Hobart", {"E6011": "335A", "E6013": "447A", "E7018": "418"}[cls])):  # fmt: skip
                out.append(P(f"elec|{cls}|{dia}|{brand}", f"SO-{cls}-{dia.replace('/', '')}-{brand[:2].upper()}", "Electrodo",
                             [("Clase", cls), ("Diámetro", f'{dia}"'), ("Marca", brand)],
                             f'Electrodo {words} AWS {cls}, {dia}" ({mm} mm), caja de 10 lb, se vende por libra',
                             SOLDADURA, brand, "lb", 2.1 + (0.6 if cls == "E7018" else 0),
                             {"type": "electrodo", "clase": cls, "diametro": dia}, [f"{brand} {ref} {dia}"], pack=10))
    for dia in (".030", ".035", ".045"):
        for brand, ref in (("Lincoln", "SuperArc L-56"), ("Hobart", "HB-28")):
            out.append(P(f"mig|{dia}|{brand}", f"SO-MIG{dia[1:]}-{brand[:2].upper()}", "Alambre MIG ER70S-6",
                         [("Diámetro", f'{dia}"'), ("Marca", brand)],
                         f'Alambre sólido para soldadura MIG ER70S-6, {dia}", carrete de 33 lb', SOLDADURA, brand, "lb", 1.6,
                         {"type": "alambre_mig", "diametro": dia}, [f"{brand} {ref} {dia}"], pack=33))
    return out


def safety() -> list[Product]:
    out = []
    for size in ("7", "8", "9", "10"):
        out.append(P(f"guante|nitrilo|{size}|Ansell", f"SE-GN-{size}-AN", "Guante recubierto de nitrilo",
                     [("Talla", size), ("Marca", "Ansell")], f"Guante de nylon recubierto de nitrilo en palma, talla {size}",
                     SEGURIDAD, "Ansell", "Par", 3.9, {"type": "guante_nitrilo", "talla": size}, [f"Ansell HyFlex 11-800-{size}"], pack=12))
        out.append(P(f"guante|nitrilo|{size}|Steelpro", f"SE-GN-{size}-SP", "Guante recubierto de nitrilo",
                     [("Talla", size), ("Marca", "Steelpro")], f"Guante de poliéster recubierto de nitrilo, talla {size}",
                     SEGURIDAD, "Steelpro", "Par", 1.7, {"type": "guante_nitrilo", "talla": size}, pack=12))
    out.append(P("guante|soldador", "SE-GS-UN", "Guante de soldador", [], "Guante de cuero carnaza para soldador, 14 pulgadas, forrado",
                 SEGURIDAD, "Steelpro", "Par", 6.5, {"type": "guante_soldador"}))
    for lens in ("claro", "gris", "ambar"):
        out.append(P(f"lente|{lens}|3M", f"SE-LS-{lens[:2].upper()}-3M", "Lentes de seguridad",
                     [("Lente", lens.capitalize()), ("Marca", "3M")], f"Lentes de seguridad SecureFit, lente {lens} antiempañante",
                     SEGURIDAD, "3M", "Unidades", 5.2, {"type": "lentes", "lente": lens},
                     [f"3M SF40{ {'claro': '1', 'gris': '2', 'ambar': '3'}[lens]}AF"]))
        if lens != "ambar":
            out.append(P(f"lente|{lens}|Steelpro", f"SE-LS-{lens[:2].upper()}-SP", "Lentes de seguridad",
                         [("Lente", lens.capitalize()), ("Marca", "Steelpro")], f"Lentes de seguridad policarbonato, lente {lens}",
                         SEGURIDAD, "Steelpro", "Unidades", 2.1, {"type": "lentes", "lente": lens}))
    for colour in ("blanco", "amarillo", "azul", "rojo", "naranja"):
        out.append(P(f"casco|{colour}|MSA", f"SE-CS-{colour[:2].upper()}-MSA", "Casco de seguridad",
                     [("Color", colour.capitalize()), ("Marca", "MSA")], f"Casco V-Gard tipo cachucha, suspensión de matraca, color {colour}",
                     SEGURIDAD, "MSA", "Unidades", 14.5, {"type": "casco", "color": colour}, [f"MSA V-Gard 4757{ord(colour[0]) % 10}{len(colour)}"]))
        if colour in ("blanco", "amarillo", "azul"):
            out.append(P(f"casco|{colour}|Steelpro", f"SE-CS-{colour[:2].upper()}-SP", "Casco de seguridad",
                         [("Color", colour.capitalize()), ("Marca", "Steelpro")], f"Casco de seguridad polietileno, ajuste de matraca, color {colour}",
                         SEGURIDAD, "Steelpro", "Unidades", 6.9, {"type": "casco", "color": colour}))
    out.append(P("tapon|3M", "SE-TA-1100-3M", "Tapones auditivos desechables", [], "Tapones auditivos de espuma, NRR 29 dB, sin cordón",
                 SEGURIDAD, "3M", "Par", 0.22, {"type": "tapones"}, ["3M 1100"], pack=200))
    for brand, ref in (("3M", "3M 8210"), ("Steelpro", "")):
        out.append(P(f"n95|{brand}", f"SE-N95-{brand[:2].upper()}", "Respirador desechable N95", [("Marca", brand)],
                     "Respirador desechable N95 para partículas", SEGURIDAD, brand, "Unidades", 1.4 if brand == "3M" else 0.8,
                     {"type": "respirador"}, [ref] if ref else [], pack=20))
    for size in ("38", "39", "40", "41", "42", "43", "44"):
        out.append(P(f"bota|{size}", f"SE-BT-{size}", "Bota de seguridad punta de acero", [("Talla", size)],
                     f"Bota de cuero con puntera de acero y suela antideslizante, talla {size}", SEGURIDAD, "Caterpillar",
                     "Par", 68, {"type": "bota", "talla": size}))
    return out


def products() -> list[Product]:
    return (bearings() + fasteners() + valves() + fittings() + electrical() + abrasives() + tools() + belts()
            + welding() + safety())  # fmt: skip
