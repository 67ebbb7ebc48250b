"""Builds the labelled corpus: `python -m bench.corpus.generate [OUTDIR]`.

Lines are written from buyer phrasings (phrases.py, shapes.py, lists.py) and labelled
by *computing* which catalog items the words fit, then checked against the CSV files
the catalogs write. Deterministic: the same code gives the same files. The split into
tune.csv and holdout.csv is stratified by catalog and kind, by a hash of the line id.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from bench.blind import corpus
from bench.blind.corpus import COLUMNS
from bench.catalog2.erp import CUSTOMERS, XREFS, write_folder
from bench.catalog2.model import Item
from bench.catalog2.universe import pick, universe

from . import demo_lines
from .lists import NOT_ITEMS, NOT_STOCKED
from .phrases import BY_KIND
from .shapes import bullet, quantity, typo, whatsapp, wrap
from .special import AMBIGUOUS, EXACT

SEED = 2026
CUST_BY_LANG = {"es": ["C10001", "C10002", "C10004", ""], "en": ["C10003", "C10005", ""]}
FAMILY_WEIGHTS = {
    "Bearings": 18,
    "Fasteners": 22,
    "Valves & Fittings": 14,
    "Electrical": 20,
    "Abrasives": 10,
    "Belts": 6,
    "Safety": 6,
    "Cutting tools": 4,
}
CHEAP = {
    "bolt_DIN933",
    "bolt_DIN931",
    "nut_hex",
    "nut_lock",
    "washer_flat",
    "washer_lock",
    "bolt_inch",
    "roll_pin",
}


def _label(
    item: Item, keys: list[str], group: set[str], active: list[Item]
) -> tuple[str, str, str]:
    """(kind, expected_sku, note) from which active items the words fit."""
    fits = [
        q
        for q in active
        if q.kind in group and all(q.spec.get(k) == item.spec.get(k) for k in keys)
    ]
    assert item in fits, (item.key, keys)
    if len(fits) == 1:
        return "description", item.sku, ""
    # Brand, and a breaker's breaking capacity the buyer did not ask for, leave it open.
    bare = {
        tuple(sorted((k, v) for k, v in q.spec.items() if k not in ("brand", "ka"))) for q in fits
    }
    skus = "|".join(sorted(q.sku for q in fits))
    if len(bare) == 1:
        return "brand_open", skus, ""
    return "ambiguous", "", f"fits {skus}"


def _uom(item: Item) -> str:
    return item.uom


def _layout(
    rng: random.Random,
    lang: str,
    body: str,
    lead: str,
    trail: str,
    qty: int | None,
    item: Item | None,
    allow_typo: bool,
    wrapped: bool,
) -> tuple[str, str]:
    style = rng.choices(["email", "whatsapp", "xlsx"], weights=[45, 40, 15])[0]
    if style == "xlsx" and item is not None and not wrapped:
        unit = {"M": "M", "PR": "PAR" if lang == "es" else "PR"}.get(
            item.uom, "UN" if lang == "es" else "EA"
        )
        q = "" if qty is None else str(qty)
        if item.pack_qty > 1 and qty and rng.random() < 0.5:
            q, unit = str(qty // item.pack_qty), "CJ" if lang == "es" else "BOX"
        layouts = [[str(rng.randint(1, 30)), body, q, unit], [body, unit, q], [q, unit, body]]
        if item.pack_qty == 1:
            layouts.append([body, q])  # no unit column: the item's own unit
        cells = rng.choice(layouts)
        return "\t".join(cells), "xlsx"
    text = f"{lead}{body}{trail}"
    if wrapped:
        text = wrap(rng, lang, text)
    if style == "whatsapp":
        text = whatsapp(rng, text) if allow_typo else text.lower()
        return text, "whatsapp"
    if rng.random() < 0.5:
        text = bullet(rng) + text
    if allow_typo and rng.random() < 0.15:
        text = typo(rng, text)
    return (text[0].upper() + text[1:]) if text else text, "email"


def catalog2_lines(items: list[Item]) -> list[dict[str, str]]:
    rng = random.Random(SEED)
    active = [it for it in items if it.active]
    by_family: dict[str, list[Item]] = {}
    for it in active:
        by_family.setdefault(it.family, []).append(it)
    rows: list[dict[str, str]] = []

    def add(**row: str) -> None:
        rows.append({c: row.get(c, "") for c in COLUMNS})

    # Items described in words: exact, brand-open or ambiguous as the catalog decides.
    families = list(FAMILY_WEIGHTS)
    while sum(1 for r in rows) < 310:
        fam = rng.choices(families, weights=[FAMILY_WEIGHTS[f] for f in families])[0]
        pool = by_family[fam]
        core = [it for it in pool if it.core]
        item = rng.choice(core if core and rng.random() < 0.7 else pool)
        lang = rng.choice(["es", "es", "es", "en", "en"])
        with_brand = rng.random() < 0.5
        phrase = BY_KIND[item.kind](item, lang, rng, with_brand)
        if phrase is None:
            continue
        words, keys, group = phrase
        kind, expected, why = _label(item, keys, group, active)
        lead, trail, qty, shape = quantity(rng, lang, item, item.kind in CHEAP)
        wrapped = rng.random() < 0.18
        text, fmt = _layout(rng, lang, words, lead, trail, qty, item, True, wrapped)
        add(
            customer_id=rng.choice(CUST_BY_LANG[lang]),
            text=text,
            expected_sku=expected,
            expected_qty="" if qty is None else str(qty),
            expected_uom=_uom(item),
            kind=kind,
            note=";".join(
                x
                for x in (
                    f"lang={lang}",
                    f"fmt={fmt}",
                    f"qty={shape}",
                    "wrapped" if wrapped else "",
                    f"family={fam}",
                    why,
                )
                if x
            ),
        )

    # Our own item codes, with the words buyers put around them.
    prefixes = [
        "",
        "",
        "sku ",
        "SKU: ",
        "item ",
        "Item# ",
        "ref. ",
        "Ref: ",
        "cód. ",
        "cod ",
        "código ",
        "art. ",
        "Art.",
        "P/N ",
        "#",
        "N° ",
        "codigo: ",
    ]
    for _ in range(52):
        item = rng.choice(active)
        lang = rng.choice(["es", "en"])
        lead, trail, qty, shape = quantity(rng, lang, item, item.kind in CHEAP)
        pre = rng.choice(prefixes)
        body = f"{pre}{item.sku}"
        if rng.random() < 0.3:
            body += " " + rng.choice([item.desc, item.desc.split(" ", 1)[0], item.desc.lower()])
        text, fmt = _layout(rng, lang, body, lead, trail, qty, item, False, rng.random() < 0.1)
        add(
            customer_id=rng.choice(CUST_BY_LANG[lang]),
            text=text,
            expected_sku=item.sku,
            expected_qty="" if qty is None else str(qty),
            expected_uom=item.uom,
            kind="code",
            note=f"lang={lang};fmt={fmt};qty={shape};prefix={pre.strip() or 'none'};"
            f"family={item.family}",
        )

    # The customers' own part numbers (cross_references.csv).
    key_of = {it.key: it for it in items}
    lang_of = {c[0]: c[8] for c in CUSTOMERS}
    for n in range(32):
        cust, part, key = XREFS[n % len(XREFS)] if n < len(XREFS) else rng.choice(XREFS)
        item = key_of[key]
        lang = lang_of[cust]
        lead, trail, qty, shape = quantity(rng, lang, item, item.kind in CHEAP)
        pre = rng.choice(
            [
                "",
                "",
                "our p/n ",
                "P/N ",
                "part# ",
                "nuestro código ",
                "cod. cliente ",
                "N/P ",
                "ref ",
            ]
        )
        body = f"{pre}{part}"
        if rng.random() < 0.35:
            body += " " + rng.choice([item.desc.lower(), item.desc])
        text, fmt = _layout(rng, lang, body, lead, trail, qty, item, False, False)
        add(
            customer_id=cust,
            text=text,
            expected_sku=item.sku,
            expected_qty="" if qty is None else str(qty),
            expected_uom=item.uom,
            kind="customer_part",
            note=f"lang={lang};fmt={fmt};qty={shape};family={item.family}",
        )

    # Manufacturer catalogue numbers (aliases), alone or inside a longer description.
    mfr_kinds = {"mcb", "contactor", "anchor", "bearing_tapered_set", "disc_fibre", "respirator"}
    pool = [it for it in active if it.kind in mfr_kinds]
    alias_count: dict[str, int] = {}
    for it in active:
        for a in it.aliases:
            alias_count[a.upper()] = alias_count.get(a.upper(), 0) + 1
    made = 0
    while made < 36:
        item = rng.choice(pool)
        alias = item.aliases[-1] if item.kind in ("disc_fibre", "anchor") else item.aliases[0]
        if alias_count[alias.upper()] != 1 or (item.kind == "respirator" and alias.isdigit()):
            continue
        lang = rng.choice(["es", "en"])
        lead, trail, qty, shape = quantity(rng, lang, item, False)
        body = rng.choice(
            [
                alias,
                f"{item.desc.split(' ')[0].lower()} {alias}",
                f"{item.desc}",
                f"{alias} {item.brand.lower()}",
            ]
        )
        if body == item.desc:
            body = item.desc.replace(alias, "").strip() + f" {alias}"
        text, fmt = _layout(rng, lang, body, lead, trail, qty, item, False, rng.random() < 0.15)
        add(
            customer_id=rng.choice(CUST_BY_LANG[lang]),
            text=text,
            expected_sku=item.sku,
            expected_qty="" if qty is None else str(qty),
            expected_uom=item.uom,
            kind="mfr_ref",
            note=f"lang={lang};fmt={fmt};qty={shape};alias={alias};family={item.family}",
        )
        made += 1

    for lang, words, key, qty, kind in EXACT:
        item = key_of[key]
        assert item.active and item in active, key
        add(
            customer_id=rng.choice(CUST_BY_LANG[lang]),
            text=words,
            expected_sku=item.sku,
            expected_qty="" if qty is None else str(qty),
            expected_uom=item.uom,
            kind=kind,
            note=f"lang={lang};fmt=hand;family={item.family}",
        )
    for lang, words, kinds, spec, qty in AMBIGUOUS:
        fits = [
            q
            for q in active
            if q.kind in kinds and all(q.spec.get(k) == v for k, v in spec.items())
        ]
        bare = {
            tuple(sorted((k, v) for k, v in q.spec.items() if k not in ("brand", "ka")))
            for q in fits
        }
        assert len(fits) > 1 and len(bare) > 1, words
        add(
            customer_id=rng.choice(CUST_BY_LANG[lang]),
            text=words,
            expected_qty="" if qty is None else str(qty),
            kind="ambiguous",
            note=f"lang={lang};fmt=hand;fits {'|'.join(sorted(q.sku for q in fits))}",
        )
    for lang, words, why in NOT_STOCKED:
        qty = rng.choice([None, 2, 5, 10, 20, 100])
        lead = "" if qty is None else (f"{qty} " if rng.random() < 0.5 else "")
        trail = "" if qty is None or lead else f" x {qty}"
        text, fmt = _layout(rng, lang, words, lead, trail, qty, None, False, rng.random() < 0.2)
        add(
            customer_id=rng.choice(CUST_BY_LANG[lang]),
            text=text,
            expected_qty="" if qty is None else str(qty),
            kind="not_stocked",
            note=f"lang={lang};fmt={fmt};{why}",
        )
    for lang, words in NOT_ITEMS:
        add(
            customer_id=rng.choice(CUST_BY_LANG[lang]),
            text=words,
            kind="not_item",
            note=f"lang={lang}",
        )
    for n, row in enumerate(rows, 1):
        row["id"] = f"c2-{n:04d}"
        row["catalog"] = "catalog2"
    return rows


def check(rows: list[dict[str, str]], folder: Path) -> None:
    """Every label against the files the catalog writes: a wrong label is worse than none."""
    with (folder / "products.csv").open(encoding="utf-8") as fh:
        products = {r["sku"]: r for r in csv.DictReader(fh)}
    with (folder / "cross_references.csv").open(encoding="utf-8") as fh:
        xrefs = {(r["customer_id"], r["customer_part"]): r["sku"] for r in csv.DictReader(fh)}
    for row in rows:
        for sku in filter(None, row["expected_sku"].split("|")):
            p = products[sku]
            assert p["active"] == "true", (row["id"], sku)
            assert p["uom"] == row["expected_uom"], (row["id"], sku)
        if row["kind"] == "customer_part":
            part = next(
                p for c, p in xrefs if c == row["customer_id"] and p.lower() in row["text"].lower()
            )
            assert xrefs[(row["customer_id"], part)] == row["expected_sku"], row["id"]
        if row["kind"] in ("not_stocked", "not_item", "ambiguous"):
            assert row["expected_sku"] == "", row["id"]
        if row["kind"] == "code":
            assert row["expected_sku"] in row["text"], row["id"]  # codes are digits: case-proof


def split(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Tune and holdout, balanced by catalog and kind."""
    return corpus.split_dicts(rows, lambda r: (r["catalog"], r["kind"]))


def main(argv: list[str]) -> None:
    outdir = Path(argv[0]) if argv else Path(__file__).parent
    items = pick(universe(), 1500, 7)
    with tempfile.TemporaryDirectory() as tmp:
        cat2 = Path(tmp) / "catalog2"
        write_folder(cat2, items, 7)
        rows = catalog2_lines(items)
        check(rows, cat2)
        demo = Path(tmp) / "demo"
        from bot.demo.writer import write_demo

        write_demo(demo, products=2500, seed=7, today=dt.date(2026, 11, 25))
        drows = demo_lines.lines(demo)
        demo_lines.check(drows, demo)
    rows += drows
    tune, holdout = split(rows)
    corpus.write_dicts(outdir / "all.csv", rows)
    corpus.write_dicts(outdir / "tune.csv", tune)
    corpus.write_dicts(outdir / "holdout.csv", holdout)
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        counts[(r["catalog"], r["kind"])] = counts.get((r["catalog"], r["kind"]), 0) + 1
    for key in sorted(counts):
        print(*key, counts[key])
    print(f"{len(rows)} lines: tune {len(tune)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main(sys.argv[1:])
