"""Electrical: plug-on breakers (QO, BR), DIN-rail breakers (three brands), contactors with
coil codes, plug-in relays, THW-LS building wire and SJT cord sold by the metre, ring
terminals in bags of 100."""

from __future__ import annotations

from .model import Product, price

FAMILY = "electrical"
AMPS = [15, 20, 30, 40, 50, 60]
DIN_AMPS = [6, 10, 16, 20, 25, 32, 40]
COILS = {"120VAC": ("G7", "D", "A"), "220VAC": ("M7", "KF", "B"), "24VDC": ("BD", "DJ", "TD")}
SHORT = {
    "Schneider": "SCH",
    "Eaton": "EAT",
    "Allen-Bradley": "AB",
    "Finder": "FIN",
    "Condumex": "CDX",
    "Viakon": "VIK",
    "Panduit": "PAN",
    "3M": "3M",
}


def _row(
    sku: str,
    name: str,
    desc: str,
    brand: str,
    base: float,
    facts: dict[str, str],
    aliases: list[str] | None = None,
    uom: str = "EA",
    pack: int = 1,
) -> Product:
    return Product(
        sku=sku,
        name=name,
        description=desc,
        family=FAMILY,
        brand=brand,
        uom=uom,
        list_price=price(base, sku),
        facts=facts,
        aliases=aliases or [],
        pack_qty=pack,
    )


def _es(coil: str) -> str:
    """`120VAC` as a Mexican ERP writes it: `120VCA`."""
    return coil.replace("AC", "CA").replace("DC", "CD")


def _breakers() -> list[Product]:
    rows = []
    for poles in (1, 2, 3):
        for amps in AMPS:
            for brand, series in (("Schneider", "QO"), ("Eaton", "BR")):
                ref = f"{series}{poles}{amps}"
                rows.append(
                    _row(
                        f"INT-{ref}-{SHORT[brand]}",
                        f"Plug-on circuit breaker {series} {poles}P {amps}A, {brand} {ref}",
                        f"INT. TERMOMAG. {series} {poles}P {amps}A ENCHUFABLE {brand.upper()}",
                        brand,
                        9 * poles,
                        {
                            "type": "plug_on_breaker",
                            "series": series,
                            "poles": str(poles),
                            "amps": str(amps),
                        },
                        [ref],
                    )
                )
        for amps in DIN_AMPS:
            refs = {
                "Schneider": f"A9F74{poles}{amps:02d}",
                "Eaton": f"FAZ-C{amps}/{poles}",
                "Allen-Bradley": f"1489-M{poles}C{amps * 10:03d}",
            }
            for brand, ref in refs.items():
                rows.append(
                    _row(
                        f"INT-DIN-{poles}P-C{amps}-{SHORT[brand]}",
                        f"DIN rail miniature circuit breaker {poles}P C{amps}, 10 kA, "
                        f"{brand} {ref}",
                        f"INT. TERMOMAG. RIEL DIN {poles}P {amps}A CURVA C {brand.upper()}",
                        brand,
                        11 * poles,
                        {
                            "type": "din_breaker",
                            "poles": str(poles),
                            "amps": str(amps),
                            "curve": "C",
                        },
                        [ref],
                    )
                )
    return rows


def _contactors() -> list[Product]:
    rows = []
    ratings = {
        "Schneider": [9, 12, 18, 25, 32, 38, 40, 50, 65],
        "Allen-Bradley": [9, 12, 16, 23, 30, 37, 43],
        "Eaton": [9, 12, 18, 25, 32, 38],
    }
    for brand, amps_list in ratings.items():
        for amps in amps_list:
            for coil, codes in COILS.items():
                sch, ab, eat = codes
                ref = {
                    "Schneider": f"LC1D{amps:02d}{sch}",
                    "Allen-Bradley": f"100-C{amps:02d}{ab}10",
                    "Eaton": f"XTCE{amps:03d}{'B' if amps <= 12 else 'C'}10{eat}",
                }[brand]
                rows.append(
                    _row(
                        f"CTR-{ref}",
                        f"Contactor 3P {amps}A AC-3, coil {coil}, 1NO aux, {brand} {ref}",
                        f"CONTACTOR 3P {amps}A BOB. {_es(coil)} {brand.upper()}",
                        brand,
                        18 + amps * 1.4,
                        {"type": "contactor", "amps": str(amps), "coil": coil},
                        [ref],
                    )
                )
    return rows


