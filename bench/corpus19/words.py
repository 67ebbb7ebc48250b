"""Corpus 19's words: how the Venezuelan house's buyers say an item's pinned facts, and nothing else.

Three voices: `chat`, Valencia's and Maracaibo's WhatsApp (`pana`, `chamo`, `¿tienes …?`, `me
regalas el precio`, `cuánto sale`, `rolinera`, `pipote`, `cuñete`); `planta`, the plants' and the
smelter's purchasing e-mails (positions `Pos. 10:`, never a count) and spreadsheet rows; `en`, the
oil-service contractor's supervisors in English (`please quote`, `for the rig`, `pail`, `drum`).
`say(pins, region, rng)` writes exactly the facts pinned: a fact missing from the pins is never
hinted at, so a line's label is the set of products those facts fit.
"""

from __future__ import annotations

from random import Random

from bench.catalog4.model import Product

# --- lubrication ---------------------------------------------------------------------------------
GREASE_PACK = {
    "es": {"cartucho": ("en cartucho", "cartucho de 14 oz", "cartucho"), "pote": ("en pote", "pote de 1 kilo", "potecito de 1 kg"),
           "cuñete": ("en cuñete", "cuñete de 16 kg", "cuñete"), "tambor": ("en tambor", "tambor de 180 kg", "pipote de 180 kilos")},
    "en": {"cartucho": ("14 oz cartridge", "tube (14 oz)", "cartridge"), "pote": ("1 kg tub", "tub 1kg", "1 kg tub"),
           "cuñete": ("35 lb pail", "pail (16 kg)", "35lb pail"), "tambor": ("400 lb drum", "drum (180 kg)", "400lb drum")},
}  # fmt: skip
OIL_PACK = {
    "es": {"galon": ("en galón", "galón", "de galón"), "cuñete": ("en cuñete", "cuñete de 5 galones", "cuñete 5 gal"),
           "tambor": ("en tambor", "tambor de 55", "pipote de 55 galones")},
    "en": {"galon": ("1 gal jug", "gallon", "1-gallon"), "cuñete": ("5 gal pail", "pail (5 gal)", "5-gal pail"),
           "tambor": ("55 gal drum", "drum", "55-gal drum")},
}  # fmt: skip
THREAD = {"1/8 NPT": ("1/8 NPT", "1/8\" npt", "rosca 1/8 NPT"), "1/4-28 UNF": ("1/4-28", "1/4-28 UNF", "1/4\"-28"),
          "M6x1": ("M6x1", "M6 x 1", "m6x1"), "M8x1": ("M8x1", "M8 x 1", "m8x1"), "M10x1": ("M10x1", "M10 x 1", "m10x1")}  # fmt: skip
ANGLE = {"es": {"recta": ("recta", "derecha"), "45": ("a 45°", "de 45 grados"), "90": ("a 90°", "de 90 grados")},
         "en": {"recta": ("straight", "straight"), "45": ("45 deg", "45°"), "90": ("90 deg", "90°")}}  # fmt: skip
DRIVE = {"es": {"palanca": ("de palanca", "manual de palanca"), "pistola": ("tipo pistola", "de pistola"),
                "neumatica": ("neumática", "de aire"), "bateria": ("a batería", "inalámbrica de batería")},
         "en": {"palanca": ("lever", "lever-action"), "pistola": ("pistol-grip", "pistol grip"),
                "neumatica": ("air-operated", "pneumatic"), "bateria": ("battery", "cordless 20V")}}  # fmt: skip
MATERIAL = {"es": {"nbr": ("de goma NBR", "nitrilo", "NBR"), "uretano": ("de uretano", "uretano", "poliuretano"), "hytrel": ("hytrel", "de Hytrel", "HYTREL")},
            "en": {"nbr": ("NBR", "buna-N", "nitrile"), "uretano": ("urethane", "urethane", "urethane"), "hytrel": ("Hytrel", "hytrel", "Hytrel")}}  # fmt: skip
SEAL = {"es": {"2RS": ("2RS", "2rs", "sellada de goma", "-2RS"), "ZZ": ("ZZ", "zz", "de tapas metálicas", "2Z"),
               "abierto": ("abierta", "sin tapas", "abierta", "sin sello")},
        "en": {"2RS": ("2RS", "2rs", "rubber sealed", "-2RS"), "ZZ": ("ZZ", "zz", "metal shielded", "2Z"),
               "abierto": ("open", "open", "no seals", "open")}}  # fmt: skip
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
COLOR = {"negro": "black", "rojo": "red", "blanco": "white", "verde": "green"}
VALVE_MATERIAL = {"es": {"bronce": ("de bronce", "bronce"), "inox": ("inox", "de acero inoxidable")},
                  "en": {"bronce": ("bronze", "brass"), "inox": ("stainless", "SS 316")}}  # fmt: skip
