"""How catalog 22's buyers say an item: Panamanian WhatsApp Spanish (`pa`), the canal contractor's
and the port terminal's purchasing Spanish (`canal`), a Colombian re-seller (`co`), a Costa Rican
one (`cr`), a Bocas plantation supervisor's Caribbean English (`car`) and a US marine-services
supervisor's English (`us`). `say` writes exactly the facts pinned, nothing else."""

from __future__ import annotations

from random import Random

from bench.blind.dress import branded

ENGLISH = ("car", "us")
COMMA = ("co", "cr")  # decimals with a comma: `4,75 t`, `0,75 kW`
SLING_COLOUR = {"1": ("violeta", "violet"), "2": ("verde", "green"), "3": ("amarilla", "yellow"), "4": ("gris", "grey"), "5": ("roja", "red"),
                "6": ("café", "brown"), "8": ("azul", "blue"), "10": ("naranja", "orange")}  # fmt: skip
FEET = {"3": "10", "6": "20"}  # a hoist's lift as a US supervisor says it
TPI = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
KW_HP = {"0.75": "1", "1.5": "2", "2.2": "3", "4": "5", "5.5": "7.5", "7.5": "10", "11": "15", "15": "20"}
G80_IN = {"7": "9/32", "8": "5/16", "10": "3/8", "13": "1/2", "16": "5/8"}


def _pick(region: str, rng: Random, es: tuple[str, ...], en: tuple[str, ...], **local: tuple[str, ...]) -> str:
    """A word of the region: English for `car` and `us` (each may have its own), a country's own
    Spanish words mixed with the common ones (`co=`, `cr=`, `pa=`)."""
    own = local.get(region, ())
    if region in ENGLISH:
        return rng.choice(own or en)
    return rng.choice(own + own + es if own else es)


def _dec(value: str, region: str) -> str:
    """A decimal as the region writes it: `4,75` in Colombia and Costa Rica, `4.75` elsewhere."""
    return value.replace(".", ",") if region in COMMA else value


def _inch(size: str, region: str, rng: Random) -> str:
    """An inch size as written: `3/4`, `3/4"`, `3/4 pulg`, `1 1/4` for `1-1/4`."""
    s = size.replace("-", " ") if "-" in size and rng.random() < 0.5 else size
    if region in ENGLISH:
        return rng.choice((s, f'{s}"', f'{s}"', f"{s} in"))
    return rng.choice((s, f'{s}"', f'{s}"', f"{s} pulg", f"de {s}"))


def _join(*parts: str) -> str:
    return " ".join(x for x in parts if x)


def brand_said(brand: str, en: bool, rng: Random) -> str:
    shown = {"Green Pin": rng.choice(("Green Pin", "greenpin")), "Square D": rng.choice(("Square D", "SquareD", "square d")),
             "CM": rng.choice(("CM", "Columbus McKinnon", "CM")), "Istmo": "Istmo"}.get(brand, brand)  # fmt: skip
    return rng.choice((shown, shown, shown.lower() if brand not in ("CM", "3M", "NTN", "SKF", "ABB", "IFM") else shown))


def _shackle(pins: dict[str, str], region: str, rng: Random) -> str:
    en = region in ENGLISH
    noun = _pick(region, rng, ("grillete", "grillete", "grillete de izaje"), ("shackle",), co=("grillete", "grillete galvanizado"))
    size, wll = pins["size"], pins["wll"]
    w = _dec(wll, region)
    load = rng.choice((f"{w} t", f"{w} ton", f"{w}T", f"WLL {w} t") if en else (f"{w} t", f"{w} ton", f"{w} toneladas", f"{w}T"))
    r = rng.random()
    said = _inch(size, region, rng) if r < 0.45 else load if r < 0.7 else f"{_inch(size, region, rng)} {load}"
    bow = pins.get("bow")
    bw = ""
    if bow:
        bw = (_pick(region, rng, ("lira", "tipo lira", "tipo ancla"), ("anchor", "bow")) if bow == "anchor"
              else _pick(region, rng, ("recto", "tipo D", "de cadena"), ("chain", "D")))
    pin = pins.get("pin")
    pn = ""
    if pin:
        pn = (_pick(region, rng, ("pasador roscado", "de tornillo", "pin roscado"), ("screw pin",)) if pin == "screw"
              else _pick(region, rng, ("perno y chaveta", "de perno con tuerca", "tipo perno"), ("bolt type", "safety bolt", "bolt-type")))
    if en:
        return _join(said, pn, bw, noun) if rng.random() < 0.5 else _join(noun, said, pn, bw)
    return _join(noun, bw, said, pn)


