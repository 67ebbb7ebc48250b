"""How catalog 15's buyers name an item: the words for each kind of thing and its facts.

Two ways of writing: `es` is the Spanish of Bolivia and Paraguay, the counter's own trade words
(`rulemán`, `bulón`, `perno`, `arandela grower`, `llave termomagnética`, `térmica`, `disyuntor`,
`válvula esférica`, `llave de paso`, `esclusa`, `cupla`, `piñón`, `cinta aisladora`, `disco de
desbaste`, `botín`, `barbijo`, `overol`, `lentes`), sizes with a decimal comma (`2,5 mm2`,
`115 x 1,6`); `en` is the English of the mine's and the gas contractor's expatriate engineers
(`deep groove bearing`, `HHCS`, `MCB`, `RCD`, `cutting disc`, `hi-vis vest`, `safety boots size
42`), decimals with a point. `say` writes exactly the pinned facts: a fact left out of the pins is
never named, so the label computed from the pins holds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from random import Random

# kind of thing -> (Spanish words, English words)
WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ball_bearing": (("rulemán", "ruleman", "rulemanes", "rodamiento", "rodamiento de bolas"), ("bearing", "ball bearing", "deep groove bearing", "brg")),
    "tapered": (("rulemán cónico", "rodamiento cónico", "rodamiento de rodillos cónicos", "cónico"), ("tapered roller bearing", "taper bearing")),
    "pillow_block": (("chumacera de pie", "chumacera", "soporte de pie"), ("pillow block", "pillow block bearing", "plummer block")),
    "flange4": (("chumacera de brida 4 agujeros", "chumacera 4 huecos", "soporte brida cuadrada"), ("4-bolt flange bearing", "square flange unit")),
    "flange2": (("chumacera de brida 2 agujeros", "chumacera 2 huecos", "soporte brida ovalada"), ("2-bolt flange bearing", "oval flange unit")),
    "v_belt": (("correa", "correa en V", "correa trapezoidal"), ("v-belt", "V belt", "belt")),
    "roller_chain": (("cadena a rodillos", "cadena", "cadena simple"), ("roller chain", "chain")),
    "connecting_link": (("eslabón de unión", "candado de cadena", "unión de cadena"), ("connecting link", "master link")),
    "sprocket": (("piñón", "piñon", "catalina"), ("sprocket",)),
    "hex_bolt": (("bulón", "bulones", "bulon", "perno", "pernos", "tornillo hexagonal"), ("hex bolt", "bolts", "HHCS", "hex cap screw")),
    "hex_nut": (("tuerca", "tuercas", "tuerca hexagonal"), ("hex nut", "nuts")),
    "lock_nut": (("tuerca autofrenante", "tuerca con nylon", "tuerca de seguridad"), ("nylock nut", "lock nut nylon insert")),
    "flat_washer": (("arandela plana", "arandelas planas", "golilla plana"), ("flat washer", "flat washers")),
    "lock_washer": (("arandela grower", "arandela de presión", "grower"), ("lock washer", "split washer")),
    "threaded_rod": (("varilla roscada", "espárrago", "varilla con rosca"), ("threaded rod", "all thread")),
    "anchor": (("anclaje expansivo", "perno de anclaje", "anclaje"), ("wedge anchor", "expansion anchor")),
    "ball_valve": (("válvula esférica", "valvula esferica", "llave de paso", "llave esférica"), ("ball valve",)),
    "gate_valve": (("válvula esclusa", "llave esclusa", "válvula de compuerta"), ("gate valve",)),
    "check_valve": (("válvula de retención", "válvula check", "retención"), ("check valve", "non return valve")),
    "elbow": (("codo", "codo 90", "codos"), ("90 elbow", "elbow")),
    "tee": (("tee", "te"), ("tee",)),
    "coupling": (("cupla", "cuplas", "unión simple"), ("coupling", "socket")),
    "union": (("unión doble", "union doble"), ("union",)),
    "plug": (("tapón macho", "tapon"), ("plug", "male plug")),
    "breaker": (("llave termomagnética", "termomagnética", "térmica", "llave térmica", "breaker"), ("breaker", "MCB", "circuit breaker")),
    "rcd": (("disyuntor diferencial", "disyuntor", "diferencial"), ("RCD", "RCCB", "residual current breaker")),
    "contactor": (("contactor",), ("contactor",)),
    "cable": (("cable unipolar", "cable", "cable flexible"), ("wire", "single core cable", "cable")),
    "multicore": (("cable tipo taller", "cable TPR", "cable taller"), ("multicore cable", "flex cable", "TPR cable")),
    "tape": (("cinta aisladora", "cinta", "teipe"), ("electrical tape", "insulating tape")),
    "cutoff_disc": (("disco de corte", "disco de cortar", "disco corte"), ("cutting disc", "cut-off wheel", "cut off disc")),
    "grinding_disc": (("disco de desbaste", "disco de esmeril", "disco desbaste"), ("grinding disc", "grinding wheel")),
    "flap_disc": (("disco flap", "disco laminado", "flap"), ("flap disc", "flap wheel")),
    "sandpaper": (("lija al agua", "lija", "hoja de lija al agua"), ("wet and dry sandpaper", "sandpaper")),
    "safety_boot": (("botín de seguridad", "botines", "botín", "calzado de seguridad"), ("safety boots", "work boots")),
    "leather_glove": (("guantes de vaqueta", "guantes de cuero", "guante vaqueta"), ("leather gloves", "driver gloves")),
    "coated_glove": (("guantes de nitrilo", "guante recubierto nitrilo", "guantes hyflex"), ("nitrile coated gloves", "nitrile gloves")),
    "hard_hat": (("casco", "casco de seguridad", "cascos"), ("hard hat", "helmet")),
    "safety_glasses": (("lentes de seguridad", "lentes", "gafas de seguridad", "anteojos de seguridad"), ("safety glasses", "safety specs")),
    "earplug": (("tapones auditivos", "tapones de oído", "tapones"), ("ear plugs", "earplugs")),
    "earmuff": (("protector auditivo tipo copa", "orejeras", "fonos"), ("ear muffs", "earmuffs")),
    "n95": (("barbijo N95", "barbijos N95", "respirador N95", "N95"), ("N95 mask", "N95 respirator")),
    "half_mask": (("respirador media cara", "máscara media cara"), ("half mask", "half face respirator")),
    "cartridge": (("cartuchos", "filtros"), ("cartridges", "filters")),
    "vest": (("chaleco reflectivo", "chaleco", "chalecos reflectivos"), ("hi-vis vest", "reflective vest", "safety vest")),
    "coverall": (("overol descartable", "overol tyvek", "mameluco descartable"), ("tyvek coverall", "disposable coverall")),
}  # fmt: skip
SEAL = {"open": (("abierto", "sin sellos", "open"), ("open",)), "2RS": (("2RS", "2rs", "sellado", "con sello de goma"), ("2RS", "sealed", "2rs")),
        "ZZ": (("ZZ", "zz", "blindado", "con tapas"), ("ZZ", "shielded", "2Z"))}  # fmt: skip
GRADE = {"8.8": (("8.8", "clase 8.8", "grado 8.8"), ("8.8", "class 8.8")), "10.9": (("10.9", "clase 10.9", "grado 10.9"), ("10.9", "class 10.9")),
         "5": (("grado 5", "G5"), ("grade 5", "gr5"))}  # fmt: skip
MATERIAL = {"bronze": (("bronce",), ("bronze", "brass")), "ss": (("inox", "acero inoxidable", "inox 316"), ("stainless", "SS316")),
            "pvc": (("PVC", "pvc"), ("PVC",)), "galv": (("galvanizado", "galv", "HºGº", "H.G."), ("galvanized", "galv"))}  # fmt: skip
FINISH = {"zinc": (("zincada", "galvanizada", "zinc"), ("zinc plated", "zinc")), "ss": (("inox", "acero inoxidable"), ("stainless", "SS"))}
COLOUR = {"negro": "black", "rojo": "red", "azul": "blue", "blanco": "white", "verde-amarillo": "green/yellow", "verde": "green",
          "amarillo": "yellow", "naranja": "orange"}  # fmt: skip
COLOUR_ES = {"verde-amarillo": ("verde-amarillo", "verde amarillo", "tierra"), "negro": ("negro", "negra"), "rojo": ("rojo", "roja"),
             "blanco": ("blanco", "blanca"), "amarillo": ("amarillo", "amarilla")}  # fmt: skip
LENS = {"clear": (("claro", "claros", "transparentes"), ("clear",)), "dark": (("oscuro", "oscuros", "negros"), ("dark", "smoke", "tinted")),
        "amber": (("ámbar", "amarillos"), ("amber", "yellow"))}  # fmt: skip
INCH_MM = {"115": "4-1/2", "180": "7", "230": "9", "355": "14"}


def say(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The words for an item with exactly these facts (and nothing more), in `en` or Spanish."""
    t, i, g = pins["type"], int(en), pins.get
    pick = rng.choice
    parts = [pick(WORDS[t][i])]
    if not set(pins) - {"type", "brand"}:  # the kind of thing alone (beside a code or a part number)
        return " ".join([*parts, *([pins["brand"]] if pins.get("brand") else [])])

    def inch(s: str) -> str:
        """A pipe or bolt inch size: `1-1/2`, `1 1/2`, with or without `"` (or `pulg`, `plg`)."""
        s = pick((s, s, s.replace("-", " "))) if "-" in s else s
        return pick((s, f'{s}"', f'{s}"', f"{s} in" if en else pick((f"{s} pulg", f"{s} plg"))))

    def opt(key: str, table: Mapping[str, Sequence[Sequence[str]]]) -> list[str]:
        return [pick(table[pins[key]][i])] if key in pins else []

    def colour(key: str) -> list[str]:
        if key not in pins:
            return []
        c = pins[key]
        return [COLOUR[c] if en else pick(COLOUR_ES.get(c, (c,)))]

    def comma(x: str) -> str:
        """A decimal as each language writes it: `2,5` in Spanish, `2.5` in English."""
        return x if en else x.replace(".", ",")

    if t == "ball_bearing":
        seal = opt("seal", SEAL)
        if seal and seal[0] in ("2RS", "2rs", "ZZ", "zz", "2Z") and rng.random() < 0.6:
            parts.append(f"{g('series')}{pick(('', '-', ' '))}{seal[0]}")
        else:
            parts += [g("series", ""), *seal]
    elif t == "tapered":
        parts.append(g("series", ""))
    elif t in ("pillow_block", "flange4", "flange2"):
        prefix = {"pillow_block": "UCP", "flange4": "UCF", "flange2": "UCFL"}[t]
        size = g("size", "")
        bore = int(size[1:]) * 5
        parts.append(pick((f"{prefix}{size}", f"{prefix} {size}", f"{prefix}-{size}", f"{prefix}{size} eje {bore}" if not en else f"{prefix}{size} {bore}mm shaft")))
    elif t == "v_belt":
        section, length = g("section", ""), g("length")
        if length:
            parts.append(pick((f"{section}{length}", f"{section}-{length}", f"{section} {length}", f"{section}{length}")))
        else:
            parts.append(f"perfil {section}" if not en else f"{section} section")
    elif t in ("roller_chain", "connecting_link"):
        ansi = g("ansi", "")
        parts.append(pick((f"ASA {ansi}", f"{ansi}-1", f"nº {ansi}" if not en else f"#{ansi}", f"ANSI {ansi}")))
    elif t == "sprocket":
        ansi, teeth = g("ansi", ""), g("teeth")
        if teeth:
            parts.append(pick((f"ASA {ansi} {teeth} dientes" if not en else f"ANSI {ansi} {teeth}T", f"{ansi}B{teeth}", f"{ansi} x {teeth}D" if not en else f"{ansi}B{teeth}")))
        else:
            parts.append(pick((f"ASA {ansi}", f"para cadena {ansi}" if not en else f"for #{ansi} chain")))
    elif t == "hex_bolt":
        thread, length = g("thread", ""), g("length")
        if thread.startswith("M"):
            if length:
                parts.append(pick((f"{thread}x{length}", f"{thread} x {length}", f"{thread.lower()}x{length}", f"{thread} x {length}mm")))
            else:
                parts.append(pick((thread, thread.lower())))
        elif length:
            parts.append(pick((f"{thread} x {length}", f'{thread}" x {length}"', f"{thread}x{length}")))
        else:
            parts.append(inch(thread))
        parts += opt("grade", GRADE)
    elif t in ("hex_nut", "lock_nut", "threaded_rod"):
        thread = g("thread", "")
        parts.append(pick((thread, thread.lower())) if thread.startswith("M") else inch(thread))
    elif t in ("flat_washer", "lock_washer"):
        parts.append(inch(g("dia", "")))
        parts += opt("finish", FINISH)
    elif t == "anchor":
        thread, length = g("thread", ""), g("length")
        parts.append(pick((f"{thread}x{length}", f"{thread} x {length}")) if length else thread)
    elif t in ("ball_valve", "gate_valve", "check_valve", "elbow", "tee", "coupling", "union", "plug"):
        sw = inch(g("size", ""))
        mat = opt("material", MATERIAL)
        if "style" in pins:
            mat.append(pick({"spring": (("a resorte", "de resorte"), ("spring",)), "swing": (("a clapeta", "de clapeta"), ("swing",))}[pins["style"]][i]))
        parts += [sw, *mat] if rng.random() < 0.6 else [*mat, sw]
    elif t in ("breaker", "rcd"):
        poles, amps = g("poles"), g("amps", "")
        pw = []
        if poles:
            pw = [pick((f"{poles}P", f"{poles} polos" if poles != "1" else "1 polo", f"{poles}x{amps}A") if not en else (f"{poles}P", f"{poles} pole", f"{poles}-pole"))]
        aw = [] if pw and "x" in pw[0] and not en else [pick((f"{amps}A", f"{amps} A", f"{amps} amp", f"de {amps}A" if not en else f"{amps} amps"))]
        parts += pick(([*pw, *aw], [*aw, *pw]))
        if t == "rcd":
            parts.append(pick(("30mA", "30 mA")))
    elif t == "contactor":
        amps, coil = g("amps", ""), g("coil")
        parts.append(pick((f"{amps}A", f"{amps} A", f"de {amps} amperios" if not en else f"{amps} amps")))
        if coil:
            volts, kind = coil[:-3], coil[-3:]
            parts.append(pick((f"bobina {volts}V{' CC' if kind == 'VDC' else ''}", f"bobina {volts} {'VCC' if kind == 'VDC' else 'VCA'}", f"{volts}{kind}")) if not en
                         else pick((f"{volts}{kind} coil", f"{volts}V {'DC' if kind == 'VDC' else 'AC'} coil")))  # fmt: skip
    elif t == "cable":
        s = comma(g("section", ""))
        parts.append(pick((f"{s}mm2", f"{s} mm2", f"{s} mm²", f"de {s}" if not en else f"{s} sq mm")))
        parts += colour("colour")
    elif t == "multicore":
        cores, s = g("cores"), comma(g("section", ""))
        parts.append(pick((f"{cores}x{s}", f"{cores} x {s}mm2", f"{cores}x{s} mm²")) if cores else pick((f"{s}mm2", f"de {s} mm" if not en else f"{s} mm2")))
    elif t == "tape":
        line = g("line")
        if line:
            parts.append(pick(("33+", "super 33", "Scotch 33") if line == "super33" else ("temflex", "1600", "Temflex 1600")))
        parts += colour("colour")
    elif t in ("cutoff_disc", "grinding_disc", "flap_disc"):
        dia, thick, grit = g("dia", ""), g("thick"), g("grit")
        dw = pick((dia, f"{dia}mm", f"{dia} mm", inch(INCH_MM[dia])))
        if thick:
            tw = comma(thick)
            tw = pick((tw, tw.removesuffix(",0").removesuffix(".0"), f"{tw}mm"))
            parts.append(pick((f"{dw} x {tw}", f"{dw}x{tw}")) if dw.isdigit() else f"{dw} x {tw}")
        else:
            parts.append(dw)
        if grit:
            parts.append(pick((f"grano {grit}", f"G{grit}", f"#{grit}") if not en else (f"{grit} grit", f"P{grit}", f"#{grit}")))
    elif t == "sandpaper":
        grit = g("grit", "")
        parts.append(pick((f"grano {grit}", f"nº {grit}", f"#{grit}", f"{grit}") if not en else (f"{grit} grit", f"P{grit}", f"#{grit}")))
    elif t == "safety_boot":
        if "size" in pins:
            parts.append(pick((f"nº {pins['size']}", f"talla {pins['size']}", f"número {pins['size']}", f"N{pins['size']}") if not en
                              else (f"size {pins['size']}", f"size {pins['size']} (BR)")))  # fmt: skip
        if "toe" in pins:
            parts.append(pick({"steel": (("punta de acero", "puntera de acero"), ("steel toe",)),
                               "composite": (("dieléctrico", "punta composite"), ("dielectric", "composite toe"))}[pins["toe"]][i]))  # fmt: skip
    elif t in ("leather_glove", "coated_glove", "half_mask", "coverall"):
        if "size" in pins:
            parts.append(pick((f"talla {pins['size']}", pins["size"], f"T{pins['size']}") if not en else (f"size {pins['size']}", pins["size"])))
    elif t == "vest":
        parts += colour("colour")
        if "size" in pins:
            parts.append(pick((f"talla {pins['size']}", pins["size"]) if not en else (f"size {pins['size']}", pins["size"])))
    elif t == "hard_hat":
        parts += colour("colour")
    elif t == "safety_glasses":
        parts += opt("lens", LENS)
    elif t == "earplug":
        if "corded" in pins:
            parts.append({"yes": (("con cordón", "con cordon"), ("corded", "with cord")), "no": (("sin cordón", "sin cordon"), ("uncorded", "no cord"))}
                         [pins["corded"]][i][rng.random() < 0.5])  # fmt: skip
    elif t == "earmuff":
        if "mount" in pins:
            parts.append({"headband": (("de vincha", "con vincha"), ("headband",)), "helmet": (("para casco", "de casco"), ("helmet mounted", "cap mount"))}
                         [pins["mount"]][i][0 if en else rng.random() < 0.5])  # fmt: skip
    elif t == "n95":
        if "valve" in pins:
            parts.append({"yes": ("con válvula", "with valve"), "no": ("sin válvula", "no valve")}[pins["valve"]][i])
    elif t == "cartridge":
        parts.append(g("model", ""))
    brand = g("brand")
    if brand:
        parts.append(pick((brand, brand, brand.upper(), brand.lower())))
    return " ".join(p for p in parts if p)