def _relays() -> list[Product]:
    rows = []
    for contacts in ("2CO", "4CO"):
        for coil, sch, fin in (
            ("120VAC", "F7", "8.120"),
            ("220VAC", "P7", "8.230"),
            ("24VDC", "BD", "9.024"),
        ):
            refs = {
                "Schneider": f"RXM{contacts[0]}AB2{sch}",
                "Finder": f"{'40.52' if contacts == '2CO' else '55.34'}.{fin}.0000",
            }
            for brand, ref in refs.items():
                rows.append(
                    _row(
                        f"REL-{contacts}-{coil}-{SHORT[brand]}",
                        f"Plug-in relay {contacts} ({contacts[0]} changeover), coil {coil}, "
                        f"{brand} {ref}",
                        f"RELEVADOR {contacts[0]} POLOS {_es(coil)} {brand.upper()}",
                        brand,
                        8,
                        {"type": "relay", "contacts": contacts, "coil": coil},
                        [ref],
                    )
                )
    return rows


COLORS = {"black": "NEGRO", "white": "BLANCO", "red": "ROJO", "green": "VERDE"}


def _wire() -> list[Product]:
    rows = []
    for awg in ("14", "12", "10", "8", "6"):
        colors = list(COLORS) if awg in ("14", "12", "10") else ["black"]
        for color in colors:
            for brand in ("Condumex", "Viakon"):
                rows.append(
                    _row(
                        f"CAB-THW-{awg}-{COLORS[color][:3]}-{SHORT[brand]}",
                        f"Building wire THW-LS/THHN {awg} AWG copper, {color}, 600 V, {brand}",
                        f"CABLE THW-LS CAL. {awg} {COLORS[color]} {brand.upper()}",
                        brand,
                        0.35 * (16 - int(awg)) / 2 + 0.2,
                        {"type": "building_wire", "awg": awg, "color": color},
                        uom="M",
                    )
                )
    for cores in ("2X16", "3X14", "3X12", "4X10"):
        for brand in ("Condumex", "Viakon"):
            rows.append(
                _row(
                    f"CAB-SJT-{cores}-{SHORT[brand]}",
                    f"Portable cord SJT {cores.lower()} AWG, 300 V, {brand}",
                    f"CABLE USO RUDO {cores} {brand.upper()}",
                    brand,
                    1.4,
                    {"type": "portable_cord", "cores": cores},
                    uom="M",
                )
            )
    for wires, color, pv in (
        ("22-18", "red", "18"),
        ("16-14", "blue", "14"),
        ("12-10", "yellow", "10"),
    ):
        for stud, sc in (("#8", "8"), ("#10", "10"), ("1/4", "14")):
            for brand in ("Panduit", "3M"):
                ref = f"PV{pv}-{sc}R-C" if brand == "Panduit" else f"MV{pv}-{sc}R/LX"
                rows.append(
                    _row(
                        f"TER-OJO-{pv}-{sc}-{SHORT[brand]}",
                        f"Insulated ring terminal {wires} AWG, stud {stud}, {color}, {brand} {ref}",
                        f"TERMINAL OJO AISL. CAL. {wires} TORN. {stud} {brand.upper()}",
                        brand,
                        0.18,
                        {"type": "ring_terminal", "wire": wires, "stud": stud},
                        [ref],
                        pack=100,
                    )
                )
    return rows


def products() -> list[Product]:
    return _breakers() + _contactors() + _relays() + _wire()
