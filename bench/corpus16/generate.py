"""Write bench/corpus16/{all,tune,holdout}.csv: buyers' lines on catalog 16, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus16.generate [--out DIR]

Buyers of an Ecuadorian house (Guayaquil, Quito, Cuenca; US dollars) on a local ERP whose item
codes are dotted, `01.020.00412`: an American oil-service company in Coca and an American-run
shrimp farm in Machala whose managers write English (`need`, `please quote`, `RFQ`, `qty 20`,
`1,000`, numbered items); a cardboard mill in Durán and a cement plant in Cuenca whose purchasing
offices send emails with numbered positions (`1.-`, `Ítem 2:`) and spreadsheet rows; a hardware
store and a (blocked) machine shop in Guayaquil writing the coast's WhatsApp Spanish (`ñaño`,
`full`, `chévere`, `porfa`, `me regala`, `¿tendrá …?`, `mi pana`), and an electrician in Quito and
a hardware store in Cuenca writing the highlands' (`¿me regala …?`, `veci`, `ayúdeme con`,
`de ley`, `¿tendrá …?`). Item codes are written with the dots, without them (`0102000412`) or
without the leading zeros (`1.20.412`). Each line's words pin facts (words.py); its label is the
set of active catalog-16 products those facts fit, computed, and `check()` verifies every row
against the CSV files `python -m bench.catalog16` writes. Written blind: no matcher was read or
run to write it. Deterministic.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, tail
from bench.blind.corpus import KINDS  # noqa: F401  (the kinds of line, as tests read them off each generator)
from bench.blind.dress import Dress, item_rows
from bench.catalog4.model import Product
from bench.catalog16.erp import INACTIVE, catalog, cross_references, write
from bench.corpus16.words import say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 195, "brand_open": 55, "ambiguous": 50, "code": 36, "mfr_ref": 30}
TYPE_CAP = {"description": 8, "brand_open": 6, "ambiguous": 4}
# customer -> (weight, how they write); "" is a number the house does not know
CUSTOMERS = (("CL-00412", 33, "en"), ("CL-00538", 11, "compras"), ("CL-00611", 10, "compras"), ("CL-00745", 15, "en"),
             ("CL-00803", 13, "costa"), ("CL-00877", 9, "sierra"), ("CL-00921", 9, "sierra"), ("CL-00966", 4, "costa"), ("", 7, ""))  # fmt: skip
# a number the house does not know writes the coast's or the highlands' Spanish
BUYERS = corpus.Buyers(CUSTOMERS, unknown=("costa", "costa", "sierra"))
# Facts a buyer leaves out when leaving them out narrows nothing.
SILENT = ("clearance", "finish", "grade", "material", "end")
OMIT = {  # the facts a buyer may leave out, making a line ambiguous
    "ball_bearing": ("seal",), "pillow_block": ("size",), "flange_block": ("size",), "v_belt": ("length",), "sprocket": ("teeth",),
    "hex_bolt": ("length", "grade"), "metric_bolt": ("length",), "carriage_bolt": ("length",), "hex_nut": ("finish",),
    "ball_valve": ("material",), "breaker": ("poles",), "contactor": ("coil",), "wire": ("colour",), "tape": ("colour",),
    "cutoff_disc": ("thick",), "flap_disc": ("grit",), "hose": ("spec",), "hose_fitting": ("end",),
}  # fmt: skip
WRAP = {
    "costa": ("ñaño, ¿tendrá {x}?", "buenas, me regala precio de {x} porfa", "{x}", "mi pana, necesito {x} full urgente", "¿tienen {x}?",
              "hola, ¿tendrán {x}? chévere si hay", "{x} porfa", "me regala {x}", "ñañito, cotízame {x}", "{x}, ¿hay?",
              "buenas tardes, ¿a cómo está {x}?", "necesito {x} para hoy mismo"),
    "sierra": ("buenos días veci, ¿me regala {x}?", "¿tendrá {x}?", "ayúdeme con {x} porfa", "{x}", "¿me regala el precio de {x}?",
               "buenas, necesito {x} de ley para mañana", "hola, ¿tiene {x}?", "{x} porfa", "¿cuánto me sale {x}?", "{x}, ¿tendrá?"),
    "compras": ("Solicitamos cotización de {x}", "Favor cotizar {x}", "{x}", "Requerimos {x}", "Cotizar por favor {x}, indicar tiempo de entrega",
                "Buenos días, solicitamos {x}", "{x}", "Agradeceremos su oferta por {x}"),
    "en": ("please quote {x}", "need {x} at the Coca yard asap", "RFQ: {x}", "{x}", "do you have {x} in stock?", "price and lead time for {x}",
           "Hi, can you quote {x}", "we need {x} for the rig move", "{x} - urgent", "{x}"),
}  # fmt: skip
# an email's list and a purchasing office's numbered positions (never a count)
BULLETS = ("- ", "1.- ", "Ítem 2: ", "3) ", "• ", "4. ", "")
BULLETS_EN = ("- ", "* ", "1) ", "2. ", "Item 3: ", "")
UNIT_CELL = {"UND": ("UND", "und", "unid", "u"), "MT": ("MT", "m", "mts", "metros"), "LB": ("LB", "lb", "libras")}
UNIT_CELL_EN = {"UND": ("EA", "ea", "pcs", "each"), "MT": ("m", "M", "meters"), "LB": ("lb", "LBS")}


class Row(corpus.Row):
    CATALOG = "catalog16"


seeded = partial(corpus.sha_random, "c16")
roll = partial(corpus.sha_roll, "c16")


# --- quantities ----------------------------------------------------------------------------------


def number(n: int, en: bool, dotted: bool = True) -> str:
    """A count as the buyer writes it: `1,000` in English, `1.000` in Spanish (or `1000`)."""
    s = f"{n:,}"
    return s if en else s.replace(",", "." if dotted else "")


def quantity(p: Product, en: bool, rng: Random) -> tuple[str, str, str]:
    """(before, after, expected_qty): the quantity's words around the item, and its value in the
    item's unit (the seller's: boxes of bolts are pieces, rolls of wire and lengths of chain are
    metres, washers are pounds)."""
    if rng.random() < 0.12:
        return "", "", ""
    uom, pick, t = p.uom, rng.choice, p.attrs["type"]
    dotted = rng.random() < 0.6
    if uom == "UND" and p.pack_qty > 1:  # bolts and nuts: by the piece, boxed
        if rng.random() < 0.35:
            n = pick((1, 2, 3, 5, 10))
            q = str(n * p.pack_qty)
            if en:
                return pick(((f"{n} boxes of" if n > 1 else "one box of", "", q), ("", f"- {n} box{'es' if n > 1 else ''}", q)))
            return pick(((f"{n} cajas de" if n > 1 else "una caja de", "", q), ("", f"x {n} caja{'s' if n > 1 else ''}", q),
                         (f"{n} cajas x {p.pack_qty} de" if n > 1 else f"una caja x {p.pack_qty} de", "", q)))  # fmt: skip
        n = pick((10, 20, 25, 50, 100, 150, 200, 300, 500, 1000, 1500, 2000))
        if n == 100 and not en and rng.random() < 0.4:
            return "un ciento de", "", "100"
        N = number(n, en, dotted)
        if en:
            return pick(((f"{N} pcs", "", str(n)), ("", f"qty {N}", str(n)), (f"{N} x", "", str(n)), ("", f"- {N} ea", str(n))))
        return pick(((f"{N} unidades de", "", str(n)), (N, "", str(n)), ("", f"x {N}", str(n)), ("", f"- {N}", str(n)), (f"{N} und de", "", str(n)),
                     ("", f"cant. {N}", str(n))))  # fmt: skip
    if uom == "MT":
        if p.pack_qty > 1 and rng.random() < 0.3:  # whole rolls of wire, whole lengths of chain
            n = pick((1, 2, 3, 5))
            q = str(n * p.pack_qty)
            if t == "roller_chain":
                one, many = ("10-ft length", "10-ft lengths") if en else ("tramo", "tramos")
            else:
                one, many = ("roll", "rolls") if en else ("rollo", "rollos")
            if en:
                return (f"one {one} of" if n == 1 else f"{n} {many} of"), "", q
            return pick((((f"un {one} de" if n == 1 else f"{n} {many} de"), "", q), ("", f"x {n} {one if n == 1 else many}", q)))
        if t == "roller_chain":
            n = pick((3, 6, 9, 15, 30))
        elif t == "hose":
            n = pick((2, 3, 5, 8, 10, 15, 20, 50))
        else:
            n = pick((10, 20, 25, 50, 100, 150, 200, 300, 500, 1000, 1500, 2000, 1500, 2500))
            if n >= 1000 and rng.random() < 0.6:  # wire by the kilometre: `1,5 km` is 1500 MT
                km = f"{n / 1000:g}" if en else f"{n / 1000:g}".replace(".", ",")
                return (f"{km} km of" if en else f"{km} km de"), "", str(n)
        N = number(n, en, dotted)
        if en:
            return pick(((f"{N} m of", "", str(n)), (f"{N}m", "", str(n)), ("", f"qty {N} m", str(n)), ("", f"x {N} meters", str(n))))
        return pick(((f"{N} m de", "", str(n)), (f"{N} metros de", "", str(n)), ("", f"x {N} m", str(n)), ("", f"- {N} mts", str(n))))
    if uom == "LB":
        n = pick((1, 2, 3, 5, 10, 20, 25))
        if en:
            return pick(((f"{n} lb of", "", str(n)), ("", f"qty {n} lbs", str(n))))
        if n == 1 and rng.random() < 0.5:
            return "una libra de", "", "1"
        return pick(((f"{n} libras de", "", str(n)), (f"{n} lb de", "", str(n)), ("", f"x {n} libras", str(n)), ("", f"- {n} lb", str(n))))
    cheap = p.list_price < 15
    n = pick((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 50, 100) if cheap else (1, 2, 3, 4, 5, 6, 8, 10, 12))
    if n in (2, 6, 12, 24) and rng.random() < 0.35:  # counting words: a pair of bearings is two bearings
        words = ({2: "a pair of", 6: "half a dozen", 12: "a dozen", 24: "two dozen"} if en else
                 {2: "un par de", 6: "media docena de", 12: "una docena de", 24: "dos docenas de"})  # fmt: skip
        return words[n], "", str(n)
    q = str(n)
    if en:
        return pick(((f"{q} ea", "", q), (f"({q})", "", q), ("", f"qty {q}", q), ("", f"x{q}", q), (f"{q} pcs", "", q), (q, "", q)))
    return pick(((f"{q} unidades de" if n > 1 else "una unidad de", "", q), (q, "", q), ("", f"x {q}", q), ("", f"- {q}", q),
                 ("", f"cant. {q}", q), (f"{q} und", "", q)))  # fmt: skip


# --- how a line is dressed -----------------------------------------------------------------------


# words that carry a quantity or a unit: a slip there would change what the line asks for
QUANTITY_WORDS = {"docena", "docenas", "cajas", "rollos", "rollo", "tramos", "tramo", "unidades", "unidad", "dozen", "boxes", "media",
                  "ciento", "metros", "libras", "libra", "meters", "lengths", "length"}  # fmt: skip


# the channels each region writes on
FORMATS = {"costa": ("whatsapp", "whatsapp", "whatsapp", "whatsapp", "email", "xlsx"),
           "sierra": ("whatsapp", "whatsapp", "whatsapp", "email", "xlsx"),
           "compras": ("email", "email", "xlsx", "xlsx", "whatsapp"),
           "en": ("email", "email", "whatsapp", "xlsx", "xlsx")}  # fmt: skip
dress = Dress(formats=FORMATS, quantity=quantity, count=number, unit_cells={False: UNIT_CELL, True: UNIT_CELL_EN},
              bullets={False: BULLETS, True: BULLETS_EN}, wraps=WRAP, protect=QUANTITY_WORDS, upper=0.3)  # fmt: skip


VOICE = corpus.Voice.of(seeded, BUYERS, lambda pins, region, rng: say(pins, region == "en", rng), dress)


# --- the kinds of line ---------------------------------------------------------------------------


def generated(products: list[Product]) -> list[Row]:
    return item_rows(VOICE, Row, products, seed="c16|", targets=TARGETS, caps=TYPE_CAP, omit=OMIT, silent=SILENT, roll=roll)


def short(sku: str) -> str:
    """An item code as people write it without the leading zeros: `1.20.412` for `01.020.00412`."""
    return ".".join(str(int(part)) for part in sku.split("."))


def mended(text: str, _shape: str, spelled: str, qty: str, region: str, _note: dict[str, str]) -> str:
    """A count written against the code, as the buyer writes it (`1.500`) or bare, would run into
    it: `code x count` instead."""
    said = number(int(qty), region == "en") if qty else ""
    if qty and re.search(rf"(?<![\d.,]){re.escape(said)} {re.escape(spelled)}", text):
        text = text.replace(f"{said} {spelled}", f"{spelled} x {qty}")
    return tail.run_apart(text, spelled, qty)


def code_rows(products: list[Product]) -> list[Row]:
    """An item code copied off an old quote or invoice: with its dots, without them, or without
    the leading zeros of each part."""
    return tail.code_lines(
        VOICE, Row, products, seed="code16", target=TARGETS["code"], spell=lambda p, rng: rng.choice((p.sku, p.sku.replace(".", ""), short(p.sku), short(p.sku))),
        shapes=(("{s}", "cód. {s}", "código {s}", "item {s}", "{s} de la proforma anterior", "su código {s}", "ref. {s}", "art. {s}"),
                ("{s}", "item {s}", "your item# {s}", "code {s}", "{s} (as per last invoice)", "part {s}")),
        kind=kind_of, mend=mended,
    )  # fmt: skip


def part_rows(products: list[Product]) -> list[Row]:
    """A customer's own part number (cross_references.csv), ten per customer who sends them."""
    shapes = {"CL-00412": ("our p/n {part}", "SOS p/n {part}", "{part} - {what}", "MRO# {part}", "{part}"),
              "CL-00538": ("material {part}", "{part} ({what})", "nuestro código SAP {part}", "{part}"),
              "CL-00611": ("código interno {part}", "{part} {what}", "repuesto {part}", "{part}")}  # fmt: skip
    return dress.part_rows(Row, products, cross_references(products), shapes, BUYERS, seeded=seeded, say=kind_of)


