"""Write bench/corpus3/{all,tune,holdout}.csv: request lines labelled against catalog 3.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus3.generate

Labels are computed: a line's words pin facts (phrases.py, lists.py); every active product
with those facts is a candidate. One → `description`; several differing only in brand →
`brand_open` (all of them); several differing otherwise → `ambiguous`. Then `check()` reads
the CSV files `python -m bench.catalog3` writes and verifies every label against them.
"""

from __future__ import annotations

import csv
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from bench.blind import corpus
from bench.catalog3.erp import catalog, cross_references, write
from bench.catalog3.model import Product

from . import lists, shapes
from .phrases import PHRASES

HERE = Path(__file__).parent
CUSTOMER_LANG = {"C3-MX01": "es", "C3-MX02": "es", "C3-US01": "en"}
# Facts that name a maker's own product line rather than what the item is.
BRAND_SPECIFIC = {"grade"}
# Lines per kind of item (others get 3): more where buyers ask more.
WEIGHT = {
    "ball_bearing": 14,
    "hex_bolt": 9,
    "contactor": 5,
    "din_breaker": 5,
    "building_wire": 4,
    "roller_chain": 5,
    "sprocket": 4,
    "threadlocker": 5,
    "ball_valve": 5,
    "hydraulic_hose": 4,
    "twist_drill": 4,
    "cutoff_wheel": 4,
    "sandpaper": 4,
    "elbow_90": 4,
    "tee": 3,
    "union": 3,
    "hex_nut": 4,
    "lock_nut": 3,
    "flat_washer": 3,
    "jaw_spider": 3,
    "v_belt": 3,
    "plug_on_breaker": 4,
    "relay": 3,
    "pillow_block": 4,
    "tapered_bearing": 4,
    "hose_fitting": 3,
    "ring_terminal": 3,
    "flap_disc": 3,
    "close_nipple": 2,
    "elbow_45": 1,
    "coupling": 2,
    "cap": 1,
    "plug": 1,
    "tube_union_elbow": 2,
    "tube_union_tee": 1,
    "tube_union": 2,
    "offset_link": 2,
    "utility_knife": 1,
    "anti_seize": 1,
    "gasket": 2,
    "masonry_drill": 2,
}


def matches(rows: list[Product], pins: Mapping[str, str | tuple[str, ...]]) -> list[Product]:
    """Every product whose facts (and brand) agree with all pinned values."""
    found = []
    for row in rows:
        ok = True
        for key, want in pins.items():
            have = row.brand if key == "brand" else row.facts.get(key)
            if have is None or (have not in want if isinstance(want, tuple) else have != want):
                ok = False
                break
        if ok:
            found.append(row)
    return found


def classify(candidates: list[Product]) -> tuple[str, list[Product]]:
    if len(candidates) == 1:
        return "description", candidates
    brands = [c.brand for c in candidates]
    facts = {
        tuple(sorted((k, v) for k, v in c.facts.items() if k not in BRAND_SPECIFIC))
        for c in candidates
    }
    if len(set(brands)) == len(brands) and all(brands) and len(facts) == 1:
        return "brand_open", candidates
    return "ambiguous", candidates


