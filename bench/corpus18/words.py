"""How catalog 18's buyers name an item: exactly the facts a line pins, in Peru's trade words
(Spanish: rodamiento, chumacera, perno, válvula de bola, codo, niple, llave/breaker, cable THW,
guantes, lentes, casco, botas, soldadura) or the English of a Canadian mining contractor's
supervisors, and nothing more.

`say(pins, en, rng)` turns pinned facts (`type` plus sizes, maybe `brand`) into the words of one
line. A fact that is not pinned is never said, so a line's label (the products its facts fit)
is what a careful seller reading it would settle.
"""

from __future__ import annotations

from random import Random

from bench.blind.dress import branded

COLOUR_EN = {"rojo": "red", "negro": "black", "azul": "blue", "amarillo": "yellow", "blanco": "white", "verde": "green"}
LENS = {"claro": ("claros", "lunas claras", "transparentes"), "oscuro": ("oscuros", "lunas oscuras", "lunas negras"), "espejado": ("espejados", "lunas espejadas")}
LENS_EN = {"claro": ("clear", "clear lens"), "oscuro": ("dark", "smoke", "tinted"), "espejado": ("mirrored", "mirror lens")}
GLOVE = {"nitrilo": ("de nitrilo", "nitrilo"), "cuero": ("de cuero", "cuero cromo", "de cuero cromado"), "anticorte": ("anticorte", "anticorte nivel 5")}
GLOVE_EN = {"nitrilo": ("nitrile", "nitrile coated"), "cuero": ("leather", "leather work"), "anticorte": ("cut resistant", "cut-resistant A5")}
DIA_INCH = {"2.5": "3/32", "3.2": "1/8", "4.0": "5/32"}
DISC_INCH = {"115": "4-1/2", "180": "7", "230": "9", "355": "14"}


def inch(size: str, en: bool, rng: Random) -> str:
    """A pipe size as typed: `1/2"`, `1/2 pulg`, `de 1/2`, `1 1/4` or `1.1/4` for `1-1/4`."""
    if "-" in size and rng.random() < 0.5:
        size = size.replace("-", rng.choice((" ", ".")))
    if en:
        return rng.choice((f'{size}"', f"{size} in", size))
    return rng.choice((f'{size}"', f"{size} pulg", f'de {size}"', size, f"de {size}"))


def brand_words(brand: str, en: bool, rng: Random) -> str:
    if en:
        return rng.choice((brand, brand, f"({brand})"))
    return rng.choice((brand, brand, f"marca {brand}", brand.upper(), f"{brand} original"))


def piping(p: dict[str, str], en: bool, rng: Random) -> str:
    """Valves, black-steel fittings, nipples and pipe."""
    t, pick = p["type"], rng.choice
    size = inch(p["size"], en, rng)
    if t == "ball_valve":
        m = p.get("material")
        if en:
            noun = {"bronce": pick(("bronze ball valve", "ball valve bronze")), "acero": pick(("carbon steel ball valve", "CS ball valve")), None: "ball valve"}[m]
        else:
            noun = {"bronce": pick(("válvula de bola de bronce", "valvula bola bronce", "llave de bola de bronce")),
                    "acero": pick(("válvula de bola de acero", "valvula de bola acero al carbono")), None: pick(("válvula de bola", "valvula esferica", "llave de bola"))}[m]  # fmt: skip
        return f"{noun} {size}"
    if t == "gate_valve":
        return f"{pick(('bronze gate valve', 'gate valve')) if en else pick(('válvula compuerta', 'valvula de compuerta', 'llave compuerta'))} {size}"
    sch = p.get("schedule")
    said = (pick((f" SCH {sch}", f" sch{sch}", f" sched {sch}")) if en else pick((f" SCH {sch}", f" sch {sch}", f" cédula {sch}", f" ced. {sch}"))) if sch else ""
    if t in ("union", "elbow", "tee"):
        if en:
            noun = {"union": pick(("union", "black union")), "elbow": pick(("90 elbow", "90° elbow", "elbow 90")), "tee": pick(("tee", "black tee"))}[t]
        else:
            noun = {"union": pick(("unión universal", "union universal")), "elbow": pick(("codo 90°", "codo de 90", "codo negro 90")), "tee": pick(("tee", "tee de fierro negro"))}[t]
        return f"{noun} {size}{said}"
    if t == "nipple":
        words = f"{pick(('black nipple', 'nipple')) if en else pick(('niple', 'niple negro', 'niple de fierro'))} {size}"
        if "length" in p:
            words += pick((f' x {p["length"]}"', f" x {p['length']}", f" x {p['length']} in" if en else f" x {p['length']} pulg"))
        return words
    if t == "pipe":
        return f"{pick(('black steel pipe', 'pipe A53')) if en else pick(('tubo negro', 'tubo de fierro negro', 'tubería negra'))} {size}{said}"
    raise ValueError(t)


