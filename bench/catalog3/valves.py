"""Valves and fittings: brass and stainless ball valves, swing check valves, malleable iron
fittings (galvanized and black), stainless tube fittings (Swagelok, Parker) and hydraulic hose
and crimp fittings (Parker, Eaton). Pipe sizes are NPT inches."""

from __future__ import annotations

from .model import Product, pick, price

FAMILY = "valves-fittings"
SIZES = ["1/4", "3/8", "1/2", "3/4", "1", "1-1/4", "1-1/2", "2"]
APOLLO = {s: f"70-10{i + 1}" for i, s in enumerate(SIZES)}
SHORT = {
    "Nibco": "NIB",
    "Urrea": "URR",
    "Apollo": "APO",
    "Swagelok": "SWG",
    "Parker": "PKR",
    "Anvil": "ANV",
    "Eaton": "EAT",
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
    )


def _valves() -> list[Product]:
    rows = []
    for i, size in enumerate(SIZES):
        for brand in pick(f"ball{size}", ["Nibco", "Urrea", "Apollo"], 2):
            ref = {
                "Nibco": f"T-585-70 {size}",
                "Urrea": f"VBL-{i + 2:02d}",
                "Apollo": APOLLO[size],
            }[brand]
            rows.append(
                _row(
                    f"VAL-ESF-BR-{size}-{SHORT[brand]}",
                    f'Ball valve {size}" NPT brass, full port, 600 WOG, {brand}',
                    f"VALV. ESF. LAT. {size} NPT P/COMPL. {brand.upper()}",
                    brand,
                    6 * (i + 1),
                    {"type": "ball_valve", "material": "brass", "size": size, "end": "NPT"},
                    [ref],
                )
            )
        if i < 5:
            for brand in ("Swagelok", "Parker"):
                code = {"1/4": "4", "3/8": "6", "1/2": "8", "3/4": "12", "1": "16"}[size]
                ref = f"SS-4{code}F{code}" if brand == "Swagelok" else f"{code}F-B6LJ2-SSP"
                rows.append(
                    _row(
                        f"VAL-ESF-SS-{size}-{SHORT[brand]}",
                        f'Ball valve {size}" female NPT, 316 stainless steel, {brand}',
                        f"VALV. ESF. INOX 316 {size} NPT H {brand.upper()}",
                        brand,
                        45 * (i + 1),
                        {"type": "ball_valve", "material": "stainless", "size": size, "end": "NPT"},
                        [ref],
                    )
                )
        if size not in ("1/4", "3/8"):
            for brand in ("Nibco", "Urrea"):
                ref = f"T-413-B {size}" if brand == "Nibco" else f"VRC-{i + 2:02d}"
                rows.append(
                    _row(
                        f"VAL-CHK-BR-{size}-{SHORT[brand]}",
                        f'Swing check valve {size}" NPT bronze, {brand}',
                        f"VALV. CHECK COLUMPIO BCE. {size} NPT {brand.upper()}",
                        brand,
                        9 * (i + 1),
                        {"type": "check_valve", "material": "bronze", "size": size, "end": "NPT"},
                        [ref],
                    )
                )
    return rows


MALLEABLE = [
    ("COD90", "90° elbow", "CODO 90", "elbow_90"),
    ("COD45", "45° elbow", "CODO 45", "elbow_45"),
    ("TEE", "Tee", "TEE", "tee"),
    ("TUN", "Union", "TUERCA UNION", "union"),
    ("COP", "Coupling", "COPLE", "coupling"),
    ("NIC", "Close nipple", "NIPLE CORRIDO", "close_nipple"),
    ("TAP", "Cap", "TAPON CAPA", "cap"),
    ("TAM", "Plug", "TAPON MACHO", "plug"),
]


