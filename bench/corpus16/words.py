"""How catalog 16's buyers name an item: exactly the facts a line pins, in Ecuador's trade words
(Spanish) or an oil-field and shrimp-farm manager's English, and nothing more.

`say(pins, en, rng)` turns pinned facts (`type` plus sizes, maybe `brand`) into the words of one
line. A fact that is not pinned is never said, so a line's label (the products its facts fit)
is what a careful seller reading it would settle. A ball bearing's normal clearance (`CN`) is
the trade's default and never said; `C3` always is.
"""

from __future__ import annotations

from random import Random

COLOUR_EN = {"negro": "black", "rojo": "red", "blanco": "white", "verde": "green", "azul": "blue", "amarillo": "yellow"}
TPI = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}


def inch(size: str, en: bool, rng: Random) -> str:
    """An inch size as typed: `1/2"`, `1/2 pulg`, `de 1/2`, `1 1/2` for `1-1/2`."""
    spaced = size.replace("-", " ") if rng.random() < 0.5 else size
    if en:
        return rng.choice((f'{spaced}"', f"{spaced} in", f'{spaced}"', spaced))
    return rng.choice((f'{spaced}"', f"{spaced} pulg", f'de {spaced}"', spaced, f"{spaced} pulgada" if size == "1" else f"{spaced} pulgadas"))


def length_of(size: str, rng: Random) -> str:
    return size.replace("-", " ") if rng.random() < 0.4 else size


def brand_words(brand: str, en: bool, rng: Random) -> str:
    if en:
        return rng.choice((brand, brand, f"{brand} brand"))
    return rng.choice((brand, brand, f"marca {brand}", brand.upper()))