def electric(p: dict[str, str], en: bool, rng: Random) -> str:
    """Breakers, contactors and cable (THW by colour, NYY by cores)."""
    t, pick = p["type"], rng.choice
    if t == "breaker":
        noun = pick(("breaker", "MCB", "circuit breaker")) if en else pick(("interruptor termomagnético", "llave termomagnética", "breaker", "termomagnetico", "llave térmica"))
        a, poles = p["amps"], p.get("poles")
        if not poles:
            return f"{noun} {pick((a + 'A', a + ' A', a + ' amp'))}"
        return pick((f"{noun} {poles}x{a}A", f"{noun} {poles}P {a}A", f"{noun} {a}A {poles} polo{'s' if poles != '1' else ''}" if not en else f"{noun} {a}A {poles}-pole"))
    if t == "contactor":
        words = f"contactor {pick((p['amps'] + 'A', p['amps'] + ' A', p['amps'] + ' amp'))}"
        coil = p.get("coil")
        if coil:
            words += pick((f" {coil}V coil", f" coil {coil}V")) if en else pick((f" bobina {coil}V", f" bob. {coil}", f" bobina {coil} voltios", f" {coil}v"))
        return words
    if t == "thw":
        s = p["section"]
        s = pick((s, s.replace(".", ","))) if not en else s
        noun = pick(("THW wire", "THW-90 cable", "building wire THW")) if en else pick(("cable THW", "cable thw-90", "alambre THW", "cable THW 90"))
        colour = p.get("colour")
        c = (COLOUR_EN[colour] if en else colour) if colour else ""
        return " ".join(x for x in (noun, pick((f"{s} mm2", f"{s}mm²", f"{s} mm²", f"de {s}" if not en else f"{s}mm2")), c) if x)
    if t == "nyy":
        c, s = p["cores"], p["section"]
        s = pick((s, s.replace(".", ","))) if not en else s
        return f"{pick(('NYY cable', 'power cable NYY')) if en else pick(('cable NYY', 'NYY', 'cable nyy'))} {pick((f'{c}x{s}', f'{c} x {s} mm2', f'{c}x{s}mm²'))}"
    raise ValueError(t)


def safety(p: dict[str, str], en: bool, rng: Random) -> str:
    """Gloves by size, glasses by lens, helmets by colour, 3M respirators and filters, boots by size."""
    t, pick = p["type"], rng.choice
    if t == "glove":
        kind = p.get("kind")
        words = f"{pick(GLOVE_EN[kind])} gloves" if en else f"{pick(('guantes', 'guante', 'guantes'))} {pick(GLOVE[kind])}"
        size = p.get("size")
        if size:
            words += pick((f" size {size}", f" {size}", f" sz {size}")) if en else pick((f" talla {size}", f" {size}", f" t-{size}", f" talla {size.lower()}"))
        return words
    if t == "glasses":
        lens = p["lens"]
        return f"safety glasses {pick(LENS_EN[lens])}" if en else f"{pick(('lentes de seguridad', 'lentes', 'gafas de seguridad'))} {pick(LENS[lens])}"
    if t == "helmet":
        c = p["colour"]
        return f"{pick(('hard hat', 'safety helmet'))} {COLOUR_EN[c]}" if en else f"{pick(('casco', 'casco de seguridad', 'cascos'))} {c}"
    if t == "respirator":
        m = p["model"]
        return pick((f"3M {m} half mask", f"half face respirator 3M {m}")) if en else pick((f"respirador 3M {m}", f"respirador media cara {m}", f"respirador {m} 3M"))
    if t == "filter":
        m = p["model"]
        return pick((f"3M {m} filters", f"{m} cartridges")) if en else pick((f"filtros 3M {m}", f"cartuchos {m}", f"filtro {m} 3M"))
    if t == "boot":
        size = p.get("size")
        noun = pick(("steel toe boots", "safety boots")) if en else pick(("botas punta de acero", "botines de seguridad", "zapatos de seguridad", "botas de seguridad"))
        if not size:
            return noun
        return f"{noun} {pick((f'size {size}', f'sz {size}', f'EU {size}'))}" if en else f"{noun} {pick((f'talla {size}', f'N° {size}', f'nro {size}', f'#{size}'))}"
    raise ValueError(t)


