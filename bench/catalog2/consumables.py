"""Abrasives (05), safety (07) and drill bits (08): the items sold by the box or pair."""

from __future__ import annotations

from .model import Item, disp, tcase


def abrasives() -> list[Item]:
    items = []
    for dia, dtxt in (("4-1/2", '4-1/2"'), ("5", '5"'), ("7", '7"')):
        for grit in ("36+", "60+", "80+"):
            ref = f"982C {dia} {grit}"
            art = f"70000{ {'4-1/2': 481, '5': 482, '7': 487}[dia] }{grit[:2]}"
            items.append(
                Item(
                    family_no=5,
                    key=f"CUB|{dia}|{grit}",
                    kind="disc_fibre",
                    family="Abrasives",
                    brand="3M",
                    desc=f"DISCO FIBRA CUBITRON II 982C {dtxt} G{grit} 3M (CJ 25)",
                    name_en=f"3M Cubitron II fibre disc 982C {dtxt} grade {grit} (box of 25)",
                    name_es=f"Disco de fibra 3M Cubitron II 982C {dtxt} grano {grit} (caja 25)",
                    base_price={"4-1/2": 2.9, "5": 3.4, "7": 5.6}[dia],
                    pack_qty=25,
                    aliases=[ref, art],
                    attributes={"diameter": dtxt, "grit": grit},
                    spec={"dia": dia, "grit": grit, "brand": "3M"},
                    core=True,
                )
            )
    cut = [  # diameter, thickness, bore, brands
        ("4-1/2", "1/16", "7/8", ("NORTON", "BOSCH", "3M")),
        ("4-1/2", "1/8", "7/8", ("NORTON", "BOSCH")),
        ("7", "1/16", "7/8", ("NORTON", "BOSCH", "3M")),
        ("7", "1/8", "7/8", ("NORTON",)),
        ("9", "5/64", "7/8", ("NORTON", "BOSCH")),
        ("14", "1/8", "1", ("NORTON",)),
    ]
    mm = {"4-1/2": "115", "7": "180", "9": "230", "14": "355"}
    for dia, thick, bore, brands in cut:
        for brand in brands:
            line = {"NORTON": "BLUEFIRE", "BOSCH": "EXPERT INOX", "3M": "CUBITRON II"}[brand]
            size = f'{dia}"X{thick}"X{bore}"'
            pack = 10 if dia == "14" else 25
            items.append(
                Item(
                    family_no=5,
                    key=f"CUT|{dia}|{thick}|{brand}",
                    kind="disc_cut",
                    family="Abrasives",
                    brand=brand,
                    desc=f"DISCO CORTE METAL {size} {brand} {line} (CJ {pack})",
                    name_en=f'Cut-off wheel {dia}" x {thick}" x {bore}" {disp(brand)} {tcase(line)}'
                    f" (box of {pack})",
                    name_es=f'Disco de corte metal {dia}" x {thick}" {disp(brand)} (caja {pack})',
                    base_price=(1.1 + float(mm[dia]) * 0.012)
                    * {"3M": 1.6, "BOSCH": 1.1}.get(brand, 1),
                    pack_qty=pack,
                    aliases=[f"{mm[dia]}X{thick}"],
                    attributes={
                        "diameter": f'{dia}"',
                        "thickness": f'{thick}"',
                        "bore": f'{bore}"',
                    },
                    spec={"dia": dia, "thick": thick, "brand": brand},
                    core=True,
                )
            )
    for dia in ("4-1/2", "7"):
        for grit in ("40", "60", "80", "120"):
            for brand in ("NORTON", "BOSCH"):
                items.append(
                    Item(
                        family_no=5,
                        key=f"FLAP|{dia}|{grit}|{brand}",
                        kind="disc_flap",
                        family="Abrasives",
                        brand=brand,
                        desc=f'DISCO FLAP ZIRC. {dia}"X7/8" G{grit} {brand} (CJ 10)',
                        name_en=f'Flap disc zirconia {dia}" grit {grit} {disp(brand)} (box of 10)',
                        name_es=f'Disco flap zirconio {dia}" grano {grit} {disp(brand)} (caja 10)',
                        base_price=(3.2 if dia == "4-1/2" else 6.1)
                        * (1.1 if brand == "BOSCH" else 1),
                        pack_qty=10,
                        attributes={"diameter": f'{dia}"', "grit": grit},
                        spec={"dia": dia, "grit": grit, "brand": brand},
                        core=dia == "4-1/2",
                    )
                )
    for grit in ("80", "100", "120", "150", "180", "220", "320", "400", "600", "1000", "1500"):
        for brand, line in (("3M", "401Q WETORDRY"), ("NORTON", "T401 BLACK ICE")):
            items.append(
                Item(
                    family_no=5,
                    key=f"LIJA|{grit}|{brand}",
                    kind="sandpaper",
                    family="Abrasives",
                    brand=brand,
                    desc=f"LIJA AGUA {line} 9X11 G{grit} {brand} (PQ 50)",
                    name_en=f"Wet-or-dry sandpaper 9x11 grit {grit} {disp(brand)} (pack of 50)",
                    name_es=f"Lija al agua 9x11 grano {grit} {disp(brand)} (paquete 50)",
                    base_price=0.55 if brand == "3M" else 0.48,
                    pack_qty=50,
                    aliases=[f"{line.split()[0]} {grit}"],
                    attributes={"grit": grit, "sheet": "9x11"},
                    spec={"grit": grit, "brand": brand},
                    core=grit in ("120", "220", "400"),
                )
            )
    return items