def item(p: dict[str, str], en: bool, rng: Random) -> str:
    """The words of the item itself, without its brand."""
    t, pick = p["type"], rng.choice
    if t == "ball_bearing":
        noun = pick(("bearing", "ball bearing", "brg")) if en else pick(("rodamiento", "rulimán", "ruliman", "rodamiento de bolas", "rod."))
        seal = p.get("seal")
        words = p["series"]
        if seal == "2RS":
            words += pick(("-2RS", " 2RS", "2RS", " 2rs")) if rng.random() < 0.8 else (" sealed" if en else " sellado")
        elif seal == "ZZ":
            words += pick(("-ZZ", " ZZ", "ZZ", " zz")) if rng.random() < 0.8 else (" shielded" if en else " blindado")
        elif seal == "open":
            words += pick((" open", " (open)")) if en else pick((" abierto", " sin sellos"))
        if p.get("clearance") == "C3":
            words += pick((" C3", " c3", "/C3"))
        return f"{noun} {words}"
    if t == "tapered":
        noun = pick(("tapered roller bearing", "taper bearing", "TRB")) if en else pick(("rodamiento cónico", "rulimán cónico", "cono y taza"))
        return f"{noun} {p['series']}"
    if t in ("pillow_block", "flange_block"):
        housing = "UCP" if t == "pillow_block" else "UCF"
        if en:
            noun = "pillow block" if t == "pillow_block" else pick(("4-bolt flange bearing", "flange block"))
        else:
            noun = pick(("chumacera", "chumacera de piso", "chumacera de pie")) if t == "pillow_block" else pick(("chumacera de pared", "chumacera brida", "chumacera cuadrada"))
        if "size" not in p:
            return f"{noun} {housing}"
        return f"{noun} {pick((housing + p['size'], housing + ' ' + p['size'], housing + '-' + p['size']))}"
    if t == "v_belt":
        noun = pick(("V-belt", "v belt", "belt")) if en else pick(("banda", "banda en V", "banda trapezoidal", "correa"))
        s = p["section"]
        if "length" not in p:
            return f"{noun} {pick(('section ' + s, s + ' section'))}" if en else f"{noun} {pick(('tipo ' + s, 'sección ' + s, 'perfil ' + s))}"
        return f"{noun} {pick((s + '-' + p['length'], s + p['length'], s + ' ' + p['length']))}"
    if t == "roller_chain":
        noun = pick(("roller chain", "chain")) if en else pick(("cadena", "cadena de rodillos", "cadena rod."))
        a = p["ansi"]
        if "strands" not in p:
            return f"{noun} {pick(('ANSI ' + a, '#' + a, 'No. ' + a))}"
        if p["strands"] == "1":
            size = pick((f"{a}-1", f"ANSI {a} single", f"#{a} single")) if en else pick((f"{a}-1", f"ANSI {a} simple", f"#{a} sencilla", f"{a} simple"))
        else:
            size = pick((f"{a}-2", f"ANSI {a} double", f"#{a} duplex")) if en else pick((f"{a}-2", f"ANSI {a} doble", f"#{a} doble"))
        return f"{noun} {size}"
    if t == "connecting_link":
        noun = pick(("connecting link", "master link")) if en else pick(("candado", "candado de cadena", "eslabón de unión"))
        return f"{noun} {pick(('ANSI ' + p['ansi'], '#' + p['ansi'], p['ansi']))}"
    if t == "sprocket":
        a = p["ansi"]
        if "teeth" not in p:
            return f"sprocket #{a}" if en else f"{pick(('piñón', 'catalina'))} {pick(('ANSI ' + a, 'para cadena ' + a, '#' + a))}"
        n = p["teeth"]
        if en:
            return pick((f"sprocket {a}B{n}", f"#{a} sprocket {n}T", f"sprocket ANSI {a} {n} teeth"))
        return pick((f"piñón {a}B{n}", f"catalina {a} de {n} dientes", f"piñón ANSI {a} {n}D", f"piñón para cadena {a} de {n} dientes"))
    if t in ("hex_bolt", "carriage_bolt"):
        if t == "hex_bolt":
            noun = pick(("hex bolt", "HHCS", "hex cap screw")) if en else pick(("perno hexagonal", "perno hex.", "perno", "tornillo hexagonal"))
        else:
            noun = "carriage bolt" if en else pick(("perno coche", "perno de coche"))
        d = p["dia"]
        size = (f"{d} x {length_of(p['length'], rng)}" if rng.random() < 0.5 else f"{d}x{p['length']}") if "length" in p else d
        if "length" in p and rng.random() < 0.25:
            size = f"{d}-{TPI[d]} x {length_of(p['length'], rng)}" if en else f'{d}" x {length_of(p["length"], rng)}"'
        words = f"{noun} {size}"
        grade = p.get("grade")
        if grade:
            words += f" {pick(('gr ' + grade, 'grade ' + grade, 'G' + grade))}" if en else f" {pick(('G' + grade, 'grado ' + grade, 'gr. ' + grade))}"
        finish = p.get("finish")
        if finish == "galv":
            words += pick((" galvanized", " HDG", " galv")) if en else pick((" galvanizado", " galv.", " galv"))
        elif finish == "black":
            words += " black" if en else pick((" negro", " pavonado"))
        return words
    if t == "metric_bolt":
        noun = pick(("metric hex bolt", "hex bolt", "bolt")) if en else pick(("perno", "perno hexagonal", "tornillo hex."))
        if "length" not in p:
            return f"{noun} {p['thread']}"
        return f"{noun} {pick((p['thread'] + 'x' + p['length'], p['thread'] + ' x ' + p['length'], p['thread'] + ' x ' + p['length'] + 'mm'))}"
    if t == "threaded_rod":
        noun = pick(("threaded rod", "all-thread rod")) if en else pick(("varilla roscada", "espárrago", "varilla roscada de 1 m"))
        return f"{noun} {inch(p['dia'], en, rng)}"
    if t == "hex_nut":
        noun = pick(("hex nut", "nut")) if en else pick(("tuerca", "tuerca hexagonal", "tuerca hex."))
        words = f"{noun} {inch(p['dia'], en, rng)}"
        finish = p.get("finish")
        if finish == "galv":
            words += " galvanized" if en else pick((" galvanizada", " galv."))
        elif finish == "black":
            words += " black" if en else " negra"
        return words
    if t in ("flat_washer", "lock_washer"):
        if t == "flat_washer":
            noun = "flat washer" if en else pick(("arandela plana", "arandelas planas", "anillo plano"))
        else:
            noun = pick(("lock washer", "split lock washer")) if en else pick(("arandela de presión", "arandela presión", "arandelas de presión"))
        return f"{noun} {inch(p['dia'], en, rng)}"
    if t == "ball_valve":
        noun = "ball valve" if en else pick(("válvula de bola", "llave de bola", "válvula esférica", "valvula de bola"))
        words = f"{noun} {inch(p['size'], en, rng)}"
        m = p.get("material")
        if m == "bronze":
            words += pick((" bronze", " bronze body")) if en else pick((" de bronce", " bronce"))
        elif m == "ss":
            words += pick((" stainless", " SS 316", " stainless steel")) if en else pick((" inox", " de acero inoxidable", " acero inox"))
        return words
    if t in ("check_valve", "gate_valve"):
        if t == "check_valve":
            noun = pick(("check valve", "swing check valve")) if en else pick(("válvula check", "check", "válvula de retención"))
        else:
            noun = "gate valve" if en else pick(("válvula de compuerta", "llave de compuerta"))
        return f"{noun} {inch(p['size'], en, rng)}"
    if t in ("elbow", "tee", "union", "plug"):
        nouns_en = {"elbow": ("galvanized 90 elbow", "galv elbow 90"), "tee": ("galvanized tee", "galv tee"), "union": ("galvanized union", "galv union"),
                    "plug": ("galvanized plug", "galv male plug")}  # fmt: skip
        nouns_es = {"elbow": ("codo galvanizado", "codo 90 galvanizado", "codo HG"), "tee": ("tee galvanizada", "tee HG", "te galvanizada"),
                    "union": ("universal galvanizada", "unión universal HG", "universal HG"), "plug": ("tapón macho galvanizado", "tapón HG")}  # fmt: skip
        return f"{pick((nouns_en if en else nouns_es)[t])} {inch(p['size'], en, rng)}"
    if t == "breaker":
        noun = pick(("breaker", "MCB", "DIN rail breaker")) if en else pick(("breaker", "breaker riel DIN", "disyuntor", "térmico", "interruptor termomagnético"))
        poles = p.get("poles")
        amps = pick((f"{p['amps']}A", f"{p['amps']} A", f"{p['amps']} amp")) if en else pick((f"{p['amps']}A", f"{p['amps']} A", f"de {p['amps']} amperios"))
        if not poles:
            return f"{noun} {amps}"
        if en:
            pw = pick((f"{poles}P", f"{poles}-pole", {"1": "single pole", "2": "double pole", "3": "3 pole"}[poles]))
        else:
            pw = pick((f"{poles}P", f"{poles} polo{'s' if poles != '1' else ''}", {"1": "monopolar", "2": "bipolar", "3": "tripolar"}[poles]))
        return pick((f"{noun} {pw} {amps}", f"{noun} {amps} {pw}"))
    if t == "contactor":
        words = f"contactor {pick((p['amps'] + 'A', p['amps'] + ' A', 'de ' + p['amps'] + ' amperios' if not en else p['amps'] + ' amp'))}"
        coil = p.get("coil")
        if coil:
            v = coil[:3]
            words += pick((f" {v}V coil", f" coil {v}VAC")) if en else pick((f" bobina {v}V", f" bobina {v}", f" bobina a {v} voltios"))
        return words
    if t == "wire":
        noun = pick(("THHN wire", "wire", "THHN")) if en else pick(("cable THHN", "cable", "cable flexible", "cable thhn"))
        g = p["awg"]
        gauge = pick((f"#{g}", f"{g} AWG", f"{g} gauge")) if en else pick((f"#{g}", f"{g} AWG", f"calibre {g}", f"# {g}", f"N° {g}"))
        colour = p.get("colour")
        c = (COLOUR_EN[colour] if en else colour) if colour else ""
        return " ".join(x for x in (noun, gauge, c) if x)
    if t == "tape":
        noun = pick(("electrical tape", "insulating tape", "vinyl tape")) if en else pick(("cinta aislante", "taipe", "cinta eléctrica"))
        colour = p.get("colour")
        return f"{noun} {COLOUR_EN[colour] if en else colour}" if colour else noun
    if t in ("cutoff_disc", "grinding_disc", "flap_disc"):
        if t == "cutoff_disc":
            noun = pick(("cut-off wheel", "cutting disc", "cutoff disc")) if en else pick(("disco de corte", "disco corte", "disco para cortar metal"))
        elif t == "grinding_disc":
            noun = pick(("grinding disc", "grinding wheel")) if en else pick(("disco de desbaste", "disco desbaste", "piedra de desbaste"))
        else:
            noun = "flap disc" if en else pick(("disco flap", "disco de lija flap", "flap"))
        dia = p["dia"]
        words = f"{noun} {pick((dia + chr(34), dia.replace('-', ' ') + chr(34), '4.5' + chr(34) if dia == '4-1/2' else dia + ' in' if en else dia + ' pulg'))}"
        if "thick" in p:
            th = p["thick"] if en else p["thick"].replace(".", ",")
            words += pick((f" x {th}", f" x {th} mm", f" x {th}mm"))
        if "grit" in p:
            words += pick((f" {p['grit']} grit", f" grit {p['grit']}", f" G{p['grit']}")) if en else pick((f" grano {p['grit']}", f" G{p['grit']}", f" # {p['grit']}"))
        return words
    if t == "sandpaper":
        noun = pick(("wet sandpaper", "waterproof sandpaper", "wet/dry sandpaper")) if en else pick(("lija de agua", "lija al agua", "pliego de lija de agua"))
        grit = pick((f"{p['grit']} grit", f"grit {p['grit']}")) if en else pick((f"# {p['grit']}", f"grano {p['grit']}", f"N° {p['grit']}"))
        return f"{noun} {grit}"
    if t == "hose":
        noun = pick(("hydraulic hose", "hose")) if en else pick(("manguera hidráulica", "manguera", "manguera de alta presión"))
        spec = p.get("spec")
        if en:
            sw = {"R1": pick(("R1", "100R1AT", "1-wire")), "R2": pick(("R2", "100R2AT", "2-wire", "2 wire"))}.get(spec or "", "")
        else:
            sw = {"R1": pick(("R1", "100R1", "de 1 malla")), "R2": pick(("R2", "100R2", "de 2 mallas", "dos mallas"))}.get(spec or "", "")
        size = inch(p["size"], en, rng)
        return " ".join(x for x in (noun, *((sw, size) if rng.random() < 0.6 else (size, sw))) if x)
    if t == "hose_fitting":
        noun = pick(("hose fitting", "crimp fitting", "hydraulic fitting")) if en else pick(("terminal", "terminal hidráulico", "terminal de manguera"))
        end = p.get("end")
        ew = ""
        if end == "npt":
            ew = pick(("male NPT", "NPT male")) if en else pick(("macho NPT", "NPT macho"))
        elif end == "jic":
            ew = pick(("female JIC swivel", "JIC female")) if en else pick(("hembra JIC", "JIC hembra giratorio"))
        return " ".join(x for x in (noun, inch(p["size"], en, rng), ew) if x)
    raise ValueError(t)


def say(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The item's words and, where pinned, its brand before or after them."""
    words = item(pins, en, rng)
    brand = pins.get("brand")
    if not brand:
        return words
    if rng.random() < 0.75:
        return f"{words} {brand_words(brand, en, rng)}"
    return f"{brand} {words}" if en else f"{words}, {brand}"
