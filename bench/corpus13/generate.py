"""Write bench/corpus13/{all,tune,holdout}.csv: buyers' lines on catalog 13, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus13.generate [--out DIR]

Buyers of a Colombian distributor on Siesa (Bogotá, Itagüí, Barranquilla): a cement plant and a
maintenance contractor in Antioquia (`me regala el precio de …`, `me cotiza … pues`, `¿tienen …?`),
a hardware reseller and a welding shop in Bogotá (`sumercé`, `¿me confirma valor de …?`), a food
plant in Barranquilla (`ajá`, `me cotizan … porfa`), and the English-writing engineers of an
oil-and-gas services company in Barrancabermeja and a coal mine in La Guajira (`pls quote`,
`RFQ -`, `qty 10`). WhatsApp (lower case, accents dropped, slips of the thumb), email bullets and
requisition rows (`;` is Colombia's Excel separator). Each line's words pin facts (words.py); its
label is the set of active catalog-13 products those facts fit, computed, and `check()` verifies
every row against the CSV files `python -m bench.catalog13` writes. Written blind: no matcher was
read or run to write it. Deterministic.
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
from bench.catalog13.erp import INACTIVE, catalog, cross_references, write
from bench.corpus13.words import say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 175, "brand_open": 55, "ambiguous": 45, "code": 35, "mfr_ref": 30}
TYPE_CAP = {"description": 6, "brand_open": 5, "ambiguous": 3}
# customer -> (weight, how they write); "" is a number the house does not know
CUSTOMERS = (("860512334", 14, "paisa"), ("900418276", 14, "paisa"), ("830095117", 12, "en"), ("901233450", 14, "rolo"),
             ("890104478", 12, "costa"), ("900877612", 9, "en"), ("79845521", 4, "rolo"), ("", 9, ""))  # fmt: skip
BUYERS = corpus.Buyers(CUSTOMERS, unknown=("paisa", "rolo", "costa"))
REGION = BUYERS.regions
# Facts a buyer leaves out when leaving them out narrows nothing (one grade or finish in that size).
SILENT = ("grado", "acabado", "material", "linea")
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "balinera": ("sello",), "chumacera_piso": ("eje",), "chumacera_pared": ("eje",), "correa": ("largo",),
    "tornillo_hex": ("largo", "acabado"), "tornillo_metrico": ("largo",), "tuerca": ("acabado",), "chazo": ("largo",),
    "registro": ("material",), "codo": ("material",), "tee": ("material",), "union": ("material",), "tapon": ("material",),
    "taco": ("polos",), "breaker_riel": ("polos",), "contactor": ("bobina",), "thhn": ("color",), "encauchetado": ("conductores",),
    "cinta_aislante": ("color",), "disco_corte": ("espesor",), "disco_flap": ("grano",), "electrodo": ("diametro",),
    "guante_vaqueta": ("talla",), "guante_nitrilo": ("talla",), "gafas": ("lente",), "casco": ("color",), "bota": ("talla",),
    "respirador": ("talla",), "tapaoidos": ("cordon",),
}  # fmt: skip
WRAP = {
    "paisa": ("buenas, me regala el precio de {x}", "me cotiza {x} pues", "¿tienen {x}?", "necesito {x} urgente", "{x}",
              "hola, qué más? me colabora con {x}", "me regalas {x} porfa", "para cotizar: {x}", "¿cuánto vale {x}?",
              "hágame el favor y me cotiza {x}", "{x}", "¿hay {x}? gracias"),
    "rolo": ("buenos días, ¿me cotiza {x}?", "sumercé, ¿tiene {x}?", "necesito {x}", "¿qué valor tiene {x}?", "{x}",
             "me regala {x} por favor", "¿hay disponibilidad de {x}?", "me confirma precio de {x}", "¿me despacha {x}?",
             "buenas tardes, {x}", "{x}", "favor cotizar {x}"),
    "costa": ("buenas, ¿tienen {x}?", "ajá, necesito {x}", "me cotizan {x} porfa", "{x}", "¿qué precio tiene {x}?",
              "me hace el favor y me cotiza {x}", "¿hay {x}?", "cotizar {x}, gracias", "{x}", "buenas, para {x}"),
    "en": ("pls quote {x}", "need {x}", "do you have {x} in stock?", "price and availability: {x}", "RFQ - {x}", "{x}",
           "request for quote: {x}", "could you quote {x}, thanks", "I need pricing on {x}", "{x}"),
}  # fmt: skip
BULLETS = ("- ", "* ", "1) ", "2. ", "• ", "3- ", "Ítem 4: ", "")
UNIT_CELL = {"UND": ("UND", "und", "UN", "unid"), "MTS": ("MTS", "mts", "m", "metros"), "KG": ("KG", "kg", "kilos"),
             "PAR": ("PAR", "par", "pares"), "ROL": ("ROL", "rollo"), "CAJ": ("CAJ", "caja", "cajas")}  # fmt: skip
UNIT_CELL_EN = {"UND": ("EA", "ea", "each", "pcs"), "MTS": ("M", "m"), "KG": ("KG", "kg"), "PAR": ("PR", "pair"),
                "ROL": ("RL", "roll"), "CAJ": ("BX", "box")}  # fmt: skip


class Row(corpus.Row):
    CATALOG = "catalog13"


seeded = partial(corpus.sha_random, "c13")
roll = partial(corpus.sha_roll, "c13")


def thousands(n: int, en: bool) -> str:
    """Colombia writes one thousand `1.000`; the English-writing engineers `1,000`."""
    return f"{n:,}" if en else f"{n:,}".replace(",", ".")


# --- quantities ----------------------------------------------------------------------------------

PACK_WORD = {"MTS": (("rollo", "rollos"), ("roll", "rolls")), "KG": (("caja", "cajas"), ("box", "boxes")),
             "UND": (("caja", "cajas"), ("box", "boxes"))}  # fmt: skip
SPOOL = (("carrete", "carretes"), ("spool", "spools"))
WORD_QTY_ES = {2: "un par de", 6: "media docena de", 12: "una docena de", 100: "un ciento de", 1000: "un millar de"}


def quantity(p: Product, en: bool, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the item's unit."""
    if rng.random() < 0.12:
        return "", "", ""
    uom, pick = p.uom, rng.choice
    if p.pack_qty > 1 and uom in PACK_WORD and rng.random() < 0.3:  # boxes, rolls, spools of the pack
        n = pick((1, 2, 3, 4, 5, 10))
        one, many = (SPOOL if p.attrs["tipo"] == "alambre_mig" else PACK_WORD[uom])[int(en)]
        word = one if n == 1 else many
        size = f" x {p.pack_qty}" if rng.random() < 0.4 and uom == "UND" else f" de {p.pack_qty} {'m' if uom == 'MTS' else 'kg'}" if uom != "UND" and not en and rng.random() < 0.5 else ""
        return pick(((f"{n} {word}{size} de" if not en else f"{n} {word} of", "", str(n * p.pack_qty)),
                     ("", f"x {n} {word}{size}", str(n * p.pack_qty))))  # fmt: skip
    if uom == "MTS":
        n = pick((10, 15, 20, 25, 30, 50, 80, 100, 150, 200, 300, 500, 1000, 1500))
        if n >= 1000 and not en and rng.random() < 0.5:  # a long run of cable in kilometres
            km = f"{n / 1000:g}".replace(".", ",")
            return pick(((f"{km} km de", "", str(n)), ("", f"x {km} km", str(n))))
        if en:
            return pick(((f"{thousands(n, en)} m of", "", str(n)), ("", f"- {thousands(n, en)} meters", str(n)), ("", f"qty {n} m", str(n))))
        return pick(((f"{thousands(n, en)} metros de", "", str(n)), (f"{thousands(n, en)} mts de", "", str(n)), ("", f"x {thousands(n, en)} mts", str(n)),
                     ("", f"- {thousands(n, en)} m", str(n))))  # fmt: skip
    if uom == "KG":
        n = pick((1, 2, 3, 5, 10, 15, 20, 25, 40, 50))
        return pick(((f"{n} kilos de", "", str(n)), (f"{n} kg de", "", str(n)), ("", f"x {n} kg", str(n)), ("", f"- {n} kilos", str(n)))) if not en else pick(
            ((f"{n} kg of", "", str(n)), ("", f"qty {n} kg", str(n))))  # fmt: skip
    if uom == "PAR":
        n = pick((1, 2, 5, 10, 12, 20, 24, 50, 100))
        if not en and n == 12 and rng.random() < 0.5:
            return pick(("una docena de", "una docena de pares de")), "", "12"
        return pick(((f"{n} pares de", "", str(n)), ("", f"x {n} pares", str(n)), ("", f"- {n}", str(n)))) if not en else pick(
            ((f"{n} pairs of", "", str(n)), ("", f"qty {n} pr", str(n))))  # fmt: skip
    if p.pack_qty > 1:  # bolts, nuts, discs: bought by the hundred as often as by the dozen
        n = pick((10, 12, 20, 24, 25, 50, 100, 200, 300, 500, 1000, 2000) if p.pack_qty >= 50 else (5, 10, 12, 20, 25, 30, 50, 100))
    else:
        n = pick((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40))
    if not en and n in WORD_QTY_ES and rng.random() < 0.4 and (n < 100 or p.pack_qty >= 50):  # by the hundred: bolts and nuts
        return WORD_QTY_ES[n], "", str(n)
    if en and n == 12 and rng.random() < 0.4:
        return "a dozen", "", "12"
    q = thousands(n, en)
    if en:
        return pick(((f"{q} ea", "", str(n)), (f"({q})", "", str(n)), ("", f"qty {q}", str(n)), ("", f"x {q}", str(n)),
                     (f"{q} pcs", "", str(n)), (q, "", str(n))))  # fmt: skip
    unit_word = pick(("und", "unds", "unidades", "u")) + pick(("", " de"))
    return pick(((f"{q} {unit_word}", "", str(n)), (q, "", str(n)), ("", f"x {q}", str(n)), ("", f"- {q}", str(n)),
                 ("", f"cant {q}", str(n)), ("", f"({q} und)", str(n)), ("", f"x{q}", str(n))))  # fmt: skip


