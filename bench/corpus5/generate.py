"""Write bench/corpus5/{all,tune,holdout}.csv: request lines on catalog 5, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus5.generate [--out DIR]

Every label is computed from the facts a line's words pin (words.py) over catalog 5's active
products, and `check()` verifies every row against the CSV files `python -m bench.catalog5`
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
from bench.blind.early import deaccent
from bench.blind.early import fits_any as fits
from bench.blind.early import matches_any as matches
from bench.catalog4.model import Product
from bench.catalog5.erp import catalog, cross_references, write
from bench.corpus5.words import OMITTABLE, pick, say

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 150, "brand_open": 60, "ambiguous": 30, "code": 34, "customer_part": 30, "mfr_ref": 30}
TYPE_CAP = {"description": 16, "brand_open": 12, "ambiguous": 6}  # lines of one kind of item, per kind of line
# customer -> language most of their lines are in; "" is a guest (a new number on WhatsApp)
CUSTOMERS = (("C1021", 28), ("C1187", 22), ("C2044", 20), ("C1350", 5), ("", 25))


class Row(corpus.DecimalRow):
    CATALOG = "catalog5"


seeded = early.pipe_random


# --- quantities, as they arrive -------------------------------------------------------------
NUM_ES = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 8: "ocho", 10: "diez", 12: "doce", 20: "veinte"}
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}


@dataclass
class Qty:
    value: Decimal | None  # in the product's own unit
    shape: str
    lead: str = ""  # words before the item
    tail: str = ""  # words after it


def qty_for(p: Product, rng: Random, en: bool, boxes: bool = True) -> Qty:
    """A quantity in one of the shapes buyers use for this product's unit."""
    roll = rng.random()
    if p.uom == "M":
        n = pick(rng, (20, 50, 100, 150, 200, 300, 500, 1000, 1500))
        shown = f"{n:,}"
        if roll < 0.15:
            return Qty(None, "none")
        if en:
            return Qty(Decimal(n), "length", tail=pick(rng, (f" - {shown} m", f" x {shown} meters", f", {shown}m")))
        return Qty(Decimal(n), "length", *pick(rng, ((f"{shown} mts de ", ""), ("", f" {shown} metros"), ("", f" x {shown} mts"),
                                                         (f"{shown} m de ", ""), ("", f" - {shown}m"))))
    if p.uom == "KG":
        n = pick(rng, (5, 10, 20, 25, 50))
        if roll < 0.15:
            return Qty(None, "none")
        return Qty(Decimal(n), "weight", *pick(rng, ((f"{n} kg de ", ""), ("", f" {n} kilos"), ("", f" x {n}kg"), (f"{n} kilos de ", ""))))
    if p.uom == "JGO":
        n = pick(rng, (1, 2, 3, 5))
        if roll < 0.2:
            return Qty(None, "none")
        if en:
            return Qty(Decimal(n), "lead_unit", f"{n} sets ", "") if n > 1 else Qty(Decimal(1), "lead", "1 ", "")
        return Qty(Decimal(n), "lead_unit", *pick(rng, ((f"{n} jgo ", ""), ("", f" - {n} juegos"), (f"{n} juegos de ", "")))) if n > 1 \
            else Qty(Decimal(1), "word", "un ", "")
    n = pick(rng, (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 50, 100, 200))
    if roll < 0.12:
        return Qty(None, "none")
    if roll < 0.2 and boxes and p.pack_qty > 1:
        k = pick(rng, (1, 2, 3, 4))
        if en:
            return Qty(Decimal(k * p.pack_qty), "box", f"{k} box{'es' if k > 1 else ''} of ", "")
        return Qty(Decimal(k * p.pack_qty), "box", pick(rng, (f"{k} caja{'s' if k > 1 else ''} de ", f"{k} cja{'s' if k > 1 else ''} ")), "")
    if roll < 0.27:
        if en:
            return Qty(Decimal(12), "dozen", "a dozen ", "") if rng.random() < 0.6 else Qty(Decimal(24), "dozen", "2 dozen ", "")
        return pick(rng, (Qty(Decimal(12), "dozen", "una docena de ", ""), Qty(Decimal(6), "dozen", "media docena de ", ""),
                          Qty(Decimal(100), "count", "un ciento de ", ""), Qty(Decimal(2), "pair", "un par de ", "")))
    if roll < 0.32 and p.family == "Tornilleria":
        n = pick(rng, (1000, 1500, 2000, 2500))
        return Qty(Decimal(n), "thousands", "", pick(rng, (f" x {n:,}", f" - {n:,} pzas", f" {n:,} pcs" if en else f" {n:,} piezas")))
    if roll < 0.38:
        table = NUM_EN if en else NUM_ES
        m = pick(rng, sorted(table))
        return Qty(Decimal(m), "word", f"{table[m]} ", "")
    if n == 1:
        return Qty(Decimal(1), "x", *pick(rng, (("", " x 1"), ("1 pza ", ""), ("", " - 1"), ("1 ", "")) if not en else (("", " x 1"), ("1 ea ", ""))))
    if en:
        return Qty(Decimal(n), "x", *pick(rng, (("", f" x {n}"), ("", f" qty {n}"), (f"{n} ea ", ""), (f"{n} pcs ", ""),
                                                 ("", f" - {n}"), (f"({n}) ", ""))))
    return Qty(Decimal(n), "x", *pick(rng, (("", f" x {n}"), ("", f" - {n}"), (f"{n} pzas ", ""), (f"{n} piezas de ", ""),
                                             ("", f" {n} pzas"), ("", f" cant {n}"), (f"{n} pz ", ""), ("", f" ({n})"),
                                             (f"{n} ", ""))))


