"""Corpus 22: labelled request lines on catalog 22, a Panamanian house on NetSuite (issue #13).

`python -m bench.corpus22.generate` writes all.csv, tune.csv and holdout.csv here after checking
every label against the ERP folder `bench.catalog22` writes. Labels come from the facts each line
pins (words.py writes exactly them), never from a matcher. README.md says what is in it.
"""

from __future__ import annotations

import hashlib
import re
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, dress
from bench.blind.corpus import KINDS, Buyers, Generator, Hand, Row
from bench.blind.tail import check_short, run_apart
from bench.catalog4.model import Product
from bench.catalog22 import erp
from bench.corpus22.words import ENGLISH, say, say_kind

HERE = Path(__file__).parent
seeded = partial(corpus.sha_random, "c22")
__all__ = ["HERE", "KINDS", "build", "check", "files", "main", "spaced_code"]


class C22Row(Row):
    CATALOG = "catalog22"


BUYERS = Buyers(
    rows=(("CUS-10021", 10, "canal"), ("CUS-10034", 9, "canal"), ("CUS-10048", 8, "car"), ("CUS-10052", 7, "pa"), ("CUS-10067", 9, "co"),
          ("CUS-10073", 8, "cr"), ("CUS-10085", 10, "us"), ("CUS-10091", 10, "pa"), ("CUS-10096", 8, "pa"), ("CUS-10099", 3, "pa"), ("", 6, "")),
    unknown=("pa", "pa", "co", "us"),
    english=ENGLISH,  # the Bocas supervisor (`car`) and the US marine-services supervisors (`us`)
)  # fmt: skip

WORDS = {"es": {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce"},
         "en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten"}}  # fmt: skip
METRES = (10, 15, 20, 25, 30, 50, 60, 100, 150, 200, 300, 500, 1000)


def count(n: int, region: str) -> str:
    """A count as the region writes it: `1,000` in Panama and to an English writer, `1.000` in
    Colombia and Costa Rica."""
    s = f"{n:,}"
    return s.replace(",", ".") if region in ("co", "cr") else s


def quantity(p: Product, region: str, rng: Random) -> dress.Said:
    """(before, after, quantity in the item's unit): metres of rope and chain (`50 metros de`,
    `x 100 m`, `200 ft`is never written: the house sells by the metre), boxes of a boxed bolt,
    bare counts, `x 5`, trailing `- 500`, `(6)`, counts in words, dozens and pairs, thousands as
    the region writes them."""
    en = region in ENGLISH
    r = rng.random()
    if r < 0.08:
        return "", "", ""
    if p.uom == "M":
        n = rng.choice(METRES)
        c = count(n, region)
        if en:
            return (*rng.choice(((f"{c} m of", ""), (f"{c} meters of", ""), ("", f"qty {c} m"), ("", f"- {c} m"))), str(n))
        return (*rng.choice(((f"{c} metros de", ""), (f"{c} m de", ""), (f"{c} mts de", ""), ("", f"x {c} m"), ("", f"- {c} metros"))), str(n))
    if p.pack_qty > 1 and r < 0.3:
        k = rng.choice((1, 2, 2, 3, 5))
        if en:
            return ("1 box of" if k == 1 else f"{k} boxes of"), "", str(k * p.pack_qty)
        return ("una caja de" if k == 1 else rng.choice((f"{k} cajas de", f"{WORDS['es'].get(k, k)} cajas de"))), "", str(k * p.pack_qty)
    if p.pack_qty > 1 and r < 0.45:
        n = rng.choice((100, 200, 500, 1000, 2000))
        c = count(n, region)
        if en:
            return "", rng.choice((f"qty {c}", f"x {c}", f"- {c}")), str(n)
        return (*rng.choice(((c, ""), ("", f"x {c}"), ("", f"- {c}"))), str(n))
    if r < 0.36:
        if en:
            n, w = rng.choice(((12, "a dozen"), (2, "a pair of"), (6, "half a dozen"), (24, "two dozen")))
            return w, "", str(n)
        n, w = rng.choice(((12, "una docena de"), (6, "media docena de"), (2, "un par de"), (24, "dos docenas de")))
        return w, "", str(n)
    n = rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50))
    words = WORDS["en" if en else "es"]
    if r < 0.5 and n in words:
        return words[n], "", str(n)
    shapes: tuple[tuple[str, str], ...]
    if en:
        shapes = ((f"{n}", ""), ("", f"qty {n}"), ("", f"({n})"), (f"{n} pcs", ""), (f"{n} ea", ""), ("", f"x {n}"))
    else:
        shapes = ((f"{n}", ""), ("", f"x{n}"), ("", f"x {n}"), (f"{n} unidades de", ""), ("", f"- {n}"), ("", f"({n})"), (f"{n} und", ""))
    before, after = rng.choice(shapes)
    if n == 1 and before.endswith(("pcs", "de", "und", "ea")):  # one is never `1 unidades de`
        before = "1"
    return before, after, str(n)


