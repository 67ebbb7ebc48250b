"""How catalog 14's buyers name an item: the words for each kind of thing and its facts.

Two ways of writing: `es` is Puerto Rico's Spanish, which takes the trade's English nouns as they
come off the box (`bearing`, `breaker`, `washer`, `wire`, `pillow block`, `flap disc`, `tape`,
`all thread`) beside Spanish ones (`tornillo`, `tuerca`, `codo`, `alambre`, `espejuelos de
seguridad`, `mameluco`, `catalina`), says `sencillo` / `doble` for a breaker's one or two poles,
and writes numbers the US way (`1,000`, `.045`); `en` is the plants' and the utility contractor's
English (`HHCS`, `SAE flat washer`, `TC gasket`, `bunny suit`). `say` writes exactly the pinned
facts: a fact left out of the pins is never named, so the label computed from the pins holds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from random import Random

# kind of thing -> (Spanish words, English words)
WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ball_bearing": (("bearing", "bearings", "rodamiento", "cojinete"), ("bearing", "ball bearing", "brg")),
    "pillow_block": (("pillow block", "chumacera", "chumacera de piso"), ("pillow block", "pillow block bearing", "P/B")),
    "flange4": (("flange de 4 huecos", "chumacera de 4 huecos", "flange bearing de 4"), ("4-bolt flange bearing", "4 bolt flange unit")),
    "flange2": (("flange de 2 huecos", "chumacera de 2 huecos"), ("2-bolt flange bearing", "2 bolt flange unit")),
    "tapered_set": (("bearing cónico", "tapered", "cono y copa"), ("tapered bearing", "tapered roller bearing")),
    "v_belt": (("correa", "belt", "correa en V"), ("v-belt", "belt", "V belt")),
    "roller_chain": (("cadena", "cadena de rodillo", "chain"), ("roller chain", "chain")),
    "connecting_link": (("candado de cadena", "master link", "eslabón"), ("connecting link", "master link")),
    "sprocket": (("sprocket", "catalina", "estrella"), ("sprocket",)),
    "hex_cap_screw": (("tornillo", "tornillos", "bolt", "tornillo hex"), ("hex cap screw", "HHCS", "hex bolt")),
    "hex_nut": (("tuerca", "tuercas", "nut"), ("hex nut", "nuts")),
    "lock_nut": (("tuerca de nylon", "nylock", "tuerca con nylon"), ("nylock nut", "nylon lock nut")),
    "flat_sae": (("washer SAE", "arandela plana SAE", "washers SAE"), ("SAE flat washer", "flat washer SAE")),
    "flat_uss": (("washer USS", "arandela plana USS"), ("USS flat washer", "flat washer USS")),
    "split_lock": (("lock washer", "arandela de presión", "washer de presión"), ("split lock washer", "lock washer")),
    "wedge_anchor": (("anclaje", "wedge anchor", "ancla de expansión"), ("wedge anchor", "concrete anchor")),
    "threaded_rod": (("varilla roscada", "all thread", "rosca corrida"), ("all thread", "threaded rod")),
    "ball_valve": (("válvula de bola", "ball valve", "llave de paso"), ("ball valve",)),
    "tc_ferrule": (("ferrule", "férula tri-clamp", "ferrule sanitario"), ("tri-clamp ferrule", "TC ferrule", "ferrule")),
    "tc_clamp": (("clamp", "abrazadera tri-clamp", "clamp sanitario"), ("tri-clamp clamp", "TC clamp", "13MHH clamp")),
    "tc_gasket": (("gasket", "empaque tri-clamp", "gasket sanitario"), ("tri-clamp gasket", "TC gasket")),
    "elbow": (("codo", "codo 90", "elbow"), ("90 elbow", "elbow", "90 ell")),
    "tee": (("tee", "te"), ("tee",)),
    "coupling": (("acople", "coupling", "cople"), ("coupling",)),
    "cap": (("tapa", "cap"), ("cap",)),
    "male_adapter": (("adaptador macho", "male adapter"), ("male adapter", "MA")),
    "breaker": (("breaker", "breakers", "braker"), ("breaker", "circuit breaker")),
    "thhn": (("wire", "alambre", "cable THHN", "alambre THHN"), ("THHN", "THHN wire", "wire")),
    "emt": (("tubo EMT", "EMT", "conduit EMT"), ("EMT", "EMT conduit")),
    "emt_connector": (("conector EMT", "connector EMT"), ("EMT connector",)),
    "emt_coupling": (("coupling EMT", "unión EMT"), ("EMT coupling",)),
    "wire_nut": (("wire nuts", "wirenuts", "conectores de alambre"), ("wire nuts", "wire connectors")),
    "tape": (("tape", "cinta eléctrica", "tape eléctrico"), ("electrical tape", "tape")),
    "contactor": (("contactor",), ("contactor",)),
    "cutoff_wheel": (("disco de corte", "cut off", "disco de cortar"), ("cut-off wheel", "cutoff disc", "cut off wheel")),
    "grinding_wheel": (("disco de esmerilar", "disco de desbaste", "piedra de esmeril"), ("grinding wheel", "grinding disc")),
    "flap_disc": (("flap disc", "disco flap", "flapper"), ("flap disc", "flap wheel")),
    "hook_loop_disc": (("disco de lija velcro", "lija velcro", "discos hook and loop"), ("hook and loop disc", "5 inch sanding disc")),
    "sandpaper": (("lija de agua", "papel de lija", "lija"), ("wet/dry sandpaper", "sandpaper")),
    "nitrile_glove": (("guantes de nitrilo", "nitrilo", "guantes nitrile"), ("nitrile gloves",)),
    "cut_glove": (("guantes anticorte", "guantes cut resistant", "guantes de corte"), ("cut resistant gloves", "cut gloves")),
    "leather_glove": (("guantes de cuero", "guantes de piel"), ("leather gloves", "driver gloves")),
    "coverall": (("mameluco", "tyvek", "coverall"), ("coverall", "Tyvek coverall", "bunny suit")),
    "safety_glasses": (("gafas de seguridad", "espejuelos de seguridad", "safety glasses"), ("safety glasses",)),
    "earplug": (("tapones de oído", "earplugs", "tapones"), ("ear plugs", "earplugs")),
    "hard_hat": (("casco", "hard hat"), ("hard hat",)),
    "n95": (("mascarilla N95", "N95"), ("N95 mask", "N95")),
    "half_mask": (("respirador", "respirador de media cara"), ("half mask respirator", "half face respirator")),
    "cartridge": (("cartuchos", "filtros"), ("cartridges", "filters")),
}  # fmt: skip
SEAL = {"open": (("abierto", "open", "sin sello"), ("open",)), "2RS": (("2RS", "2rs", "sellado", "doble sello"), ("2RS", "sealed", "2rs")),
        "ZZ": (("ZZ", "zz", "blindado", "2Z"), ("ZZ", "shielded", "2Z"))}  # fmt: skip
GRADE = {"5": (("gr5", "grado 5", "G5"), ("gr 5", "grade 5", "G5")), "8": (("gr8", "grado 8", "G8"), ("gr 8", "grade 8", "G8")),
         "ss": (("inox", "stainless", "acero inoxidable", "18-8"), ("stainless", "18-8 SS", "SS"))}  # fmt: skip
MATERIAL = {"zinc": (("galv", "zinc", "galvanizada"), ("zinc", "zinc plated")), "ss": (("inox", "stainless"), ("stainless", "SS")),
            "brass": (("bronce", "brass"), ("brass",)), "316": (("inox 316", "stainless", "316 SS"), ("316 SS", "stainless", "316")),
            "pvc": (("PVC", "pvc", "pvc sch 40"), ("PVC", "sch 40 PVC")), "galv": (("galvanizado", "galv"), ("galv", "galvanized")),
            "EPDM": (("EPDM", "epdm"), ("EPDM",)), "silicone": (("silicón", "silicone"), ("silicone",)), "viton": (("viton", "Viton"), ("Viton", "FKM")),
            "ptfe": (("teflón", "PTFE"), ("PTFE", "teflon"))}  # fmt: skip
COLOUR = {"black": ("negro", "black"), "white": ("blanco", "white"), "red": ("rojo", "red"), "green": ("verde", "green"),
          "blue": ("azul", "blue"), "yellow": ("amarillo", "yellow"), "orange": ("anaranjado", "orange"), "grey": ("gris", "grey")}  # fmt: skip
PLURAL = {"negro": "negros", "blanco": "blancos", "rojo": "rojos", "verde": "verdes", "azul": "azules", "amarillo": "amarillos",
          "anaranjado": "anaranjados", "gris": "grises"}  # fmt: skip
FEMININE = {"negro": "negra", "blanco": "blanca", "rojo": "roja", "amarillo": "amarilla", "anaranjado": "anaranjada"}
LENS = {"clear": (("claros", "clear", "transparentes"), ("clear",)), "grey": (("oscuros", "grises", "smoke"), ("grey", "gray", "smoke")),
        "indoor/outdoor": (("indoor/outdoor", "I/O"), ("indoor/outdoor", "I/O"))}  # fmt: skip
SIZE_ES = {"S": ("small", "talla S", "S"), "M": ("mediano", "talla M", "M", "medium"), "L": ("grande", "talla L", "L", "large"),
           "XL": ("XL", "talla XL", "extra large"), "2XL": ("2XL", "XXL"), "3XL": ("3XL", "XXXL")}  # fmt: skip
SIZE_EN = {"S": ("small", "size S", "S"), "M": ("medium", "size M", "M"), "L": ("large", "size L", "L"), "XL": ("XL", "size XL", "x-large"),
           "2XL": ("2XL", "XXL"), "3XL": ("3XL", "XXXL")}  # fmt: skip
PREFIX = {"pillow_block": "UCP", "flange4": "UCF", "flange2": "UCFL"}
SIXTEENTHS = {"3/4": "12", "1": "16", "1-1/8": "18", "1-3/16": "19", "1-1/4": "20", "1-7/16": "23", "1-1/2": "24", "1-3/4": "28",
              "1-15/16": "31", "2": "32"}  # fmt: skip


def say(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The words for an item with exactly these facts (and nothing more), in `en` or Spanish."""
    t, i, g = pins["type"], int(en), pins.get
    pick = rng.choice
    parts = [pick(WORDS[t][i])]
    if not set(pins) - {"type", "brand"}:  # the kind of thing alone (beside a code or a part number)
        return " ".join([*parts, *([pins["brand"]] if pins.get("brand") else [])])

    def inch(s: str) -> str:
        """An inch size: `1-1/2`, `1 1/2`, with or without `"` (or `pulg`)."""
        s = pick((s, s, s.replace("-", " "))) if "-" in s else s
        return pick((s, f'{s}"', f'{s}"', f"{s} in" if en else f"{s} pulg"))

    def opt(key: str, table: Mapping[str, Sequence[Sequence[str]]]) -> list[str]:
        return [pick(table[pins[key]][i])] if key in pins else []

    def size(key: str) -> list[str]:
        return [pick((SIZE_EN if en else SIZE_ES)[pins[key]])] if key in pins else []

    def colour(key: str, feminine: bool = False, plural: bool = False) -> list[str]:
        if key not in pins:
            return []
        word = COLOUR[pins[key]][i]
        if not en and plural:
            return [PLURAL.get(word, word)]
        return [FEMININE.get(word, word) if not en and feminine else word]

    if t == "ball_bearing":
        seal = opt("seal", SEAL)
        if seal and seal[0] in ("2RS", "2rs", "ZZ", "zz", "2Z") and rng.random() < 0.6:
            parts.append(f"{g('series')}{pick(('', '-', ' '))}{seal[0]}")
        else:
            parts += [g("series", ""), *seal]
    elif t in PREFIX:
        bore = g("bore")
        if bore and rng.random() < 0.4:
            parts.append(pick((f"{PREFIX[t]}{g('size')}-{SIXTEENTHS[bore]}", f"{PREFIX[t]}{g('size')}-{SIXTEENTHS[bore]}".lower())))
        else:
            parts.append(pick((f"{PREFIX[t]}{g('size')}", f"{PREFIX[t]} {g('size')}")))
            if bore:
                parts.append(pick((f"{inch(bore)} bore", f"eje {inch(bore)}" if not en else f"{inch(bore)} shaft", inch(bore))))
    elif t == "tapered_set":
        n = g("set", "")[3:]
        parts.append(pick((f"SET {n}", f"set{n}", f"set #{n}", f"Set{n}")))
    elif t == "v_belt":
        section, length = g("section", ""), g("length")
        if length:
            parts.append(pick((f"{section}{length}", f"{section}-{length}", f"{section} {length}")))
        else:
            parts.append(f"sección {section}" if not en else f"{section} section")
    elif t in ("roller_chain", "connecting_link"):
        ansi = g("ansi", "")
        parts.append(pick((f"#{ansi}", f"ANSI {ansi}", f"{ansi}-1", f"# {ansi}")))
    elif t == "sprocket":
        ansi, teeth = g("ansi", ""), g("teeth", "")
        parts.append(pick((f"{ansi}B{teeth}", f"{ansi}B{teeth}", f"{ansi}B {teeth} dientes" if not en else f"{ansi}B {teeth}T")))
    elif t == "hex_cap_screw":
        dia, length = g("dia", ""), g("length")
        unc = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}[dia]
        if length:
            parts.append(pick((f"{dia} x {length}", f'{dia}" x {length}"', f"{dia}-{unc} x {length}", f"{dia}x{length}")))
        else:
            parts.append(pick((inch(dia), f"{dia}-{unc}")))
        parts += opt("grade", GRADE)
    elif t in ("hex_nut", "lock_nut"):
        parts.append(inch(g("dia", "")))
        parts += opt("grade", GRADE)
    elif t in ("flat_sae", "flat_uss", "split_lock"):
        parts.append(inch(g("dia", "")))
        parts += opt("material", MATERIAL)
    elif t == "wedge_anchor":
        dia, length = g("dia", ""), g("length")
        parts.append(pick((f"{dia} x {length}", f'{dia}" x {length}"')) if length else inch(dia))
    elif t == "threaded_rod":
        dia, feet = g("dia", ""), g("feet")
        parts.append(inch(dia))
        if feet:
            parts.append(pick((f"x {feet}'", f"x {feet} ft", f"de {feet} pies" if not en else f"{feet} foot")))
    elif t in ("ball_valve", "elbow", "tee", "coupling", "cap", "male_adapter", "tc_ferrule", "tc_clamp", "tc_gasket"):
        sw = inch(g("size", ""))
        mat = opt("material", MATERIAL)
        parts += [sw, *mat] if rng.random() < 0.6 else [*mat, sw]
    elif t == "breaker":
        poles, amps, line = g("poles"), g("amps", ""), g("line")
        pw = []
        if poles:
            single = {"1": ("sencillo", "1 polo", "1P", "de 1 polo"), "2": ("doble", "2 polos", "2P", "de 2 polos"), "3": ("3 polos", "3P", "trifásico")}
            single_en = {"1": ("single pole", "1P", "1-pole"), "2": ("double pole", "2P", "2-pole"), "3": ("3 pole", "3P")}
            pw = [pick((single_en if en else single)[poles])]
        aw = pick((f"{amps}A", f"{amps} amp", f"{amps} amps", f"de {amps} amps" if not en else f"{amps}amp"))
        lw = [pick((line, line.lower()))] if line else []
        parts += pick(([*lw, *pw, aw], [*lw, aw, *pw], [aw, *pw, *lw]))
    elif t == "thhn":
        gw = pick((f"#{g('gauge')}", f"{g('gauge')} AWG", f"calibre {g('gauge')}" if not en else f"{g('gauge')} ga", f"# {g('gauge')}"))
        cw = colour("colour")
        parts += [gw, *cw] if rng.random() < 0.7 else [*cw, gw]
    elif t == "emt":
        parts.append(inch(g("size", "")))
    elif t in ("emt_connector", "emt_coupling"):
        parts.append(inch(g("size", "")))
        if "style" in pins:
            parts.append(pick({"set_screw": (("set screw", "de tornillo"), ("set screw", "SS")),
                               "compression": (("de compresión", "compression"), ("compression", "comp"))}[pins["style"]][i]))  # fmt: skip
    elif t == "wire_nut":
        parts += colour("colour", plural=True)
    elif t == "tape":
        line = g("line")
        if line:
            parts.append(pick(("33+", "super 33", "Super 33+") if line == "super33" else ("temflex", "1700", "Temflex 1700")))
        parts += colour("colour", feminine=parts[0].startswith("cinta"))
    elif t == "contactor":
        amps, coil = g("amps", ""), g("coil")
        parts.append(pick((f"{amps}A", f"{amps} amp", f"de {amps} amps" if not en else f"{amps} amps")))
        if coil:
            volts = coil[:-3]
            kind = coil[-3:]
            parts.append(pick((f"bobina {volts}V{' DC' if kind == 'VDC' else ''}", f"{volts}{kind}", f"coil {volts}{kind}")) if not en
                         else pick((f"{volts}{kind} coil", f"{volts}V {'DC' if kind == 'VDC' else 'AC'} coil")))  # fmt: skip
    elif t in ("cutoff_wheel", "grinding_wheel", "flap_disc"):
        dia, thick, shape, grit = g("dia", ""), g("thick"), g("shape"), g("grit")
        parts.append(pick((inch(dia), f"{dia}\"", "4.5" if dia == "4-1/2" else dia)))
        if thick:
            parts.append(pick((f"x {thick}", f"x {thick}\"", thick)))
        if shape:
            parts.append(pick((f"T{shape}", f"tipo {shape}" if not en else f"type {shape}", f"type {shape}")))
        if grit:
            parts.append(pick((f"grit {grit}", f"#{grit}", f"grano {grit}" if not en else f"{grit} grit", f"{grit}g")))
    elif t in ("hook_loop_disc", "sandpaper"):
        grit = g("grit", "")
        parts.append(pick((f"grit {grit}", f"#{grit}", f"grano {grit}" if not en else f"{grit} grit", f"P{grit}")))
    elif t in ("nitrile_glove", "cut_glove", "leather_glove", "half_mask"):
        parts += size("size")
    elif t == "coverall":
        parts += size("size")
        if "hood" in pins:
            parts.append({"yes": (("con capucha", "con hood y botas"), ("with hood", "hooded")),
                          "no": (("sin capucha", "de cuello"), ("no hood", "collar"))}[pins["hood"]][i][rng.random() < 0.5])  # fmt: skip
    elif t == "safety_glasses":
        parts += opt("lens", LENS)
    elif t == "earplug":
        if "corded" in pins:
            parts.append({"yes": (("con cordón", "con cordon"), ("corded", "corded")), "no": (("sin cordón", "sin cordon"), ("uncorded", "no cord"))}
                         [pins["corded"]][i][rng.random() < 0.5])  # fmt: skip
    elif t == "hard_hat":
        parts += colour("colour")
    elif t == "n95":
        if "valve" in pins:
            parts.append({"yes": ("con válvula", "with valve"), "no": ("sin válvula", "no valve")}[pins["valve"]][i])
    elif t == "cartridge":
        parts.append(g("model", ""))
    brand = g("brand")
    if brand:
        parts.append(pick((brand, brand, brand.upper(), brand.lower())))
    return " ".join(p for p in parts if p)
