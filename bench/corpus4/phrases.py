"""How buyers in Argentina, Colombia, Peru and the US name each kind of item of catalog 4.

Every phrasing returns its words and the facts those words pin (attribute values of the
catalog, plus `brand` when a brand is named). Labels are computed from the pins, never guessed.
`omit` leaves one fact out on purpose (a buyer who does not say the grade): that is how the
ambiguous lines are written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from random import Random

from bench.catalog4.model import Product


@dataclass
class Phrase:
    words: str
    pins: dict[str, str]


def pick(rng: Random, options: list[str] | tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def inch(size: str, rng: Random, region: str, mark: bool = True) -> str:
    """An inch size as buyers type it: 1-1/4, 1 1/4, 1.1/4 (Argentina), with or without `"`."""
    shown = size
    if "-" in size:
        whole, frac = size.split("-")
        forms = [f"{whole}-{frac}", f"{whole} {frac}"]
        if region == "AR":
            forms.append(f"{whole}.{frac}")
        shown = pick(rng, forms)
    if not mark:
        return shown
    if region == "US":
        return shown + pick(rng, ['"', '"', " in", ""])
    return shown + pick(rng, ['"', '"', "", " pulg", "''"])


def _brand(text: str, p: Product, rng: Random, brand: bool, pins: dict[str, str]) -> str:
    if not brand:
        return text
    pins["brand"] = p.brand
    shown = pick(rng, [p.brand, p.brand, p.brand.upper(), p.brand.lower()])
    return f"{shown} {text}" if rng.random() < 0.25 else f"{text} {shown}"


Maker = Callable[[Product, str, Random, bool, str | None], Phrase | None]
MAKERS: dict[str, Maker] = {}
# Facts a buyer may leave out, per type (an ambiguous line omits one of them).
OMITTABLE: dict[str, tuple[str, ...]] = {}


def maker(kind: str, omittable: tuple[str, ...] = ()) -> Callable[[Maker], Maker]:
    def register(fn: Maker) -> Maker:
        MAKERS[kind] = fn
        OMITTABLE[kind] = omittable
        return fn

    return register


def make(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase | None:
    fn = MAKERS.get(p.attrs["type"])
    if fn is None or (omit is not None and omit not in OMITTABLE[p.attrs["type"]]):
        return None
    return fn(p, region, rng, brand, omit)


def _pins(p: Product, *keys: str, omit: str | None = None) -> dict[str, str]:
    return {k: p.attrs[k] for k in ("type", *keys) if k != omit}


# ---------------------------------------------------------------- bearings
BEARING_WORD = {
    "AR": ("rulemán", "ruleman", "rulemanes", "rodamiento", "rulemán"),
    "CO": ("balinera", "rodamiento", "balinera", "balineras"),
    "PE": ("rodaje", "rodamiento", "rodajes", "rodaje"),
    "US": ("bearing", "ball bearing", "brg", "bearings"),
}
SEAL_ES = {
    "2RS": ("2RS", "2rs", "2RS", "sellado", "2 sellos", "con sello de goma", "doble sello"),
    "ZZ": ("ZZ", "zz", "ZZ", "blindado", "tapa metálica", "2 tapas metálicas"),
    "open": ("abierto", "sin sellos", "abierto"),
}
SEAL_EN = {
    "2RS": ("2RS", "2rs", "sealed", "double sealed", "rubber sealed", "2RS"),
    "ZZ": ("ZZ", "zz", "shielded", "double shielded", "metal shielded"),
    "open": ("open", "open", "no seals"),
}


@maker("ball_bearing", ("seal_by_bore",))
def _ball(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    seal_words = (SEAL_EN if region == "US" else SEAL_ES)[a["seal"]]
    seal = pick(rng, seal_words)
    word = pick(rng, BEARING_WORD[region])
    c3 = " C3" if a["clearance"] == "C3" else ""
    if omit == "seal_by_bore":  # no designation: a bore and a seal fit several series
        pins = {"type": "ball_bearing", "bore_mm": a["bore_mm"], "seal": a["seal"],
                "clearance": a["clearance"]}  # fmt: skip
        if region == "US":
            text = f"{word} {a['bore_mm']}mm bore {seal}{c3}"
        else:
            text = f"{word} para eje de {a['bore_mm']} mm {seal}{c3}"
        return Phrase(_brand(text, p, rng, brand, pins), pins)
    pins = _pins(p, "designation", "seal", "clearance")
    desig = a["designation"]
    if seal in ("2RS", "ZZ", "2rs", "zz") and rng.random() < 0.5:
        joined = pick(rng, [f"{desig}-{seal}", f"{desig}{seal}", f"{desig} {seal}"])
        if c3:
            joined += pick(rng, ["/C3", " C3", "C3", "-C3"])
        text = f"{word} {joined}"
    else:
        text = pick(rng, [f"{word} {desig} {seal}{c3}", f"{word} {seal} {desig}{c3}"])
    return Phrase(_brand(text, p, rng, brand, pins), pins)


@maker("tapered_roller_bearing")
def _tapered(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "designation")
    d = p.attrs["designation"]
    words = {
        "AR": (f"rulemán cónico {d}", f"ruleman de rodillos conicos {d}", f"cono y taza {d}"),
        "CO": (f"rodamiento cónico {d}", f"balinera cónica {d}", f"rodamiento de rodillos cónicos {d}"),
        "PE": (f"rodaje cónico {d}", f"rodamiento cónico {d} (cono y taza)"),
        "US": (f"tapered roller bearing {d}", f"{d} tapered bearing cup and cone", f"{d} taper brg set"),
    }[region]  # fmt: skip
    return Phrase(_brand(pick(rng, words), p, rng, brand, pins), pins)


@maker("pillow_block")
def _pillow(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    bore = p.attrs["bore"]
    if bore.endswith("in"):
        pins = _pins(p, "bore")
        size = inch(bore[:-2], rng, region)
        words = {
            "AR": (f"soporte de pie con rulemán eje {size}", f"soporte de pie {size}"),
            "CO": (f"chumacera de piso {size}", f"chumacera de pie eje {size}"),
            "PE": (f"chumacera de pie {size}", f"chumacera {size} de piso"),
            "US": (f"pillow block {size} bore", f"{size} pillow block bearing 2 bolt"),
        }[region]  # fmt: skip
        return Phrase(_brand(pick(rng, words), p, rng, brand, pins), pins)
    d = p.attrs["designation"]
    pins = _pins(p, "designation")
    shown = pick(rng, [d, f"{d[:3]} {d[3:]}", d.lower()])
    words = {
        "AR": (f"soporte de pie {shown}", f"soporte {shown} con rulemán"),
        "CO": (f"chumacera {shown}", f"chumacera de piso {shown}"),
        "PE": (f"chumacera {shown}", f"chumacera de pie {shown}"),
        "US": (f"pillow block {shown}", f"{shown} pillow block"),
    }[region]  # fmt: skip
    return Phrase(_brand(pick(rng, words), p, rng, brand, pins), pins)


@maker("flange_bearing")
def _flange(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    d = p.attrs["designation"]
    pins = _pins(p, "designation")
    words = {
        "AR": (f"soporte brida {d}", f"soporte de pared {d} 4 agujeros"),
        "CO": (f"chumacera de pared {d}", f"chumacera brida {d}"),
        "PE": (f"chumacera de pared {d}", f"chumacera bridada {d}"),
        "US": (f"4 bolt flange bearing {d}", f"{d} flange unit"),
    }[region]  # fmt: skip
    return Phrase(_brand(pick(rng, words), p, rng, brand, pins), pins)


# ---------------------------------------------------------------- fasteners
def _grade(p: Product, region: str, rng: Random) -> str:
    g = p.attrs["grade"]
    if region == "US":
        return pick(rng, [f"grade {g}", f"gr {g}", f"GR{g}", f"gr. {g}"]) if "." not in g else pick(
            rng, [f"class {g}", f"cl {g}", g])
    if "." in g:
        return pick(rng, [g, f"{g}", f"clase {g}", f"gr {g}", f"grado {g}"])
    return pick(rng, [f"grado {g}", f"gr {g}", f"G{g}", f"gr. {g}"])


def _finish(p: Product, region: str, rng: Random) -> str:
    f = p.attrs["finish"]
    if region == "US":
        return {"zinc": pick(rng, ["zinc", "ZP", "zinc plated"]), "yellow_zinc": pick(rng, ["yellow zinc", "YZ"]),
                "black": pick(rng, ["black oxide", "plain"])}[f]  # fmt: skip
    return {"zinc": pick(rng, ["zincado", "galvanizado", "zinc"]), "yellow_zinc": pick(rng, ["bicromatado", "zincado amarillo"]),
            "black": pick(rng, ["pavonado", "negro"])}[f]  # fmt: skip


@maker("hex_bolt", ("grade",))
def _bolt(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "system", "dia", "length", "grade", omit=omit)
    word = {
        "AR": ("bulón", "bulon", "bulones", "bulón cabeza hexagonal"),
        "CO": ("tornillo hexagonal", "tornillo cabeza hexagonal", "tornillo hex"),
        "PE": ("perno hexagonal", "perno", "pernos hex"),
        "US": ("hex cap screw", "HHCS", "hex bolt", "hex head cap screw"),
    }[region]
    if a["system"] == "inch":
        tpi = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13"}[a["dia"]]
        dia = pick(rng, [a["dia"], f"{a['dia']}-{tpi}", f"{a['dia']}\"", f"{a['dia']} UNC"])
        length = inch(a["length"], rng, region, mark=rng.random() < 0.5)
        size = f"{dia} x {length}"
    else:
        size = pick(rng, [f"{a['dia']}x{a['length']}", f"{a['dia']} x {a['length']}",
                          f"{a['dia']} x {a['length']}mm"])  # fmt: skip
    parts = [pick(rng, word), size]
    if omit != "grade":
        parts.append(_grade(p, region, rng))
        if rng.random() < 0.4:
            parts.append(_finish(p, region, rng))
            pins["finish"] = a["finish"]
    return Phrase(" ".join(parts), pins)


@maker("socket_cap_screw")
def _shcs(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "dia", "length")
    size = pick(rng, [f"{a['dia']}x{a['length']}", f"{a['dia']} x {a['length']}"])
    text = {
        "AR": pick(rng, [f"tornillo allen {size}", f"allen cabeza cilíndrica {size}", f"tornillo allen {size} 12.9"]),
        "CO": pick(rng, [f"tornillo allen {size}", f"tornillo bristol {size}"]),
        "PE": pick(rng, [f"perno allen {size}", f"perno socket {size}"]),
        "US": pick(rng, [f"SHCS {size}", f"socket head cap screw {size}", f"{size} socket cap screw"]),
    }[region]  # fmt: skip
    return Phrase(_brand(text, p, rng, brand, pins), pins)


def _metric_or_inch(p: Product, region: str, rng: Random) -> str:
    dia = p.attrs["dia"]
    return dia if dia.startswith("M") else inch(dia, rng, region)


@maker("hex_nut")
def _nut(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "dia")
    d = _metric_or_inch(p, region, rng)
    text = {
        "AR": (f"tuerca hexagonal {d}", f"tuerca hex {d} zincada"),
        "CO": (f"tuerca hexagonal {d}", f"tuerca hexagonal de {d}"),
        "PE": (f"tuerca hexagonal {d}", f"tuerca hex. {d}"),
        "US": (f"hex nut {d}", f"{d} hex nut zinc", f"finished hex nut {d}"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


@maker("lock_nut")
def _locknut(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "dia")
    d = _metric_or_inch(p, region, rng)
    text = {
        "AR": (f"tuerca autofrenante {d}", f"tuerca con nylon {d}", f"tuerca autoblocante {d}"),
        "CO": (f"tuerca de seguridad con nylon {d}", f"tuerca nylon {d}"),
        "PE": (f"tuerca autobloqueante {d}", f"tuerca con inserto de nylon {d}"),
        "US": (f"nylon lock nut {d}", f"{d} nyloc nut", f"nylon insert locknut {d}"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


@maker("flat_washer")
def _flat(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "dia")
    d = _metric_or_inch(p, region, rng)
    text = {
        "AR": (f"arandela plana {d}", f"arandelas planas {d}"),
        "CO": (f"guasa plana {d}", f"arandela plana {d}"),
        "PE": (f"arandela plana {d}", f"arandela plana de {d}"),
        "US": (f"flat washer {d}", f"{d} USS flat washer", f"flat washers {d}"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


@maker("split_washer")
def _split(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "dia")
    d = _metric_or_inch(p, region, rng)
    text = {
        "AR": (f"arandela grower {d}", f"arandelas grower {d}", f"grower {d}"),
        "CO": (f"guasa de presión {d}", f"guasa presión {d}"),
        "PE": (f"arandela de presión {d}", f"arandela de presion {d}"),
        "US": (f"split lock washer {d}", f"{d} lock washer", f"lock washers {d} split"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


# ---------------------------------------------------------------- valves and fittings
@maker("ball_valve", ("material",))
def _ball_valve(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "size", "material", omit=omit)
    size = inch(a["size"], rng, region)
    mat = ""
    if omit != "material":
        mat = {"brass": {"US": pick(rng, ["brass", "brass", "bronze"]), "AR": "de bronce",
                         "CO": pick(rng, ["en bronce", "bronce"]), "PE": "de bronce"},
               "316ss": {"US": pick(rng, ["316 SS", "stainless", "ss316"]), "AR": "inox 316",
                         "CO": pick(rng, ["en acero inoxidable", "inox"]), "PE": "de acero inoxidable"}}[a["material"]][region]  # fmt: skip
    text = {
        "AR": (f"llave esférica {mat} {size}", f"válvula esférica {size} {mat}"),
        "CO": (f"válvula de bola {mat} {size}", f"valvula de bola de {size} {mat}"),
        "PE": (f"válvula de bola {size} {mat}", f"valvula bola {mat} {size}"),
        "US": (f"{size} {mat} ball valve", f"ball valve {mat} {size} full port npt"),
    }[region]  # fmt: skip
    return Phrase(_brand(" ".join(pick(rng, text).split()), p, rng, brand, pins), pins)


@maker("check_valve")
def _check(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "size")
    size = inch(p.attrs["size"], rng, region)
    text = {
        "AR": (f"válvula de retención {size} bronce", f"retención a clapeta {size}"),
        "CO": (f"cheque de bronce {size}", f"válvula cheque {size} bronce"),
        "PE": (f"válvula check {size} bronce", f"válvula de retención tipo columpio {size}"),
        "US": (f"{size} swing check valve bronze", f"bronze swing check {size}"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


FITTING_WORDS = {
    "elbow90": {"AR": ("codo 90", "codo a 90°", "codo"), "CO": ("codo 90", "codo de 90"),
                "PE": ("codo 90°", "codo de 90"), "US": ("90 elbow", "90° ell", "90 ell")},
    "elbow45": {"AR": ("codo 45", "codo a 45°"), "CO": ("codo 45", "codo de 45"),
                "PE": ("codo 45°",), "US": ("45 elbow", "45° ell")},
    "tee": {"AR": ("te", "tee"), "CO": ("tee", "te"), "PE": ("tee",), "US": ("tee",)},
    "coupling": {"AR": ("cupla", "cuplas"), "CO": ("unión", "union"), "PE": ("unión simple", "copla"),
                 "US": ("coupling", "cplg")},
    "union": {"AR": ("unión doble", "union doble"), "CO": ("universal", "universales"),
              "PE": ("unión universal",), "US": ("union",)},
    "cap": {"AR": ("tapa", "tapón hembra"), "CO": ("tapón hembra", "tapón"),
            "PE": ("tapón hembra",), "US": ("cap", "pipe cap")},
}  # fmt: skip
FINISH_WORDS = {
    "black": {"US": ("black", "blk", "black malleable"), "es": ("negro", "negra", "negro")},
    "galvanized": {"US": ("galv", "galvanized", "galv."), "es": ("galvanizado", "galv", "galvanizada", "HG")},
}


def _finish_word(finish: str, region: str, rng: Random) -> str:
    return pick(rng, FINISH_WORDS[finish]["US" if region == "US" else "es"])


@maker("pipe_fitting", ("finish",))
def _fitting(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "style", "size", "finish", omit=omit)
    style = pick(rng, FITTING_WORDS[a["style"]][region])
    size = inch(a["size"], rng, region)
    fin = "" if omit == "finish" else _finish_word(a["finish"], region, rng)
    if region == "US":
        text = pick(rng, [f"{size} {fin} {style}", f"{style} {size} {fin}"])
    else:
        text = pick(rng, [f"{style} {size} {fin}", f"{style} {fin} {size}", f"{style} de {size} {fin}"])
    return Phrase(" ".join(text.split()), pins)


@maker("pipe_nipple", ("length",))
def _nipple(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "size", "length", "finish", omit=omit)
    size = inch(a["size"], rng, region)
    fin = _finish_word(a["finish"], region, rng)
    if omit == "length":
        length = ""
    elif a["length"] == "close":
        length = "close" if region == "US" else pick(rng, ["corto", "close"])
    else:
        length = "x " + inch(a["length"], rng, region, mark=rng.random() < 0.5)
    if region == "US":
        text = (f"{size} {length} {fin} nipple" if a["length"] != "close" or omit
                else pick(rng, [f"{size} close nipple {fin}", f"close nipple {size} {fin}"]))
    else:
        text = (f"niple {length} {size} {fin}" if a["length"] == "close" and not omit
                else pick(rng, [f"niple {size} {length} {fin}", f"niple {fin} {size} {length}"]))
    return Phrase(" ".join(text.split()), pins)


@maker("ptfe_tape")
def _ptfe(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "width")
    w = inch(p.attrs["width"], rng, region)
    text = {
        "AR": (f"cinta teflón {w}", f"teflón {w}", f"rollo de teflon {w}"),
        "CO": (f"cinta teflón {w}", f"teflón de {w}"),
        "PE": (f"cinta teflón {w}", f"cinta teflon de {w}"),
        "US": (f"teflon tape {w}", f"{w} PTFE thread tape", f"thread seal tape {w}"),
    }[region]  # fmt: skip
    return Phrase(_brand(pick(rng, text), p, rng, brand, pins), pins)


TUBE_STYLE = {
    "male_connector": {"es": ("conector macho", "conector recto macho"), "US": ("male connector",)},
    "female_connector": {"es": ("conector hembra",), "US": ("female connector",)},
    "union": {"es": ("unión recta", "union doble compresion"), "US": ("tube union", "union")},
    "union_elbow": {"es": ("codo unión", "codo de compresión"), "US": ("union elbow", "tube elbow")},
}


@maker("tube_fitting")
def _tube(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "style", "tube", "material")
    if "pipe" in a:
        pins["pipe"] = a["pipe"]
    style = pick(rng, TUBE_STYLE[a["style"]]["US" if region == "US" else "es"])
    tube = inch(a["tube"], rng, region)
    if region == "US":
        ends = f"{tube} tube x {inch(a['pipe'], rng, region)} npt" if "pipe" in a else f"{tube} tube"
        text = pick(rng, [f"ss compression {style} {ends}", f"316 {style} {ends}"])
    else:
        ends = f"tubo {tube} x {inch(a['pipe'], rng, region)} NPT" if "pipe" in a else f"para tubo {tube}"
        text = pick(rng, [f"{style} inox {ends}", f"{style} acero inoxidable 316 {ends}"])
    return Phrase(_brand(text, p, rng, brand, pins), pins)


# ---------------------------------------------------------------- pneumatics
@maker("push_in_fitting", ("style",))
def _push(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "style", "tube_mm", "thread", omit=omit)
    tube, thread = a["tube_mm"], a["thread"]
    thr = pick(rng, [thread, f'{thread}"', f"R{thread}"] if region != "US" else [thread, f"{thread} bspt", f'{thread}"'])
    style = "" if omit == "style" else {
        "straight": {"es": pick(rng, ["recto", "recto macho"]), "US": pick(rng, ["straight", "male straight"])},
        "elbow": {"es": pick(rng, ["codo", "en codo"]), "US": pick(rng, ["elbow", "male elbow"])},
    }[a["style"]]["US" if region == "US" else "es"]  # fmt: skip
    text = {
        "AR": (f"acople rápido {style} {tube} mm rosca {thr}", f"conector instantáneo {style} manguera {tube} x {thr}"),
        "CO": (f"racor rápido {style} {tube} mm x {thr}", f"racor {style} para manguera de {tube} rosca {thr}"),
        "PE": (f"conector rápido {style} {tube}mm x {thr}", f"racor neumático {style} {tube} mm rosca {thr}"),
        "US": (f"push to connect {style} {tube}mm tube x {thr}", f"{tube}mm x {thr} push-in {style} fitting"),
    }[region]  # fmt: skip
    return Phrase(_brand(" ".join(pick(rng, text).split()), p, rng, brand, pins), pins)


COLOUR = {
    "blue": {"es": ("azul",), "US": ("blue",)}, "black": {"es": ("negra", "negro"), "US": ("black",)},
}


@maker("pneumatic_tubing", ("colour",))
def _putube(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "tube_mm", "colour", omit=omit)
    col = "" if omit == "colour" else pick(rng, COLOUR[a["colour"]]["US" if region == "US" else "es"])
    t = a["tube_mm"]
    text = {
        "AR": (f"manguera poliuretano {t} mm {col}", f"manguera de poliuretano {t}mm {col}"),
        "CO": (f"manguera neumática {t} mm {col}", f"manguera de poliuretano de {t} mm {col}"),
        "PE": (f"manguera neumática de poliuretano {t} mm {col}", f"manguera PU {t}mm {col}"),
        "US": (f"{t}mm polyurethane tubing {col}", f"PU tube {t}mm OD {col}"),
    }[region]  # fmt: skip
    return Phrase(" ".join(pick(rng, text).split()), pins)


@maker("iso_cylinder", ("stroke_mm",))
def _cyl(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "bore_mm", "stroke_mm", omit=omit)
    b, s = a["bore_mm"], a["stroke_mm"]
    if omit == "stroke_mm":
        text = {"US": f"ISO 15552 air cylinder {b}mm bore", "es": pick(rng, [
            f"cilindro neumático ISO 15552 diámetro {b}", f"cilindro neumatico diam {b} doble efecto"])}
    else:
        text = {"US": pick(rng, [f"air cylinder {b}mm bore x {s}mm stroke", f"ISO 15552 cylinder {b} x {s}"]),
                "es": pick(rng, [f"cilindro neumático {b} x {s}", f"cilindro ISO 15552 diámetro {b} carrera {s}",
                                 f"cilindro doble efecto Ø{b} carrera {s} mm"])}  # fmt: skip
    return Phrase(_brand(text["US" if region == "US" else "es"], p, rng, brand, pins), pins)


@maker("filter_regulator")
def _frl(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "port")
    port = inch(p.attrs["port"], rng, region)
    text = (f"filter regulator {port} npt w/ gauge" if region == "US"
            else pick(rng, [f"filtro regulador {port}", f"filtro regulador de aire {port} con manómetro"]))
    return Phrase(text, pins)


# ---------------------------------------------------------------- electrical
@maker("mcb", ("poles",))
def _mcb(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "poles", "amps", omit=omit)
    n, amps = a["poles"], a["amps"]
    rating = f"{amps}A" if omit == "poles" else pick(rng, [f"{n}x{amps}", f"{n}x{amps}A", f"{n} x {amps} A"])
    text = {
        "AR": (f"llave térmica {rating}", f"térmica {rating}", f"termomagnética {rating}"),
        "CO": (f"breaker {rating}", f"taco {rating} riel din", f"breaker riel {rating}"),
        "PE": (f"interruptor termomagnético {rating}", f"llave termomagnética {rating}"),
        "US": (f"{n}P {amps}A breaker din rail" if omit is None else f"{amps}A din rail breaker",
               f"{amps} amp {n} pole MCB C curve" if omit is None else f"MCB {amps} amp C curve"),
    }[region]  # fmt: skip
    return Phrase(_brand(pick(rng, text), p, rng, brand, pins), pins)


@maker("rcd")
def _rcd(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "poles", "amps")
    n, amps = a["poles"], a["amps"]
    text = {
        "AR": (f"disyuntor {n}x{amps} 30mA", f"disyuntor diferencial {n}x{amps}A 30 mA"),
        "CO": (f"diferencial {n}x{amps} 30mA", f"interruptor diferencial {n}x{amps}"),
        "PE": (f"interruptor diferencial {n}x{amps}A 30mA", f"diferencial {n}x{amps} A"),
        "US": (f"RCD {n}P {amps}A 30mA", f"{n} pole {amps}A RCCB 30 mA"),
    }[region]  # fmt: skip
    return Phrase(_brand(pick(rng, text), p, rng, brand, pins), pins)


@maker("contactor", ("coil",))
def _contactor(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "amps", "coil", omit=omit)
    amps = a["amps"]
    if omit == "coil":
        coil = ""
    elif a["coil"] == "24VDC":
        coil = pick(rng, ["24VDC coil", "coil 24 VDC"] if region == "US" else ["bobina 24 Vcc", "bobina 24VDC", "24vcc"])
    else:
        coil = pick(rng, ["220V coil", "230VAC coil"] if region == "US" else ["bobina 220V", "bobina 220 Vca", "220v"])
    text = (f"contactor {amps}A {coil}" if region == "US"
            else pick(rng, [f"contactor {amps}A {coil}", f"contactor tripolar {amps} A {coil}"]))
    return Phrase(_brand(" ".join(text.split()), p, rng, brand, pins), pins)


@maker("terminal_block", ("kind",))
def _terminal(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "kind", "section_mm2", omit=omit)
    sec = a["section_mm2"] if region == "US" else a["section_mm2"].replace(".", ",")
    if omit == "kind":
        text = pick(rng, [f"bornera {sec} mm", f"borne riel din {sec}mm2"] if region != "US" else [f"terminal block {sec}mm2"])
    elif a["kind"] == "earth":
        text = pick(rng, [f"borne de tierra {sec} mm2", f"bornera tierra {sec}mm"] if region != "US"
                    else [f"ground terminal block {sec}mm2", f"{sec}mm2 green/yellow ground terminal"])
    else:
        text = pick(rng, [f"borne de paso {sec} mm2", f"bornera de paso {sec}mm"] if region != "US"
                    else [f"feed through terminal block {sec}mm2", f"{sec} mm2 feed-thru terminal"])
    return Phrase(_brand(text, p, rng, brand, pins), pins)


COLOURS = {
    "black": ("negro", "black"), "white": ("blanco", "white"), "red": ("rojo", "red"),
    "green": ("verde", "green"), "brown": ("marrón", "brown"), "light_blue": ("celeste", "light blue"),
    "green_yellow": ("verde amarillo", "green/yellow"),
}


@maker("building_wire", ("colour",))
def _wire(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase | None:
    a = p.attrs
    col = "" if omit == "colour" else COLOURS[a["colour"]][1 if region == "US" else 0]
    if "awg" in a:
        pins = _pins(p, "awg", "colour", omit=omit)
        g = a["awg"]
        text = (pick(rng, [f"#{g} THHN {col}", f"{g} AWG THHN {col} stranded", f"THHN {g} awg {col}"]) if region == "US"
                else pick(rng, [f"cable THHN {g} AWG {col}", f"cable {g} awg thhn {col}"]))
    elif region == "US":
        return None  # US buyers do not buy wire by the square millimetre
    else:
        pins = _pins(p, "section_mm2", "colour", omit=omit)
        s = a["section_mm2"].replace(".", ",")
        text = pick(rng, [f"cable unipolar {s} mm {col}", f"cable {s}mm2 {col}", f"cable de {s} {col}"])
    return Phrase(" ".join(text.split()), pins)


@maker("motor", ("poles",))
def _motor(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "hp", "poles", omit=omit)
    hp = a["hp"] if region == "US" else a["hp"].replace(".", ",")
    if omit == "poles":
        speed = ""
    elif region == "US":
        speed = pick(rng, [f"{a['poles']} pole", "1800 rpm" if a["poles"] == "4" else "3600 rpm"])
    else:
        speed = pick(rng, [f"{a['poles']} polos", "1500 rpm" if a["poles"] == "4" else "3000 rpm"])
    text = (f"{hp} hp 3 phase motor {speed} TEFC" if region == "US"
            else pick(rng, [f"motor trifásico {hp} HP {speed}", f"motor eléctrico {hp} hp {speed}"]))
    return Phrase(_brand(" ".join(text.split()), p, rng, brand, pins), pins)


# ---------------------------------------------------------------- abrasives and tools
INCH_DISC = {"115": "4-1/2", "125": "5", "180": "7", "230": "9"}


def _disc(dia: str, region: str, rng: Random) -> str:
    if region == "US":
        return pick(rng, [INCH_DISC[dia] + '"', INCH_DISC[dia].replace("4-1/2", "4.5") + "in", INCH_DISC[dia]])
    return pick(rng, [dia, f"{dia} mm", inch(INCH_DISC[dia], rng, region)])


@maker("flap_disc")
def _flap(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "dia_mm", "grit")
    d, g = _disc(a["dia_mm"], region, rng), a["grit"]
    text = (pick(rng, [f"flap disc {d} {g} grit", f"{d} flap disc {g}g", f"flap wheel {d} x 7/8 {g} grit"]) if region == "US"
            else pick(rng, [f"disco flap {d} grano {g}", f"disco flap {d} g{g}", f"disco laminado {d} grano {g}"]))
    return Phrase(_brand(text, p, rng, brand, pins), pins)


@maker("cutoff_wheel", ("thick_mm",))
def _cutoff(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "dia_mm", "thick_mm", omit=omit)
    d = _disc(a["dia_mm"], region, rng)
    t = "" if omit else (a["thick_mm"] if region == "US" else pick(rng, [a["thick_mm"], a["thick_mm"].replace(".", ",")]))
    t = t.replace("1.0", "1").replace("1,0", "1")
    text = (pick(rng, [f"cut off wheel {d} x {t}mm", f"{d} x {t}mm cutoff wheel"]) if region == "US"
            else pick(rng, [f"disco de corte {d} x {t}", f"disco corte {d} x {t} mm", f"disco de corte {d} x {t}mm inox"]))
    if omit:
        text = f"cut off wheel {d}" if region == "US" else f"disco de corte {d}"
    return Phrase(_brand(text, p, rng, brand, pins), pins)


@maker("grinding_wheel")
def _grind(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "dia_mm")
    d = _disc(p.attrs["dia_mm"], region, rng)
    text = (pick(rng, [f"grinding wheel {d} x 1/4", f"{d} x 1/4 x 7/8 grinding disc"]) if region == "US"
            else pick(rng, [f"disco de desbaste {d}", f"disco desbaste {d} x 6"]))
    return Phrase(_brand(text, p, rng, brand, pins), pins)


@maker("sanding_roll")
def _roll(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "grit")
    g = p.attrs["grit"]
    text = (f"abrasive roll 115mm x 50m {g} grit" if region == "US"
            else pick(rng, [f"rollo de lija grano {g}", f"lija en rollo 115 mm grano {g}"]))
    return Phrase(text, pins)


@maker("drill")
def _drill(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "dia_mm")
    d = p.attrs["dia_mm"]
    shown = d[:-2] if d.endswith(".0") else d
    if region != "US" and rng.random() < 0.5:
        shown = shown.replace(".", ",")
    text = {
        "AR": (f"mecha {shown} mm HSS", f"mecha de {shown}", f"mechas HSS {shown}mm"),
        "CO": (f"broca {shown} mm HSS", f"broca de {shown} mm para metal"),
        "PE": (f"broca HSS {shown} mm", f"broca {shown}mm"),
        "US": (f"{shown}mm jobber drill HSS", f"HSS drill bit {shown} mm jobber"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


@maker("tap")
def _tap(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    pins = _pins(p, "thread")
    t = p.attrs["thread"]
    text = {
        "AR": (f"macho {t}", f"macho de roscar {t} máquina"),
        "CO": (f"machuelo {t}", f"machuelo {t} de máquina"),
        "PE": (f"machuelo {t}", f"macho de roscar {t}"),
        "US": (f"{t} spiral point tap", f"tap {t} plug"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


# ---------------------------------------------------------------- safety
SIZE_NUM = {"S": "7", "M": "8", "L": "9", "XL": "10"}


@maker("glove", ("coating",))
def _glove(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "coating", "size", omit=omit)
    size = pick(rng, [a["size"], SIZE_NUM[a["size"]]])
    if region == "US":
        coat = {"nitrile": "nitrile coated", "pu": "PU coated", "cut_a4": "cut resistant A4"}[a["coating"]]
        text = f"{'' if omit else coat} work gloves size {size}"
    else:
        coat = {"nitrile": pick(rng, ["de nitrilo", "nitrilo"]), "pu": pick(rng, ["poliuretano", "de PU"]),
                "cut_a4": pick(rng, ["anticorte", "anticorte nivel A4"])}[a["coating"]]  # fmt: skip
        talla = "talle" if region == "AR" else "talla"
        text = f"guantes {'' if omit else coat} {talla} {size}"
    return Phrase(_brand(" ".join(text.split()), p, rng, brand, pins), pins)


@maker("safety_glasses")
def _glasses(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    lens = p.attrs["lens"]
    pins = _pins(p, "lens")
    if region == "US":
        text = f"safety glasses {lens} lens"
    else:
        word = {"AR": "anteojos de seguridad", "CO": "gafas de seguridad", "PE": "lentes de seguridad"}[region]
        col = {"clear": pick(rng, ["claros", "transparentes"]), "gray": pick(rng, ["grises", "oscuros"]),
               "amber": pick(rng, ["ámbar", "amarillos"])}[lens]  # fmt: skip
        text = f"{word} {col}"
    return Phrase(_brand(text, p, rng, brand, pins), pins)


@maker("hard_hat")
def _hat(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    c = p.attrs["colour"]
    pins = _pins(p, "colour")
    es = {"white": "blanco", "yellow": "amarillo", "blue": "azul", "red": "rojo", "green": "verde", "orange": "naranja"}[c]
    text = (pick(rng, [f"hard hat {c}", f"{c} hard hat ratchet"]) if region == "US"
            else pick(rng, [f"casco de seguridad {es}", f"casco {es} con ratchet"]))
    return Phrase(text, pins)


@maker("ear_plugs")
def _plugs(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    corded = p.attrs["corded"] == "true"
    pins = _pins(p, "corded")
    if region == "US":
        text = f"foam ear plugs {'corded' if corded else 'uncorded'}"
    else:
        text = f"tapones auditivos {'con cordón' if corded else 'sin cordón'}"
    return Phrase(text, pins)


@maker("half_mask")
def _mask(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    s = p.attrs["size"]
    pins = _pins(p, "size")
    text = (f"half mask respirator size {s}" if region == "US"
            else pick(rng, [f"respirador media cara talla {s}", f"semimáscara talla {s}"]))
    return Phrase(text, pins)


# ---------------------------------------------------------------- power transmission
@maker("taper_bushing")
def _bushing(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "series", "bore")
    bore = inch(a["bore"][:-2], rng, region)
    text = {
        "AR": (f"buje taper lock {a['series']} x {bore}", f"buje taper {a['series']} eje {bore}"),
        "CO": (f"buje taper {a['series']} eje {bore}", f"buje cónico {a['series']} de {bore}"),
        "PE": (f"buje taper lock {a['series']} de {bore}", f"buje {a['series']} x {bore}"),
        "US": (f"taper lock bushing {a['series']} x {bore}", f"{a['series']} x {bore} TL bushing"),
    }[region]  # fmt: skip
    return Phrase(pick(rng, text), pins)


@maker("v_belt")
def _belt(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "section", "number")
    code = pick(rng, [f"{a['section']}{a['number']}", f"{a['section']}-{a['number']}", f"{a['section']} {a['number']}"])
    text = {
        "AR": (f"correa {code}", f"correa en V {code}"),
        "CO": (f"banda {code}", f"banda en V {code}"),
        "PE": (f"faja {code}", f"faja en V {code}"),
        "US": (f"V-belt {code}", f"{code} belt"),
    }[region]  # fmt: skip
    return Phrase(_brand(pick(rng, text), p, rng, brand, pins), pins)


@maker("roller_chain")
def _chain(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    c = p.attrs["chain"]
    pins = _pins(p, "chain")
    text = (pick(rng, [f"#{c} roller chain 10ft", f"ANSI {c} chain single strand 10' box"]) if region == "US"
            else pick(rng, [f"cadena {c} simple caja 10 pies", f"cadena ANSI {c} simple", f"cadena de rodillos {c}-1"]))
    return Phrase(text, pins)


@maker("connecting_link")
def _link(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    c = p.attrs["chain"]
    pins = _pins(p, "chain")
    text = {"AR": f"empalme cadena {c}", "CO": f"candado para cadena {c}", "PE": f"candado cadena {c} simple",
            "US": f"#{c} connecting link"}[region]  # fmt: skip
    return Phrase(text, pins)


@maker("offset_link")
def _offset(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    c = p.attrs["chain"]
    pins = _pins(p, "chain")
    text = {"AR": f"eslabón acodado cadena {c}", "CO": f"medio eslabón cadena {c}", "PE": f"eslabón acodado {c}",
            "US": f"#{c} offset link"}[region]  # fmt: skip
    return Phrase(text, pins)


@maker("sprocket")
def _sprocket(p: Product, region: str, rng: Random, brand: bool, omit: str | None) -> Phrase:
    a = p.attrs
    pins = _pins(p, "chain", "teeth")
    c, t = a["chain"], a["teeth"]
    text = (pick(rng, [f"sprocket #{c} {t}T", f"{c}B{t} sprocket"]) if region == "US"
            else pick(rng, [f"piñón {c}B{t}", f"piñón para cadena {c} de {t} dientes", f"sprocket {c} x {t} dientes"]))
    return Phrase(text, pins)