def safety() -> list[Item]:
    items = []
    for size, model in (("S", "6100"), ("M", "6200"), ("L", "6300")):
        items.append(
            Item(
                family_no=7,
                key=f"MASK|{model}",
                kind="respirator",
                family="Safety",
                brand="3M",
                desc=f"RESPIRADOR MEDIA CARA {model} TALLA {size} 3M",
                name_en=f"Half facepiece respirator {model} size {size} 3M",
                name_es=f"Respirador medio rostro {model} talla {size} 3M",
                base_price=14.5,
                aliases=[f"3M {model}", model],
                attributes={"model": model, "size": size},
                spec={"model": model, "brand": "3M"},
                core=True,
            )
        )
    for model, text_es, text_en, price in (
        (
            "2097",
            "FILTRO P100 VAP.ORG. 2097 3M (PAR)",
            "Particulate filter P100 2097 3M (pair)",
            9.8,
        ),
        (
            "6003",
            "CARTUCHO VAP.ORG/GAS ACIDO 6003 3M (PAR)",
            "Cartridge organic vapour/acid gas 6003 3M (pair)",
            16.4,
        ),
        ("7093", "FILTRO P100 7093 3M (PAR)", "Particulate filter P100 7093 3M (pair)", 12.1),
    ):
        items.append(
            Item(
                family_no=7,
                key=f"FILT|{model}",
                kind="filter",
                family="Safety",
                brand="3M",
                desc=text_es,
                name_en=text_en,
                name_es=text_es.capitalize(),
                base_price=price,
                uom="PR",
                aliases=[f"3M {model}", model],
                attributes={"model": model},
                spec={"model": model, "brand": "3M"},
                core=True,
            )
        )
    items.append(
        Item(
            family_no=7,
            key="EAR|1100",
            kind="earplug",
            family="Safety",
            brand="3M",
            desc="TAPON AUDITIVO ESPUMA 1100 3M (CJ 200 PARES)",
            name_en="Foam earplugs 1100 3M (box of 200 pairs)",
            name_es="Tapón auditivo espuma 1100 3M (caja 200 pares)",
            base_price=0.22,
            uom="PR",
            pack_qty=200,
            aliases=["3M 1100", "1100"],
            attributes={"model": "1100"},
            spec={"model": "1100", "brand": "3M"},
            core=True,
        )
    )
    for brand, model, line in (
        ("ANSELL", "11-800", "HYFLEX 11-800"),
        ("3M", "CG-NIT", "COMFORT GRIP"),
    ):
        for size in ("7", "8", "9", "10"):
            items.append(
                Item(
                    family_no=7,
                    key=f"GLV|{model}|{size}",
                    kind="glove_nitrile",
                    family="Safety",
                    brand=brand,
                    desc=f"GUANTE NITRILO {line} T{size} {brand} (PAR)",
                    name_en=f"Nitrile coated glove {tcase(line)} size {size} {disp(brand)}",
                    name_es=f"Guante recubierto nitrilo {tcase(line)} talla {size} {disp(brand)}",
                    base_price=3.9 if brand == "ANSELL" else 3.1,
                    uom="PR",
                    aliases=[f"{model} T{size}"] if brand == "ANSELL" else [],
                    attributes={"size": size, "coating": "nitrile"},
                    spec={"size": size, "brand": brand},
                    core=True,
                )
            )
    for lens, en in (("CLARO", "clear"), ("OSCURO", "grey"), ("AMBAR", "amber")):
        items.append(
            Item(
                family_no=7,
                key=f"GLS|{lens}",
                kind="glasses",
                family="Safety",
                brand="3M",
                desc=f"LENTE SEG. VIRTUA {lens} ANTIEMPANANTE 3M",
                name_en=f"Safety glasses Virtua {en} anti-fog 3M",
                name_es=f"Lente de seguridad Virtua {lens.lower()} antiempañante 3M",
                base_price=2.6,
                aliases=[f"VIRTUA {lens}"],
                attributes={"lens": en},
                spec={"lens": lens, "brand": "3M"},
                core=True,
            )
        )
    for color, en in (
        ("BLANCO", "white"),
        ("AMARILLO", "yellow"),
        ("AZUL", "blue"),
        ("ROJO", "red"),
    ):
        items.append(
            Item(
                family_no=7,
                key=f"HLM|{color}",
                kind="helmet",
                family="Safety",
                brand="MSA",
                desc=f"CASCO SEG. V-GARD {color} C/SUSP. FAS-TRAC MSA",
                name_en=f"Safety helmet V-Gard {en} Fas-Trac suspension MSA",
                name_es=f"Casco de seguridad V-Gard {color.lower()} MSA",
                base_price=11.9,
                aliases=[f"V-GARD {color}"],
                attributes={"color": en},
                spec={"color": color, "brand": "MSA"},
                core=True,
            )
        )
    return items


