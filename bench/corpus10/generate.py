"""Write bench/corpus10/{all,tune,holdout}.csv: buyers' lines on catalog 10, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus10.generate [--out DIR]

Buyers of an Ecuadorian industrial distributor on Business Central: Guayaquil (`ñaño`,
`regáleme`, `full`, `chévere`, `rulimán`, `rodela`), Quito (`mande nomás`, `¿me regala?`,
`porfis`, `¿tendrá?`) and the oil-field service companies of the Amazon branch (El Coca), whose
buyers write English (`pls advise`, `ea`, `rig 7`, `Coca base`). Each line's words pin facts
(attributes and brand); its label is the set of active catalog-10 products those facts fit,
computed, and `check()` verifies every row against the CSV files `python -m bench.catalog10`
writes. Written blind: no matcher was read or run to write it. Deterministic.
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
from bench.catalog10.erp import INACTIVE, catalog, cross_references, write

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 180, "brand_open": 55, "ambiguous": 45, "code": 34, "mfr_ref": 32}
TYPE_CAP = {"description": 9, "brand_open": 8, "ambiguous": 4}
# customer -> weight; "" is a new number on WhatsApp
CUSTOMERS = (("C00101", 16), ("C00102", 9), ("C00103", 12), ("C00201", 13), ("C00202", 8), ("C00290", 4),
             ("C00301", 16), ("C00302", 11), ("", 8))  # fmt: skip
REGION = {"C00101": "gye", "C00102": "gye", "C00103": "gye", "C00201": "uio", "C00202": "uio", "C00290": "uio",
          "C00301": "en", "C00302": "en"}  # fmt: skip


class Row(corpus.Row):
    CATALOG = "catalog10"


seeded = partial(corpus.sha_random, "c10")


# --- how each region writes an item (Guayaquil, Quito, the oil field in English) ---------------

LANG_INDEX = {"gye": 0, "uio": 1, "en": 2}
SEAL_SAY = {"abierto": ("abierto", "sin sello", "open"), "2RS": ("2RS", "2RS sellado", "2RS"), "ZZ": ("ZZ", "2Z", "ZZ")}
UNC_PITCH = {"1/4": 20, "5/16": 18, "3/8": 16, "1/2": 13, "5/8": 11, "3/4": 10}  # threads per inch
GRADE_SAY = {"G5": ("grado 5", "G5", "gr 5"), "G8": ("grado 8", "G8", "grade 8")}
FIT_SAY = {"codo": ("codo 90", "codo", "90 elbow"), "tee": ("tee", "te", "tee"), "union": ("unión universal", "universal", "union"),
           "neplo": ("neplo corrido", "neplo", "close nipple"), "tapon": ("tapón macho", "tapón", "plug"),
           "bushing": ("bushing", "reducción bushing", "bushing")}  # fmt: skip
FIT_MAT = {"galvanizado": ("galvanizado", "HG", "galv"), "negro": ("negro", "hierro negro", "black iron")}
COLOUR_EN = {"negro": "black", "blanco": "white", "rojo": "red", "verde": "green", "amarillo": "yellow", "azul": "blue",
             "clara": "clear", "oscura": "dark", "amarilla": "amber"}  # fmt: skip
TYPE_SAY = {
    "rodamiento": ("rulimán", "rodamiento", "bearing"), "chumacera": ("chumacera", "chumacera de piso", "pillow block"),
    "perno_hex": ("perno hexagonal", "perno", "hex bolt"), "tuerca": ("tuerca", "tuerca hexagonal", "hex nut"),
    "arandela_plana": ("rodela plana", "arandela plana", "flat washer"),
    "arandela_presion": ("rodela de presión", "arandela de presión", "lock washer"),
    "perno_metrico": ("perno milimétrico", "perno métrico", "metric hex bolt"),
    "allen_metrico": ("perno allen", "tornillo allen", "socket head cap screw"),
    "autoperforante": ("tornillo autoperforante", "autoperforante", "self drilling screw"),
    "valvula_bola": ("válvula de bola", "llave de bola", "ball valve"), "valvula_check": ("válvula check", "check", "check valve"),
    "valvula_compuerta": ("válvula de compuerta", "llave de compuerta", "gate valve"),
    "breaker_riel": ("breaker riel DIN", "breaker de riel", "DIN rail breaker"),
    "breaker_enchufable": ("breaker enchufable", "breaker QO", "plug-in breaker"), "contactor": ("contactor", "contactor", "contactor"),
    "cable_thhn": ("cable THHN", "cable", "THHN wire"), "cable_sucre": ("cable sucre", "cable concéntrico sucre", "SUCRE cable"),
    "disco_corte": ("disco de corte", "disco de corte", "cut-off wheel"), "disco_desbaste": ("disco de desbaste", "disco de pulir", "grinding wheel"),
    "disco_flap": ("disco flap", "disco laminado", "flap disc"), "lija": ("lija de agua", "pliego de lija de agua", "wet sandpaper"),
    "banda": ("banda", "banda en V", "V-belt"), "electrodo": ("electrodo", "suelda", "welding rod"),
    "alambre_mig": ("alambre MIG", "alambre de soldar MIG", "MIG wire"), "llave_mixta": ("llave mixta", "llave combinada", "combination wrench"),
    "llave_tubo": ("llave de tubo", "llave stillson", "pipe wrench"), "llave_ajustable": ("llave francesa", "llave ajustable", "adjustable wrench"),
    "juego_dados": ("juego de dados", "juego de copas", "socket set"), "juego_allen": ("juego de llaves allen", "juego de hexagonales", "allen key set"),
    "guante": ("guantes", "guantes", "gloves"), "gafas": ("gafas de seguridad", "lentes de seguridad", "safety glasses"),
    "casco": ("casco", "casco de seguridad", "hard hat"), "tapon_auditivo": ("tapones auditivos", "tapones para oídos", "ear plugs"),
    "respirador": ("mascarilla", "respirador", "mask"), "bota": ("botas punta de acero", "botas de seguridad", "safety boots"),
}  # fmt: skip
GLOVE = {"nitrilo": ("de nitrilo", "nitrilo", "nitrile"), "cuero": ("de cuero", "de vaqueta", "leather"),
         "anticorte": ("anticorte", "anticorte nivel 5", "cut resistant")}  # fmt: skip
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "rodamiento": ("sello",), "perno_hex": ("grado", "largo"), "tuerca": ("grado",), "perno_metrico": ("largo",),
    "allen_metrico": ("largo",), "valvula_bola": ("material",), "breaker_riel": ("polos",), "breaker_enchufable": ("polos",),
    "contactor": ("bobina",), "cable_thhn": ("color",), "disco_corte": ("espesor",), "disco_flap": ("grano",), "banda": ("largo",),
    "electrodo": ("diametro",), "llave_tubo": ("pulgadas",), "llave_ajustable": ("pulgadas",), "codo": ("material",),
    "tee": ("material",), "union": ("material",), "neplo": ("material",), "guante": ("talla",), "casco": ("color",),
    "bota": ("talla",), "gafas": ("lente",),
}  # fmt: skip


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The words a buyer of `region` writes for an item with these facts (and nothing more)."""
    t, i = pins["type"], LANG_INDEX[region]
    g = pins.get
    en = i == 2
    if not set(pins) - {"type", "brand"}:  # the kind of thing alone (next to a code or a part number)
        return " ".join([(TYPE_SAY.get(t) or FIT_SAY[t])[i], *([pins["brand"]] if "brand" in pins else [])])

    def frac(s: str) -> str:  # "1-1/2" as buyers write it
        return s.replace("-", " ") if "-" in s and rng.random() < 0.6 else s

    def inch(s: str) -> str:
        s = frac(s)
        roll = rng.random()
        if roll < 0.45:
            return f'{s}"'
        if roll < 0.7:
            return s
        return f"{s} in" if en else f"{s} pulg"

    parts: list[str] = []
    if t == "rodamiento":
        des, seal = g("designacion", ""), g("sello")
        word = rng.choice((TYPE_SAY[t][i], "rodamiento" if not en else "brg"))
        if seal and seal != "abierto" and rng.random() < 0.4:
            parts = [word, f"{des}{rng.choice(('', '-'))}{SEAL_SAY[seal][rng.randrange(2)].split()[0]}"]
        else:
            parts = [word, des] + ([SEAL_SAY[seal][i]] if seal else [])
    elif t == "chumacera":
        des = g("designacion", "")
        parts = [TYPE_SAY[t][i], des if rng.random() < 0.6 else f"{des[:3]} {des[3:]}"]
    elif t == "perno_hex":
        dia, length = g("diametro", ""), g("largo")
        size = f"{dia}x{frac(length)}" if length and rng.random() < 0.5 else (f"{dia} x {frac(length)}" if length else dia)
        if en and rng.random() < 0.5:
            size = size.replace(dia, f"{dia}-{UNC_PITCH[dia]}", 1)
        parts = [TYPE_SAY[t][i], size] + ([GRADE_SAY[g("grado", "")][i]] if "grado" in pins else [])
    elif t == "tuerca":
        parts = [TYPE_SAY[t][i], g("diametro", "")] + ([GRADE_SAY[g("grado", "")][i]] if "grado" in pins else [])
    elif t in ("arandela_plana", "arandela_presion"):
        parts = [TYPE_SAY[t][i], g("diametro", "")]
    elif t in ("perno_metrico", "allen_metrico"):
        m, length = g("metrica", ""), g("largo")
        parts = [TYPE_SAY[t][i], (f"{m}x{length}" if rng.random() < 0.6 else f"{m} x {length}") if length else m]
    elif t == "autoperforante":
        size = g("medida", "").lower()
        a, b = size.split("x")
        parts = [TYPE_SAY[t][i], rng.choice((f"{a}x{frac(b)}", f"#{a} x {frac(b)}"))]
    elif t == "valvula_bola":
        m = g("material")
        words = {"bronce": ("de bronce", "bronce", "bronze"), "inox": ("inoxidable", "acero inox", "stainless")}
        parts = [TYPE_SAY[t][i]] + ([words[m][i]] if m else []) + [inch(g("rosca", ""))]
    elif t in ("valvula_check", "valvula_compuerta"):
        parts = [TYPE_SAY[t][i], inch(g("rosca", ""))]
    elif t in FIT_SAY:
        m = g("material")
        parts = [FIT_SAY[t][i]] + ([FIT_MAT[m][i]] if m else []) + [inch(g("rosca", ""))]
    elif t in ("breaker_riel", "breaker_enchufable"):
        poles = g("polos")
        pw = ((poles if rng.random() < 0.5 else f"{poles[0]} {'polo' if poles == '1P' else 'polos'}") if not en else poles) if poles else ""
        parts = [TYPE_SAY[t][i], pw, rng.choice((f"{g('amperios')}A", f"{g('amperios')} amp", f"{g('amperios')} amperios" if not en else f"{g('amperios')} amps"))]
    elif t == "contactor":
        coil = g("bobina")
        cw = {"220VAC": ("bobina 220V", "220", "220VAC coil"), "24VAC": ("bobina 24V", "24 voltios", "24VAC coil")}
        parts = [TYPE_SAY[t][i], f"{g('amperios')}A" if rng.random() < 0.6 else f"{g('amperios')} amp"] + ([cw[coil][i]] if coil else [])
    elif t == "cable_thhn":
        awg = g("calibre", "")
        colour = g("color")
        size = rng.choice((f"#{awg}", f"{awg} AWG", f"calibre {awg}" if not en else f"{awg} ga"))
        parts = [TYPE_SAY[t][i], size] + ([colour if not en else COLOUR_EN[colour]] if colour else [])
    elif t == "cable_sucre":
        parts = [TYPE_SAY[t][i], g("calibre", "").lower()]
    elif t == "disco_corte":
        d = frac(g("diametro", ""))
        parts = [TYPE_SAY[t][i], f"{d} x {g('espesor')}" + ("mm" if rng.random() < 0.5 else "") if "espesor" in pins else inch(g("diametro", ""))]
    elif t == "disco_desbaste":
        parts = [TYPE_SAY[t][i], inch(g("diametro", ""))]
    elif t == "disco_flap":
        grit = g("grano")
        parts = [TYPE_SAY[t][i], inch(g("diametro", ""))] + ([rng.choice((f"grano {grit}", f"G{grit}", f"#{grit}")) if not en else f"{grit} grit"] if grit else [])
    elif t == "lija":
        parts = [TYPE_SAY[t][i], rng.choice((f"#{g('grano')}", f"{g('grano')}", f"grano {g('grano')}" if not en else f"{g('grano')} grit"))]
    elif t == "banda":
        sec, length = g("seccion", ""), g("largo")
        if length:
            parts = [TYPE_SAY[t][i], rng.choice((f"{sec}{length}", f"{sec}-{length}", f"{sec} {length}"))]
        else:
            parts = [TYPE_SAY[t][i], f"sección {sec}" if not en else f"{sec} section"]
    elif t == "electrodo":
        cls = g("clase", "")
        parts = [TYPE_SAY[t][i], rng.choice((cls, cls[1:]))] + ([("de " if not en and rng.random() < 0.5 else "") + g("diametro", "")] if "diametro" in pins else [])
    elif t == "alambre_mig":
        dia = g("diametro", "")
        parts = [TYPE_SAY[t][i], rng.choice((dia, "0" + dia))]
    elif t == "llave_mixta":
        med = g("medida", "")
        parts = [TYPE_SAY[t][i], (med.replace("mm", rng.choice(("mm", " mm"))) if med.endswith("mm") else inch(med))]
    elif t in ("llave_tubo", "llave_ajustable"):
        parts = [TYPE_SAY[t][i]] + ([inch(g("pulgadas", ""))] if "pulgadas" in pins else [])
    elif t == "juego_dados":
        parts = [TYPE_SAY[t][i], "1/2" if not en else '1/2" drive']
    elif t == "juego_allen":
        parts = [TYPE_SAY[t][i]]
    elif t == "guante":
        size = g("talla")
        parts = [TYPE_SAY[t][i], GLOVE[g("material", "")][i]] + ([rng.choice((f"talla {size}", f"T{size}")) if not en else f"size {size}"] if size else [])
        if en:
            parts = [parts[1], parts[0], *parts[2:]]
    elif t == "gafas":
        lens = g("lente")
        parts = [TYPE_SAY[t][i]] + ([f"lente {lens}" if not en else COLOUR_EN[lens] + " lens"] if lens else [])
    elif t == "casco":
        colour = g("color")
        parts = [TYPE_SAY[t][i]] + ([colour if not en else COLOUR_EN[colour]] if colour else [])
    elif t == "tapon_auditivo":
        parts = [TYPE_SAY[t][i]]
    elif t == "respirador":
        parts = [TYPE_SAY[t][i], "N95"] + ([("con válvula" if not en else "with valve")] if g("clase") == "N95 valvula" else [])
    elif t == "bota":
        size = g("talla")
        parts = [TYPE_SAY[t][i]] + ([f"talla {size}" if not en else f"size {size}"] if size else [])
    if "brand" in pins:
        parts.append(pins["brand"] if rng.random() < 0.7 else pins["brand"].upper())
    return " ".join(p for p in parts if p)


