"""The tail of a blind corpus's generator (corpora 14 on): the code lines, the maker's number as
a buyer shapes it, and the label check of codes written short.

Why here: corpora 14 to 16 each carried the same code-line loop and the same maker's-number
shape with other words (corpora 8 to 10 another one: `cased_shape`), and 15 and 16 the same
`check` with another rule of what a short code is (the rolls in the same order, which is what
keeps their committed CSVs byte-identical). The words, tables and seeds stay in each corpus's
folder and are passed in; only the order of the calls lives here. How a line is dressed lives
in dress.py. Beside corpus.py rather than in it: that module is already past the house's size.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Container, Sequence
from pathlib import Path
from random import Random
from typing import TypeVar

from bench.blind import corpus
from bench.catalog4.model import Product

R = TypeVar("R")
Make = Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R]


def code_lines(
    voice: corpus.Voice,
    make: Make[R],
    products: list[Product],
    *,
    seed: str,
    target: int,
    spell: Callable[[Product, Random], str],
    shapes: tuple[Sequence[str], Sequence[str]],
    kind: Callable[[dict[str, str], bool, Random], str],
    mend: Callable[[str, str, str, str, str, dict[str, str]], str],
    needle: Callable[[Product, str], str] = lambda p, spelled: spelled,
) -> list[R]:
    """An item code copied off an old quote or invoice, with words around it: the first `target`
    active products in `sha256(seed|key)` order, each asked by a buyer drawn from
    `seeded("code", key)`, who spells the code (`spell`), puts it in one of `shapes` (Spanish,
    English; `{s}` the code) and with the chance 0.4 the kind of item after it (`kind`). The line
    is dressed as the voice dresses one, then `mend(text, shape, spelled, qty, region, note)`
    puts right what dressing did to the code, and the code (`needle`) reaches the line as copied
    (`corpus.unslipped`)."""
    def order(p: Product) -> str:
        return hashlib.sha256(f"{seed}|{p.key}".encode()).hexdigest()

    active = sorted((p for p in products if p.active), key=order)
    rows = []
    for p in active[:target]:
        rng = voice.seeded("code", p.key)
        cid, region = voice.asker(rng)
        spelled = spell(p, rng)
        shape = rng.choice(shapes[1] if region == "en" else shapes[0]).format(s=spelled)
        if rng.random() < 0.4:
            shape += " " + kind({"type": p.attrs["type"]}, region == "en", rng)
        note = voice.note(region, p)
        text, qty = voice.dress(shape, p, region, rng, note)
        text = mend(text, shape, spelled, qty, region, note)
        line = corpus.unslipped(text, shape, qty, needle(p, spelled), note)
        rows.append(make("", cid, line, [p.sku], qty, p.uom, "code", note))
    return rows


def run_apart(text: str, spelled: str, qty: str) -> str:
    """A bare count written against the code would run into it: `code x count` instead."""
    run = rf"(?<![\d.,]){re.escape(qty)} {re.escape(spelled)}"
    if qty and re.search(run, text):
        return re.sub(run, f"{spelled} x {qty}", text)
    return text


def maker_shape(
    es: tuple[str, str], en: tuple[str, str]
) -> Callable[[Product, str, str, Random], str]:
    """How a buyer writes a maker's part number (`Voice.maker_rows`): the brand before it where
    the number is bare digits or (with the chance 0.4) does not carry it, then as it is, in lower
    case, or in one of the region's two phrasings (`{b}` the number: "o similar", "ref. …")."""

    def shape(p: Product, alias: str, region: str, rng: Random) -> str:
        branded = alias.isdigit() or (
            p.brand.lower() not in alias.lower() and rng.random() < 0.4
        )
        bare = f"{p.brand} {alias}" if branded else alias
        equal = (es[0] if region != "en" else en[0]).format(b=bare)
        named = (en[1] if region == "en" else es[1]).format(b=bare)
        return rng.choice((bare, bare.lower(), equal, named))

    return shape


def cased_shape(
    es: str, en: str, english: Container[str] = ("en",)
) -> Callable[[Product, str, str, Random], str]:
    """How corpora 8 to 10 write a maker's part number (`Voice.maker_rows`): as copied, upper
    case, lower case, or followed by the region's "or equivalent" (`es`, or `en` for a region
    in `english`)."""

    def shape(p: Product, alias: str, region: str, rng: Random) -> str:
        said = en if region in english else es
        return rng.choice((alias, alias.upper(), alias.lower(), f"{alias} {said}"))

    return shape


def check_short(text: str, folder: Path, carries: Callable[[str, str], bool]) -> list[str]:
    """`corpus.check`, where a code line may carry its item code as buyers write it short:
    `carries(sku, text)` says the text carries `sku` so (corpus 15's material number without
    S/4's leading zeros, corpus 16's dotted code without each part's)."""
    codes = {r["id"]: r for r in csv.DictReader(io.StringIO(text)) if r["kind"] == "code"}
    problems = []
    for problem in corpus.check(text, folder):
        row = codes.get(problem.split(":", 1)[0])
        short = problem.endswith("the code line does not carry its SKU")
        if row and short and carries(row["expected_sku"], row["text"]):
            continue
        problems.append(problem)
    return problems

