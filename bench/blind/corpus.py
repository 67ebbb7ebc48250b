"""The mechanics of a blind corpus generator (bench/corpusN/generate.py): numbering, the
tune/holdout split, the CSV text, the label check against the catalog's CSV files, and `main`.

Why here: corpora 4 to 10 each carried a copy of these lines, copied from the generator before
with only the catalog number changed. The content of a corpus (its phrases, customers, kinds of
mistake) stays in its own folder and is written blind; what is shared is only how rows become
files, so that every corpus is split and checked the same way. Changing anything here changes
every corpus's files: `tests/test_blind_corpora.py` says so at once (the CSVs are committed).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from random import Random
from typing import ClassVar, Generic, Protocol, TypeVar

from bench.catalog4.model import Product

COLUMNS = [
    "id",
    "catalog",
    "customer_id",
    "text",
    "expected_sku",
    "expected_qty",
    "expected_uom",
    "kind",
    "note",
]
KINDS = (
    "description",
    "brand_open",
    "code",
    "customer_part",
    "mfr_ref",
    "ambiguous",
    "not_stocked",
    "not_item",
)


class Labelled(Protocol):
    """What the split and the CSV writing need of a generator's row."""

    id: str
    kind: str
    note: dict[str, str]

    def csv(self) -> list[str]: ...


R = TypeVar("R", bound=Labelled)


@dataclass
class Row:
    """One labelled line; a corpus subclasses it to name its catalog (`CATALOG = "catalog8"`)."""

    CATALOG: ClassVar[str] = ""
    id: str
    customer_id: str
    text: str
    skus: list[str]
    qty: str
    uom: str
    kind: str
    note: dict[str, str] = field(default_factory=dict)

    def csv(self) -> list[str]:
        note = ";".join(f"{k}={v}" for k, v in self.note.items())
        return [
            self.id,
            self.CATALOG,
            self.customer_id,
            self.text,
            "|".join(self.skus),
            self.qty,
            self.uom,
            self.kind,
            note,
        ]


@dataclass
class DecimalRow:
    """A labelled line of corpora 4 to 7: the quantity a Decimal (written `12`, `2.5`), empty
    note values left out. A corpus subclasses it to name its catalog."""

    CATALOG: ClassVar[str] = ""
    id: str
    customer_id: str
    text: str
    skus: list[str]
    qty: Decimal | None
    uom: str
    kind: str
    note: dict[str, str] = field(default_factory=dict)

    def csv(self) -> list[str]:
        qty = (
            "" if self.qty is None else str(self.qty.normalize() if self.qty % 1 else int(self.qty))
        )
        note = ";".join(f"{k}={v}" for k, v in self.note.items() if v != "")
        return [
            self.id,
            self.CATALOG,
            self.customer_id,
            self.text,
            "|".join(self.skus),
            qty,
            self.uom,
            self.kind,
            note,
        ]


def sha_random(prefix: str, *parts: str) -> Random:
    """The generator of one draw (corpora 8 on): seeded by the sha256 of the corpus's `prefix`
    (`c15`) and `parts`, joined by a unit separator, so that no draw depends on another's. A
    corpus binds its prefix: `seeded = partial(sha_random, "c15")`."""
    key = hashlib.sha256("\x1f".join((prefix, *parts)).encode()).digest()[:8]
    return Random(int.from_bytes(key, "big"))


def sha_roll(prefix: str, *parts: str) -> float:
    """One number in [0, 1) drawn as `sha_random(prefix, *parts)` draws it first."""
    return sha_random(prefix, *parts).random()


def matches(facts: dict[str, str], pins: dict[str, str]) -> bool:
    """Every pinned fact is the product's (corpora 8 on; 5 to 7 let a pin list alternatives)."""
    return all(facts.get(k) == v for k, v in pins.items())


def encode(pins: dict[str, str]) -> str:
    return ",".join(f"{k}:{v}" for k, v in sorted(pins.items()))


def decode(text: str) -> dict[str, str]:
    return dict(kv.split(":", 1) for kv in text.split(",") if kv)


def norm(text: str) -> str:
    """Lower case, accents and everything but letters and digits dropped (corpora 8 on)."""
    text = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)))


def number(rows: list[R], prefix: str, drop: Iterable[str] = ()) -> list[R]:
    """Ids `<prefix>-<kind, six letters>-<nnn>`, counted within each kind in the rows' order;
    the note keys in `drop` (a generator's working marks) are taken out on the way."""
    per_kind: Counter[str] = Counter()
    for row in rows:
        per_kind[row.kind] += 1
        row.id = f"{prefix}-{row.kind.replace('_', '')[:6]}-{per_kind[row.kind]:03d}"
        for key in drop:
            row.note.pop(key, None)
    return rows


def stratum(row: Labelled) -> str:
    """Kind, family and channel: what the split balances."""
    return "|".join((row.kind, row.note.get("family", ""), row.note.get("fmt", "")))


def split(
    rows: list[R], kinds: Iterable[str] = KINDS, by: Callable[[R], str] | None = stratum
) -> tuple[list[R], list[R]]:
    """Within each kind, order by `by` (None: by nothing) then SHA-256 of the id and alternate;
    odd kinds give tune the extra line. Corpora 4 and 5 were split with `by=None`."""
    tune: list[R] = []
    holdout: list[R] = []

    def key(r: R) -> tuple[str, str]:
        return (by(r) if by else "", hashlib.sha256(r.id.encode()).hexdigest())

    for kind in kinds:
        mine = sorted((r for r in rows if r.kind == kind), key=key)
        tune += mine[0::2]
        holdout += mine[1::2]
    return sorted(tune, key=lambda r: r.id), sorted(holdout, key=lambda r: r.id)


