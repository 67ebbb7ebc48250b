"""Write bench/corpus7/{all,tune,holdout}.csv: request lines on catalog 7, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus7.generate [--out DIR]

Every label is computed from the facts a line's words pin (words.py) over catalog 7's active
products, and `check()` verifies every row against the CSV files `python -m bench.catalog7`
writes before anything is written. Deterministic: the same code gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
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
from bench.catalog7.erp import catalog, cross_references, write
from bench.corpus7.words import BRAND_WORDS, OMITTABLE, pick, say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 165, "brand_open": 62, "ambiguous": 32, "code": 36, "customer_part": 30, "mfr_ref": 32}
TYPE_CAP = {"description": 12, "brand_open": 10, "ambiguous": 5}  # lines of one kind of item, per kind of line
# customer -> weight; "" is a guest (a new number on WhatsApp)
CUSTOMERS = (("PE1001", 24), ("PE1002", 16), ("PE1003", 12), ("BO2001", 12), ("EX3001", 16), ("PE1077", 5), ("", 15))


class Row(corpus.DecimalRow):
    CATALOG = "catalog7"


seeded = partial(early.pipe_random, "c7")


# --- quantities, as they arrive -------------------------------------------------------------
NUM_ES = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 8: "ocho", 10: "diez", 12: "doce", 20: "veinte"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}
BULK = {"perno", "tuerca", "arandela_plana", "arandela_presion"}  # bought by the hundred and the thousand


@dataclass
class Qty:
    value: Decimal | None  # in the product's own unit
    shape: str
    lead: str = ""  # words before the item
    tail: str = ""  # words after it


def dot_country(cid: str) -> bool:
    """Bolivia writes 1.500 for fifteen hundred and 2,5 for two and a half; Peru and Canada the other way round."""
    return cid == "BO2001"


def thousands(n: int, cid: str) -> str:
    return f"{n:,}".replace(",", ".") if dot_country(cid) else f"{n:,}"


def decimal(value: str, cid: str) -> str:
    return value.replace(".", ",") if dot_country(cid) else value


def qty_for(p: Product, rng: Random, en: bool, cid: str, boxes: bool = True) -> Qty:
    """A quantity in one of the shapes buyers use for this product's unit (separators by the customer's country)."""
    roll = rng.random()
    t = p.attrs["type"]
    if p.uom == "MT":
        if roll < 0.12:
            return Qty(None, "none")
        if t == "cadena":
            n = pick(rng, (2, 3, 5, 10, 15, 20))
            if en:
                return Qty(Decimal(n), "length", tail=pick(rng, (f" x {n} m", f" - {n} meters", f", {n}m")))
            return Qty(Decimal(n), "length", *pick(rng, ((f"{n} metros de ", ""), ("", f" x {n} mts"), (f"{n} m de ", ""), ("", f" x {n} ml"))))
        if roll < 0.3 and not en:
            km, m = pick(rng, (("1.5 km", 1500), ("2 km", 2000), ("1 km", 1000), ("2.5 km", 2500), ("medio km", 500)))
            return Qty(Decimal(m), "km", f"{decimal(km, cid)} de ", "")
        n = pick(rng, (50, 100, 100, 200, 300, 500, 1000, 1500, 3000))
        shown = thousands(n, cid) if cid else str(n)
        if en:
            return Qty(Decimal(n), "length", tail=pick(rng, (f" - {shown} m", f" x {shown} meters", f", {shown}m", f" qty {shown} m")))
        return Qty(Decimal(n), "length", *pick(rng, ((f"{shown} mts de ", ""), ("", f" x {shown} metros"), ("", f" x {shown} mts"),
                                                         (f"{shown} m de ", ""), ("", f" - {shown}m"), ("", f" {shown} ml"))))
    if p.uom == "KG":
        if roll < 0.12:
            return Qty(None, "none")
        if not en and roll < 0.3:
            value, lead = pick(rng, ((Decimal("0.5"), "medio kilo de "), (Decimal("2.5"), f"{decimal('2.5', cid)} kg de "),
                                     (Decimal("1.5"), f"{decimal('1.5', cid)} kilos de "), (Decimal(1), "un kilo de ")))
            return Qty(value, "weight", lead, "")
        n = pick(rng, (5, 10, 20, 25, 50, 100))
        if en:
            return Qty(Decimal(n), "weight", *pick(rng, ((f"{n} kg ", ""), ("", f" x {n} kg"), ("", f" - {n}kg"))))
        return Qty(Decimal(n), "weight", *pick(rng, ((f"{n} kg de ", ""), ("", f" x {n} kilos"), ("", f" x {n}kg"), (f"{n} kilos de ", ""),
                                                      ("", f" x {n} kg"))))
    if p.uom == "CX":  # sold by the box: the count is of boxes
        if roll < 0.15:
            return Qty(None, "none")
        k = pick(rng, (1, 2, 3, 4, 5, 10))
        if en:
            return Qty(Decimal(k), "box", f"{k} box{'es' if k > 1 else ''} ", "")
        return Qty(Decimal(k), "box", *pick(rng, ((f"{k} caja{'s' if k > 1 else ''} de ", ""), ("", f" x {k} cajas" if k > 1 else " x 1 caja"),
                                                   (f"{k} cjs ", ""), (("una caja de " if k == 1 else f"{NUM_ES.get(k, k)} cajas de "), ""))))
    if p.uom == "JG":
        if roll < 0.2:
            return Qty(None, "none")
        n = pick(rng, (1, 2, 3))
        if en:
            return Qty(Decimal(n), "lead_unit", f"{n} set{'s' if n > 1 else ''} ", "")
        return Qty(Decimal(n), "lead_unit", *pick(rng, ((f"{n} jgo ", ""), (f"{n} juego{'s' if n > 1 else ''} de ", ""), ("", f" x {n}"))))
    n = pick(rng, (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 50, 100, 200))
    if roll < 0.1:
        return Qty(None, "none")
    if t == "tubo" and roll < 0.4:  # a pipe comes in bars
        k = pick(rng, (2, 3, 5, 6, 10))
        if en:
            return Qty(Decimal(k), "bars", f"{k} lengths of ", "")
        return Qty(Decimal(k), "bars", *pick(rng, ((f"{k} barras de ", ""), (f"{k} varillas de ", ""), ("", f" x {k} barras"))))
    if roll < 0.18 and boxes and p.pack_qty > 1:
        k = pick(rng, (1, 2, 3, 5))
        if en:
            return Qty(Decimal(k * p.pack_qty), "box", f"{k} box{'es' if k > 1 else ''} of ", "")
        return Qty(Decimal(k * p.pack_qty), "box", pick(rng, (f"{k} caja{'s' if k > 1 else ''} de ", "una caja de " if k == 1 else f"{k} cajas de ")), "")
    if roll < 0.26 and t not in ("motor", "contactor", "diferencial"):  # nobody buys motors by the dozen
        if en:
            return pick(rng, (Qty(Decimal(12), "dozen", "a dozen ", ""), Qty(Decimal(24), "dozen", "2 dozen ", ""),
                              Qty(Decimal(2), "pair", "a pair of ", "")))
        return pick(rng, (Qty(Decimal(12), "dozen", "una docena de ", ""), Qty(Decimal(6), "dozen", "media docena de ", ""),
                          Qty(Decimal(24), "dozen", "2 docenas de ", ""), Qty(Decimal(2), "pair", "un par de ", "")))
    if roll < 0.5 and t in BULK:
        k = pick(rng, (100, 1000, 1500, 2000, 2500, 5000))
        if not en and k == 100:
            return Qty(Decimal(100), "count", "un ciento de ", "")
        if not en and k == 1000 and rng.random() < 0.5:
            return Qty(Decimal(1000), "count", "un millar de ", "")
        shown = thousands(k, cid) if cid else str(k)
        return Qty(Decimal(k), "thousands", *pick(rng, (("", f" x {shown}"), ("", f" - {shown} und"), (f"{shown} unidades de ", ""),
                                                         (f"{shown} ", ""))
                                                   if not en else (("", f" x {shown}"), (f"{shown} pcs ", ""))))
    if roll < 0.4:
        table = NUM_EN if en else NUM_ES
        m = int(pick(rng, [str(k) for k in sorted(table)]))
        return Qty(Decimal(m), "word", f"{table[m]} ", "")
    if en:
        return Qty(Decimal(n), "x", *pick(rng, (("", f" x {n}"), ("", f" qty {n}"), (f"{n} ea ", ""), (f"{n} pcs ", ""),
                                                 ("", f" - {n}"), (f"({n}) ", ""), (f"{n}x ", ""), ("", f" qty: {n} ea"))))
    if n == 1:
        return Qty(Decimal(1), "x", *pick(rng, (("", " x 1"), ("1 und ", ""), ("", " - 1"), ("un ", ""), ("1 ", ""))))
    return Qty(Decimal(n), "x", *pick(rng, (("", f" x {n}"), ("", f" x{n}"), ("", f" - {n}"), (f"{n} und ", ""), (f"{n} unid. ", ""),
                                             (f"{n} unidades de ", ""), ("", f" {n} und"), ("", f" cant: {n}"), ("", f" ({n})"),
                                             (f"{n} ", ""), (f"{n} pzas ", ""), ("", f" {n} pzs"))))


WRAP_ES = ("{x}", "{x}", "{x}", "buenas, me cotiza {x}", "necesito {x}", "por favor cotizar {x}", "solicito cotizacion de {x}",
           "precio de {x}?", "cuánto cuesta {x}?", "tienen stock de {x}?", "tendrán {x}?", "me podrían cotizar {x}",
           "necesito {x} urgente", "requerimos {x}", "favor cotizar {x}", "hola, tienen {x}?", "a cuánto el {x}?",
           "me separa {x} por favor", "buenos días, {x}", "qué precio tiene {x}?", "cotizar {x} con entrega en planta")
WRAP_EN = ("{x}", "{x}", "{x}", "please quote {x}", "do you have {x} in stock?", "need pricing on {x}", "RFQ: {x}",
           "can you supply {x}?", "looking for {x}", "we require {x}", "price and lead time for {x}")
BULLETS = ("- ", "* ", "1) ", "2.- ", "3. ", "• ", "a) ", "1.- ", "Item 2: ")
UOM_CELL = {"PC": ("UND", "PZA", "un", "PC"), "MT": ("MT", "m", "ml"), "KG": ("KG", "kg"), "CX": ("CJA", "caja", "CX"), "JG": ("JGO", "jgo")}
QTY_WORDS = {"docena", "docenas", "unidades", "metros", "kilos", "juegos", "cuatro", "veinte", "twelve", "twenty", "dozen",
             "lengths", "barras", "varillas", "cajas", "ciento", "millar"}
PROTECT = {"siemens", "optibelt", "tsubaki", "donghua", "tupemesa", "klingspor", "lincoln", "soldexa", "stanley", "truper",
           "gedore", "nicoll", "timken", "indeco", "cellocord", "supercito", "excalibur", "fleetweld", "cubitron",
           "phillips", "temflex", "stilson", "norton", "dormer"} | QTY_WORDS


def cell(value: Decimal) -> str:
    """A spreadsheet cell: a number with a dot, as Excel in Peru shows it."""
    return str(value.normalize()) if value % 1 else str(int(value))


def sets(text: str) -> str:
    """A set of a set said once: `juego de juego de llaves` is `juego de llaves`."""
    return text.replace("juego de juego de ", "juego de ").replace("juegos de juego de ", "juegos de ")


dress = early.Dresser(WRAP_ES, WRAP_EN, BULLETS, UOM_CELL, PROTECT, cell, mend=sets)


customer = partial(early.weighted, CUSTOMERS)


def lang_for(cid: str, rng: Random) -> str:
    if cid == "EX3001":
        return "en" if rng.random() < 0.85 else "es"
    return "en" if rng.random() < (0.1 if cid == "" else 0.03) else "es"


# --- the kinds ---------------------------------------------------------------------------------
def generated(products: list[Product], seen: set[str]) -> list[Row]:
    """Description, brand-open and ambiguous lines, from products in hash order."""
    draw = early.Draw("c7", Row, TARGETS, TYPE_CAP, OMITTABLE, seeded, customer, lang_for, say, qty_for, early.same_qty, dress)
    rows: list[Row] = draw.lines(products, seen)
    return rows


# Quantity shapes of Peru (and the Bolivian customer) that the draw above gives rarely: each is
# written on items of the right kind, brand named.
FORCED = (
    ("count", ("perno", "tuerca", "arandela_plana", "arandela_presion"), Decimal(100), ("un ciento de ", ""), "PE1002", 2),
    ("count", ("perno", "tuerca", "arandela_plana", "arandela_presion"), Decimal(1000), ("un millar de ", ""), "PE1003", 1),
    ("thousands", ("perno", "tuerca", "arandela_plana", "arandela_presion"), Decimal(1500), ("", " x 1,500"), "PE1001", 1),
    ("thousands", ("perno", "tuerca", "arandela_plana", "arandela_presion"), Decimal(2500), ("2.500 und ", ""), "BO2001", 1),
    ("thousands", ("perno", "tuerca", "arandela_plana", "arandela_presion"), Decimal(1200000), ("", " - 1,200,000"), "PE1001", 1),
    ("bars", ("tubo",), Decimal(6), ("6 varillas de ", ""), "PE1002", 1),
    ("bars", ("tubo",), Decimal(3), ("3 barras de ", ""), "PE1077", 1),
    ("weight", ("electrodo",), Decimal("0.5"), ("medio kilo de ", ""), "PE1077", 1),
    ("weight", ("electrodo",), Decimal("2.5"), ("2,5 kg de ", ""), "BO2001", 1),
    ("weight", ("electrodo",), Decimal(5), ("", " x 5"), "PE1003", 2),  # `5/32 x 5`: the x 5 after a fraction is kilos
    ("x", ("broca",), Decimal(5), ("", " x 5"), "PE1001", 2),
    ("lead_unit", ("juego_llaves", "juego_dados"), Decimal(2), ("", " x 2 juegos"), "PE1003", 1),
    ("box", ("autoperforante",), Decimal(4), ("4 cjs ", ""), "PE1002", 1),
    ("box", ("autoperforante",), Decimal(3), ("", " x 3 cajas"), "PE1001", 1),
    ("km", ("cable",), Decimal(1500), ("1.5 km de ", ""), "PE1001", 1),
    ("km", ("cable",), Decimal(500), ("medio km de ", ""), "BO2001", 1),
    ("length", ("cable",), Decimal(3000), ("", " x 3.000 mts"), "BO2001", 1),
    ("box", ("disco_corte",), Decimal(50), ("2 cajas de ", ""), "PE1002", 1),
    ("x", ("cinta",), Decimal(20), ("", " - 20"), "PE1003", 1),
)


def shape_rows(products: list[Product], seen: set[str]) -> list[Row]:
    """Description lines for the quantity shapes in FORCED, on products in hash order."""
    active = sorted((p for p in products if p.active), key=lambda p: hashlib.sha256(f"shape7|{p.key}".encode()).digest())
    rows = []
    used: set[str] = set()  # one forced shape per product
    for n, (shape, types, value, (lead, tail), cid, wanted) in enumerate(FORCED):
        made = 0
        for p in active:
            if made >= wanted:
                break
            if p.attrs["type"] not in types or p.key in used:
                continue
            if shape == "box" and p.uom == "PC" and value % p.pack_qty:
                continue
            if shape == "weight" and tail == " x 5" and "/" not in p.attrs.get("diametro", ""):
                continue
            if shape == "x" and tail == " x 5" and "/" not in p.attrs.get("medida", ""):
                continue
            rng = seeded("shape", str(n), p.key)
            after_fraction = tail == " x 5"
            words, pins = say(p, rng, "es", not after_fraction)
            if after_fraction and classify(fits(products, pins)) == "brand_open":  # the brand goes before the size
                first, rest = words.split(" ", 1)
                words, pins = f"{first} {pick(rng, BRAND_WORDS[p.brand])} {rest}", {**pins, "brand": p.brand}
            cands = fits(products, pins)
            if p not in cands:
                raise AssertionError(f"{p.key}: {words!r} does not fit its own product ({pins})")
            if classify(cands) != "description" or words in seen:
                continue
            if tail == " x 5" and not re.search(r"\d/\d+\"?$", words):  # the fraction must end the words: `5/32 x 5`
                continue
            note = {"lang": "es"}
            text = dress(words, Qty(value, shape, lead, tail), False, rng, note, p.uom, xlsx=False)
            seen.add(words)
            used.add(p.key)
            made += 1
            note.update({"qty": shape, "family": p.family, "facts": encode(pins), "forced": "yes"})
            rows.append(Row("", cid, text, [p.sku], value, p.uom, "description", note))
        if made < wanted:
            raise AssertionError(f"no product for the shape {shape} {lead}{tail}")
    return rows


def code_shape(sku: str, rng: Random) -> str:
    """Our dotted code as buyers copy it: as printed, dots dropped, hyphens or spaces instead."""
    roll = rng.random()
    if roll < 0.5:
        return sku
    if roll < 0.7:
        return sku.replace(".", "")
    if roll < 0.85:
        return sku.replace(".", "-")
    return sku.replace(".", " ")


def code_rows(products: list[Product]) -> list[Row]:
    """Our own code, with the words buyers put around it; some as a spreadsheet row whose code column must win."""
    active = [p for p in products if p.active]
    chosen = sorted(active, key=lambda p: hashlib.sha256(f"code7|{p.key}".encode()).digest())[: TARGETS["code"]]
    rows = []
    for p in chosen:
        rng = seeded("code", p.key)
        cid = customer(rng)
        en = lang_for(cid, rng) == "en"
        code = code_shape(p.sku, rng)
        q = qty_for(p, rng, en, cid)
        note = {"lang": "en" if en else "es"}
        if rng.random() < 0.2 and q.value is not None and q.shape in ("x", "length", "weight", "box", "bars", "thousands", "word"):
            # A row of the buyer's sheet: item, our code, their own words for it, quantity, unit.
            words, _ = say(p, rng, "en" if en else "es", False)
            unit_cell = pick(rng, UOM_CELL[p.uom])
            text = f"{int(rng.random() * 20) + 1}\t{p.sku}\t{words.upper()}\t{cell(q.value)}\t{unit_cell}"
            note.update({"fmt": "xlsx", "qty": "cell", "columns": "item|code|description|qty|unit"})
        else:
            around = pick(rng, ("item {c}", "P/N {c}", "sku {c}", "{c}", "your code {c}", "ref. {c}", "#{c}") if en else
                          ("cod. {c}", "cód. {c}", "art. {c}", "ref. {c}", "codigo {c}", "{c}", "cod {c}", "su codigo {c}", "item {c}", "{c}", "#{c}"))
            words = around.replace("{c}", code)
            if rng.random() < 0.3:  # the buyer's own words for it after the code (they may fit other brands: the code decides)
                head, _ = say(p, rng, "en" if en else "es", False)
                words += pick(rng, (f" ({head})", f" - {head}", f" {head}"))
            text = dress(words, q, en, rng, note, p.uom, xlsx=False)
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
    for cid in ("PE1001", "EX3001"):
        mine = sorted((r for r in cross_references(products) if r[0] == cid),
                      key=lambda r: hashlib.sha256(r[1].encode()).digest())[: TARGETS["customer_part"] // 2]
        for _, part, sku in mine:
            p = by_sku[sku]
            rng = seeded("part", part)
            en = cid == "EX3001" and rng.random() < 0.85
            around = pick(rng, ("our p/n {c}", "{c}", "stock code {c}", "PN {c}", "our item {c}", "HCS part {c}") if en else
                          ("material {c}", "{c}", "cod. sap {c}", "mat. {c}", "nuestro codigo {c}", "cod. material {c}", "N° material {c}"))
            q = qty_for(p, rng, en, cid)
            note = {"lang": "en" if en else "es"}
            text = dress(around.replace("{c}", part), q, en, rng, note, p.uom)
            note.setdefault("qty", q.shape)
            note["family"] = p.family
            rows.append(Row("", cid, text, [sku], q.value, p.uom, "customer_part", note))
    return rows


def maker_aliases(products: list[Product]) -> dict[str, tuple[Product, str]]:
    """Aliases that name one active product only and that no other product's name or description carries."""
    count = Counter(norm(a) for p in products for a in p.aliases)
    texts = [norm(f"{q.name} {q.description}") for q in products]  # once, not once a product
    out = {}
    for p in products:
        if not p.active:
            continue
        others = [text for q, text in zip(products, texts, strict=True) if q is not p]
        for a in p.aliases:
            code = norm(a)
            if count[code] == 1 and any(ch.isdigit() for ch in a) and len(code) >= 4 and not any(code in o for o in others):
                out[code] = (p, a)
                break
    return out