# --- how a line is dressed -----------------------------------------------------------------------


# words that carry a quantity: a slip there would change what the line asks for
QUANTITY_WORDS = {"docena", "ciento", "pares", "metros", "kilos", "unidades", "cajas", "rollos", "rollo", "carrete",
                  "carretes", "dozen", "pairs", "boxes", "spools", "meters"}  # fmt: skip


def dress(item: str, p: Product, region: str, rng: Random, note: dict[str, str]) -> tuple[str, str]:
    """The whole line around an item's words: quantity, channel, wrapper, slips. Returns (text, qty)."""
    en = region == "en"
    before, after, qty = quantity(p, en, rng)
    fmt = rng.choice(("whatsapp", "whatsapp", "whatsapp", "email", "xlsx"))
    note.update(fmt=fmt, qty="yes" if qty else "none")
    if fmt == "xlsx":  # a requisition row: the quantity in the item's unit, the unit in its own cell
        seps = ("\t", " | ", ",") if en else ("\t", ";", " | ")
        return corpus.requisition(item, thousands(int(qty), en) if qty else "", lambda: (UNIT_CELL_EN if en else UNIT_CELL)[p.uom], seps,
                                  rng, upper=0.4), qty  # fmt: skip
    body = " ".join(x for x in (before, item, after) if x)
    if fmt == "email":
        return corpus.bulleted(body, BULLETS, WRAP[region], rng, wrapped=0.3), qty
    return corpus.hurried(rng.choice(WRAP[region]).format(x=body), rng, en=en, protect=QUANTITY_WORDS, note=note), qty


