"""How a blind corpus (15 on) dresses an item's words as a buyer's line, and draws its item lines.

Why here: corpora 15 and 16 each carried the same `dress` (a channel drawn by region, the quantity
around the item, a spreadsheet row, an e-mail's bullet or a hurried chat line) and the same
`generated` call, differing only in their words; corpus 17 takes both from here. What a corpus
says (its regions' channels and wrappers, bullets, unit cells, quantity words) stays in its own
folder and is passed in. The order of the rolls is that of corpora 15 and 16, so either can move
here without its committed CSVs changing (`tests/test_blind_corpora.py` would say so at once).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from random import Random
from typing import Generic

from bench.blind import corpus
from bench.catalog4.model import Product

# (before, after, expected quantity) of an item in the item's unit, as `quantity(p, en, rng)` says
Said = tuple[str, str, str]


@dataclass(frozen=True)
class Dress:
    """A corpus's way of dressing lines: `formats[region]` the channels drawn from (whatsapp,
    email, xlsx), `quantity` and `count` its quantity words and numbers, `unit_cells[en][uom]` a
    spreadsheet's unit cell, `bullets[en]` an e-mail's bullets, `wraps[region]` the sentences an
    item goes in (`{x}`), `protect` the words a slip must not touch, `upper` the share of
    spreadsheet rows in capitals."""

    formats: Mapping[str, Sequence[str]]
    quantity: Callable[[Product, bool, Random], Said]
    count: Callable[[int, bool], str]
    unit_cells: Mapping[bool, Mapping[str, Sequence[str]]]
    bullets: Mapping[bool, Sequence[str]]
    wraps: Mapping[str, Sequence[str]]
    protect: Iterable[str]
    upper: float

    def __call__(
        self, item: str, p: Product, region: str, rng: Random, note: dict[str, str]
    ) -> tuple[str, str]:
        """The whole line around an item's words: quantity, channel, wrapper, slips; returns
        (text, quantity in the item's unit)."""
        en = region == "en"
        fmt = rng.choice(self.formats[region])
        before, after, qty = self.quantity(p, en, rng)
        note.update(fmt=fmt, qty="yes" if qty else "none")
        if fmt == "xlsx":  # a requisition row: the quantity in the item's unit, its unit in a cell
            count = self.count(int(qty), en) if qty else ""
            cells = self.unit_cells[en][p.uom]
            seps = ("\t", " | ", ";")
            return corpus.requisition(item, count, lambda: cells, seps, rng, self.upper), qty
        body = " ".join(x for x in (before, item, after) if x)
        if fmt == "email":
            bullets, wraps = self.bullets[en], self.wraps[region]
            return corpus.bulleted(body, bullets, wraps, rng, wrapped=0.3), qty
        text = rng.choice(self.wraps[region]).format(x=body)
        return corpus.hurried(text, rng, en=en, protect=self.protect, note=note), qty

    def part_rows(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], corpus.R],
        products: list[Product],
        xrefs: Iterable[tuple[str, str, str]],
        shapes: Mapping[str, Sequence[str]],
        buyers: corpus.Buyers,
        *,
        seeded: Callable[..., Random],
        say: Callable[[dict[str, str], bool, Random], str],
    ) -> list[corpus.R]:
        """A customer's own part numbers (`corpus.part_lines`) in this dress's quantities,
        counts, first unit cell and bullets."""
        return corpus.part_lines(
            make, products, xrefs, shapes, buyers, seeded=seeded, quantity=self.quantity,
            say=say, count=self.count, unit_cell=lambda p, en: self.unit_cells[en][p.uom][0],
            bullets=lambda en: self.bullets[en],
        )  # fmt: skip


