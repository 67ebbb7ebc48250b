"""What corpora 5 to 7 share and the later ones do not (session 13): their own reading of a
label (a pin may list alternatives, `a|b`; a line that fits nothing is "none"; codes compare
upper case), the draw of their description, brand-open and ambiguous lines, and their typo.

Why apart from `corpus.py`: corpora 8 on read labels another way (`corpus.fits`, `classify`,
`norm`), and these three were generated and checked with this one; each carried a copy of it.
Changing anything here changes their files: `tests/test_blind_corpora.py` says so at once.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from random import Random
from typing import Any, Generic, Protocol, TypeVar

from bench.blind.corpus import encode
from bench.catalog4.model import Product


def matches_any(facts: dict[str, str], pins: dict[str, str]) -> bool:
    return all(facts.get(k) in v.split("|") for k, v in pins.items())


def fits_any(products: list[Product], pins: dict[str, str]) -> list[Product]:
    """`matches_any` of each active product's facts, read without building them (the brand
    stands for `brand`, the attributes for the rest)."""
    allowed = [(k, v.split("|")) for k, v in pins.items()]
    return [
        p
        for p in products
        if p.active
        and all((p.brand if k == "brand" else p.attrs.get(k)) in vs for k, vs in allowed)
    ]


def classify_any(cands: list[Product]) -> str:
    if len(cands) == 1:
        return "description"
    if not cands:
        return "none"
    same = len({tuple(sorted(p.attrs.items())) for p in cands}) == 1
    return "brand_open" if same and len({p.brand for p in cands}) == len(cands) else "ambiguous"


T = TypeVar("T")


def pick(rng: Random, options: Sequence[T]) -> T:
    """One of `options` by one roll, as corpora 5 to 7 pick words (not `rng.choice`, whose
    draws differ)."""
    return options[int(rng.random() * len(options))]


def pipe_random(*parts: str) -> Random:
    """The generator of one draw as corpora 4 to 7 seed it: the sha256 of `parts` joined by "|"
    (corpora 6 and 7 lead with their prefix: `seeded = partial(pipe_random, "c6")`). Corpora 8
    on join by a unit separator (`corpus.sha_random`)."""
    return Random(int.from_bytes(hashlib.sha256("|".join(parts).encode()).digest()[:8], "big"))


def weighted(rows: Sequence[tuple[str, int]], rng: Random) -> str:
    """A customer of (customer, weight) `rows` drawn with one roll, as corpora 5 to 7 draw their
    askers (`customer = partial(weighted, CUSTOMERS)`); "" (a guest) past the last."""
    roll = rng.random() * sum(w for _, w in rows)
    for cid, weight in rows:
        roll -= weight
        if roll < 0:
            return cid
    return ""


def same_qty(q: Said, cands: list[Product]) -> bool:
    """A box count means the same for every candidate only if they share pack_qty."""
    return q.shape != "box" or len({p.pack_qty for p in cands}) == 1


def deaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def code_norm(text: str) -> str:
    """Upper case, accents and punctuation dropped: how corpora 5 to 7 compare codes."""
    return re.sub(r"[^0-9A-Z]", "", deaccent(text).upper())


class Said(Protocol):
    """A quantity as corpora 6 and 7 write it: the value in the product's unit, and its shape."""

    @property
    def value(self) -> Decimal | None: ...

    @property
    def shape(self) -> str: ...


Q = TypeVar("Q", bound=Said)