def kind_of(pins: dict[str, str], en: bool, _rng: Random) -> str:
    """The kind of thing a part number or code is, in a word that names no size or brand (the
    number says the rest)."""
    t = pins["type"]
    generic_en = {"ball_bearing": "bearing", "tapered": "bearing", "pillow_block": "pillow block", "flange_block": "flange bearing",
                  "roller_chain": "chain", "connecting_link": "chain link", "sprocket": "sprocket", "hex_bolt": "bolt", "metric_bolt": "bolt",
                  "carriage_bolt": "bolt", "threaded_rod": "threaded rod", "hex_nut": "nut", "flat_washer": "washer", "lock_washer": "washer",
                  "check_valve": "check valve", "gate_valve": "gate valve", "elbow": "elbow", "tee": "tee", "union": "union", "plug": "plug",
                  "wire": "wire", "hose_fitting": "hose fitting", "tape": "electrical tape", "ball_valve": "ball valve",
                  "breaker": "breaker", "contactor": "contactor", "v_belt": "V-belt", "hose": "hydraulic hose", "cutoff_disc": "cutting disc",
                  "grinding_disc": "grinding disc", "flap_disc": "flap disc", "sandpaper": "sandpaper"}  # fmt: skip
    generic_es = {"ball_bearing": "rodamiento", "tapered": "rodamiento", "pillow_block": "chumacera", "flange_block": "chumacera",
                  "roller_chain": "cadena", "connecting_link": "candado", "sprocket": "piñón", "hex_bolt": "perno", "metric_bolt": "perno",
                  "carriage_bolt": "perno", "threaded_rod": "varilla roscada", "hex_nut": "tuerca", "flat_washer": "arandela",
                  "lock_washer": "arandela", "check_valve": "válvula check", "gate_valve": "válvula", "elbow": "codo", "tee": "tee",
                  "union": "universal", "plug": "tapón", "wire": "cable", "hose_fitting": "terminal", "tape": "taipe", "ball_valve": "válvula de bola",
                  "breaker": "breaker", "contactor": "contactor", "v_belt": "banda", "hose": "manguera", "cutoff_disc": "disco de corte",
                  "grinding_disc": "disco de desbaste", "flap_disc": "disco flap", "sandpaper": "lija"}  # fmt: skip
    return (generic_en if en else generic_es)[t]


