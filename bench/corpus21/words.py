"""How catalog 21's buyers say an item: Uruguayan WhatsApp Spanish (`uy`), the frigorífico's and the
contractor's purchasing Spanish (`planta`), a Rivera trader's portuñol (`portu`) and a Finnish
engineer's short formal English (`en`). `say` writes exactly the facts pinned, nothing else."""

from __future__ import annotations

from random import Random

from bench.blind.dress import branded

INCH_MM = {"115": '4 1/2"', "180": '7"', "230": '9"'}
POLES = {"1": ("unipolar", "single-pole", "unipolar"), "2": ("bipolar", "double-pole", "bipolar"), "3": ("tripolar", "three-pole", "tripolar")}
COLOUR = {  # colour → (es feminine, en, pt); a `formador de juntas` takes the masculine, the key
    "negro": ("negra", "black", "preto"), "gris": ("gris", "grey", "cinza"), "rojo": ("roja", "red", "vermelho"),
    "azul": ("azul", "blue", "azul"), "transparente": ("transparente", "clear", "transparente"), "cobre": ("cobre", "copper", "cobre"),
}


def _pick(region: str, rng: Random, es: tuple[str, ...], en: tuple[str, ...], pt: tuple[str, ...]) -> str:
    """A word of the region: portuñol mixes its Portuguese words with the Spanish ones."""
    if region == "en":
        return rng.choice(en)
    if region == "portu":
        return rng.choice(pt + pt + es)
    return rng.choice(es)


def _dec(value: str, region: str) -> str:
    """A decimal as the region writes it: `2,5` in Spanish and Portuguese, `2.5` in English."""
    return value if region == "en" else value.replace(".", ",")


def brand_said(brand: str, en: bool, rng: Random) -> str:
    shown = "Del Plata" if brand == "DelPlata" and rng.random() < 0.5 else brand
    return rng.choice((shown, shown, shown.lower() if brand != "3M" else shown))


def _seal(pins: dict[str, str], region: str, rng: Random) -> str:
    shaft, bore, width = pins["size"].split("x")
    size = rng.choice((f"{shaft}x{bore}x{width}", f"{shaft} x {bore} x {width}", f"{shaft}-{bore}-{width}" if region != "en" else f"{shaft}x{bore}x{width} mm"))
    noun = _pick(region, rng, ("retén", "reten", "retén", "sello de aceite"), ("oil seal", "shaft seal", "radial shaft seal"), ("retentor",))
    lip = pins.get("lip")
    lip_said = ""
    if lip:
        words = {"TC": (("doble labio", "TC", "TC"), ("TC double lip", "TC"), ("duplo lábio", "TC")),
                 "SC": (("simple labio", "SC"), ("SC single lip", "SC"), ("lábio simples", "SC")),
                 "TB": (("TB", "caja metálica doble labio"), ("TB metal case",), ("TB",)),
                 "TA": (("TA", "caja metálica simple labio"), ("TA metal case",), ("TA",))}[lip]
        lip_said = _pick(region, rng, *words)
    material = pins.get("material")
    mat = ""
    if material:
        mat = _pick(region, rng, ("NBR", "nitrilo"), ("NBR", "nitrile"), ("NBR",)) if material == "NBR" else _pick(
            region, rng, ("viton", "vitón", "FKM"), ("FKM", "Viton"), ("viton",))
    parts = [noun, size, lip_said, mat] if rng.random() < 0.6 else [noun, lip_said, mat, size]
    return " ".join(x for x in parts if x)