DRESS = dress.RegionalDress(
    formats={"pa": ("whatsapp", "whatsapp", "whatsapp", "xlsx", "email"), "canal": ("email", "email", "xlsx", "xlsx", "email"),
             "co": ("email", "whatsapp", "xlsx", "email", "whatsapp"), "cr": ("whatsapp", "whatsapp", "email", "xlsx", "whatsapp"),
             "car": ("whatsapp", "whatsapp", "email", "whatsapp", "email"), "us": ("email", "email", "xlsx", "email", "whatsapp")},
    quantity=lambda p, en, rng: quantity(p, "pa", rng),
    count=lambda n, en: count(n, "pa"),
    unit_cells={False: {"UN": ("UN", "und", "unid", "UNIDAD", "pza"), "M": ("M", "mts", "metros", "MT")},
                True: {"UN": ("EA", "ea", "pcs", "each"), "M": ("M", "m", "meters", "MTR")}},
    bullets={False: ("1) ", "2. ", "Ítem 1: ", "Renglón 3 - ", "Línea 4: ", "- ", "• "), True: ("1) ", "Item 2: ", "- ", "Line 3: ", "#4 ")},
    wraps={"pa": ("{x}", "buenas, ¿tienen {x}?", "¿manejan {x}?", "me regala precio de {x}", "necesito {x}", "¿cuánto cuesta {x}?",
                  "¿hay {x} en existencia?", "mándeme cotización de {x}", "{x} para hoy por fa", "buenas, ¿tendrán {x}?"),
           "canal": ("{x}", "Solicitamos cotización de {x}", "Favor cotizar {x}", "Se requiere {x}", "{x} - urgente, mantenimiento programado",
                     "{x}, entrega en sitio"),
           "co": ("{x}", "buenas tardes, me regala cotización de {x}", "necesito por favor {x}", "¿me confirma disponibilidad de {x}?",
                  "cotizar {x} por favor", "{x}, ¿qué precio me da?", "¿tienen {x} en Zona Libre?"),
           "cr": ("{x}", "diay, ¿tienen {x}?", "ocupo {x}", "regáleme precio de {x}", "upe, ¿hay {x}?", "¿me cotiza {x}?", "pura vida, ocupo {x}"),
           "car": ("{x}", "Good day, I need {x}", "Morning, you have {x}?", "please send price for {x}", "how much for {x}?", "we need {x} for the farm",
                   "do you all have {x}?"),
           "us": ("{x}", "Please quote {x}", "Need {x}", "Do you have {x} in stock?", "Requesting pricing on {x}", "{x}, deliver to Pier 18",
                  "need {x} ASAP")},
    protect=("docena", "docenas", "media", "cajas", "dozen", "boxes", "unidades", "metros", "meters"),
    upper=0.35,
    english=ENGLISH,  # each counts as its country writes: `1,000` in Panama, `1.000` in Colombia
    say_quantity=quantity,
    say_count=count,
)  # fmt: skip
VOICE = corpus.Voice.of(seeded, BUYERS, say, DRESS)

OMIT: dict[str, tuple[str, ...]] = {
    "shackle": ("pin", "bow"), "turnbuckle": ("ends", "takeup"), "wire_rope": ("construction", "core"), "hoist": ("lift",), "sling": ("length",),
    "prox": ("contact", "output"), "photo": ("output",), "vfd": ("supply",), "relay": ("coil",), "timer": ("supply",), "ball": ("seal",),
    "bolt": ("len", "grade"), "nut": ("grade",), "breaker": ("poles",), "cut_disc": ("thick",), "flap_disc": ("grit",),
}  # fmt: skip
SILENT = ("bow", "core", "pin", "takeup", "lift", "construction")


def spaced_code(sku: str) -> str:
    """A NetSuite item name as a buyer types it back: the colons without their spaces
    (`RODAMIENTO:6204-2RS:SKF`)."""
    return sku.replace(" : ", ":")