# What a buyer calls the item around a maker's reference (`breaker S202-C16`): the kind, never another fact.
KIND_WORD = {"rodamiento": ("rodamiento", "bearing"), "conico": ("rodamiento", "bearing"), "chumacera": ("chumacera", "pillow block"),
             "termica": ("breaker", "breaker"), "diferencial": ("diferencial", "RCCB"), "contactor": ("contactor", "contactor"),
             "rele": ("rele", "overload"), "faja": ("faja", "belt"), "cadena": ("cadena", "chain"), "anclaje": ("anclaje", "anchor"),
             "llave_mixta": ("llave", "wrench"), "broca": ("broca", "drill"), "valvula_bola": ("valvula", "valve"),
             "disco_corte": ("disco", "disc"), "cinta": ("cinta", "tape")}  # fmt: skip


def mfr_rows(products: list[Product]) -> list[Row]:
    aliases = maker_aliases(products)
    chosen = sorted(aliases.values(), key=lambda v: hashlib.sha256(f"mfr7|{v[1]}".encode()).digest())[: TARGETS["mfr_ref"]]
    rows = []
    for p, alias in chosen:
        rng = seeded("mfr", alias)
        cid = customer(rng)
        en = lang_for(cid, rng) == "en"
        shown = alias if rng.random() < 0.6 else alias.lower()
        if len(shown) == 13 and shown.isdigit():  # a bar code, copied from a label or a previous invoice
            shown = pick(rng, ("EAN {c}", "{c}", "cod. barras {c}", "ean {c}") if not en else ("EAN {c}", "{c}", "barcode {c}", "UPC/EAN {c}")).replace("{c}", shown)
        else:
            if rng.random() < 0.5 and p.attrs["type"] in KIND_WORD:
                shown = f"{KIND_WORD[p.attrs['type']][1 if en else 0]} {shown}"
            if rng.random() < 0.4:
                shown = f"{shown} {p.brand.lower()}"
        q = qty_for(p, rng, en, cid)
        note = {"lang": "en" if en else "es"}
        text = dress(shown, q, en, rng, note, p.uom)
        note.setdefault("qty", q.shape)
        note.update({"family": p.family, "alias": alias})
        rows.append(Row("", cid, text, [p.sku], q.value, p.uom, "mfr_ref", note))
    return rows