class Writer:
    """Collects rows, numbering them."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []

    def add(
        self,
        customer: str,
        text: str,
        skus: list[str],
        qty: int | None,
        uom: str,
        kind: str,
        note: dict[str, str],
    ) -> None:
        self.rows.append(
            {
                "id": f"c3-{len(self.rows) + 1:04d}",
                "catalog": "catalog3",
                "customer_id": customer,
                "text": text,
                "expected_sku": "|".join(skus),
                "expected_qty": "" if qty is None else str(qty),
                "expected_uom": uom,
                "kind": kind,
                "note": ";".join(f"{k}={v}" if v else k for k, v in note.items()),
            }
        )


def dress(
    rng: random.Random,
    core: str,
    product: Product,
    lang: str,
    customer: str,
    wrapped_ok: bool = True,
) -> tuple[str, int | None, dict[str, str]]:
    """Quantity, wrapper and layout around the item words `core`."""
    fmt = rng.choice(["whatsapp", "whatsapp", "email", "xlsx"])
    mexican = customer in ("C3-MX01", "C3-MX02")
    note = {"lang": lang, "fmt": fmt}
    if fmt == "xlsx":
        n = rng.choice([1, 2, 4, 5, 10, 12, 20, 50, 100])
        if product.uom == "M":
            n = rng.choice([50, 100, 150, 305])
        unit = {"M": "m" if lang == "es" else "M"}.get(product.uom, "pza" if lang == "es" else "EA")
        line = str(rng.randint(1, 30))
        layout = rng.choice(["line", "desc_unit_qty", "qty_unit_desc", "desc_qty"])
        cells = {
            "line": [line, core, str(n), unit],
            "desc_unit_qty": [core, unit, str(n)],
            "qty_unit_desc": [str(n), unit, core],
            "desc_qty": [core, str(n)],
        }[layout]
        note["qty"] = "xlsx"
        return "\t".join(cells), n, note
    q = shapes.quantity(
        rng, product, lang, mexican, bulk=product.family == "fasteners" or product.pack_qty > 1
    )
    note["qty"] = q.shape
    text = f"{q.before}{core}{q.after}"
    if wrapped_ok and rng.random() < 0.2 and q.shape not in ("counting_word", "packs"):
        text = shapes.wrap(rng, text, lang)
        note["wrapped"] = ""
    if fmt == "whatsapp":
        text = shapes.strip_accents(text.lower())
        if rng.random() < 0.5:
            text = shapes.thumb_slip(rng, text, BRANDS)
    else:
        bullet = rng.choice(shapes.BULLETS).format(n=rng.randint(1, 12))
        text = bullet + text[:1].upper() + text[1:]
    return text, q.qty, note


BRANDS: set[str] = set()


def _customer(rng: random.Random) -> tuple[str, str]:
    customer = rng.choice(["", "", "", "C3-MX01", "C3-MX02", "C3-US01"])
    lang = CUSTOMER_LANG.get(customer) or rng.choice(["es", "es", "en"])
    return customer, lang


def describe(rng: random.Random, rows: list[Product], out: Writer) -> None:
    active = [r for r in rows if r.active]
    by_type: dict[str, list[Product]] = {}
    for row in active:
        by_type.setdefault(row.facts["type"], []).append(row)
    for kind, phrase in PHRASES.items():
        pool = by_type[kind]
        for product in rng.sample(pool, min(len(pool), WEIGHT.get(kind, 3))):
            customer, lang = _customer(rng)
            core, pins = phrase(product, rng, lang)
            if product.brand and product.brand.lower() not in core.lower() and rng.random() < 0.4:
                pins = {**pins, "brand": product.brand}
                if kind == "ball_bearing" and product.aliases and rng.random() < 0.5:
                    noun = core.split(" 6")[0] if core[0].isalpha() else core.split()[-1]
                    c3 = " C3" if product.facts["clearance"] == "C3" else ""
                    ref = product.aliases[0].replace(" C3", "").replace("-C3", "")
                    ref = ref[:-2] if ref.endswith("C3") else ref
                    core = f"{noun} {ref}{c3}"
                core = (
                    f"{core} {product.brand}" if rng.random() < 0.7 else (f"{product.brand} {core}")
                )
            label, found = classify(matches(active, pins))
            if product not in found:
                raise AssertionError(f"{core!r} does not fit its own product {product.sku}")
            text, qty, note = dress(rng, core, product, lang, customer)
            note["family"] = product.family
            if label == "ambiguous":
                note["fits"] = "|".join(c.sku for c in found[:8])
            skus = [] if label == "ambiguous" else [c.sku for c in found]
            uom = product.uom
            packs = {(c.uom, c.pack_qty if note["qty"] == "packs" else 0) for c in found}
            if label == "ambiguous" and len(packs) > 1:
                qty, uom = None, ""  # the quantity's meaning depends on the choice
            out.add(customer, text, skus, qty, uom, label, note)


CODE_WORDS = [
    "sku ",
    "art. ",
    "cód. ",
    "cod ",
    "P/N ",
    "#",
    "item ",
    "ref. ",
    "código ",
    "our p/n ",
    "",
    "clave ",
]


def codes(rng: random.Random, rows: list[Product], out: Writer) -> None:
    active = [r for r in rows if r.active]
    for product in rng.sample(active, 32):
        customer, lang = _customer(rng)
        word = rng.choice(CODE_WORDS)
        text, qty, note = dress(rng, f"{word}{product.sku}", product, lang, customer, False)
        if rng.random() < 0.3 and note["fmt"] != "xlsx":
            text = f"{text} ({product.description.lower()})"
        note["family"] = product.family
        out.add(customer, text, [product.sku], qty, product.uom, "code", note)


def customer_parts(rng: random.Random, rows: list[Product], out: Writer) -> None:
    by_sku = {r.sku: r for r in rows}
    refs = cross_references(rows)
    for customer, part, sku in rng.sample(refs, 28):
        product = by_sku[sku]
        lang = CUSTOMER_LANG[customer]
        word = rng.choice(
            ["", "", "N/P ", "no. parte ", "nuestro codigo "]
            if lang == "es"
            else ["", "", "our part # ", "P/N ", "part "]
        )
        text, qty, note = dress(rng, f"{word}{part}", product, lang, customer, False)
        note["family"] = product.family
        out.add(customer, text, [sku], qty, product.uom, "customer_part", note)


def _norm(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


EN_LEAD = {"bearings": "bearing", "cutting-tools": "drill", "abrasives": "sandpaper"}


def mfr_refs(rng: random.Random, rows: list[Product], out: Writer) -> None:
    counts = Counter(_norm(a) for r in rows for a in r.aliases)
    unique = [
        (r, a)
        for r in rows
        if r.active
        for a in r.aliases
        if counts[_norm(a)] == 1 and len(_norm(a)) >= 5
    ]
    for product, alias in rng.sample(unique, 36):
        customer, lang = _customer(rng)
        core = alias
        if rng.random() < 0.4:
            lead = (
                product.description.split()[0].lower()
                if lang == "es"
                else (EN_LEAD.get(product.family, ""))
            )
            core = f"{lead} {product.brand.lower()} {alias}".strip()
        text, qty, note = dress(rng, core, product, lang, customer)
        note["family"] = product.family
        out.add(customer, text, [product.sku], qty, product.uom, "mfr_ref", note)


def hand_lines(rows: list[Product], out: Writer) -> None:
    active = [r for r in rows if r.active]
    for text, customer, pins, qty, shape, lang in (
        (t, c, p, q, s, lang) for t, c, lang, p, q, s in lists.TRAPS
    ):
        label, found = classify(matches(active, pins))
        if label != "description":
            raise AssertionError(f"trap {text!r} fits {[f.sku for f in found]}")
        out.add(
            customer,
            text,
            [found[0].sku],
            qty,
            found[0].uom,
            "description",
            {"lang": lang, "fmt": "hand", "qty": shape, "trap": "", "family": found[0].family},
        )
    for text, customer, lang, asked, pins in lists.AMBIGUOUS:
        label, found = classify(matches(active, pins))
        if label != "ambiguous":
            raise AssertionError(f"ambiguous {text!r} is {label}: {[f.sku for f in found]}")
        if asked is not None and len({f.uom for f in found}) > 1:
            raise AssertionError(f"ambiguous {text!r}: its quantity means different things")
        out.add(
            customer,
            text,
            [],
            asked,
            found[0].uom if asked else "",
            "ambiguous",
            {
                "lang": lang,
                "fmt": "hand",
                "family": found[0].family,
                "fits": "|".join(f.sku for f in found[:8]),
            },
        )
    haystack = " ".join(
        f"{r.brand} {r.name} {r.description} {' '.join(r.aliases)}" for r in rows
    ).upper()
    for text, customer, lang, absent in lists.NOT_STOCKED:
        for word in absent:
            if word.upper() in haystack:
                raise AssertionError(f"not stocked {text!r}: {word!r} is in the catalog")
        out.add(customer, text, [], None, "", "not_stocked", {"lang": lang, "fmt": "hand"})
    for product in [r for r in rows if not r.active]:
        text = f"{product.brand} {product.aliases[0]}" if product.aliases else (product.description)
        if product.brand == "Loctite" and "volume_ml" in product.facts:
            text = f"loctite {product.facts['grade']} {product.facts['volume_ml']} ml"
        lang = "en" if product.sku[-1] in "02468" else "es"
        text = f"precio de {text}" if lang == "es" else f"do you have {text}?"
        out.add(
            "",
            text,
            [],
            None,
            "",
            "not_stocked",
            {"lang": lang, "fmt": "hand", "inactive": product.sku, "family": product.family},
        )
    for text, customer, lang in lists.NOT_ITEMS:
        out.add(customer, text, [], None, "", "not_item", {"lang": lang, "fmt": "hand"})


def split(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Tune and holdout, balanced by kind."""
    return corpus.split_dicts(rows, lambda r: (r["kind"],))


