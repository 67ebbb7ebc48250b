"""Valves and fittings, pneumatics (descriptions by the Bogotá office)."""

from __future__ import annotations

from bench.catalog4.model import Product, inch_value, price

VALVES = "Valves & Fittings"
PNEUMATICS = "Pneumatics"

PIPE = ("1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2")
APOLLO_CODE = {s: str(i) for i, s in enumerate(PIPE, start=1)}


def valves() -> list[Product]:
    out = []
    for size in PIPE:
        for brand, alias in (("Apollo", f"70-10{APOLLO_CODE[size]}-01"), ("Watts", f"FBV-3C {size}")):
            out.append(Product(
                key=f"ballvalve|brass|{size}|{brand}",
                name=f"Ball Valve, Brass, Full Port, {size} in FNPT x FNPT, 600 psi WOG, Lever Handle",
                description=f"VALVULA DE BOLA BRONCE PASO TOTAL {size}\" ROSCA NPT HEMBRA {brand.upper()}",
                family=VALVES, brand=brand, uom="EA",
                base_price=price(round((8 + inch_value(size) * 38) * (1.1 if brand == "Apollo" else 1), 2)),
                attrs={"type": "ball_valve", "material": "brass", "size": size},
                aliases=[alias],
            ))  # fmt: skip
    for size in PIPE[:5]:
        out.append(Product(
            key=f"ballvalve|ss|{size}",
            name=f"Ball Valve, 316 Stainless Steel, Full Port, {size} in FNPT, 1000 psi WOG",
            description=f"VALVULA DE BOLA ACERO INOXIDABLE 316 PASO TOTAL {size}\" NPT APOLLO",
            family=VALVES, brand="Apollo", uom="EA",
            base_price=price(round(25 + inch_value(size) * 90, 2)),
            attrs={"type": "ball_valve", "material": "316ss", "size": size},
            aliases=[f"76F-10{APOLLO_CODE[size]}-01"],
        ))  # fmt: skip
    for size in PIPE[2:]:
        out.append(Product(
            key=f"check|{size}",
            name=f"Swing Check Valve, Bronze, {size} in FNPT, Class 125",
            description=f"VALVULA CHEQUE DE CORTINA BRONCE {size}\" NPT APOLLO",
            family=VALVES, brand="Apollo", uom="EA",
            base_price=price(round(12 + inch_value(size) * 45, 2)),
            attrs={"type": "check_valve", "material": "bronze", "size": size},
            aliases=[f"61-10{APOLLO_CODE[size]}-01"],
        ))  # fmt: skip
    return out


FITTINGS = {
    "elbow90": ("90 Degree Elbow", "CODO 90"),
    "elbow45": ("45 Degree Elbow", "CODO 45"),
    "tee": ("Tee", "TEE"),
    "coupling": ("Coupling", "UNION (COPLA)"),
    "union": ("Union", "UNIVERSAL"),
    "cap": ("Cap", "TAPON HEMBRA"),
}
FINISH = {"black": ("Black", "NEGRO"), "galvanized": ("Galvanized", "GALVANIZADO")}


