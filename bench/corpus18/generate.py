"""Write bench/corpus18/{all,tune,holdout}.csv: buyers' lines on catalog 18, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus18.generate [--out DIR]

Buyers of a Peruvian house on SAP Business One (Callao in Lima, Arequipa, a branch in Trujillo;
soles): two copper-mining camps near Arequipa whose logistics offices send e-mails with numbered
positions (`Ítem 1:`, `Pos. 10`) and spreadsheet rows; a Canadian mining contractor whose
supervisors write English (`please quote`, `qty 20`, `1,000`, `P/N`); a fishmeal plant in
Trujillo; a hardware store in Callao, an electrician in the Cercado and a (blocked) machine shop
in Los Olivos writing Lima's WhatsApp (`buenas, ¿me cotiza …?`, `hermano`, `al toque`, `¿cuánto
está el …?`, `causa`). Counts are `1,000`, `1 000` or `1000` for a thousand, `50 und`, `x 50`,
`2 cajas`, `un ciento`, `3 rollos`, `5 kilos`, `10 pares`. ItemCodes are written whole, lower
case or spaced (`RO 000412`); supplier catalog numbers and makers' references are copied off
boxes. Each line's words pin facts (words.py); its label is the set of active catalog-18
products those facts fit, computed, and `check()` verifies every row against the CSV files
`python -m bench.catalog18` writes. Written blind: no matcher was read or run to write it.
Deterministic.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus
from bench.blind.corpus import KINDS  # noqa: F401  (the kinds of line, as tests read them off each generator)
from bench.blind.dress import Dress, code_lines, item_rows, maker_lines
from bench.catalog4.model import Product
from bench.catalog18.erp import INACTIVE, catalog, cross_references, write
from bench.corpus18.words import say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 190, "brand_open": 55, "ambiguous": 50, "code": 36, "mfr_ref": 30}
TYPE_CAP = {"description": 12, "brand_open": 9, "ambiguous": 4}
# customer -> (weight, how they write); "" is a number the house does not know
CUSTOMERS = (("C20118", 13, "mina"), ("C20135", 9, "mina"), ("C20152", 38, "en"), ("C20167", 8, "mina"), ("C20183", 14, "lima"),
             ("C20196", 10, "lima"), ("C20211", 3, "lima"), ("", 7, ""))  # fmt: skip
BUYERS = corpus.Buyers(CUSTOMERS, unknown=("lima", "lima", "mina"))
# Facts a buyer leaves out when leaving them out narrows nothing.
SILENT = ("shaft",)
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "ball_bearing": ("seal",), "mounted_unit": ("shaft",), "bolt": ("length", "grade"), "ball_valve": ("material",),
    "union": ("schedule",), "elbow": ("schedule",), "tee": ("schedule",), "nipple": ("length",), "pipe": ("schedule",),
    "breaker": ("poles",), "contactor": ("coil",), "thw": ("colour",), "cutoff_disc": ("thick",), "flap_disc": ("grit",),
    "glove": ("size",), "boot": ("size",), "electrode": ("dia",),
}  # fmt: skip
WRAP = {
    "lima": ("buenas, ¿me cotiza {x}?", "hermano, ¿tienes {x}?", "{x}", "¿cuánto está {x}?", "{x} al toque porfa", "causa, ¿hay {x}?",
             "buenas tardes, ¿tendrá {x}?", "necesito {x}", "{x}, ¿hay stock en Callao?", "¿me pasas precio de {x}?", "{x} porfa",
             "hola, cotízame {x} por favor"),
    "mina": ("Solicitamos cotizar {x}", "Favor cotizar {x}", "{x}", "Requerimos {x}", "Cotizar {x}, indicar plazo de entrega a Arequipa",
             "Buenos días, se requiere {x}", "{x}", "Agradeceremos su cotización por {x}"),
    "en": ("please quote {x}", "need {x} for the shaft crew asap", "RFQ: {x}", "{x}", "do you have {x} in stock in Lima?", "price and lead time for {x}",
           "Hi, can you quote {x}", "we need {x} at site", "{x} - urgent", "{x}"),
}  # fmt: skip
# an e-mail's list and a purchasing office's numbered positions (never a count)
BULLETS = ("- ", "Ítem 1: ", "Pos. 10: ", "Item 02 - ", "• ", "Pos. 30) ", "")
BULLETS_EN = ("- ", "* ", "1) ", "Item 2: ", "Line 3 - ", "")
UNIT_CELL = {"UN": ("UND", "und", "UN", "unid"), "MT": ("M", "m", "mts", "metros"), "KG": ("KG", "kg", "kilos"), "PR": ("PAR", "par", "pares")}
UNIT_CELL_EN = {"UN": ("EA", "ea", "pcs"), "MT": ("m", "M", "meters"), "KG": ("kg", "KG"), "PR": ("PR", "pair", "pairs")}


class Row(corpus.Row):
    CATALOG = "catalog18"


seeded = partial(corpus.sha_random, "c18")
roll = partial(corpus.sha_roll, "c18")


def number(n: int, en: bool) -> str:
    """A count as a buyer writes it: a thousand is `1,000`, `1 000` or `1000` (Peru writes the
    comma; in English always `1,000`)."""
    if n < 1000:
        return str(n)
    if en:
        return f"{n:,}"
    return (f"{n:,}", f"{n:,}".replace(",", " "), str(n))[(n // 500) % 3]


# --- quantities ----------------------------------------------------------------------------------


def quantity(p: Product, en: bool, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item and its value in the
    item's unit (the seller's: boxes of bolts are pieces, rolls of cable are metres, boxes of
    electrodes are kilos, gloves and boots are pairs)."""
    if rng.random() < 0.13:
        return "", "", ""
    pick = rng.choice
    if p.uom == "UN" and p.pack_qty > 1:  # pernería: by the piece, boxed
        r = rng.random()
        if r < 0.3:
            n = pick((1, 2, 3, 5))
            q = str(n * p.pack_qty)
            if en:
                return pick(((f"{n} boxes of" if n > 1 else "one box of", "", q), ("", f"- {n} box{'es' if n > 1 else ''}", q)))
            return pick(((f"{n} cajas de" if n > 1 else "una caja de", "", q), ("", f"x {n} caja{'s' if n > 1 else ''}", q)))
        if r < 0.4 and not en:
            return pick((("un ciento de", "", "100"), ("", "x un ciento", "100"), ("dos cientos de", "", "200")))
        n = pick((20, 50, 100, 200, 250, 500, 1000, 1500, 2000))
        N = number(n, en)
        if en:
            return pick(((f"{N} pcs", "", str(n)), ("", f"qty {N}", str(n)), ("", f"x {N}", str(n))))
        return pick(((f"{N} und de", "", str(n)), ("", f"x {N}", str(n)), ("", f"{N} und", str(n)), (f"{N}", "", str(n)), ("", f"- {N} unid.", str(n))))
    if p.uom == "MT":
        if p.pack_qty > 1 and rng.random() < 0.35:  # whole rolls of THW
            n = pick((1, 2, 3, 5))
            q = str(n * p.pack_qty)
            if en:
                return ("one roll of" if n == 1 else f"{n} rolls of"), "", q
            return pick(((("un rollo de" if n == 1 else f"{n} rollos de"), "", q), ("", f"x {n} rollo{'s' if n > 1 else ''}", q)))
        n = pick((6, 10, 12, 20, 25, 30, 50, 100, 150, 200, 300, 500))
        if en:
            return pick(((f"{n} m of", "", str(n)), ("", f"qty {n} m", str(n)), ("", f"x {n} meters", str(n))))
        return pick(((f"{n} mts de", "", str(n)), ("", f"x {n} mts", str(n)), ("", f"{n} metros", str(n)), (f"{n} metros de", "", str(n))))
    if p.uom == "KG":  # electrodes by the kilo, boxes of 20 kg
        if rng.random() < 0.3:
            n = pick((1, 2, 3, 5))
            q = str(n * p.pack_qty)
            if en:
                return pick(((f"{n} boxes of" if n > 1 else "one box of", "", q), ("", f"- {n} x 20 kg box{'es' if n > 1 else ''}", q)))
            return pick(((f"{n} cajas de" if n > 1 else "una caja de", "", q), ("", f"x {n} caja{'s' if n > 1 else ''}", q)))
        n = pick((5, 10, 15, 25, 40, 50, 100))
        if en:
            return pick(((f"{n} kg of", "", str(n)), ("", f"qty {n} kg", str(n)), (f"{n} kg", "", str(n))))
        return pick(((f"{n} kilos de", "", str(n)), ("", f"x {n} kg", str(n)), ("", f"{n} kilos", str(n)), (f"{n} kg de", "", str(n))))
    if p.uom == "PR":  # gloves, boots and filters by the pair
        n = pick((1, 2, 4, 5, 10, 12, 20, 24, 50, 100))
        q = str(n)
        if n == 12 and rng.random() < 0.5:
            return ("a dozen pairs of", "", q) if en else pick((("una docena de pares de", "", q), ("", "x 1 docena de pares", q)))
        if en:
            return pick(((f"{q} pairs", "", q), ("", f"qty {q} pr", q), ("", f"x {q} pairs", q)))
        return pick(((f"{q} pares de" if n > 1 else "un par de", "", q), ("", f"x {q} pares" if n > 1 else "x 1 par", q), ("", f"{q} pares" if n > 1 else "1 par", q)))
    cheap = p.list_price < 80
    n = pick((1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50, 100) if cheap else (1, 2, 3, 4, 5, 6, 8, 10, 12))
    if n in (2, 12) and rng.random() < 0.4:
        words = {2: "a pair of", 12: "a dozen"} if en else {2: "un par de", 12: "una docena de"}
        return words[n], "", str(n)
    q = str(n)
    if en:
        return pick(((f"{q} ea", "", q), (f"({q})", "", q), ("", f"qty {q}", q), ("", f"x{q}", q), (f"{q} pcs", "", q), (q, "", q)))
    return pick(((q, "", q), ("", f"x {q}", q), (f"{q} und", "", q), ("", f"{q} und.", q), ("", f"x{q}", q), (f"{q} unidades de" if n > 1 else "una unidad de", "", q)))


