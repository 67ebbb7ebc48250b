"""How catalog 23's buyers say an item: Honduran WhatsApp Spanish (`hn`: hardware stores, a machine
shop), the sugar and palm-oil mills' purchasing Spanish (`ingenio`), Salvadoran Spanish (`sv`), a
textile maquila's engineers writing English as a second language (`mq`), a gold mine's North
American supervisors (`mine`) and a Roatán shipyard's Bay Islands English (`bay`). `say` writes
exactly the facts pinned, nothing else."""

from __future__ import annotations

from random import Random

from bench.blind.dress import branded

ENGLISH = ("mq", "mine", "bay")
# ISO turning insert (shape, size) → nose radius → its inch name, as a US shop says it
INCH = {("CNMG", "1204"): {"04": "431", "08": "432", "12": "433"}, ("TNMG", "1604"): {"04": "331", "08": "332"},
        ("WNMG", "0804"): {"08": "432", "12": "433"}, ("DNMG", "1506"): {"04": "441", "08": "442"},
        ("VNMG", "1604"): {"04": "331", "08": "332"}, ("SNMG", "1204"): {"08": "432"},
        ("CCMT", "09T3"): {"04": "32.51", "08": "32.52"}, ("DCMT", "11T3"): {"04": "32.51", "08": "32.52"}}  # fmt: skip
# a maker's grade names the maker and the material class at once
GRADE = {("Sandvik", "P"): "GC4325", ("Sandvik", "M"): "GC2220", ("Sandvik", "K"): "GC3210", ("Mitsubishi", "P"): "UE6110",
         ("Mitsubishi", "M"): "MC7025", ("Mitsubishi", "K"): "MC5015", ("Kennametal", "P"): "KCP25", ("Kennametal", "M"): "KCM15"}  # fmt: skip
HP_ES = {"0.5": ("1/2 HP", "medio caballo", "0.5 HP", "1/2hp"), "0.75": ("3/4 HP", "3/4 de caballo", "0.75 HP"),
         "1": ("1 HP", "1 caballo", "1hp", "un caballo"), "1.5": ("1.5 HP", "1 1/2 HP", "caballo y medio", "1.5hp"),
         "2": ("2 HP", "2 caballos", "2hp"), "3": ("3 HP", "3 caballos", "3hp"), "5": ("5 HP", "5 caballos", "5hp"),
         "7.5": ("7.5 HP", "7 1/2 HP", "7.5hp"), "10": ("10 HP", "10 caballos", "10hp")}  # fmt: skip
HP_EN = {"0.5": ("1/2 HP", "1/2hp", "0.5 HP"), "0.75": ("3/4 HP", "3/4hp"), "1": ("1 HP", "1hp"), "1.5": ("1.5 HP", "1-1/2 HP", "1 1/2hp"),
         "2": ("2 HP", "2hp"), "3": ("3 HP", "3hp"), "5": ("5 HP", "5hp"), "7.5": ("7.5 HP", "7-1/2 HP"), "10": ("10 HP", "10hp")}  # fmt: skip


def _pick(region: str, rng: Random, es: tuple[str, ...], en: tuple[str, ...], **local: tuple[str, ...]) -> str:
    """A word of the region: English for `mq`, `mine` and `bay` (each may have its own), a
    country's or an office's own Spanish words mixed with the common ones (`hn=`, `sv=`, `ingenio=`)."""
    own = local.get(region, ())
    if region in ENGLISH:
        return rng.choice(own or en)
    return rng.choice(own + own + es if own else es)


def _join(*parts: str) -> str:
    return " ".join(x for x in parts if x)


def _inch(size: str, region: str, rng: Random) -> str:
    """An inch size as written: `2`, `2"`, `2 pulg`, `1 1/2` for `1-1/2`."""
    s = size.replace("-", " ") if "-" in size and rng.random() < 0.5 else size
    if region in ENGLISH:
        return rng.choice((s, f'{s}"', f"{s} in"))
    return rng.choice((s, f'{s}"', f'{s}"', f"{s} pulg", f"de {s}"))