def pipe_fittings() -> list[Product]:
    out = []
    for style, (eng, esp) in FITTINGS.items():
        for finish, (fin_en, fin_es) in FINISH.items():
            for size in PIPE:
                out.append(Product(
                    key=f"malleable|{style}|{finish}|{size}",
                    name=f"Malleable Iron {eng}, Class 150, {fin_en}, {size} in FNPT",
                    description=f"{esp} HIERRO MALEABLE {fin_es} {size}\" NPT ANVIL",
                    family=VALVES, brand="Anvil", uom="EA",
                    base_price=price(round((0.8 + inch_value(size) * 5) * (3 if style == "union" else 1)
                                           * (1.2 if finish == "galvanized" else 1), 2)),
                    attrs={"type": "pipe_fitting", "style": style, "finish": finish, "size": size},
                ))  # fmt: skip
    for finish, (fin_en, fin_es) in FINISH.items():
        for size in ("1/2", "3/4", "1"):
            for length in ("close", "2", "3", "4", "6"):
                shown = "Close" if length == "close" else f"{length} in"
                shown_es = "CORTO (CLOSE)" if length == "close" else f"X {length}\""
                out.append(Product(
                    key=f"nipple|{finish}|{size}|{length}",
                    name=f"Pipe Nipple, Schedule 40 Steel, {fin_en}, {size} in x {shown}, Threaded Both Ends",
                    description=f"NIPLE ACERO SCH40 {fin_es} {size}\" {shown_es} ROSCADO AMBOS EXTREMOS",
                    family=VALVES, brand="Anvil", uom="EA",
                    base_price=price(round(1.2 + inch_value(size) * 3 + (0 if length == "close" else int(length) * 0.5), 2)),
                    attrs={"type": "pipe_nipple", "finish": finish, "size": size, "length": length},
                ))  # fmt: skip
    for brand in ("Oatey", "Harvey"):
        for width, length in (("1/2", "260"), ("3/4", "520")):
            out.append(Product(
                key=f"ptfe|{width}|{brand}",
                name=f"Thread Seal Tape, PTFE, White, {width} in x {length} in",
                description=f"CINTA TEFLON SELLAR ROSCAS BLANCA {width}\" X {length}\" {brand.upper()}",
                family=VALVES, brand=brand, uom="EA", pack_qty=12 if width == "1/2" else 10,
                base_price=price(1.1 if width == "1/2" else 2.3),
                attrs={"type": "ptfe_tape", "width": width},
            ))  # fmt: skip
    parker = {"1/8": "2", "1/4": "4", "3/8": "6", "1/2": "8"}
    combos = (("1/8", "1/8"), ("1/4", "1/8"), ("1/4", "1/4"), ("3/8", "1/4"), ("3/8", "3/8"),
              ("1/2", "3/8"), ("1/2", "1/2"))  # fmt: skip
    for tube, pipe in combos:
        out.append(_tube("male_connector", "Male Connector", "CONECTOR MACHO", tube, pipe,
                         f"{parker[tube]}-{parker[pipe]} FBZ-SS"))
    for tube, pipe in (("1/4", "1/4"), ("3/8", "3/8"), ("1/2", "1/2")):
        out.append(_tube("female_connector", "Female Connector", "CONECTOR HEMBRA", tube, pipe,
                         f"{parker[tube]}-{parker[pipe]} GBZ-SS"))
    for tube in parker:
        out.append(_tube("union", "Union", "UNION RECTA", tube, None, f"{parker[tube]} HBZ-SS"))
        out.append(_tube("union_elbow", "Union Elbow", "CODO UNION", tube, None, f"{parker[tube]} EBZ-SS"))
    return out


def _tube(style: str, eng: str, esp: str, tube: str, pipe: str | None, alias: str) -> Product:
    ends = f"{tube} in Tube x {pipe} in {'MNPT' if style == 'male_connector' else 'FNPT'}" if pipe else f"{tube} in Tube"
    ends_es = f"TUBO {tube}\" X {pipe}\" NPT" if pipe else f"TUBO {tube}\""
    attrs = {"type": "tube_fitting", "style": style, "tube": tube, "material": "316ss"}
    if pipe:
        attrs["pipe"] = pipe
    return Product(
        key=f"tubefit|{style}|{tube}|{pipe}",
        name=f"Compression Tube Fitting, {eng}, 316 Stainless Steel, {ends}",
        description=f"{esp} COMPRESION DOBLE FERRULA INOX 316 {ends_es} PARKER CPI",
        family=VALVES, brand="Parker", uom="EA",
        base_price=price(round(9 + inch_value(tube) * 40, 2)),
        attrs=attrs, aliases=[alias],
    )  # fmt: skip


THREAD_CODE = {"1/8": "10", "1/4": "13", "3/8": "17", "1/2": "21"}
PUSH_COMBOS = ((4, "1/8"), (4, "1/4"), (6, "1/8"), (6, "1/4"), (8, "1/8"), (8, "1/4"), (8, "3/8"),
               (10, "1/4"), (10, "3/8"), (12, "1/4"), (12, "3/8"), (12, "1/2"))  # fmt: skip
