"""How buyers name each kind of item, in Spanish and English.

Each function returns (text, keys, group): the words for the item, the spec keys those
words pin down, and the kinds of item a reader could take them for. The label is then
computed against the catalog (generate.py), never assumed: words that fit several
items become a brand-open or ambiguous line.
"""

from __future__ import annotations

import random

from bench.catalog2.model import Item

Phrase = tuple[str, list[str], set[str]]

BRAND_WORDS = {
    "SCHNEIDER": ["Schneider", "schneider", "Schneider Electric", "acti9"],
    "WURTH": ["Würth", "wurth", "WURTH"],
    "GENERAL CABLE": ["General Cable", "gral cable"],
}


def brand_word(rng: random.Random, brand: str) -> str:
    return rng.choice(BRAND_WORDS.get(brand, [brand, brand.lower(), brand.title()]))


def inch(rng: random.Random, size: str, lang: str, quote: bool = True) -> str:
    """1-1/2 as buyers write it: 1-1/2", 1 1/2, 1.1/2 (Chile), 1½ pulg."""
    forms = [size, size.replace("-", " ")]
    if "-" in size:
        forms.append(size.replace("-", "."))
    if size in ("1/2", "1/4", "3/4"):
        forms.append({"1/2": "½", "1/4": "¼", "3/4": "¾"}[size])
    text = rng.choice(forms)
    if quote:
        tail = rng.choice(['"', '"', "''", " pulg" if lang == "es" else " in", ""])
        text += tail
    return text


