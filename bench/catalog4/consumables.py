"""Abrasives, cutting tools and safety (descriptions by the Lima office)."""

from __future__ import annotations

from bench.catalog4.model import Product, price

ABRASIVES = "Abrasives"
CUTTING = "Cutting Tools"
SAFETY = "Safety"
INCH_DIA = {115: "4-1/2", 125: "5", 180: "7", 230: "9"}


def abrasives() -> list[Product]:
    out = []
    for dia in (115, 180):
        for grit in (40, 60, 80, 120):
            for brand, alias in (("Klingspor", f"SMT624 {dia} Z{grit}"), ("Walter", f"15Q{dia}-{grit}")):
                out.append(Product(
                    key=f"flap|{dia}|{grit}|{brand}",
                    name=f"Flap Disc, Type 29, Zirconia, {INCH_DIA[dia]} in ({dia} mm) x 7/8 in Arbor, {grit} Grit",
                    description=f"DISCO FLAP CONICO ZIRCONIO {dia} MM ({INCH_DIA[dia]}\") GRANO {grit} {brand.upper()}",
                    family=ABRASIVES, brand=brand, uom="EA", pack_qty=10,
                    base_price=price(round((4.2 if dia == 115 else 8.5) * (1.1 if brand == "Walter" else 1), 2)),
                    attrs={"type": "flap_disc", "dia_mm": str(dia), "grit": str(grit)},
                    aliases=[alias],
                ))  # fmt: skip
    for dia, thick in ((115, "1.0"), (115, "1.6"), (125, "1.0"), (180, "1.6"), (230, "1.9")):
        for brand, alias in (("Klingspor", f"A60TZ {dia}x{thick}"), ("Walter", f"11T{dia}{thick.replace('.', '')}")):
            out.append(Product(
                key=f"cutoff|{dia}|{thick}|{brand}",
                name=f"Cut-Off Wheel, Type 1, Aluminum Oxide, {INCH_DIA[dia]} in ({dia} mm) x {thick} mm x 7/8 in, Metal/Inox",
                description=f"DISCO DE CORTE METAL/INOX {dia} X {thick.replace('.', ',')} X 22,2 MM {brand.upper()}",
                family=ABRASIVES, brand=brand, uom="EA", pack_qty=25,
                base_price=price(round((1.1 + dia * 0.012) * (1.1 if brand == "Walter" else 1), 2)),
                attrs={"type": "cutoff_wheel", "dia_mm": str(dia), "thick_mm": thick},
                aliases=[alias],
            ))  # fmt: skip
    for dia in (115, 180, 230):
        for brand in ("Klingspor", "Walter"):
            out.append(Product(
                key=f"grind|{dia}|{brand}",
                name=f"Depressed Center Grinding Wheel, Type 27, {INCH_DIA[dia]} in ({dia} mm) x 6 mm x 7/8 in",
                description=f"DISCO DE DESBASTE CENTRO DEPRIMIDO {dia} X 6,4 X 22,2 MM {brand.upper()}",
                family=ABRASIVES, brand=brand, uom="EA", pack_qty=10,
                base_price=price(round(2 + dia * 0.02, 2)),
                attrs={"type": "grinding_wheel", "dia_mm": str(dia)},
            ))  # fmt: skip
    for grit in (80, 120, 180, 240):
        out.append(Product(
            key=f"roll|{grit}",
            name=f"Abrasive Roll, Cloth Backed, Aluminum Oxide, 115 mm x 50 m, {grit} Grit",
            description=f"ROLLO DE LIJA TELA OXIDO DE ALUMINIO PS 22 K 115 MM X 50 M GRANO {grit} KLINGSPOR",
            family=ABRASIVES, brand="Klingspor", uom="EA",
            base_price=price(62),
            attrs={"type": "sanding_roll", "grit": str(grit)},
            aliases=[f"PS22K 115 P{grit}"],
        ))  # fmt: skip
    return out


def cutting_tools() -> list[Product]:
    out = []
    for tenth in range(20, 131, 5):
        dia = f"{tenth / 10:.1f}"
        out.append(Product(
            key=f"drill|{dia}",
            name=f"Jobber Length Drill Bit, HSS, Bright Finish, 118 Degree, {dia} mm",
            description=f"BROCA HSS LARGO JOBBER {dia.replace('.', ',')} MM PUNTA 118 GRADOS DORMER A100",
            family=CUTTING, brand="Dormer", uom="EA", pack_qty=10 if tenth <= 60 else 5,
            base_price=price(round(0.9 + tenth * 0.05, 2)),
            attrs={"type": "drill", "dia_mm": dia},
            aliases=[f"A100{dia}"],
        ))  # fmt: skip
    for thread, pitch in (("M3", "0.5"), ("M4", "0.7"), ("M5", "0.8"), ("M6", "1.0"),
                          ("M8", "1.25"), ("M10", "1.5"), ("M12", "1.75")):  # fmt: skip
        out.append(Product(
            key=f"tap|{thread}",
            name=f"Spiral Point Machine Tap, HSS-E, {thread} x {pitch}, Plug Chamfer",
            description=f"MACHO DE ROSCAR MAQUINA HSS-E {thread} X {pitch} PUNTA HELICOIDAL DORMER E500",
            family=CUTTING, brand="Dormer", uom="EA",
            base_price=price(round(9 + int(thread[1:]) * 1.3, 2)),
            attrs={"type": "tap", "thread": thread},
            aliases=[f"E500{thread}"],
        ))  # fmt: skip
    return out