def item(p: dict[str, str], en: bool, rng: Random) -> str:
    """The words of the item itself, without its brand."""
    t, pick = p["type"], rng.choice
    if t == "ball_bearing":
        noun = pick(("bearing", "ball bearing", "brg")) if en else pick(("rodamiento", "rodaje", "rodamientos", "rod.", "rodaje"))
        words = p["series"]
        seal = p.get("seal")
        if seal == "2RS":
            words += pick(("-2RS", " 2RS", "2RS", " 2rs")) if rng.random() < 0.8 else (" sealed" if en else " sellado")
        elif seal == "ZZ":
            words += pick(("-ZZ", " ZZ", "ZZ", " zz")) if rng.random() < 0.8 else (" shielded" if en else " blindado")
        elif seal == "open":
            words += pick((" open", " (open)")) if en else pick((" abierto", " sin sellos"))
        return f"{noun} {words}"
    if t == "mounted_unit":
        h, n = p["housing"], p["size"]
        if en:
            noun = pick(("pillow block", "pillow block bearing")) if h == "UCP" else pick(("4-bolt flange unit", "flange bearing"))
        else:
            noun = pick(("chumacera", "chumacera de pie")) if h == "UCP" else pick(("chumacera de brida", "chumacera cuadrada"))
        words = f"{noun} {pick((h + n, h + ' ' + n, h.lower() + n))}"
        shaft = p.get("shaft")
        if shaft and shaft.endswith("mm"):
            mm = shaft.split()[0]
            words += pick((f" {mm}mm bore", f" for {mm} mm shaft")) if en else pick((f" eje {mm}mm", f" para eje de {mm} mm", f" de {mm} mm"))
        elif shaft:
            words += pick((f' {shaft}" bore', f" for {shaft} in shaft")) if en else pick((f' eje {shaft}"', f" para eje de {shaft} pulg"))
        return words
    if t == "bolt":
        th, grade = p["thread"], p.get("grade")
        noun = pick(("hex bolt", "hex cap screw", "HHCS", "bolt")) if en else pick(("perno hexagonal", "perno", "pernos", "perno hex."))
        if th.startswith("M"):
            size = th + (pick((f"x{p['length']}", f" x {p['length']}", f"x{p['length']}mm")) if "length" in p else "")
        else:
            length = p.get("length")
            size = f'{th}"' + (pick((f' x {length}"', f" x {length}", f'x{length}"')) if length else "")
            if length and "-" in length and rng.random() < 0.4:
                size = size.replace(length, length.replace("-", " "))
            size = pick((size, size + " UNC")) if not en else pick((size, size + " UNC", size.replace('"', "") + " NC"))
        if grade in ("5", "8"):
            size += pick((f" grade {grade}", f" gr {grade}", f" G{grade}")) if en else pick((f" grado {grade}", f" G{grade}", f" gr. {grade}"))
        elif grade in ("8.8", "10.9"):
            size += pick((f" {grade}", f" class {grade}")) if en else pick((f" {grade}", f" clase {grade}", f" grado {grade}"))
        elif grade == "A2":
            size += pick((" stainless A2", " SS A2", " A2-70")) if en else pick((" inox A2", " acero inoxidable", " inox"))
        return f"{noun} {size}"
    if t == "nut":
        return f"{pick(('hex nut', 'nut')) if en else pick(('tuerca', 'tuercas', 'tuerca hexagonal'))} {p['thread']}{pick(('', chr(34), ' UNC'))}"
    if t in ("ball_valve", "gate_valve", "union", "elbow", "tee", "nipple", "pipe"):
        return piping(p, en, rng)
    if t in ("cutoff_disc", "flap_disc"):
        if t == "cutoff_disc":
            noun = pick(("cut-off wheel", "cutting disc", "cut off disc")) if en else pick(("disco de corte", "disco corte", "discos de corte"))
        else:
            noun = pick(("flap disc", "flap wheel")) if en else pick(("disco flap", "disco de lija flap", "flap"))
        d = p["dia"]
        words = f"{noun} {pick((d + 'mm', d + ' mm', DISC_INCH[d] + chr(34), DISC_INCH[d]))}"
        if "thick" in p:
            th = p["thick"] if en or rng.random() < 0.3 else p["thick"].replace(".", ",")
            words += pick((f" x {th}", f"x{th}", f" x {th}mm", f" x {th} mm"))
        if "grit" in p:
            words += pick((f" {p['grit']} grit", f" grit {p['grit']}", f" G{p['grit']}")) if en else pick((f" grano {p['grit']}", f" G{p['grit']}", f" #{p['grit']}"))
        return words
    if t == "electrode":
        cls = p["class"]
        noun = pick(("electrode", "welding rod", "rod")) if en else pick(("electrodo", "soldadura", "electrodos", "soldadura"))
        c = pick((cls, cls[1:], cls.lower())) if not en else pick((cls, cls[1:]))
        words = pick((f"{noun} {c}", f"{c} {noun}")) if en else f"{noun} {c}"
        dia = p.get("dia")
        if dia:
            words += pick((f" {DIA_INCH[dia]}", f' {DIA_INCH[dia]}"', f" de {DIA_INCH[dia]}" if not en else f" {dia}mm", f" {dia.replace('.', ',') if not en else dia} mm"))
        return words
    if t in ("breaker", "contactor", "thw", "nyy"):
        return electric(p, en, rng)
    return safety(p, en, rng)


def say(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The item's words and, where pinned, its brand before or after them."""
    return branded(item(pins, en, rng), pins.get("brand"), en, rng, brand_words)