# a brand's grease and oil lines (what a buyer may write instead of the brand and the grade)
LINE = {"Shell": ("Gadus S2 V220", "Omala", "Tellus"), "Mobil": ("Mobilux EP", "Mobilgear 600 XP", "DTE 10 Excel"),
        "Chevron": ("Multifak EP", "Meropa", "Rando HD"), "Castrol": ("Spheerol EPL", "Alpha SP", "Hyspin AWS")}  # fmt: skip


def _brand(words: str, pins: dict[str, str], en: bool, rng: Random) -> str:
    brand = pins.get("brand")
    if not brand:
        return words
    roll = rng.random()
    if roll < 0.6:
        return f"{words} {brand}"
    if roll < 0.8:
        return f"{brand} {words}" if en else f"{words} marca {brand}"
    return f"{words}, {brand}" if not en else f"{words} ({brand})"


def _inch(size: str, en: bool, rng: Random) -> str:
    """A size in inches; in English always marked (the size comes first there, and a bare `7`
    before the item would read as a count)."""
    if en:
        return rng.choice((f"{size}\"", f"{size} in", f"{size}in", f"{size}\""))
    return rng.choice((f"{size}\"", size, f"{size} pulg", f"{size}\""))


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The words of an item with exactly `pins` (type and its facts, the brand where pinned)."""
    en = region == "en"
    lang = "en" if en else "es"
    t = pins["type"]

    def g(key: str) -> str:
        return pins.get(key, "")

    if t == "grease":
        pack = rng.choice(GREASE_PACK[lang][g("pack")]) if g("pack") else ""
        grade = f"NLGI {g('nlgi')}" if rng.random() < 0.4 else f"EP{g('nlgi')}" if g("nlgi") else ""
        if g("base") == "complejo":
            base = rng.choice(("lithium complex", "high-temp lithium complex")) if en else rng.choice(("de complejo de litio", "de alta temperatura (complejo de litio)"))
        elif g("base") == "litio":
            base = "lithium" if en else "de litio"
        else:
            base = ""
        if g("brand") and g("base") == "litio" and g("nlgi") and rng.random() < 0.35:
            return " ".join(x for x in ("grease" if en else "grasa", f"{LINE[g('brand')][0]} {g('nlgi')}", pack) if x)
        words = (" ".join(x for x in (grade, base, "grease", pack) if x) if en
                 else " ".join(x for x in ("grasa", base, grade, pack) if x))
        return _brand(words, pins, en, rng)
    if t in ("gear_oil", "hyd_oil"):
        pack = rng.choice(OIL_PACK[lang][g("pack")]) if g("pack") else ""
        vg = rng.choice((f"ISO VG {g('vg')}", f"ISO {g('vg')}", f"VG {g('vg')}", g("vg"))) if g("vg") else ""
        gear = t == "gear_oil"
        if g("brand") and g("vg") and rng.random() < 0.35:
            line = LINE[g("brand")][1 if gear else 2]
            return " ".join(x for x in (("oil" if en else "aceite"), f"{line} {g('vg')}", pack) if x)
        if en:
            kind = rng.choice(("gear oil", "EP gear oil", "gearbox oil")) if gear else rng.choice(("hydraulic oil", "AW hydraulic oil"))
            words = " ".join(x for x in (kind, vg, pack) if x)
        else:
            kind = rng.choice(("aceite de engranajes", "aceite para reductor", "aceite de caja reductora")) if gear else rng.choice(("aceite hidráulico", "aceite hidraulico", "hidráulico"))
            words = " ".join(x for x in (kind, vg, pack) if x)
        return _brand(words, pins, en, rng)
    if t == "fitting":
        thread = rng.choice(THREAD[g("thread")]) if g("thread") else ""
        angle = rng.choice(ANGLE[lang][g("angle")]) if g("angle") else ""
        kind = rng.choice(("grease fitting", "zerk fitting", "grease nipple")) if en else rng.choice(("grasera", "alemite", "grasera tipo alemite"))
        return _brand(" ".join(x for x in (kind, thread, angle) if x), pins, en, rng)
    if t == "gun":
        drive = rng.choice(DRIVE[lang][g("drive")]) if g("drive") else ""
        words = f"{drive} grease gun".strip() if en else " ".join(x for x in (rng.choice(("engrasadora", "pistola de grasa")), drive) if x)
        return _brand(words, pins, en, rng)
    if t == "gun_hose":
        size = _inch(g("length"), en, rng) if g("length") else ""
        words = f"{size} grease gun hose".strip() if en else f"manguera para engrasadora de {size}".strip()
        return _brand(words, pins, en, rng)
    if t == "jaw_hub":
        size = g("size") or ""
        size = size if rng.random() < 0.6 else size.replace("-", "")
        bore = ""
        if g("bore"):
            bore = (rng.choice(("{b}\" bore", "bore {b}", "{b} in bore")) if en else rng.choice(("bore {b}\"", "de {b}\"", "agujero {b}", "con hueco de {b}\""))).format(b=g("bore"))
        kind = rng.choice(("jaw coupling hub", "jaw hub", "L-type hub")) if en else rng.choice(("maza", "manzana", "maza de acople", "cubo"))
        words = f"{size} {kind} {bore}" if en else f"{kind} {size} {bore}"
        return _brand(" ".join(words.split()), pins, en, rng)
    if t == "spider":
        size = g("size") or ""
        size = size if rng.random() < 0.6 else size.replace("-", "")
        mat = rng.choice(MATERIAL[lang][g("material")]) if g("material") else ""
        kind = rng.choice(("spider", "jaw coupling spider", "coupling insert")) if en else rng.choice(("araña", "estrella", "araña de acople", "goma del acople"))
        words = f"{size} {mat} {kind}" if en else f"{kind} {size} {mat}"
        return _brand(" ".join(words.split()), pins, en, rng)
    if t in ("grid", "grid_cover"):
        size = g("size") or ""
        size = rng.choice((size, f"{size}10", size.lower()))
        if en:
            kind = "grid" if t == "grid" else rng.choice(("cover kit", "cover assembly"))
            words = f"{size} {kind}"
        else:
            kind = rng.choice(("grilla", "resorte", "grilla del acople")) if t == "grid" else rng.choice(("tapa del acople", "tapa", "juego de tapa"))
            words = f"{kind} {size}"
        return _brand(words, pins, en, rng)
    if t == "gear_cpl":
        size = g("size") or ""
        words = f"size {size} gear coupling" if en else rng.choice(("acople de engranajes tamaño {s}", "acople dentado {s}", "acople de engranaje talla {s}")).format(s=size)
        return _brand(words.replace("  ", " ").strip(), pins, en, rng)
    if t == "bearing":
        series = g("series") or ""
        seal = rng.choice(SEAL[lang][g("seal")]) if g("seal") else ""
        if seal.startswith("-"):
            ref = f"{series}{seal}"
        elif seal in ("2RS", "2rs", "ZZ", "zz", "2Z") and rng.random() < 0.5:
            ref = f"{series}{seal}" if rng.random() < 0.5 else f"{series}-{seal}"
        else:
            ref = f"{series} {seal}".strip()
        kind = rng.choice(("bearing", "ball bearing", "brg")) if en else rng.choice(("rolinera", "rodamiento", "rolinera", "rulemán", "rolinera"))
        words = f"{ref} {kind}" if en else f"{kind} {ref}"
        return _brand(" ".join(words.split()), pins, en, rng)
    if t in ("bolt", "nut"):
        dia = g("dia") or ""
        if en and dia and rng.random() < 0.5:
            dia = f"{dia}-{UNC[dia]}"
        grade = ""
        if g("grade"):
            grade = rng.choice((f"grade {g('grade')}", f"gr{g('grade')}", f"G{g('grade')}")) if en else rng.choice((f"grado {g('grade')}", f"G{g('grade')}", f"gr. {g('grade')}"))
        if t == "bolt":
            size = f"{dia} x {g('length')}" if g("length") else dia
            size = size if rng.random() < 0.5 else size.replace(" x ", "x")
            kind = rng.choice(("hex bolt", "hex cap screw", "HHCS")) if en else rng.choice(("tornillo", "tornillo hexagonal", "perno", "tornillo cabeza hex"))
        else:
            size = dia
            kind = rng.choice(("hex nut", "nut")) if en else rng.choice(("tuerca", "tuerca hexagonal"))
        words = f"{size} {grade} {kind}" if en else f"{kind} {size} {grade}"
        return _brand(" ".join(words.split()), pins, en, rng)
    if t == "contactor":
        amps = rng.choice((f"{g('amps')}A", f"{g('amps')} A", f"de {g('amps')} amp" if not en else f"{g('amps')} amp")) if g("amps") else ""
        coil = ""
        if g("coil"):
            coil = rng.choice((f"{g('coil')}V coil", f"coil {g('coil')}VAC")) if en else rng.choice((f"bobina {g('coil')}V", f"bobina a {g('coil')}", f"bob. {g('coil')} VAC"))
        return _brand(" ".join(x for x in ("contactor", amps, coil) if x), pins, en, rng)
    if t == "breaker":
        poles, amps = g("poles"), g("amps")
        if en:
            words = " ".join(x for x in (f"{poles}-pole" if poles else "", f"{amps}A" if amps else "", "breaker") if x)
        elif poles and amps and rng.random() < 0.4:
            words = f"breaker {poles}x{amps}"
        else:
            words = " ".join(x for x in ("breaker", f"de {poles} polo{'s' if poles != '1' else ''}" if poles else "", f"{amps}A" if amps else "") if x)
        return _brand(words, pins, en, rng)
    if t == "cable":
        awg, color = g("awg"), g("color")
        if en:
            words = " ".join(x for x in (f"#{awg}" if rng.random() < 0.3 else f"{awg} AWG", "THHN", COLOR[color] if color else "", "wire") if x)
        else:
            words = " ".join(x for x in ("cable", rng.choice((f"#{awg}", f"{awg}", f"{awg} AWG")) if awg else "", "THHN", color or "") if x)
        return _brand(words, pins, en, rng)
    if t in ("cut_disc", "grind_disc", "flap"):
        dia = g("dia") or ""
        dia = (_inch(dia, en, rng) if en else rng.choice((f"{dia}\"", dia, dia.replace("-", " ")))) if dia else ""
        if t == "cut_disc":
            kind = rng.choice(("cut-off wheel", "cutting disc")) if en else rng.choice(("disco de corte", "disco corte", "disco de cortar"))
            thick = rng.choice((f"x {g('thick')}mm", f"{g('thick')} mm")) if g("thick") else ""
        elif t == "grind_disc":
            kind = rng.choice(("grinding wheel", "grinding disc")) if en else rng.choice(("disco de desbaste", "disco de esmerilar"))
            thick = ""
        else:
            kind = "flap disc" if en else rng.choice(("disco flap", "disco de lija flap"))
            thick = (f"{g('grit')} grit" if en else rng.choice((f"grano {g('grit')}", f"G{g('grit')}"))) if g("grit") else ""
        words = f"{dia} {kind} {thick}" if en else f"{kind} {dia} {thick}"
        return _brand(" ".join(words.split()), pins, en, rng)
    if t == "ball_valve":
        size = _inch(g("size"), en, rng) if g("size") else ""
        mat = rng.choice(VALVE_MATERIAL[lang][g("material")]) if g("material") else ""
        if en:
            words = f"{size} {mat} ball valve"
        else:
            words = f"{rng.choice(('válvula de bola', 'llave de paso', 'valvula de bola'))} {size} {mat}"
        return _brand(" ".join(words.split()), pins, en, rng)
    raise ValueError(t)


KIND = {
    "grease": ("grasa", "grease"), "gear_oil": ("aceite de engranajes", "gear oil"), "hyd_oil": ("aceite hidráulico", "hydraulic oil"),
    "fitting": ("graseras", "grease fittings"), "gun": ("engrasadora", "grease gun"), "gun_hose": ("manguera engrasadora", "grease hose"),
    "jaw_hub": ("maza acople", "coupling hub"), "spider": ("araña acople", "coupling spider"), "grid": ("grilla acople", "coupling grid"),
    "grid_cover": ("tapa acople", "coupling cover"), "gear_cpl": ("acople engranajes", "gear coupling"), "bearing": ("rolinera", "bearing"),
    "bolt": ("tornillo", "bolt"), "nut": ("tuerca", "nut"), "contactor": ("contactor", "contactor"), "breaker": ("breaker", "breaker"),
    "cable": ("cable", "wire"), "cut_disc": ("disco corte", "cut-off wheel"), "grind_disc": ("disco desbaste", "grinding disc"),
    "flap": ("disco flap", "flap disc"), "ball_valve": ("válvula de bola", "ball valve"),
}  # fmt: skip


def what(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The kind of thing only (a customer's part number or an item code says the rest)."""
    return KIND[pins["type"]][en]


