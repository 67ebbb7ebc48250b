"""Write bench/corpus6/{all,tune,holdout}.csv: request lines on catalog 6, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus6.generate [--out DIR]

Every label is computed from the facts a line's words pin (words.py) over catalog 6's active
products, and `check()` verifies every row against the CSV files `python -m bench.catalog6`
writes before anything is written. Deterministic: the same code gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from random import Random

from bench.blind import corpus, early
from bench.blind.corpus import KINDS, decode, encode
from bench.blind.early import classify_any as classify
from bench.blind.early import code_norm as norm
from bench.blind.early import fits_any as fits
from bench.blind.early import matches_any as matches
from bench.catalog4.model import Product
from bench.catalog6.erp import catalog, cross_references, write
from bench.corpus6.words import OMITTABLE, pick, say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 160, "brand_open": 60, "ambiguous": 30, "code": 34, "customer_part": 30, "mfr_ref": 30}
TYPE_CAP = {"description": 12, "brand_open": 10, "ambiguous": 5}  # lines of one kind of item, per kind of line
# customer -> weight; "" is a guest (a new number on WhatsApp)
CUSTOMERS = (("AR0101", 25), ("AR0214", 22), ("UY0052", 15), ("EX0909", 15), ("AR0377", 5), ("", 18))


class Row(corpus.DecimalRow):
    CATALOG = "catalog6"


seeded = partial(early.pipe_random, "c6")


# --- quantities, as they arrive -------------------------------------------------------------
NUM_ES = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 8: "ocho", 10: "diez", 12: "doce", 20: "veinte"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}
BULK = {"bulon", "tuerca", "tarugo"}  # sold by the thousand


@dataclass
class Qty:
    value: Decimal | None  # in the product's own unit
    shape: str
    lead: str = ""  # words before the item
    tail: str = ""  # words after it


def thousands(n: int, comma: bool) -> str:
    """1.500 as the Rio de la Plata writes it; 1,500 as the Caribbean buyer (or an English-writing guest) does."""
    return f"{n:,}" if comma else f"{n:,}".replace(",", ".")


def qty_for(p: Product, rng: Random, en: bool, cid: str, boxes: bool = True) -> Qty:
    """A quantity in one of the shapes buyers use for this product's unit (separators by the customer's country)."""
    roll = rng.random()
    comma = cid == "EX0909" or (cid == "" and en)
    t = p.attrs["type"]
    if p.uom == "M":
        if roll < 0.12:
            return Qty(None, "none")
        if t == "cadena":
            n = pick(rng, (2, 3, 5, 10, 15, 20))
            if en:
                return Qty(Decimal(n), "length", tail=pick(rng, (f" x {n} m", f" - {n} meters")))
            return Qty(Decimal(n), "length", *pick(rng, ((f"{n} metros de ", ""), ("", f" x {n} mts"), (f"{n} m de ", ""))))
        if not comma and roll < 0.32:
            km, m = pick(rng, (("1,5 km", 1500), ("2 km", 2000), ("1 km", 1000), ("2,5 km", 2500), ("medio km", 500)))
            return Qty(Decimal(m), "km", f"{km} de ", "")
        n = pick(rng, (25, 50, 100, 100, 200, 300, 500, 1000, 1500))
        shown = thousands(n, comma)
        if en:
            return Qty(Decimal(n), "length", tail=pick(rng, (f" - {shown} m", f" x {shown} meters", f", {shown}m")))
        return Qty(Decimal(n), "length", *pick(rng, ((f"{shown} mts de ", ""), ("", f" x {shown} metros"), ("", f" x {shown} mts"),
                                                         (f"{shown} m de ", ""), ("", f" - {shown}m"), ("", f" {shown} mts"))))
    if p.uom == "KG":
        if roll < 0.12:
            return Qty(None, "none")
        if not comma and roll < 0.3:
            value, lead = pick(rng, ((Decimal("0.5"), "medio kilo de "), (Decimal("2.5"), "2,5 kg de "), (Decimal("1.5"), "1,5 kilos de "),
                                     (Decimal(1), "un kilo de ")))
            return Qty(value, "weight", lead, "")
        n = pick(rng, (2, 5, 10, 20, 25, 50))
        if en:
            return Qty(Decimal(n), "weight", *pick(rng, ((f"{n} kg ", ""), ("", f" x {n} kg"))))
        return Qty(Decimal(n), "weight", *pick(rng, ((f"{n} kg de ", ""), ("", f" x {n} kilos"), ("", f" x {n}kg"), (f"{n} kilos de ", ""))))
    if p.uom == "CJ":  # sold by the box: the count is of boxes
        if roll < 0.15:
            return Qty(None, "none")
        k = pick(rng, (1, 2, 3, 4, 5, 10))
        if en:
            return Qty(Decimal(k), "box", f"{k} box{'es' if k > 1 else ''} ", "")
        return Qty(Decimal(k), "box", *pick(rng, ((f"{k} caja{'s' if k > 1 else ''} de ", ""), ("", f" x {k} cajas" if k > 1 else " x 1 caja"),
                                                   (f"{k} cj ", ""), (("una caja de " if k == 1 else f"{NUM_ES.get(k, k)} cajas de "), ""))))
    if p.uom == "JGO":
        if roll < 0.2:
            return Qty(None, "none")
        n = pick(rng, (1, 2, 3))
        if en:
            return Qty(Decimal(n), "lead_unit", f"{n} set{'s' if n > 1 else ''} ", "")
        return Qty(Decimal(n), "lead_unit", *pick(rng, ((f"{n} jgo ", ""), (f"{n} juego{'s' if n > 1 else ''} de ", ""),
                                                         ("", f" x {n}"))))
    n = pick(rng, (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 50, 100, 200))
    if roll < 0.1:
        return Qty(None, "none")
    if t == "cano" and roll < 0.4:  # a pipe comes in bars
        k = pick(rng, (2, 3, 5, 6, 10))
        if en:
            return Qty(Decimal(k), "bars", f"{k} lengths of ", "")
        return Qty(Decimal(k), "bars", *pick(rng, ((f"{k} tiras de ", ""), (f"{k} barras de ", ""), ("", f" x {k} tiras"))))
    if roll < 0.18 and boxes and p.pack_qty > 1:
        k = pick(rng, (1, 2, 3, 5))
        if en:
            return Qty(Decimal(k * p.pack_qty), "box", f"{k} box{'es' if k > 1 else ''} of ", "")
        return Qty(Decimal(k * p.pack_qty), "box", pick(rng, (f"{k} caja{'s' if k > 1 else ''} de ", "una caja de " if k == 1 else f"{k} cajas de ")), "")
    if roll < 0.26:
        if en:
            return pick(rng, (Qty(Decimal(12), "dozen", "a dozen ", ""), Qty(Decimal(24), "dozen", "2 dozen ", ""),
                              Qty(Decimal(2), "pair", "a pair of ", "")))
        return pick(rng, (Qty(Decimal(12), "dozen", "una docena de ", ""), Qty(Decimal(6), "dozen", "media docena de ", ""),
                          Qty(Decimal(24), "dozen", "2 docenas de ", ""), Qty(Decimal(2), "pair", "un par de ", "")))
    if roll < 0.5 and t in BULK:
        k = pick(rng, (1000, 1500, 2000, 2500, 5000))
        shown = thousands(k, comma)
        if not en and k == 1000 and rng.random() < 0.4:
            return Qty(Decimal(1000), "count", "un millar de ", "")
        return Qty(Decimal(k), "thousands", *pick(rng, (("", f" x {shown}"), ("", f" - {shown} u."), (f"{shown} unidades de ", ""),
                                                         (f"{shown} ", ""))
                                                   if not en else (("", f" x {shown}"), (f"{shown} pcs ", ""))))
    if roll < 0.4:
        table = NUM_EN if en else NUM_ES
        m = int(pick(rng, [str(k) for k in sorted(table)]))
        return Qty(Decimal(m), "word", f"{table[m]} ", "")
    if en:
        return Qty(Decimal(n), "x", *pick(rng, (("", f" x {n}"), ("", f" qty {n}"), (f"{n} ea ", ""), (f"{n} pcs ", ""),
                                                 ("", f" - {n}"), (f"({n}) ", ""), (f"{n}x ", ""))))
    if n == 1:
        return Qty(Decimal(1), "x", *pick(rng, (("", " x 1"), ("1 u. ", ""), ("", " - 1"), ("un ", ""), ("1 ", ""))))
    return Qty(Decimal(n), "x", *pick(rng, (("", f" x {n}"), ("", f" x{n}"), ("", f" - {n}"), (f"{n} u. ", ""), (f"{n} unid ", ""),
                                             (f"{n} unidades de ", ""), ("", f" {n} u."), ("", f" cant. {n}"), ("", f" ({n})"),
                                             (f"{n} ", ""), (f"{n} x ", ""))))


WRAP_ES = ("{x}", "{x}", "{x}", "che, necesito {x}", "necesito {x}", "pasame precio de {x}", "pasame precio {x}", "tenés {x}?",
           "tenes stock de {x}?", "me cotizás {x}", "cuánto sale {x}?", "cuanto esta {x}?", "hola, necesito {x}",
           "precio {x}", "mandame {x}", "me pasás precio {x} porfa", "hay {x}?", "buenas, {x}", "tienen {x}?",
           "precio de {x} por favor", "cotizame {x}", "te pido {x}", "hola como va? necesito {x}")
WRAP_EN = ("{x}", "{x}", "{x}", "need {x}", "do you stock {x}?", "pls quote {x}", "price and availability on {x}",
           "kindly quote {x}", "we need {x}", "looking for {x}", "can you send pricing for {x}")
BULLETS = ("- ", "* ", "1) ", "2.- ", "3. ", "• ", "a) ")
UOM_CELL = {"UN": ("UN", "u", "unid"), "M": ("MT", "m", "mts"), "KG": ("KG", "kg"), "CJ": ("CJ", "caja"), "JGO": ("JGO", "jgo")}
QTY_WORDS = {"docena", "docenas", "unidades", "metros", "kilos", "juegos", "cuatro", "veinte", "twelve", "twenty", "dozen",
             "lengths", "barras", "cajas"}
PROTECT = {"schneider", "prysmian", "tramontina", "gherardi", "tyrolit", "conarco", "fischer", "genebre", "acindar",
           "phillips", "philips", "system", "renold", "dunlop", "norton", "pirelli", "bulonfer"} | QTY_WORDS


def cell(value: Decimal) -> str:
    return str(value.normalize()).replace(".", ",") if value % 1 else str(int(value))


dress = early.Dresser(WRAP_ES, WRAP_EN, BULLETS, UOM_CELL, PROTECT, cell)


customer = partial(early.weighted, CUSTOMERS)


def lang_for(cid: str, rng: Random) -> str:
    if cid == "EX0909":
        return "en" if rng.random() < 0.85 else "es"
    return "en" if rng.random() < 0.04 else "es"


# --- the kinds ---------------------------------------------------------------------------------
def generated(products: list[Product], seen: set[str]) -> list[Row]:
    """Description, brand-open and ambiguous lines, from products in hash order."""
    draw = early.Draw("c6", Row, TARGETS, TYPE_CAP, OMITTABLE, seeded, customer, lang_for, say, qty_for, early.same_qty, dress)
    rows: list[Row] = draw.lines(products, seen)
    return rows


# Quantity shapes of the Rio de la Plata that the draw above gives rarely (few items are sold by
# the kilo, the box or the bar): each is written on items of the right kind, brand named.
FORCED = (
    ("count", ("bulon", "tuerca", "tarugo"), Decimal(1000), ("un millar de ", ""), 2),
    ("thousands", ("bulon", "tuerca", "tarugo"), Decimal(1500), ("", " x 1.500"), 1),
    ("thousands", ("bulon", "tuerca", "tarugo"), Decimal(2500), ("2.500 u. ", ""), 1),
    ("bars", ("cano",), Decimal(6), ("6 tiras de ", ""), 2),
    ("bars", ("cano",), Decimal(3), ("3 barras de ", ""), 1),
    ("weight", ("arandela_plana", "arandela_grower", "alambre", "electrodo"), Decimal("0.5"), ("medio kilo de ", ""), 2),
    ("weight", ("arandela_plana", "arandela_grower", "alambre", "electrodo"), Decimal("2.5"), ("2,5 kg de ", ""), 1),
    ("lead_unit", ("juego_llaves",), Decimal(2), ("", " x 2 juegos"), 1),
    ("box", ("autoperforante",), Decimal(4), ("4 cj ", ""), 1),
    ("box", ("autoperforante",), Decimal(3), ("", " x 3 cajas"), 1),
    ("km", ("cable",), Decimal(1500), ("1,5 km de ", ""), 1),
)


def shape_rows(products: list[Product], seen: set[str]) -> list[Row]:
    """Description lines for the quantity shapes in FORCED, on products in hash order."""
    active = sorted((p for p in products if p.active), key=lambda p: hashlib.sha256(f"shape6|{p.key}".encode()).digest())
    rows = []
    for n, (shape, types, value, (lead, tail), wanted) in enumerate(FORCED):
        made = 0
        for p in active:
            if made >= wanted:
                break
            if p.attrs["type"] not in types:
                continue
            rng = seeded("shape", str(n), p.key)
            words, pins = say(p, rng, "es", True)
            cands = fits(products, pins)
            if p not in cands:
                raise AssertionError(f"{p.key}: {words!r} does not fit its own product ({pins})")
            if classify(cands) != "description" or words in seen:
                continue
            cid = pick(rng, ("AR0101", "AR0214", "UY0052", "AR0377", ""))
            note = {"lang": "es"}
            text = dress(words, Qty(value, shape, lead, tail), False, rng, note, p.uom, xlsx=False)
            seen.add(words)
            made += 1
            note.update({"qty": shape, "family": p.family, "facts": encode(pins)})
            rows.append(Row("", cid, text, [p.sku], value, p.uom, "description", note))
        if made < wanted:
            raise AssertionError(f"no product for the shape {shape} {lead}{tail}")
    return rows


def code_rows(products: list[Product]) -> list[Row]:
    """Our own code, with the words buyers put around it, often lower case or with a space after the letters."""
    active = [p for p in products if p.active]
    chosen = sorted(active, key=lambda p: hashlib.sha256(f"code6|{p.key}".encode()).digest())[: TARGETS["code"]]
    rows = []
    for p in chosen:
        rng = seeded("code", p.key)
        cid = customer(rng)
        en = lang_for(cid, rng) == "en"
        roll = rng.random()
        code = p.sku if roll < 0.45 else p.sku.lower() if roll < 0.8 else f"{p.sku[:2]} {p.sku[2:]}" if roll < 0.9 else f"{p.sku[:2]}-{p.sku[2:]}"
        around = pick(rng, ("item {c}", "P/N {c}", "sku {c}", "{c}", "your code {c}", "ref {c}") if en else
                      ("cod. {c}", "art. {c}", "art {c}", "ref {c}", "codigo {c}", "{c}", "cod {c}", "su cod. {c}", "item {c}", "{c}"))
        words = around.replace("{c}", code)
        if rng.random() < 0.3:
            head = " ".join(p.name.split(" ")[:2]).lower()
            words += pick(rng, (f" ({head})", f" - {head}", f" {head}"))
        q = qty_for(p, rng, en, cid)
        note = {"lang": "en" if en else "es"}
        text = dress(words, q, en, rng, note, p.uom)
        if norm(p.sku) not in norm(text):  # a slip never lands in a code (it has digits)
            raise AssertionError(text)
        note.setdefault("qty", q.shape)
        note["family"] = p.family
        rows.append(Row("", cid, text, [p.sku], q.value, p.uom, "code", note))
    return rows


def part_rows(products: list[Product]) -> list[Row]:
    """Customer part numbers (cross_references.csv), 15 for each of the two customers who use them."""
    by_sku = {p.sku: p for p in products}
    rows = []
    for cid in ("AR0214", "EX0909"):
        mine = sorted((r for r in cross_references(products) if r[0] == cid),
                      key=lambda r: hashlib.sha256(r[1].encode()).digest())[: TARGETS["customer_part"] // 2]
        for _, part, sku in mine:
            p = by_sku[sku]
            rng = seeded("part", part)
            en = cid == "EX0909" and rng.random() < 0.85
            around = pick(rng, ("our p/n {c}", "{c}", "part {c}", "PN {c}", "our item {c}") if en else
                          ("nuestro cod. {c}", "{c}", "cod. int. {c}", "art {c}", "nuestro codigo {c}", "cod interno {c}"))
            q = qty_for(p, rng, en, cid)
            note = {"lang": "en" if en else "es"}
            text = dress(around.replace("{c}", part), q, en, rng, note, p.uom)
            note.setdefault("qty", q.shape)
            note["family"] = p.family
            rows.append(Row("", cid, text, [sku], q.value, p.uom, "customer_part", note))
    return rows


def maker_aliases(products: list[Product]) -> dict[str, tuple[Product, str]]:
    """Aliases that name one active product only (an EAN-13, a maker's or vendor's catalogue number)."""
    count = Counter(norm(a) for p in products for a in p.aliases)
    out = {}
    for p in products:
        if not p.active:
            continue
        for a in p.aliases:
            if count[norm(a)] == 1 and len(a.split()) <= 2 and any(ch.isdigit() for ch in a) and len(norm(a)) >= 4:
                out[norm(a)] = (p, a)
                break
    return out


def mfr_rows(products: list[Product]) -> list[Row]:
    aliases = maker_aliases(products)
    chosen = sorted(aliases.values(), key=lambda v: hashlib.sha256(f"mfr6|{v[1]}".encode()).digest())[: TARGETS["mfr_ref"]]
    rows = []
    for p, alias in chosen:
        rng = seeded("mfr", alias)
        cid = customer(rng)
        en = lang_for(cid, rng) == "en"
        shown = alias if rng.random() < 0.6 else alias.lower()
        if len(shown) == 13 and shown.isdigit():  # a bar code, copied from a label or a previous invoice
            shown = pick(rng, ("EAN {c}", "{c}", "cod. barras {c}", "ean {c}") if not en else ("EAN {c}", "{c}", "barcode {c}")).replace("{c}", shown)
        elif shown.isdigit():  # a vendor's short catalogue number is written with its brand
            shown = f"{pick(rng, (p.brand.lower(), p.brand))} {shown}"
        elif rng.random() < 0.4:
            shown = f"{shown} {p.brand.lower()}"
        q = qty_for(p, rng, en, cid)
        note = {"lang": "en" if en else "es"}
        text = dress(shown, q, en, rng, note, p.uom)
        note.setdefault("qty", q.shape)
        note.update({"family": p.family, "alias": alias})
        rows.append(Row("", cid, text, [p.sku], q.value, p.uom, "mfr_ref", note))
    return rows


# (text, customer, pins or the word no product has, note): things the house does not sell or stock.
NOT_STOCKED = (
    ("che tenes rulemanes 6204 2rs nsk? x 10", "AR0101", {"type": "ruleman", "brand": "NSK"}, ""),
    ("ruleman 6205 zz koyo - 4", "AR0214", {"type": "ruleman", "brand": "Koyo"}, ""),
    ("- Rodamiento 6212 2RS SKF x 2", "UY0052", {"type": "ruleman", "designacion": "6212"}, ""),
    ("need 4 bearings 6311 zz", "EX0909", {"type": "ruleman", "designacion": "6311"}, ""),
    ("ruleman 22210 de rodillos esfericos", "", {"type": "ruleman", "designacion": "22210"}, ""),
    ("soporte ucp212 x 2", "AR0214", {"type": "soporte", "serie": "UCP212"}, ""),
    ("conico 32210 skf", "AR0101", {"type": "conico", "designacion": "32210"}, ""),
    ("bulon 3/4 x 4 g8 - 50", "AR0101", {"type": "bulon", "diametro": "3/4"}, ""),
    ("bulones M16 x 60 x 100", "AR0214", {"type": "bulon", "diametro": "M16"}, ""),
    ("autoperforante 14 x 3 punta mecha 2 cajas", "", {"type": "autoperforante", "calibre": "14", "largo": "3"}, ""),
    ('llave esferica 3" bronce', "AR0214", {"type": "esferica", "medida": "3"}, ""),
    ("codo 90 galv 3 - 10", "AR0377", {"type": "codo90", "medida": "3"}, ""),
    ("termica 2x63A sica", "AR0101", {"type": "termica", "amperes": "63"}, ""),
    ("llave termica 3x100a", "UY0052", {"type": "termica", "amperes": "100"}, ""),
    ("breaker 3 pole 32A ABB", "EX0909", {"type": "termica", "brand": "ABB"}, ""),
    ("contactor 65A bob 220", "AR0214", {"type": "contactor", "amperes": "65"}, ""),
    ("contactor siemens 25A bobina 220", "", {"type": "contactor", "brand": "Siemens"}, ""),
    ("cable 16mm2 negro x 100 mts", "AR0101", {"type": "cable", "seccion": "16"}, ""),
    ("correa C-60 gates", "AR0214", {"type": "correa", "perfil": "C"}, ""),
    ("correa A-80", "UY0052", {"type": "correa", "numero": "80"}, ""),
    ("mecha 14mm x 2", "AR0101", {"type": "mecha", "medida": "14"}, ""),
    ("llave combinada 27 mm bahco", "AR0377", {"type": "llave_combinada", "medida": "27"}, ""),
    ("combination wrench 13mm stanley", "EX0909", {"type": "llave_combinada", "brand": "Stanley"}, ""),
    ("disco de corte 350 x 3 x 5", "AR0214", {"type": "disco_corte", "diametro": "350"}, ""),
    ("hierro del 20 x 10 barras", "", {"type": "aletado", "diametro": "20"}, ""),
    ("amoladora angular 115 bosch", "AR0101", {}, "amoladora"),
    ("guantes de vaqueta x 12 pares", "AR0214", {}, "guantes"),
    ("botines de seguridad talle 42", "", {}, "botines"),
    ("pintura sintetica blanca 4 lts", "UY0052", {}, "pintura"),
    ("grasa de litio x 1 kg", "AR0101", {}, "grasa"),
    ("WD-40 x 6", "EX0909", {}, "WD40"),
    ("cemento portland x 10 bolsas", "", {}, "cemento"),
    ("membrana liquida 20 kg", "AR0377", {}, "membrana"),
    ("need 2 gallons of hydraulic oil", "EX0909", {}, "hydraulic"),
    ("casco de seguridad blanco x 5", "AR0214", {}, "casco"),
    ("precintos plasticos 300mm x 100", "UY0052", {}, "precinto"),
    ("silicona alta temperatura x 2", "AR0101", {}, "silicona"),
)


def hand_rows(products: list[Product]) -> list[Row]:
    rows = []
    for text, cid, pins, absent in NOT_STOCKED:
        note = {"lang": "en" if cid == "EX0909" else "es"}
        if absent:
            note["absent"] = absent
        else:
            note["facts"] = encode(pins)
        rows.append(Row("", cid, text, [], None, "", "not_stocked", note))
    for p in products:
        if p.active:
            continue
        rng = seeded("inactive", p.key)
        words, pins = say(p, rng, "es", True)
        cid = customer(rng)
        q = qty_for(p, rng, False, cid, boxes=False)
        note = {"lang": "es"}
        text = dress(words, q, False, rng, note, p.uom, xlsx=False)
        note.update({"facts": encode(pins), "inactive": p.sku, "family": p.family})
        rows.append(Row("", cid, text, [], None, "", "not_stocked", note))
    for i, (text, cid) in enumerate(NOT_ITEM):
        rows.append(Row("", cid, text, [], None, "", "not_item", {"lang": "en" if cid == "EX0909" else "es", "n": str(i)}))
    return rows


NOT_ITEM = (
    ("hola che, buen dia", "AR0101"), ("Buenas tardes Sergio", "AR0101"), ("gracias genio!!", "AR0377"),
    ("dale, gracias. abrazo", "AR0214"), ("Saludos, Ing. Martin Echeverria - Mantenimiento", "AR0214"),
    ("Tel. (011) 4555-0101 int. 23", "AR0101"), ("CUIT 30-59876543-2", "AR0214"), ("OC N° 0012-00004587", "AR0214"),
    ("orden de compra 77812", "AR0101"), ("factura A a nombre de Frigorifico Las Pampas SA", "AR0214"),
    ("entregar en Ruta 5 km 112, porton 2, de 7 a 14 hs", "AR0214"), ("Cant.\tU.M.\tDescripcion\tCodigo", "AR0101"),
    ("me confirmas plazo de entrega?", ""), ("ok", ""), ("joya, gracias", "AR0377"), ("buen dia, como andan?", "UY0052"),
    ("RUT 214587630018", "UY0052"), ("hi, Mike from Caribbean Marine here", "EX0909"), ("thanks, regards", "EX0909"),
    ("PO# CMS-2026-0412", "EX0909"), ("Sent from my iPhone", "EX0909"), ("Este mensaje es confidencial y para uso exclusivo del destinatario", "AR0101"),
    ("cuando me llega lo del martes?", ""), ("mandame la factura por mail porfa", "AR0377"), ("saludos cordiales", "UY0052"),
)


def absent_word(products: list[Product], word: str) -> bool:
    """No product's code, name, description, brand or alias carries `word`."""
    w = norm(word)
    return not any(w in norm(" ".join((p.sku, p.name, p.description, p.brand, *p.aliases))) for p in products)


def number(rows: list[Row]) -> list[Row]:
    return corpus.number(rows, "c6", drop=("n",))


def build() -> list[Row]:
    products = catalog()
    for _text, _cid, _pins, absent in NOT_STOCKED:
        assert not absent or absent_word(products, absent), absent
    seen: set[str] = set()
    rows = generated(products, seen) + shape_rows(products, seen) + hand_rows(products) + code_rows(products)
    rows += part_rows(products) + mfr_rows(products)
    rows = sorted(rows, key=lambda r: KINDS.index(r.kind))
    return number(rows)


def files() -> dict[str, str]:
    return corpus.files(build())


def check(text: str, folder: Path) -> list[str]:
    """Every label of `text` (all.csv) against the CSV files of catalog 6 in `folder`."""
    return corpus.check_decimal(text, folder, norm=norm, matches=matches, decode=decode, whole_units=("UN", "CJ", "JGO"))


def main() -> None:
    corpus.main(__doc__, HERE, files, write, check)


if __name__ == "__main__":
    main()