GLOVE_SIZES = {"7": "S", "8": "M", "9": "L", "10": "XL"}
GLOVES = {
    "nitrile": ("Nitrile Foam Coated", "RECUBIERTO NITRILO ESPUMADO", "11-800", "96698"),
    "pu": ("Polyurethane Coated", "RECUBIERTO POLIURETANO", "11-600", "9669"),
    "cut_a4": ("Cut Resistant ANSI A4, Nitrile Coated", "ANTICORTE ANSI A4 NITRILO", "11-542", "92723"),
}


def safety() -> list[Product]:
    out = []
    for coating, (eng, esp, ansell, mcr) in GLOVES.items():
        for size, letter in GLOVE_SIZES.items():
            for brand, alias in (("Ansell", f"{ansell}-{size}"), ("MCR Safety", f"{mcr}{letter}")):
                out.append(Product(
                    key=f"glove|{coating}|{size}|{brand}",
                    name=f"Work Gloves, {eng}, Size {size} ({letter}), Pair",
                    description=f"GUANTE DE TRABAJO {esp} TALLA {size} ({letter}) {brand.upper()} (PAR)",
                    family=SAFETY, brand=brand, uom="PR", pack_qty=12,
                    base_price=price(round({"nitrile": 3.6, "pu": 2.9, "cut_a4": 9.8}[coating]
                                           * (1.15 if brand == "Ansell" else 1), 2)),
                    attrs={"type": "glove", "coating": coating, "size": letter},
                    aliases=[alias],
                ))  # fmt: skip
    for lens, esp, n in (("clear", "CLARA", 0), ("gray", "GRIS", 1), ("amber", "AMBAR", 2)):
        for brand, alias in (("Uvex", f"S320{n}"), ("Pyramex", f"S49{n + 1}0S")):
            out.append(Product(
                key=f"glasses|{lens}|{brand}",
                name=f"Safety Glasses, Wraparound, {lens.title()} Lens, Anti-Scratch, ANSI Z87.1",
                description=f"LENTES DE SEGURIDAD ENVOLVENTES LUNA {esp} ANTIRRAYADURA {brand.upper()}",
                family=SAFETY, brand=brand, uom="EA", pack_qty=12,
                base_price=price(round(3.2 if brand == "Pyramex" else 5.4, 2)),
                attrs={"type": "safety_glasses", "lens": lens},
                aliases=[alias],
            ))  # fmt: skip
    for colour, esp, code in (("white", "BLANCO", "475358"), ("yellow", "AMARILLO", "475360"),
                              ("blue", "AZUL", "475359"), ("red", "ROJO", "475363"),
                              ("green", "VERDE", "475361"), ("orange", "NARANJA", "475362")):  # fmt: skip
        out.append(Product(
            key=f"hardhat|{colour}",
            name=f"Hard Hat, Cap Style, Type I Class E, 4-Point Ratchet Suspension, {colour.title()}",
            description=f"CASCO DE SEGURIDAD TIPO JOCKEY CLASE E SUSPENSION 4 PUNTOS RATCHET {esp} MSA V-GARD",
            family=SAFETY, brand="MSA", uom="EA",
            base_price=price(14.5), attrs={"type": "hard_hat", "colour": colour}, aliases=[code],
        ))  # fmt: skip
    for corded, alias, count in ((False, "MAX-1", 200), (True, "MAX-30", 100)):
        out.append(Product(
            key=f"earplug|{corded}",
            name=f"Disposable Ear Plugs, Foam, {'Corded' if corded else 'Uncorded'}, NRR 33 dB, Box of {count} Pairs",
            description=f"TAPONES AUDITIVOS ESPUMA {'CON CORDON' if corded else 'SIN CORDON'} NRR 33 HOWARD LEIGHT CAJA X {count} PARES",
            family=SAFETY, brand="Howard Leight", uom="BX",
            base_price=price(32 if corded else 28), attrs={"type": "ear_plugs", "corded": str(corded).lower()},
            aliases=[alias],
        ))  # fmt: skip
    for size, code in (("S", "770030S"), ("M", "770030M"), ("L", "770030L")):
        out.append(Product(
            key=f"halfmask|{size}",
            name=f"Half Mask Respirator, Silicone, Size {size}, Bayonet Cartridge Connection",
            description=f"RESPIRADOR MEDIA CARA SILICONA TALLA {size} CONEXION BAYONETA NORTH 7700",
            family=SAFETY, brand="North", uom="EA",
            base_price=price(27), attrs={"type": "half_mask", "size": size}, aliases=[code],
        ))  # fmt: skip
    for kind, eng, esp, code in (("p100", "P100 Particulate Filter", "FILTRO PARTICULAS P100", "7580P100"),
                                 ("ov_p100", "Organic Vapor/P100 Cartridge", "CARTUCHO VAPORES ORGANICOS/P100", "75SCP100L")):  # fmt: skip
        out.append(Product(
            key=f"cartridge|{kind}",
            name=f"Respirator Cartridge, {eng}, Pair",
            description=f"{esp} NORTH (PAR)",
            family=SAFETY, brand="North", uom="PR",
            base_price=price(11 if kind == "p100" else 19), attrs={"type": "cartridge", "filter": kind},
            aliases=[code],
        ))  # fmt: skip
    return out


def products() -> list[Product]:
    return abrasives() + cutting_tools() + safety()