def _hp(hp: str, region: str, rng: Random) -> str:
    return rng.choice(HP_EN[hp] if region in ENGLISH else HP_ES[hp])


def brand_said(brand: str, en: bool, rng: Random) -> str:
    shown = {"Well-X-Trol": rng.choice(("Well-X-Trol", "Amtrol Well-X-Trol", "WellXtrol")), "Square D": rng.choice(("Square D", "SquareD")),
             "Phelps Dodge": rng.choice(("Phelps Dodge", "PD")), "Franklin": rng.choice(("Franklin", "Franklin Electric"))}.get(brand, brand)  # fmt: skip
    return rng.choice((shown, shown, shown.lower() if brand not in ("NSK", "SKF", "FAG", "PD") else shown))


PHASE = {"1F": (("monofásica", "una fase", "1F", "monofasica"), ("single phase", "1ph", "1-phase")),
         "3F": (("trifásica", "3F", "tres fases", "trifasica"), ("three phase", "3ph", "3-phase"))}  # fmt: skip


def _centrifugal(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("bomba centrífuga", "bomba centrifuga", "bomba de agua centrífuga"), ("centrifugal pump", "centrifugal water pump"),
                 hn=("bomba centrífuga", "bomba de agua"), ingenio=("bomba centrífuga", "electrobomba centrífuga"))
    phase = pins.get("phase")
    ph = "" if not phase else _pick(region, rng, *PHASE[phase])
    hp = _hp(pins["hp"], region, rng)
    if region in ENGLISH and rng.random() < 0.5:
        return _join(hp, ph, noun)
    return _join(noun, "de" if rng.random() < 0.3 and region not in ENGLISH else "", hp, ph)


def _peripheral(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("bomba periférica", "bomba periferica", "bombita periférica"), ("peripheral pump", "booster pump peripheral"))
    return _join(noun, _hp(pins["hp"], region, rng))


def _well(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("bomba sumergible de pozo 4\"", "bomba de pozo 4 pulgadas", "bomba sumergible 4\" para pozo"),
                 ("4\" submersible well pump", "4in well pump", "submersible well pump 4\""), bay=("well pump 4 inch", "4 inch submersible pump"))
    gpm = pins.get("gpm")
    flow = "" if not gpm else _pick(region, rng, (f"{gpm} GPM", f"{gpm} galones por minuto", f"{gpm}gpm", f"de {gpm} gpm"), (f"{gpm} GPM", f"{gpm}gpm"))
    return _join(noun, _hp(pins["hp"], region, rng), flow)


def _sump(pins: dict[str, str], region: str, rng: Random) -> str:
    service = pins.get("service")
    if service == "drain":
        noun = _pick(region, rng, ("bomba de achique", "bomba sumergible de drenaje", "bomba para drenaje"), ("sump pump", "drainage pump", "dewatering pump"))
    elif service == "sewage":
        noun = _pick(region, rng, ("bomba para aguas negras", "bomba de aguas servidas", "bomba sumergible aguas negras"), ("sewage pump", "sewage ejector pump"))
    else:
        noun = _pick(region, rng, ("bomba de fosa", "bomba sumergible para fosa"), ("submersible pit pump", "pit pump"))
    return _join(noun, _hp(pins["hp"], region, rng))


def _tank(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("tanque hidroneumático", "tanque de presión", "hidrotanque", "tanque precargado"), ("pressure tank", "well tank", "pressure tank"))
    gal = pins["gal"]
    return _join(noun, _pick(region, rng, (f"{gal} galones", f"{gal} gal", f"de {gal} galones"), (f"{gal} gal", f"{gal} gallon")))


