"""Quantities, wrappers, typos and layouts as buyers produce them (email, WhatsApp, XLSX)."""

from __future__ import annotations

import random
import unicodedata

from bench.catalog2.model import Item

SMALL = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200]
BIG = [250, 300, 400, 500, 600, 750, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000]


def thousands(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "es" else text


def quantity(
    rng: random.Random, lang: str, it: Item, cheap: bool
) -> tuple[str, str, int | None, str]:
    """(lead, trail, expected quantity in the item's uom, shape name)."""
    es = lang == "es"
    if it.uom == "M":
        shape = rng.choice(["km", "m_lead", "m_trail", "m_lead", "rolls", "none"])
        if shape == "km":
            km = rng.choice([(1.5, 1500), (0.5, 500), (2, 2000), (1.2, 1200), (2.5, 2500)])
            txt = (
                (str(km[0]).replace(".", ",") if es else str(km[0]))
                .removesuffix(",0")
                .removesuffix(".0")
            )
            return (f"{txt} km de " if es else f"{txt} km of "), "", km[1], "km"
        n = rng.choice([50, 100, 150, 200, 250, 300, 500, 1000])
        word = rng.choice(["mts", "metros", "m", "mt"] if es else ["m", "meters", "mtrs", "metres"])
        if shape == "m_lead":
            return (
                f"{thousands(n, lang)} {word} " + ("de " if es and rng.random() < 0.5 else ""),
                "",
                n,
                "metres",
            )
        if shape == "m_trail":
            return "", rng.choice([f" x {n} {word}", f" - {n}{word}", f" {n} {word}"]), n, "metres"
        if shape == "rolls":
            k = rng.choice([2, 3, 5])
            return (
                (f"{k} rollos de 100 m " if es else f"{k} rolls of 100 m "),
                "",
                k * 100,
                "rolls_of_100m",
            )
        return "", "", None, "none"
    if it.pack_qty > 1:
        k = rng.choice([1, 2, 3, 4, 5, 10])
        shape = rng.choice(["box", "box", "units", "none", "box_trail"])
        box = ("caja" if k == 1 else "cajas") if es else ("box" if k == 1 else "boxes")
        if it.kind == "sandpaper":
            box = ("paquete" if k == 1 else "paquetes") if es else ("pack" if k == 1 else "packs")
        if shape == "box":
            return (f"{k} {box} de " if es else f"{k} {box} of "), "", k * it.pack_qty, "packs"
        if shape == "box_trail":
            return "", f" x {k} {box}", k * it.pack_qty, "packs"
        if shape == "units":
            n = it.pack_qty * rng.choice([2, 4, 10])
            unit = {"sandpaper": ("hojas", "sheets"), "earplug": ("pares", "pairs")}.get(
                it.kind, ("unidades", "pcs")
            )[0 if es else 1]
            return "", f" - {n} {unit}", n, "units_of_pack"
        return "", "", None, "none"
    if it.uom == "PR":
        n = rng.choice([1, 2, 5, 10, 12, 24, 50, 100])
        if n == 1:
            return ("un par de " if es else "one pair of "), "", 1, "pair_of_pairs"
        return (f"{n} pares de " if es else f"{n} pairs of "), "", n, "pairs"
    shapes = [
        "lead",
        "lead_unit",
        "x",
        "dash",
        "paren",
        "cant",
        "words",
        "thousands",
        "none",
        "lead",
        "x",
        "dash",
    ]
    if cheap:
        shapes += ["thousands", "seven", "words"]
    shape = rng.choice(shapes)
    n = rng.choice(BIG if cheap and rng.random() < 0.6 else SMALL)
    if shape == "lead":
        return f"{thousands(n, lang)} ", "", n, "lead"
    if shape == "lead_unit":
        unit = rng.choice(
            ["un", "un.", "unid.", "pzas", "uds"] if es else ["pcs", "ea", "pc", "units"]
        )
        return f"{thousands(n, lang)} {unit} ", "", n, "lead_unit"
    if shape == "x":
        return (
            "",
            rng.choice([f" x {n}", f" x{n}", f" X {n}", f" x {n} un" if es else f" x {n} pcs"]),
            n,
            "x",
        )
    if shape == "dash":
        return "", rng.choice([f" - {n}", f" -{n}", f" – {n}"]), n, "dash"
    if shape == "paren":
        return "", rng.choice([f" ({n})", f" ({n} un)" if es else f" ({n} ea)"]), n, "paren"
    if shape == "cant":
        return (
            "",
            rng.choice(
                [f" cant. {n}", f" cantidad: {n}", f" cant {n}"]
                if es
                else [f" qty {n}", f" qty: {n}", f" QTY {n}"]
            ),
            n,
            "cant",
        )
    if shape == "thousands":
        n = rng.choice([1000, 1500, 2000, 2500, 3000, 5000, 10000, 12000])
        return f"{thousands(n, lang)} ", "", n, "thousands"
    if shape == "seven":
        n = rng.choice([1000000, 1200000, 2500000, 1500000])
        return (f"{thousands(n, lang)} " if rng.random() < 0.7 else f"{n} "), "", n, "seven_digits"
    if shape == "words":
        words = (
            [
                ("una docena de ", 12),
                ("media docena de ", 6),
                ("2 docenas de ", 24),
                ("un par de ", 2),
                ("un ciento de ", 100),
                ("un millar de ", 1000),
                ("3 docenas de ", 36),
                ("1 docena ", 12),
            ]
            if es
            else [
                ("a dozen ", 12),
                ("2 dozen ", 24),
                ("half a dozen ", 6),
                ("a pair of ", 2),
                ("3 dozen ", 36),
                ("one dozen ", 12),
            ]
        )
        lead, n = rng.choice(words)
        return lead, "", n, "counting_word"
    return "", "", None, "none"


WRAP_ES = [
    "precio {x}",
    "cuánto cuesta {x}?",
    "cuanto vale {x}",
    "tienen stock de {x}?",
    "me cotizan {x} por favor",
    "necesito {x}",
    "hay {x}?",
    "valor {x}",
    "favor cotizar {x}",
    "tendrán {x}?",
    "requiero {x}",
]
WRAP_EN = [
    "do you have {x}?",
    "I need pricing on {x}",
    "price for {x}",
    "can you quote {x}",
    "pls quote {x}",
    "looking for {x}",
    "need {x} asap",
    "do you stock {x}?",
    "what's your price on {x}",
]


def wrap(rng: random.Random, lang: str, text: str) -> str:
    return rng.choice(WRAP_ES if lang == "es" else WRAP_EN).format(x=text)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def typo(rng: random.Random, text: str) -> str:
    """One slip of the thumb in a word of letters (never in a number or a code)."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 6]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    how = rng.choice(["swap", "drop", "double"])
    if how == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif how == "drop":
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def whatsapp(rng: random.Random, text: str) -> str:
    text = text.lower()
    if rng.random() < 0.6:
        text = strip_accents(text)
    if rng.random() < 0.4:
        text = typo(rng, text)
    return text


def bullet(rng: random.Random) -> str:
    n = rng.randint(1, 14)
    return rng.choice(["- ", "• ", f"{n}) ", f"{n}. ", f"{n}.- ", "* "])
