"""Write bench/corpus9/{all,tune,holdout}.csv: buyers' lines on catalog 9, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus9.generate [--out DIR]

Buyers of a Central American / Caribbean distributor on Odoo (Guatemala, Costa Rica, the
Dominican Republic) and its English-speaking branch in Kingston (Jamaica, Trinidad). Each line's
words pin facts (attributes and brand); its label is the set of active catalog-9 products those
facts fit, computed, and `check()` verifies every row against the CSV files
`python -m bench.catalog9` writes. Written blind: no matcher was read or run to write it.
Deterministic: the same code gives the same bytes.
"""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, tail
from bench.blind.corpus import KINDS as KINDS  # the kinds of its lines, as tests read them
from bench.blind.corpus import check
from bench.catalog4.model import Product
from bench.catalog9.erp import INACTIVE, catalog, cross_references, write

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 180, "brand_open": 58, "ambiguous": 45, "code": 36, "mfr_ref": 34}
TYPE_CAP = {"description": 12, "brand_open": 8, "ambiguous": 5}
# customer -> weight; "" is a new number on WhatsApp
CUSTOMERS = (("GT1001", 16), ("GT1002", 10), ("GT1090", 3), ("CR2001", 12), ("CR2002", 10), ("DO3001", 12),
             ("DO3002", 8), ("JM4001", 12), ("TT4002", 8), ("", 9))  # fmt: skip
REGION = {"GT1001": "gt", "GT1002": "gt", "GT1090": "gt", "CR2001": "cr", "CR2002": "cr", "DO3001": "do", "DO3002": "do",
          "JM4001": "jm", "TT4002": "tt"}  # fmt: skip


class Row(corpus.Row):
    CATALOG = "catalog9"


seeded = partial(corpus.sha_random, "c9")


# --- how each region writes an item ---------------------------------------------------------