def bearing_ball(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    noun = rng.choice(
        [
            "rodamiento",
            "rodamientos",
            "rod.",
            "rulemán",
            "ruleman",
            "rodamiento rigido",
            "balero",
            "rodam",
        ]
        if lang == "es"
        else ["bearing", "bearings", "ball bearing", "deep groove bearing", "brg"]
    )
    if brand:
        ref = it.aliases[0]
        if rng.random() < 0.5 and s["seal"]:
            ref = ref.replace("-", " ", 1).replace("/", " ")
        text = f"{noun} {ref} {brand_word(rng, it.brand)}"
        return text, ["des", "seal", "c3", "brand"], {"bearing_ball"}
    if not s["seal"]:
        return None
    seal = rng.choice(
        {
            "2RS": ["2RS", "2rs", "-2RS", " 2 RS", "2RS sellado"],
            "ZZ": ["ZZ", "zz", "-ZZ", "ZZ blindado"],
        }[s["seal"]]
    )
    c3 = rng.choice([" C3", "/C3", " c3"]) if s["c3"] == "1" else ""
    sep = "" if seal.startswith("-") else rng.choice([" ", "-", " "])
    return f"{noun} {s['des']}{sep}{seal.strip()}{c3}", ["des", "seal", "c3"], {"bearing_ball"}


def bearing_other(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    if it.kind == "bearing_tapered_set":
        text = rng.choice(
            [
                f"{'juego rodamiento conico' if es else 'tapered bearing set'} {s['set']}",
                f"{it.aliases[0]}",
                f"{'cono y taza' if es else 'cone & cup'} {it.aliases[0].replace('/', ' / ')}",
                f"{s['set']} timken",
            ]
        )
        return text, ["set"], {"bearing_tapered_set"}
    noun = {
        "bearing_spherical": ["rodamiento oscilante", "rod. rodillos esfericos", "rodamiento"]
        if es
        else ["spherical roller bearing", "spherical bearing"],
        "bearing_tapered": ["rodamiento conico", "rod. conico", "cono"]
        if es
        else ["tapered roller bearing", "taper bearing"],
        "bearing_cylindrical": ["rodamiento rodillos cilindricos", "rodamiento"]
        if es
        else ["cylindrical roller bearing", "roller bearing"],
    }[it.kind]
    keys = ["des", "taper"] if it.kind == "bearing_spherical" else ["des"]
    des = s["des"]
    if it.kind == "bearing_spherical":
        des += " K" if s["taper"] == "1" else rng.choice([" E", "", " E"])
    text = f"{rng.choice(noun)} {it.aliases[0] if brand else des}"
    if brand:
        text += f" {brand_word(rng, it.brand)}"
        keys = [*keys, "brand"]
    return text, keys, {it.kind}


FIN_WORDS = {
    "8.8ZN": {
        "es": ["8.8 zincado", "g8.8 zn", "8.8 zinc", "grado 8.8 zincado", "zincado 8.8"],
        "en": ["8.8 zinc plated", "gr 8.8 zinc", "8.8 ZP", "class 8.8 zinc"],
    },
    "8.8": {"es": ["8.8 negro", "g8.8 sin recubrimiento"], "en": ["8.8 plain", "8.8 black"]},
    "10.9": {"es": ["10.9", "g10.9 negro", "grado 10.9"], "en": ["10.9", "class 10.9 black"]},
    "A2": {
        "es": ["inox A2", "acero inoxidable A2", "A2-70", "inox a2"],
        "en": ["stainless A2", "A2-70 stainless", "SS A2", "A2"],
    },
    "A4": {"es": ["inox A4", "A4-80", "inox 316 A4"], "en": ["stainless A4", "A4-80", "SS316 A4"]},
    "HDG": {
        "es": ["galvanizado en caliente", "galv. caliente 8.8", "HDG"],
        "en": ["hot dip galvanized", "HDG", "8.8 HDG"],
    },
}


def metric_bolt(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    size = rng.choice(
        [
            f"{s['dia']}x{s['len']}",
            f"{s['dia']}X{s['len']}",
            f"{s['dia'].lower()} x {s['len']}",
            f"{s['dia']} x {s['len']}mm",
        ]
    )
    if it.kind == "bolt_DIN912":
        fin = "12.9" if s["fin"] == "10.9" else rng.choice(FIN_WORDS["A2"][lang])
        noun = rng.choice(
            ["tornillo allen", "allen cabeza cilindrica", "perno allen", "tornillo cabeza allen"]
            if es
            else ["socket head cap screw", "SHCS", "allen bolt", "socket cap screw"]
        )
        std = rng.choice([" DIN 912", " DIN912", ""])
        return f"{noun} {size} {fin}{std}", ["dia", "len", "fin"], {"bolt_DIN912"}
    noun = rng.choice(
        [
            "perno hex",
            "perno hexagonal",
            "pernos",
            "perno",
            "tornillo hexagonal",
            "perno cabeza hexagonal",
        ]
        if es
        else ["hex bolt", "hex bolts", "hex head bolt", "hex cap screw"]
    )
    fin = rng.choice(FIN_WORDS[s["fin"]][lang])
    keys = ["dia", "len", "fin"]
    std = ""
    if rng.random() < 0.75:
        keys.append("std")
        if s["std"] == "DIN933":
            std = rng.choice(
                [" DIN 933", " DIN933", " din 933", " hilo completo" if es else " full thread"]
            )
        else:
            std = rng.choice([" DIN 931", " DIN931", " hilo parcial" if es else " half thread"])
    text = f"{noun} {size} {fin}{std}" if rng.random() < 0.6 else f"{noun}{std} {size} {fin}"
    if brand and s["brand"]:
        text += f" {brand_word(rng, s['brand'])}"
        keys.append("brand")
    return text, keys, {"bolt_DIN933", "bolt_DIN931"}


def inch_bolt(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    noun = rng.choice(
        ["perno", "perno hex", "perno hexagonal", "tornillo hex"]
        if es
        else ["hex cap screw", "HHCS", "hex bolt", "cap screw"]
    )
    tpi = it.attributes["thread"].split("-")[1].split()[0]
    dia = rng.choice([s["dia"], f"{s['dia']}-{tpi}", f'{s["dia"]}"-{tpi} UNC', f"{s['dia']} UNC"])
    length = inch(rng, s["len"], lang, quote=rng.random() < 0.3)
    grade = rng.choice(
        {"G5": ["grado 5", "gr 5", "G5", "gr.5"], "G8": ["grado 8", "gr 8", "G8"]}[s["grade"]]
        if es
        else {"G5": ["grade 5", "gr5", "GR 5"], "G8": ["grade 8", "gr8", "GR 8"]}[s["grade"]]
    )
    zinc = rng.choice(["", " zincado" if es else " zinc"]) if s["grade"] == "G5" else ""
    return f"{noun} {dia} x {length} {grade}{zinc}", ["dia", "len", "grade"], {"bolt_inch"}


def nut_washer(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    dia = s["dia"]
    metric = dia.startswith("M")
    fin = s.get("fin", "ZN")
    fin_w = (
        (
            rng.choice(["zincada", "zn", "zincado"])
            if fin == "ZN"
            else rng.choice(["inox", "A2", "inox A2"])
        )
        if es
        else (
            rng.choice(["zinc", "zinc plated", "ZP"])
            if fin == "ZN"
            else rng.choice(["stainless", "SS", "A2"])
        )
    )
    keys = ["dia", "fin"] if metric else ["dia", "std"]
    std = s["std"]
    if it.kind == "nut_hex":
        noun = rng.choice(
            ["tuerca hexagonal", "tuerca hex", "tuercas hex."]
            if es
            else ["hex nut", "hex nuts", "finished hex nut"]
        )
        if metric:
            text = f"{noun} {dia} {fin_w}" + rng.choice(["", " DIN 934", " din934"])
        else:
            g = {"INUT5": "grado 5" if es else "grade 5", "INUT8": "grado 8" if es else "grade 8"}[
                std
            ]
            text = f"{noun} {dia} UNC {g}"
        return text, keys, {"nut_hex"}
    if it.kind == "nut_lock":
        noun = rng.choice(
            ["tuerca seguridad", "tuerca con nylon", "tuerca autoblocante", "tuerca nyloc"]
            if es
            else ["nylon lock nut", "nyloc nut", "nylock", "lock nut nylon insert"]
        )
        return (
            f"{noun} {dia}" + (f" {fin_w}" if metric else " UNC"),
            (["dia"] if metric else ["dia", "std"]),
            {"nut_lock"},
        )
    if it.kind == "washer_flat":
        noun = rng.choice(
            ["golilla plana", "arandela plana", "golillas planas", "volanda"]
            if es
            else ["flat washer", "flat washers", "plain washer"]
        )
        text = f"{noun} {dia}" + (
            f" {fin_w}" if metric else rng.choice([" SAE", ' " SAE', " zinc"])
        )
        return text, (keys if metric else ["dia", "std"]), {"washer_flat"}
    noun = rng.choice(
        ["golilla presion", "golilla de presión", "arandela de presion", "golilla grower"]
        if es
        else ["split lock washer", "lock washer", "spring washer"]
    )
    return f"{noun} {dia}", (["dia"] if metric else ["dia", "std"]), {"washer_lock"}


def misc_fastener(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    if it.kind == "screw_selfdrill":
        noun = rng.choice(
            ["tornillo autoperforante", "autoperforante hex", "torn. autoperf."]
            if es
            else ["self drilling screw", "tek screw", "self-drill screw hex"]
        )
        return (
            f"{noun} {s['gauge']} x {inch(rng, s['len'], lang, quote=False)}",
            ["gauge", "len"],
            {"screw_selfdrill"},
        )
    if it.kind == "roll_pin":
        noun = rng.choice(
            ["pasador elastico", "pasador elástico", "chaveta elastica"]
            if es
            else ["roll pin", "spring pin"]
        )
        return f"{noun} {s['size']} x {s['len']}", ["size", "len"], {"roll_pin"}
    if it.kind == "anchor":
        noun = rng.choice(
            ["anclaje W-FAZ", "perno de anclaje", "anclaje mecanico"]
            if es
            else ["wedge anchor", "anchor bolt W-FAZ"]
        )
        text = f"{noun} {s['dia']}x{s['len']}"
        if brand:
            text += f" {brand_word(rng, 'WURTH')}"
        return text, ["dia", "len"], {"anchor"}
    return None


MAT_WORDS = {
    "bronze": {"es": ["bronce", "bce"], "en": ["bronze"]},
    "ss316": {
        "es": ["inox 316", "acero inox", "inox", "ss316"],
        "en": ["stainless 316", "SS316", "stainless"],
    },
    "brass": {"es": ["latón", "laton"], "en": ["brass"]},
    "galv": {"es": ["galvanizada", "galv.", "galvanizado", "HG"], "en": ["galvanized", "galv"]},
}
FIT_NOUN = {
    "union": (["unión americana", "union americana", "universal"], ["union"]),
    "tee": (["tee", "te"], ["tee"]),
    "elbow90": (["codo 90", "codo 90°", "codo"], ["90 elbow", "elbow 90", "ell 90"]),
    "coupling": (["copla", "cupla", "copla"], ["coupling", "full coupling"]),
    "cap": (["tapa", "tapón hembra"], ["cap", "pipe cap"]),
}


def valve_fitting(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    mat_key = s["mat"]
    mat = rng.choice(MAT_WORDS[mat_key][lang])
    if it.kind.startswith("valve"):
        noun = {
            "valve_ball": ["válvula de bola", "valvula bola", "llave de bola", "llave bola"]
            if es
            else ["ball valve", "ball valves"],
            "valve_check": ["válvula de retención", "valvula check", "check"]
            if es
            else ["check valve", "swing check valve"],
            "valve_gate": ["válvula de compuerta", "valvula compuerta"] if es else ["gate valve"],
        }[it.kind]
        size = inch(rng, s["size"], lang)
        text = f"{rng.choice(noun)} {size} {mat}"
        keys = ["size", "mat"]
        if rng.random() < 0.4:
            text += " " + it.attributes["thread"]
        if brand:
            text += f" {brand_word(rng, it.brand)}"
            keys.append("brand")
        return text, keys, {it.kind}
    size = inch(rng, s.get("size", ""), lang) if "size" in s else ""
    if it.kind == "nipple":
        noun = rng.choice(["niple", "nipple", "niple"] if es else ["nipple", "pipe nipple"])
        length = ("corrido" if es else "close") if s["len"] == "CORRIDO" else f'{s["len"]}"'
        if s["len"] == "CORRIDO":
            text = rng.choice([f"{noun} {length} {size} {mat}", f"{noun} {size} {length} {mat}"])
        else:
            text = f"{noun} {size} x {length} {mat}"
        return text, ["size", "len", "mat"], {"nipple"}
    if it.kind == "bushing":
        noun = rng.choice(
            ["buje reducción", "buje reductor", "bushing"]
            if es
            else ["reducing bushing", "hex bushing", "bushing"]
        )
        text = f"{noun} {inch(rng, s['big'], lang)} x {inch(rng, s['small'], lang)} {mat}"
        return text, ["big", "small", "mat"], {"bushing"}
    nouns = FIT_NOUN[it.kind][0 if es else 1]
    text = rng.choice([f"{rng.choice(nouns)} {size} {mat}", f"{rng.choice(nouns)} {mat} {size}"])
    return text, ["size", "mat"], {it.kind}


def mcb(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    p, a, c = s["poles"], s["amps"], s["curve"]
    noun = rng.choice(
        [
            "termomagnético",
            "interruptor termomagnetico",
            "automático",
            "breaker",
            "disyuntor",
            "int. termomag.",
            "termomagnetico",
        ]
        if es
        else ["MCB", "circuit breaker", "breaker", "mini breaker"]
    )
    poles = rng.choice(
        [
            f"{p}P",
            f"{p}p",
            f"{p} polos" if es else f"{p} pole",
            {"1": "unipolar", "2": "bipolar", "3": "tripolar", "4": "tetrapolar"}[p]
            if es
            else f"{p}-pole",
        ]
    )
    amp = rng.choice([f"{a}A", f"{a} A", f"{a} amp" if not es else f"{a} amperes", f"{a}a"])
    curve = rng.choice(
        [f"curva {c}", f"curva {c}", f"tipo {c}"]
        if es
        else [f"curve {c}", f"{c} curve", f"type {c}"]
    )
    forms = [
        f"{noun} {poles} {amp} {curve}",
        f"{noun} {p}x{a}A {curve}",
        f"{noun} {poles} {c}{a}",
        f"{noun} {amp} {poles} {curve}",
    ]
    text = rng.choice(forms)
    keys = ["poles", "amps", "curve"]
    ka = it.attributes.get("breaking_ka", "6")
    if rng.random() < 0.3:
        text += f" {ka}kA"
        keys.append("ka")  # 6kA words do not fit a 10kA breaker
    if brand:
        text += f" {brand_word(rng, it.brand)}"
        keys.append("brand")
    return text, keys, {"mcb"}


COIL_WORDS = {
    "24VDC": {
        "es": ["bobina 24VDC", "bob. 24 vdc", "bobina 24V DC", "24VCC"],
        "en": ["24VDC coil", "coil 24 V DC", "24vdc"],
    },
    "24VAC": {"es": ["bobina 24VAC", "bobina 24 vac"], "en": ["24VAC coil", "coil 24V AC"]},
    "110VAC": {
        "es": ["bobina 110VAC", "bobina 110 vac", "bob 110V AC"],
        "en": ["110VAC coil", "coil 110 V AC"],
    },
    "220VAC": {
        "es": ["bobina 220VAC", "bobina 220", "bob. 220 vac", "bobina 220V AC"],
        "en": ["220VAC coil", "coil 220V AC", "220 vac"],
    },
    "380VAC": {"es": ["bobina 380VAC", "bobina 380"], "en": ["380VAC coil", "coil 380 VAC"]},
}


def contactor(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    noun = rng.choice(
        ["contactor", "contactor tripolar", "contactora", "contactor 3P"]
        if es
        else ["contactor", "3 pole contactor", "contactor 3P"]
    )
    amp = rng.choice([f"{s['amps']}A", f"{s['amps']} A", f"{s['amps']} amp"])
    text = f"{noun} {amp} {rng.choice(COIL_WORDS[s['coil']][lang])}"
    keys = ["amps", "coil"]
    if brand:
        text += f" {brand_word(rng, it.brand)}"
        keys.append("brand")
    return text, keys, {"contactor"}


COLOR_EN = {
    "NEGRO": "black",
    "ROJO": "red",
    "BLANCO": "white",
    "VERDE": "green",
    "AZUL": "blue",
    "AMARILLO": "yellow",
}


def cable(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    if it.kind == "cable_thhn":
        color = s["color"].lower() if es else COLOR_EN[s["color"]]
        text = rng.choice(
            [
                f"cable THHN {s['awg']} AWG {color}",
                f"cable thhn #{s['awg']} {color}",
                f"alambre thhn {s['awg']} {color}",
                f"cable {s['awg']} awg thhn {color}",
            ]
            if es
            else [
                f"THHN {s['awg']} AWG {color}",
                f"#{s['awg']} THHN {color} wire",
                f"{s['awg']} awg thhn wire {color}",
            ]
        )
        keys = ["awg", "color"]
        if brand:
            text += f" {brand_word(rng, it.brand)}"
            keys.append("brand")
        return text, keys, {"cable_thhn"}
    mm2 = s["mm2"].replace(".", ",") if es and rng.random() < 0.6 else s["mm2"]
    unit = rng.choice(["mm2", "mm²", " mm2", "mm"])
    if it.kind == "cable_nya":
        color = s["color"].lower() if es else COLOR_EN[s["color"]]
        return (
            (
                rng.choice([f"cable NYA {mm2}{unit} {color}", f"cable nya {mm2}{unit} {color}"])
                if es
                else f"NYA cable {mm2}{unit} {color}"
            ),
            ["mm2", "color"],
            {"cable_nya"},
        )
    text = (
        rng.choice(
            [
                f"cable superflex {s['cores']}x{mm2}{unit}",
                f"cordon flexible {s['cores']}x{mm2}",
                f"cable flexible {s['cores']} x {mm2}{unit}",
            ]
        )
        if es
        else rng.choice(
            [f"flexible cord {s['cores']}x{mm2}{unit}", f"superflex cable {s['cores']}x{mm2}"]
        )
    )
    return text, ["cores", "mm2"], {"cable_flex"}


def abrasive(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    if it.kind == "disc_fibre":
        grit = s["grit"]
        dia = inch(rng, s["dia"], lang)
        text = rng.choice(
            [
                f"disco fibra cubitron {dia} grano {grit[:-1]}",
                f"disco cubitron II 982C {dia} G{grit}",
                f"3M cubitron {dia} {grit}",
                f"disco fibra 3M cubitron {dia} grano {grit}",
            ]
            if es
            else [
                f"3M Cubitron II 982C fibre disc {dia} {grit}",
                f"cubitron fiber disc {dia} grit {grit[:-1]}",
                f"3M 982C {dia} {grit}",
            ]
        )
        return text, ["dia", "grit"], {"disc_fibre"}
    if it.kind == "disc_cut":
        dia = inch(rng, s["dia"], lang, quote=rng.random() < 0.5)
        text = rng.choice(
            [
                f"disco de corte {dia} x {s['thick']}",
                f"disco corte metal {dia}x{s['thick']}",
                f'disco corte {dia} x {s["thick"]}"',
            ]
            if es
            else [
                f"cut-off wheel {dia} x {s['thick']}",
                f"cutting disc {dia}x{s['thick']}",
                f"cut off disc {dia} x {s['thick']} x 7/8",
            ]
        )
        keys = ["dia", "thick"]
        if brand:
            text += f" {brand_word(rng, it.brand)}"
            keys.append("brand")
        return text, keys, {"disc_cut"}
    if it.kind == "disc_flap":
        dia = inch(rng, s["dia"], lang, quote=rng.random() < 0.5)
        text = rng.choice(
            [
                f"disco flap {dia} grano {s['grit']}",
                f"disco flap {dia} G{s['grit']}",
                f"disco traslapado {dia} grano {s['grit']}",
            ]
            if es
            else [f"flap disc {dia} {s['grit']} grit", f"flap disc {dia} G{s['grit']}"]
        )
        keys = ["dia", "grit"]
        if brand:
            text += f" {brand_word(rng, it.brand)}"
            keys.append("brand")
        return text, keys, {"disc_flap"}
    text = rng.choice(
        [f"lija al agua grano {s['grit']}", f"lija agua {s['grit']}", f"lija al agua #{s['grit']}"]
        if es
        else [
            f"wet dry sandpaper {s['grit']} grit",
            f"sandpaper {s['grit']} wet/dry",
            f"wet or dry sheets grit {s['grit']}",
        ]
    )
    keys = ["grit"]
    if brand:
        text += f" {brand_word(rng, it.brand)}"
        keys.append("brand")
    return text, keys, {"sandpaper"}


def belt(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    des = s["des"]
    if it.kind == "belt_timing":
        pitch, length, width = des.split("-")
        text = rng.choice(
            [
                f"correa dentada {pitch} {length} {width}",
                f"correa sincronica {des}",
                f"correa gt3 {pitch}-{length}-{width}",
            ]
            if es
            else [f"timing belt {des}", f"powergrip gt3 {pitch} {length} {width}mm"]
        )
        return text, ["des"], {"belt_timing"}
    sec = des[:2] if des[:2] in ("3V", "5V") else des[0]
    length = des[len(sec) :]
    code = rng.choice([des, f"{sec}-{length}", f"{sec} {length}"])
    noun = rng.choice(
        ["correa", "correa en V", "correa V", "banda", "faja"]
        if es
        else ["v-belt", "V belt", "belt"]
    )
    text = f"{noun} {code}"
    keys = ["des"]
    if brand and it.kind == "belt_v":
        text += f" {brand_word(rng, it.brand)}"
        keys.append("brand")
    return text, keys, {it.kind}


def safety(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    s = it.spec
    es = lang == "es"
    k = it.kind
    if k == "respirator":
        return (
            (
                rng.choice(
                    [
                        f"respirador 3M {s['model']}",
                        f"mascarilla media cara {s['model']}",
                        f"máscara 3M {s['model']}",
                    ]
                )
                if es
                else rng.choice(
                    [f"3M {s['model']} half mask", f"half face respirator {s['model']}"]
                )
            ),
            ["model"],
            {k},
        )
    if k == "filter":
        return (
            (
                rng.choice(
                    [f"filtros {s['model']}", f"filtro 3M {s['model']}", f"cartucho {s['model']}"]
                )
                if es
                else rng.choice([f"{s['model']} filters", f"3M {s['model']} cartridges"])
            ),
            ["model"],
            {k},
        )
    if k == "earplug":
        return (
            (
                rng.choice(["tapones auditivos 3M 1100", "tapón oído 1100", "tapones 1100"])
                if es
                else rng.choice(["3M 1100 earplugs", "foam ear plugs 1100"])
            ),
            ["model"],
            {k},
        )
    if k == "glove_nitrile":
        if brand:
            text = (
                (
                    f"guantes hyflex 11-800 talla {s['size']}"
                    if it.brand == "ANSELL"
                    else f"guante 3M comfort grip talla {s['size']}"
                )
                if es
                else (
                    f"Ansell HyFlex 11-800 gloves size {s['size']}"
                    if it.brand == "ANSELL"
                    else f"3M comfort grip gloves size {s['size']}"
                )
            )
            return text, ["size", "brand"], {k}
        return (
            (
                rng.choice(
                    [
                        f"guantes nitrilo talla {s['size']}",
                        f"guante recubierto nitrilo T{s['size']}",
                    ]
                )
                if es
                else f"nitrile coated gloves size {s['size']}"
            ),
            ["size"],
            {k},
        )
    if k == "glasses":
        lens = s["lens"].lower()
        en = {"claro": "clear", "oscuro": "grey", "ambar": "amber"}[lens]
        return (
            (
                rng.choice([f"lentes virtua {lens}", f"lente seguridad 3M virtua {lens}"])
                if es
                else f"3M virtua safety glasses {en}"
            ),
            ["lens"],
            {k},
        )
    if k == "helmet":
        color = s["color"].lower()
        en = {"blanco": "white", "amarillo": "yellow", "azul": "blue", "rojo": "red"}[color]
        return (
            (
                rng.choice([f"casco MSA v-gard {color}", f"casco seguridad vgard {color}"])
                if es
                else f"MSA V-Gard hard hat {en}"
            ),
            ["color"],
            {k},
        )
    return None


def drill(it: Item, lang: str, rng: random.Random, brand: bool) -> Phrase | None:
    size = it.spec["size"]
    stxt = (
        f'{size}"'
        if "/" in size and rng.random() < 0.5
        else (size if "/" in size else f"{size.replace('.', ',') if lang == 'es' else size}mm")
    )
    noun = rng.choice(
        ["broca", "broca hss", "broca acero rapido"]
        if lang == "es"
        else ["drill bit", "hss drill", "jobber drill"]
    )
    text = f"{noun} {stxt}" + (" bosch" if brand else "")
    return text, ["size"], {"drill_hss"}


BY_KIND = {
    "bearing_ball": bearing_ball,
    "bearing_spherical": bearing_other,
    "bearing_tapered": bearing_other,
    "bearing_cylindrical": bearing_other,
    "bearing_tapered_set": bearing_other,
    "bolt_DIN933": metric_bolt,
    "bolt_DIN931": metric_bolt,
    "bolt_DIN912": metric_bolt,
    "bolt_inch": inch_bolt,
    "nut_hex": nut_washer,
    "nut_lock": nut_washer,
    "washer_flat": nut_washer,
    "washer_lock": nut_washer,
    "screw_selfdrill": misc_fastener,
    "roll_pin": misc_fastener,
    "anchor": misc_fastener,
    "valve_ball": valve_fitting,
    "valve_check": valve_fitting,
    "valve_gate": valve_fitting,
    "union": valve_fitting,
    "tee": valve_fitting,
    "elbow90": valve_fitting,
    "coupling": valve_fitting,
    "cap": valve_fitting,
    "nipple": valve_fitting,
    "bushing": valve_fitting,
    "mcb": mcb,
    "contactor": contactor,
    "cable_thhn": cable,
    "cable_nya": cable,
    "cable_flex": cable,
    "disc_fibre": abrasive,
    "disc_cut": abrasive,
    "disc_flap": abrasive,
    "sandpaper": abrasive,
    "belt_v": belt,
    "belt_narrow": belt,
    "belt_timing": belt,
    "respirator": safety,
    "filter": safety,
    "earplug": safety,
    "glove_nitrile": safety,
    "glasses": safety,
    "helmet": safety,
    "drill_hss": drill,
}
