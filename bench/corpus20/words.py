"""How catalog 20's buyers say an item: Costa Rica's WhatsApp Spanish, the plants' purchasing
Spanish and a US contractor's English. `say` writes exactly the facts pinned, nothing else."""

from __future__ import annotations

from random import Random

from bench.blind.dress import branded

DASH = {"1/4": "4", "3/8": "6", "1/2": "8", "3/4": "12", "1": "16"}


def inch(size: str, en: bool, rng: Random) -> str:
    """An inch size as written: `1/2`, `1/2"`, `1/2 pulg` / `1/2 in`."""
    return rng.choice((size, f'{size}"', f"{size} in" if en else f"{size} pulg"))


def brand_said(brand: str, en: bool, rng: Random) -> str:
    return rng.choice((brand, brand, brand.lower() if brand != "3M" else brand))


def _jic(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The JIC (or ORFS) end: a fraction or, one time in four, its dash size."""
    size = pins["jic"]
    if pins["type"] != "orfs_npt" and rng.random() < 0.25:
        return rng.choice((f"-{DASH[size]}", f"#{DASH[size]}"))
    return inch(size, en, rng)


def _material(pins: dict[str, str], en: bool, rng: Random) -> str:
    m = pins.get("material")
    if not m:
        return ""
    if en:
        return rng.choice(("steel", "zinc plated steel")) if m == "acero" else rng.choice(("SS", "stainless", "316 SS"))
    return rng.choice(("de acero", "acero", "zincado")) if m == "acero" else rng.choice(("inox", "inoxidable", "acero inox 316"))


def _hydraulic(pins: dict[str, str], en: bool, rng: Random) -> str:
    t = pins["type"]
    if t == "jic_tee":
        base = (rng.choice(("JIC {j} male tee", "tee JIC {j}", "JIC male run tee {j}")) if en
                else rng.choice(("tee JIC {j}", "te macho JIC {j}", "tee hidráulica JIC {j}")))
        jic = _jic(pins, en, rng) if "jic" in pins else ""
        words = base.format(j=jic).replace("  ", " ").strip()
        return " ".join(x for x in (words, _material(pins, en, rng)) if x)
    jic = _jic(pins, en, rng)
    npt = inch(pins["npt"], en, rng) if "npt" in pins else ""
    if en:
        shapes = {
            "jic_npt": ("male JIC {j} x male NPT {n} adapter", "JIC {j} to NPT {n} straight adapter", "straight adapter JIC {j} x NPT {n}"),
            "jic_npt_90": ("90 elbow JIC {j} x NPT {n}", "90° male JIC {j} x male NPT {n} elbow", "JIC {j} x NPT {n} 90 deg elbow"),
            "jic_f_npt": ("female JIC swivel {j} x male NPT {n}", "JIC {j} female swivel x NPT {n} male adapter"),
            "orfs_npt": ("ORFS {j} x NPT {n} adapter", "male ORFS {j} x male NPT {n} adapter"),
        }[t]
    else:
        shapes = {
            "jic_npt": ("adaptador macho JIC {j} x NPT {n}", "niple JIC {j} x NPT {n}", "conector recto JIC {j} macho x NPT {n} macho",
                        "adaptador JIC {j} x NPT {n}"),
            "jic_npt_90": ("codo 90 JIC {j} x NPT {n}", "codo 90° macho JIC {j} x macho NPT {n}", "codo JIC {j} a NPT {n} de 90"),
            "jic_f_npt": ("adaptador hembra giratoria JIC {j} x macho NPT {n}", "conector hembra JIC {j} giratorio x NPT {n}",
                          "hembra giratoria JIC {j} a NPT {n}"),
            "orfs_npt": ("adaptador ORFS {j} x NPT {n}", "conector macho ORFS {j} x NPT {n}"),
        }[t]
    words = rng.choice(shapes).format(j=jic, n=npt)
    if not npt:  # the NPT end not said: the line names the JIC end only
        words = {"jic_npt": "adaptador JIC {j} macho", "jic_npt_90": "codo 90 JIC {j}", "jic_f_npt": "hembra giratoria JIC {j}",
                 "orfs_npt": "adaptador ORFS {j}"}[t].format(j=jic) if not en else {
                 "jic_npt": "male JIC {j} adapter", "jic_npt_90": "JIC {j} 90 elbow", "jic_f_npt": "JIC {j} female swivel",
                 "orfs_npt": "ORFS {j} adapter"}[t].format(j=jic)
    return " ".join(x for x in (words, _material(pins, en, rng)) if x)


def _wrench_size(pins: dict[str, str], en: bool, rng: Random) -> str:
    size = pins.get("size")
    system = pins.get("system")
    if size is None:
        if system is None:
            return ""
        if en:
            return "metric" if system == "mm" else "SAE"
        return rng.choice(("milimétrica", "en mm")) if system == "mm" else rng.choice(("en pulgadas", "estándar"))
    if size.isdigit() and "/" not in size and system != "pulg" and (system == "mm" or int(size) > 1):
        return rng.choice((f"{size} mm", f"{size}mm", f"de {size} mm")) if not en else rng.choice((f"{size}mm", f"{size} mm"))
    return inch(size, en, rng)


def _tool(pins: dict[str, str], en: bool, rng: Random) -> str:
    t = pins["type"]
    if t == "combo_wrench":
        size = _wrench_size(pins, en, rng)
        noun = rng.choice(("combination wrench", "combo wrench")) if en else rng.choice(("llave combinada", "llave de boca y corona", "llave combinada"))
        return f"{size} {noun}" if en and rng.random() < 0.5 else f"{noun} {size}".strip()
    if t == "socket_set":
        parts = []
        if "drive" in pins:
            d = pins["drive"]
            parts.append(rng.choice((f"{d} in drive", f'{d}" drive')) if en else rng.choice((f'encastre {d}"', f"de {d}", f"mando {d}")))
        if "system" in pins:
            mm = pins["system"] == "mm"
            parts.append(("metric" if mm else "SAE") if en else (rng.choice(("milimétrico", "métrico", "en mm")) if mm else rng.choice(("en pulgadas", "estándar", "SAE"))))
        if "pieces" in pins:
            n = pins["pieces"]
            parts.append(rng.choice((f"{n} pc", f"{n}-piece")) if en else rng.choice((f"{n} piezas", f"de {n} pzas", f"{n} pz")))
        noun = "socket set" if en else rng.choice(("juego de dados", "juego de copas", "set de dados"))
        return f"{' '.join(parts)} {noun}" if en else f"{noun} {' '.join(parts)}"
    length = pins.get("length")
    if en:
        noun = rng.choice(("adjustable wrench", "crescent wrench"))
        return f'{length}" {noun}' if length else noun
    noun = rng.choice(("llave francesa", "llave ajustable", "llave francesa"))
    return f"{noun} de {length}\"" if length and rng.random() < 0.5 else (f"{noun} {length} pulg" if length else noun)


def _bearing(pins: dict[str, str], en: bool, rng: Random) -> str:
    d = pins["desig"]
    seal = pins.get("seal")
    said = ""
    if seal == "ZZ":
        said = rng.choice(("ZZ", "zz", "2Z"))
    elif seal == "2RS":
        said = rng.choice(("2RS", "2rs", "2RS")) if en or rng.random() < 0.7 else "sellado de hule"
    elif seal == "abierto":
        said = "open" if en else rng.choice(("abierto", "sin sello"))
    joined = f"{d}{rng.choice(('-', ' ', ''))}{said}" if said and said[0].isalnum() and " " not in said and said not in ("open", "abierto") else f"{d} {said}".strip()
    if en:
        return rng.choice((f"{joined} bearing", f"ball bearing {joined}", f"brg {joined}"))
    return f"{rng.choice(('cojinete', 'rodamiento', 'balinera', 'cojinete'))} {joined}"


def _bolt(pins: dict[str, str], en: bool, rng: Random) -> str:
    dia, length = pins["dia"], pins.get("len")
    metric = pins["type"] == "bolt_mm"
    size = dia if not length else (f"{dia}x{length}" if metric and rng.random() < 0.4 else f"{dia} x {length}")
    if not metric and length and rng.random() < 0.3:
        size = f'{dia}" x {length}"'
    grade = ""
    if "grade" in pins:
        g = pins["grade"]
        grade = rng.choice((f"grade {g}", f"gr {g}", f"G{g}")) if en else rng.choice((f"grado {g}", f"G{g}", f"gr. {g}"))
    if "class" in pins:
        grade = pins["class"] if en else rng.choice(("8.8", "clase 8.8"))
    if metric and length and rng.random() < 0.5:
        size += " mm"
    if en:
        noun = rng.choice(("hex bolt", "hex cap screw", "HHCS"))
        return " ".join(x for x in (size, noun, grade) if x)
    noun = rng.choice(("perno", "tornillo hexagonal", "perno hex", "perno"))
    return " ".join(x for x in (noun, size, grade) if x)


def _breaker(pins: dict[str, str], en: bool, rng: Random) -> str:
    a, poles = pins["amps"], pins.get("poles")
    if en:
        if poles:
            return rng.choice((f"{poles}-pole {a}A breaker", f"{a} amp {poles}P breaker", f"breaker {poles}P {a}A"))
        return rng.choice((f"{a}A breaker", f"{a} amp plug-in breaker"))
    if poles:
        ps = f"{poles} polo" + ("s" if poles != "1" else "")
        return rng.choice((f"breaker {ps} {a} A", f"breaker {poles}x{a}", f"breaker de {a} amperios {ps}", f"breaker enchufable {ps} de {a}A"))
    return rng.choice((f"breaker {a} A", f"breaker de {a} amperios"))


def _disc(pins: dict[str, str], en: bool, rng: Random) -> str:
    dia = pins["dia"]
    d = rng.choice((dia, dia.replace("-", " "))) if "-" in dia else dia
    d = inch(d, en, rng) if rng.random() < 0.6 else d
    if pins["type"] == "flap_disc":
        grit = pins.get("grit")
        if en:
            return f"flap disc {d}" + (f" {grit} grit" if grit else "")
        noun = rng.choice(("disco flap", "disco de lija flap", "disco laminado"))
        return f"{noun} {d}" + (f" grano {grit}" if grit and rng.random() < 0.6 else f" g{grit}" if grit else "")
    thick = pins.get("thick")
    t = "" if not thick else (f"{thick} mm" if en else f"{thick.replace('.', ',')} mm")
    if en:
        return " ".join(x for x in (rng.choice(("cut-off wheel", "cutting disc")), d, "x" if t else "", t) if x)
    noun = rng.choice(("disco de corte", "disco de cortar metal", "disco corte"))
    return " ".join(x for x in (noun, d, "x" if t else "", t) if x)


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The item's words for exactly the pinned facts, the brand where pinned."""
    en = region == "en"
    t = pins["type"]
    if t in ("jic_npt", "jic_npt_90", "jic_f_npt", "orfs_npt", "jic_tee"):
        words = _hydraulic(pins, en, rng)
    elif t in ("combo_wrench", "socket_set", "adj_wrench"):
        words = _tool(pins, en, rng)
    elif t == "ball":
        words = _bearing(pins, en, rng)
    elif t in ("bolt_in", "bolt_mm"):
        words = _bolt(pins, en, rng)
    elif t == "breaker":
        words = _breaker(pins, en, rng)
    else:
        words = _disc(pins, en, rng)
    return branded(words, pins.get("brand"), en, rng, brand_said)


KIND = {
    "jic_npt": ("adaptador JIC-NPT", "JIC-NPT adapter"), "jic_npt_90": ("codo JIC", "JIC elbow"),
    "jic_f_npt": ("hembra giratoria JIC", "JIC swivel"), "orfs_npt": ("adaptador ORFS", "ORFS adapter"),
    "jic_tee": ("tee JIC", "JIC tee"), "combo_wrench": ("llave combinada", "combination wrench"),
    "socket_set": ("juego de dados", "socket set"), "adj_wrench": ("llave francesa", "adjustable wrench"),
    "ball": ("cojinete", "bearing"), "bolt_in": ("perno", "hex bolt"), "bolt_mm": ("perno métrico", "metric bolt"),
    "breaker": ("breaker", "breaker"), "cut_disc": ("disco de corte", "cut-off wheel"), "flap_disc": ("disco flap", "flap disc"),
}


def say_kind(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The kind of item only, as a requisition's description cell says it."""
    es, eng = KIND[pins["type"]]
    return eng if en else (es.upper() if rng.random() < 0.3 else es)