DRILL_INCH = [
    "1/16",
    "5/64",
    "3/32",
    "7/64",
    "1/8",
    "9/64",
    "5/32",
    "11/64",
    "3/16",
    "13/64",
    "7/32",
    "1/4",
    "5/16",
    "3/8",
    "7/16",
    "1/2",
]
DRILL_MM = ["2", "2.5", "3", "3.5", "4", "4.5", "5", "5.5", "6", "6.5", "8", "10", "12", "13"]


def drills() -> list[Item]:
    items = []
    for size in DRILL_INCH + DRILL_MM:
        inch = "/" in size
        stxt = f'{size}"' if inch else f"{size}MM"
        num, _, den = size.partition("/")
        diameter = int(num) / int(den) * 25.4 if inch else float(size)
        items.append(
            Item(
                family_no=8,
                key=f"DRL|{size}",
                kind="drill_hss",
                family="Cutting tools",
                brand="BOSCH",
                desc=f"BROCA HSS-G METAL {stxt} BOSCH",
                name_en=f"HSS-G metal drill bit {stxt.lower()} Bosch",
                name_es=f"Broca HSS-G para metal {stxt.lower()} Bosch",
                base_price=0.9 + diameter * 0.35,
                aliases=[f"HSS-G {stxt}"],
                attributes={"diameter": stxt},
                spec={"size": size, "brand": "BOSCH"},
                core=True,
            )
        )
    return items