def _clip(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("grapa", "grapa para cable", "grapa de cable de acero"), ("wire rope clip", "cable clamp", "wire rope clamp"),
                 co=("perro para cable", "perro"), cr=("prensa cable", "grapa"))
    return _join(noun, _inch(pins["size"], region, rng)) if region not in ENGLISH or rng.random() < 0.6 else _join(_inch(pins["size"], region, rng), noun)


ENDS_SAID = {"hook-eye": (("gancho-ojo", "gancho y ojo", "gancho ojo"), ("hook & eye", "hook/eye", "hook and eye")),
             "eye-eye": (("ojo-ojo", "ojo y ojo", "ojo ojo"), ("eye & eye", "eye/eye", "eye and eye")),
             "jaw-jaw": (("quijada-quijada", "horquilla-horquilla", "quijada y quijada"), ("jaw & jaw", "jaw/jaw", "jaw and jaw"))}  # fmt: skip


def _turnbuckle(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("tensor", "tensor galvanizado", "templador"), ("turnbuckle", "galvanized turnbuckle"), co=("templete", "tensor"))
    size, takeup = pins["size"], pins.get("takeup")
    s = size.replace("-", " ")
    dims = _inch(size, region, rng) if not takeup else rng.choice((f"{s} x {takeup}", f'{s}" x {takeup}"', f"{s}x{takeup}"))
    ends = pins.get("ends")
    e = "" if not ends else _pick(region, rng, *ENDS_SAID[ends])
    return _join(noun, e, dims) if rng.random() < 0.4 else _join(noun, dims, e)


def _rope(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("cable de acero", "cable acero", "cable de acero"), ("wire rope", "steel wire rope"), co=("guaya", "cable de acero"),
                 car=("wire rope", "steel cable"))
    c = pins.get("construction")
    cons = "" if not c else rng.choice((c, c, c.replace("x", " x "), c.upper()))
    core = pins.get("core")
    cr = ""
    if core == "IWRC":
        cr = _pick(region, rng, ("alma de acero", "IWRC", "alma acero"), ("IWRC", "IWRC"))
    elif core == "FC":
        cr = _pick(region, rng, ("alma de fibra", "FC", "alma fibra"), ("fiber core", "FC"))
    return _join(noun, _inch(pins["dia"], region, rng), cons, cr)


def _chain(pins: dict[str, str], region: str, rng: Random) -> str:
    size = pins["size"]
    if pins["grade"] == "80":
        noun = _pick(region, rng, ("cadena grado 80", "cadena G80", "cadena de izaje grado 80"), ("grade 80 chain", "G80 alloy chain", "grade 80 alloy chain"))
        s = rng.choice((f"{size} mm", f"{size}mm", f"de {size} mm" if region not in ENGLISH else f"{size} mm", _inch(G80_IN[size], region, rng)))
        return _join(noun, s)
    noun = _pick(region, rng, ("cadena grado 43", "cadena G43", "cadena high test G43"), ("grade 43 chain", "G43 high test chain", "grade 43 chain"))
    return _join(noun, _inch(size, region, rng))


def _capacity(cap: str, region: str, rng: Random) -> str:
    c = _dec(cap, region)
    kg = str(int(float(cap) * 1000))
    if region in ENGLISH:
        return rng.choice((f"{c} ton", f"{c} t", f"{c}-ton", f"{c}T"))
    return rng.choice((f"{c} t", f"{c} ton", f"{c} toneladas", f"de {c} ton", f"{kg} kg"))