VOICE = corpus.Voice.of(seeded, BUYERS, lambda pins, region, rng: say(pins, region == "en", rng), dress)


# --- the kinds of line ---------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return corpus.item_lines(
        products, seed="c13|", targets=TARGETS, caps=TYPE_CAP, type_key="tipo", omit=OMIT, silent=SILENT, roll=roll,
        row_for=partial(VOICE.fitted_row, Row, products, silent=SILENT, same_unit=lambda cands: len({c.uom for c in cands}) == 1),
    )  # fmt: skip


def code_rows(products: list[Product]) -> list[Row]:
    """A Siesa item number copied off an old quote, with words around it."""
    active = sorted((p for p in products if p.active), key=lambda p: hashlib.sha256(f"code13|{p.key}".encode()).hexdigest())
    rows = []
    for p in active[: TARGETS["code"]]:
        rng = seeded("code", p.key)
        cid, region = VOICE.asker(rng)
        es = ("{s}", "ítem {s}", "cod {s}", "código {s}", "ref {s}", "ref. {s}", "#{s}", "item {s} de la cotización")
        en = ("{s}", "item {s}", "your item # {s}", "P/N {s}", "sku {s}", "item no. {s}")
        shape = rng.choice(en if region == "en" else es).format(s=p.sku)
        if rng.random() < 0.4:
            shape += " " + say({"tipo": p.attrs["tipo"]}, region == "en", rng)
        note = VOICE.note(region, p)
        text, qty = dress(shape, p, region, rng, note)
        rows.append(Row("", cid, corpus.unslipped(text, shape, qty, p.sku, note), [p.sku], qty, p.uom, "code", note))
    return rows