EN = ("jm", "tt")
TYPE_SAY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # type -> (Spanish words, English words)
    "rodamiento": (("rodamiento", "cojinete"), ("bearing", "brg")), "chumacera": (("chumacera",), ("pillow block", "plummer block")),
    "perno_hex": (("perno hexagonal", "tornillo hexagonal", "perno"), ("hex bolt", "bolt")),
    "tuerca": (("tuerca", "tuerca hexagonal"), ("hex nut", "nut")),
    "tuerca_nylon": (("tuerca de seguridad", "tuerca con nylon"), ("nyloc nut", "nylon lock nut")),
    "arandela": (("arandela plana", "roldana plana"), ("flat washer", "washer")),
    "arandela_presion": (("arandela de presión", "roldana de presión"), ("lock washer", "spring washer")),
    "punta_broca": (("tornillo punta broca", "tornillo para lámina"), ("tek screw", "self drilling screw")),
    "valvula_bola": (("válvula de bola", "llave de bola"), ("ball valve",)),
    "valvula_check": (("válvula check", "cheque de columpio"), ("check valve", "swing check valve")),
    "valvula_compuerta": (("válvula de compuerta", "llave de compuerta"), ("gate valve",)),
    "solenoide": (("válvula solenoide", "electroválvula"), ("solenoid valve",)),
    "codo": (("codo 90", "codo"), ("90 elbow", "elbow")), "tee": (("tee", "te"), ("tee",)),
    "union": (("copla", "cople"), ("coupling",)), "niple": (("niple hexagonal", "niple"), ("hex nipple",)),
    "tapon": (("tapón macho", "tapón"), ("plug",)), "bushing": (("bushing", "reductor bushing"), ("bushing", "reducing bush")),
    "adaptador": (("adaptador macho",), ("male adapter",)),
    "breaker_enchufable": (("breaker", "breaker enchufable"), ("breaker", "plug-in breaker")),
    "breaker_din": (("breaker riel DIN", "interruptor riel DIN"), ("DIN rail breaker", "MCB")),
    "contactor": (("contactor",), ("contactor",)), "cable": (("cable THHN", "alambre THHN"), ("THHN wire", "THHN")),
    "disco_corte": (("disco de corte", "disco de cortar"), ("cut off wheel", "cutting disc")),
    "disco_desbaste": (("disco de desbaste", "piedra de esmeril"), ("grinding wheel", "grinding disc")),
    "disco_flap": (("disco flap", "disco de láminas"), ("flap disc",)), "lija": (("lija de agua", "pliego de lija"), ("wet and dry paper", "sandpaper")),
    "llave_combinada": (("llave combinada", "llave mixta"), ("combination wrench", "combo spanner")),
    "llave_ajustable": (("llave ajustable", "perica"), ("adjustable wrench", "shifting spanner")),
    "llave_tubo": (("llave stillson", "llave de tubo"), ("pipe wrench", "stillson")),
    "juego_allen": (("juego de llaves allen", "juego de llaves hexagonales"), ("allen key set", "hex key set")),
    "banda": (("banda", "faja"), ("V-belt", "vee belt")), "electrodo": (("electrodo", "varilla de soldar"), ("welding rod", "electrodes")),
    "alambre_mig": (("alambre MIG", "microalambre"), ("MIG wire",)),
    "guante_nitrilo": (("guantes de nitrilo", "guante recubierto de nitrilo"), ("nitrile gloves",)),
    "guante_soldador": (("guantes de soldador", "guantes de carnaza"), ("welding gloves",)),
    "lentes": (("lentes de seguridad", "gafas de seguridad"), ("safety glasses", "safety specs")),
    "casco": (("casco", "casco de seguridad"), ("hard hat",)), "tapones": (("tapones auditivos", "tapones para oídos"), ("ear plugs",)),
    "respirador": (("mascarilla N95", "respirador N95"), ("N95 mask", "N95 respirator")),
    "bota": (("botas punta de acero", "botas de seguridad"), ("steel toe boots", "safety boots")),
}  # fmt: skip
REGIONAL = {  # words one country uses for a type, beside the common ones
    ("gt", "breaker_enchufable"): "flipón", ("gt", "llave_ajustable"): "llave cangreja", ("do", "rodamiento"): "rolinera",
    ("do", "banda"): "correa", ("cr", "union"): "unión", ("do", "union"): "unión", ("do", "perno_hex"): "tornillo",
    ("do", "punta_broca"): "tornillo de techo", ("tt", "llave_ajustable"): "shifting spanner", ("jm", "rodamiento"): "bearing",
}  # fmt: skip
UNC = {"1/4": "20", "5/16": "18", "3/8": "16", "1/2": "13", "5/8": "11", "3/4": "10"}
COLOR_EN = {"negro": "black", "blanco": "white", "rojo": "red", "verde": "green", "amarillo": "yellow", "azul": "blue", "naranja": "orange"}
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "rodamiento": ("sello",), "perno_hex": ("acabado", "grado", "largo"), "tuerca": ("acabado", "grado"), "arandela": ("acabado",),
    "punta_broca": ("largo",), "valvula_bola": ("material",), "solenoide": ("tension",), "breaker_enchufable": ("polos",),
    "breaker_din": ("polos",), "contactor": ("bobina",), "cable": ("color",), "disco_corte": ("espesor",), "disco_flap": ("grano",),
    "banda": ("largo",), "electrodo": ("diametro",), "llave_ajustable": ("pulgadas",), "llave_combinada": ("medida",),
    "codo": ("material",), "tee": ("material",), "union": ("material",), "tapon": ("material",), "guante_nitrilo": ("talla",),
    "lentes": ("lente",), "casco": ("color",), "bota": ("talla",), "lija": ("grano",), "llave_tubo": ("pulgadas",),
}  # fmt: skip