def _oring(pins: dict[str, str], region: str, rng: Random) -> str:
    t = pins["type"]
    noun = _pick(region, rng, ("o-ring", "oring", "o'ring", "orin"), ("O-ring", "O-ring"), ("anel o-ring", "oring"))
    material = pins.get("material")
    mat = ""
    if material:
        nbr = material.startswith("NBR")
        mat = (_pick(region, rng, ("NBR", "NBR 70", "nitrilo"), ("NBR 70", "nitrile 70 Shore"), ("NBR",)) if nbr
               else _pick(region, rng, ("viton", "FKM", "vitón"), ("FKM 75", "Viton 75"), ("viton",)))
    if t == "oring_as":
        dash = pins["dash"]
        code = rng.choice((dash, dash, f"AS568-{dash[2:]}", f"AS {dash}"))
        return " ".join(x for x in (noun, code, mat) if x)
    if t == "oring_mm":
        inner, cs = pins["id"], pins.get("cs")
        if cs:
            c = _dec(cs, region)
            size = rng.choice((f"{inner}x{c}", f"{inner} x {c}", f"{inner} x {c} mm")) if region == "en" or rng.random() < 0.7 else (
                f"DI {inner} sección {c}" if region != "portu" else f"{inner} x {c} mm")
            if region == "en" and rng.random() < 0.4:
                size = f"ID {inner} x CS {c} mm"
        else:
            size = _pick(region, rng, (f"{inner} mm de diámetro interior", f"DI {inner} mm"), (f"ID {inner} mm",), (f"diâmetro interno {inner} mm",))
        return " ".join(x for x in (noun, size, mat) if x)
    kit = _pick(region, rng, ("kit de o-rings", "maletín de orings", "caja surtida de o-rings"), ("O-ring kit", "O-ring assortment"), ("kit de anel o-ring", "kit de oring"))
    system = pins.get("system")
    sys_said = "" if not system else ("AS568" if system == "AS568" else _pick(region, rng, ("métricos", "milimétricos"), ("metric",), ("métrico",)))
    pieces = pins.get("pieces")
    pcs = "" if not pieces else _pick(region, rng, (f"{pieces} piezas", f"{pieces} pzs"), (f"{pieces} pcs", f"{pieces} pieces"), (f"{pieces} peças",))
    return " ".join(x for x in (kit, sys_said, pcs, mat) if x)


KIND_WORDS = {  # kind of anaerobic → (es, en, pt)
    "threadlocker": (("traba rosca", "trabarrosca", "fijador de roscas", "traba tuercas"), ("threadlocker", "thread locker"), ("trava rosca",)),
    "retaining": (("retenedor", "fijador de rodamientos", "retenedor de rulemanes"), ("retaining compound",), ("fixador de rolamentos",)),
    "thread_sealant": (("sellador de roscas", "sellarroscas"), ("thread sealant", "pipe sealant"), ("veda rosca",)),
    "instant": (("adhesivo instantáneo", "pegamento instantáneo"), ("instant adhesive", "superglue"), ("cola instantânea",)),
}


def _size(size: str, region: str, rng: Random) -> str:
    amount, unit = size.split()
    if unit == "g":
        return rng.choice((f"{amount} g", f"{amount} gr", f"{amount}gr", f"de {amount} g" if region != "en" else f"{amount}g"))
    return rng.choice((f"{amount} ml", f"{amount}ml", f"de {amount} ml" if region != "en" else f"{amount} mL", f"x {amount} ml" if region != "en" else f"{amount} ml"))


def _anaerobic(pins: dict[str, str], region: str, rng: Random) -> tuple[str, bool]:
    """The words and whether they already name the maker (its number is only the maker's)."""
    grade, size = pins["number"], pins.get("size")
    maker = "permatex" if len(grade) > 3 else "loctite"
    kind = _pick(region, rng, *KIND_WORDS[pins["type"]])
    if maker == "loctite":
        said = rng.choice((f"loctite {grade}", f"Loctite {grade}", f"{kind} {grade}", f"{kind} loctite {grade}"))
    else:
        said = rng.choice((f"permatex {grade}", f"{kind} permatex {grade}"))
    if size:
        said += " " + _size(size, region, rng)
    return said, maker in said.lower()


def _rtv(pins: dict[str, str], region: str, rng: Random) -> str:
    noun = _pick(region, rng, ("silicona", "silicona RTV", "formador de juntas", "silicona RTV"), ("RTV silicone", "RTV gasket maker"),
                 ("silicone", "silicone RTV"))
    colour = pins.get("colour")
    es = "" if not colour else colour if noun.startswith("formador") else COLOUR[colour][0]
    col = "" if not colour else _pick(region, rng, (es,), (COLOUR[colour][1],), (COLOUR[colour][2],))
    pack = pins.get("pack")
    pk = ""
    if pack == "85 g":
        pk = _pick(region, rng, ("pomo 85 g", "en pomo", "pomo de 85 gr", "pomo chico de 85g"), ("85 g tube", "tube 85 g"), ("bisnaga 85 g", "bisnaga"))
    elif pack == "300 ml":
        pk = _pick(region, rng, ("cartucho 300 ml", "en cartucho", "cartucho de 300ml"), ("300 ml cartridge", "cartridge 300 ml"), ("cartucho 300 ml", "cartucho"))
    if region == "en":
        return " ".join(x for x in (noun, col, pk) if x) if rng.random() < 0.5 else " ".join(x for x in (col, noun, pk) if x)
    return " ".join(x for x in (noun, col, pk) if x)