def check(rows: list[dict[str, str]], folder: Path) -> None:
    """Every label against the CSV files catalog 3 writes."""
    with (folder / "products.csv").open(encoding="utf-8") as handle:
        products = {r["sku"]: r for r in csv.DictReader(handle)}
    with (folder / "cross_references.csv").open(encoding="utf-8") as handle:
        xref = {(r["customer_id"], r["customer_part"]): r["sku"] for r in csv.DictReader(handle)}
    for row in rows:
        skus = [s for s in row["expected_sku"].split("|") if s]
        kind = row["kind"]
        if kind == "ambiguous":
            fits = row["note"].split("fits=")[1].split("|")
            assert not skus and len(fits) > 1, row
            assert all(products[s]["active"] == "true" for s in fits), row
            continue
        if kind in ("not_stocked", "not_item"):
            assert not skus and not row["expected_qty"], row
            continue
        assert skus, row
        assert (len(skus) > 1) == (kind == "brand_open"), row
        for sku in skus:
            product = products[sku]
            assert product["active"] == "true", row
            assert product["uom"] == row["expected_uom"], row
        if kind == "code":
            assert skus[0].lower() in row["text"].lower(), row
        if kind == "customer_part":
            part = next(
                p
                for (c, p), s in xref.items()
                if c == row["customer_id"] and s == skus[0] and p.lower() in row["text"].lower()
            )
            assert xref[(row["customer_id"], part)] == skus[0], row
        if kind == "mfr_ref":
            aliases = products[skus[0]]["aliases"].split("|")
            assert any(a.lower() in row["text"].lower() for a in aliases), row
        if kind == "brand_open":
            assert len({products[s]["brand"] for s in skus}) == len(skus), row
        if row["expected_qty"]:
            assert int(row["expected_qty"]) > 0, row


def build() -> list[dict[str, str]]:
    rows = catalog()
    BRANDS.update(r.brand.lower() for r in rows if r.brand)
    rng = random.Random(20261126)
    out = Writer()
    describe(rng, rows, out)
    codes(rng, rows, out)
    customer_parts(rng, rows, out)
    mfr_refs(rng, rows, out)
    hand_lines(rows, out)
    return out.rows


def main() -> int:
    lines = build()
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp))
        check(lines, Path(tmp))
    tune, holdout = split(lines)
    corpus.write_dicts(HERE / "all.csv", lines)
    corpus.write_dicts(HERE / "tune.csv", tune)
    corpus.write_dicts(HERE / "holdout.csv", holdout)
    kinds = Counter(r["kind"] for r in lines)
    print(
        f"{len(lines)} lines ({len(tune)} tune / {len(holdout)} holdout): "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