# --- how a line is dressed -----------------------------------------------------------------------

# words that carry a quantity or a unit: a slip there would change what the line asks for
QUANTITY_WORDS = {"docena", "cajas", "caja", "rollos", "rollo", "unidades", "unidad", "dozen", "boxes", "metros", "meters", "unid", "ciento",
                  "cientos", "kilos", "pares", "par", "pairs", "talla", "size"}  # fmt: skip


DRESS = Dress(
    formats={"lima": ("whatsapp", "whatsapp", "whatsapp", "whatsapp", "email", "xlsx"),
             "mina": ("email", "email", "xlsx", "xlsx", "whatsapp"),
             "en": ("email", "email", "whatsapp", "xlsx", "xlsx")},
    quantity=lambda p, en, rng: quantity(p, en, rng), count=lambda n, en: number(n, en),
    unit_cells={True: UNIT_CELL_EN, False: UNIT_CELL}, bullets={True: BULLETS_EN, False: BULLETS},
    wraps=WRAP, protect=QUANTITY_WORDS, upper=0.4,
)  # fmt: skip
VOICE = corpus.Voice.of(seeded, BUYERS, lambda pins, region, rng: say(pins, region == "en", rng), DRESS)


# --- the kinds of line ---------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return item_rows(VOICE, Row, products, seed="c18|", targets=TARGETS, caps=TYPE_CAP, omit=OMIT, silent=SILENT, roll=roll)