CODE_SHAPES = {
    False: ("{s}", "ítem {s}", "código {s}", "art. {s}", "item {s}", "ref. {s}"),
    True: ("{s}", "your item {s}", "item {s}", "part # {s}", "sku {s}"),
}
# How a buyer copies the internal ID off an invoice's `ID` column
ID_SHAPES = {
    False: ("ID {s}", "id {s}", "id interno {s}", "código {s} de la factura", "#{s}", "ítem {s}"),
    True: ("ID {s}", "item ID {s}", "internal id {s}", "#{s}", "ID# {s}"),
}
PART_SHAPES = {
    "CUS-10021": ("{part} {what}", "cód. {part} ({what})", "material {part}"),
    "CUS-10034": ("material {part} - {what}", "{part} {what}", "SAP {part}"),
    "CUS-10048": ("{part} {what}", "our # {part}", "stock no. {part} - {what}"),
}


def _internal(p: Product) -> str:
    return erp.internal_id(p)


def code_rows(products: list[Product]) -> list[C22Row]:
    """Item-code lines: 40 active products in the order of SHA-256 of `c22code` and the key, each
    asked for by its NetSuite item name copied whole (two times in four), in lower case or with
    the colons closed up (`spaced_code`) in one of CODE_SHAPES, or, one time in three, by its
    internal ID off an invoice in one of ID_SHAPES. The note says which (`code=name`/`id`)."""

    def order(p: Product) -> str:
        return hashlib.sha256(f"c22code{p.key}".encode()).hexdigest()

    rows = []
    for p in sorted((p for p in products if p.active), key=order)[:40]:
        rng = seeded("code", p.key)
        cid, region = VOICE.asker(rng)
        en = region in ENGLISH
        by_id = rng.random() < 1 / 3
        if by_id:
            num = _internal(p)
            shape = rng.choice(ID_SHAPES[en]).format(s=num)
        else:
            num = rng.choice((p.sku, p.sku, p.sku.lower(), spaced_code(p.sku)))
            shape = rng.choice(CODE_SHAPES[en]).format(s=num)
        note = {**VOICE.note(region, p), "code": "id" if by_id else "name"}
        text, qty = DRESS(shape, p, region, rng, note)
        text = corpus.unslipped(run_apart(text, num, qty), shape, qty, num, note)
        rows.append(C22Row("", cid, text, [p.sku], qty, p.uom, "code", note))
    return rows


_wrap_ref = dress.ref_wrap(
    es=("{b}", "{b} o similar", "ref. {b}", "número de parte {b}", "P/N {b}"), en=("{b}", "{b} or equal", "P/N {b}", "part number {b}"), english=ENGLISH
)


MADE = dress.Made(
    voice=VOICE, dress=DRESS, make=C22Row, buyers=BUYERS, seeded=seeded, prefix="c22",
    targets={"description": 190, "brand_open": 42, "ambiguous": 50}, caps={"description": 14, "brand_open": 5, "ambiguous": 5},
    omit=OMIT, silent=SILENT, spaced=spaced_code, code_shapes=CODE_SHAPES, part_shapes=PART_SHAPES,
    xrefs=erp.cross_references, say_kind=say_kind, wrap_ref=_wrap_ref,
)


def maker_rows(products: list[Product]) -> list[C22Row]:
    """Makers' part numbers of branded items (an unbranded bolt's only alias is its internal ID,
    which is a code line's business, not a maker's reference)."""
    return MADE.maker_rows([p for p in products if p.brand])


def check(text: str, folder: Path) -> list[str]:
    """`corpus.check`, where a code line may carry its item's internal ID instead of its name."""
    ids = {p.sku: _internal(p) for p in erp.catalog()}

    def carries(sku: str, line: str) -> bool:
        return re.search(rf"(?<!\d){ids[sku]}(?!\d)", line) is not None

    return check_short(text, folder, carries)


