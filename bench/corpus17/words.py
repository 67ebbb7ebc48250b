"""How catalog 17's buyers name an item: exactly the facts a line pins, in Argentina's trade
words (Spanish: rulemán, bulón, cupla, llave térmica, disyuntor, racor) or the English of a
multinational auto-parts plant's engineers, and nothing more.

`say(pins, en, rng)` turns pinned facts (`type` plus sizes, maybe `brand`) into the words of one
line. A fact that is not pinned is never said, so a line's label (the products its facts fit)
is what a careful seller reading it would settle. A cylinder's double action is the trade's
default and said only when it tells the item apart.
"""

from __future__ import annotations

from random import Random

from bench.blind.dress import branded

COLOUR_EN = {"azul": "blue", "negro": "black", "cristal": "clear"}
POLES_ES = {"1": "unipolar", "2": "bipolar", "3": "tripolar", "4": "tetrapolar"}
TUBE_BORE = {"4": "2,5", "6": "4", "8": "6", "10": "8", "12": "9"}


def inch(size: str, en: bool, rng: Random) -> str:
    """A pipe or port size as typed: `1/2"`, `1/2 pulg`, `de 1/2`, `1-1/4` or `1.1/4` for `1 1/4`."""
    if " " in size and rng.random() < 0.5:
        size = size.replace(" ", rng.choice(("-", ".")))
    if en:
        return rng.choice((f'{size}"', f"{size} in", size))
    return rng.choice((f'{size}"', f"{size} pulg", f'de {size}"', size, f"de {size}"))


def amps(a: str, en: bool, rng: Random) -> str:
    return rng.choice((f"{a}A", f"{a} A", f"{a} amp")) if en else rng.choice((f"{a}A", f"{a} A", f"de {a} amperes", f"{a} amp"))


def brand_words(brand: str, en: bool, rng: Random) -> str:
    if en:
        return rng.choice((brand, brand, f"({brand})"))
    return rng.choice((brand, brand, f"marca {brand}", brand.upper(), f"{brand} original"))


def electric(p: dict[str, str], en: bool, rng: Random) -> str:
    """Breakers, residual-current devices, contactors, motor protectors and cable."""
    t, pick = p["type"], rng.choice
    if t in ("breaker", "rcd"):
        if t == "breaker":
            noun = pick(("MCB", "circuit breaker", "DIN breaker")) if en else pick(("llave térmica", "térmica", "termica", "termomagnética", "llave termica"))
        else:
            noun = pick(("RCD", "RCCB", "residual current breaker")) if en else pick(("disyuntor", "disyuntor diferencial", "diferencial", "disyuntor"))
        tail = " 30mA" if t == "rcd" and rng.random() < 0.5 else ""
        poles = p.get("poles")
        if not poles:
            return f"{noun} {amps(p['amps'], en, rng)}{tail}"
        if rng.random() < 0.45:
            return f"{noun} {poles}x{p['amps']}{pick(('', 'A'))}{tail}"
        pw = pick((f"{poles}P", f"{poles}-pole")) if en else pick((f"{poles}P", POLES_ES[poles], f"{poles} polos" if poles != "1" else "1 polo"))
        return pick((f"{noun} {pw} {amps(p['amps'], en, rng)}{tail}", f"{noun} {amps(p['amps'], en, rng)} {pw}{tail}"))
    if t == "contactor":
        words = f"contactor {pick((p['amps'] + 'A', p['amps'] + ' A', p['amps'] + ' amp' if en else 'de ' + p['amps'] + ' amperes'))}"
        coil = p.get("coil")
        if coil:
            words += pick((f" {coil}V coil", f" coil {coil}V", f" {coil}VAC coil" if coil == "220" else f" {coil}VDC coil")) if en else \
                pick((f" bobina {coil}V", f" bob. {coil}", f" bobina {coil} volts", f" bobina en {coil}"))  # fmt: skip
        return words
    if t == "motor_protector":
        lo, hi = p["range"].split("-")
        if en:
            return f"{pick(('motor protection breaker', 'motor starter protector', 'MPCB'))} {pick((f'{lo}-{hi}A', f'{lo} - {hi} A', f'{lo} to {hi}A'))}"
        lo, hi = lo.replace(".", ","), hi.replace(".", ",")
        return f"{pick(('guardamotor', 'guarda motor', 'guardamotor regulable'))} {pick((f'{lo}-{hi}A', f'{lo} a {hi} A', f'de {lo}-{hi}'))}"
    if t == "cable":
        c, s = p["cores"], p["section"]
        if en:
            return f"{pick(('flexible cable', 'cord', 'TPR cable'))} {pick((f'{c}x{s}mm2', f'{c} x {s} mm2', f'{c}C x {s}mm²'))}"
        s = pick((s, s.replace(".", ","), s.replace(".", ",")))
        return f"{pick(('cable TPR', 'cable taller', 'cable tipo taller', 'TPR', 'taller'))} {pick((f'{c}x{s}', f'{c} x {s}', f'{c}x{s}mm', f'de {c}x{s}'))}"
    raise ValueError(t)