def spaced_code(sku: str) -> str:
    """An ItemCode as a buyer copies it off a delivery note: its family's letters, then its six
    digits (`RO 000412`)."""
    return f"{sku[:2]} {sku[2:]}"


def code_rows(products: list[Product]) -> list[Row]:
    """An ItemCode copied off an old quote, invoice or delivery note: whole, lower case, or with a
    space after its family's letters."""
    es = ("{s}", "cód. {s}", "código {s}", "item {s}", "{s} como la última factura", "cod {s}", "su código {s}")
    en = ("{s}", "item {s}", "your code {s}", "part {s}", "{s} (as per last invoice)", "item code {s}")
    return code_lines(VOICE, DRESS, Row, products, seed="code18|", target=TARGETS["code"], spaced=spaced_code, shapes={True: en, False: es})


GENERIC_EN = {"ball_bearing": "bearing", "mounted_unit": "pillow block", "bolt": "bolt", "nut": "nut", "ball_valve": "ball valve",
              "gate_valve": "gate valve", "union": "union", "elbow": "elbow", "tee": "tee", "nipple": "nipple", "pipe": "pipe",
              "breaker": "breaker", "contactor": "contactor", "thw": "wire", "nyy": "cable", "cutoff_disc": "cutting disc",
              "flap_disc": "flap disc", "glove": "gloves", "glasses": "safety glasses", "helmet": "hard hat", "respirator": "respirator",
              "filter": "filters", "boot": "boots", "electrode": "welding rod"}  # fmt: skip