def _epoxy(pins: dict[str, str], region: str, rng: Random) -> str:
    cure, size = pins["cure"], pins.get("size")
    words = {"5 min": (("epoxi 5 minutos", "pegamento epoxi de 5 min", "adhesivo epoxi rápido 5 min"), ("5 minute epoxy", "5-min epoxy"), ("cola epóxi 5 minutos",)),
             "acero": (("epoxi con acero", "masilla epoxi de acero"), ("steel-filled epoxy",), ("epóxi com aço",)),
             "estructural": (("epoxi estructural", "adhesivo epoxi estructural"), ("structural epoxy adhesive",), ("epóxi estrutural",))}[cure]
    said = _pick(region, rng, *words)
    return said + (" " + _size(size, region, rng) if size else "")


def _bearing(pins: dict[str, str], region: str, rng: Random) -> str:
    d, seal = pins["desig"], pins.get("seal")
    said = ""
    if seal == "ZZ":
        said = _pick(region, rng, ("ZZ", "zz", "2Z", "blindado"), ("2Z", "ZZ"), ("ZZ", "blindado"))
    elif seal == "2RS":
        said = _pick(region, rng, ("2RS", "2rs", "sellado"), ("2RS", "2RSH"), ("2RS", "vedado"))
    elif seal == "abierto":
        said = _pick(region, rng, ("abierto", "sin tapas"), ("open",), ("aberto",))
    joined = f"{d}{rng.choice(('-', ' ', ''))}{said}" if said[:1].isdigit() or said.isupper() or said in ("zz", "2rs") else f"{d} {said}".strip()
    noun = _pick(region, rng, ("rulemán", "ruleman", "rulemán", "rodamiento"), ("bearing", "ball bearing", "deep groove ball bearing"), ("rolamento",))
    return f"{joined} {noun}" if region == "en" and rng.random() < 0.4 else f"{noun} {joined}"


def _fastener(pins: dict[str, str], region: str, rng: Random) -> str:
    dia, grade = pins["dia"], pins.get("grade")
    if pins["type"] == "nut":
        noun = _pick(region, rng, ("tuerca", "tuerca hexagonal", "tuercas"), ("hex nut",), ("porca", "porca sextavada"))
        g = "" if not grade else (_pick(region, rng, ("inox", "acero inoxidable", "A2"), ("A2 stainless", "A2"), ("inox",)) if grade == "A2"
                                  else _pick(region, rng, ("clase 8", "zincada"), ("class 8", "zinc plated"), ("classe 8",)))
        return " ".join(x for x in (noun, dia, g) if x)
    length = pins.get("len")
    size = dia if not length else rng.choice((f"{dia}x{length}", f"{dia} x {length}", f"{dia} x {length} mm"))
    noun = _pick(region, rng, ("bulón", "bulon", "bulón hexagonal", "bulones"), ("hex bolt", "hex head bolt", "DIN 933 bolt"), ("parafuso", "parafuso sextavado"))
    g = ""
    if grade == "8.8":
        g = _pick(region, rng, ("8.8", "8.8 zincado", "clase 8.8"), ("8.8", "class 8.8 zinc"), ("8.8",))
    elif grade == "A2":
        g = _pick(region, rng, ("inox", "A2", "acero inoxidable"), ("A2 stainless", "A2-70"), ("inox",))
    return " ".join(x for x in (noun, size, g) if x)


def _mcb(pins: dict[str, str], region: str, rng: Random) -> str:
    amps, poles = pins["amps"], pins.get("poles")
    noun = _pick(region, rng, ("termomagnética", "llave térmica", "térmica", "llave termomagnética"), ("MCB", "miniature circuit breaker"), ("disjuntor",))
    if not poles:
        return rng.choice((f"{noun} {amps}A", f"{noun} {amps} A", f"{noun} de {amps} amperes" if region != "en" else f"{noun} {amps} amp"))
    word = POLES[poles][1 if region == "en" else 2 if region == "portu" else 0]
    if region == "en":
        return rng.choice((f"{noun} {poles}P {amps}A C-curve", f"{word} {amps} A {noun}"))
    return rng.choice((f"{noun} {poles}x{amps}", f"{noun} {poles}P {amps}A", f"{noun} {word} {amps} A", f"{noun} {poles} polos {amps}A"))