HAND = Hand(
    inactive=erp.INACTIVE,
    not_stocked=(
        ("buenas, ¿tienen grillete de 1 1/2?", "CUS-10091", {"type": "shackle", "size": "1-1/2"}),
        ("grillete lira 1/4 perno y chaveta", "CUS-10096", {"type": "shackle", "size": "1/4", "pin": "bolt"}),
        ("Green Pin shackle 7/8 bolt type", "CUS-10085", {"type": "shackle", "size": "7/8", "pin": "bolt", "brand": "Green Pin"}),
        ("grillete 35 toneladas", "CUS-10034", {"type": "shackle", "wll": "35"}),
        ("grapa para cable 1 1/4", "CUS-10096", {"type": "clip", "size": "1-1/4"}),
        ("perro para cable de 1\" marca Istmo", "CUS-10067", {"type": "clip", "size": "1", "brand": "Istmo"}),
        ("tensor 1\" x 18\" ojo-ojo", "CUS-10021", {"type": "turnbuckle", "size": "1", "takeup": "18"}),
        ("turnbuckle 5/16 hook & eye", "CUS-10048", {"type": "turnbuckle", "size": "5/16"}),
        ("cable de acero 3/16 galvanizado", "CUS-10091", {"type": "wire_rope", "dia": "3/16"}),
        ("cable de acero 1/4 alma de acero", "CUS-10052", {"type": "wire_rope", "dia": "1/4", "core": "IWRC"}),
        ("guaya 1/2 6x37", "CUS-10067", {"type": "wire_rope", "construction": "6x37"}),
        ("wire rope 1-1/2 6x36 IWRC, 200 m", "CUS-10085", {"type": "wire_rope", "dia": "1-1/2"}),
        ("cable de acero inoxidable 1/8 7x19", "CUS-10021", "inoxidable"),
        ("cadena grado 100 de 10 mm", "CUS-10034", {"type": "chain", "grade": "100"}),
        ("cadena G80 20 mm x 30 m", "CUS-10021", {"type": "chain", "size": "20"}),
        ("cadena grado 70 3/8 transport", "CUS-10048", {"type": "chain", "grade": "70"}),
        ("cadena galvanizada 1/4 proof coil grado 30", "CUS-10091", {"type": "chain", "grade": "30"}),
        ("tecle de cadena 20 toneladas", "CUS-10034", {"type": "hoist", "capacity": "20"}),
        ("tecle de 1 tonelada con 9 m de izaje", "CUS-10096", {"type": "hoist", "capacity": "1", "lift": "9"}),
        ("polipasto eléctrico 2 ton", "CUS-10021", "polipasto eléctrico"),
        ("Yale lever hoist 6 ton", "CUS-10085", {"type": "lever_hoist", "capacity": "6", "brand": "Yale"}),
        ("eslinga plana 10 t x 6 m", "CUS-10034", {"type": "sling", "style": "flat", "wll": "10"}),
        ("eslinga redonda verde 8 m", "CUS-10052", {"type": "sling", "style": "round", "length": "8"}),
        ("eslinga de cadena 2 ramales", "CUS-10021", "ramales"),
        ("gancho giratorio con seguro 5 t", "CUS-10091", "giratorio"),
        ("guardacabo 1/2", "CUS-10096", "guardacabo"),
        ("sensor inductivo M8 2 mm PNP NA", "CUS-10034", {"type": "prox", "body": "M8"}),
        ("sensor inductivo M18 8 mm NPN NA IFM", "CUS-10067", {"type": "prox", "body": "M18", "output": "NPN", "brand": "IFM"}),
        ("prox sensor M30 40mm PNP NO", "CUS-10085", {"type": "prox", "body": "M30", "sn": "40"}),
        ("sensor capacitivo M18 PNP", "CUS-10073", "capacitivo"),
        ("sensor fotoeléctrico de fibra óptica", "CUS-10021", "fibra óptica"),
        ("Banner through beam NPN", "CUS-10085", {"type": "photo", "mode": "through", "output": "NPN", "brand": "Banner"}),
        ("final de carrera de palanca con rodillo Siemens", "CUS-10034", {"type": "limit", "brand": "Siemens"}),
        ("variador 30 kW 460V", "CUS-10021", {"type": "vfd", "kw": "30"}),
        ("VFD 25 HP 480V 3ph", "CUS-10085", {"type": "vfd", "kw": "18.5"}),
        ("variador Siemens 2.2 kW 220V monofásico", "CUS-10091", {"type": "vfd", "kw": "2.2", "supply": "230-1F", "brand": "Siemens"}),
        ("arrancador suave 15 kW", "CUS-10034", "arrancador"),
        ("PLC Siemens S7-1200", "CUS-10021", "PLC"),
        ("relé 4 contactos bobina 12 VDC", "CUS-10096", {"type": "relay", "coil": "12VDC"}),
        ("relevo 3 contactos 11 pines 120V", "CUS-10067", {"type": "relay", "poles": "3"}),
        ("contactor 3P 25A bobina 220", "CUS-10073", "contactor"),
        ("temporizador retardo a la desconexión 24 V", "CUS-10034", {"type": "timer", "function": "off_delay"}),
        ("rodamiento 6311 2RS", "CUS-10091", {"type": "ball", "desig": "6311"}),
        ("balinera 6205 2RS FAG", "CUS-10067", {"type": "ball", "brand": "FAG"}),
        ("cojinete 6004 ZZ", "CUS-10073", {"type": "ball", "desig": "6004"}),
        ("bearing 6308 ZZ NTN", "CUS-10048", {"type": "ball", "desig": "6308", "seal": "ZZ", "brand": "NTN"}),
        ("chumacera de piso 1\"", "CUS-10096", "chumacera"),
        ("perno 1\" x 4 grado 5", "CUS-10052", {"type": "bolt", "dia": "1"}),
        ("tornillo hexagonal 1/2 x 6 grado 8", "CUS-10073", {"type": "bolt", "dia": "1/2", "len": "6"}),
        ("perno M12 x 50 8.8", "CUS-10091", {"type": "bolt", "dia": "M12"}),
        ("arandela de presión 1/2", "CUS-10091", "arandela"),
        ("válvula de bola 3\" bronce", "CUS-10096", {"type": "ball_valve", "size": "3"}),
        ("válvula de compuerta 2\"", "CUS-10021", "compuerta"),
        ("breaker 3 polos 100A", "CUS-10034", {"type": "breaker", "poles": "3"}),
        ("breaker 1 polo 60A QO", "CUS-10091", {"type": "breaker", "poles": "1", "amps": "60"}),
        ("disco de corte 5\" x 1/16", "CUS-10096", {"type": "cut_disc", "dia": "5"}),
        ("cut-off wheel 14\" x 1/8 3M", "CUS-10085", {"type": "cut_disc", "dia": "14", "brand": "3M"}),
        ("disco flap 7\" grano 80", "CUS-10073", {"type": "flap_disc", "dia": "7"}),
        ("disco de desbaste 4 1/2 x 1/4", "CUS-10052", "desbaste"),
    ),
    not_item=(
        ("ok, gracias", "CUS-10091"), ("dale, listo", "CUS-10096"), ("perfecto, quedo atento", "CUS-10052"), ("buenas, ¿a qué hora cierran hoy?", "CUS-10091"),
        ("¿me pasa con un vendedor?", "CUS-10096"), ("la segunda", "CUS-10091"), ("1 y 3", "CUS-10052"), ("lo mismo de la vez pasada", "CUS-10096"),
        ("¿aceptan ACH?", "CUS-10099"), ("¿cuándo me desbloquean la cuenta?", "CUS-10099"), ("Adjunto orden de compra OC-22-0481.", "CUS-10021"),
        ("Quedamos atentos a su cotización.", "CUS-10034"), ("Favor confirmar tiempo de entrega en Manzanillo.", "CUS-10034"),
        ("Procedemos con la orden, saludos.", "CUS-10021"), ("Saludos cordiales, Departamento de Compras", "CUS-10021"),
        ("buenas tardes, ¿el despacho a Buenaventura sale esta semana?", "CUS-10067"), ("listo, le confirmo mañana", "CUS-10067"),
        ("pura vida, gracias", "CUS-10073"), ("¿me manda la factura proforma?", "CUS-10073"), ("diay, ¿ya salió el pedido?", "CUS-10073"),
        ("Thanks, please proceed.", "CUS-10085"), ("What's the status of PO 4471?", "CUS-10085"), ("The second one.", "CUS-10085"),
        ("Tanya will approve it tomorrow.", "CUS-10085"), ("Go ahead.", "CUS-10085"), ("morning, all good", "CUS-10048"),
        ("ok boss, thanks", "CUS-10048"), ("send the truck Thursday please", "CUS-10048"), ("accept", "CUS-10048"), ("ok", "CUS-10091"),
    ),
)  # fmt: skip

GENERATOR = Generator(
    voice=VOICE, make=C22Row, catalog=erp.catalog, prefix="c22", made=(MADE.items, code_rows, MADE.part_rows, maker_rows), hand=HAND,
    doc=__doc__, here=HERE, write=erp.write, check=check,
)
build = GENERATOR.build
files = GENERATOR.files
main = GENERATOR.main

if __name__ == "__main__":
    main()