GENERIC_ES = {"ball_bearing": "rodamiento", "mounted_unit": "chumacera", "bolt": "perno", "nut": "tuerca", "ball_valve": "válvula de bola",
              "gate_valve": "válvula compuerta", "union": "unión", "elbow": "codo", "tee": "tee", "nipple": "niple", "pipe": "tubo",
              "breaker": "interruptor", "contactor": "contactor", "thw": "cable", "nyy": "cable", "cutoff_disc": "disco de corte",
              "flap_disc": "disco flap", "glove": "guantes", "glasses": "lentes", "helmet": "casco", "respirator": "respirador",
              "filter": "filtros", "boot": "botas", "electrode": "soldadura"}  # fmt: skip


def kind_of(pins: dict[str, str], en: bool, _rng: Random) -> str:
    """The kind of thing a part number is, in a word that names no size or brand."""
    return (GENERIC_EN if en else GENERIC_ES)[pins["type"]]


def part_rows(products: list[Product]) -> list[Row]:
    """A customer's own part number (cross_references.csv), ten per customer who sends them."""
    shapes = {"C20118": ("material {part}", "{part} ({what})", "cód. SAP {part}", "{part}"),
              "C20152": ("P/N {part}", "our p/n {part}", "{part} - {what}", "stock # {part}", "{part}"),
              "C20167": ("nuestro código {part}", "{part} {what}", "cod. almacén {part}", "{part}")}  # fmt: skip
    return DRESS.part_rows(Row, products, cross_references(products), shapes, BUYERS, seeded=seeded, say=kind_of)


def mfr_rows(products: list[Product]) -> list[Row]:
    """The supplier's catalog number or the maker's part number (an alias only one product
    carries), as the box, the supplier's list or the old part says."""
    def wrap(bare: str, region: str, rng: Random) -> str:
        return rng.choice((bare, bare.lower(), f"{bare} o similar" if region != "en" else f"{bare} or equivalent",
                           f"mfr p/n {bare}" if region == "en" else f"ref. {bare}", f"cat. {bare}" if region != "en" else f"catalog # {bare}"))

    return maker_lines(VOICE, Row, products, seed="mfr18|", target=TARGETS["mfr_ref"], wrap=wrap)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("buenas, ¿me cotiza rodamiento 6312 2RS?", "C20183", {"type": "ball_bearing", "series": "6312"}),
    ("rodaje 6900 zz x 10", "C20211", {"type": "ball_bearing", "series": "6900"}),
    ("spherical roller bearing 22216 EK qty 2", "C20152", "spherical"),
    ("Ítem 1: rodamiento cónico 30208 x 4", "C20118", "conico"),
    ("chumacera UCP 212 eje 60 mm", "C20135", {"type": "mounted_unit", "size": "212"}),
    ("pillow block UCFL 205 qty 4", "C20152", "UCFL"),
    ("perno M20 x 80 8.8 x 50", "C20135", {"type": "bolt", "thread": "M20"}),
    ("pernos 1\" x 6\" grado 8 x 25", "C20118", {"type": "bolt", "thread": "1"}),
    ("hex bolt 1/2 x 6 grade 5 qty 100", "C20152", {"type": "bolt", "thread": "1/2", "length": "6"}),
    ("perno M16 x 80 inox A2 x 20", "C20183", {"type": "bolt", "thread": "M16", "grade": "A2"}),
    ("tuerca M12 x un ciento", "C20183", {"type": "nut", "thread": "M12"}),
    ("arandela plana 1/2 x 200", "C20183", "arandela"),
    ("válvula de bola de bronce 3\" x 2", "C20167", {"type": "ball_valve", "size": "3"}),
    ("Pos. 10: válvula mariposa 4\" x 2", "C20118", "mariposa"),
    ("válvula check 1\" bronce", "C20167", "check"),
    ("codo 90 2\" SCH 160 x 10", "C20135", {"type": "elbow", "schedule": "160"}),
    ("niple 1/2 x 10\" x 20", "C20211", {"type": "nipple", "size": "1/2", "length": "10"}),
    ("tubo negro 4\" SCH 40 x 12 mts", "C20118", {"type": "pipe", "size": "4"}),
    ("tubo galvanizado 1\" x 6 mts", "C20183", "galvanizado"),
    ("interruptor termomagnético 3x100A", "C20196", {"type": "breaker", "amps": "100"}),
    ("breaker 4P 32A qty 2", "C20152", {"type": "breaker", "poles": "4"}),
    ("interruptor diferencial 2x25 30mA", "C20196", "diferencial"),
    ("contactor 65A bobina 220", "C20135", {"type": "contactor", "amps": "65"}),
    ("cable THW 16 mm2 negro x 100 mts", "C20196", {"type": "thw", "section": "16"}),
    ("cable THW 2,5 mm² verde x 2 rollos", "C20196", {"type": "thw", "section": "2.5", "colour": "verde"}),
    ("cable NYY 4x16", "C20118", {"type": "nyy", "cores": "4"}),
    ("cable mellizo 2x14 AWG x 100 m", "C20183", "mellizo"),
    ("disco de corte 4-1/2 x 3,2 x 25", "C20211", {"type": "cutoff_disc", "dia": "115", "thick": "3.2"}),
    ("disco flap 7\" grano 36 x 10", "C20183", {"type": "flap_disc", "grit": "36"}),
    ("guantes de nitrilo talla XXL x 10 pares", "C20167", {"type": "glove", "size": "XXL"}),
    ("guantes de badana x 1 docena de pares", "C20183", "badana"),
    ("welding gloves qty 12 pairs", "C20152", "welding glove"),
    ("casco naranja x 10", "C20135", {"type": "helmet", "colour": "naranja"}),
    ("hard hat with chin strap qty 20", "C20152", "chin strap"),
    ("respirador 3M 6800 cara completa", "C20118", {"type": "respirator", "model": "6800"}),
    ("filtros 3M 2091 x 10 pares", "C20135", {"type": "filter", "model": "2091"}),
    ("botas punta de acero talla 45 x 2 pares", "C20118", {"type": "boot", "size": "45"}),
    ("steel toe rubber boots size 42 qty 6", "C20152", "rubber"),
    ("tapones auditivos x 100 pares", "C20135", "tapones"),
    ("chaleco reflectivo talla L x 20", "C20118", "chaleco"),
    ("soldadura E6013 1/8 x 5 kilos", "C20211", {"type": "electrode", "class": "E6013"}),
    ("electrodo E7018 3/16 x 20 kg", "C20118", {"type": "electrode", "class": "E7018", "dia": "4.8"}),
    ("soldadura inox ER308L 1/8 x 5 kg", "C20167", "ER308"),
    ("alambre MIG ER70S-6 0.9 mm x 15 kg", "C20135", "ER70S"),
    ("broca HSS 1/2 x 10", "C20211", "broca"),
    ("cinta aislante 3M x 10", "C20196", "aislante"),
    ("teflon 3/4 x 20", "C20183", "teflon"),
    ("WD-40 x 12", "C20152", "wd40"),
)  # fmt: skip

