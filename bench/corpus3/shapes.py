"""How a line is dressed: quantity shapes, wrappers, layouts (email, WhatsApp, XLSX) and the
thumb slips of a phone keyboard. Every choice is drawn from a seeded `random.Random`."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from bench.catalog3.model import Product


@dataclass
class Qty:
    """Words before and after the item, the quantity in the product's unit, the shape."""

    before: str
    after: str
    qty: int | None
    shape: str


UNIT_WORD = {"es": ["pzas", "piezas", "pzs", "pz"], "en": ["pcs", "ea", "units", "pc"]}
PACK_WORD = {"es": ["cajas", "paquetes"], "en": ["boxes", "packs"]}
COUNTING = {
    "es": [
        ("docena", 12),
        ("media docena", 6),
        ("2 docenas", 24),
        ("un par", 2),
        ("un ciento", 100),
    ],
    "en": [("a dozen", 12), ("half a dozen", 6), ("2 dozen", 24), ("a pair", 2)],
}


def quantity(
    rng: random.Random, product: Product, lang: str, mexican: bool, bulk: bool = False
) -> Qty:
    """A quantity shape fitting the product's unit (metres, packs, pieces); thousands only
    for `bulk` items (screws, nuts, discs), as buyers order them."""
    if product.uom == "M":
        n = rng.choice([10, 15, 25, 30, 50, 100, 150, 200, 300])
        shape = rng.choice(["metres", "metres", "km", "rolls_of_100m", "none"])
        if shape == "metres":
            word = rng.choice(["m", "mts", "metros"] if lang == "es" else ["m", "meters", "mts"])
            return (
                Qty(f"{n} {word} ", "", n, shape)
                if rng.random() < 0.5
                else Qty("", f" - {n} {word}", n, shape)
            )
        if shape == "km":
            km = "1.5" if lang == "en" or mexican else "1,5"
            return Qty(f"{km} km ", "", 1500, shape)
        if shape == "rolls_of_100m":
            rolls = rng.choice([2, 3, 5])
            word = "rollos de 100 m" if lang == "es" else "rolls of 100 m"
            return Qty(f"{rolls} {word} ", "", rolls * 100, shape)
        return Qty("", "", None, "none")
    if product.pack_qty > 1 and rng.random() < 0.35:
        boxes = rng.choice([1, 2, 3, 4])
        word = rng.choice(PACK_WORD[lang])
        if boxes == 1:
            word = word[:-2] if word.endswith("es") and lang == "en" else word[:-1]
        return Qty(
            f"{boxes} {word} {'de ' if lang == 'es' else 'of '}",
            "",
            boxes * product.pack_qty,
            "packs",
        )
    shape = rng.choice(
        [
            "lead",
            "lead",
            "lead_unit",
            "x",
            "x",
            "dash",
            "paren",
            "cant",
            "counting_word",
            "thousands",
            "none",
            "none",
        ]
    )
    n = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 25, 40, 50, 100])
    if shape == "lead":
        return Qty(f"{n} ", "", n, shape)
    if shape == "lead_unit":
        return Qty(f"{n} {rng.choice(UNIT_WORD[lang])} ", "", n, shape)
    if shape == "x":
        return Qty("", rng.choice([f" x {n}", f" x{n}", f" X {n}"]), n, shape)
    if shape == "dash":
        return Qty("", rng.choice([f" - {n}", f" – {n}", f" -{n}"]), n, shape)
    if shape == "paren":
        unit = "un" if lang == "es" else "pcs"
        return Qty("", f" ({n} {unit})", n, shape)
    if shape == "cant":
        return Qty(
            "",
            rng.choice(
                [f" cant. {n}", f" cant: {n}"] if lang == "es" else [f" qty: {n}", f" qty {n}"]
            ),
            n,
            shape,
        )
    if shape == "counting_word":
        word, count = rng.choice(COUNTING[lang])
        return Qty(f"{word} {'de ' if lang == 'es' else ''}", "", count, shape)
    if shape == "thousands" and not bulk:
        shape = "lead"
    if shape == "lead":
        return Qty(f"{n} ", "", n, shape)
    if shape == "thousands":
        n = rng.choice([1000, 1200, 2000, 2500, 5000])
        written = f"{n:,}" if lang == "en" or mexican else f"{n:,}".replace(",", ".")
        return Qty(
            "", f" - {written}", n, "thousands_mx" if lang == "es" and mexican else "thousands"
        )
    return Qty("", "", None, "none")


WRAP = {
    "es": [
        "precio de {x}",
        "tienen {x}?",
        "cuanto cuesta {x}?",
        "me cotizan {x}",
        "tienen stock de {x}?",
        "ocupo {x}",
        "necesito {x}",
    ],
    "en": [
        "do you have {x}?",
        "I need pricing on {x}",
        "price for {x}?",
        "quote {x} please",
        "can you quote {x}",
        "looking for {x}",
    ],
}


def wrap(rng: random.Random, text: str, lang: str) -> str:
    return rng.choice(WRAP[lang]).format(x=text)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def thumb_slip(rng: random.Random, text: str, protected: set[str]) -> str:
    """Swap two letters inside one word of six or more letters (never a number, code or a
    protected word such as a brand)."""
    words = [
        m for m in re.finditer(r"\b[a-záéíóúñ]{6,}\b", text) if m.group().lower() not in protected
    ]
    if not words:
        return text
    m = rng.choice(words)
    word = m.group()
    i = rng.randrange(1, len(word) - 2)
    slipped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return text[: m.start()] + slipped + text[m.end() :]


BULLETS = ["- ", "• ", "* ", "{n}) ", "{n}. ", "{n}.- ", ""]