@dataclass(frozen=True)
class RegionalDress(Dress):
    """A dress for a corpus with several English regions (corpora 22 on), named in `english`:
    each dresses a line as English with its own channels and sentences (`formats[region]`,
    `wraps[region]`), and every region says quantities and counts its own way
    (`say_quantity(p, region, rng)`, `say_count(n, region)`); the plain dress knows one English
    region, `en`, and one way of counting (`quantity` and `count`, still what part rows use).

    Why here: corpus 22 wrote this dress for its two English regions and corpus 23 needed the
    same for three; the words stay in each corpus, the rolls are the plain dress's."""

    english: tuple[str, ...]
    say_quantity: Callable[[Product, str, Random], Said]
    say_count: Callable[[int, str], str]

    def __call__(
        self, item: str, p: Product, region: str, rng: Random, note: dict[str, str]
    ) -> tuple[str, str]:
        def quantity(p: Product, en: bool, rng: Random) -> Said:
            return self.say_quantity(p, region, rng)

        def count(n: int, en: bool) -> str:
            return self.say_count(n, region)

        formats = {**self.formats, "en": self.formats[region]}
        wraps = {**self.wraps, "en": self.wraps[region]}
        worn = replace(self, quantity=quantity, count=count, formats=formats, wraps=wraps)
        return Dress.__call__(worn, item, p, "en" if region in self.english else region, rng, note)


def one_unit(cands: list[Product]) -> bool:
    """A seller could enter one quantity for all of `cands`: one unit, one pack."""
    return len({(c.uom, c.pack_qty) for c in cands}) == 1


def item_rows(
    voice: corpus.Voice,
    make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], corpus.R],
    products: list[Product],
    *,
    seed: str,
    targets: Mapping[str, int],
    caps: Mapping[str, int],
    omit: dict[str, tuple[str, ...]],
    silent: Sequence[str],
    roll: Callable[[str, str], float],
) -> list[corpus.R]:
    """The description, brand-open and ambiguous lines of a corpus (`corpus.item_lines` with its
    facts' `type`), each made by `voice.fitted_row` less the `silent` facts."""
    row_for = partial(voice.fitted_row, make, products, silent=silent, same_unit=one_unit)
    return corpus.item_lines(
        products, seed=seed, targets=targets, caps=caps, type_key="type", omit=omit,
        silent=silent, roll=roll, row_for=row_for,
    )  # fmt: skip


def thousands(n: int, en: bool) -> str:
    """A count as a buyer writes it: `1,000` in English, `1.000` in Spanish."""
    s = f"{n:,}"
    return s if en else s.replace(",", ".")


def branded(
    words: str, brand: str | None, en: bool, rng: Random, said: Callable[[str, bool, Random], str]
) -> str:
    """An item's words and, where pinned, its brand (as `said` writes it) after them three
    times in four, else before them in English and after a comma in Spanish."""
    if not brand:
        return words
    if rng.random() < 0.75:
        return f"{words} {said(brand, en, rng)}"
    return f"{brand} {words}" if en else f"{words}, {brand}"


def ref_wrap(
    es: Sequence[str], en: Sequence[str], english: Iterable[str] = ("en",)
) -> Callable[[str, str, Random], str]:
    """The usual `wrap` of a maker's reference (`maker_lines`, `Made.wrap_ref`; corpora 19 on):
    one of the region's phrasings (`{b}` the reference), `en` for a region in `english`."""
    english = tuple(english)

    def wrap(bare: str, region: str, rng: Random) -> str:
        return rng.choice(en if region in english else es).format(b=bare)

    return wrap


def maker_lines(
    voice: corpus.Voice,
    make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], corpus.R],
    products: list[Product],
    *,
    seed: str,
    target: int,
    wrap: Callable[[str, str, Random], str],
) -> list[corpus.R]:
    """Maker's-reference lines: up to `target` products (five of a type at most) each with a
    reference only it carries, written bare or after the brand (always when it is only digits,
    else two times in five when the brand is not in it) and wrapped by `wrap(bare, region, rng)`."""

    def shape(p: Product, alias: str, region: str, rng: Random) -> str:
        named = p.brand.lower() in alias.lower()
        alone = not alias[:4].isdigit() and (named or rng.random() >= 0.4)
        return wrap(alias if alone else f"{p.brand} {alias}", region, rng)

    refs = corpus.maker_refs(products, seed=seed, target=target, cap=5, type_key="type")
    return voice.maker_rows(make, refs, shape)