def _hoist(pins: dict[str, str], region: str, rng: Random) -> str:
    if pins["type"] == "lever_hoist":
        noun = _pick(region, rng, ("tecle de palanca", "tecle de rache", "polipasto de palanca"), ("lever hoist", "ratchet lever hoist"), co=("diferencial de palanca",))
        return _join(noun, _capacity(pins["capacity"], region, rng)) if rng.random() < 0.7 else _join(_capacity(pins["capacity"], region, rng), noun)
    noun = _pick(region, rng, ("tecle", "tecle de cadena", "polipasto manual"), ("chain hoist", "hand chain hoist", "chain fall"),
                 co=("diferencial", "polipasto"), cr=("tecle",))
    lift = pins.get("lift")
    lf = ""
    if lift:
        if region == "us" and rng.random() < 0.6:
            lf = f"{FEET[lift]} ft lift"
        else:
            lf = _pick(region, rng, (f"{lift} m de izaje", f"izaje {lift} m", f"altura de izaje {lift} metros", f"cadena de {lift} m"), (f"{lift} m lift", f"{lift}m lift"))
    cap = _capacity(pins["capacity"], region, rng)
    if region in ENGLISH and rng.random() < 0.5:
        return _join(cap, noun, lf)
    return _join(noun, cap, lf)


def _sling(pins: dict[str, str], region: str, rng: Random) -> str:
    en = region in ENGLISH
    if pins["style"] == "flat":
        noun = _pick(region, rng, ("eslinga plana", "eslinga de cinta", "eslinga plana ojo-ojo"), ("flat web sling", "polyester web sling", "eye-eye web sling"))
    else:
        noun = _pick(region, rng, ("eslinga redonda", "eslinga tubular", "eslinga sinfín"), ("round sling", "endless round sling"))
    wll = pins["wll"]
    colour = SLING_COLOUR[wll][1 if en else 0]
    load = rng.choice((f"{wll} t", f"{wll} ton", f"de {wll} toneladas" if not en else f"{wll} ton WLL"))
    r = rng.random()
    said = load if r < 0.55 else colour if r < 0.8 else f"{colour} {load}"
    length = pins.get("length")
    ln = "" if not length else rng.choice((f"{length} m", f"x {length} m", f"de {length} metros" if not en else f"{length} meter", f"{length}m"))
    return _join(noun, said, ln)


def _prox(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("sensor inductivo", "sensor de proximidad inductivo", "inductivo", "sensor inductivo"),
                 ("inductive prox sensor", "inductive proximity sensor", "prox switch"))
    body = pins["body"]
    b = rng.choice((body, body, f"{body}x1", body.replace("M", "M ")))
    sn = pins["sn"]
    d = rng.choice((f"{sn} mm", f"{sn}mm", f"Sn {sn} mm" if region not in ENGLISH else f"{sn}mm range"))
    out = pins.get("output")
    o = "" if not out else rng.choice((out, out, out.lower()))
    contact = pins.get("contact")
    c = ""
    if contact == "NO":
        c = _pick(region, rng, ("NA", "NO", "normalmente abierto"), ("N.O.", "NO", "normally open"))
    elif contact == "NC":
        c = _pick(region, rng, ("NC", "NC", "normalmente cerrado"), ("N.C.", "NC", "normally closed"))
    return _join(noun, b, d, o, c)


def _photo(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("sensor fotoeléctrico", "fotocelda", "sensor óptico", "sensor fotoelectrico"), ("photoelectric sensor", "photo eye"))
    mode = {"diffuse": (("difuso", "de reflexión difusa"), ("diffuse", "diffuse reflective")),
            "retro": (("retrorreflectivo", "con reflector", "retroreflectivo"), ("retroreflective", "retro-reflective")),
            "through": (("de barrera", "emisor-receptor", "tipo barrera"), ("through-beam", "thru-beam"))}[pins["mode"]]  # fmt: skip
    m = _pick(region, rng, *mode)
    out = pins.get("output")
    o = "" if not out else rng.choice((out, out.lower()))
    return _join(m, noun, o) if region in ENGLISH and rng.random() < 0.5 else _join(noun, m, o)