WALL = {4: "0.75", 6: "1", 8: "1.25", 10: "1.5", 12: "2"}


def pneumatics() -> list[Product]:
    out = []
    for style, eng, esp, legris, festo in (
        ("straight", "Straight Male Connector", "RACOR RAPIDO RECTO MACHO", "3175", "QS"),
        ("elbow", "Male Elbow", "RACOR RAPIDO CODO MACHO", "3109", "QSL"),
    ):
        for tube, thread in PUSH_COMBOS:
            for brand, alias in (("Parker", f"{legris} {tube:02d} {THREAD_CODE[thread]}"),
                                 ("Festo", f"{festo}-{thread}-{tube}")):
                out.append(Product(
                    key=f"pushin|{style}|{tube}|{thread}|{brand}",
                    name=f"Push-to-Connect Fitting, {eng}, {tube} mm Tube OD x {thread} BSPT, Nickel Plated Brass",
                    description=f"{esp} MANGUERA {tube} MM X ROSCA {thread}\" BSPT {brand.upper()}",
                    family=PNEUMATICS, brand=brand, uom="EA", pack_qty=10,
                    base_price=price(round((1.8 + tube * 0.18) * (1.15 if brand == "Festo" else 1), 2)),
                    attrs={"type": "push_in_fitting", "style": style, "tube_mm": str(tube), "thread": thread},
                    aliases=[alias],
                ))  # fmt: skip
    for tube, wall in WALL.items():
        for colour, code, esp in (("blue", "BL", "AZUL"), ("black", "SW", "NEGRA")):
            out.append(Product(
                key=f"putube|{tube}|{colour}",
                name=f"Pneumatic Tubing, Polyurethane, {tube} mm OD x {wall} mm Wall, {colour.title()}",
                description=f"MANGUERA NEUMATICA POLIURETANO {tube} MM {esp} FESTO (POR METRO)",
                family=PNEUMATICS, brand="Festo", uom="M",
                base_price=price(round(0.5 + tube * 0.09, 2)),
                attrs={"type": "pneumatic_tubing", "tube_mm": str(tube), "colour": colour},
                aliases=[f"PUN-{tube}X{wall}-{code}"],
            ))  # fmt: skip
    for bore in (32, 40, 50, 63):
        for stroke in (50, 100, 160, 200):
            for brand, alias in (("Festo", f"DSBC-{bore}-{stroke}-PPVA-N3"),
                                 ("Parker", f"P1D-S{bore:03d}MS-{stroke:04d}")):
                out.append(Product(
                    key=f"cyl|{bore}|{stroke}|{brand}",
                    name=f"Pneumatic Cylinder, ISO 15552, Double Acting, {bore} mm Bore x {stroke} mm Stroke, Cushioned",
                    description=f"CILINDRO NEUMATICO ISO 15552 DOBLE EFECTO DIAM. {bore} MM CARRERA {stroke} MM {brand.upper()}",
                    family=PNEUMATICS, brand=brand, uom="EA",
                    base_price=price(round((60 + bore * 1.4 + stroke * 0.12) * (1.1 if brand == "Festo" else 1), 2)),
                    attrs={"type": "iso_cylinder", "bore_mm": str(bore), "stroke_mm": str(stroke)},
                    aliases=[alias],
                ))  # fmt: skip
    for port, code, body in (("1/4", "2", "B72G"), ("3/8", "3", "B72G"), ("1/2", "4", "B74G")):
        out.append(Product(
            key=f"frl|{port}",
            name=f"Filter Regulator, {port} in NPT, 40 Micron, 0-150 psi, Auto Drain, with Gauge",
            description=f"FILTRO REGULADOR AIRE {port}\" NPT 40 MICRAS CON MANOMETRO NORGREN",
            family=PNEUMATICS, brand="Norgren", uom="EA",
            base_price=price(90 + int(code) * 18),
            attrs={"type": "filter_regulator", "port": port},
            aliases=[f"{body}-{code}GK-QT3-RMN"],
        ))  # fmt: skip
    return out


def products() -> list[Product]:
    return valves() + pipe_fittings() + pneumatics()