WRAP_ES = ("{x}", "{x}", "{x}", "ocupo {x}", "me cotizas {x}", "cuanto sale {x}?", "precio de {x}", "me pasas precio de {x}",
           "tienes {x}?", "necesito {x}", "buen dia, ocupo {x}", "me puedes cotizar {x} porfa", "hay {x}?", "cotizar {x}",
           "en cuanto me dejas {x}", "q precio tiene {x}")
WRAP_EN = ("{x}", "{x}", "{x}", "need {x}", "do you have {x}?", "price on {x}", "can you quote {x}", "pls quote {x}",
           "looking for {x}", "how much for {x}?")
BULLETS = ("- ", "* ", "1) ", "2.- ", "3. ", "• ")
QTY_WORDS = {"docena", "ciento", "cajas", "metros", "kilos", "juegos", "piezas", "cuatro", "veinte", "twelve", "twenty", "dozen"}


PROTECT = {"timken", "square", "siemens", "schneider", "condumex", "viakon", "austromex", "fandeli", "lincoln", "walworth",
           "truper", "surtek", "temflex", "phillips", "squared"} | QTY_WORDS


def dress(words: str, q: Qty | None, en: bool, rng: Random, note: dict[str, str]) -> str:
    """Quantity, question around it and the channel's habits (WhatsApp or a mail list)."""
    text = f"{q.lead}{words}{q.tail}" if q else words
    wrapped = rng.random() < 0.45
    if wrapped:
        form = pick(rng, WRAP_EN if en else WRAP_ES)
        text = form.replace("{x}", text)
        note["wrapped"] = "yes" if form != "{x}" else ""
    if rng.random() < 0.65:
        note["fmt"] = "whatsapp"
        text = deaccent(text).lower()
        if rng.random() < 0.45:
            slipped = early.swap_slip(text, rng, PROTECT)
            if slipped != text:
                note["slip"] = "yes"
                text = slipped
    else:
        note["fmt"] = "email"
        text = pick(rng, BULLETS) + (text[0].upper() + text[1:] if rng.random() < 0.5 else text)
    return text


customer = partial(early.weighted, CUSTOMERS)


def lang_for(cid: str, rng: Random) -> str:
    if cid == "C2044":
        return "en" if rng.random() < 0.75 else "es"
    return "en" if rng.random() < 0.06 else "es"