def pneumatic(p: dict[str, str], en: bool, rng: Random) -> str:
    """Push-in fittings, PU tubing, ISO 6432 cylinders, FRL units and solenoid valves."""
    t, pick = p["type"], rng.choice
    if t == "fitting":
        if en:
            noun = pick(("push-in fitting", "push-to-connect fitting", "one-touch fitting"))
            shape = {"straight": pick(("straight", "male connector")), "elbow": pick(("elbow", "90° elbow"))}[p["shape"]]
        else:
            noun = pick(("racor", "conector rápido", "racor rápido", "acople rápido"))
            shape = {"straight": pick(("recto", "derecho")), "elbow": pick(("codo", "a 90", "codo 90"))}[p["shape"]]
        thread = p.get("thread")
        size = f"{p['tube']}mm" if rng.random() < 0.6 else f"{p['tube']} mm" if en else f"p/ tubo {p['tube']}"
        if thread:
            size = pick((f"{size} x {thread}", f"{p['tube']} x {thread}", f"{size} rosca {thread}" if not en else f"{size} {thread} BSP", f"{size} x {thread} BSP"))
        return pick((f"{noun} {shape} {size}", f"{shape} {noun} {size}" if en else f"{noun} {size} {shape}"))
    if t == "tube":
        s = p["size"]
        if en:
            noun = pick(("PU tubing", "polyurethane tube", "air hose PU"))
        else:
            noun = pick(("tubo PU", "manguera poliuretano", "manguera PU", "tubo de poliuretano", "caño PU"))
        size = pick((f"{s}x{TUBE_BORE[s]}", f"{s} mm", f"{s}mm", f"de {s}" if not en else f"{s}mm OD"))
        colour = p.get("colour")
        c = (COLOUR_EN[colour] if en else colour) if colour else ""
        return " ".join(x for x in (noun, size, c) if x)
    if t == "cylinder":
        noun = pick(("cylinder", "ISO 6432 cylinder", "air cylinder", "pneumatic cylinder")) if en else pick(("cilindro", "cil.", "cilindro neumático", "pistón", "cilindro ISO 6432"))
        bs = pick((f"{p['bore']}x{p['stroke']}", f"{p['bore']} x {p['stroke']}")) if "stroke" in p else pick((f"Ø{p['bore']}", f"de {p['bore']} mm" if not en else f"{p['bore']}mm bore"))
        if "stroke" in p and rng.random() < 0.3:
            bs = f"diámetro {p['bore']} carrera {p['stroke']}" if not en else f"{p['bore']}mm bore {p['stroke']}mm stroke"
        acting = p.get("acting")
        if acting == "double":
            bs += pick((" DE", " double acting", " D/A")) if en else pick((" DE", " doble efecto", " d/e"))
        elif acting == "single":
            bs += pick((" SE", " single acting", " spring return")) if en else pick((" SE", " simple efecto", " s/e"))
        return f"{noun} {bs}"
    if t == "frl":
        noun = pick(("FRL unit", "FRL", "filter regulator lubricator")) if en else pick(("FRL", "unidad FRL", "unidad de mantenimiento", "filtro regulador lubricador"))
        return f"{noun} {inch(p['port'], en, rng)}"
    if t == "solenoid_valve":
        noun = pick(("solenoid valve", "sol valve", "valve")) if en else pick(("electroválvula", "electrovalvula", "EV", "válvula solenoide"))
        words = f"{noun} {p['ways']} {inch(p['port'], en, rng)}"
        coil = p.get("coil")
        if coil == "24VDC":
            words += pick((" 24VDC", " 24V DC", " 24 vcc" if not en else " 24Vdc"))
        elif coil == "220VAC":
            words += pick((" 220VAC", " 220V", " 220 vca" if not en else " 220V AC"))
        return words
    raise ValueError(t)