def _fittings() -> list[Product]:
    rows = []
    for i, size in enumerate(SIZES):
        for code, en, es, kind in MALLEABLE:
            for finish, en_f, es_f in (
                ("galvanized", "galvanized", "GALV."),
                ("black", "black", "NEGRO"),
            ):
                if finish == "black" and kind not in ("elbow_90", "tee", "union"):
                    continue
                rows.append(
                    _row(
                        f"CON-{code}-{'G' if finish == 'galvanized' else 'N'}-{size}",
                        f'{en} {size}" NPT, 150 lb malleable iron, {en_f}',
                        f"{es} {size} {es_f} ROSCADO 150#",
                        "Anvil",
                        1.2 * (i + 1),
                        {"type": kind, "material": finish, "size": size},
                    )
                )
    tube = [("1/4", "1/8"), ("1/4", "1/4"), ("3/8", "3/8"), ("1/2", "1/2"), ("1/2", "3/8")]
    dash = {"1/8": "2", "1/4": "4", "3/8": "6", "1/2": "8"}
    for t, npt in tube:
        for brand in ("Swagelok", "Parker"):
            sw = f"SS-{dash[t]}00-1-{dash[npt]}".replace("SS-800", "SS-810")
            ref = sw if brand == "Swagelok" else f"{dash[t]}MSC{dash[npt]}N-316"
            rows.append(
                _row(
                    f"CON-TUB-MC-{dash[t]}-{dash[npt]}-{SHORT[brand]}",
                    f'Male connector {t}" tube OD x {npt}" NPT, 316 stainless, {brand}',
                    f"CONECTOR MACHO INOX TUBO {t} X {npt} NPT {brand.upper()}",
                    brand,
                    14,
                    {"type": "tube_male_connector", "tube": t, "npt": npt},
                    [ref],
                )
            )
    for t in ("1/4", "3/8", "1/2"):
        for kind, en, es, sw_end, pk in (
            ("tube_union", "Union", "UNION", "6", "SC"),
            ("tube_union_elbow", "Union elbow", "CODO UNION", "9", "EE"),
            ("tube_union_tee", "Union tee", "TEE UNION", "3", "ET"),
        ):
            for brand in ("Swagelok", "Parker"):
                sw = f"SS-{dash[t]}00-{sw_end}".replace("SS-800", "SS-810")
                ref = sw if brand == "Swagelok" else f"{dash[t]}{pk}-316"
                rows.append(
                    _row(
                        f"CON-TUB-{pk}-{dash[t]}-{SHORT[brand]}",
                        f'{en} {t}" tube OD, 316 stainless, {brand}',
                        f"{es} INOX TUBO {t} {brand.upper()}",
                        brand,
                        18,
                        {"type": kind, "tube": t},
                        [ref],
                    )
                )
    return rows


HOSE_DASH = {"1/4": "4", "3/8": "6", "1/2": "8", "5/8": "10", "3/4": "12", "1": "16"}


def _hydraulics() -> list[Product]:
    rows = []
    for size, d in HOSE_DASH.items():
        for rating, parker, eaton in (("R1", "421SN", "FC194"), ("R2", "301SN", "GH781")):
            for brand, series in (("Parker", parker), ("Eaton", eaton)):
                rows.append(
                    _row(
                        f"MAN-HID-{rating}-{d}-{SHORT[brand]}",
                        f'Hydraulic hose SAE 100{rating}AT {size}" (-{d}), {brand} {series}',
                        f"MANG. HIDR. 100{rating} {size} {brand.upper()}",
                        brand,
                        (3 if rating == "R1" else 4.5) * (1 + int(d) / 8),
                        {"type": "hydraulic_hose", "rating": rating, "size": size},
                        [f"{series}-{d}"],
                        uom="M",
                    )
                )
        for style, en, es, pk, ea in (
            ("male_npt", "male NPTF rigid", "MACHO NPT", "10143", "1AA{d}MP{d}"),
            ("female_jic", "female JIC 37° swivel", "HEMBRA JIC GIR.", "06743", "1AA{d}FJ{d}"),
        ):
            for brand in ("Parker", "Eaton"):
                ref = f"{pk}-{d}-{d}" if brand == "Parker" else ea.format(d=d)
                rows.append(
                    _row(
                        f"CON-HID-{'MN' if style == 'male_npt' else 'FJ'}-{d}-{SHORT[brand]}",
                        f'Crimp hose fitting {size}" (-{d}) {en}, {brand} {ref}',
                        f"CONEX. HIDR. PRENSAR {size} {es} {brand.upper()}",
                        brand,
                        4 + int(d) / 2,
                        {"type": "hose_fitting", "style": style, "size": size},
                        [ref],
                    )
                )
    return rows


def products() -> list[Product]:
    return _valves() + _fittings() + _hydraulics()