def _limit(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("final de carrera", "limit switch", "interruptor de límite", "final de carrera"), ("limit switch",))
    act = {"roller_lever": (("palanca con rodillo", "de palanca y rodillo", "brazo con rodillo"), ("roller lever", "roller arm")),
           "plunger": (("de pistón", "de émbolo", "pistón"), ("plunger", "top plunger")),
           "rod": (("de varilla", "varilla ajustable"), ("rod lever", "adjustable rod")),
           "roller_plunger": (("pistón con rodillo", "émbolo con rodillo"), ("roller plunger",))}[pins["actuator"]]  # fmt: skip
    return _join(noun, _pick(region, rng, *act))


SUPPLY = {"230-1F": (("220V monofásico", "230 V 1F", "monofásico 220", "220 1 fase"), ("230V single phase", "1-phase 230V", "single-phase 240V")),
          "230-3F": (("220V trifásico", "230 V 3F", "trifásico 220", "220 3 fases"), ("230V three phase", "3-phase 230V", "208-230V 3ph")),
          "460-3F": (("440V trifásico", "460 V 3F", "480V trifásico", "trifásico 440"), ("460V 3 phase", "480V 3ph", "3-phase 460V"))}  # fmt: skip


def _vfd(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("variador", "variador de frecuencia", "variador de velocidad", "VFD"), ("VFD", "variable frequency drive", "AC drive"),
                 co=("variador de velocidad", "drive"))
    kw = pins["kw"]
    hp = KW_HP[kw]
    as_hp = rng.random() < (0.7 if region == "us" else 0.35)
    power = (rng.choice((f"{_dec(hp, region)} HP", f"{_dec(hp, region)}hp", f"{_dec(hp, region)} hp")) if as_hp
             else rng.choice((f"{_dec(kw, region)} kW", f"{_dec(kw, region)}kw", f"{_dec(kw, region)} KW")))
    supply = pins.get("supply")
    s = "" if not supply else _pick(region, rng, *SUPPLY[supply])
    return _join(noun, power, s)


COIL = {"24VDC": (("bobina 24 VDC", "24VDC", "24 Vcc", "bobina 24vdc"), ("24VDC coil", "24 VDC")),
        "24VAC": (("bobina 24 VAC", "24VAC", "24 Vca"), ("24VAC coil", "24 VAC")),
        "120VAC": (("bobina 120 VAC", "120VAC", "110 VAC", "bobina 120V"), ("120VAC coil", "120V AC", "120 VAC")),
        "230VAC": (("bobina 220 VAC", "220VAC", "bobina 230 VAC"), ("230VAC coil", "240VAC", "230 VAC"))}  # fmt: skip


def _relay(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("relé", "rele", "relay", "relé enchufable"), ("relay", "ice cube relay", "plug-in relay"), co=("relevo", "relé"))
    poles = pins["poles"]
    p = _pick(region, rng, ("2 contactos", "8 pines", "2 polos", "DPDT"), ("DPDT", "8-pin", "2 pole")) if poles == "2" else _pick(
        region, rng, ("4 contactos", "14 pines", "4 polos", "4PDT"), ("4PDT", "14-pin", "4 pole"))
    coil = pins.get("coil")
    c = "" if not coil else _pick(region, rng, *COIL[coil])
    return _join(noun, p, c)


