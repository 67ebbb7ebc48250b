"""Quantities, question wrappers and the three ways a line arrives (WhatsApp, email, XLSX)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from random import Random

from bench.catalog4.model import Product
from bench.corpus4.phrases import pick

ES_NUMBERS = {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 10: "diez", 12: "doce", 20: "veinte"}
EN_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 12: "twelve", 20: "twenty"}


@dataclass
class Qty:
    shape: str
    lead: str  # words before the item
    tail: str  # words after the item
    qty: Decimal | None  # in the product's own unit
    cell: str = ""  # the quantity as an XLSX cell shows it (empty: the words carry it)


def thousands(n: int, region: str) -> str:
    """1.500 in Argentina and Colombia, 1,500 in the US and (often) Peru."""
    text = f"{n:,}"
    return text.replace(",", ".") if region in ("AR", "CO") else text


def small(rng: Random) -> int:
    return pick(rng, (1, 2, 2, 3, 4, 4, 5, 6, 8, 10, 10, 12, 15, 20, 24, 25, 30, 40, 50, 60, 100))


DOZEN_TYPES = {"hard_hat", "safety_glasses", "tap", "drill", "ptfe_tape", "flap_disc", "cutoff_wheel",
               "hex_bolt", "socket_cap_screw", "hex_nut", "lock_nut", "pipe_fitting", "pipe_nipple"}


def dozenable(p: Product) -> bool:
    """Things bought by the dozen: consumables and small parts, not motors or bearings."""
    return p.attrs["type"] in DOZEN_TYPES


def quantity(p: Product, region: str, rng: Random, allow_box: bool = True) -> Qty:
    """A quantity in one of the shapes buyers use for this product's unit."""
    en = region == "US"
    uom = p.uom
    roll = rng.random()
    if uom == "M":
        if roll < 0.4:
            km = pick(rng, ("1,5", "2", "0,5")) if not en else pick(rng, ("1.5", "2"))
            metres = Decimal(km.replace(",", ".")) * 1000
            return Qty("km", "", f" {km} km", metres.normalize())
        n = pick(rng, (10, 25, 50, 100, 100, 200, 300))
        unit = pick(rng, (" m", " mts", " metros", "m")) if not en else pick(rng, (" m", " meters", "m"))
        return Qty("length", "", f" x {n}{unit}", Decimal(n), str(n))
    if uom == "FT":
        n = pick(rng, (250, 500, 500, 1000, 2500))
        shown = thousands(n, region)
        unit = pick(rng, (" ft", "'", " feet")) if en else pick(rng, (" pies", " ft"))
        shape = "length_thousands" if n >= 1000 else "length"
        return Qty(shape, "", f" x {shown}{unit}" if rng.random() < 0.5 else f" - {shown}{unit}",
                   Decimal(n), shown)  # fmt: skip
    if uom == "PR":
        if roll < 0.35:
            n, words = pick(rng, ((12, "una docena de pares de"), (24, "2 docenas de"), (6, "media docena de pares de")))
            if en:
                n, words = pick(rng, ((12, "a dozen pairs of"), (24, "2 dozen pairs"), (6, "half a dozen pairs of")))
            return Qty("dozen", words + " ", "", Decimal(n))
        n = small(rng)
        if roll < 0.7:
            words = (f"{n} pairs" if en else f"{n} pares de") if n > 1 else ("1 pair" if en else "un par de")
            return Qty("pair", words + " ", "", Decimal(n))
        return Qty("x_end", "", f" x {n}", Decimal(n), str(n))
    if uom == "BX":
        n = pick(rng, (1, 2, 3, 5, 10))
        words = (f"{n} boxes" if en else f"{n} cajas de") if n > 1 else ("1 box" if en else "1 caja de")
        return Qty("box", words + " ", "", Decimal(n))
    # EA
    if allow_box and p.pack_qty > 1 and roll < 0.10:
        n = pick(rng, (1, 2, 3, 4, 5))
        if en:
            words = f"{n} boxes of" if n > 1 else "1 box of"
        else:
            words = f"{n} cajas de" if n > 1 else pick(rng, ("1 caja de", "una caja de"))
        return Qty("box", words + " ", "", Decimal(n * p.pack_qty))
    if p.pack_qty >= 10 and 0.10 <= roll < 0.22:
        n = pick(rng, (1000, 1500, 2000, 2500, 5000))
        shown = thousands(n, region)
        shape = {"AR": "thousands_ar", "CO": "thousands_co", "PE": "thousands_pe", "US": "thousands_us"}[region]
        return Qty(shape, "", pick(rng, (f" x {shown}", f" - {shown}", f" cant. {shown}")) if not en
                   else pick(rng, (f" x {shown}", f" qty {shown}", f" - {shown} pcs")), Decimal(n), shown)  # fmt: skip
    if p.pack_qty >= 50 and not en and 0.22 <= roll < 0.28:
        n, words = pick(rng, ((100, "un ciento de"), (1000, "un millar de"), (200, "2 cientos de")))
        return Qty("count", words + " ", "", Decimal(n))
    if 0.28 <= roll < 0.38 and dozenable(p):
        n, words = pick(rng, ((12, "una docena de"), (24, "2 docenas de"), (6, "media docena de"))) if not en else pick(
            rng, ((12, "a dozen"), (24, "2 dozen"), (6, "half a dozen")))
        return Qty("dozen", words + " ", "", Decimal(n))
    if 0.38 <= roll < 0.42:
        n = pick(rng, tuple(ES_NUMBERS))
        word = (EN_NUMBERS if en else ES_NUMBERS)[n]
        return Qty("word", word + " ", "", Decimal(n))
    n = small(rng)
    shape = pick(rng, ("x_end", "x_end", "dash_end", "lead", "lead", "lead_unit", "cant", "paren", "colon"))
    if shape == "x_end":
        return Qty(shape, "", pick(rng, (f" x {n}", f" x{n}", f" X {n}")), Decimal(n), str(n))
    if shape == "dash_end":
        return Qty(shape, "", f" - {n}", Decimal(n), str(n))
    if shape == "lead":
        return Qty(shape, f"{n} ", "", Decimal(n), str(n))
    if shape == "lead_unit":
        unit = pick(rng, ("pcs", "ea", "qty")) if en else pick(rng, ("un.", "unid.", "und", "uds"))
        return Qty(shape, f"{n} {unit} " if unit != "qty" else f"qty {n} ", "", Decimal(n), str(n))
    if shape == "cant":
        tail = pick(rng, (f" qty: {n}", f" qty {n}", f" - qty {n}")) if en else pick(rng, (f" cant. {n}", f" cant: {n}", f" cantidad {n}"))
        return Qty(shape, "", tail, Decimal(n), str(n))
    if shape == "paren":
        return Qty(shape, "", f" ({n} {'ea' if en else pick(rng, ('un', 'und', 'unid'))})", Decimal(n), str(n))
    return Qty(shape, "", f": {n}", Decimal(n), str(n))


