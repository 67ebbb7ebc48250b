"""Power transmission: ANSI and ISO (British standard) roller chain in boxes of 10 ft / 5 m,
connecting links, type-B sprockets, jaw couplings (hubs and spiders) and classical V-belts."""

from __future__ import annotations

from .model import Product, pick, price

FAMILY = "power-transmission"
SHORT = {
    "Tsubaki": "TSU",
    "Renold": "REN",
    "Timken": "TIM",
    "Martin": "MAR",
    "Browning": "BRO",
    "Lovejoy": "LOV",
    "Gates": "GAT",
    "Optibelt": "OPT",
}
PITCH = {
    "35": "3/8",
    "40": "1/2",
    "50": "5/8",
    "60": "3/4",
    "80": "1",
    "100": "1-1/4",
    "06B": "3/8",
    "08B": "1/2",
    "10B": "5/8",
    "12B": "3/4",
    "16B": "1",
}


def _row(
    sku: str,
    name: str,
    desc: str,
    brand: str,
    base: float,
    facts: dict[str, str],
    aliases: list[str] | None = None,
) -> Product:
    return Product(
        sku=sku,
        name=name,
        description=desc,
        family=FAMILY,
        brand=brand,
        uom="EA",
        list_price=price(base, sku),
        facts=facts,
        aliases=aliases or [],
    )


def _chain() -> list[Product]:
    rows = []
    ansi = [
        ("35", 1),
        ("40", 1),
        ("50", 1),
        ("60", 1),
        ("80", 1),
        ("100", 1),
        ("40", 2),
        ("50", 2),
        ("60", 2),
        ("80", 2),
    ]
    for size, strands in ansi:
        for brand in pick(f"chain{size}{strands}", ["Tsubaki", "Renold", "Timken"], 2):
            ref = f"RS{size}-{strands}" if brand == "Tsubaki" else f"{size}-{strands}"
            rows.append(
                _row(
                    f"CAD-{size}-{strands}-{SHORT[brand]}",
                    f'Roller chain ANSI {size}-{strands} ({PITCH[size]}" pitch, '
                    f"{'single' if strands == 1 else 'double'} strand), 10 ft box, {brand}",
                    f"CADENA RODILLOS ANSI {size}-{strands} CJA 10 FT {brand.upper()}",
                    brand,
                    14 * int(size) / 40 * strands,
                    {
                        "type": "roller_chain",
                        "standard": "ANSI",
                        "size": size,
                        "strands": str(strands),
                    },
                    [ref],
                )
            )
    for size, strands in (
        ("06B", 1),
        ("08B", 1),
        ("10B", 1),
        ("12B", 1),
        ("16B", 1),
        ("08B", 2),
        ("10B", 2),
    ):
        for brand in ("Renold", "Tsubaki"):
            rows.append(
                _row(
                    f"CAD-{size}-{strands}-{SHORT[brand]}",
                    f'Roller chain ISO {size}-{strands} (British standard, {PITCH[size]}" pitch), '
                    f"5 m box, {brand}",
                    f"CADENA RODILLOS ISO {size}-{strands} CJA 5 M {brand.upper()}",
                    brand,
                    22 * strands,
                    {
                        "type": "roller_chain",
                        "standard": "ISO",
                        "size": size,
                        "strands": str(strands),
                    },
                    [f"{size}-{strands}"],
                )
            )
    for size in ("40", "50", "60", "80", "08B", "10B", "12B"):
        brands = ["Tsubaki", "Renold"] if not size.endswith("B") else ["Renold"]
        for brand in brands:
            for kind, en, es in (
                ("connecting_link", "Connecting link", "CANDADO"),
                ("offset_link", "Offset link", "MEDIO ESLABON"),
            ):
                if kind == "offset_link" and size.endswith("B"):
                    continue
                code = "CL" if kind == "connecting_link" else "OL"
                rows.append(
                    _row(
                        f"CAD-{code}-{size}-{SHORT[brand]}",
                        f"{en} for chain {size}-1, {brand}",
                        f"{es} CADENA {size}-1 {brand.upper()}",
                        brand,
                        1.5,
                        {"type": kind, "size": size, "strands": "1"},
                    )
                )
    return rows


