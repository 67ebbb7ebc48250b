"""Electrical (descriptions by the Lima office)."""

from __future__ import annotations

from bench.catalog4.model import Product, price

ELECTRICAL = "Electrical"
AMPS = (6, 10, 16, 20, 25, 32, 40, 50, 63)
POLES_ES = {1: "UNIPOLAR", 2: "BIPOLAR", 3: "TRIPOLAR", 4: "TETRAPOLAR"}


def breakers() -> list[Product]:
    out = []
    for amps in AMPS:
        for poles in (1, 2, 3):
            for brand, alias in (
                ("WEG", f"MDW-C{amps}" + ("" if poles == 1 else f"-{poles}")),
                ("Eaton", f"PL6-C{amps}/{poles}"),
            ):
                out.append(Product(
                    key=f"mcb|{amps}|{poles}|{brand}",
                    name=f"Miniature Circuit Breaker, {poles}-Pole, {amps} A, C Curve, 6 kA, DIN Rail",
                    description=f"INTERRUPTOR TERMOMAGNETICO {POLES_ES[poles]} {poles}X{amps}A CURVA C 6KA RIEL DIN {brand.upper()}",
                    family=ELECTRICAL, brand=brand, uom="EA",
                    base_price=price(round((5 + amps * 0.06) * poles * (1.2 if brand == "Eaton" else 1), 2)),
                    attrs={"type": "mcb", "poles": str(poles), "amps": str(amps), "curve": "C"},
                    aliases=[alias],
                ))  # fmt: skip
        if amps in (25, 40, 63):
            for poles in (2, 4):
                for brand, alias in (("WEG", f"RDW30-{amps}-{poles}"),
                                     ("Eaton", f"PFIM-{amps}/{poles}/003")):
                    out.append(Product(
                        key=f"rcd|{amps}|{poles}|{brand}",
                        name=f"Residual Current Circuit Breaker, {poles}-Pole, {amps} A, 30 mA, Type AC, DIN Rail",
                        description=f"INTERRUPTOR DIFERENCIAL {POLES_ES[poles]} {poles}X{amps}A 30MA TIPO AC {brand.upper()}",
                        family=ELECTRICAL, brand=brand, uom="EA",
                        base_price=price(round((28 + amps * 0.4) * poles / 2 * (1.15 if brand == "Eaton" else 1), 2)),
                        attrs={"type": "rcd", "poles": str(poles), "amps": str(amps), "sensitivity": "30mA"},
                        aliases=[alias],
                    ))  # fmt: skip
    return out


def contactors() -> list[Product]:
    out = []
    for amps in (9, 12, 18, 25, 32, 40, 50, 65):
        for coil, coil_en, coil_es, weg, eaton in (
            ("230VAC", "220-240 VAC Coil", "BOBINA 220VAC", "220V", "(230V50HZ,240V60HZ)"),
            ("24VDC", "24 VDC Coil", "BOBINA 24VDC", "24VCC", "(RDC24)"),
        ):
            for brand, alias in (("WEG", f"CWM{amps}.10 {weg}"), ("Eaton", f"DILM{amps}-10{eaton}")):
                out.append(Product(
                    key=f"contactor|{amps}|{coil}|{brand}",
                    name=f"IEC Contactor, 3-Pole, {amps} A AC-3, {coil_en}, 1 NO Auxiliary",
                    description=f"CONTACTOR TRIPOLAR {amps}A AC3 {coil_es} 1NA {brand.upper()}",
                    family=ELECTRICAL, brand=brand, uom="EA",
                    base_price=price(round((18 + amps * 1.1) * (1.25 if brand == "Eaton" else 1)
                                           * (1.1 if coil == "24VDC" else 1), 2)),
                    attrs={"type": "contactor", "amps": str(amps), "coil": coil},
                    aliases=[alias],
                ))  # fmt: skip
    return out