@dataclass(frozen=True)
class Draw(Generic[Q]):
    """How corpora 6 and 7 draw their description, brand-open and ambiguous lines: products in
    the hash order of `order`, six rounds, each line said by a seeded customer in their language
    and kept while its kind wants lines and its kind of item is under its cap. Each corpus keeps
    its words, quantities and wrappers in the functions it passes; the draw (and the order of
    its rolls, which keeps the files byte-identical) is one piece of code."""

    order: str
    make: Callable[[str, str, str, list[str], Decimal | None, str, str, dict[str, str]], Any]
    targets: Mapping[str, int]
    type_cap: Mapping[str, int]
    omittable: Mapping[str, str]
    seeded: Callable[..., Random]
    customer: Callable[[Random], str]
    lang_for: Callable[[str, Random], str]
    say: Callable[[Product, Random, str, bool, str], tuple[str, dict[str, str]]]
    qty_for: Callable[..., Q]
    same_qty: Callable[[Q, list[Product]], bool]
    dress: Callable[[str, Q, bool, Random, dict[str, str], str], str]

    def lines(self, products: list[Product], seen: set[str]) -> list[Any]:
        rows: list[Any] = []
        count: Counter[str] = Counter()
        active = sorted(
            (p for p in products if p.active),
            key=lambda p: hashlib.sha256(f"{self.order}|{p.key}".encode()).digest(),
        )
        per_type: Counter[tuple[str, str]] = Counter()  # no kind of item crowds out the others
        for p in active * 6:
            if all(count[k] >= self.targets[k] for k in ("description", "brand_open", "ambiguous")):
                break
            rng = self.seeded("line", p.key, str(len(rows)))
            cid = self.customer(rng)
            lang = self.lang_for(cid, rng)
            en = lang == "en"
            wanted = count["ambiguous"] < self.targets["ambiguous"]
            omit = self.omittable.get(p.attrs["type"], "") if wanted and rng.random() < 0.2 else ""
            brand = not omit and rng.random() < 0.5
            words, pins = self.say(p, rng, lang, brand, omit)
            cands = fits_any(products, pins)
            kind = classify_any(cands)
            if p not in cands:
                raise AssertionError(f"{p.key}: {words!r} does not fit its own product ({pins})")
            if kind == "none" or count[kind] >= self.targets[kind] or words in seen:
                continue
            if per_type[kind, p.attrs["type"]] >= self.type_cap[kind]:
                continue
            if kind != "description" and len({c.uom for c in cands}) != 1:
                continue
            q = self.qty_for(p, rng, en, cid, boxes=kind == "description")
            if kind != "description" and not self.same_qty(q, cands):
                continue
            note = {"lang": lang}
            text = self.dress(words, q, en, rng, note, p.uom)
            seen.add(words)
            count[kind] += 1
            per_type[kind, p.attrs["type"]] += 1
            skus = [] if kind == "ambiguous" else sorted(c.sku for c in cands)
            note.setdefault("qty", q.shape)
            note.update({"family": p.family, "facts": encode(pins)})
            if kind == "ambiguous":
                note["fits"] = "|".join(sorted(c.sku for c in cands)[:8])
            uom = p.uom if q.value is not None or kind != "ambiguous" else ""
            rows.append(self.make("", cid, text, skus, q.value, uom, kind, note))
        return rows


def swap_slip(text: str, rng: Random, protect: Iterable[str]) -> str:
    """One thumb slip (two letters swapped) in a word of six letters or more that is no brand or
    quantity word (corpora 5 to 7)."""
    words = text.split(" ")
    spots = [
        i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.lower() not in protect
    ]
    if not spots:
        return text
    i = spots[int(rng.random() * len(spots))]
    w = words[i]
    j = 1 + int(rng.random() * (len(w) - 3))
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


class Worded(Said, Protocol):
    """A quantity of corpora 6 and 7 with its words: `lead` before the item, `tail` after it."""

    @property
    def lead(self) -> str: ...

    @property
    def tail(self) -> str: ...


# the quantity shapes a spreadsheet row can carry as a number in a cell
CELL_SHAPES = ("x", "length", "weight", "box", "bars", "thousands", "word")


@dataclass(frozen=True)
class Dresser:
    """How corpora 6 and 7 dress a line: one roll picks the channel; with `xlsx`, an eighth of
    the lines with a quantity in a cell's shape are a spreadsheet row (the amount as `cell`
    writes it, a unit of `unit_cells`), the rest the quantity's words around the item
    (`mend` tidies what they make), nearly half wrapped in a question, then two in three a
    WhatsApp (lower case, no accents, a slip two in five outside `protect`) and the rest an
    email's `bullets` line. Each corpus keeps its words; the rolls, in this order, are shared."""

    wrap_es: Sequence[str]
    wrap_en: Sequence[str]
    bullets: Sequence[str]
    unit_cells: Mapping[str, Sequence[str]]
    protect: Iterable[str]
    cell: Callable[[Decimal], str]
    mend: Callable[[str], str] = str

    def __call__(
        self,
        words: str,
        q: Worded,
        en: bool,
        rng: Random,
        note: dict[str, str],
        uom: str,
        xlsx: bool = True,
    ) -> str:
        roll = rng.random()
        if xlsx and roll < 0.12 and q.value is not None and q.shape in CELL_SHAPES:
            note["fmt"] = "xlsx"
            note["qty"] = "cell"
            shown = words.upper() if rng.random() < 0.5 else words
            unit_cell = pick(rng, self.unit_cells[uom])
            amount = self.cell(q.value)  # a box of an item sold by the unit: its units
            return pick(rng, (f"{amount}\t{unit_cell}\t{shown}", f"{shown}\t{amount}",
                              f"{int(rng.random() * 12) + 1}\t{shown}\t{amount}\t{unit_cell}",
                              f"{shown}\t{unit_cell}\t{amount}"))  # fmt: skip
        text = self.mend(f"{q.lead}{words}{q.tail}")
        if rng.random() < 0.45:
            form = pick(rng, self.wrap_en if en else self.wrap_es)
            text = form.replace("{x}", text)
            note["wrapped"] = "yes" if form != "{x}" else ""
        if roll < 0.65:
            note["fmt"] = "whatsapp"
            text = deaccent(text).lower()
            if rng.random() < 0.4:
                slipped = swap_slip(text, rng, self.protect)
                if slipped != text:
                    note["slip"] = "yes"
                    text = slipped
        else:
            note["fmt"] = "email"
            bullet = pick(rng, self.bullets)
            text = bullet + (text[0].upper() + text[1:] if rng.random() < 0.5 else text)
        return text