NOT_ITEM = (
    ("buenas!", "C20183"), ("ya hermano, gracias", "C20183"), ("¿a qué hora cierran en Gambetta?", "C20183"), ("mándame la factura porfa", "C20196"),
    ("¿hacen delivery a Cercado?", "C20196"), ("ya te deposité, al toque te mando el voucher", "C20196"), ("gracias causa", "C20183"),
    ("ok dale", "C20211"), ("¿aceptan letra a 30 días?", "C20211"), ("buen día", "C20196"), ("¿el precio incluye IGV?", "C20183"),
    ("paso a recoger el jueves por Callao", "C20183"), ("¿me lo mandan por Olva a Trujillo?", "C20167"),
    ("Adjunto orden de compra N° 4500081234", "C20118"), ("Favor confirmar recepción", "C20118"), ("Saludos cordiales, Ing. Rosa Mamani - Logística", "C20118"),
    ("Ítem | Descripción | Cant. | Unidad", "C20135"), ("Enviar cotización con validez de 15 días por favor", "C20135"),
    ("Indicar condición de pago y plazo de entrega a almacén Arequipa", "C20135"), ("Thanks, much appreciated", "C20152"), ("PO to follow", "C20152"),
    ("Please invoice to ap@northernshaft.ca", "C20152"), ("what's the lead time to Arequipa?", "C20152"), ("Cheers, Dave", "C20152"),
    ("Item | Description | Qty | UoM", "C20152"), ("ok go ahead", "C20152"), ("are prices in soles or dollars?", "C20152"),
    ("¿me pasa su RUC para registrarlos como proveedor?", "C20167"), ("gracias hermano", "C20211"), ("¿me pasas tu número de cuenta BCP?", "C20211"),
)  # fmt: skip


check = corpus.check  # every label against the catalog's CSV files, as the tests call it
HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c18", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