# --- the kinds ---------------------------------------------------------------------------------
def generated(products: list[Product]) -> list[Row]:
    """Description, brand-open and ambiguous lines, from products in hash order."""
    rows: list[Row] = []
    count: Counter[str] = Counter()
    active = sorted((p for p in products if p.active), key=lambda p: hashlib.sha256(f"c5|{p.key}".encode()).digest())
    seen: set[str] = set()
    per_type: Counter[tuple[str, str]] = Counter()  # no kind of item crowds out the others
    for p in active * 6:
        if all(count[k] >= TARGETS[k] for k in ("description", "brand_open", "ambiguous")):
            break
        rng = seeded("line", p.key, str(len(rows)))
        cid = customer(rng)
        lang = lang_for(cid, rng)
        en = lang == "en"
        omit = OMITTABLE.get(p.attrs["type"], "") if count["ambiguous"] < TARGETS["ambiguous"] and rng.random() < 0.2 else ""
        brand = not omit and rng.random() < 0.5
        words, pins = say(p, rng, lang, brand, omit)
        cands = fits(products, pins)
        kind = classify(cands)
        if p not in cands:
            raise AssertionError(f"{p.key}: {words!r} does not fit its own product ({pins})")
        if kind == "none" or count[kind] >= TARGETS[kind] or words in seen:
            continue
        if per_type[kind, p.attrs["type"]] >= TYPE_CAP[kind]:
            continue
        q = qty_for(p, rng, en, boxes=kind == "description")
        if kind != "description" and not early.same_qty(q, cands):
            continue
        note = {"lang": lang}
        text = dress(words, q, en, rng, note)
        seen.add(words)
        count[kind] += 1
        per_type[kind, p.attrs["type"]] += 1
        skus = [] if kind == "ambiguous" else sorted(c.sku for c in cands)
        note.update({"qty": q.shape, "family": p.family, "facts": encode(pins)})
        if kind == "ambiguous":
            note["fits"] = "|".join(sorted(c.sku for c in cands)[:8])
        rows.append(Row("", cid, text, skus, q.value, p.uom if q.value is not None or kind != "ambiguous" else "", kind, note))
    return rows


def code_rows(products: list[Product]) -> list[Row]:
    """Our own code, with the words buyers put around it, often lower case."""
    active = [p for p in products if p.active]
    chosen = sorted(active, key=lambda p: hashlib.sha256(f"code5|{p.key}".encode()).digest())[: TARGETS["code"]]
    rows = []
    for p in chosen:
        rng = seeded("code", p.key)
        cid = customer(rng)
        en = lang_for(cid, rng) == "en"
        code = p.sku if rng.random() < 0.5 else p.sku.lower()
        around = pick(rng, ("item {c}", "p/n {c}", "sku {c}", "{c}", "part # {c}") if en else
                      ("cod. {c}", "clave {c}", "codigo {c}", "{c}", "su codigo {c}", "num. parte {c}", "{c}"))
        words = around.replace("{c}", code)
        if rng.random() < 0.3:
            words += f" ({p.name.split(' ')[0].lower()} {p.name.split(' ')[1].lower()})"
        q = qty_for(p, rng, en)
        note = {"lang": "en" if en else "es"}
        text = dress(words, q, en, rng, note)
        if code.lower() not in text.lower():  # a slip never lands in a code (it has hyphens)
            raise AssertionError(text)
        note.update({"qty": q.shape, "family": p.family})
        rows.append(Row("", cid, text, [p.sku], q.value, p.uom, "code", note))
    return rows