# --- quantities ----------------------------------------------------------------------------------
WORDS = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 8: "ocho", 10: "diez", 12: "doce", 20: "veinte"}
PACK_WORD = {10: ("bolsa", "bolsas", "bag", "bags"), 50: ("caja", "cajas", "box", "boxes"), 100: ("caja", "cajas", "box", "boxes")}
# the words a slip of the thumb must leave alone: they carry the quantity
PROTECT = ("docena", "media", "cajas", "bolsas", "rollos", "metros", "rollo", "bolsa", "dozen", "boxes", "rolls", "meters",
           "cuatro", "cinco", "veinte", "unidades")  # fmt: skip


def thousands(n: int, en: bool) -> str:
    s = f"{n:,}"
    return s if en else s.replace(",", ".")


# the kinds of thing an English line names by a size first (`6204 2RS bearing`, `2-pole 30A breaker`):
# a bare count before them would run into the size (`4 1/2-13`), so it goes after the item
LEADING = {"bearing", "bolt", "nut", "grid", "grid_cover", "cut_disc", "grind_disc", "flap", "ball_valve", "breaker", "gun_hose"}


def quantity(p: Product, en: bool, rng: Random) -> tuple[str, str, str]:
    """(before, after, quantity in the item's unit) of a line about `p`."""
    before, after, qty = _quantity(p, en, rng)
    if en and p.attrs["type"] in LEADING and before and before.replace(",", "").isdigit():
        return "", f"qty {before}" if len(qty) > 2 else f"x {before}", qty
    return before, after, qty