def word(t: str, region: str, rng: Random) -> str:
    en = region in EN
    choices = list(TYPE_SAY[t][1 if en else 0])
    if (region, t) in REGIONAL:
        choices.append(REGIONAL[(region, t)])
    return rng.choice(choices)


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The words a buyer of `region` writes for an item with these facts (and nothing more)."""
    t, en = pins["type"], region in EN
    g = pins.get

    def inch(s: str) -> str:
        s = s if rng.random() < 0.7 else s.replace("-", " ")
        r = rng.random()
        return f'{s}"' if r < 0.55 else (f"{s} pulg" if not en else f"{s} in") if r < 0.8 else (f"{s} pulgada{'s' if s != '1' else ''}" if not en else f"{s} inch")

    def pick(*xs: str) -> str:
        return rng.choice(xs)

    parts: list[str] = [word(t, region, rng)]
    if set(pins) <= {"type", "brand"}:  # the kind of item alone, beside a code or a part number
        pass
    elif t == "rodamiento":
        des, seal = g("designacion", ""), g("sello")
        if seal in ("2RS", "ZZ"):
            tok = pick("2RS", "-2RS", " 2RS") if seal == "2RS" else pick("ZZ", "-ZZ", " ZZ", "2Z")
            parts.append(f"{des}{tok}")
        else:
            parts.append(des)
            if seal == "abierto":
                parts.append(pick("open", "no seals") if en else pick("abierto", "sin sello"))
    elif t == "chumacera":
        parts.append(g("serie", ""))
    elif t in ("perno_hex", "tuerca", "tuerca_nylon", "arandela", "arandela_presion", "punta_broca"):
        m, length = g("medida", ""), g("largo")
        metric = m.startswith("M")
        if t == "punta_broca":
            size = f"{m if rng.random() < 0.6 else m[1:]} x {length}" + ('"' if rng.random() < 0.5 else "") if length else m
        elif metric:
            size = (pick(f"{m}x{length}", f"{m} x {length}", f"{m} x {length}mm") if length else m)
        else:
            d = pick(f"{m}", f'{m}"', f"{m}-{UNC[m]}") if t == "perno_hex" or rng.random() < 0.5 else f'{m}"'
            size = (pick(f"{d} x {length}", f'{d} x {length}"', f"{d}x{length}") if length else (inch(m) if d == m else d))
        parts.append(size)
        if "acabado" in pins:
            parts.append({"zincado": pick("zinc plated", "zinc") if en else pick("zincado", "zinc"),
                          "inox": pick("stainless", "SS") if en else pick("inox", "acero inoxidable", "inoxidable")}[pins["acabado"]])
        if "grado" in pins:
            parts.append(pick(f"grade {pins['grado']}", f"gr {pins['grado']}", f"GR{pins['grado']}") if en else pick(f"grado {pins['grado']}", f"G{pins['grado']}"))
    elif t in ("valvula_bola", "valvula_check", "valvula_compuerta", "solenoide", "codo", "tee", "union", "niple", "tapon", "bushing", "adaptador"):
        mat = g("material")
        if mat:
            parts.append(rng.choice({"laton": ("brass",) if en else ("de bronce", "de latón"), "inox": ("stainless",) if en else ("inox", "acero inoxidable"),
                          "galvanizado": ("galv", "galvanised") if en else ("HG", "galvanizado", "H.G."),
                          "pvc": ("PVC", "PVC sch 40") if en else ("PVC", "PVC cédula 40")}[mat]))  # fmt: skip
        parts.append(inch(g("rosca", "")))
        if "tension" in pins:
            parts.append({"24VDC": pick("24VDC", "24 V DC"), "120VAC": pick("120V", "120VAC", "120 V AC")}[pins["tension"]])
    elif t in ("breaker_enchufable", "breaker_din"):
        a, poles = g("amperios", ""), g("polos")
        if poles and rng.random() < 0.4:
            parts.append(f"{poles[0]}x{a}")
        else:
            if poles:
                parts.append({"1P": pick("1 pole", "single pole", "1P"), "2P": pick("2 pole", "double pole", "2P"), "3P": pick("3 pole", "3P")}[poles]
                             if en else {"1P": pick("1 polo", "1P"), "2P": pick("2 polos", "2P"), "3P": pick("3 polos", "3P")}[poles])
            parts.append(pick(f"{a}A", f"{a} amp", f"{a} amps") if en else pick(f"{a}A", f"{a} amperios", f"{a} amp"))
    elif t == "contactor":
        parts.append(pick(f"{g('amperios')}A", f"{g('amperios')} amp"))
        if "bobina" in pins:
            v = pins["bobina"][:3]
            parts.append(pick(f"{v}V coil", f"coil {v}V") if en else pick(f"bobina {v}V", f"bobina {v} VAC"))
    elif t == "cable":
        c = g("calibre", "")
        parts.append(pick(f"#{c}", f"{c} AWG", f"{c} gauge") if en else pick(f"#{c}", f"calibre {c}", f"cal. {c}", f"{c} AWG"))
        if "color" in pins:
            parts.append(COLOR_EN[pins["color"]] if en else pins["color"])
    elif t in ("disco_corte", "disco_desbaste", "disco_flap"):
        d = g("diametro", "")
        parts.append(pick(f'{d}"', f'{d.replace("-", " ")}"', "4.5" + '"' if d == "4-1/2" else f"{d} pulg") if not en else pick(f'{d}"', f'{d.replace("-", " ")}"', f"{d} inch"))
        if "espesor" in pins:
            parts.append(pick(f'x {pins["espesor"]}"', f'x {pins["espesor"]}'))
        if "grano" in pins:
            parts.append(pick(f"{pins['grano']} grit", f"P{pins['grano']}") if en else pick(f"grano {pins['grano']}", f"G{pins['grano']}", f"#{pins['grano']}"))
    elif t == "lija":
        if "grano" in pins:
            parts.append(pick(f"{pins['grano']} grit", f"P{pins['grano']}") if en else pick(f"grano {pins['grano']}", f"#{pins['grano']}"))
    elif t == "llave_combinada":
        if "medida" in pins:
            m = pins["medida"]
            parts.append(pick(m, m.replace("mm", " mm")) if m.endswith("mm") else inch(m))
    elif t in ("llave_ajustable", "llave_tubo"):
        if "pulgadas" in pins:
            parts.append(inch(pins["pulgadas"]))
    elif t == "juego_allen":
        parts.append({"metrico": pick("metric", "mm") if en else pick("métrico", "en milímetros"),
                      "SAE": pick("SAE", "imperial") if en else pick("SAE", "en pulgadas")}[g("sistema", "")])
    elif t == "banda":
        prof, length = g("perfil", ""), g("largo")
        parts.append(pick(f"{prof}{length}", f"{prof}-{length}", f"{prof} {length}") if length else (f"{prof} section" if en else pick(f"perfil {prof}", f"tipo {prof}")))
    elif t == "electrodo":
        cls = g("clase", "")
        parts.append(pick(cls, cls[1:]))
        if "diametro" in pins:
            parts.append(pick(f'{pins["diametro"]}"', pins["diametro"], f"de {pins['diametro']}" if not en else f'{pins["diametro"]} in'))
    elif t == "alambre_mig":
        d = pins.get("diametro", "")
        parts.append(pick(d, "0" + d, f'{d}"'))
    elif t in ("guante_nitrilo", "bota"):
        if "talla" in pins:
            parts.append(f"size {pins['talla']}" if en else pick(f"talla {pins['talla']}", f"T{pins['talla']}" if t == "guante_nitrilo" else f"#{pins['talla']}"))
    elif t == "lentes":
        if "lente" in pins:
            parts.append({"claro": ("clear",) if en else ("claros", "transparentes"), "gris": ("smoke", "grey") if en else ("oscuros", "grises"),
                          "ambar": ("amber",) if en else ("ámbar", "amarillos")}[pins["lente"]][0 if en else rng.randrange(2)])  # fmt: skip
    elif t == "casco" and "color" in pins:
        parts.append(COLOR_EN[pins["color"]] if en else pins["color"])
    if "brand" in pins:
        parts.append(pins["brand"] if rng.random() < 0.7 else pins["brand"].upper())
    return " ".join(p for p in parts if p)


# --- quantities --------------------------------------------------------------------------------

NUM_ES = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce", 20: "veinte"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}


def thousands(n: int, region: str) -> str:
    """As the buyer's country writes it: Guatemala, the Dominican Republic and the islands `1,500`; Costa Rica `1 500` or `1.500`."""
    if region == "cr":
        return f"{n // 1000}{' ' if n % 3 else '.'}{n % 1000:03d}"
    return f"{n:,}"