def part_rows(products: list[Product]) -> list[Row]:
    """A customer's own part number (cross_references.csv), ten per customer who sends them."""
    shapes = {"830095117": ("SAP mat. {part}", "material {part}", "{part} - {what}", "our P/N {part}", "{part}"),
              "860512334": ("código Nare {part}", "{part} ({what})", "nuestro código {part}", "{part}"),
              "900877612": ("catalogue no. {part}", "{part} {what}", "stock code {part}", "{part}")}  # fmt: skip
    return corpus.part_lines(
        Row, products, cross_references(products), shapes, BUYERS, seeded=seeded, quantity=quantity, say=say, count=thousands,
        unit_cell=lambda p, en: (UNIT_CELL_EN if en else UNIT_CELL)[p.uom][0], bullets=lambda en: BULLETS, sheet=0.4, seps=("\t", ";"), type_key="tipo",
    )  # fmt: skip


def mfr_rows(products: list[Product]) -> list[Row]:
    """The maker's part number (an alias only one product carries), as the box or the old part says."""
    shape = tail.maker_shape(es=("{b} o similar", "ref {b}"), en=("{b} or equal", "mfr p/n {b}"))
    refs = corpus.maker_refs(products, seed="mfr13|", target=TARGETS["mfr_ref"], cap=3, type_key="tipo")
    return VOICE.maker_rows(Row, refs, shape)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("me regala precio de 4 balineras 6310 2rs", "860512334", {"tipo": "balinera", "serie": "6310"}),
    ("balinera 6204 2RS C3 x 10", "900418276", {"tipo": "balinera", "serie": "6204", "sello": "C3"}),
    ("need 2 pillow blocks UCP215", "830095117", {"tipo": "chumacera_piso", "modelo": "UCP215"}),
    ("correa C-120 x 3", "890104478", {"tipo": "correa", "perfil": "C"}),
    ("banda B-110 gates", "901233450", {"tipo": "correa", "perfil": "B", "largo": "110"}),
    ("cadena ASA 100 10 metros", "860512334", {"tipo": "cadena", "asa": "100"}),
    ("tornillo 1 x 6 grado 8 - 20 und", "900418276", {"tipo": "tornillo_hex", "diametro": "1"}),
    ("tornillo hex M20x80 8.8 x 50", "860512334", {"tipo": "tornillo_metrico", "rosca": "M20"}),
    ("guasa plana 1\" 5 kilos", "901233450", {"tipo": "guasa_plana", "diametro": "1"}),
    ("chazo 1/4 x 2 ciento", "901233450", {"tipo": "chazo", "diametro": "1/4"}),
    ("registro de bola 3\" bronce", "890104478", {"tipo": "registro", "medida": "3"}),
    ("codo 90 galvanizado 4\" x 6", "860512334", {"tipo": "codo", "medida": "4"}),
    ("pls quote 6\" butterfly valve, qty 2", "830095117", "butterfly"),
    ("taco 3x100A schneider", "901233450", {"tipo": "taco", "amperios": "100"}),
    ("breaker riel 4P 32A", "890104478", {"tipo": "breaker_riel", "polos": "4"}),
    ("contactor 95A bobina 220", "860512334", {"tipo": "contactor", "amperios": "95"}),
    ("cable thhn #6 negro 100 mts", "900418276", {"tipo": "thhn", "calibre": "6"}),
    ("encauchetado 3x8 x 50 metros", "890104478", {"tipo": "encauchetado", "conductores": "3", "calibre": "8"}),
    ("disco de corte 4 1/2 x 2,5", "79845521", {"tipo": "disco_corte", "diametro": "115", "espesor": "2.5"}),
    ("disco flap 4-1/2 grano 36", "900418276", {"tipo": "disco_flap", "grano": "36"}),
    ("lija de agua grano 2000 x 50 pliegos", "901233450", {"tipo": "lija_agua", "grano": "2000"}),
    ("soldadura 7018 de 3/16 20 kilos", "79845521", {"tipo": "electrodo", "clase": "E7018", "diametro": "3/16"}),
    ("soldadura 6010 1/8 x 10 kg", "900418276", {"tipo": "electrodo", "clase": "E6010"}),
    ("MIG wire 1.6mm 2 spools", "900877612", {"tipo": "alambre_mig", "diametro": "1.6"}),
    ("botas de seguridad talla 45 x 2 pares", "860512334", {"tipo": "bota", "talla": "45"}),
    ("casco negro arseg x 5", "890104478", {"tipo": "casco", "color": "negro"}),
    ("nitrile gloves size XXL 5 boxes", "830095117", {"tipo": "guante_nitrilo", "talla": "XXL"}),
    ("careta para soldar fotosensible", "79845521", "careta"),
    ("arnés de seguridad 4 argollas x 2", "860512334", "arnes"),
    ("eslinga poliéster 2 ton x 3 m", "900418276", "eslinga"),
    ("grillete 5/8 x 10", "890104478", "grillete"),
    ("10 rollos de cinta teflón", "901233450", "teflon"),
    ("grasa de litio EP2 cuñete", "860512334", "grasa"),
    ("silicona gris alta temperatura x 12", "890104478", "silicona"),
    ("pintura anticorrosiva gris galón", "901233450", "pintura"),
    ("manguera hidráulica 1/2 2 mallas 10 metros", "900418276", "manguera"),
    ("broca para concreto 1/2 x 6", "901233450", "broca"),
    ("pulidora 4 1/2 dewalt", "79845521", "pulidora"),
    ("extintor multipropósito 20 lb", "890104478", "extintor"),
    ("lockout hasp and padlocks x 10", "900877612", "lockout"),
    ("chaleco reflectivo naranja x 20", "860512334", "chaleco"),
)  # fmt: skip

