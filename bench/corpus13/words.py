"""How catalog 13's buyers name an item: the words for each kind of thing and its facts.

Three ways of writing: `es` is the Colombian Spanish of Antioquia, Bogotá and the Caribbean coast
(`balinera`, `guasa`, `chazo`, `taco`, `registro`, `encauchetado`, `taipe`, `microalambre`,
`carnaza`, `tapaoídos`, inch fractions with or without `"`, decimals with a comma); `en` is
the American and British engineers of the oil and coal companies (`pillow block`, `lock washer`,
`wedge anchor`, `.035 MIG wire`, decimals with a point). `say` writes exactly the pinned facts:
a fact left out of the pins is never named, so the label computed from the pins holds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from random import Random

# kind of thing -> (Spanish words, English words)
WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "balinera": (("balinera", "balineras", "rodamiento", "bal."), ("bearing", "ball bearing", "brg")),
    "chumacera_piso": (("chumacera", "chumacera de piso", "chumacera piso"), ("pillow block", "pillow block bearing")),
    "chumacera_pared": (("chumacera de pared", "chumacera pared", "chumacera 4 huecos"), ("4 bolt flange bearing", "flange bearing")),
    "correa": (("correa", "correa en V", "banda"), ("V-belt", "v belt", "vee belt")),
    "cadena": (("cadena", "cadena de rodillos", "cadena sencilla"), ("roller chain", "chain")),
    "eslabon": (("eslabón", "candado de cadena", "eslabon de union"), ("connecting link", "master link")),
    "tornillo_hex": (("tornillo", "tornillos", "tornillo hex", "tornillo hexagonal"), ("hex bolt", "hex cap screw", "HHCS")),
    "tornillo_metrico": (("tornillo", "tornillo hex", "tornillos milimétricos"), ("metric hex bolt", "hex bolt")),
    "tuerca": (("tuerca", "tuercas", "tuerca hexagonal"), ("hex nut", "nut")),
    "tuerca_seguridad": (("tuerca de seguridad", "tuerca con nylon", "tuerca nylon"), ("nylock nut", "nyloc nut", "lock nut")),
    "guasa_plana": (("guasa", "guasas", "guasa plana", "arandela plana"), ("flat washer", "flat washers")),
    "guasa_presion": (("guasa de presión", "guasa presion", "arandela de presión"), ("lock washer", "split lock washer")),
    "varilla_roscada": (("varilla roscada", "varilla rosca corrida"), ("threaded rod", "all thread rod")),
    "chazo": (("chazo", "chazos", "chazo expansivo", "chazo de expansión"), ("wedge anchor", "anchor bolt")),
    "registro": (("registro", "registro de bola", "válvula de bola", "llave de paso"), ("ball valve",)),
    "cheque": (("cheque", "válvula cheque", "válvula de cheque"), ("check valve", "swing check valve")),
    "codo": (("codo", "codo 90", "codos"), ("90 elbow", "elbow")),
    "tee": (("tee", "te"), ("tee",)),
    "union": (("unión universal", "universal", "union universal"), ("union",)),
    "niple": (("niple", "niple corto"), ("close nipple", "nipple")),
    "tapon": (("tapón", "tapón macho", "tapon"), ("plug", "pipe plug")),
    "buje": (("buje", "buje reducción", "buje de reduccion"), ("reducing bushing", "hex bushing")),
    "taco": (("taco", "taco enchufable", "breaker enchufable", "tacos"), ("plug-in breaker", "plug-on breaker")),
    "breaker_riel": (("breaker riel", "breaker de riel", "automático de riel", "minibreaker"), ("DIN rail breaker", "MCB")),
    "contactor": (("contactor", "contactores"), ("contactor",)),
    "thhn": (("cable THHN", "cable", "thhn", "cable thhn"), ("THHN wire", "THHN")),
    "encauchetado": (("encauchetado", "cable encauchetado", "cable encauchetado"), ("SJ cord", "flexible cord", "power cord")),
    "cinta_aislante": (("cinta aislante", "taipe", "cinta"), ("electrical tape", "vinyl tape")),
    "disco_corte": (("disco de corte", "disco corte", "disco para cortar"), ("cut-off wheel", "cutting disc")),
    "disco_pulir": (("disco de pulir", "disco pulidora", "disco desbaste"), ("grinding wheel", "grinding disc")),
    "disco_flap": (("disco flap", "flap", "disco flap de lija"), ("flap disc",)),
    "lija_agua": (("lija de agua", "lija al agua", "pliego lija agua"), ("wet and dry sandpaper", "wet/dry paper")),
    "electrodo": (("soldadura", "electrodo", "electrodos", "varilla de soldadura"), ("welding rod", "electrodes", "stick rod")),
    "alambre_mig": (("alambre MIG", "microalambre", "alambre mig"), ("MIG wire", "mig wire")),
    "guante_carnaza": (("guantes de carnaza", "guante carnaza", "carnaza"), ("split leather gloves", "leather gloves")),
    "guante_vaqueta": (("guante de vaqueta", "guantes vaqueta", "guante ingeniero vaqueta"), ("leather driver gloves", "driver gloves")),
    "guante_nitrilo": (("guantes de nitrilo", "guante nitrilo desechable", "nitrilo"), ("nitrile gloves",)),
    "gafas": (("gafas", "gafas de seguridad", "lentes de seguridad"), ("safety glasses", "safety specs")),
    "casco": (("casco", "casco dieléctrico", "cascos"), ("hard hat",)),
    "tapaoidos": (("tapaoídos", "tapa oídos", "tapones auditivos"), ("ear plugs", "earplugs")),
    "bota": (("botas", "botas de seguridad", "bota punta de acero"), ("safety boots", "steel toe boots")),
    "respirador": (("respirador", "respirador media cara", "media cara"), ("half mask respirator", "half face respirator")),
    "filtro": (("filtros", "cartuchos", "filtro"), ("filters", "cartridges")),
}  # fmt: skip
SEAL = {"abierta": (("abierta", "sin sello", "open"), ("open",)),
        "2RS": (("2RS", "2rs", "sellada", "doble sello"), ("2RS", "sealed", "2rs")),
        "ZZ": (("ZZ", "zz", "tapada", "doble tapa"), ("ZZ", "shielded", "2Z"))}  # fmt: skip
FINISH = {"galvanizado": (("galvanizado", "galv", "galvanizados"), ("galvanized", "zinc")),
          "negro": (("negro", "pavonado"), ("black", "plain finish"))}  # fmt: skip
MATERIAL = {"bronce": (("bronce", "en bronce"), ("bronze",)), "pvc": (("pvc", "PVC presión"), ("PVC",)),
            "galvanizado": (("galvanizado", "galv", "galv."), ("galvanized", "galv"))}  # fmt: skip
COLOUR = {"negro": ("negro", "black"), "blanco": ("blanco", "white"), "rojo": ("rojo", "red"), "verde": ("verde", "green"),
          "azul": ("azul", "blue"), "amarillo": ("amarillo", "yellow")}  # fmt: skip
FEMININE = {"negro": "negra", "blanco": "blanca", "rojo": "roja", "amarillo": "amarilla"}
LENS = {"clara": (("claras", "lente claro", "transparentes"), ("clear",)), "oscura": (("oscuras", "lente oscuro"), ("dark", "smoke")),
        "espejada": (("espejadas", "lente espejado"), ("mirror", "mirrored"))}  # fmt: skip
DISC_IN = {"115": "4-1/2", "178": "7", "230": "9", "355": "14"}
MIG_IN = {"0.8": ".030", "0.9": ".035", "1.2": ".045"}
ROD_MM = {"3/32": "2,4", "1/8": "3,2", "5/32": "4"}
SIZE_EN = {"S": "small", "M": "medium", "L": "large", "XL": "XL"}


def comma(value: str, en: bool) -> str:
    """A decimal as the buyer writes it: `1,6` in Colombia, `1.6` in English."""
    return value if en else value.replace(".", ",")


def say(pins: dict[str, str], en: bool, rng: Random) -> str:
    """The words for an item with exactly these facts (and nothing more), in `en` or Spanish."""
    t, i, g = pins["tipo"], int(en), pins.get
    pick = rng.choice
    parts = [pick(WORDS[t][i])]
    if not set(pins) - {"tipo", "brand"}:  # the kind of thing alone (beside a code or a part number)
        return " ".join([*parts, *([pins["brand"]] if pins.get("brand") else [])])

    def frac(s: str) -> str:
        """An inch size: `1-1/2`, `1 1/2`, `1.1/2`, with or without `"` (`pulg` in Spanish)."""
        s = pick((s, s, s.replace("-", " "), s.replace("-", ".") if not en else s)) if "-" in s else s
        return pick((s, f'{s}"', f'{s}"', f"{s} in" if en else f"{s} pulg"))

    def opt(key: str, table: Mapping[str, Sequence[Sequence[str]]]) -> list[str]:
        return [pick(table[pins[key]][i])] if key in pins else []

    if t == "balinera":
        seal = opt("sello", SEAL)
        if seal and seal[0] in ("2RS", "2rs", "ZZ", "zz", "2Z") and rng.random() < 0.5:
            parts.append(f"{g('serie')}{pick(('', '-', ' '))}{seal[0]}")
        else:
            parts += [g("serie", ""), *seal]
    elif t.startswith("chumacera"):
        parts.append(pick((g("modelo", ""), g("modelo", "").lower())))
        shaft = g("eje")
        if shaft and shaft.endswith("mm"):
            parts.append(pick((f"eje {shaft[:-2]} mm", shaft, f"de {shaft[:-2]}mm")) if not en else f"{shaft[:-2]}mm bore")
        elif shaft:
            parts.append(pick((f"eje {frac(shaft)}", f"para eje de {frac(shaft)}")) if not en else f"{frac(shaft)} bore")
    elif t == "correa":
        profile, length = g("perfil", ""), g("largo")
        parts.append(pick((f"{profile}{length}", f"{profile}-{length}", f"{profile} {length}")) if length else f"perfil {profile}" if not en else f"{profile} section")
    elif t in ("cadena", "eslabon"):
        asa = g("asa", "")
        parts.append(pick((asa, f"ASA {asa}", f"#{asa}", f"{asa}-1")))
    elif t == "tornillo_hex":
        dia, length = g("diametro", ""), g("largo")
        size = pick((f"{dia} x {length}", f'{dia}" x {length}"', f"{dia}x{length}", f"de {dia} x {length}" if not en else f"{dia}-{UNC[dia]} x {length}")) if length else frac(dia)
        grade = [pick((f"G{g('grado')}", f"grado {g('grado')}", f"gr {g('grado')}") if not en else (f"gr{g('grado')}", f"grade {g('grado')}"))] if "grado" in pins else []
        parts += [size, *grade, *opt("acabado", FINISH)]
    elif t == "tornillo_metrico":
        m, length = g("rosca", ""), g("largo")
        parts.append(pick((f"{m}x{length}", f"{m.lower()} x {length}", f"{m} x {length} mm")) if length else m)
        if rng.random() < 0.3:
            parts.append("8.8")
    elif t in ("tuerca", "tuerca_seguridad", "guasa_plana", "guasa_presion", "varilla_roscada"):
        parts += [frac(g("diametro", "")), *opt("acabado", FINISH)]
    elif t == "chazo":
        dia, length = g("diametro", ""), g("largo")
        parts.append(pick((f"{dia} x {length}", f'{dia}" x {length}"', f"{dia}x{length}")) if length else frac(dia))
    elif t in ("registro", "cheque", "codo", "tee", "union", "niple", "tapon", "buje"):
        size = g("medida", "")
        sw = pick((size.replace("x", " x "), size.replace("x", '" x ') + '"', size.replace("x", " a ") if not en else size)) if t == "buje" else frac(size)
        mat = opt("material", MATERIAL)
        parts += [sw, *mat] if rng.random() < 0.6 else [*mat, sw]
    elif t in ("taco", "breaker_riel"):
        poles, amps = g("polos"), g("amperios", "")
        if poles and rng.random() < 0.5:
            parts.append(pick((f"{poles}x{amps}", f"{poles}x{amps}A", f"{poles} x {amps} A")))
        else:
            pw = [pick((f"{poles}P", f"{poles} polo{'s' if poles != '1' else ''}" if not en else f"{poles} pole"))] if poles else []
            parts += [*pw, pick((f"{amps}A", f"{amps} A", f"{amps} amp" if en else f"{amps} amperios"))]
    elif t == "contactor":
        amps, coil = g("amperios", ""), g("bobina")
        cw = [pick((f"bobina {coil}", f"bobina {coil}V", f"a {coil} VAC", f"{coil} voltios")) if not en else pick((f"{coil}V coil", f"{coil}VAC coil"))] if coil else []
        parts += [pick((f"{amps}A", f"{amps} A", f"de {amps} amperios" if not en else f"{amps} amp")), *cw]
    elif t == "thhn":
        size = pick((f"#{g('calibre')}", f"{g('calibre')} AWG", f"calibre {g('calibre')}" if not en else f"{g('calibre')} ga", f"No. {g('calibre')}"))
        colour = [COLOUR[pins["color"]][i]] if "color" in pins else []
        parts += [size, *colour] if rng.random() < 0.7 else [*colour, size]
    elif t == "encauchetado":
        cores, gauge = g("conductores"), g("calibre", "")
        parts.append(pick((f"{cores}x{gauge}", f"{cores} x {gauge}", f"{cores}x{gauge} awg")) if cores else f"calibre {gauge}" if not en else f"{gauge} AWG")
    elif t == "cinta_aislante":
        if g("linea") == "super33":
            parts.append(pick(("super 33", "33+", "Super 33+")))
        elif g("linea") == "temflex":
            parts.append(pick(("temflex", "1700", "Temflex 1700")))
        if "color" in pins:
            word = COLOUR[pins["color"]][i]
            parts.append(FEMININE.get(pins["color"], word) if not en and parts[0] != "taipe" else word)
    elif t in ("disco_corte", "disco_pulir", "disco_flap"):
        d, th, grit = g("diametro", ""), g("espesor"), g("grano")
        dw = pick((f'{DISC_IN[d]}"', frac(DISC_IN[d]), f"{d} mm", f"{d}mm"))
        parts.append(dw)
        if th:
            parts.append(pick((f"x {comma(th, en)}", f"x {comma(th, en)} mm", f"{comma(th, en)}mm")).replace(",0", "").replace(".0", ""))
        if grit:
            parts.append(pick((f"grano {grit}", f"G{grit}", f"#{grit}")) if not en else pick((f"{grit} grit", f"P{grit}")))
    elif t == "lija_agua":
        grit = g("grano", "")
        parts.append(pick((f"grano {grit}", f"#{grit}", f"No. {grit}", grit)) if not en else pick((f"{grit} grit", f"P{grit}")))
    elif t == "electrodo":
        cls, rod = g("clase", ""), g("diametro")
        parts.append(pick((cls, cls[1:])) if cls != "E308L" else pick(("308L", "E308L-16", "inox 308L")))
        if rod:
            parts.append(pick((rod, f'{rod}"', f"de {rod}", f"{ROD_MM[rod]} mm")) if not en else pick((rod, f'{rod}"', f"{rod} in")))
    elif t == "alambre_mig":
        dia = g("diametro", "")
        if rng.random() < 0.3:
            parts.append("ER70S-6")
        parts.append(pick((comma(dia, en), f"{comma(dia, en)} mm", f"{comma(dia, en)}mm", MIG_IN[dia])))
    elif t in ("guante_vaqueta", "guante_nitrilo", "respirador"):
        if "talla" in pins:
            size = pins["talla"]
            parts.append(pick((f"talla {size}", f"T-{size}", size)) if not en else pick((f"size {size}", SIZE_EN[size])))
    elif t == "bota":
        if "talla" in pins:
            parts.append(pick((f"talla {g('talla')}", f"#{g('talla')}", f"T{g('talla')}", f"número {g('talla')}")) if not en else f"size {g('talla')} EU")
    elif t == "gafas":
        parts += opt("lente", LENS)
    elif t == "casco":
        parts += [COLOUR[pins["color"]][i]] if "color" in pins else []
    elif t == "tapaoidos":
        if "cordon" in pins:
            parts.append({"si": ("con cordón", "corded"), "no": ("sin cordón", "uncorded")}[pins["cordon"]][i])
    elif t == "filtro":
        parts.append(g("modelo", ""))
    brand = g("brand")
    if brand:
        parts.append(pick((brand, brand, brand.upper(), brand.lower())))
    return " ".join(p for p in parts if p)


UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