def mfr_rows(products: list[Product]) -> list[Row]:
    """The maker's part number (an alias only one product carries), as the box or the old part says."""
    refs = corpus.maker_refs(products, seed="mfr16|", target=TARGETS["mfr_ref"], cap=5, type_key="type")
    shape = tail.maker_shape(es=("{b} o similar", "ref. {b}"), en=("{b} or equal", "mfr p/n {b}"))
    return VOICE.maker_rows(Row, refs, shape)


# (text, customer, facts that fit nothing active | a word no product carries)
NOT_STOCKED: tuple[tuple[str, str, dict[str, str] | str], ...] = (
    ("rulimán 6316 2rs x 2", "CL-00803", {"type": "ball_bearing", "series": "6316"}),
    ("spherical roller bearing 22218 EK qty 2", "CL-00412", {"type": "spherical"}),
    ("chumacera UCP 215 de piso", "CL-00611", {"type": "pillow_block", "size": "215"}),
    ("rodamiento cónico 33212 x 4", "CL-00538", {"type": "tapered", "series": "33212"}),
    ("ñaño ¿tendrá banda B-150?", "CL-00803", {"type": "v_belt", "section": "B", "length": "150"}),
    ("banda SPB 2000 x 4", "CL-00611", {"type": "v_belt", "section": "SPB"}),
    ("Favor cotizar cadena ANSI 100-1, 6 metros", "CL-00538", {"type": "roller_chain", "ansi": "100"}),
    ("piñón ANSI 80 de 30 dientes", "CL-00921", {"type": "sprocket", "ansi": "80", "teeth": "30"}),
    ("perno hex 1\" x 6 G8 x 20", "CL-00966", {"type": "hex_bolt", "dia": "1"}),
    ("pernos M10x30 inoxidables x 100", "CL-00803", {"type": "metric_bolt", "thread": "M10", "length": "30", "material": "ss"}),
    ("HHCS 7/8-9 x 5 grade 8 qty 25", "CL-00412", {"type": "hex_bolt", "dia": "7/8"}),
    ("perno M20x80 8.8 x 50", "CL-00921", {"type": "metric_bolt", "thread": "M20"}),
    ("arandela plana 1\" x 5 libras", "CL-00803", {"type": "flat_washer", "dia": "1"}),
    ("taco fisher 3/8 x 100", "CL-00921", "fisher"),
    ("válvula de bola 3\" bronce", "CL-00611", {"type": "ball_valve", "size": "3"}),
    ("válvula mariposa 4\" x 2", "CL-00538", "mariposa"),
    ("codo galvanizado 3\" x 10", "CL-00803", {"type": "elbow", "size": "3"}),
    ("ball valve 2\" 600# flanged RF", "CL-00412", "flanged"),
    ("breaker 4 polos 32A", "CL-00877", {"type": "breaker", "poles": "4"}),
    ("breaker 3P 100A caja moldeada", "CL-00877", {"type": "breaker", "amps": "100"}),
    ("contactor 95A bobina 220V", "CL-00611", {"type": "contactor", "amps": "95"}),
    ("cable THHN #2 AWG negro 100 m", "CL-00877", {"type": "wire", "awg": "2"}),
    ("cable #12 amarillo x 1 rollo", "CL-00877", {"type": "wire", "awg": "12", "colour": "amarillo"}),
    ("cable sucre 3x12 x 50 m", "CL-00921", "sucre"),
    ("disco de corte 5\" x 1,0", "CL-00966", {"type": "cutoff_disc", "dia": "5"}),
    ("flap disc 4.5\" 24 grit x 10", "CL-00745", {"type": "flap_disc", "grit": "24"}),
    ("lija de agua # 2000 x 50", "CL-00803", {"type": "sandpaper", "grit": "2000"}),
    ("manguera hidráulica R2 de 1 1/4\" x 10 m", "CL-00412", {"type": "hose", "size": "1-1/4"}),
    ("hydraulic hose 4SH 3/4 x 20 m", "CL-00412", {"type": "hose", "spec": "4SH"}),
    ("terminal JIC hembra 1 1/2\"", "CL-00538", {"type": "hose_fitting", "size": "1-1/2"}),
    ("casco de seguridad blanco x 10", "CL-00611", "casco"),
    ("guantes de nitrilo talla 9 x 12 pares", "CL-00745", "guante"),
    ("soldadura 6011 1/8 x 5 libras", "CL-00966", "soldadura"),
    ("WD-40 x 12 cans", "CL-00412", "wd40"),
    ("grasa para rulimanes x caneca", "CL-00611", "grasa"),
    ("extintor PQS 10 lb", "CL-00538", "extintor"),
    ("broca HSS 1/2 x 6", "CL-00921", "broca"),
    ("pintura anticorrosiva gris x galón", "CL-00803", "pintura"),
    ("silicón alta temperatura x 12", "CL-00803", "silicon"),
    ("tubo PVC 4\" desagüe x 6", "CL-00921", "desague"),
    ("teflon tape 3/4 x 50 rolls", "CL-00745", "teflon"),
)  # fmt: skip

