"""Corpus 20: labelled request lines on catalog 20, a Costa Rican house on Acumatica (issue #13).

`python -m bench.corpus20.generate` writes all.csv, tune.csv and holdout.csv here after checking
every label against the ERP folder `bench.catalog20` writes. Labels come from the facts each line
pins (words.py writes exactly them), never from a matcher. README.md says what is in it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, dress
from bench.blind.corpus import KINDS, Buyers, Generator, Hand, Row
from bench.catalog4.model import Product
from bench.catalog20 import erp
from bench.corpus20.words import say, say_kind

HERE = Path(__file__).parent
check = corpus.check
seeded = partial(corpus.sha_random, "c20")
__all__ = ["HERE", "KINDS", "build", "check", "files", "main", "spaced_code"]


class C20Row(Row):
    CATALOG = "catalog20"


BUYERS = Buyers(
    rows=(("CR0140", 11, "planta"), ("CR0177", 11, "planta"), ("CR0210", 17, "en"), ("CR0235", 12, "tico"),
          ("CR0268", 12, "tico"), ("CR0291", 8, "tico"), ("CR0313", 3, "tico"), ("", 9, "")),
    unknown=("tico",),
)  # fmt: skip

ES_WORDS = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce"}
EN_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten"}


def quantity(p: Product, en: bool, rng: Random) -> dress.Said:
    """(before, after, quantity in the item's unit) of a line: bare counts, `x 5` after the size,
    counts in words, dozens and pairs, boxes of a boxed bolt, hundreds and thousands."""
    r = rng.random()
    if r < 0.08:
        return "", "", ""
    if p.pack_qty > 1 and r < 0.3:
        k = rng.choice((1, 2, 2, 3, 5))
        if en:
            return ("a box of" if k == 1 else f"{k} boxes of"), "", str(k * p.pack_qty)
        return ("una caja de" if k == 1 else rng.choice((f"{k} cajas de", f"{ES_WORDS.get(k, k)} cajas de"))), "", str(k * p.pack_qty)
    if (p.pack_qty > 1 or p.attrs["type"] == "cut_disc") and r < 0.45:
        n = rng.choice((100, 200, 500, 1000, 1500))
        if en:
            return "", rng.choice((f"x {n:,}", f"qty {n:,}")), str(n)
        if n == 100 and rng.random() < 0.5:
            return "un ciento de", "", "100"
        written = dress.thousands(n, False) if rng.random() < 0.6 else f"{n:,}".replace(",", " ")
        return (*rng.choice(((written, ""), ("", f"x {written}"))), str(n))
    if p.uom == "JGO":
        n = rng.choice((1, 1, 2, 3, 4))
        if en:
            return (*rng.choice(((f"{n}", ""), ("", f"qty {n}"), ("", f"({n})"))), str(n))
        return (*rng.choice((("un" if n == 1 else f"{n}", ""), ("", f"x {n}"), (f"{n} juegos de" if n > 1 else "un", ""))), str(n))
    if r < 0.4:
        if en:
            n, w = rng.choice(((12, "a dozen"), (24, "two dozen"), (2, "a pair of")))
            return w, "", str(n)
        n, w = rng.choice(((12, "una docena de"), (6, "media docena de"), (2, "un par de"), (24, "dos docenas de")))
        return w, "", str(n)
    n = rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50))
    if r < 0.55 and n in (EN_WORDS if en else ES_WORDS):
        return (EN_WORDS if en else ES_WORDS)[n], "", str(n)
    if en:
        return (*rng.choice(((f"{n}", ""), ("", f"x {n}"), ("", f"qty {n}"), ("", f"({n})"), (f"{n} ea", ""))), str(n))
    return (*rng.choice(((f"{n}", ""), ("", f"x {n}"), (f"{n} und", ""), (f"{n} unidades de", ""), ("", f"- {n}"))), str(n))


DRESS = dress.Dress(
    formats={"tico": ("whatsapp", "whatsapp", "xlsx", "email"), "planta": ("email", "email", "xlsx", "xlsx", "email"),
             "en": ("email", "xlsx", "whatsapp", "email")},
    quantity=quantity,
    count=dress.thousands,
    unit_cells={False: {"UND": ("UND", "und", "unid", "UNIDAD"), "JGO": ("JGO", "juego", "jgo")},
                True: {"UND": ("EA", "ea", "pcs", "EACH"), "JGO": ("SET", "set", "ea")}},
    bullets={False: ("Línea 1: ", "Línea 2: ", "Pos. 10 - ", "Pos. 20 - ", "Ítem 3: ", "- ", "• "),
             True: ("Item 1: ", "Item 4: ", "- ", "1) ", "• ")},
    wraps={"tico": ("{x}", "buenas, ¿me regala precio de {x}?", "mae, ¿tienen {x}?", "upe! ocupo {x}", "diay, ¿hay {x}?",
                    "¿me cotiza {x} porfa?", "ocupo {x} pura vida", "¿a cómo está {x}?", "regáleme {x}", "buenas, ocupo {x} para hoy"),
           "planta": ("{x}", "Solicitamos cotizar {x}", "Favor cotizar {x}", "Requerimos {x}", "{x}, entrega en planta"),
           "en": ("{x}", "please quote {x}", "need {x} for the crew asap", "RFQ: {x}", "do you have {x} in stock?", "pricing on {x}")},
    protect=("docena", "docenas", "media", "ciento", "cajas", "dozen", "boxes", "unidades", "juegos"),
    upper=0.35,
)  # fmt: skip
VOICE = corpus.Voice.of(seeded, BUYERS, say, DRESS)

OMIT: dict[str, tuple[str, ...]] = {
    "ball": ("seal",), "bolt_in": ("len", "grade"), "bolt_mm": ("len",), "breaker": ("poles",),
    "cut_disc": ("thick",), "flap_disc": ("grit",), "jic_npt": ("npt", "material"), "jic_npt_90": ("npt",),
    "jic_f_npt": ("npt", "material"), "orfs_npt": ("npt",), "combo_wrench": ("size",),
    "socket_set": ("pieces", "system"), "adj_wrench": ("length",), "jic_tee": ("jic",),
}  # fmt: skip
SILENT = ("material", "grade", "class", "system")


def spaced_code(sku: str) -> str:
    """An InventoryID as a shelf label prints it: its segments apart (`CNX 1042 01`)."""
    return sku.replace("-", " ")


CODE_SHAPES = {
    False: ("{s}", "cód. {s}", "código {s}", "art. {s}", "item {s}", "ítem {s}"),
    True: ("{s}", "your item {s}", "part # {s}", "sku {s}", "item no. {s}"),
}
PART_SHAPES = {
    "CR0140": ("material {part} ({what})", "{part} {what}", "cód. bodega {part} - {what}"),
    "CR0210": ("our code {part} - {what}", "{part} {what}", "mat'l {part}"),
    "CR0177": ("código {part} {what}", "{part} - {what}", "repuesto {part}"),
}


_wrap_ref = dress.ref_wrap(es=("{b}", "{b} o similar", "ref. {b}", "número de parte {b}"), en=("{b}", "{b} or equal", "P/N {b}"))


MADE = dress.Made(
    voice=VOICE, dress=DRESS, make=C20Row, buyers=BUYERS, seeded=seeded, prefix="c20",
    targets={"description": 190, "brand_open": 42, "ambiguous": 50}, caps={"description": 22, "brand_open": 6, "ambiguous": 6},
    omit=OMIT, silent=SILENT, spaced=spaced_code, code_shapes=CODE_SHAPES, part_shapes=PART_SHAPES,
    xrefs=erp.cross_references, say_kind=say_kind, wrap_ref=_wrap_ref,
)

HAND = Hand(
    inactive=erp.INACTIVE,
    not_stocked=(
        ("mae, ¿tienen cojinete 6311 2RS?", "CR0235", {"type": "ball", "desig": "6311"}),
        ("cojinete 6206 ZZ FAG x 4", "CR0268", {"type": "ball", "desig": "6206", "seal": "ZZ", "brand": "FAG"}),
        ("Línea 3: rodamiento 6012-2RS", "CR0140", {"type": "ball", "desig": "6012"}),
        ("ball bearing 6309 2RS qty 6", "CR0210", {"type": "ball", "desig": "6309"}),
        ("Favor cotizar rodamiento de rodillos cónicos 30208", "CR0177", "cónicos"),
        ("chumacera UCP 207 para la faja del molino", "CR0140", "chumacera"),
        ("pillow block UCP208", "CR0210", "pillow"),
        ("perno 1 x 4 grado 5 x 20", "CR0268", {"type": "bolt_in", "dia": "1"}),
        ("perno M20 x 80 clase 8.8", "CR0177", {"type": "bolt_mm", "dia": "M20"}),
        ("perno 3/8 x 6 G5 un ciento", "CR0268", {"type": "bolt_in", "dia": "3/8", "len": "6"}),
        ("tornillo M10 x 40 clase 10.9", "CR0235", {"type": "bolt_mm", "dia": "M10", "class": "10.9"}),
        ("tuerca hexagonal 1/2 UNC x 100", "CR0268", "tuerca"),
        ("arandela plana 3/8 zincada", "CR0291", "arandela"),
        ("1/2-13 x 3 hex bolt stainless 304", "CR0210", "stainless 304"),
        ("breaker 2 polos 125 A", "CR0291", {"type": "breaker", "amps": "125"}),
        ("breaker 4 polos 40A", "CR0291", {"type": "breaker", "poles": "4"}),
        ("breaker 1x60 Schneider", "CR0268", {"type": "breaker", "poles": "1", "amps": "60"}),
        ("GFCI breaker 20A 1 pole", "CR0210", "GFCI"),
        ("cable THHN #12 rojo x 100 m", "CR0291", "THHN"),
        ("contactor 3 polos 25 A bobina 220", "CR0291", "contactor"),
        ("disco de corte 5 pulgadas x 1,0 mm", "CR0268", {"type": "cut_disc", "dia": "5"}),
        ("disco de corte 14 x 3,0 mm 3M", "CR0235", {"type": "cut_disc", "dia": "14", "brand": "3M"}),
        ("disco flap 4-1/2 grano 120", "CR0268", {"type": "flap_disc", "grit": "120"}),
        ("cut-off wheel 7 in x 1.0 mm x 50", "CR0210", {"type": "cut_disc", "dia": "7", "thick": "1.0"}),
        ("lija de agua #220 x 50 pliegos", "CR0268", "pliegos"),
        ("adaptador macho JIC 1-1/4 x NPT 1", "CR0235", {"type": "jic_npt", "jic": "1-1/4"}),
        ("codo 90 JIC 1/2 x NPT 3/8 inoxidable", "CR0235", {"type": "jic_npt_90", "material": "inox"}),
        ("adaptador ORFS 3/4 x NPT 3/4 Eaton", "CR0235", {"type": "orfs_npt", "brand": "Eaton"}),
        ("adaptador JIC 1/2 x NPT 1", "CR0235", {"type": "jic_npt", "jic": "1/2", "npt": "1"}),
        ("adaptador macho JIC 1/2 x BSPP 1/2", "CR0140", "BSPP"),
        ("manguera hidráulica 2 hilos 1/2 x 20 m", "CR0235", "manguera"),
        ("acople rápido 1/2 NPT", "CR0235", "acople"),
        ("male JIC 3/4 x SAE O-ring boss 3/4 adapter", "CR0210", "O-ring boss"),
        ("hydraulic hose 1/2 2-wire x 50 ft", "CR0210", "hose"),
        ("llave combinada 36 mm", "CR0268", {"type": "combo_wrench", "size": "36"}),
        ("llave combinada 1-1/4 pulgadas Truper", "CR0268", {"type": "combo_wrench", "size": "1-1/4"}),
        ("juego de dados encastre 1\" milimétrico", "CR0291", {"type": "socket_set", "drive": "1"}),
        ("llave francesa de 18\"", "CR0268", {"type": "adj_wrench", "length": "18"}),
        ("llave de torque 1/2 de 20 a 150 lb-pie", "CR0235", "torque"),
        ("alicate de presión 10\" x 2", "CR0268", "alicate"),
        ("martillo de bola 16 oz", "CR0291", "martillo"),
        ("desatornillador de paleta 1/4 x 6", "CR0268", "desatornillador"),
        ("1/2 in drive impact socket set metric 15 pc", "CR0210", "impact"),
        ("torque wrench 3/8 drive 10-80 ft-lb", "CR0210", "torque"),
        ("Solicitamos cotizar faja en V B-52 para el molino 2", "CR0140", "faja"),
        ("cadena de rodillos ANSI 60 x 10 pies", "CR0140", "cadena"),
        ("Requerimos electrodo 7018 1/8 x 20 kg", "CR0177", "electrodo"),
        ("broca de cobalto 1/4", "CR0291", "broca"),
        ("safety glasses clear lens x 12", "CR0210", "glasses"),
        ("grasa EP2 cartucho x 10", "CR0235", "grasa"),
    ),
    not_item=(
        ("pura vida, muchas gracias", "CR0268"), ("mae gracias, tuanis", "CR0235"), ("ok, dele", "CR0291"),
        ("listo, confirmo la orden", "CR0268"), ("¿ya salió el pedido para Cartago?", "CR0268"), ("buenos días", "CR0291"),
        ("¿a qué hora cierran en Liberia?", "CR0291"), ("me pasa con un vendedor porfa", "CR0235"), ("la segunda", "CR0235"),
        ("1 y 3", "CR0268"), ("igual que la vez pasada", "CR0291"), ("¿aceptan SINPE Móvil?", "CR0313"),
        ("la factura electrónica a nombre de la cooperativa por favor", "CR0140"), ("upe, ¿hay alguien?", "CR0313"),
        ("diay, ¿y el pedido de ayer?", "CR0235"), ("Buenas tardes, adjunto la orden de compra 4500018812", "CR0140"),
        ("Quedamos atentos a su cotización.", "CR0177"), ("Favor confirmar tiempo de entrega a planta Cartago", "CR0177"),
        ("Gracias, procedemos con la OC.", "CR0177"), ("Saludos cordiales, Proveeduría", "CR0140"),
        ("thanks, go ahead with the PO", "CR0210"), ("please proceed", "CR0210"), ("what's the status of our order?", "CR0210"),
        ("I want to talk to someone about the invoice", "CR0210"), ("the second one", "CR0210"), ("accept", "CR0210"),
        ("Tom will approve it this afternoon", "CR0210"), ("perfecto", "CR0268"), ("¿me manda la proforma en PDF?", "CR0291"),
        ("ok", "CR0235"),
    ),
)  # fmt: skip

GENERATOR = Generator(
    voice=VOICE, make=C20Row, catalog=erp.catalog, prefix="c20", made=MADE.rows, hand=HAND,
    doc=__doc__, here=HERE, write=erp.write, check=check,
)
build = GENERATOR.build
files = GENERATOR.files
main = GENERATOR.main

if __name__ == "__main__":
    main()