# (text, customer, pins or the word no product has): things the house does not sell or stock.
NOT_STOCKED = (
    ("rodamiento 6204 2rs fag x 10", "PE1001", {"type": "rodamiento", "brand": "FAG"}),
    ("rodaje 6205 zz koyo - 4", "PE1002", {"type": "rodamiento", "brand": "Koyo"}),
    ("- Rodamiento 6209 2RS SKF x 2", "PE1003", {"type": "rodamiento", "designacion": "6209"}),
    ("need 4 bearings 6311 zz", "EX3001", {"type": "rodamiento", "designacion": "6311"}),
    ("rodamiento 22212 de rodillos esfericos", "", {"type": "rodamiento", "designacion": "22212"}),
    ("chumacera ucp212 x 2", "PE1001", {"type": "chumacera", "serie": "UCP212"}),
    ("cono y taza 30212 timken", "PE1002", {"type": "conico", "designacion": "30212"}),
    ("cono y taza set 17 timken", "PE1077", {"type": "conico", "designacion": "SET17"}),
    ("perno 7/8 x 4 grado 8 - 50", "PE1001", {"type": "perno", "diametro": "7/8"}),
    ("pernos M20 x 60 x 100", "BO2001", {"type": "perno", "diametro": "M20"}),
    ("autoperforante 14 x 3 - 2 cajas", "", {"type": "autoperforante", "largo": "3"}),
    ('valvula de bola 3" bronce', "PE1002", {"type": "valvula_bola", "medida": "3"}),
    ("codo 90 galv 2 1/2 - 10", "PE1077", {"type": "codo90", "medida": "2-1/2"}),
    ("interruptor termomagnetico 3x100A", "PE1001", {"type": "termica", "amperes": "100"}),
    ("llave termomagnetica 2x20 schneider", "PE1003", {"type": "termica", "brand": "Schneider"}),
    ("breaker 3 pole 32A legrand", "EX3001", {"type": "termica", "brand": "Legrand"}),
    ("contactor 65A bobina 220", "PE1002", {"type": "contactor", "amperes": "65"}),
    ("contactor schneider lc1d18 bobina 220v", "", {"type": "contactor", "brand": "Schneider"}),
    ("cable thw 6 awg negro x 100 mts", "PE1001", {"type": "cable", "calibre": "6awg"}),
    ("cable nh-80 16mm2 rojo - 200m", "BO2001", {"type": "cable", "calibre": "16mm2"}),
    ("faja D-120 gates", "PE1001", {"type": "faja", "perfil": "D"}),
    ("faja A-70", "PE1002", {"type": "faja", "numero": "70"}),
    ("cadena asa 100-1 x 5 m", "PE1001", {"type": "cadena", "paso": "100"}),
    ("broca 5/8 hss x 2", "PE1077", {"type": "broca", "medida": "5/8"}),
    ("llave mixta 32 mm gedore", "PE1003", {"type": "llave_mixta", "medida": "32mm"}),
    ("combination wrench 13mm bahco", "EX3001", {"type": "llave_mixta", "brand": "Bahco"}),
    ("disco de corte 14 x 1/8 para tronzadora", "PE1002", {"type": "disco_corte", "diametro": "14"}),
    ("electrodo 7018 3/16 x 20 kg", "PE1001", {"type": "electrodo", "diametro": "3/16"}),
    ("motor trifasico 30 hp 1800 rpm", "BO2001", {"type": "motor", "hp": "30"}),
    ("amoladora angular 4 1/2 bosch", "PE1077", "amoladora"),
    ("guantes de cuero x 12 pares", "PE1001", "guantes"),
    ("lentes de seguridad claros x 24", "PE1002", "lentes"),
    ("zapatos de seguridad talla 42", "", "zapatos"),
    ("pintura esmalte sintetico 1 galon", "PE1003", "pintura"),
    ("grasa multiproposito x 1 kg", "BO2001", "grasa"),
    ("WD-40 x 12", "EX3001", "WD40"),
    ("cemento sol x 10 bolsas", "", "cemento"),
    ("cinta teflon 3/4 x 50", "PE1077", "teflon"),
    ("need 2 pails of hydraulic oil ISO 68", "EX3001", "hydraulic"),
    ("casco de seguridad blanco x 5", "PE1001", "casco"),
    ("manguera hidraulica 1/2 2 mallas x 10 m", "PE1002", "manguera"),
    ("silicona roja alta temperatura x 2", "PE1003", "silicona"),
    ("trapo industrial x 25 kg", "BO2001", "trapo"),
)