def split_dicts(
    rows: list[dict[str, str]], stratum: Callable[[dict[str, str]], tuple[str, ...]]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The split of the first corpora, whose rows are dicts of COLUMNS (catalog 2 and the demo
    by catalog and kind, corpus 3 by kind): within each `stratum`, in sorted order, the rows in
    SHA-256 order of their id alternate tune / holdout (odd: tune the extra line); each set
    keeps the rows' order."""
    strata: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in rows:
        strata.setdefault(stratum(row), []).append(row)
    tune: list[dict[str, str]] = []
    holdout: list[dict[str, str]] = []
    for key in sorted(strata):
        ordered = sorted(strata[key], key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        for i, row in enumerate(ordered):
            (tune if i % 2 == 0 else holdout).append(row)
    order = {r["id"]: i for i, r in enumerate(rows)}
    return sorted(tune, key=lambda r: order[r["id"]]), sorted(holdout, key=lambda r: order[r["id"]])


def write_dicts(path: Path, rows: Iterable[dict[str, str]]) -> None:
    """A CSV file of dict rows (corpora 2 and 3): header COLUMNS, "\\n" line ends."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def render(rows: Iterable[Labelled]) -> str:
    """The CSV text of some rows (header COLUMNS, ordered by id, "\\n" line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in sorted(rows, key=lambda r: r.id):
        writer.writerow(row.csv())
    return out.getvalue()


def files(rows: list[R], by: Callable[[R], str] | None = stratum) -> dict[str, str]:
    """all.csv, tune.csv and holdout.csv of the built rows."""
    tune, holdout = split(rows, by=by)
    return {"all.csv": render(rows), "tune.csv": render(tune), "holdout.csv": render(holdout)}


def check(text: str, folder: Path) -> list[str]:
    """Every label of `text` (all.csv) against the catalog's CSV files in `folder` (corpora 8 on):
    the SKUs are active and sold by the labelled unit, the facts fit exactly the labelled SKUs,
    codes, customer parts and maker references are in the text, not-stocked lines fit nothing."""
    with (folder / "products.csv").open(encoding="utf-8") as handle:
        products = {r["sku"]: r for r in csv.DictReader(handle)}
    with (folder / "cross_references.csv").open(encoding="utf-8") as handle:
        xrefs = {(r["customer_id"], r["customer_part"]): r["sku"] for r in csv.DictReader(handle)}
    facts = {
        sku: {
            **dict(kv.split("=", 1) for kv in r["attributes"].split("|") if kv),
            "brand": r["brand"],
        }
        for sku, r in products.items()
        if r["active"] == "true"
    }
    alias_count = Counter(norm(a) for r in products.values() for a in r["aliases"].split("|") if a)
    everything = [
        norm(" ".join((r["name"], r["description"], r["aliases"]))) for r in products.values()
    ]
    problems = []
    for r in csv.DictReader(io.StringIO(text)):
        note = dict(kv.split("=", 1) for kv in r["note"].split(";") if "=" in kv)
        skus = [s for s in r["expected_sku"].split("|") if s]
        where = f"{r['id']}: {r['text']!r}"
        for sku in skus:
            if sku not in products or products[sku]["active"] != "true":
                problems.append(f"{where}: {sku} is not an active product")
            elif products[sku]["uom"] != r["expected_uom"]:
                problems.append(
                    f"{where}: uom {r['expected_uom']} but {sku} is sold by {products[sku]['uom']}"
                )
        if r["expected_qty"] and not re.fullmatch(r"\d+", r["expected_qty"]):
            problems.append(f"{where}: quantity {r['expected_qty']!r} is not a whole number")
        kind = r["kind"]
        found = (
            sorted(s for s, f in facts.items() if matches(f, decode(note["facts"])))
            if "facts" in note
            else None
        )
        if found is not None:
            if kind in ("description", "brand_open") and found != sorted(skus):
                problems.append(f"{where}: the facts fit {found}, not {skus}")
            if kind == "ambiguous" and (len(found) < 2 or note.get("fits", "").split("|") != found):
                problems.append(f"{where}: ambiguous but the facts fit {found}")
            if kind == "not_stocked" and found:
                problems.append(f"{where}: not stocked but the facts fit {found}")
        elif kind in ("description", "brand_open", "ambiguous"):
            problems.append(f"{where}: no facts")
        problems += _kind_problems(
            r, note, skus, where, products=products, xrefs=xrefs, norm=norm,
            carries=lambda sku, line: norm(sku) in norm(line), alias_count=alias_count,
            everything=everything, brand_open_at_least=2,
        )  # fmt: skip
    return problems


# --- building rows from a catalog (corpora 11 on) ------------------------------------------------


def fits(products: Iterable[Product], pins: dict[str, str]) -> list[Product]:
    """The active products whose facts (attributes and brand) are all the pinned ones."""
    pinned = pins.items()
    return [
        p
        for p in products
        if p.active
        and all((p.brand if k == "brand" else p.attrs.get(k)) == v for k, v in pinned)
    ]


def quiet(products: list[Product], pins: dict[str, str], silent: Iterable[str]) -> dict[str, str]:
    """The pins minus the `silent` facts a buyer would not bother to say: each, in turn, whose
    absence leaves as many products fitting."""
    out = dict(pins)
    for key in silent:
        if key in out:
            trial = {k: v for k, v in out.items() if k != key}
            if len(fits(products, trial)) == len(fits(products, out)):
                out = trial
    return out


def classify(cands: list[Product]) -> str:
    """The kind of line whose facts fit `cands`: none is not stocked, one a description, one
    item in several brands brand-open, anything else ambiguous."""
    if not cands:
        return "not_stocked"
    if len(cands) == 1:
        return "description"
    if len({encode(p.attrs) for p in cands}) == 1 and len({p.brand for p in cands}) == len(cands):
        return "brand_open"
    return "ambiguous"


def pick(
    products: Iterable[Product],
    *,
    target: int,
    cap: int,
    type_of: Callable[[Product], str],
    pins_for: Callable[[Product], dict[str, str] | None],
    row_for: Callable[[Product, dict[str, str]], R | None],
) -> list[R]:
    """Up to `target` rows of one kind, from `products` in their order: at most `cap` of a type,
    never the same pins twice; `pins_for` says what a buyer pins of a product (None: nothing of
    this kind), `row_for` makes the line (None: the pins do not make a line of this kind)."""
    rows: list[R] = []
    per_type: Counter[str] = Counter()
    done: set[str] = set()
    for p in products:
        if len(rows) >= target:
            break
        t = type_of(p)
        if per_type[t] >= cap:
            continue
        pins = pins_for(p)
        if pins is None or encode(pins) in done:
            continue
        row = row_for(p, pins)
        if row is not None:
            done.add(encode(pins))
            per_type[t] += 1
            rows.append(row)
    return rows


def pins_for(
    products: list[Product],
    p: Product,
    kind: str,
    *,
    type_key: str,
    omit: dict[str, tuple[str, ...]],
    silent: Iterable[str],
    roll: Callable[[str, str], float],
) -> dict[str, str] | None:
    """What a buyer writing a line of `kind` about `p` pins: all its attributes, and its brand in
    a description when the quiet pins fit more than it (or when `roll("brand", key)` < 0.3); an
    ambiguous line leaves out the first of the facts `omit` names for its type (the first two
    when `roll("omit", key)` < 0.3), and there is none when its type names none."""
    pins = {**p.attrs}
    if kind == "description":
        if len(fits(products, quiet(products, pins, silent))) > 1 or roll("brand", p.key) < 0.3:
            pins["brand"] = p.brand
    elif kind == "ambiguous":
        left_out = omit.get(p.attrs[type_key])
        if not left_out:
            return None
        for k in left_out[: 1 + int(roll("omit", p.key) < 0.3)]:
            pins.pop(k, None)
    return pins


def inactive_lines(
    products: list[Product], keys: Iterable[str], line: Callable[[Product, dict[str, str]], R]
) -> list[R]:
    """A not-stocked line for each inactive product of `keys` that no active one replaces exactly:
    `line` writes it from all its facts, which its note then names, with the inactive SKU."""
    by_key = {p.key: p for p in products}
    rows = []
    for key in keys:
        p = by_key[key]
        pins = {**p.attrs, "brand": p.brand}
        if fits(products, pins):
            continue
        row = line(p, pins)
        row.note["facts"] = encode(pins)
        row.note["inactive"] = p.sku
        rows.append(row)
    return rows


def maker_refs(
    products: list[Product],
    *,
    seed: str,
    target: int,
    cap: int,
    type_key: str,
    skip_codes: bool = True,
) -> list[tuple[Product, str]]:
    """Up to `target` active products (at most `cap` of a type), in the order of SHA-256 of `seed`
    and the key, each with its first alias that no other product carries and no item code equals:
    what a maker-reference line can name without naming two things (corpora 11 on; corpora 8 to
    10 did not look at the codes, `skip_codes=False`)."""
    counts = Counter(norm(a) for p in products for a in p.aliases)
    codes = {norm(p.sku) for p in products} if skip_codes else set()

    def own(p: Product) -> list[str]:
        return [a for a in p.aliases if counts[norm(a)] == 1 and norm(a) not in codes]

    cands = sorted(
        (p for p in products if p.active and own(p)),
        key=lambda p: hashlib.sha256(f"{seed}{p.key}".encode()).hexdigest(),
    )
    out: list[tuple[Product, str]] = []
    per_type: Counter[str] = Counter()
    for p in cands:
        if len(out) >= target:
            break
        if per_type[p.attrs[type_key]] < cap:
            per_type[p.attrs[type_key]] += 1
            out.append((p, own(p)[0]))
    return out


def unslipped(
    text: str, shape: str, qty: str, needle: str, note: dict[str, str], times: str = " x "
) -> str:
    """The dressed line, or `shape` (then ` x qty`; `times` between) when a slip fell on
    `needle`: the code or reference a line is about reaches the matcher as the buyer copied it
    (corpora 8 on; 8 to 10 wrote ` x` and the quantity)."""
    if norm(needle) in norm(text):
        return text
    note.pop("typo", None)
    return shape if not qty else f"{shape}{times}{qty}"


def thumb(text: str, rng: Random, protect: Iterable[str]) -> str:
    """A slip of the thumb in one lower-case word of five letters or more that is not in `protect`
    (the words that carry a quantity): two letters swapped or one dropped (corpora 13 on)."""
    protect = set(protect)
    words = [m for m in re.finditer(r"[a-záéíóúñ]{5,}", text) if m.group() not in protect]
    if not words:
        return text
    m = rng.choice(words)
    w, k = m.group(), rng.randrange(1, len(m.group()) - 1)
    typo = w[:k] + w[k + 1] + w[k] + w[k + 2 :] if rng.random() < 0.6 else w[:k] + w[k + 1 :]
    return text[: m.start()] + typo + text[m.end() :]


def item_lines(
    products: list[Product],
    *,
    seed: str,
    targets: Mapping[str, int],
    caps: Mapping[str, int],
    type_key: str,
    omit: dict[str, tuple[str, ...]],
    silent: Iterable[str],
    roll: Callable[[str, str], float],
    row_for: Callable[[Product, dict[str, str], str], R | None],
) -> list[R]:
    """The description, brand-open and ambiguous lines of a corpus (13 on): the active products
    in the order of SHA-256 of `seed` and the key, `pick`ed kind by kind (`targets`, `caps`);
    `row_for(p, pins, kind)` makes a line or says None."""
    active = sorted(
        (p for p in products if p.active),
        key=lambda p: hashlib.sha256(f"{seed}{p.key}".encode()).hexdigest(),
    )
    silent = tuple(silent)
    rows: list[R] = []
    for kind in ("description", "brand_open", "ambiguous"):

        def pins_of(p: Product, kind: str = kind) -> dict[str, str] | None:
            return pins_for(
                products, p, kind, type_key=type_key, omit=omit, silent=silent, roll=roll
            )

        def line(p: Product, pins: dict[str, str], kind: str = kind) -> R | None:
            return row_for(p, pins, kind)

        rows += pick(
            active, target=targets[kind], cap=caps[kind], type_of=lambda p: p.attrs[type_key],
            pins_for=pins_of, row_for=line,
        )  # fmt: skip
    return rows


def hand_lines(
    make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
    not_stocked: Iterable[tuple[str, str, dict[str, str] | str]],
    not_item: Iterable[tuple[str, str]],
    note_for: Callable[[str], dict[str, str]],
) -> list[R]:
    """The hand-written lines as rows (`make` is the corpus's Row): not-stocked ones with their
    facts or absent word in the note, then the ones that are not items; `note_for(customer)`
    starts each note."""
    rows = []
    for text, cid, what in not_stocked:
        note = note_for(cid)
        note.update({"facts": encode(what)} if isinstance(what, dict) else {"absent": what})
        rows.append(make("", cid, text, [], "", "", "not_stocked", note))
    for text, cid in not_item:
        rows.append(make("", cid, text, [], "", "", "not_item", note_for(cid)))
    return rows


def slip(text: str, rng: Random, protect: Iterable[str]) -> str:
    """One typo a hurried buyer makes in a word of five letters or more that is not in
    `protect`: a swapped pair, a lost letter or lost accents (corpora 8 to 11)."""
    words = text.split(" ")
    cands = [
        i for i, w in enumerate(words) if w.isalpha() and len(w) > 4 and w.lower() not in protect
    ]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    roll = rng.random()
    if roll < 0.4:
        j = rng.randrange(1, len(w) - 2)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif roll < 0.7:
        j = rng.randrange(1, len(w) - 1)
        w = w[:j] + w[j + 1 :]
    else:
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    words[i] = w
    return " ".join(words)


def bulleted(
    body: str, bullets: Sequence[str], wraps: Sequence[str], rng: Random, wrapped: float
) -> str:
    """An email's line: a bullet, then the item's words, inside one of `wraps` with the
    chance `wrapped` (corpora 8 on)."""
    bullet = rng.choice(bullets)
    return bullet + (rng.choice(wraps).format(x=body) if rng.random() < wrapped else body)


def requisition(
    item: str,
    count: str,
    units: Callable[[], Sequence[str]],
    seps: Sequence[str],
    rng: Random,
    upper: float,
) -> str:
    """A requisition's row (corpora 11 on): the item (in capitals with the chance `upper`), and
    where a `count` is given, it and a unit cell drawn from `units()` before or after it, joined
    by one of `seps` (a tab where "," would cut a cell)."""
    cells = [item.upper() if rng.random() < upper else item]
    if count:
        unit_cell = rng.choice(units())
        cells = [count, unit_cell, *cells] if rng.random() < 0.5 else [*cells, count, unit_cell]
    sep = rng.choice(seps)
    return ("\t" if sep == "," and any("," in c for c in cells) else sep).join(cells)


def typed(
    text: str,
    rng: Random,
    note: dict[str, str],
    *,
    lower: float,
    typo: float,
    slip_with: Callable[[str, Random], str],
) -> str:
    """A WhatsApp line of corpora 8 to 12 (13 on: `hurried`): lower case with the chance
    `lower`, and with the chance `typo` one slip (`slip_with`, the corpus's own kind), marked
    `typo` in the note."""
    if rng.random() < lower:
        text = text.lower()
    if rng.random() < typo:
        text = slip_with(text, rng)
        note["typo"] = "yes"
    return text


def english_if_en(region: str) -> str:
    """The language of a region: "en" is English, every other region Spanish."""
    return "en" if region == "en" else "es"


@dataclass(frozen=True)
class Voice:
    """How a corpus's buyers speak (corpora 11 on): who asks (a seeded roll), from which region,
    and how an item's facts are said and dressed as a line. Each corpus keeps its own words in
    these functions; the way they are called, in this order on one generator, is shared here so
    that an item line and an inactive one are spoken the same way in every corpus (the order of
    the rolls is what keeps the committed CSVs byte-identical)."""

    seeded: Callable[..., Random]
    customer: Callable[[Random], str]
    region_of: Callable[[str, Random], str]
    regions: Mapping[str, str]
    lang: Callable[[str], str]
    say: Callable[[dict[str, str], str, Random], str]
    dress: Callable[[str, Product, str, Random, dict[str, str]], tuple[str, str]]

    @classmethod
    def drawn(
        cls,
        seeded: Callable[..., Random],
        customers: Iterable[tuple[str, int] | tuple[str, int, str]],
        regions: Mapping[str, str],
        unknown: Sequence[str],
        say: Callable[[dict[str, str], str, Random], str],
        dress: Callable[[str, Product, str, Random, dict[str, str]], tuple[str, str]],
        lang: Callable[[str], str] = english_if_en,
    ) -> Voice:
        """The voice of buyers drawn by weight from `customers` (id, weight[, region]; "" a
        number the house does not know), each known one writing as its region in `regions`
        says and an unknown one as a region drawn from `unknown` (corpora 8 on)."""
        buyers = Buyers([(c[0], c[1], regions.get(c[0], "")) for c in customers], unknown)
        return cls.of(seeded, buyers, say, dress, lang)

    @classmethod
    def of(
        cls,
        seeded: Callable[..., Random],
        buyers: Buyers,
        say: Callable[[dict[str, str], str, Random], str],
        dress: Callable[[str, Product, str, Random, dict[str, str]], tuple[str, str]],
        lang: Callable[[str], str] | None = None,
    ) -> Voice:
        """The voice of `buyers` (their own `lang` unless another is given)."""
        speaks = lang or buyers.lang
        return cls(seeded, buyers.customer, buyers.region_of, buyers.regions, speaks, say, dress)

    def asker(self, rng: Random) -> tuple[str, str]:
        """(customer, region) of a line: who asks, drawn from `rng`, and how they write."""
        cid = self.customer(rng)
        return cid, self.region_of(cid, rng)

    def note(self, region: str, p: Product) -> dict[str, str]:
        """A line's note as it starts: its language, region and the product's family."""
        return {"lang": self.lang(region), "region": region, "family": p.family}

    def speak(
        self, p: Product, pins: dict[str, str], *seed: str
    ) -> tuple[str, str, str, dict[str, str]]:
        """(customer, text, quantity said, note) of a line asking for `pins` of `p`."""
        rng = self.seeded(*seed)
        cid, region = self.asker(rng)
        note = self.note(region, p)
        text, qty = self.dress(self.say(pins, region, rng), p, region, rng, note)
        return cid, text, qty, note

    def item_row(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        p: Product,
        pins: dict[str, str],
        cands: list[Product],
        kind: str,
        tag: str,
    ) -> R:
        """The line of `kind` asking for `pins` of `p` (corpora 8 to 11): labelled with the
        products they fit, `cands`, or, where ambiguous, none (its note names them); the unit
        is left out of an ambiguous line with no quantity."""
        cid, text, qty, note = self.speak(p, pins, kind, p.key, tag)
        note["facts"] = encode(pins)
        if kind == "ambiguous":
            note["fits"] = "|".join(sorted(c.sku for c in cands))
        skus = [] if kind == "ambiguous" else sorted(c.sku for c in cands)
        uom = p.uom if qty or kind != "ambiguous" else ""
        return make("", cid, text, skus, qty, uom, kind, note)

    def early_lines(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        products: list[Product],
        *,
        targets: Mapping[str, int],
        caps: Mapping[str, int],
        omit: Mapping[str, Sequence[str]],
        omit_held_only: bool = False,
    ) -> list[R]:
        """The description, brand-open and ambiguous lines of corpora 8 to 10: the active
        products in the order of SHA-256 of their key, up to `targets[kind]` lines of a kind and
        `caps[kind]` of a type, each pinning all of a product's facts, less one or two of
        `omit[type]` for an ambiguous line (those the product holds, with `omit_held_only`),
        and its brand for a description line that needs it (or 30% of the time); a line whose
        facts another line of its kind pinned already is not made twice (`item_row`, tag "1")."""
        rows: list[R] = []
        active = sorted(
            (p for p in products if p.active),
            key=lambda p: hashlib.sha256(p.key.encode()).hexdigest(),
        )
        for kind in ("description", "brand_open", "ambiguous"):
            per_type: Counter[str] = Counter()
            done = set()
            for p in active:
                if sum(1 for r in rows if r.kind == kind) >= targets[kind]:
                    break
                t = p.attrs["type"]
                if per_type[t] >= caps[kind]:
                    continue
                pins = {**p.attrs}
                if kind == "description":
                    if len(fits(products, pins)) > 1 or self.seeded("brand", p.key).random() < 0.3:
                        pins["brand"] = p.brand
                elif kind == "ambiguous":
                    left_out = [k for k in omit.get(t, ()) if k in pins or not omit_held_only]
                    if not left_out:
                        continue
                    for k in left_out[: 1 + int(self.seeded("omit", p.key).random() < 0.3)]:
                        pins.pop(k, None)
                if encode(pins) in done:
                    continue
                cands = fits(products, pins)
                if classify(cands) != kind:
                    continue
                done.add(encode(pins))
                per_type[t] += 1
                rows.append(self.item_row(make, p, pins, cands, kind, "1"))
        return rows

    def maker_rows(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        refs: Iterable[tuple[Product, str]],
        shape: Callable[[Product, str, str, Random], str],
        *,
        times: str = " x ",
        typed: Callable[[str, str, str, dict[str, str]], str] | None = None,
    ) -> list[R]:
        """The lines naming a maker's part number (corpora 8 on): for each (product, alias) of
        `refs` (`maker_refs`), a buyer drawn from `seeded("mfr", key)` writes
        `shape(p, alias, region, rng)`, dressed as the corpus dresses a line; `typed(text, shape,
        qty, note)` mends a dressed line that could not carry the number as typed (corpus 14's
        dictation), and the alias reaches the line as copied (`unslipped`, with `times`)."""
        rows = []
        for p, alias in refs:
            rng = self.seeded("mfr", p.key)
            cid, region = self.asker(rng)
            said = shape(p, alias, region, rng)
            note = self.note(region, p)
            text, qty = self.dress(said, p, region, rng, note)
            if typed:
                text = typed(text, said, qty, note)
            line = unslipped(text, said, qty, alias, note, times=times)
            rows.append(make("", cid, line, [p.sku], qty, p.uom, "mfr_ref", note))
        return rows

    def code_rows(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        products: list[Product],
        *,
        order: Callable[[Product], str],
        count: int,
        shapes: Callable[[str, str], Sequence[str]],
        type_key: str = "type",
        clean: str | None = None,
    ) -> list[R]:
        """Lines naming our own code as corpora 8 to 12 write them: the first `count` active
        products in `order`, each asked by a buyer drawn from `seeded("code", key)` in one of
        `shapes(sku, region)`, two in five followed by the kind of thing, dressed as the corpus
        dresses a line (no typo noted: the code is the point). With `clean` (the times sign,
        `" x "`), a line whose slip fell on the code is written clean: the shape, `clean` and
        the quantity."""
        rows = []
        for p in sorted((p for p in products if p.active), key=order)[:count]:
            rng = self.seeded("code", p.key)
            cid, region = self.asker(rng)
            shape = rng.choice(shapes(p.sku, region))
            note = self.note(region, p)
            if rng.random() < 0.4:
                shape += " " + self.say({type_key: p.attrs[type_key]}, region, rng)
            text, qty = self.dress(shape, p, region, rng, note)
            if clean is not None and norm(p.sku) not in norm(text):
                text = shape if not qty else f"{shape}{clean}{qty}"
            note.pop("typo", None)
            rows.append(make("", cid, text, [p.sku], qty, p.uom, "code", note))
        return rows

    def part_rows(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        products: list[Product],
        xrefs: Iterable[tuple[str, str, str]],
        shapes: Mapping[str, Sequence[str]],
        *,
        quantity: Callable[[Product, str, Random], tuple[str, str, str]],
        unit_cell: Callable[[Product, str], str],
        bullets: Sequence[str],
        per_customer: int = 15,
    ) -> list[R]:
        """Lines naming a customer's own part number as corpora 8 to 10 write them (corpora 13
        on: `part_lines`, whose rolls come in another order): for each customer of `shapes`, in
        that order, its first `per_customer` cross references (customer, part, SKU), each in one
        of the customer's `shapes` (`{part}`, `{what}`: the kind of thing, said in the
        customer's region), with a quantity; two in five are a requisition row (part, kind of
        thing, quantity, `unit_cell`) and the rest an email's `bullets` line.
        `seeded("part", part)` rolls everything of a line."""
        by_sku = {p.sku: p for p in products}
        xrefs = list(xrefs)
        rows = []
        for cid in shapes:
            for _c, part, sku in [x for x in xrefs if x[0] == cid][:per_customer]:
                p, rng, region = by_sku[sku], self.seeded("part", part), self.regions[cid]
                before, after, qty = quantity(p, region, rng)
                kind, shape = {"type": p.attrs["type"]}, rng.choice(shapes[cid])
                item = shape.format(part=part, what=self.say(kind, region, rng))
                note = {**self.note(region, p), "fmt": "email", "qty": "yes" if qty else "none"}
                if rng.random() < 0.4:
                    what = self.say(kind, region, rng)
                    text = "\t".join(x for x in (part, what, qty, unit_cell(p, region)) if x)
                    note["fmt"] = "xlsx"
                else:
                    text = rng.choice(bullets) + " ".join(x for x in (before, item, after) if x)
                rows.append(make("", cid, text, [sku], qty, p.uom, "customer_part", note))
        return rows

    def fitted_row(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        products: list[Product],
        p: Product,
        pins: dict[str, str],
        kind: str,
        *,
        silent: Iterable[str],
        same_unit: Callable[[list[Product]], bool],
    ) -> R | None:
        """The line of `kind` asking for `pins` of `p` less the `silent` facts that narrow nothing
        (corpora 13 on), or None when the products they fit do not make a line of that kind:
        labelled with those products, or, where ambiguous, none (its note names them), keeping
        its quantity and unit only when `same_unit(products)` says a seller could enter them."""
        pins = quiet(products, pins, silent)
        cands = fits(products, pins)
        if classify(cands) != kind:
            return None
        cid, text, qty, note = self.speak(p, pins, kind, p.key)
        note["facts"] = encode(pins)
        if kind == "ambiguous":
            note["fits"] = "|".join(sorted(c.sku for c in cands))
            uom = p.uom if qty and same_unit(cands) else ""
            return make("", cid, text, [], qty if uom else "", uom, kind, note)
        return make("", cid, text, sorted(c.sku for c in cands), qty, p.uom, kind, note)

    def hand_note(self, cid: str) -> dict[str, str]:
        region = self.regions[cid]
        return {"lang": self.lang(region), "region": region, "fmt": "whatsapp"}

    def hand_rows(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        products: list[Product],
        inactive: Iterable[str],
        not_stocked: Iterable[tuple[str, str, dict[str, str] | str]],
        not_item: Iterable[tuple[str, str]],
    ) -> list[R]:
        """The hand-written lines, then a not-stocked line asking for each inactive product by
        all its facts."""

        def inactive_line(p: Product, pins: dict[str, str]) -> R:
            cid, text, _qty, note = self.speak(p, pins, "inactive", p.key)
            return make("", cid, text, [], "", "", "not_stocked", note)

        return hand_lines(make, not_stocked, not_item, self.hand_note) + inactive_lines(
            products, inactive, inactive_line
        )

    def build(
        self,
        make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
        products: list[Product],
        prefix: str,
        made: Iterable[Callable[[list[Product]], list[R]]],
        hand: Hand,
    ) -> list[R]:
        """Every line of a corpus (corpora 8 on), numbered `<prefix>-…` in the order of KINDS:
        the rows each of `made` makes of the catalog, then the hand-written ones, whose
        not-stocked lines are first checked to fit no active product."""
        assert_not_stocked(products, hand.not_stocked)
        rows = [row for rows_of in made for row in rows_of(products)]
        rows += self.hand_rows(make, products, hand.inactive, hand.not_stocked, hand.not_item)
        return number(sorted(rows, key=lambda r: KINDS.index(r.kind)), prefix)


def unaccent(text: str) -> str:
    """The text with its accents dropped, as a phone keyboard without them writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def hurried(
    text: str, rng: Random, *, en: bool, protect: Iterable[str], note: dict[str, str]
) -> str:
    """A chat line as a hurried buyer sends it (corpora 15 on): half the time all lower case, in
    Spanish two times in five without accents, one time in four a slip of the thumb (`thumb`,
    never in the `protect` words), marked `typo=yes` in the note."""
    if rng.random() < 0.5:
        text = text.lower()
    if not en and rng.random() < 0.4:
        text = unaccent(text)
    if rng.random() < 0.25:
        slipped = thumb(text, rng, protect)
        if slipped != text:
            text = slipped
            note["typo"] = "yes"
    return text


@dataclass(frozen=True)
class Buyers:
    """Who writes a corpus's lines (corpora 15 on): rows of (customer, weight, region), where the
    customer "" is a number the house does not know, whose region is a roll among `unknown`;
    the region `english` (or each of a tuple of them: corpora 22 and 23) writes English, every
    other Spanish. Its methods are what `Voice` and the code, part and maker-reference lines ask
    of a corpus's buyers."""

    rows: Sequence[tuple[str, int, str]]
    unknown: Sequence[str]
    english: str | tuple[str, ...] = "en"

    @property
    def regions(self) -> dict[str, str]:
        return {cid: region for cid, _w, region in self.rows if cid}

    def customer(self, rng: Random) -> str:
        return rng.choices([c[0] for c in self.rows], [c[1] for c in self.rows])[0]

    def region_of(self, cid: str, rng: Random) -> str:
        return self.regions.get(cid) or rng.choice(tuple(self.unknown))

    def asker(self, rng: Random) -> tuple[str, str]:
        cid = self.customer(rng)
        return cid, self.region_of(cid, rng)

    def lang(self, region: str) -> str:
        english = self.english if isinstance(self.english, tuple) else (self.english,)
        return "en" if region in english else "es"

    def note(self, region: str, p: Product) -> dict[str, str]:
        return {"lang": self.lang(region), "region": region, "family": p.family}


def part_lines(
    make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R],
    products: list[Product],
    xrefs: Iterable[tuple[str, str, str]],
    shapes: Mapping[str, Sequence[str]],
    buyers: Buyers,
    *,
    seeded: Callable[..., Random],
    quantity: Callable[[Product, bool, Random], tuple[str, str, str]],
    say: Callable[[dict[str, str], bool, Random], str],
    unit_cell: Callable[[Product, bool], str],
    count: Callable[[int, bool], str],
    bullets: Callable[[bool], Sequence[str]],
    per_customer: int = 10,
    sheet: float = 0.45,
    seps: Sequence[str] = ("\t", " | "),
    type_key: str = "type",
) -> list[R]:
    """Lines naming a customer's own part number (corpora 15 on): for each customer of `shapes`,
    in that order, its first `per_customer` cross references (customer, part, SKU), each said in
    one of the customer's `shapes` (`{part}`, `{what}`: the kind of thing), with a quantity; a
    bit under half are requisition rows (part, kind of thing, `count`, `unit_cell`), the rest an
    email's `bullets` line. `seeded("part", part)` rolls everything of a line. Corpora 13 and 14
    too: corpus 13 made a row with the chance `sheet` 0.4 and `seps` tab or ";", and its kinds
    of thing are `tipo`."""
    by_sku = {p.sku: p for p in products}
    xrefs = list(xrefs)
    rows = []
    for cid in shapes:
        for _c, part, sku in [x for x in xrefs if x[0] == cid][:per_customer]:
            p, rng, region = by_sku[sku], seeded("part", part), buyers.regions[cid]
            en = buyers.lang(region) == "en"
            before, after, qty = quantity(p, en, rng)
            what = say({type_key: p.attrs[type_key]}, en, rng)
            item = rng.choice(shapes[cid]).format(part=part, what=what)
            note = {**buyers.note(region, p), "fmt": "email", "qty": "yes" if qty else "none"}
            if rng.random() < sheet:
                cells = (part, what, *((count(int(qty), en), unit_cell(p, en)) if qty else ()))
                text = rng.choice(seps).join(c for c in cells if c)
                note["fmt"] = "xlsx"
            else:
                text = rng.choice(bullets(en)) + " ".join(x for x in (before, item, after) if x)
            rows.append(make("", cid, text, [sku], qty, p.uom, "customer_part", note))
    return rows


@dataclass(frozen=True)
class Hand:
    """A corpus's hand-written lines (corpora 8 on): the keys of its inactive products, asked
    for by all their facts; not-stocked lines (text, customer, facts that fit nothing active or
    a word no product carries); lines that are no item (text, customer)."""

    inactive: Sequence[str]
    not_stocked: Sequence[tuple[str, str, dict[str, str] | str]]
    not_item: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Generator(Generic[R]):
    """What a corpus generator's module ends with (corpora 8 on): its lines built by `voice`
    (`Voice.build` of the catalog, the row makers `made` and the `hand`-written lines, numbered
    `<prefix>-…`), their files, and the command line that checks them against the catalog
    `write` writes before writing them. The module binds `build`, `files` and `main` from it."""

    voice: Voice
    make: Callable[[str, str, str, list[str], str, str, str, dict[str, str]], R]
    catalog: Callable[[], list[Product]]
    prefix: str
    made: Sequence[Callable[[list[Product]], list[R]]]
    hand: Hand
    doc: str | None
    here: Path
    write: Callable[[Path], object]
    check: Callable[[str, Path], list[str]]

    def build(self) -> list[R]:
        return self.voice.build(self.make, self.catalog(), self.prefix, self.made, self.hand)

    def files(self) -> dict[str, str]:
        return files(self.build())

    def main(self) -> None:
        main(self.doc, self.here, self.files, self.write, self.check)


def assert_not_stocked(
    products: list[Product], lines: Iterable[tuple[str, str, dict[str, str] | str]]
) -> None:
    """Hand-written not-stocked lines (text, customer, facts or a word): their facts fit no active
    product, their word is in no product's name, description or aliases."""
    texts = [norm(" ".join((p.name, p.description, *p.aliases))) for p in products]
    for _text, _cid, what in lines:
        if isinstance(what, str):
            assert not any(norm(what) in text for text in texts), what
        else:
            assert not fits(products, what), what


def main(
    doc: str | None,
    here: Path,
    files: Callable[[], dict[str, str]],
    write: Callable[[Path], object],
    check: Callable[[str, Path], list[str]],
    kinds: Iterable[str] = KINDS,
) -> None:
    """`python -m bench.corpusN.generate [--out DIR]`: build the files, write the catalog's ERP
    folder to a temporary folder and check every label against it, and only then write them."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--out", type=Path, default=here)
    out = parser.parse_args().out
    written = files()
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp))
        problems = check(written["all.csv"], Path(tmp))
    if problems:
        raise SystemExit("\n".join(problems))
    out.mkdir(parents=True, exist_ok=True)
    for name, text in written.items():
        (out / name).write_text(text, encoding="utf-8")
    counts = Counter(r["kind"] for r in csv.DictReader(io.StringIO(written["all.csv"])))
    print(f"{sum(counts.values())} lines: " + ", ".join(f"{k} {counts[k]}" for k in kinds))


def check_decimal(
    text: str,
    folder: Path,
    *,
    norm: Callable[[str], str],
    matches: Callable[[dict[str, str], dict[str, str]], bool],
    decode: Callable[[str], dict[str, str]],
    whole_units: Iterable[str] = (),
    codes_as_typed: bool = False,
) -> list[str]:
    """The older label check of corpora 5 to 7 (DecimalRow): like `check`, but with each corpus's
    own `norm`, `matches` and `decode`, a fractional quantity refused only for `whole_units`,
    and ambiguous lines needing two fits (no `fits` note); `codes_as_typed` looks for a code
    line's SKU upper-cased rather than normalised (corpus 5)."""
    whole_units = tuple(whole_units)
    with (folder / "products.csv").open(encoding="utf-8") as handle:
        products = {r["sku"]: r for r in csv.DictReader(handle)}
    with (folder / "cross_references.csv").open(encoding="utf-8") as handle:
        xrefs = {(r["customer_id"], r["customer_part"]): r["sku"] for r in csv.DictReader(handle)}
    facts = {
        sku: {
            **dict(kv.split("=", 1) for kv in r["attributes"].split("|") if kv),
            "brand": r["brand"],
        }
        for sku, r in products.items()
        if r["active"] == "true"
    }

    def matching(pins: dict[str, str]) -> list[str]:
        return sorted(s for s, f in facts.items() if matches(f, pins))

    def carries(sku: str, line: str) -> bool:
        return sku.upper() in line.upper() if codes_as_typed else norm(sku) in norm(line)

    alias_count = Counter(norm(a) for r in products.values() for a in r["aliases"].split("|") if a)
    everything = [
        norm(" ".join((sku, r["name"], r["description"], r["brand"], r["aliases"])))
        for sku, r in products.items()
    ]
    problems = []
    for r in csv.DictReader(io.StringIO(text)):
        note = dict(kv.split("=", 1) for kv in r["note"].split(";") if "=" in kv)
        skus = [s for s in r["expected_sku"].split("|") if s]
        where = f"{r['id']}: {r['text']!r}"
        for sku in skus:
            if sku not in products or products[sku]["active"] != "true":
                problems.append(f"{where}: {sku} is not an active product")
            elif products[sku]["uom"] != r["expected_uom"]:
                problems.append(
                    f"{where}: uom {r['expected_uom']} but {sku} is sold by {products[sku]['uom']}"
                )
        if (
            whole_units
            and r["expected_qty"]
            and skus
            and products[skus[0]]["uom"] in whole_units
            and "." in r["expected_qty"]
        ):
            problems.append(f"{where}: a fractional quantity of an item sold by the unit")
        kind = r["kind"]
        if "facts" in note:
            found = matching(decode(note["facts"]))
            if kind in ("description", "brand_open") and found != sorted(skus):
                problems.append(f"{where}: the facts fit {found}, not {skus}")
            if kind == "ambiguous" and len(found) < 2:
                problems.append(f"{where}: ambiguous but the facts fit {found}")
            if kind == "not_stocked" and found:
                problems.append(f"{where}: not stocked but the facts fit {found}")
        problems += _kind_problems(
            r, note, skus, where, products=products, xrefs=xrefs, norm=norm, carries=carries,
            alias_count=alias_count, everything=everything, brand_open_at_least=0,
        )  # fmt: skip
    return problems


def _kind_problems(
    r: dict[str, str],
    note: dict[str, str],
    skus: list[str],
    where: str,
    *,
    products: dict[str, dict[str, str]],
    xrefs: dict[tuple[str, str], str],
    norm: Callable[[str], str],
    carries: Callable[[str, str], bool],
    alias_count: Counter[str],
    everything: list[str],
    brand_open_at_least: int,
) -> list[str]:
    """What `check` and `check_decimal` both ask of a line by its kind, once its SKUs and facts
    are checked: a brand-open set is one item in several brands (at least `brand_open_at_least`
    of them), a code, customer part or maker reference is in the text (`carries` says how a code
    is looked for), a not-stocked line's absent word is on no product, lines that expect nothing
    expect no SKU, and an `inactive` note names an inactive product."""
    kind = r["kind"]
    problems = []
    if kind == "brand_open":
        rows = [products[s] for s in skus]
        if (
            len(rows) < brand_open_at_least
            or len({p["brand"] for p in rows}) != len(rows)
            or len({p["attributes"] for p in rows}) != 1
        ):
            problems.append(f"{where}: brand-open set is not one item in several brands")
    if kind == "code" and not any(carries(s, r["text"]) for s in skus):
        problems.append(f"{where}: the code line does not carry its SKU")
    if kind == "customer_part" and not any(
        xrefs.get((cid, part)) == skus[0] and part.upper() in r["text"].upper()
        for (cid, part) in xrefs
        if cid == r["customer_id"]
    ):
        problems.append(f"{where}: no cross reference of {r['customer_id']} to {skus} in the text")
    if kind == "mfr_ref":
        own = [a for a in products[skus[0]]["aliases"].split("|") if a]
        if not any(norm(a) in norm(r["text"]) and alias_count[norm(a)] == 1 for a in own):
            problems.append(f"{where}: no alias of only {skus[0]} in the text")
    absent = note.get("absent")
    if kind == "not_stocked" and absent is not None and any(norm(absent) in t for t in everything):
        problems.append(f"{where}: some product carries {note['absent']!r}")
    if kind == "not_stocked" and not ("absent" in note or "facts" in note):
        problems.append(f"{where}: a not-stocked line says neither its facts nor its absent word")
    if kind in ("ambiguous", "not_stocked", "not_item") and skus:
        problems.append(f"{where}: {kind} lines expect no SKU")
    if "inactive" in note and products[note["inactive"]]["active"] != "false":
        problems.append(f"{where}: {note['inactive']} is active")
    return problems