def item(p: dict[str, str], en: bool, rng: Random) -> str:
    """The words of the item itself, without its brand."""
    t, pick = p["type"], rng.choice
    if t == "ball_bearing":
        noun = pick(("bearing", "ball bearing", "brg")) if en else pick(("rulemán", "ruleman", "rulemanes", "rodamiento", "rulem."))
        words = p["series"]
        seal = p.get("seal")
        if seal == "2RS":
            words += pick(("-2RS", " 2RS", "2RS", " 2rs")) if rng.random() < 0.8 else (" sealed" if en else " sellado")
        elif seal == "ZZ":
            words += pick(("-ZZ", " ZZ", "ZZ", " zz", " 2Z")) if rng.random() < 0.8 else (" shielded" if en else " blindado")
        elif seal == "open":
            words += pick((" open", " (open)")) if en else pick((" abierto", " sin tapas"))
        return f"{noun} {words}"
    if t == "bolt":
        noun = pick(("hex bolt", "hex cap screw", "HHCS", "bolt")) if en else pick(("bulón", "bulon", "bulón hexagonal", "bulones", "tornillo hexagonal"))
        size = p["thread"] + (pick((f"x{p['length']}", f" x {p['length']}", f"x{p['length']}mm")) if "length" in p else "")
        grade = p.get("grade")
        if grade == "8.8":
            size += pick((" 8.8", " cl 8.8", " class 8.8 zinc", " zinc plated 8.8")) if en else pick((" 8.8", " 8.8 zincado", " grado 8.8", " 8,8 zinc."))
        elif grade == "10.9":
            size += pick((" 10.9", " class 10.9", " 10.9 black")) if en else pick((" 10.9", " 10.9 pavonado", " grado 10.9", " 10,9 negro"))
        return f"{noun} {size}"
    if t == "nut":
        return f"{pick(('hex nut', 'nut')) if en else pick(('tuerca', 'tuercas', 'tuerca hexagonal'))} {p['thread']}"
    if t == "washer":
        kind = p.get("kind")
        if en:
            noun = {"flat": "flat washer", "split": pick(("split lock washer", "spring washer")), None: "washer"}[kind]
        else:
            noun = {"flat": pick(("arandela plana", "arandelas planas")), "split": pick(("arandela grower", "arandela de presión", "grower")), None: "arandela"}[kind]
        return f"{noun} {p['thread']}"
    if t in ("coupling", "nipple", "pipe"):
        if en:
            noun = {"coupling": "galv coupling", "nipple": pick(("galv nipple", "galvanized pipe nipple")), "pipe": pick(("galvanized pipe", "galv pipe"))}[t]
        else:
            noun = {"coupling": pick(("cupla HG", "cupla galvanizada", "cupla", "cupla de hierro galvanizado")),
                    "nipple": pick(("niple HG", "niple galvanizado", "niple")), "pipe": pick(("caño galvanizado", "caño HG", "caño de hierro galvanizado"))}[t]  # fmt: skip
        words = f"{noun} {inch(p['size'], en, rng)}"
        if "length" in p:
            words += pick((f" x {p['length']}cm", f" x {p['length']} cm", f" de {p['length']} cm" if not en else f" x {int(p['length']) * 10}mm"))
        return words
    if t == "ball_valve":
        noun = pick(("ball valve", "bronze ball valve")) if en else pick(("llave esférica", "llave esferica", "esférica", "válvula esférica", "llave de paso esférica"))
        return f"{noun} {inch(p['size'], en, rng)}"
    if t == "v_belt":
        noun = pick(("V-belt", "v belt", "belt")) if en else pick(("correa", "correa en V", "correa trapezoidal", "correa en v"))
        s = p["section"]
        if "length" not in p:
            return f"{noun} {pick(('section ' + s, s + ' section'))}" if en else f"{noun} {pick(('perfil ' + s, 'sección ' + s, 'tipo ' + s))}"
        return f"{noun} {pick((s + '-' + p['length'], s + p['length'], s + ' ' + p['length']))}"
    if t in ("cutoff_disc", "flap_disc"):
        if t == "cutoff_disc":
            noun = pick(("cut-off wheel", "cutting disc", "cut off disc")) if en else pick(("disco de corte", "disco corte", "disco de cortar", "discos de corte"))
        else:
            noun = pick(("flap disc", "flap wheel")) if en else pick(("disco flap", "flap", "disco de lija flap"))
        words = f"{noun} {pick((p['dia'], p['dia'] + 'mm', p['dia'] + ' mm'))}"
        if "thick" in p:
            th = p["thick"] if en or rng.random() < 0.3 else p["thick"].replace(".", ",")
            words += pick((f" x {th}", f"x{th}", f" x {th}mm"))
        if "grit" in p:
            words += pick((f" {p['grit']} grit", f" grit {p['grit']}", f" G{p['grit']}")) if en else pick((f" grano {p['grit']}", f" G{p['grit']}", f" #{p['grit']}"))
        return words
    if t in ("breaker", "rcd", "contactor", "motor_protector", "cable"):
        return electric(p, en, rng)
    return pneumatic(p, en, rng)


def say(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The item's words and, where pinned, its brand before or after them."""
    return branded(item(pins, en, rng), pins.get("brand"), en, rng, brand_words)