def _sprockets() -> list[Product]:
    rows = []
    for chain in ("40", "50", "60"):
        for teeth in (12, 15, 18, 20, 24, 30):
            if chain == "60" and teeth == 30:
                continue
            for brand in ("Martin", "Browning"):
                ref = f"{chain}B{teeth}" if brand == "Martin" else f"H{chain}{teeth}"
                rows.append(
                    _row(
                        f"CAT-{chain}B{teeth}-{SHORT[brand]}",
                        f"Sprocket {chain}B{teeth}, type B hub, pilot bore, "
                        f"for chain {chain}, {brand}",
                        f"CATARINA {chain}B{teeth} MAZA SENCILLA BARR. PILOTO {brand.upper()}",
                        brand,
                        7 + teeth * int(chain) / 60,
                        {"type": "sprocket", "chain": chain, "teeth": str(teeth)},
                        [ref],
                    )
                )
    return rows


def _couplings() -> list[Product]:
    rows = []
    bores = {
        "L070": ["1/2", "5/8"],
        "L075": ["1/2", "5/8", "3/4"],
        "L090": ["5/8", "3/4", "7/8"],
        "L095": ["3/4", "7/8", "1"],
        "L100": ["1", "1-1/8", "1-1/4"],
        "L110": ["1-1/4", "1-3/8", "1-1/2"],
    }
    for size, sizes in bores.items():
        label = f"L-{size[1:]}"
        for bore in sizes:
            rows.append(
                _row(
                    f"ACO-{size}-{bore}-LOV",
                    f'Jaw coupling hub {label}, bore {bore}" with keyway, Lovejoy',
                    f"MAZA ACOPL. {label} BARR. {bore} C/CUÑERO LOVEJOY",
                    "Lovejoy",
                    9 + int(size[1:]) / 10,
                    {"type": "jaw_hub", "size": size, "bore": bore},
                    [f"{label} {bore}"],
                )
            )
        for material, es in (("NBR", "NBR"), ("urethane", "URETANO")):
            brands = ["Lovejoy", "Martin"] if material == "NBR" else ["Lovejoy"]
            for brand in brands:
                ref = f"{label} SPIDER {'NBR' if material == 'NBR' else 'URETHANE'}"
                rows.append(
                    _row(
                        f"ACO-ARA-{size}-{material[:3].upper()}-{SHORT[brand]}",
                        f"Jaw coupling spider {label}, {material}, {brand}",
                        f"ARAÑA ACOPL. {label} {es} {brand.upper()}",
                        brand,
                        4 + int(size[1:]) / 20,
                        {"type": "jaw_spider", "size": size, "material": material},
                        [ref] if brand == "Lovejoy" else [f"ML{size[1:]} SPIDER"],
                    )
                )
    return rows


def _belts() -> list[Product]:
    rows = []
    lengths = {"A": range(30, 62, 2), "B": range(40, 84, 4)}
    for section, values in lengths.items():
        for length in values:
            code = f"{section}{length}"
            for brand in pick(code, ["Gates", "Optibelt"], 1 + length % 3 // 2 + 0):
                ref = f"{code} Hi-Power II" if brand == "Gates" else f"{code} VB"
                rows.append(
                    _row(
                        f"BAN-{code}-{SHORT[brand]}",
                        f"V-belt classical {code}, {brand} {ref}",
                        f"BANDA V {code} {brand.upper()}",
                        brand,
                        4 + length / 10,
                        {"type": "v_belt", "section": section, "code": code},
                        [ref],
                    )
                )
    return rows


def products() -> list[Product]:
    return _chain() + _sprockets() + _couplings() + _belts()