def hand_rows(products: list[Product]) -> list[Row]:
    rows = []
    for text, cid, what in NOT_STOCKED:
        note = {"lang": "en" if cid == "EX3001" else "es"}
        if isinstance(what, str):
            note["absent"] = what
        else:
            note["facts"] = encode(what)
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
        rows.append(Row("", cid, text, [], None, "", "not_item", {"lang": "en" if cid == "EX3001" else "es", "n": str(i)}))
    return rows


NOT_ITEM = (
    ("buenos dias ing.", "PE1001"), ("Buenas tardes Sr. Paredes", "PE1002"), ("gracias, quedo atento", "PE1003"),
    ("Atte. Jorge Quispe - Almacén Planta Yura", "PE1001"), ("Cel. 954 100 102 / Anexo 2231", "PE1001"),
    ("RUC 20512398761", "PE1002"), ("OC N° 4500087654", "PE1001"), ("Orden de compra 4500087655 adjunta", "PE1001"),
    ("favor facturar a nombre de Pesquera Costa Azul S.A.C.", "PE1002"),
    ("entregar en almacen central km 48 carretera a Yura, de 8am a 4pm", "PE1001"),
    ("Item\tCódigo\tDescripción\tCant.\tUM", "PE1003"), ("ok gracias", ""), ("ya, listo", "PE1077"),
    ("cuándo llega mi pedido?", ""), ("me envían la guía de remisión por favor", "PE1003"),
    ("el pago será con letra a 60 días", "PE1077"), ("NIT 1023456027", "BO2001"), ("saludos cordiales", "BO2001"),
    ("Hi team, Dave from Highland Copper here", "EX3001"), ("Regards, Dave McAllister - Site Procurement", "EX3001"),
    ("PO HCS-26-0981", "EX3001"), ("Sent from my Samsung Galaxy", "EX3001"),
    ("Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario", "PE1001"),
    ("thanks!", "EX3001"), ("buenas, una consulta", ""),
)