# --- quantities --------------------------------------------------------------------------------

NUM_ES = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce", 20: "veinte"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}


def quantity(p: Product, region: str, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the item's unit."""
    en = region == "en"
    if rng.random() < 0.1:
        return "", "", ""
    if p.uom == "MT":
        n = rng.choice((10, 25, 50, 100, 200, 300))
        if n >= 100 and rng.random() < 0.5:
            rolls = n // 100
            if en:
                return (f"{rolls} x 100m {'rolls' if rolls > 1 else 'roll'} of", "", str(n))
            return (f"{rolls} {'rollos' if rolls > 1 else 'rollo'} de 100 m de", "", str(n))
        if en:
            return rng.choice(((f"{n}m", "", str(n)), ("", f"x {n} mts", str(n)), (f"{n} meters of", "", str(n))))
        return rng.choice(((f"{n} m de", "", str(n)), ("", f"{n} metros", str(n)), (f"{n} metros de", "", str(n))))
    if p.uom == "KG":
        boxes = rng.choice((1, 2, 3))
        kg = boxes * p.pack_qty
        box = "caja" if p.pack_qty == 20 else "rollo"
        if rng.random() < 0.5:
            if en:
                return (f"{boxes} x {p.pack_qty}kg {'boxes' if box == 'caja' else 'spools'} of", "", str(kg))
            return (f"{boxes} {box + 's' if boxes > 1 else box} de {p.pack_qty} kg de", "", str(kg))
        return (f"{kg} kg de" if not en else f"{kg} kg", "", str(kg))
    if p.uom == "CAJ":
        n = rng.choice((1, 2, 3, 5, 10))
        if en:
            return rng.choice(((f"{n} {'boxes' if n > 1 else 'box'} of", "", str(n)), (f"{n} bx", "", str(n)), ("", f"qty {n} bx", str(n))))
        return rng.choice(((f"{n} {'cajas' if n > 1 else 'caja'} de", "", str(n)), ("", f"- {n} {'cajas' if n > 1 else 'caja'}", str(n))))
    if p.uom == "JGO":
        n = rng.choice((1, 2, 3))
        if "juego" in say(p.facts(), region, rng) or (en and "set" in say(p.facts(), region, rng)):
            return (str(n), "", str(n)) if rng.random() < 0.5 else ("", f"x{n}", str(n))
        return (f"{n} {'juegos' if n > 1 else 'juego'} de" if not en else f"{n} x", "", str(n))
    if p.uom == "PAR":
        n = rng.choice((2, 5, 6, 10, 12, 20, 50))
        if en:
            return rng.choice(((f"{n} pairs", "", str(n)), (f"{n} pr", "", str(n)), ("", f"qty {n} pr", str(n))))
        shapes = [(f"{n} pares de", "", str(n)), ("", f"- {n} pares", str(n)), (f"{n} pares", "", str(n))]
        if n == 12:
            shapes.append(("una docena de pares de", "", "12"))
        if n == 6:
            shapes.append(("media docena de pares de", "", "6"))
        return rng.choice(shapes)
    if p.pack_qty >= 50 and rng.random() < 0.5:  # fasteners, by the box
        boxes = rng.choice((1, 2, 3, 5))
        total = boxes * p.pack_qty
        if en:
            return (f"{boxes} box{'es' if boxes > 1 else ''} of {p.pack_qty}", "", str(total))
        return rng.choice(((f"{boxes} {'cajas' if boxes > 1 else 'caja'} de {p.pack_qty} de", "", str(total)),
                           (f"{boxes} {'cajas' if boxes > 1 else 'caja'} x {p.pack_qty} und de", "", str(total)),
                           ("", f"- {total} und", str(total))))  # fmt: skip
    n = rng.choice((1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 50) if p.pack_qty == 1 else (100, 200, 300, 500, 1000, 1500))
    shapes_es = [(f"{n}", "", n), (f"{n} und", "", n), (f"{n} unidades de", "", n), ("", f"x{n}", n), (f"{n}x", "", n),
                 ("", f"- cant. {n}", n), (f"{n} u.", "", n), ("", f"({n} unidades)", n), ("", f"cant {n}", n)]
    if n in NUM_ES:
        shapes_es.append((NUM_ES[n], "", n))
    if n == 12:
        shapes_es.append(("una docena de", "", 12))
    if n == 6:
        shapes_es.append(("media docena de", "", 6))
    if n == 100:
        shapes_es.append(("un ciento de", "", 100))
    if n >= 10:
        shapes_es.append(("", f"- {n}", n))
    if n >= 1000:
        shapes_es.append((f"{n // 1000}.{n % 1000:03d}", "", n))
    shapes_en = [(f"{n} ea", "", n), (f"{n} x", "", n), ("", f"qty {n}", n), ("", f"x {n}", n), (f"{n} pcs", "", n),
                 ("", f"- {n} ea", n), ("", f"qty: {n} ea", n)]  # fmt: skip
    if n in NUM_EN:
        shapes_en.append((NUM_EN[n], "", n))
    if n >= 1000:
        shapes_en.append((f"{n:,}", "", n))
    before, after, value = rng.choice(shapes_en if en else shapes_es)
    if value == 1:  # one piece is "1 und" and "1 ea", never "1 unidades"
        before, after = (x.replace("unidades", "unidad").replace("pcs", "pc") for x in (before, after))
    return before, after, str(value)


# --- how the line reaches us -------------------------------------------------------------------

WRAP = {
    "gye": ("{x}", "{x}", "ñaño, mándame {x}", "regáleme {x}", "full urgente {x}", "buenas, ¿tiene {x}?",
            "me cotiza {x} porfa", "necesito {x} pa la planta", "{x} gracias", "precio de {x}", "¿cuánto vale {x}?",
            "hola ñaño, {x} chévere", "despácheme {x}", "¿tienen stock de {x}?"),
    "uio": ("{x}", "{x}", "mande nomás {x}", "¿me regala {x}?", "regáleme {x} porfis", "buenos días, ¿tendrá {x}?",
            "necesito {x}", "¿cuánto está {x}?", "me ayuda con {x}", "{x} porfa, gracias", "¿tienen stock de {x}?",
            "cotizar {x}"),
    "en": ("{x}", "{x}", "pls advise price and stock {x}", "pls quote {x}", "need {x} for rig 7 asap", "{x} - pls advise",
           "Hi, {x} for the Auca base please", "can you send {x} to Coca?", "do you have {x}?", "I need pricing on {x}",
           "{x}, thanks", "urgent: {x}"),
}  # fmt: skip
BULLETS = ("- ", "* ", "1) ", "2.- ", "3. ", "• ", "Item 4: ", "a) ")
UOM_CELL = {"UND": ("UND", "und", "u"), "MT": ("MT", "m", "mts"), "KG": ("KG", "kg"), "JGO": ("JGO", "jgo"),
            "PAR": ("PAR", "pares"), "CAJ": ("CAJ", "cajas")}  # fmt: skip
PROTECT = {"skf", "ntn", "nsk", "zwz", "kitz", "apollo", "crane", "schneider", "siemens", "norton", "dewalt", "gates",
           "bando", "lincoln", "esab", "stanley", "truper", "ridgid", "bahco", "ansell", "steelpro", "fastenal",
           "unbrako", "würth", "electrocables", "thhn", "sucre"}  # fmt: skip


def dress(item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
    """The whole line for an item phrase: quantity, channel, wrapper, typos. Returns (text, qty)."""
    before, after, qty = quantity(p, region, rng)
    fmt = rng.choice(("whatsapp", "whatsapp", "email", "xlsx"))
    note["fmt"] = fmt
    note["qty"] = "none" if not qty else "yes"
    if fmt == "xlsx" and (not qty or p.uom != "MT"):
        cells = [item.upper() if rng.random() < 0.3 else item]
        if qty:
            cells = [qty, *cells, rng.choice(UOM_CELL[p.uom])] if rng.random() < 0.5 else [*cells, qty, rng.choice(UOM_CELL[p.uom])]
        return rng.choice(("\t", " | ", ";")).join(cells), qty
    if fmt == "xlsx":
        note["fmt"] = fmt = "email"
    body = " ".join(x for x in (before, item, after) if x)
    if fmt == "whatsapp":
        text = rng.choice(WRAP[region]).format(x=body)
        return corpus.typed(text, rng, note, lower=0.5, typo=0.35, slip_with=partial(corpus.slip, protect=PROTECT)), qty
    return corpus.bulleted(body, BULLETS, WRAP[region][:8], rng, wrapped=0.4), qty


VOICE = corpus.Voice.drawn(seeded, CUSTOMERS, REGION, ("gye", "uio"), say, dress)


# --- the kinds of line -------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return VOICE.early_lines(Row, products, targets=TARGETS, caps=TYPE_CAP, omit=OMIT)


def code_rows(products: list[Product]) -> list[Row]:
    def shapes(sku: str, region: str) -> tuple[str, ...]:
        return (sku, sku, f"{sku[:4]}{sku[5:]}", f"{sku[:4]} {sku[5:]}", f"item {sku}", f"cód. {sku}",
                f"#{sku}", f"código {sku}" if region != "en" else f"item no. {sku}")

    return VOICE.code_rows(Row, products, order=lambda p: hashlib.sha256(("code", p.key).__repr__().encode()).hexdigest(), count=TARGETS["code"], shapes=shapes)


def part_rows(products: list[Product]) -> list[Row]:
    shapes = {"C00101": ("material {part}", "cód. SAP {part}", "{part}", "{part} - {what}"),
              "C00301": ("our item {part}", "{part}", "{part} ({what})", "Maximo {part}", "P/N {part}")}
    return VOICE.part_rows(Row, products, cross_references(products), shapes, quantity=quantity,
                           unit_cell=lambda p, region: UOM_CELL[p.uom][0], bullets=BULLETS[:6])


def mfr_rows(products: list[Product]) -> list[Row]:
    shape = tail.cased_shape("o equivalente", "or equivalent")
    refs = corpus.maker_refs(products, seed="mfr", target=TARGETS["mfr_ref"], cap=4, type_key="type", skip_codes=False)
    return VOICE.maker_rows(Row, refs, shape, times=" x")


# (text, customer, facts that fit nothing active | absent word)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("ñaño mándame 4 rulimanes 6215 2RS", "C00101", {"type": "rodamiento", "designacion": "6215"}),
    ("necesito 2 rodamientos 6312 C3", "C00201", {"type": "rodamiento", "designacion": "6312"}),
    ("pls quote 6 ea brg 6014 ZZ", "C00301", {"type": "rodamiento", "designacion": "6014"}),
    ("chumacera UCF 208 x 2", "C00103", {"type": "chumacera_pared"}),
    ("perno hexagonal 1 x 6 grado 8 - 20 und", "C00102", {"type": "perno_hex", "diametro": "1"}),
    ("10 ea hex bolt 7/8-9 x 5 gr 8 for rig 12", "C00302", {"type": "perno_hex", "diametro": "7/8"}),
    ("regáleme 100 pernos M24x100", "C00201", {"type": "perno_metrico", "metrica": "M24"}),
    ("válvula de bola bronce 3\" x2", "C00103", {"type": "valvula_bola", "rosca": "3"}),
    ("ball valve 4 in 600# flanged qty 2", "C00301", {"type": "valvula_bola", "rosca": "4"}),
    ("breaker riel 3P 100A", "C00201", {"type": "breaker_riel", "amperios": "100"}),
    ("contactor 95A bobina 220", "C00103", {"type": "contactor", "amperios": "95"}),
    ("cable THHN 1/0 negro 200 m", "C00101", {"type": "cable_thhn", "calibre": "1/0"}),
    ("banda C120 x 4", "C00103", {"type": "banda", "seccion": "C"}),
    ("V-belt 5V1000 qty 3", "C00302", {"type": "banda", "seccion": "5V"}),
    ("electrodo 7018 de 3/16 una caja", "C00102", {"type": "electrodo", "diametro": "3/16"}),
    ("llave de tubo 48\" ridgid", "C00301", {"type": "llave_tubo", "pulgadas": "48"}),
    ("disco de corte 14\" para tronzadora x 10", "C00290", {"type": "disco_corte", "diametro": "14"}),
    ("guantes de nitrilo talla 7 - 20 pares", "C00202", {"type": "guante", "talla": "7"}),
    ("botas punta de acero talla 45", "C00102", {"type": "bota", "talla": "45"}),
    ("20 manguera hidráulica 1/2 2 mallas", "C00103", "manguera"),
    ("empaque espirometálico 2\" 300#", "C00301", "espirometalico"),
    ("teflón en cinta 3/4 x 12 rollos", "C00101", "teflon"),
    ("cadena de rodillos 60 simple 3 m", "C00103", "cadena"),
    ("brida slip-on 4\" 150# x4", "C00302", "brida"),
    ("grasa de litio tubo 14 oz x 12", "C00201", "grasa"),
    ("broca HSS 3/8 - 10 und", "C00102", "broca"),
    ("arnés de seguridad 4 argollas", "C00301", "arnes"),
    ("2 extintores PQS 10 lb", "C00202", "extintor"),
    ("silicona roja alta temperatura x 6", "C00101", "silicona"),
)

NOT_ITEM = (
    ("listo ñaño, gracias", "C00101"), ("chévere, quedo pendiente", "C00101"), ("buenas tardes Johanna", "C00101"),
    ("¿a qué hora cierran en la vía a Daule?", "C00102"), ("mande la factura al correo de siempre porfa", "C00103"),
    ("ok", "C00103"), ("full gracias, bendiciones", "C00102"), ("Enviado desde mi Huawei", "C00101"),
    ("Saludos cordiales, Ing. Fernando Coello", "C00103"), ("ORDEN DE COMPRA Nº 4500018822", "C00101"),
    ("mande?", "C00201"), ("buenos días, ¿cómo está?", "C00201"), ("ya le hago la transferencia", "C00290"),
    ("¿me regala el número de guía de Servientrega?", "C00202"), ("de ley, mañana paso a retirar", "C00290"),
    ("ya, listo, gracias", "C00201"), ("Dirección: Panamericana Norte km 7 1/2", "C00201"), ("¿aceptan cheque?", "C00202"),
    ("pls advise ETA of PO 88120", "C00301"), ("thanks, that's all", "C00301"), ("Regards, Mike Dawson - AWS Coca", "C00301"),
    ("deliver to Auca base gate 2, ask for Luis", "C00301"), ("PO 45-7731 attached", "C00302"), ("noted, thanks", "C00302"),
    ("please invoice to Orellana Drilling Quito office", "C00302"), ("hi", "C00302"), ("Qty / Description / UOM", "C00301"),
    ("CANT.\tDESCRIPCIÓN\tUND", "C00103"), ("¿llegó lo que faltaba del pedido 7712?", "C00103"),
    ("ok confirmo, despachen", "C00101"), ("any news on last week's backorder?", "C00302"),
)  # fmt: skip

HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c10", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