def _timer(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("temporizador", "timer", "relé temporizador"), ("timer relay", "time delay relay", "timer"))
    fn = {"on_delay": (("retardo a la conexión", "on delay", "a la conexión"), ("on-delay", "delay on make")),
          "multi": (("multifunción", "multifuncional"), ("multifunction", "multi-function")),
          "star_delta": (("estrella-triángulo", "estrella triángulo", "Y-Delta"), ("star-delta", "wye-delta"))}[pins["function"]]  # fmt: skip
    supply = pins.get("supply")
    s = ""
    if supply == "24-240":
        s = _pick(region, rng, ("24-240V", "alimentación 24 a 240 V", "24-240 VAC/DC"), ("24-240V", "24-240 VAC/DC"))
    elif supply == "120":
        s = _pick(region, rng, ("120 VAC", "110-120V", "120V"), ("120VAC", "120V"))
    return _join(noun, _pick(region, rng, *fn), s)


def _bearing(pins: dict[str, str], region: str, rng: Random) -> str:
    d, seal = pins["desig"], pins.get("seal")
    said = ""
    if seal == "ZZ":
        said = _pick(region, rng, ("ZZ", "zz", "2Z", "blindado"), ("2Z", "ZZ", "shielded"))
    elif seal == "2RS":
        said = _pick(region, rng, ("2RS", "2rs", "sellado"), ("2RS", "2RS1", "sealed"))
    joined = f"{d}{rng.choice(('-', ' ', ''))}{said}" if said[:1].isdigit() or said.isupper() or said in ("zz", "2rs") else _join(d, said)
    noun = _pick(region, rng, ("rodamiento", "rodamiento", "cojinete"), ("bearing", "ball bearing", "brg"), co=("balinera", "rodamiento"),
                 cr=("cojinete", "rodamiento"))
    return f"{joined} {noun}" if region in ENGLISH and rng.random() < 0.4 else f"{noun} {joined}"


def _fastener(pins: dict[str, str], region: str, rng: Random) -> str:
    dia, grade = pins["dia"], pins.get("grade")
    en = region in ENGLISH
    g = "" if not grade else (rng.choice((f"grade {grade}", f"Gr. {grade}", f"GR{grade}")) if en else rng.choice((f"grado {grade}", f"G{grade}", f"gr {grade}")))
    d = dia.replace("-", " ")
    if pins["type"] == "nut":
        noun = _pick(region, rng, ("tuerca", "tuerca hexagonal"), ("hex nut", "nut"))
        size = rng.choice((f'{d}"', d, f"{d}-{TPI[dia]}", f"{d} UNC"))
        return _join(noun, size, g)
    length = pins.get("len")
    ln = (length or "").replace("-", " ")
    noun = _pick(region, rng, ("perno", "perno hexagonal", "tornillo hexagonal"), ("hex bolt", "hex cap screw", "HHCS"), co=("tornillo", "tornillo hexagonal"),
                 cr=("tornillo", "perno"))
    if length:
        size = rng.choice((f"{d} x {ln}", f'{d}" x {ln}"', f"{d}x{ln}", f"{d}-{TPI[dia]} x {ln}"))
    else:
        size = rng.choice((f'{d}"', d, f"{d} UNC"))
    return _join(noun, size, g)


def _valve(pins: dict[str, str], region: str, rng: Random) -> str:
    if pins["type"] == "check_valve":
        noun = _pick(region, rng, ("válvula check", "cheque", "válvula de retención", "check de bronce"), ("check valve", "swing check valve", "bronze check valve"))
    else:
        noun = _pick(region, rng, ("válvula de bola", "llave de bola", "válvula de paso de bola", "valvula de bola"), ("ball valve", "bronze ball valve"),
                     co=("válvula de bola", "registro de bola"))
    size = pins.get("size")
    s = "" if not size else rng.choice((_inch(size, region, rng), f"{size.replace('-', ' ')} NPT"))
    return _join(noun, s)