def part_rows(products: list[Product]) -> list[Row]:
    """Customer part numbers (cross_references.csv), 15 for each of the two customers who use them."""
    by_sku = {p.sku: p for p in products}
    rows = []
    for cid in ("C1021", "C2044"):
        mine = sorted((r for r in cross_references(products) if r[0] == cid),
                      key=lambda r: hashlib.sha256(r[1].encode()).digest())[: TARGETS["customer_part"] // 2]
        for _, part, sku in mine:
            p = by_sku[sku]
            rng = seeded("part", part)
            en = cid == "C2044" and rng.random() < 0.8
            around = pick(rng, ("our p/n {c}", "{c}", "part {c}", "PN {c}") if en else ("no. parte {c}", "{c}", "nuestro numero {c}", "parte {c}"))
            q = qty_for(p, rng, en)
            note = {"lang": "en" if en else "es"}
            text = dress(around.replace("{c}", part), q, en, rng, note)
            note.update({"qty": q.shape, "family": p.family})
            rows.append(Row("", cid, text, [sku], q.value, p.uom, "customer_part", note))
    return rows


def maker_aliases(products: list[Product]) -> dict[str, tuple[Product, str]]:
    """Aliases that name one active product only (a maker's catalogue number, or a vendor's)."""
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
    chosen = sorted(aliases.values(), key=lambda v: hashlib.sha256(f"mfr5|{v[1]}".encode()).digest())[: TARGETS["mfr_ref"]]
    rows = []
    for p, alias in chosen:
        rng = seeded("mfr", alias)
        cid = customer(rng)
        en = lang_for(cid, rng) == "en"
        shown = alias if rng.random() < 0.6 else alias.lower()
        if shown.isdigit():  # a vendor's catalogue number is written with its brand
            shown = f"{pick(rng, (p.brand.lower(), p.brand))} {shown}"
        elif rng.random() < 0.4:
            shown = f"{shown} {p.brand.lower()}"
        q = qty_for(p, rng, en)
        note = {"lang": "en" if en else "es"}
        text = dress(shown, q, en, rng, note)
        note.update({"qty": q.shape, "family": p.family, "alias": alias})
        rows.append(Row("", cid, text, [p.sku], q.value, p.uom, "mfr_ref", note))
    return rows


# (text, customer, pins or the word no product has, note): things the house does not sell or stock.
NOT_STOCKED = (
    ("ocupo 10 baleros 6204 2rs skf", "C1021", {"type": "balero", "brand": "SKF"}, ""),
    ("balero 6205zz koyo x 6", "C1187", {"type": "balero", "brand": "Koyo"}, ""),
    ("- Balero 6212 2RS FAG - 4", "C1021", {"type": "balero", "designacion": "6212"}, ""),
    ("need 2 bearings 6310 zz", "C2044", {"type": "balero", "designacion": "6310"}, ""),
    ("rodamiento 22210 rodillos esfericos", "", {"type": "balero", "designacion": "22210"}, ""),
    ("chumacera de piso ucp212 x 2", "C1187", {"type": "chumacera", "serie": "UCP212"}, ""),
    ("balero conico 32210 timken", "C1021", {"type": "balero_conico", "designacion": "32210"}, ""),
    ("tornillo hexagonal 3/4 x 4 grado 8 - 50", "C1021", {"type": "tornillo_hex", "diametro": "3/4"}, ""),
    ("tornillo hex M16 x 60 ocupo 100", "C1187", {"type": "tornillo_hex", "diametro": "M16"}, ""),
    ("pija punta broca #14 x 3", "", {"type": "pija", "calibre": "14", "largo": "3"}, ""),
    ("valvula de esfera 3 pulg bronce", "C1187", {"type": "valvula_esfera", "medida": "3"}, ""),
    ("codo 90 galv 3 - 10", "C1350", {"type": "codo90", "medida": "3"}, ""),
    ("valvula de esfera 1/2 nibco", "", {"type": "valvula_esfera", "brand": "Nibco"}, ""),
    ("pastilla QO 1x100", "C1021", {"type": "pastilla", "amperes": "100"}, ""),
    ("breaker 3 pole 100A eaton", "C2044", {"type": "pastilla", "brand": "Eaton"}, ""),
    ("contactor 65A bobina 220v", "C1187", {"type": "contactor", "amperes": "65"}, ""),
    ("contactor abb 25A bob 127v", "", {"type": "contactor", "brand": "ABB"}, ""),
    ("cable thw cal 2/0 negro 100 mts", "C1021", {"type": "cable", "calibre": "2/0"}, ""),
    ("#4 THHN black 500 m", "C2044", {"type": "cable", "calibre": "4"}, ""),
    ("disco de corte 16 pulg x 3.2 - 10", "C1350", {"type": "disco_corte", "diametro": "16"}, ""),
    ("disco corte norton 4 1/2 x 1mm x 50", "", {"type": "disco_corte", "brand": "Norton"}, ""),
    ("broca para metal 5/8 x 2", "C1187", {"type": "broca", "medida": "5/8"}, ""),
    ("llave combinada 27mm", "C1021", {"type": "llave_combinada", "medida": "27"}, ""),
    ("combination wrench 3/4 snap-on", "C2044", {"type": "llave_combinada", "brand": "Snap-on"}, ""),
    ("me cotizas un variador de frecuencia 5 hp 220v", "C1187", {}, "variador"),
    ("manguera hidraulica 1/2 dos mallas 10 mts", "C1021", {}, "manguera"),
    ("guantes de carnaza x 12 pares", "C1350", {}, "guantes"),
    ("botas de seguridad talla 27", "", {}, "botas"),
    ("pintura esmalte amarillo trafico 19 lts", "C1187", {}, "pintura"),
    ("grasa multiproposito cubeta 19 kg", "C1021", {}, "grasa"),
    ("WD-40 x 12", "C2044", {}, "WD40"),
    ("tubo conduit pared delgada 3/4 x 10 tramos", "C1187", {}, "conduit"),
    ("foco led 100w", "", {}, "foco"),
    ("lentes de seguridad claros x 20", "C1021", {}, "lentes"),
    ("silicon rojo alta temperatura x 6", "C1350", {}, "silicon"),
    ("need 2 gallons of hydraulic oil", "C2044", {}, "hydraulic"),
)


def inactive_line(p: Product, rng: Random) -> tuple[str, dict[str, str]]:
    words, pins = say(p, rng, "es", True)
    return words, pins


def hand_rows(products: list[Product]) -> list[Row]:
    rows = []
    for text, cid, pins, absent in NOT_STOCKED:
        note = {"lang": "en" if re.search(r"\b(need|pole|black|gallons|wrench)\b", text) else "es"}
        if absent:
            note["absent"] = absent
        else:
            note["facts"] = encode(pins)
        rows.append(Row("", cid, text, [], None, "", "not_stocked", note))
    for p in products:
        if p.active:
            continue
        rng = seeded("inactive", p.key)
        words, pins = inactive_line(p, rng)
        q = qty_for(p, rng, False, boxes=False)
        note = {"lang": "es"}
        text = dress(words, q, False, rng, note)
        note.update({"facts": encode(pins), "inactive": p.sku, "family": p.family})
        rows.append(Row("", customer(rng), text, [], None, "", "not_stocked", note))
    for i, (text, cid) in enumerate(NOT_ITEM):
        rows.append(Row("", cid, text, [], None, "", "not_item", {"lang": "en" if cid == "C2044" else "es", "n": str(i)}))
    return rows


NOT_ITEM = (
    ("buenos dias", "C1021"), ("Buen dia Ing.", "C1187"), ("gracias!!", "C1350"), ("muchas gracias quedo atento", "C1021"),
    ("Saludos, Ing. Rogelio Garza - Compras", "C1021"), ("Tel. 81 8355 0121 ext 204", "C1021"),
    ("RFC EBA050721QX9", "C1187"), ("OC 4500231877", "C1187"), ("orden de compra 77812", "C1021"),
    ("favor de facturar a nombre de Empacadora del Bajio SA de CV", "C1187"),
    ("entregar en planta 2 anden 4 de 8 a 14 hrs", "C1187"), ("Cant.\tDescripcion\tCodigo", "C1021"),
    ("me confirmas tiempo de entrega porfa", ""), ("ok", ""), ("sale, gracias", "C1350"),
    ("hi, this is Dave from Frontera", "C2044"), ("thanks!", "C2044"), ("PO# FA-2026-11873", "C2044"),
    ("Sent from my iPhone", "C2044"), ("Este correo y sus anexos son confidenciales", "C1021"),
    ("cuando llega el pedido?", ""), ("mandame la factura en pdf y xml", "C1350"),
    ("please ship to plant 3, dock 7", "C2044"), ("atte. Juan Carlos Mendoza", "C1187"), ("saludos", ""),
)


def absent_word(products: list[Product], word: str) -> bool:
    """No product's code, name, description, brand or alias carries `word`."""
    w = norm(word)
    return not any(w in norm(" ".join((p.sku, p.name, p.description, p.brand, *p.aliases))) for p in products)


def number(rows: list[Row]) -> list[Row]:
    return corpus.number(rows, "c5", drop=("n",))


def build() -> list[Row]:
    products = catalog()
    for _text, _cid, _pins, absent in NOT_STOCKED:
        assert not absent or absent_word(products, absent), absent
    rows = generated(products) + hand_rows(products) + code_rows(products) + part_rows(products) + mfr_rows(products)
    rows = sorted(rows, key=lambda r: KINDS.index(r.kind))
    return number(rows)


def files() -> dict[str, str]:
    return corpus.files(build(), by=None)


def check(text: str, folder: Path) -> list[str]:
    """Every label of `text` (all.csv) against the CSV files of catalog 5 in `folder`."""
    return corpus.check_decimal(text, folder, norm=norm, matches=matches, decode=decode, codes_as_typed=True)


def main() -> None:
    corpus.main(__doc__, HERE, files, write, check)


if __name__ == "__main__":
    main()