def _switch(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("presostato", "switch de presión", "control de presión", "pressure switch"), ("pressure switch",))
    low, high = pins["range"].split("-")
    r = _pick(region, rng, (f"{low}-{high}", f"{low}/{high} psi", f"{low}-{high} PSI", f"de {low} a {high} libras"), (f"{low}-{high}", f"{low}/{high} psi", f"{low}-{high} PSI"))
    return _join(noun, r)


def _foot(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("válvula de pie", "check de pie", "válvula de pie con canasta"), ("foot valve", "foot valve w/ strainer"))
    material = pins.get("material")
    m = ""
    if material == "bronze":
        m = _pick(region, rng, ("de bronce", "bronce"), ("bronze", "brass"))
    elif material == "pvc":
        m = _pick(region, rng, ("PVC", "de PVC", "plástica"), ("PVC", "plastic"))
    return _join(noun, _inch(pins["size"], region, rng), m)


def _cable(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("cable sumergible plano", "cable para bomba sumergible", "cable plano para bomba"), ("submersible pump cable", "flat pump cable"))
    awg = pins["awg"]
    return _join(noun, rng.choice((f"3x{awg}", f"3 x {awg} AWG", f"3x{awg} awg", f"3X{awg}")))


MATERIAL = {"P": (("para acero", "acero", "P"), ("for steel", "steel", "P grade")),
            "M": (("para inoxidable", "inox", "para acero inoxidable"), ("for stainless", "stainless", "M grade")),
            "K": (("para hierro fundido", "fundición", "para hierro colado"), ("for cast iron", "cast iron", "K grade"))}  # fmt: skip


def _insert(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("inserto", "inserto de carburo", "pastilla"), ("insert", "carbide insert", "turning insert"),
                 hn=("inserto", "pastilla", "inserto de torno"), sv=("inserto", "pastilla"))
    shape, size, radius = pins["shape"], pins["size"], pins.get("radius")
    if radius and rng.random() < (0.45 if region in ("mine", "mq") else 0.15):
        desig = f"{shape} {INCH[(shape, size)][radius]}"
    elif radius:
        desig = rng.choice((f"{shape} {size}{radius}", f"{shape}{size}{radius}", f"{shape} {size[:2]} {size[2:]} {radius}", f"{shape}-{size}{radius}"))
    else:
        desig = rng.choice((f"{shape} {size[:2]}", f"{shape} {size}"))
    material, brand = pins.get("material"), pins.get("brand")
    if material and brand and rng.random() < 0.4:
        return _join(noun, desig, GRADE[(brand, material)])  # the grade says the material; `say` adds the maker
    m = "" if not material else _pick(region, rng, *MATERIAL[material])
    return _join(noun, desig, m)


HAND = {"R": (("derecho", "mano derecha", "R"), ("RH", "right hand", "R")), "L": (("izquierdo", "mano izquierda", "L"), ("LH", "left hand", "L"))}


def _holder(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("portainserto", "porta herramienta", "portaherramienta de torno", "buril portainserto"), ("toolholder", "turning holder", "tool holder"))
    takes = _pick(region, rng, (f"para {pins['insert']}", f"p/{pins['insert']}", f"para inserto {pins['insert']}"), (f"for {pins['insert']}", f"{pins['insert']} style"))
    hand = pins.get("hand")
    h = "" if not hand else _pick(region, rng, *HAND[hand])
    shank = pins.get("shank")
    s = "" if not shank else _pick(region, rng, (f"{shank}x{shank}", f"zanco {shank} mm", f"de {shank} mm", f"{shank}x{shank} mm"), (f"{shank}mm shank", f"{shank}x{shank}"))
    return _join(noun, takes, h, s)


