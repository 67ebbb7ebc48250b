"""Write bench/corpus8/{all,tune,holdout}.csv: buyers' lines on catalog 8, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus8.generate [--out DIR]

Buyers of a Spanish industrial supplier (Bilbao, Zaragoza) and its Colombian branch (Medellín),
and one UK plant in English. Each line's words pin facts (attributes and brand); its label is
the set of active catalog-8 products those facts fit, computed, and `check()` verifies every
row against the CSV files `python -m bench.catalog8` writes. Written blind: no matcher was read
or run to write it. Deterministic: the same code gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, tail
from bench.blind.corpus import KINDS as KINDS  # the kinds of its lines, as tests read them
from bench.blind.corpus import check
from bench.catalog4.model import Product
from bench.catalog8.erp import INACTIVE, catalog, cross_references, write

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 175, "brand_open": 55, "ambiguous": 42, "code": 34, "mfr_ref": 32}
TYPE_CAP = {"description": 12, "brand_open": 8, "ambiguous": 5}
# customer -> weight; "" is a new number on WhatsApp
CUSTOMERS = (("ES0101", 22), ("ES0102", 12), ("ES0103", 14), ("ES0190", 4), ("CO0201", 18), ("CO0202", 12),
             ("UK0301", 16), ("", 8))  # fmt: skip
REGION = {"ES0101": "es", "ES0102": "es", "ES0103": "es", "ES0190": "es", "CO0201": "co", "CO0202": "co", "UK0301": "en"}


class Row(corpus.Row):
    CATALOG = "catalog8"


seeded = partial(corpus.sha_random, "c8")


# --- how each region writes an item ---------------------------------------------------------

SEAL_SAY = {"abierto": ("abierto", "sin obturar", "open"), "2RS": ("2RS", "-2RS", "2RS"), "2Z": ("ZZ", "2Z", "ZZ")}
MAT_SAY = {"8.8 zinc": ("8.8 zincado", "cincado", "8.8 zinc plated"), "A2": ("inox A2", "inox", "A2 stainless"),
           "zinc": ("zincado", "zincado", "zinc")}  # fmt: skip
FIT_SAY = {"codo": ("codo 90", "codo", "90 elbow"), "te": ("te", "tee", "equal tee"), "manguito": ("manguito", "unión", "socket"),
           "machon": ("machón", "niple", "hex nipple"), "tapon": ("tapón macho", "tapón", "plug"),
           "casquillo": ("casquillo reducción", "buje reducción", "reducing bush")}  # fmt: skip
TYPE_SAY = {
    "rodamiento": ("rodamiento", "rodamiento", "bearing"), "tornillo_hex": ("tornillo DIN 933", "tornillo hexagonal", "hex bolt DIN 933"),
    "tornillo_allen": ("tornillo allen DIN 912", "tornillo bristol", "socket cap screw DIN 912"),
    "tornillo_alomado": ("tornillo alomado DIN 7985", "tornillo estrella cabeza redonda", "pan head screw DIN 7985"),
    "tuerca": ("tuerca DIN 934", "tuerca hexagonal", "hex nut DIN 934"),
    "tuerca_autoblocante": ("tuerca autoblocante", "tuerca de seguridad con nylon", "nyloc nut DIN 985"),
    "arandela": ("arandela DIN 125", "arandela plana", "flat washer DIN 125"),
    "valvula_retencion": ("válvula antirretorno", "cheque de resorte", "check valve"),
    "electrovalvula": ("electroválvula", "válvula solenoide", "solenoid valve"),
    "magnetotermico": ("magnetotérmico", "breaker", "MCB"), "diferencial": ("diferencial", "diferencial", "RCCB"),
    "contactor": ("contactor", "contactor", "contactor"), "cable": ("cable H07V-K", "cable flexible", "H07V-K cable"),
    "disco_corte": ("disco de corte", "disco de corte", "cutting disc"), "disco_desbaste": ("disco de desbaste", "disco de pulir", "grinding disc"),
    "disco_laminas": ("disco de láminas", "disco flap", "flap disc"), "correa": ("correa", "correa en V", "V-belt"),
    "electrodo": ("electrodo", "soldadura", "welding rods"), "hilo_mig": ("hilo MIG", "alambre MIG", "MIG wire"),
    "llave_inglesa": ("llave inglesa", "llave expansiva", "adjustable spanner"),
    "llave_combinada": ("llave combinada", "llave mixta", "combination spanner"),
    "juego_allen": ("juego de llaves allen", "juego de llaves bristol", "allen key set"),
}  # fmt: skip
LANG_INDEX = {"es": 0, "co": 1, "en": 2}
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "rodamiento": ("obturacion",), "tornillo_hex": ("material", "largo"), "tornillo_allen": ("material", "largo"),
    "tuerca": ("material",), "tuerca_autoblocante": ("material",), "arandela": ("material",), "tornillo_alomado": ("largo",),
    "valvula_bola": ("material",), "electrovalvula": ("tension",), "magnetotermico": ("polos",),
    "diferencial": ("sensibilidad", "polos"), "contactor": ("bobina",), "cable": ("color",), "disco_corte": ("espesor",),
    "disco_laminas": ("grano",), "correa": ("largo",), "electrodo": ("diametro",), "llave_inglesa": ("pulgadas",),
    "codo": ("material",), "te": ("material",), "manguito": ("material",), "machon": ("material",), "casquillo": ("material",),
}  # fmt: skip


def say(pins: dict[str, str], region: str, rng: Random) -> str:
    """The words a buyer of `region` writes for an item with these facts (and nothing more)."""
    t, i = pins["type"], LANG_INDEX[region]
    g = pins.get

    def inch(s: str) -> str:
        return f'{s}"' if rng.random() < 0.6 else (f"{s} pulg" if i < 2 else f"{s} inch")

    def dec(s: str) -> str:
        return s.replace(".", ",") if i < 2 and rng.random() < 0.7 else s

    parts: list[str] = []
    if t == "rodamiento":
        des = g("designacion", "")
        seal = g("obturacion")
        if seal and rng.random() < 0.5 and seal != "abierto":
            parts = [TYPE_SAY[t][i], f"{des}{SEAL_SAY[seal][rng.randrange(2)]}".replace("--", "-")]
        else:
            parts = [rng.choice((TYPE_SAY[t][i], "rod." if i < 2 else "brg")), des] + ([SEAL_SAY[seal][i if seal == "abierto" else rng.randrange(2)]] if seal else [])
    elif t.startswith("tornillo"):
        m, length = g("metrica", ""), g("largo")
        size = f"{m}x{length}" if length and rng.random() < 0.6 else (f"{m} x {length}" if length else m)
        if t == "tornillo_hex" and rng.random() < 0.25:
            parts = ["tornillo ISO 4017" if i < 2 else "ISO 4017 bolt", size]
        else:
            parts = [TYPE_SAY[t][i if rng.random() < 0.7 else 0], size]
        if "material" in pins and t != "tornillo_alomado":
            parts.append(MAT_SAY[pins["material"]][i if rng.random() < 0.6 else 0])
    elif t in ("tuerca", "tuerca_autoblocante", "arandela"):
        parts = [TYPE_SAY[t][i if rng.random() < 0.7 else 0], g("metrica", "")]
        if "material" in pins:
            parts.append(MAT_SAY[pins["material"]][i])
    elif t == "valvula_bola":
        mat = g("material")
        word = {"es": "válvula de bola", "co": "registro de bola", "en": "ball valve"}[region]
        parts = [word] + ([{"laton": ("latón", "bronce", "brass"), "inox": ("inox", "acero inoxidable", "stainless")}[mat][i]] if mat else []) + [inch(g("rosca", ""))]
    elif t == "valvula_retencion":
        parts = [TYPE_SAY[t][i], inch(g("rosca", ""))]
    elif t == "electrovalvula":
        parts = [TYPE_SAY[t][i], inch(g("rosca", ""))]
        if "tension" in pins:
            parts.append({"24VDC": ("24V DC", "24 VDC", "24V DC"), "230VAC": ("230V AC", "220V", "230V AC")}[pins["tension"]][i])
    elif t in FIT_SAY:
        mat = g("material")
        parts = [FIT_SAY[t][i]] + ([{"galvanizado": ("galva", "galvanizado", "galv"), "laton": ("latón", "bronce", "brass")}[mat][i]] if mat else []) + [inch(g("rosca", ""))]
    elif t == "magnetotermico":
        parts = [rng.choice((TYPE_SAY[t][i], "magneto" if i == 0 else TYPE_SAY[t][i]))] + ([g("polos", "")] if "polos" in pins else []) + [rng.choice((f"{g('amperios')}A", f"C{g('amperios')}", f"{g('amperios')} amp"))]
    elif t == "diferencial":
        parts = [TYPE_SAY[t][i]] + ([g("polos", "")] if "polos" in pins else []) + [f"{g('amperios')}A"] + ([g("sensibilidad", "")] if "sensibilidad" in pins else [])
    elif t == "contactor":
        parts = [TYPE_SAY[t][i], f"{g('amperios')}A"] + ([("bobina " if i < 2 else "coil ") + {"230VAC": ("230V", "220V", "230V AC"), "24VAC": ("24V AC", "24 VAC", "24V AC")}[pins["bobina"]][i]] if "bobina" in pins else [])
    elif t == "cable":
        parts = [TYPE_SAY[t][i], f"{dec(g('seccion', ''))}{'mm2' if rng.random() < 0.5 else ' mm²'}"] + ([g("color", "")] if "color" in pins and i < 2 else ([{"negro": "black", "azul": "blue", "gris": "grey", "amarillo-verde": "green/yellow"}[g("color", "")]] if "color" in pins else []))
    elif t == "disco_corte":
        parts = [TYPE_SAY[t][i], f"{g('diametro')}x{dec(g('espesor', ''))}" if "espesor" in pins else g("diametro", "")]
    elif t == "disco_desbaste":
        parts = [TYPE_SAY[t][i], g("diametro", "")]
    elif t == "disco_laminas":
        parts = [TYPE_SAY[t][i], g("diametro", "")] + ([rng.choice((f"grano {g('grano')}", f"G{g('grano')}", f"P{g('grano')}")) if i < 2 else f"{g('grano')} grit"] if "grano" in pins else [])
    elif t == "correa":
        prof, length = g("perfil", ""), g("largo")
        parts = [TYPE_SAY[t][i] if rng.random() < 0.6 else ("correa trapezoidal" if i < 2 else "vee belt")]
        parts.append(f"{prof}{'' if len(prof) == 1 and rng.random() < 0.6 else ' '}{length}" if length else f"perfil {prof}" if i < 2 else f"{prof} section")
    elif t == "electrodo":
        cls = g("clase", "")
        parts = [TYPE_SAY[t][i], rng.choice((cls, cls[1:]))] + ([("de " if i < 2 else "") + dec(g("diametro", "")) + (" mm" if rng.random() < 0.5 else "")] if "diametro" in pins else [])
    elif t == "hilo_mig":
        parts = [TYPE_SAY[t][i], dec(g("diametro", ""))]
    elif t == "llave_inglesa":
        parts = [TYPE_SAY[t][i]] + ([inch(g("pulgadas", ""))] if "pulgadas" in pins else [])
    elif t == "llave_combinada":
        parts = [TYPE_SAY[t][i], f"{g('medida')} mm" if rng.random() < 0.6 else f"{g('medida')}mm"]
    elif t == "juego_allen":
        parts = [TYPE_SAY[t][i]]
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
    if p.uom == "M":
        n = rng.choice((10, 25, 50, 100, 200, 500))
        if n == 500 and not en:
            return (rng.choice(("0,5 km de", "medio km de")), "", "500")
        if n >= 100 and rng.random() < 0.5:
            rolls = n // 100
            return (f"{rolls} {'rollos' if rolls > 1 else 'rollo'} de 100 m de" if not en else f"{rolls} x 100m {'reels' if rolls > 1 else 'reel'} of", "", str(n))
        return rng.choice(((f"{n} m", "", str(n)), ("", f"{n} mts" if not en else f"{n}m", str(n)), (f"{n} metros de" if not en else f"{n} metres of", "", str(n))))
    if p.uom == "KG":
        boxes = rng.choice((1, 2, 4))
        kg = boxes * p.pack_qty
        if rng.random() < 0.5:
            unit_word = "cajas" if p.pack_qty == 5 else "bobinas"
            if en:
                return (f"{boxes} x {p.pack_qty}kg {'packets' if p.pack_qty == 5 else 'spools'} of", "", str(kg))
            return (f"{boxes} {unit_word if boxes > 1 else unit_word[:-1]} de {p.pack_qty} kg de", "", str(kg))
        return (f"{kg} kg de" if not en else f"{kg}kg", "", str(kg))
    if p.uom == "JG":
        n = rng.choice((1, 2, 3))
        return (f"{n} {'juegos' if n > 1 else 'juego'} de" if not en else f"{n} x", "", str(n)) if "juego" not in say(p.facts(), region, rng) else (str(n), "", str(n))
    if p.pack_qty >= 50 and rng.random() < 0.5:  # fasteners, by the box
        boxes = rng.choice((1, 2, 3, 5))
        total = boxes * p.pack_qty
        if region == "co":
            return (f"{boxes} {'cajas' if boxes > 1 else 'caja'} de a {p.pack_qty}", "", str(total))
        if en:
            return (f"{boxes} box{'es' if boxes > 1 else ''} of {p.pack_qty}", "", str(total))
        return rng.choice(((f"{boxes} {'cajas' if boxes > 1 else 'caja'} de {p.pack_qty} uds de", "", str(total)),
                           ("", f"- {total} uds", str(total))))  # fmt: skip
    n = rng.choice((1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 50) if p.pack_qty == 1 else (100, 200, 300, 500, 1000, 1500))
    shapes_es = [(f"{n}", "", n), (f"{n} uds", "", n), (f"{n} uds. de", "", n), ("", f"x{n}", n), (f"{n}x", "", n),
                 ("", f"- cant. {n}", n), (f"{n} ud.", "", n), ("", f"({n} unidades)", n)]
    if n in NUM_ES:
        shapes_es.append((NUM_ES[n], "", n))
    if n == 12:
        shapes_es.append(("una docena de", "", 12))
    if n == 100:
        shapes_es.append(("un ciento de", "", 100))
    if n == 1000:
        shapes_es.append(("un millar de", "", 1000))
    if n >= 10:
        shapes_es.append(("", f"- {n}", n))
    if n >= 1000:
        shapes_es.append((f"{n // 1000}.{n % 1000:03d}", "", n))
    if region == "co":
        shapes_es += [(f"{n} und", "", n), ("", f"cant {n}", n)] + ([("media docena de", "", 6)] if n == 6 else [])
    shapes_en = [(f"{n} off", "", n), (f"{n} x", "", n), ("", f"qty {n}", n), ("", f"x {n}", n), (f"{n} pcs", "", n),
                 ("", f"- {n} no.", n)]  # fmt: skip
    if n in NUM_EN:
        shapes_en.append((NUM_EN[n], "", n))
    if n >= 1000:
        shapes_en.append((f"{n:,}", "", n))
    before, after, value = rng.choice(shapes_en if en else shapes_es)
    if value == 1:  # one piece is "1 ud." and "1 pc", never "1 uds"
        before, after = (re.sub(r"\buds\b\.?", "ud.", x).replace("unidades", "unidad").replace("pcs", "pc") for x in (before, after))
    return before, after, str(value)


# --- how the line reaches us -------------------------------------------------------------------

WRAP = {
    "es": ("{x}", "{x}", "ponme {x}", "me mandas {x} porfa", "necesito {x}", "hola, {x} vale?", "buenos días, ¿tenéis {x}?",
           "para mañana {x}", "{x} gracias", "¿me pasas precio de {x}?", "Pedido: {x}", "añade al albarán {x}",
           "precio de {x}", "¿cuánto cuesta {x}?", "¿tenéis stock de {x}?"),
    "co": ("{x}", "{x}", "me regala {x}", "buenas sumercé, me regala {x}", "necesito {x} pa la planta",
           "¿tienen {x}?", "me cotiza {x} por fa", "buen día, {x}", "{x} gracias", "favor despachar {x}",
           "¿tienen stock de {x}?", "precio {x}"),
    "en": ("{x}", "{x}", "please supply {x}", "pls quote {x}", "can you do {x}?", "need {x} asap",
           "Hi, {x} please", "{x} - cheers", "could you send {x}",
           "do you have {x}?", "I need pricing on {x}"),
}  # fmt: skip
BULLETS = ("- ", "* ", "1) ", "2.- ", "3. ", "• ", "Línea 4: ", "a) ")
UOM_CELL = {"UD": ("UD", "uds", "un"), "M": ("M", "m", "mts"), "KG": ("KG", "kg"), "JG": ("JGO", "jgo")}
PROTECT = {"skf", "fag", "nsk", "din", "iso", "schneider", "hager", "legrand", "abb", "klingspor", "pferd", "optibelt",
           "roulunds", "esab", "lincoln", "bahco", "stanley", "genebre", "arco", "parker", "würth", "bossard", "fabory"}  # fmt: skip


def dress(item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
    """The whole line for an item phrase: quantity, channel, wrapper, typos. Returns (text, qty)."""
    before, after, qty = quantity(p, region, rng)
    fmt = rng.choice(("whatsapp", "whatsapp", "email", "xlsx"))
    note["fmt"] = fmt
    note["qty"] = "none" if not qty else "yes"
    if fmt == "xlsx" and (not qty or p.uom != "M"):
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
    return corpus.bulleted(body, BULLETS, WRAP[region][:6], rng, wrapped=0.4), qty


VOICE = corpus.Voice.drawn(seeded, CUSTOMERS, REGION, ("es", "es", "co"), say, dress)


# --- the kinds of line -------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return VOICE.early_lines(Row, products, targets=TARGETS, caps=TYPE_CAP, omit=OMIT)


def code_rows(products: list[Product]) -> list[Row]:
    def shapes(sku: str, region: str) -> tuple[str, ...]:
        return (sku, sku.lower(), f"{sku[:2]}-{sku[2:6]}-{sku[6:]}", f"{sku[:2]} {sku[2:]}", f"ref. {sku}", f"cód. {sku}")

    return VOICE.code_rows(Row, products, order=lambda p: hashlib.sha256(("code", p.key).__repr__().encode()).hexdigest(), count=TARGETS["code"], shapes=shapes)


def part_rows(products: list[Product]) -> list[Row]:
    shapes = {"CO0201": ("material {part}", "cód. SAP {part}", "{part}", "mat {part} - {what}"),
              "UK0301": ("our stock code {part}", "{part}", "{part} ({what})", "item {part}")}
    return VOICE.part_rows(Row, products, cross_references(products), shapes, quantity=quantity,
                           unit_cell=lambda p, region: UOM_CELL[p.uom][0], bullets=BULLETS[:6])


def mfr_rows(products: list[Product]) -> list[Row]:
    shape = tail.cased_shape("o equivalente", "or equivalent")
    refs = corpus.maker_refs(products, seed="mfr", target=TARGETS["mfr_ref"], cap=4, type_key="type", skip_codes=False)
    return VOICE.maker_rows(Row, refs, shape, times=" x")


# (text, customer, facts that fit nothing active | absent word)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("ponme 4 rodamientos 6215-2RS", "ES0101", {"type": "rodamiento", "designacion": "6215"}),
    ("necesito 2 rod. 6320 C3", "ES0103", {"type": "rodamiento", "designacion": "6320"}),
    ("me regala 6 rodamientos 6014 ZZ", "CO0201", {"type": "rodamiento", "designacion": "6014"}),
    ("tornillo DIN 933 M24x100 8.8 - 50 uds", "ES0101", {"type": "tornillo_hex", "metrica": "M24"}),
    ("2 cajas de tornillo M30x120 DIN 931", "ES0102", {"type": "tornillo_hex", "metrica": "M30"}),
    ("10 off M24 nyloc nuts DIN 985", "UK0301", {"type": "tuerca_autoblocante", "metrica": "M24"}),
    ("magnetotérmico 4P 125A curva D", "ES0103", {"type": "magnetotermico", "amperios": "125"}),
    ("contactor 95A bobina 230V", "CO0201", {"type": "contactor", "amperios": "95"}),
    ("correa trapezoidal C-120 x4", "CO0202", {"type": "correa", "perfil": "C"}),
    ("2 correas SPB 2000", "ES0101", {"type": "correa", "perfil": "SPB"}),
    ("válvula de bola latón 3\" x2", "ES0102", {"type": "valvula_bola", "rosca": "3"}),
    ("disco de corte 180x1,6 - 25 uds", "ES0190", {"type": "disco_corte", "diametro": "180"}),
    ("cable H07V-K 25mm2 negro 100 m", "ES0103", {"type": "cable", "seccion": "25"}),
    ("electrodo inox 316L 3,2 una caja", "ES0101", {"type": "electrodo", "clase": "E316L"}),
    ("llave inglesa 24\" bahco", "CO0201", {"type": "llave_inglesa", "pulgadas": "24"}),
    ("20 manguera hidráulica 1/2 2SN", "ES0101", "manguera"),
    ("junta tórica 50x3 NBR - 100 uds", "ES0102", "tórica"),
    ("cadena de rodillos 08B-1 5 m", "CO0202", "cadena"),
    ("me regala 10 pares de guantes de nitrilo", "CO0201", "guantes"),
    ("6 cartuchos de silicona neutra", "ES0190", "silicona"),
    ("brida DN50 PN16 x 4", "ES0103", "brida"),
    ("rodamiento de rodillos cónicos 30206", "ES0101", "cónicos"),
    ("chumacera UCP 205 x2", "CO0201", "chumacera"),
    ("broca HSS 8 mm - 10 uds", "ES0102", "broca"),
    ("5 x spray penetrante WD-40", "UK0301", "wd40"),
    ("please quote 2 off pillow block UCF208", "UK0301", "pillow"),
    ("grasa de litio cartucho 400 g x 12", "ES0101", "grasa"),
)


NOT_ITEM = (
    ("vale, gracias", "ES0101"), ("me mandas el albarán del pedido 4512?", "ES0101"), ("porfa confírmame la hora de entrega", "ES0102"),
    ("Buenas tardes Maite", "ES0101"), ("sumercé, ¿a qué hora cierran en Itagüí?", "CO0202"), ("Un saludo,", "ES0103"),
    ("Enviado desde mi iPhone", "ES0103"), ("PEDIDO Nº 2026-1184", "ES0101"), ("Dirección de entrega: Pol. Asua pab. 14", "ES0101"),
    ("¿me pasas la factura de octubre?", "ES0102"), ("listo, muchas gracias, que esté bien", "CO0201"),
    ("cheers, that's all for now", "UK0301"), ("Please invoice to accounts payable as usual", "UK0301"),
    ("Regards, Gareth", "UK0301"), ("PO 45021187 attached", "UK0301"), ("vale perfecto, mañana lo recogemos", "ES0190"),
    ("¿cuándo llega lo que falta del albarán 30771?", "ES0103"), ("me regala el número de la guía", "CO0201"),
    ("buenos días", "CO0202"), ("entrega en portería, preguntar por Andrés", "CO0201"), ("ok", "ES0101"),
    ("¿aceptáis devolución de los discos que sobraron?", "ES0102"), ("Atentamente, Javier Ruiz - Mantenimiento", "ES0102"),
    ("el transportista no ha pasado todavía", "ES0103"), ("de acuerdo, espero confirmación", "ES0103"),
    ("please confirm delivery date for last week's order", "UK0301"), ("gracias sumercé, quedo atento", "CO0202"),
    ("Ref. presupuesto 26/0912", "ES0101"), ("hola, soy Paco de Instalaciones Pérez", "ES0190"),
    ("Item / Qty / Unit", "UK0301"), ("CANT.\tDESCRIPCIÓN\tUD", "ES0101"),
)  # fmt: skip

HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c8", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