def code_lines(
    voice: corpus.Voice,
    dress: Dress,
    make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], corpus.R],
    products: list[Product],
    *,
    seed: str,
    target: int,
    spaced: Callable[[str], str],
    shapes: Mapping[bool, Sequence[str]],
    english: Callable[[str], bool] = lambda region: region == "en",
) -> list[corpus.R]:
    """Item-code lines (corpora 17 on): up to `target` active products in the order of SHA-256
    of `seed` and the key, each code copied off an old quote, invoice or label whole (two times in
    four), in lower case or `spaced` as the label reads, in one of `shapes[en]` (`{s}` the code;
    `english(region)` says whether a region writes English: corpus 23 has three such regions)."""
    def order(p: Product) -> str:
        return hashlib.sha256(f"{seed}{p.key}".encode()).hexdigest()

    rows = []
    for p in sorted((p for p in products if p.active), key=order)[:target]:
        rng = voice.seeded("code", p.key)
        cid, region = voice.asker(rng)
        num = rng.choice((p.sku, p.sku, p.sku.lower(), spaced(p.sku)))
        shape = rng.choice(shapes[english(region)]).format(s=num)
        note = voice.note(region, p)
        text, qty = dress(shape, p, region, rng, note)
        run = rf"(?<![\d.,]){re.escape(qty)} {re.escape(num)}"
        if qty and re.search(run, text):  # a bare count against the code would run into it
            text = re.sub(run, f"{num} x {qty}", text)
        text = corpus.unslipped(text, shape, qty, num, note)
        rows.append(make("", cid, text, [p.sku], qty, p.uom, "code", note))
    return rows


@dataclass(frozen=True)
class Made(Generic[corpus.R]):
    """The four kinds of line a corpus (20 on) makes of its catalog, in this order: item lines
    (description, brand-open, ambiguous: `item_rows` to `targets`, `caps`, `omit`, `silent`), item
    codes (`code_lines`, `spaced`, `code_shapes`), customers' part numbers (`Dress.part_rows` of
    `xrefs(products)` in `part_shapes`, `say_kind`) and makers' references (`maker_lines` wrapped
    by `wrap_ref`), each drawn with seeds `<prefix>items`, `<prefix>code` and `<prefix>mfr`.

    Why here: corpora 20 and 21 each wrote the same four functions around these calls, with only
    their own words and tables passed; a corpus now fills this in and hands `rows` to its
    `corpus.Generator` (the rolls are the same, so corpus 20's committed CSVs do not move)."""

    voice: corpus.Voice
    dress: Dress
    make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], corpus.R]
    buyers: corpus.Buyers
    seeded: Callable[..., Random]
    prefix: str
    targets: Mapping[str, int]
    caps: Mapping[str, int]
    omit: dict[str, tuple[str, ...]]
    silent: Sequence[str]
    spaced: Callable[[str], str]
    code_shapes: Mapping[bool, Sequence[str]]
    part_shapes: Mapping[str, Sequence[str]]
    xrefs: Callable[[list[Product]], Iterable[tuple[str, str, str]]]
    say_kind: Callable[[dict[str, str], bool, Random], str]
    wrap_ref: Callable[[str, str, Random], str]
    codes: int = 36
    refs: int = 30
    english: Callable[[str], bool] = lambda region: region == "en"

    def items(self, products: list[Product]) -> list[corpus.R]:
        return item_rows(
            self.voice, self.make, products, seed=f"{self.prefix}items", targets=self.targets,
            caps=self.caps, omit=self.omit, silent=self.silent,
            roll=lambda what, key: self.seeded(what, key).random(),
        )  # fmt: skip

    def code_rows(self, products: list[Product]) -> list[corpus.R]:
        return code_lines(
            self.voice, self.dress, self.make, products, seed=f"{self.prefix}code",
            target=self.codes, spaced=self.spaced, shapes=self.code_shapes, english=self.english,
        )  # fmt: skip

    def part_rows(self, products: list[Product]) -> list[corpus.R]:
        return self.dress.part_rows(
            self.make, products, self.xrefs(products), self.part_shapes, self.buyers,
            seeded=self.seeded, say=self.say_kind,
        )  # fmt: skip

    def maker_rows(self, products: list[Product]) -> list[corpus.R]:
        return maker_lines(
            self.voice, self.make, products, seed=f"{self.prefix}mfr", target=self.refs,
            wrap=self.wrap_ref,
        )  # fmt: skip

    @property
    def rows(self) -> tuple[Callable[[list[Product]], list[corpus.R]], ...]:
        """What `corpus.Generator` calls as its `made`, in the order the lines are numbered."""
        return (self.items, self.code_rows, self.part_rows, self.maker_rows)