def _breaker(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("breaker", "breaker enchufable", "interruptor termomagnético"), ("breaker", "plug-in breaker", "circuit breaker"),
                 co=("taco", "breaker"), pa=("breaker",))
    amps, poles = pins["amps"], pins.get("poles")
    if not poles:
        return rng.choice((f"{noun} {amps}A", f"{noun} de {amps} amperios" if region not in ENGLISH else f"{noun} {amps} amp", f"{noun} {amps} A"))
    if region in ENGLISH:
        return rng.choice((f"{noun} {poles}-pole {amps}A", f"{poles}P {amps}A {noun}", f"{noun} {poles}P {amps} amp"))
    word = {"1": rng.choice(("1 polo", "un polo", "sencillo")), "2": rng.choice(("2 polos", "doble", "bipolar"))}[poles]
    return rng.choice((f"{noun} {word} {amps}A", f"{noun} {poles}x{amps}", f"{noun} {poles}P {amps}A", f"{noun} de {amps} amperios {word}"))


INCH_DISC = {"4-1/2": ('4 1/2"', '4-1/2"', "4.5"), "7": ('7"', "7 pulg"), "9": ('9"', "9 pulg"), "14": ('14"', "14 pulg")}
THICK = {"0.045": ('0.045"', ".045"), "1/16": ('1/16"', "1/16"), "1/8": ('1/8"', "1/8")}


def _disc(pins: dict[str, str], region: str, rng: Random) -> str:
    d = rng.choice(INCH_DISC[pins["dia"]])
    if pins["type"] == "flap_disc":
        noun = _pick(region, rng, ("disco flap", "disco laminado", "flap"), ("flap disc", "flap disc"))
        grit = pins.get("grit")
        g = "" if not grit else _pick(region, rng, (f"grano {grit}", f"#{grit}", f"G{grit}"), (f"{grit} grit", f"{grit}G"))
        return _join(noun, d, g)
    noun = _pick(region, rng, ("disco de corte", "disco de cortar", "disco corte metal"), ("cut-off wheel", "cutoff disc", "cut off wheel"))
    thick = pins.get("thick")
    t = "" if not thick else f"x {rng.choice(THICK[thick])}"
    return _join(noun, d, t)


SAY = {"shackle": _shackle, "clip": _clip, "turnbuckle": _turnbuckle, "wire_rope": _rope, "chain": _chain, "hoist": _hoist, "lever_hoist": _hoist,
       "sling": _sling, "prox": _prox, "photo": _photo, "limit": _limit, "vfd": _vfd, "relay": _relay, "timer": _timer, "ball": _bearing,
       "bolt": _fastener, "nut": _fastener, "ball_valve": _valve, "check_valve": _valve, "breaker": _breaker, "cut_disc": _disc, "flap_disc": _disc}  # fmt: skip


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The item's words for exactly the pinned facts, the brand where pinned."""
    words = SAY[pins["type"]](pins, region, rng)
    return branded(words, pins.get("brand"), region in ENGLISH, rng, brand_said)


KIND = {
    "shackle": ("grillete", "shackle"), "clip": ("grapa", "wire rope clip"), "turnbuckle": ("tensor", "turnbuckle"), "wire_rope": ("cable de acero", "wire rope"),
    "chain": ("cadena", "chain"), "hoist": ("tecle", "chain hoist"), "lever_hoist": ("tecle de palanca", "lever hoist"), "sling": ("eslinga", "sling"),
    "prox": ("sensor inductivo", "prox sensor"), "photo": ("sensor fotoeléctrico", "photo eye"), "limit": ("final de carrera", "limit switch"),
    "vfd": ("variador", "VFD"), "relay": ("relé", "relay"), "timer": ("temporizador", "timer"), "ball": ("rodamiento", "bearing"), "bolt": ("perno", "bolt"),
    "nut": ("tuerca", "nut"), "ball_valve": ("válvula de bola", "ball valve"), "check_valve": ("válvula check", "check valve"), "breaker": ("breaker", "breaker"),
    "cut_disc": ("disco de corte", "cut-off wheel"), "flap_disc": ("disco flap", "flap disc"),
}  # fmt: skip


def say_kind(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The kind of item only, as a requisition's description cell says it."""
    es, eng = KIND[pins["type"]]
    return eng if en else (es.upper() if rng.random() < 0.3 else es)