def qty_for(p: Product, region: str, rng: Random, allow_box: bool = True, after: bool = False) -> Qty:
    """A quantity; `after`: none in words before the item (a code reads badly after `2 cajas de`)."""
    for _ in range(50):
        q = quantity(p, region, rng, allow_box)
        if not (after and any(c.isalpha() for c in q.lead)):
            return q
    n = small(rng)
    return Qty("x_end", "", f" x {n}", Decimal(n), str(n))


WRAP_ES = {
    "AR": ("precio {x}", "cuánto sale {x}?", "tienen stock de {x}?", "necesito {x}", "me cotizan {x}", "hay {x}?"),
    "CO": ("me regala precio de {x}", "tienen {x}?", "necesito cotizar {x}", "precio y disponibilidad {x}", "manejan {x}?"),
    "PE": ("me pasan precio de {x}", "cuánto cuesta {x}?", "tienen stock de {x}?", "solicito cotización de {x}", "requiero {x}"),
}
WRAP_EN = ("do you have {x}?", "I need pricing on {x}", "price and availability on {x}", "can you quote {x}",
           "looking for {x}", "need {x}", "do you stock {x}?")  # fmt: skip


def wrap(text: str, region: str, rng: Random) -> str:
    form = pick(rng, WRAP_EN) if region == "US" else pick(rng, WRAP_ES[region])
    return form.replace("{x}", text)


def plain(text: str) -> str:
    """Accents dropped, as phone keyboards without them type."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


NEAR = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
    "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad",
    "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x",
}  # fmt: skip


def thumb(text: str, rng: Random, protect: set[str]) -> tuple[str, bool]:
    """One slip in a word of six or more letters (never a number, a code or a brand)."""
    words = text.split(" ")
    options = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.lower() not in protect]
    if not options:
        return text, False
    i = pick(rng, [str(o) for o in options])
    word = words[int(i)]
    pos = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.5 and word[pos] in NEAR:
        word = word[:pos] + pick(rng, NEAR[word[pos]]) + word[pos + 1:]
    elif kind < 0.8:
        word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2:]
    else:
        word = word[:pos] + word[pos + 1:]
    words[int(i)] = word
    return " ".join(words), True


BULLETS = ("- ", "• ", "* ", "{n}) ", "{n}. ", "{n}.- ")
UNIT_CELL = {
    "AR": {"EA": ("UN", "UNID"), "M": ("M", "MTS"), "FT": ("FT",), "PR": ("PAR",), "BX": ("CJ", "CAJA")},
    "CO": {"EA": ("UND", "UN"), "M": ("M", "MT"), "FT": ("FT",), "PR": ("PAR",), "BX": ("CAJA",)},
    "PE": {"EA": ("UND", "PZA"), "M": ("M", "MT"), "FT": ("PIE", "FT"), "PR": ("PAR",), "BX": ("CJ",)},
    "US": {"EA": ("EA", "PCS"), "M": ("M",), "FT": ("FT",), "PR": ("PR", "PAIR"), "BX": ("BX",)},
}