def _quantity(p: Product, en: bool, rng: Random) -> tuple[str, str, str]:
    roll = rng.random()
    if roll < 0.08:
        return "", "", ""
    if p.uom == "MTS":
        n = rng.choice((1, 2, 3))
        shape = rng.random()
        if shape < 0.35:
            return (f"{n} roll{'s' if n > 1 else ''} of" if en else f"{n if n > 1 else 'un'} rollo{'s' if n > 1 else ''} de"), "", str(n * 100)
        m = rng.choice((30, 50, 80, 150, 250))
        if shape < 0.7:
            return (f"{m} m of" if en else f"{m} metros de"), "", str(m)
        return "", (f"x {m} m" if en else rng.choice((f"x {m} mts", f"- {m} metros"))), str(m)
    if p.pack_qty > 1:
        one, many, one_en, many_en = PACK_WORD[p.pack_qty]
        shape = rng.random()
        if shape < 0.35:
            n = rng.choice((1, 2, 3, 4))
            word = (one_en if n == 1 else many_en) if en else (one if n == 1 else many)
            count = ("a" if en else "una") if n == 1 else (str(n) if en or rng.random() < 0.5 else WORDS[n])
            return f"{count} {word} of" if en else f"{count} {word} de", "", str(n * p.pack_qty)
        n = rng.choice((p.pack_qty * 2, p.pack_qty * 4, 1000 if p.pack_qty == 50 else p.pack_qty * 3, 500 if p.pack_qty != 10 else 40))
        if shape < 0.7:
            return thousands(n, en), "", str(n)
        # never `x n` after a bolt: `5/16 x 100` would read as a length
        return "", (f"qty {thousands(n, en)}" if en else rng.choice((f"{thousands(n, en)} und", f"cant. {thousands(n, en)}"))), str(n)
    shape = rng.random()
    if shape < 0.12:
        return ("a dozen" if en else rng.choice(("una docena de", "1 docena de"))), "", "12"
    if shape < 0.2:
        return ("a pair of" if en else "un par de"), "", "2"
    if shape < 0.26 and not en:
        return "media docena de", "", "6"
    n = rng.choice((1, 2, 2, 3, 4, 4, 5, 6, 8, 10, 12, 20))
    form = rng.random()
    if form < 0.35:
        return (str(n) if en or n not in WORDS or rng.random() < 0.6 else WORDS[n]), "", str(n)
    if form < 0.65:
        return "", rng.choice((f"x {n}", f"x{n}", f"- {n}")), str(n)
    if en:
        return "", rng.choice((f"qty {n}", f"({n})", f"{n} ea", f"x {n} pcs")), str(n)
    return "", rng.choice((f"{n} und", f"({n})", f"{n} unidades", f"cant. {n}")), str(n)