def _disc(pins: dict[str, str], region: str, rng: Random) -> str:
    dia = pins["dia"]
    d = INCH_MM[dia] if rng.random() < 0.25 else (f"{dia} mm" if rng.random() < 0.4 else dia)
    if pins["type"] == "flap_disc":
        grit = pins.get("grit")
        noun = _pick(region, rng, ("disco flap", "flap", "disco laminado"), ("flap disc",), ("disco flap",))
        g = "" if not grit else _pick(region, rng, (f"grano {grit}", f"g{grit}", f"#{grit}"), (f"{grit} grit", f"P{grit}"), (f"grão {grit}",))
        return " ".join(x for x in (noun, d, g) if x)
    thick = pins.get("thick")
    noun = _pick(region, rng, ("disco de corte", "disco corte", "disco de cortar"), ("cut-off wheel", "cutting disc"), ("disco de corte",))
    t = "" if not thick else rng.choice((f"x {_dec(thick, region)}", f"x {_dec(thick, region)} mm"))
    return " ".join(x for x in (noun, d, t) if x)


def _valve(pins: dict[str, str], region: str, rng: Random) -> str:
    size = pins.get("size")
    s = "" if not size else rng.choice((size.replace("-", " "), f'{size.replace("-", " ")}"', f"{size.replace('-', ' ')} pulgada" if region != "en" else f"{size} in"))
    if pins["type"] == "check_valve":
        noun = _pick(region, rng, ("válvula de retención", "válvula check", "retención"), ("check valve", "swing check valve"), ("válvula de retenção",))
    else:
        noun = _pick(region, rng, ("llave esférica", "llave de paso esférica", "válvula esférica"), ("ball valve", "BSP ball valve"), ("registro de esfera", "válvula esfera"))
    return f"{noun} {s}".strip()


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The item's words for exactly the pinned facts, the brand where pinned."""
    t = pins["type"]
    named = False
    if t == "oil_seal":
        words = _seal(pins, region, rng)
    elif t in ("oring_as", "oring_mm", "oring_kit"):
        words = _oring(pins, region, rng)
    elif t in ("threadlocker", "retaining", "thread_sealant", "instant"):
        words, named = _anaerobic(pins, region, rng)
    elif t == "rtv":
        words = _rtv(pins, region, rng)
    elif t == "epoxy":
        words = _epoxy(pins, region, rng)
    elif t == "ball":
        words = _bearing(pins, region, rng)
    elif t in ("bolt", "nut"):
        words = _fastener(pins, region, rng)
    elif t == "mcb":
        words = _mcb(pins, region, rng)
    elif t in ("cut_disc", "flap_disc"):
        words = _disc(pins, region, rng)
    else:
        words = _valve(pins, region, rng)
    return branded(words, None if named else pins.get("brand"), region == "en", rng, brand_said)


KIND = {
    "oil_seal": ("retén", "oil seal"), "oring_as": ("o-ring", "O-ring"), "oring_mm": ("o-ring métrico", "metric O-ring"),
    "oring_kit": ("kit o-rings", "O-ring kit"), "threadlocker": ("traba rosca", "threadlocker"), "retaining": ("retenedor", "retaining compound"),
    "thread_sealant": ("sellador de roscas", "thread sealant"), "instant": ("adhesivo instantáneo", "instant adhesive"),
    "rtv": ("silicona", "RTV silicone"), "epoxy": ("epoxi", "epoxy"), "ball": ("rulemán", "bearing"), "bolt": ("bulón", "bolt"),
    "nut": ("tuerca", "nut"), "mcb": ("termomagnética", "circuit breaker"), "cut_disc": ("disco de corte", "cut-off wheel"),
    "flap_disc": ("disco flap", "flap disc"), "ball_valve": ("llave esférica", "ball valve"), "check_valve": ("válvula retención", "check valve"),
}  # fmt: skip


def say_kind(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The kind of item only, as a requisition's description cell says it."""
    es, eng = KIND[pins["type"]]
    return eng if en else (es.upper() if rng.random() < 0.3 else es)