def absent_word(products: list[Product], word: str) -> bool:
    """No product's code, name, description, brand or alias carries `word`."""
    w = norm(word)
    return not any(w in norm(" ".join((p.sku, p.name, p.description, p.brand, *p.aliases))) for p in products)


def number(rows: list[Row]) -> list[Row]:
    return corpus.number(rows, "c7", drop=("n",))


def build() -> list[Row]:
    products = catalog()
    for _text, _cid, what in NOT_STOCKED:
        assert not isinstance(what, str) or absent_word(products, what), what
    seen: set[str] = set()
    rows = generated(products, seen) + shape_rows(products, seen) + hand_rows(products) + code_rows(products)
    rows += part_rows(products) + mfr_rows(products)
    rows = sorted(rows, key=lambda r: KINDS.index(r.kind))
    return number(rows)


def files() -> dict[str, str]:
    return corpus.files(build())


def check(text: str, folder: Path) -> list[str]:
    """Every label of `text` (all.csv) against the CSV files of catalog 7 in `folder`."""
    return corpus.check_decimal(text, folder, norm=norm, matches=matches, decode=decode, whole_units=("PC", "CX", "JG"))


def main() -> None:
    corpus.main(__doc__, HERE, files, write, check)


if __name__ == "__main__":
    main()
