"""How buyers name each kind of catalog-3 item, in Spanish (Mexican words first) and English.

Each phrasing returns the words and the facts those words pin (`type` plus sizes). The
generator lists every active product with those facts to label the line: facts a phrasing
does not pin are left open on purpose (a `codo 90 de 1/2` does not say galvanized or black).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.catalog3.model import Product

Pins = dict[str, str | tuple[str, ...]]
Phrase = Callable[[Product, random.Random, str], tuple[str, Pins]]

SEAL_WORDS = {
    "es": {"open": ["abierto"], "ZZ": ["ZZ", "2Z", "blindado"], "2RS": ["2RS", "sellado", "2RS"]},
    "en": {"open": ["open"], "ZZ": ["ZZ", "2Z", "shielded"], "2RS": ["2RS", "sealed", "2RS"]},
}


def _f(p: Product, *keys: str) -> Pins:
    return {"type": p.facts["type"], **{k: p.facts[k] for k in keys}}


def ball_bearing(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    d, seal = p.facts["designation"], p.facts["seal"]
    word = rng.choice(SEAL_WORDS[lang][seal])
    c3 = " C3" if p.facts["clearance"] == "C3" else ""
    if lang == "es":
        noun = rng.choice(["balero", "balero", "rodamiento", "rodamiento de bolas", "rulemán"])
        joined = (
            f"{d}-{word}" if word in ("ZZ", "2RS", "2Z") and rng.random() < 0.4 else (f"{d} {word}")
        )
    else:
        noun = rng.choice(["bearing", "ball bearing", "deep groove bearing", "brg"])
        joined = (
            f"{d}{word}" if word in ("ZZ", "2RS", "2Z") and rng.random() < 0.4 else (f"{d} {word}")
        )
    text = f"{noun} {joined}{c3}" if rng.random() < 0.7 else f"{joined}{c3} {noun}"
    return text, _f(p, "designation", "seal", "clearance")


def tapered_bearing(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    d = p.facts["designation"]
    if "/" in d:
        cone, cup = d.split("/")
        d = rng.choice([d, f"{cone}/{cup[-2:]}"])
    noun = rng.choice(
        ["rodamiento conico", "balero conico", "cono y taza"]
        if lang == "es"
        else ["tapered roller bearing", "taper bearing", "cone and cup"]
    )
    return f"{noun} {d}", _f(p, "designation")


def pillow_block(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    d, bore = p.facts["designation"], p.facts["bore"]
    noun = "chumacera de piso" if lang == "es" else "pillow block"
    if "mm" in bore or rng.random() < 0.5:
        return f"{noun} {d}", _f(p, "designation")
    unit = rng.choice(['"', " pulg", " in"]) if lang == "es" else rng.choice(['"', " in"])
    flecha = "para flecha de" if lang == "es" else "for shaft"
    return f"{noun} {flecha} {bore}{unit}", _f(p, "bore")


def hex_bolt(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    thread, length = f["thread"], f["length"]
    pins = _f(p, "thread", "length", "grade")
    if thread.startswith("M"):
        size = rng.choice([f"{thread}x{length}", f"{thread} x {length}", f"{thread}X{length}"])
        grade = {
            "8.8": rng.choice(["8.8", "gr 8.8", "grado 8.8" if lang == "es" else "cl 8.8"]),
            "A2-70": rng.choice(
                ["inox A2", "A2-70"] if lang == "es" else ["stainless A2", "A2-70 SS"]
            ),
        }[f["grade"]]
        full = {
            "full": ["rosca corrida", "DIN 933"] if lang == "es" else ["full thread", "DIN 933"],
            "partial": ["rosca parcial", "DIN 931"]
            if lang == "es"
            else ["partial thread", "DIN 931"],
        }
        thread_words = ""
        if int(length) >= 50 and f["grade"] == "8.8" and rng.random() < 0.7:
            thread_words = " " + rng.choice(full[f["threading"]])
            pins["threading"] = f["threading"]
        noun = rng.choice(
            ["tornillo hexagonal", "tornillo cabeza hex", "perno hex"]
            if lang == "es"
            else ["hex bolt", "hex head bolt", "HHCS"]
        )
        finish = ""
        if f["grade"] == "8.8" and rng.random() < 0.5:
            finish = " " + rng.choice(
                ["zincado", "galvanizado"] if lang == "es" else ["zinc", "ZP"]
            )
        return f"{noun} {size} {grade}{thread_words}{finish}", pins
    noun = rng.choice(
        ["tornillo hex", "tornillo hexagonal"]
        if lang == "es"
        else ["hex cap screw", "HHCS", "hex bolt"]
    )
    pitch = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
    head = rng.choice([thread, f"{thread}-{pitch[thread]}"])
    grade = rng.choice(
        [f"grado {f['grade']}", f"G{f['grade']}", f"gr {f['grade']}"]
        if lang == "es"
        else [f"grade {f['grade']}", f"gr{f['grade']}", f"G{f['grade']}"]
    )
    return f"{noun} {head} x {f['length']} {grade}", pins


def socket_cap_screw(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = rng.choice(
        ["tornillo allen", "tornillo allen cabeza cilindrica", "allen"]
        if lang == "es"
        else ["socket head cap screw", "SHCS", "allen bolt"]
    )
    return f"{noun} {f['thread']}x{f['length']}", _f(p, "thread", "length")


NUT_WORDS = {
    "hex_nut": (["tuerca hexagonal", "tuerca hex"], ["hex nut", "hex nut"]),
    "lock_nut": (
        ["tuerca de seguridad nylon", "contratuerca nylon", "tuerca nyloc"],
        ["nylon lock nut", "nyloc nut", "nylon insert lock nut"],
    ),
    "flat_washer": (["rondana plana", "arandela plana"], ["flat washer", "flat washer"]),
    "lock_washer": (
        ["rondana de presion", "arandela de presion"],
        ["split lock washer", "lock washer"],
    ),
}


def nut_or_washer(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    es, en = NUT_WORDS[f["type"]]
    noun = rng.choice(es if lang == "es" else en)
    pins = _f(p, "thread")
    extra = ""
    if "grade" in f:
        extra = " " + rng.choice(
            [f"grado {f['grade']}", f"G{f['grade']}"]
            if lang == "es"
            else [f"grade {f['grade']}", f"gr {f['grade']}"]
        )
        pins["grade"] = f["grade"]
    thread = f["thread"]
    if not thread.startswith("M"):
        thread = rng.choice([thread, f'{thread}"'])
    return f"{noun} {thread}{extra}", pins


def self_drilling_screw(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = rng.choice(
        ["pija broca", "pija autoperforante"]
        if lang == "es"
        else ["self drilling screw", "tek screw"]
    )
    return f"{noun} #{f['gauge']} x {f['length']}", _f(p, "gauge", "length")


def wedge_anchor(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = rng.choice(
        ["ancla expansiva", "taquete expansivo", "ancla de expansion"]
        if lang == "es"
        else ["wedge anchor", "wedge anchor"]
    )
    return f"{noun} {f['diameter']} x {f['length']}", _f(p, "diameter", "length")


def _inch(size: str, rng: random.Random, lang: str) -> str:
    unit = rng.choice(['"', "", " pulg"] if lang == "es" else ['"', "", " in"])
    return f"{size}{unit}"


def ball_valve(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = rng.choice(
        ["valvula de esfera", "llave de bola", "valvula de bola"]
        if lang == "es"
        else ["ball valve", "ball valve"]
    )
    pins = _f(p, "size")
    mat = ""
    if rng.random() < 0.75 or f["size"] not in ("1/4", "3/8", "1/2", "3/4", "1"):
        words = {
            "brass": ["laton", "bronce"] if lang == "es" else ["brass"],
            "stainless": ["inox", "acero inoxidable 316"]
            if lang == "es"
            else ["stainless", "SS 316"],
        }[f["material"]]
        mat = " " + rng.choice(words)
        pins["material"] = f["material"]
    npt = rng.choice(["", " npt", " roscada" if lang == "es" else " threaded"])
    return f"{noun} {_inch(f['size'], rng, lang)}{mat}{npt}", pins


def check_valve(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = rng.choice(
        ["valvula check", "check columpio", "valvula de retencion"]
        if lang == "es"
        else ["swing check valve", "check valve"]
    )
    return f"{noun} {_inch(f['size'], rng, lang)}", _f(p, "size")


FITTING = {
    "elbow_90": (["codo 90", "codo de 90"], ["90 elbow", "90° elbow"]),
    "elbow_45": (["codo 45", "codo de 45"], ["45 elbow", "45° elbow"]),
    "tee": (["tee", "te"], ["tee", "tee"]),
    "union": (["tuerca union", "tuerca union"], ["union", "union"]),
    "coupling": (["cople", "cople"], ["coupling", "coupling"]),
    "close_nipple": (["niple corrido", "niple corrido"], ["close nipple", "close nipple"]),
    "cap": (["tapon capa", "tapon hembra"], ["cap", "pipe cap"]),
    "plug": (["tapon macho", "tapon macho"], ["plug", "pipe plug"]),
}


def malleable(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    es, en = FITTING[f["type"]]
    noun = rng.choice(es if lang == "es" else en)
    pins = _f(p, "size")
    mat = ""
    if rng.random() < 0.85:
        words = {
            "galvanized": ["galvanizado", "galv", "galv."]
            if lang == "es"
            else ["galvanized", "galv"],
            "black": ["negro", "negra"] if lang == "es" else ["black"],
        }[f["material"]]
        mat = rng.choice(words)
        pins["material"] = f["material"]
    size = _inch(f["size"], rng, lang)
    if lang == "en":
        return " ".join(w for w in (size, mat, noun) if w), pins
    return " ".join(w for w in (noun, mat, size) if w), pins


def tube_fitting(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    t = f["tube"]
    if f["type"] == "tube_male_connector":
        text = (
            f"conector macho tubo {t} x {f['npt']} npt inox"
            if lang == "es"
            else f"male connector {t} tube x {f['npt']} NPT 316"
        )
        return text, _f(p, "tube", "npt")
    words = {
        "tube_union": ("union recta inox tubo", "straight union SS tube"),
        "tube_union_elbow": ("codo union inox tubo", "union elbow SS tube"),
        "tube_union_tee": ("tee union inox tubo", "union tee SS tube"),
    }[f["type"]]
    return f"{words[0 if lang == 'es' else 1]} {t}", _f(p, "tube")


def hydraulic_hose(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    rating = rng.choice([f["rating"], f"100{f['rating']}", f"100{f['rating']}AT"])
    if rng.random() < 0.3:
        rating = {
            "R1": "1 malla" if lang == "es" else "1 wire",
            "R2": "2 mallas" if lang == "es" else "2 wire",
        }[f["rating"]]
    noun = rng.choice(
        ["manguera hidraulica", "manguera hid."] if lang == "es" else ["hydraulic hose", "hyd hose"]
    )
    return f"{noun} {_inch(f['size'], rng, lang)} {rating}", _f(p, "size", "rating")


DASH = {"1/4": "4", "3/8": "6", "1/2": "8", "5/8": "10", "3/4": "12", "1": "16"}


def hose_fitting(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    size = rng.choice([_inch(f["size"], rng, lang), f"-{DASH[f['size']]}"])
    if lang == "es":
        style = {"male_npt": "macho npt", "female_jic": "hembra jic giratoria"}[f["style"]]
        return f"conexion hidraulica para prensar {size} {style}", _f(p, "size", "style")
    style = {"male_npt": "male NPT", "female_jic": "female JIC swivel"}[f["style"]]
    return f"crimp fitting {size} {style}", _f(p, "size", "style")


def plug_on_breaker(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = rng.choice(
        ["pastilla", "interruptor", "breaker"] if lang == "es" else ["breaker", "circuit breaker"]
    )
    rating = rng.choice(
        [
            f"{f['poles']}x{f['amps']}",
            f"{f['poles']}P {f['amps']}A",
            f"{f['poles']} polo{'s' if f['poles'] != '1' else ''} {f['amps']} amp"
            if lang == "es"
            else f"{f['poles']} pole {f['amps']} amp",
        ]
    )
    return f"{noun} {f['series']} {rating}", _f(p, "series", "poles", "amps")


def din_breaker(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = rng.choice(
        ["termomagnetico riel din", "interruptor riel DIN", "breaker din"]
        if lang == "es"
        else ["DIN rail breaker", "MCB", "miniature breaker"]
    )
    rating = rng.choice(
        [
            f"{f['poles']}x{f['amps']}A curva C",
            f"{f['poles']}P C{f['amps']}",
            f"{f['poles']}P {f['amps']}A",
        ]
    )
    return f"{noun} {rating}", _f(p, "poles", "amps")


def _coil(coil: str, rng: random.Random, lang: str) -> str:
    if coil == "24VDC":
        return rng.choice(["24 vcd", "24VCD", "24 vdc"] if lang == "es" else ["24VDC", "24 vdc"])
    volts = coil[:3]
    return rng.choice(
        [f"{volts}V", f"{volts} vca", f"{volts}vac"]
        if lang == "es"
        else [f"{volts}VAC", f"{volts}V"]
    )


def contactor(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    coil = _coil(f["coil"], rng, lang)
    if lang == "es":
        return f"contactor {f['amps']}A bobina {coil}", _f(p, "amps", "coil")
    return f"contactor {f['amps']} amp {coil} coil", _f(p, "amps", "coil")


def relay(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    coil = _coil(f["coil"], rng, lang)
    if lang == "es":
        poles = f"{f['contacts'][0]} polos" if rng.random() < 0.5 else f"{f['contacts']}"
        return f"relevador {poles} bobina {coil}", _f(p, "contacts", "coil")
    poles = {"2CO": "DPDT", "4CO": "4PDT"}[f["contacts"]]
    return f"plug-in relay {poles} {coil} coil", _f(p, "contacts", "coil")


COLOR = {"black": ["negro"], "white": ["blanco"], "red": ["rojo"], "green": ["verde"]}


def building_wire(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    if lang == "es":
        noun = rng.choice(["cable thw", "cable thw-ls", "cable calibre", "cable thhn cal"])
        return f"{noun} {f['awg']} {COLOR[f['color']][0]}", _f(p, "awg", "color")
    return (
        f"THHN {f['awg']} AWG {f['color']} wire"
        if rng.random() < 0.5
        else f"{f['awg']} awg thhn {f['color']}"
    ), _f(p, "awg", "color")


def portable_cord(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    cores = p.facts["cores"].lower()
    if lang == "es":
        return rng.choice([f"cable uso rudo {cores}", f"cable de uso rudo {cores}"]), _f(p, "cores")
    return f"SJT cord {cores}", _f(p, "cores")


def ring_terminal(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    color = {"22-18": ("roja", "red"), "16-14": ("azul", "blue"), "12-10": ("amarilla", "yellow")}
    wire = rng.choice([f["wire"], color[f["wire"]][0 if lang == "es" else 1]])
    if lang == "es":
        noun = rng.choice(["terminal de ojo", "zapata de ojo", "terminal ojo aislada"])
        return f"{noun} {wire} tornillo {f['stud']}", _f(p, "wire", "stud")
    return f"ring terminal {wire} {f['stud']} stud", _f(p, "wire", "stud")


def cutoff_wheel(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    d = p.facts["diameter"]
    size = rng.choice([_inch(d, rng, lang), d.replace("-", " ")])
    noun = rng.choice(
        ["disco de corte", "disco corte metal"]
        if lang == "es"
        else ["cut off wheel", "cutoff disc"]
    )
    return f"{noun} {size}", _f(p, "diameter")


def grinding_wheel(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    d = p.facts["diameter"]
    noun = rng.choice(
        ["disco de desbaste", "disco desbaste"]
        if lang == "es"
        else ["grinding wheel", "grinding disc"]
    )
    return f"{noun} {_inch(d, rng, lang)} x 1/4", _f(p, "diameter")


def flap_disc(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    if lang == "es":
        noun = rng.choice(["disco laminado", "disco de laminas", "disco flap"])
        return f"{noun} {_inch(f['diameter'], rng, lang)} grano {f['grit']}", _f(
            p, "diameter", "grit"
        )
    return f"flap disc {_inch(f['diameter'], rng, lang)} {f['grit']} grit", _f(
        p, "diameter", "grit"
    )


def sandpaper(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    g = p.facts["grit"]
    if lang == "es":
        return rng.choice([f"lija de agua {g}", f"lija agua grano {g}", f"hojas de lija {g}"]), _f(
            p, "grit"
        )
    return rng.choice([f"wet/dry sandpaper {g} grit", f"sandpaper {g}"]), _f(p, "grit")


def bench_wheel(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    if lang == "es":
        return f'piedra para esmeril {f["diameter"]}" grano {f["grit"]}', _f(p, "diameter", "grit")
    return f'bench grinder wheel {f["diameter"]}" {f["grit"]} grit', _f(p, "diameter", "grit")


def roller_chain(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    strands = f["strands"]
    if lang == "es":
        kind = {
            "1": rng.choice(["sencilla", f"{f['size']}-1"]),
            "2": rng.choice(["doble", f"{f['size']}-2"]),
        }[strands]
        text = f"cadena {f['size']} {kind}" if "-" not in kind else f"cadena de rodillos {kind}"
    else:
        kinds = {"1": rng.choice(["single", "simplex"]), "2": rng.choice(["double", "duplex"])}
        text = rng.choice(
            [f"roller chain {f['size']}-{strands}", f"#{f['size']} {kinds[strands]} roller chain"]
        )
    return text, _f(p, "size", "strands")


def chain_link(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    if f["type"] == "connecting_link":
        noun = rng.choice(
            ["candado para cadena", "eslabon de union"]
            if lang == "es"
            else ["connecting link", "master link"]
        )
    else:
        noun = rng.choice(
            ["medio eslabon", "eslabon acodado"] if lang == "es" else ["offset link", "half link"]
        )
    return f"{noun} {f['size']}", _f(p, "size")


def sprocket(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    if rng.random() < 0.5:
        noun = "catarina" if lang == "es" else "sprocket"
        return f"{noun} {f['chain']}B{f['teeth']}", _f(p, "chain", "teeth")
    if lang == "es":
        return f"catarina para cadena {f['chain']} de {f['teeth']} dientes", _f(p, "chain", "teeth")
    return f"sprocket #{f['chain']} {f['teeth']} teeth type B", _f(p, "chain", "teeth")


def jaw_coupling(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    size = rng.choice([f"L{f['size'][1:]}", f"L-{f['size'][1:]}"])
    if f["type"] == "jaw_hub":
        if lang == "es":
            return f"maza para cople {size} barreno {f['bore']}", _f(p, "size", "bore")
        return f"jaw coupling hub {size} {f['bore']} bore", _f(p, "size", "bore")
    mat = {
        "NBR": "nbr" if rng.random() < 0.5 else ("hule" if lang == "es" else "rubber"),
        "urethane": "uretano" if lang == "es" else "urethane",
    }[f["material"]]
    noun = rng.choice(
        ["araña para cople", "araña"] if lang == "es" else ["spider", "coupling spider"]
    )
    return f"{noun} {size} {mat}", _f(p, "size", "material")


def v_belt(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    code = p.facts["code"]
    noun = rng.choice(["banda", "banda en V"] if lang == "es" else ["v-belt", "V belt"])
    return f"{noun} {code}", _f(p, "code")


COLOR_ES = {"blue": "azul", "red": "rojo", "purple": "morado", "green": "verde"}


def threadlocker(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    ml = f"{f['volume_ml']} ml" if rng.random() < 0.5 else f"{f['volume_ml']}ml"
    if p.brand == "Loctite" and rng.random() < 0.8:
        noun = rng.choice(["loctite", "fijador loctite", "Loctite"])
        return f"{noun} {f['grade']} {ml}", _f(p, "grade", "volume_ml")
    if lang == "es":
        return f"traba roscas {COLOR_ES[f['color']]} {ml}", _f(p, "color", "volume_ml")
    return f"{f['color']} threadlocker {ml}", _f(p, "color", "volume_ml")


def loctite_other(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    noun = {
        "retaining": ("retenedor loctite", "Loctite retaining compound"),
        "gasket": ("formador de juntas loctite", "Loctite gasket maker"),
        "instant": ("pegamento instantaneo loctite", "Loctite instant adhesive"),
    }[f["type"]]
    return f"{noun[0 if lang == 'es' else 1]} {f['grade']}", _f(p, "grade")


def lubricant(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    f = p.facts
    if f["type"] == "grease":
        pack = {"cartridge": ("cartucho", "cartridge"), "pail": ("cubeta", "pail")}[f["pack"]]
        if lang == "es":
            return f"grasa EP2 {pack[0]}", _f(p, "grade", "pack")
        return f"EP2 grease {pack[1]}", _f(p, "grade", "pack")
    if f["type"] == "penetrating_oil":
        pack = {"spray": ("aerosol", "spray can"), "gallon": ("galon", "gallon")}[f["pack"]]
        return f"wd40 {pack[0 if lang == 'es' else 1]}", _f(p, "pack")
    return ("antiaferrante de cobre" if lang == "es" else "copper anti-seize"), _f(p)


def drill(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    d = p.facts["diameter"]
    if p.facts["type"] == "masonry_drill":
        size = d.replace("mm", " mm")
        return (f"broca sds plus {size}" if lang == "es" else f"SDS plus bit {size}"), _f(
            p, "diameter"
        )
    size = d.replace(".0mm", "mm").replace("mm", " mm") if d.endswith("mm") else _inch(d, rng, lang)
    if lang == "es":
        return rng.choice([f"broca hss {size}", f"broca para metal {size}"]), _f(p, "diameter")
    return rng.choice([f"HSS drill bit {size}", f"jobber drill {size}"]), _f(p, "diameter")


def tape(p: Product, rng: random.Random, lang: str) -> tuple[str, Pins]:
    if p.facts["type"] == "utility_knife":
        return ("cutter 18 mm" if lang == "es" else "18mm utility knife"), _f(p)
    length = p.facts["length"]
    return (f"flexometro {length}" if lang == "es" else f"tape measure {length}"), _f(p, "length")


PHRASES: dict[str, Phrase] = {
    "ball_bearing": ball_bearing,
    "tapered_bearing": tapered_bearing,
    "pillow_block": pillow_block,
    "hex_bolt": hex_bolt,
    "socket_cap_screw": socket_cap_screw,
    "hex_nut": nut_or_washer,
    "lock_nut": nut_or_washer,
    "flat_washer": nut_or_washer,
    "lock_washer": nut_or_washer,
    "self_drilling_screw": self_drilling_screw,
    "wedge_anchor": wedge_anchor,
    "ball_valve": ball_valve,
    "check_valve": check_valve,
    **dict.fromkeys(FITTING, malleable),
    "tube_male_connector": tube_fitting,
    "tube_union": tube_fitting,
    "tube_union_elbow": tube_fitting,
    "tube_union_tee": tube_fitting,
    "hydraulic_hose": hydraulic_hose,
    "hose_fitting": hose_fitting,
    "plug_on_breaker": plug_on_breaker,
    "din_breaker": din_breaker,
    "contactor": contactor,
    "relay": relay,
    "building_wire": building_wire,
    "portable_cord": portable_cord,
    "ring_terminal": ring_terminal,
    "cutoff_wheel": cutoff_wheel,
    "grinding_wheel": grinding_wheel,
    "flap_disc": flap_disc,
    "sandpaper": sandpaper,
    "bench_wheel": bench_wheel,
    "roller_chain": roller_chain,
    "connecting_link": chain_link,
    "offset_link": chain_link,
    "sprocket": sprocket,
    "jaw_hub": jaw_coupling,
    "jaw_spider": jaw_coupling,
    "v_belt": v_belt,
    "threadlocker": threadlocker,
    "retaining": loctite_other,
    "gasket": loctite_other,
    "instant": loctite_other,
    "grease": lubricant,
    "penetrating_oil": lubricant,
    "anti_seize": lubricant,
    "twist_drill": drill,
    "masonry_drill": drill,
    "tape_measure": tape,
    "utility_knife": tape,
}