NOT_ITEM = (
    ("buenos días", "860512334"), ("gracias, muy amable", "860512334"), ("listo, quedo atenta", "860512334"),
    ("ok", "900418276"), ("dale pues", "900418276"), ("listo parce, gracias", "900418276"), ("¿a qué hora cierran en Itagüí?", "900418276"),
    ("¿me manda la factura electrónica al correo?", "890104478"), ("ajá, perfecto", "890104478"), ("¿cuándo llega el pedido?", "890104478"),
    ("sumercé, ¿me confirma si despachan hoy?", "901233450"), ("la orden de compra va por correo", "901233450"), ("bueno, gracias", "901233450"),
    ("¿me pueden dar crédito a 30 días?", "79845521"), ("¿el precio incluye IVA?", "901233450"), ("Enviado desde mi Xiaomi", "900418276"),
    ("Cordialmente, Katherine Mendoza | Compras", "890104478"), ("Código\tDescripción\tCant\tUnd", "860512334"),
    ("¿tienen sede en Cali?", "901233450"), ("ya le transferí, le mando el soporte", "79845521"),
    ("thanks", "830095117"), ("noted, thanks", "830095117"), ("PO 4500087123 to follow", "830095117"),
    ("Best regards, Mike Dawson | Procurement", "830095117"), ("please deliver to the Barrancabermeja yard", "830095117"),
    ("any update on the ETA?", "900877612"), ("Item | Description | Qty | UoM", "900877612"), ("cheers, go ahead", "900877612"),
    ("is the Barranquilla branch open Saturday?", "900877612"), ("ok proceed", "830095117"),
)  # fmt: skip

HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c13", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