def terminals_wire_motors() -> list[Product]:
    out = []
    feed = {"2.5": "1020000000", "4": "1020100000", "6": "1020200000", "10": "1020300000", "16": "1020400000"}
    earth = {"2.5": "1010000000", "4": "1010100000", "6": "1010200000", "10": "1010300000"}
    for kind, table, eng, esp, prefix in (
        ("feed_through", feed, "Feed-Through Terminal Block", "BORNE DE PASO", "WDU"),
        ("earth", earth, "Ground Terminal Block, Green/Yellow", "BORNE DE TIERRA VERDE/AMARILLO", "WPE"),
    ):
        for section, order in table.items():
            out.append(Product(
                key=f"terminal|{kind}|{section}",
                name=f"{eng}, Screw Connection, {section} mm², DIN Rail, {prefix} {section}",
                description=f"{esp} {prefix} {section} MM2 A TORNILLO RIEL DIN WEIDMULLER",
                family=ELECTRICAL, brand="Weidmüller", uom="EA", pack_qty=50 if kind == "feed_through" else 25,
                base_price=price(round(0.9 + float(section) * 0.25 + (1.5 if kind == "earth" else 0), 2)),
                attrs={"type": "terminal_block", "kind": kind, "section_mm2": section},
                aliases=[order, f"{prefix} {section}"],
            ))  # fmt: skip
    for awg in ("14", "12", "10", "8"):
        for colour in ("black", "white", "red", "green"):
            out.append(Product(
                key=f"thhn|{awg}|{colour}",
                name=f"Building Wire, THHN/THWN-2, {awg} AWG, Stranded Copper, {colour.title()}, 600V",
                description=f"CABLE THHN/THWN-2 {awg} AWG COBRE CABLEADO {({'black': 'NEGRO', 'white': 'BLANCO', 'red': 'ROJO', 'green': 'VERDE'})[colour]} 600V SOUTHWIRE (POR PIE)",
                family=ELECTRICAL, brand="Southwire", uom="FT",
                base_price=price(round({"14": 0.14, "12": 0.21, "10": 0.33, "8": 0.58}[awg], 2)),
                attrs={"type": "building_wire", "awg": awg, "colour": colour},
            ))  # fmt: skip
    colours = {"brown": "MARRON", "light_blue": "CELESTE", "green_yellow": "VERDE/AMARILLO", "black": "NEGRO"}
    for section in ("1.5", "2.5", "4", "6"):
        for colour, esp in colours.items():
            out.append(Product(
                key=f"iram|{section}|{colour}",
                name=f"Building Wire, Single Core, {section} mm², Flexible Copper, PVC 450/750V, {colour.replace('_', '/').title()}",
                description=f"CABLE UNIPOLAR {section.replace('.', ',')} MM2 {esp} 450/750V IRAM NM 247-3 PRYSMIAN (POR METRO)",
                family=ELECTRICAL, brand="Prysmian", uom="M",
                base_price=price(round(0.12 + float(section) * 0.16, 2)),
                attrs={"type": "building_wire", "section_mm2": section, "colour": colour},
            ))  # fmt: skip
    for poles, rpm in ((4, "1800"), (2, "3600")):
        for hp in ("1", "2", "3", "5", "7.5", "10"):
            kw = {"1": "0.75", "2": "1.5", "3": "2.2", "5": "3.7", "7.5": "5.5", "10": "7.5"}[hp]
            out.append(Product(
                key=f"motor|{hp}|{poles}",
                name=f"General Purpose Motor, 3-Phase, TEFC, {hp} HP ({kw} kW), {poles}-Pole, {rpm} rpm at 60 Hz, 208-230/460V, IE3",
                description=f"MOTOR ELECTRICO TRIFASICO W22 {hp} HP {kw} KW {poles} POLOS 220/380/440V IE3 WEG",
                family=ELECTRICAL, brand="WEG", uom="EA",
                base_price=price(round(180 + float(hp) * 95 + (20 if poles == 2 else 0), 2)),
                attrs={"type": "motor", "hp": hp, "poles": str(poles)},
            ))  # fmt: skip
    return out


def products() -> list[Product]:
    return breakers() + contactors() + terminals_wire_motors()