def _bearing(pins: dict[str, str], region: str, rng: Random) -> str:
    d, seal = pins["desig"], pins.get("seal")
    said = ""
    if seal == "ZZ":
        said = _pick(region, rng, ("ZZ", "zz", "2Z", "blindada"), ("ZZ", "2Z", "shielded"))
    elif seal == "2RS":
        said = _pick(region, rng, ("2RS", "2rs", "sellada", "de hule"), ("2RS", "2RS1", "sealed", "rubber seal"))
    joined = f"{d}{rng.choice(('-', ' ', ''))}{said}" if said in ("ZZ", "zz", "2Z", "2RS", "2rs", "2RS1") else _join(d, said)
    noun = _pick(region, rng, ("balinera", "cojinete", "rodamiento"), ("bearing", "ball bearing", "brg"), hn=("balinera",), sv=("cojinete", "balinera"),
                 bay=("bearing",))
    return f"{joined} {noun}" if region in ENGLISH and rng.random() < 0.5 else f"{noun} {joined}"


def _belt(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("faja", "faja en V", "faja trapezoidal", "banda en V"), ("V-belt", "v belt", "belt"), hn=("faja",), sv=("faja", "banda"))
    sec, num = pins["section"], pins["number"]
    return _join(noun, rng.choice((f"{sec}{num}", f"{sec}-{num}", f"{sec} {num}", f"{sec.lower()}{num}")))


DIA = {"4-1/2": ('4 1/2"', '4-1/2"', "4.5\""), "7": ('7"', "7 pulg"), "9": ('9"', "9 pulg"), "14": ('14"', "14 pulg")}
THICK = {"0.045": ('0.045"', ".045"), "1/16": ('1/16"', "1/16"), "3/32": ('3/32"', "3/32"), "1/8": ('1/8"', "1/8")}


def _disc(pins: dict[str, str], region: str, rng: Random) -> str:
    d = rng.choice(DIA[pins["dia"]])
    if pins["type"] == "flap_disc":
        noun = _pick(region, rng, ("disco flap", "disco de lija flap", "disco laminado"), ("flap disc", "flap wheel"))
        grit = pins.get("grit")
        g = "" if not grit else _pick(region, rng, (f"grano {grit}", f"#{grit}", f"G{grit}"), (f"{grit} grit", f"#{grit}"))
        return _join(noun, d, g)
    noun = _pick(region, rng, ("disco de corte", "disco para cortar metal", "disco de cortar"), ("cut-off wheel", "cutoff disc", "cut off wheel"))
    thick = pins.get("thick")
    return _join(noun, d, "" if not thick else f"x {rng.choice(THICK[thick])}")


SAY = {"centrifugal": _centrifugal, "peripheral": _peripheral, "well_pump": _well, "sump": _sump, "tank": _tank, "pressure_switch": _switch,
       "foot_valve": _foot, "pump_cable": _cable, "insert": _insert, "holder": _holder, "ball": _bearing, "vbelt": _belt, "cut_disc": _disc,
       "flap_disc": _disc}  # fmt: skip


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The item's words for exactly the pinned facts, the brand where pinned."""
    words = SAY[pins["type"]](pins, region, rng)
    return branded(words, pins.get("brand"), region in ENGLISH, rng, brand_said)


KIND = {
    "centrifugal": ("bomba centrífuga", "centrifugal pump"), "peripheral": ("bomba periférica", "peripheral pump"),
    "well_pump": ("bomba de pozo", "well pump"), "sump": ("bomba sumergible", "sump pump"), "tank": ("tanque de presión", "pressure tank"),
    "pressure_switch": ("presostato", "pressure switch"), "foot_valve": ("válvula de pie", "foot valve"), "pump_cable": ("cable sumergible", "pump cable"),
    "insert": ("inserto", "insert"), "holder": ("portainserto", "toolholder"), "ball": ("balinera", "bearing"), "vbelt": ("faja", "V-belt"),
    "cut_disc": ("disco de corte", "cut-off wheel"), "flap_disc": ("disco flap", "flap disc"),
}  # fmt: skip


def say_kind(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The kind of item only, as a requisition's description cell says it."""
    es, eng = KIND[pins["type"]]
    return eng if en else (es.upper() if rng.random() < 0.3 else es)