NOT_ITEM = (
    ("buenas ñaño", "CL-00803"), ("ya listo, gracias", "CL-00803"), ("¿a qué hora cierran en la vía a Daule?", "CL-00803"),
    ("mande nomás la proforma", "CL-00966"), ("¿hacen envío a Machala?", "CL-00803"), ("le hice la transferencia al Pichincha", "CL-00966"),
    ("chévere, gracias mi pana", "CL-00803"), ("ok full", "CL-00966"), ("dale", "CL-00803"), ("¿aceptan cheque posfechado?", "CL-00966"),
    ("buenos días veci", "CL-00877"), ("Dios le pague", "CL-00921"), ("¿me manda la factura con el RUC de la empresa?", "CL-00877"),
    ("¿hacen entregas en Azogues?", "CL-00921"), ("ya le deposité, ahí le mando el comprobante", "CL-00877"),
    ("Adjunto orden de compra 4500023311", "CL-00538"), ("Favor confirmar recepción", "CL-00538"), ("Atentamente, Ing. Verónica Mora - Compras", "CL-00538"),
    ("Ítem | Descripción | Cant. | Unidad", "CL-00611"), ("Sírvanse enviar la proforma con validez de 15 días", "CL-00611"),
    ("Indicar forma de pago y tiempo de entrega", "CL-00611"), ("Thanks, appreciate it", "CL-00412"), ("PO to follow", "CL-00412"),
    ("Please send the invoice to ap@sierraoilfield.com", "CL-00412"), ("what's the lead time to Coca?", "CL-00412"), ("Regards, Bill", "CL-00412"),
    ("Item | Description | Qty | UoM", "CL-00745"), ("ok go ahead", "CL-00745"), ("Can you deliver to the farm in Puerto Bolívar?", "CL-00745"),
    ("cheers", "CL-00745"),
)  # fmt: skip


DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,3})\.(\d{1,5})(?![\d])")


def carries_short(sku: str, text: str) -> bool:
    """The text carries the code written with its dots but without leading zeros (`1.20.412`)."""
    want = tuple(int(x) for x in sku.split("."))
    return any(tuple(int(g) for g in m.groups()) == want for m in DOTTED.finditer(text))


def check(text: str, folder: Path) -> list[str]:
    """bench.blind.corpus.check, where a code line may carry its item code without the leading
    zeros of each part (`1.20.412` for `01.020.00412`), as buyers write it."""
    return tail.check_short(text, folder, carries_short)


HAND = corpus.Hand(INACTIVE, NOT_STOCKED, NOT_ITEM)
GENERATOR = corpus.Generator(VOICE, Row, catalog, "c16", (generated, code_rows, part_rows, mfr_rows), HAND, __doc__, HERE, write, check)
build, files, main = GENERATOR.build, GENERATOR.files, GENERATOR.main


if __name__ == "__main__":
    main()