def quantity(p: Product, region: str, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the item's unit."""
    en = region in EN
    if rng.random() < 0.1:
        return "", "", ""
    if p.uom == "m":
        n = rng.choice((10, 25, 50, 100, 200, 300))
        if n >= 100 and rng.random() < 0.5:
            rolls = n // 100
            return (f"{rolls} {'rollos' if rolls > 1 else 'rollo'} de 100 m de" if not en else f"{rolls} x 100m {'rolls' if rolls > 1 else 'roll'} of", "", str(n))
        return rng.choice(((f"{n} m", "", str(n)), ("", f"{n} mts" if not en else f"{n}m", str(n)), (f"{n} metros de" if not en else f"{n} metres of", "", str(n))))
    if p.uom == "lb":
        boxes = rng.choice((1, 2, 3))
        lb = boxes * p.pack_qty
        box = ("caja", "cajas") if p.pack_qty == 10 else ("carrete", "carretes")
        if rng.random() < 0.5:
            if en:
                return (f"{boxes} x {p.pack_qty}lb {'boxes' if p.pack_qty == 10 else 'spools'} of", "", str(lb))
            return (f"{boxes} {box[boxes > 1]} de {p.pack_qty} lb de", "", str(lb))
        return (f"{lb} lbs" if en else rng.choice((f"{lb} libras de", f"{lb} lb de")), "", str(lb))
    if p.uom == "Juego":
        n = rng.choice((1, 2, 3))
        return (f"{n} {'juegos' if n > 1 else 'juego'} de" if not en else f"{n} x", "", str(n))
    if p.uom == "Par":
        if p.pack_qty > 1 and rng.random() < 0.4:
            dozens = rng.choice((1, 2, 5))
            total = dozens * p.pack_qty
            if p.pack_qty == 12:
                return (("una docena de pares de" if dozens == 1 else f"{dozens} docenas de pares de") if not en else (f"{dozens} dozen pairs of"), "", str(total))
            return (f"{dozens} {'cajas' if dozens > 1 else 'caja'} de {p.pack_qty} pares de" if not en else f"{dozens} box{'es' if dozens > 1 else ''} of {p.pack_qty} pairs of", "", str(total))
        n = rng.choice((2, 3, 4, 6, 10, 12))
        return (f"{n} pares de" if not en else f"{n} pairs of", "", str(n))
    if p.pack_qty >= 20 and rng.random() < 0.5:  # by the box
        boxes = rng.choice((1, 2, 3, 5))
        total = boxes * p.pack_qty
        if en:
            return (f"{boxes} box{'es' if boxes > 1 else ''} of {p.pack_qty}", "", str(total))
        return rng.choice(((f"{boxes} {'cajas' if boxes > 1 else 'caja'} de {p.pack_qty}", "", str(total)),
                           ("", f"- {total} unidades", str(total))))  # fmt: skip
    n = rng.choice((1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 50) if p.pack_qty == 1 else (100, 200, 300, 500, 1000, 1500))
    shapes_es = [(f"{n}", "", n), (f"{n} unidades", "", n), (f"{n} u.", "", n), ("", f"x{n}", n), (f"{n}x", "", n),
                 ("", f"- cant. {n}", n), (f"{n} pzas", "", n), ("", f"({n} unidades)", n), (f"{n} und", "", n)]
    if n in NUM_ES:
        shapes_es.append((NUM_ES[n], "", n))
    if n == 12:
        shapes_es.append(("una docena de", "", 12))
    if n == 6:
        shapes_es.append(("media docena de", "", 6))
    if n == 100:
        shapes_es.append(("un ciento de", "", 100))
    if n == 1000:
        shapes_es.append(("un millar de", "", 1000))
    if n >= 10:
        shapes_es.append(("", f"- {n}", n))
    if n >= 1000:
        shapes_es.append((thousands(n, region), "", n))
    if region == "do":
        shapes_es += [(f"{n} piezas de", "", n)]
    shapes_en = [(f"{n} off", "", n), (f"{n} x", "", n), ("", f"qty {n}", n), ("", f"x {n}", n), (f"{n} pcs", "", n),
                 ("", f"- {n} no.", n), (f"{n} nos.", "", n)]  # fmt: skip
    if n in NUM_EN:
        shapes_en.append((NUM_EN[n], "", n))
    if n == 12:
        shapes_en.append(("a dozen", "", 12))
    if n >= 1000:
        shapes_en.append((thousands(n, region), "", n))
    before, after, value = rng.choice(shapes_en if en else shapes_es)
    if value == 1:  # one piece is "1 unidad" and "1 pc", never "1 unidades"
        before, after = (x.replace("unidades", "unidad").replace("pcs", "pc").replace("pzas", "pza").replace("nos.", "no.") for x in (before, after))
    return before, after, str(value)


# --- how the line reaches us -------------------------------------------------------------------

WRAP = {
    "gt": ("{x}", "{x}", "fíjese que necesito {x}", "me regala {x} por favor", "buenas, me regala {x}", "¿tendrá {x}?",
           "fíjese que se nos arruinó el equipo, ocupamos {x}", "mándeme {x} porfa", "me cotiza {x}", "{x} gracias",
           "disculpe, ¿hay {x}?", "precio de {x}", "¿cuánto sale {x}?", "¿tienen en existencia {x}?"),
    "cr": ("{x}", "{x}", "mae, ocupo {x}", "diay, ¿tienen {x}?", "me ayuda con {x} por fa", "ocupo {x} pura vida",
           "¿me cotiza {x}?", "buenas, me regala {x}", "{x} porfa", "upe, ¿hay {x}?", "¿cuánto cuesta {x}?",
           "¿tienen stock de {x}?"),
    "do": ("{x}", "{x}", "klk, ¿tienen {x}?", "mándame {x}", "necesito {x} pa' la planta", "oye, ¿hay {x}?",
           "manito cotízame {x}", "{x} ahorita", "dame precio de {x}", "¿cuánto vale {x}?", "saludos, necesito {x}"),
    "jm": ("{x}", "{x}", "Morning, need {x}", "yuh have {x}?", "pls send {x}", "can I get {x}", "{x} - thanks boss",
           "wha di price fi {x}?", "need {x} asap", "do you have {x}?", "I need pricing on {x}"),
    "tt": ("{x}", "{x}", "Morning, allyuh have {x}?", "pls quote {x}", "need {x} for the plant", "could you send {x}",
           "{x} - thanks", "yuh have {x} in stock?", "I need pricing on {x}", "do you have {x}?"),
}  # fmt: skip
BULLETS = ("- ", "* ", "1) ", "2. ", "3.- ", "• ", "Línea 4: ", "a) ")
UOM_CELL = {"Unidades": ("UND", "Unidades", "pza"), "m": ("M", "m", "mts"), "lb": ("LB", "lbs"), "Juego": ("JGO", "juego"),
            "Par": ("PAR", "pares")}  # fmt: skip
UOM_CELL_EN = {"Unidades": ("EA", "pcs"), "m": ("M", "m"), "lb": ("LB", "lbs"), "Juego": ("SET", "set"), "Par": ("PR", "pairs")}
PROTECT = {"skf", "ntn", "koyo", "timken", "fyh", "hillman", "apollo", "nibco", "hammond", "asco", "ward", "durman",
           "square", "siemens", "chint", "schneider", "abb", "phelps", "dodge", "norton", "dewalt", "truper", "stanley",
           "ridgid", "gates", "bando", "lincoln", "hobart", "ansell", "steelpro", "caterpillar"}  # fmt: skip


def dress(item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
    """The whole line for an item phrase: quantity, channel, wrapper, typos. Returns (text, qty)."""
    before, after, qty = quantity(p, region, rng)
    fmt = rng.choice(("whatsapp", "whatsapp", "email", "xlsx"))
    note["fmt"] = fmt
    note["qty"] = "none" if not qty else "yes"
    if fmt == "xlsx" and (not qty or p.uom != "m"):
        cells = [item.upper() if rng.random() < 0.3 else item]
        if qty:
            cell = rng.choice((UOM_CELL_EN if region in EN else UOM_CELL)[p.uom])
            cells = [qty, *cells, cell] if rng.random() < 0.5 else [*cells, qty, cell]
        return rng.choice(("\t", " | ", ";")).join(cells), qty
    if fmt == "xlsx":
        note["fmt"] = fmt = "email"
    body = " ".join(x for x in (before, item, after) if x)
    if fmt == "whatsapp":
        text = rng.choice(WRAP[region]).format(x=body)
        return corpus.typed(text, rng, note, lower=0.5, typo=0.35, slip_with=partial(corpus.slip, protect=PROTECT)), qty
    return corpus.bulleted(body, BULLETS, WRAP[region][:6], rng, wrapped=0.4), qty


def lang(region: str) -> str:
    return "en" if region in EN else "es"


VOICE = corpus.Voice.drawn(seeded, CUSTOMERS, REGION, ("gt", "cr", "do"), say, dress, lang)


# --- the kinds of line -------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return VOICE.early_lines(Row, products, targets=TARGETS, caps=TYPE_CAP, omit=OMIT, omit_held_only=True)


def code_rows(products: list[Product]) -> list[Row]:
    def shapes(sku: str, region: str) -> tuple[str, ...]:
        return (sku, sku.lower(), f"[{sku}]", sku.replace("-", " "), f"ref. {sku}", f"cód. {sku}" if region not in EN else f"item {sku}",
                f"código {sku}" if region not in EN else f"your ref {sku}")

    return VOICE.code_rows(Row, products, order=lambda p: hashlib.sha256(("code", p.key).__repr__().encode()).hexdigest(), count=TARGETS["code"], shapes=shapes, clean=" x")


def part_rows(products: list[Product]) -> list[Row]:
    shapes = {"GT1001": ("material {part}", "cód. SAP {part}", "{part}", "mat. {part} - {what}", "fíjese que el material {part}"),
              "JM4001": ("our stock code {part}", "{part}", "{part} ({what})", "cat no. {part}", "BMA stores {part}")}
    return VOICE.part_rows(Row, products, cross_references(products), shapes, quantity=quantity,
                           unit_cell=lambda p, region: (UOM_CELL_EN if region in EN else UOM_CELL)[p.uom][0], bullets=BULLETS[:6])


def mfr_rows(products: list[Product]) -> list[Row]:
    shape = tail.cased_shape("o similar", "or equivalent", EN)
    refs = corpus.maker_refs(products, seed="mfr", target=TARGETS["mfr_ref"], cap=3, type_key="type", skip_codes=False)
    return VOICE.maker_rows(Row, refs, shape, times=" x")


# (text, customer, facts that fit nothing active | absent word)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("fíjese que necesito 4 cojinetes 6215-2RS", "GT1001", {"type": "rodamiento", "designacion": "6215"}),
    ("mae ocupo 2 rodamientos 6310 ZZ", "CR2001", {"type": "rodamiento", "designacion": "6310"}),
    ("klk, tienen rolinera 6009 2RS?", "DO3002", {"type": "rodamiento", "designacion": "6009"}),
    ("need 2 off pillow block UCP212", "JM4001", {"type": "chumacera", "serie": "UCP212"}),
    ("perno hexagonal M20x80 zincado - 50 unidades", "GT1002", {"type": "perno_hex", "medida": "M20"}),
    ("100 hex bolts 1 x 4 grade 8", "TT4002", {"type": "perno_hex", "medida": "1"}),
    ("me regala 200 tuercas 7/8 grado 8", "GT1001", {"type": "tuerca", "medida": "7/8"}),
    ("breaker 3x100 square d", "DO3001", {"type": "breaker_enchufable", "amperios": "100"}),
    ("contactor 95A bobina 220V", "CR2002", {"type": "contactor", "amperios": "95"}),
    ("faja C-120 x 4", "GT1002", {"type": "banda", "perfil": "C"}),
    ("2 bandas 5V 1000", "CR2001", {"type": "banda", "perfil": "5V"}),
    ("válvula de bola de bronce 3\" x2", "DO3001", {"type": "valvula_bola", "rosca": "3"}),
    ("disco de corte 12\" para sierra", "CR2002", {"type": "disco_corte", "diametro": "12"}),
    ("cable THHN #2 negro 100 m", "GT1002", {"type": "cable", "calibre": "2"}),
    ("electrodo E308L 1/8 inox 10 lb", "DO3001", {"type": "electrodo", "clase": "E308L"}),
    ("llave stillson 36\" truper", "GT1001", {"type": "llave_tubo", "pulgadas": "36"}),
    ("20 mts de manguera hidráulica 1/2 2 mallas", "DO3002", "manguera"),
    ("oring 2-228 viton x 50", "TT4002", "oring"),
    ("cadena de rodillos 40-1 un tramo de 10 pies", "CR2001", "cadena"),
    ("me regala 10 galones de aceite hidráulico ISO 68", "GT1002", "aceite"),
    ("6 tubos de silicón rojo alta temperatura", "DO3002", "silicón"),
    ("brida slip on 4\" 150# x 4", "DO3001", "brida"),
    ("Morning, need 2 taper roller bearings 30206", "JM4001", "taper"),
    ("broca de cobalto 3/8 - 10 unidades", "CR2002", "cobalto"),
    ("5 x WD-40 spray 11 oz", "TT4002", "wd40"),
    ("pls quote 1 off chain hoist 2 ton", "JM4001", "hoist"),
    ("grasa de litio EP2 cubeta 5 gal", "GT1001", "grasa"),
    ("arnés de seguridad de cuerpo completo x3", "CR2001", "arnés"),
)


NOT_ITEM = (
    ("fíjese que todavía no nos ha llegado el pedido", "GT1001"), ("muchas gracias, que Dios le bendiga", "GT1002"),
    ("¿me puede mandar la factura electrónica (FEL)?", "GT1001"), ("buenas tardes Sonia", "GT1001"),
    ("¿a qué hora cierran la bodega de la zona 12?", "GT1002"), ("está bien, así quedamos", "GT1090"),
    ("Atentamente, Ing. Byron Chávez - Compras", "GT1001"), ("mae, todo bien, pura vida", "CR2002"),
    ("diay, ¿ya salió el camión?", "CR2001"), ("listo, muchas gracias", "CR2001"), ("ok", "CR2002"),
    ("¿me pasa la cuenta IBAN para el depósito?", "CR2002"), ("Saludos cordiales, Marco Vargas", "CR2001"),
    ("klk manito, todo bien?", "DO3002"), ("dale, perfecto", "DO3001"), ("¿cuándo llega lo que faltó del conduce 30771?", "DO3001"),
    ("mándame el NCF de la factura", "DO3002"), ("Enviado desde mi iPhone", "DO3001"), ("ORDEN DE COMPRA No. OC-2026-0412", "DO3001"),
    ("entregar en portón 3, preguntar por Ramón", "DO3001"), ("Morning boss, everything good?", "JM4001"),
    ("cheers, that's all for now", "JM4001"), ("PO 4500018877 attached", "JM4001"), ("Regards, Devon Campbell - Stores", "JM4001"),
    ("please confirm when the shipment leaving Kingston", "JM4001"), ("Good morning, hope allyuh well", "TT4002"),
    ("Thanks, Anil", "TT4002"), ("pls invoice to Point Lisas as usual", "TT4002"), ("Item / Qty / UOM", "TT4002"),
    ("CANT.\tDESCRIPCIÓN\tUND", "GT1002"), ("buenos días", "DO3002"), ("¿aceptan devolución de las botas que sobraron?", "CR2002"),
)  # fmt: skip

HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c9", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
