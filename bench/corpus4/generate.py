"""Write bench/corpus4/{all,tune,holdout}.csv: request lines on catalog 4, labelled by computation.

    PYTHONPATH=$PWD .venv/bin/python -m bench.corpus4.generate [--out DIR]

Every label is computed from the facts a line's words pin (phrases.py, lists.py) over the
catalog's active products, and `check()` verifies every row against the CSV files
`python -m bench.catalog4` writes before anything is written. Deterministic: the same code
gives the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from random import Random

from bench.blind import corpus, early
from bench.blind.corpus import KINDS
from bench.catalog4.erp import catalog, cross_references, write
from bench.catalog4.model import Product
from bench.corpus4 import lists
from bench.corpus4.phrases import MAKERS, OMITTABLE, Phrase, make, pick
from bench.corpus4.shapes import BULLETS, UNIT_CELL, Qty, plain, qty_for, thumb, wrap

HERE = Path(__file__).resolve().parent
TARGETS = {"description": 150, "brand_open": 62, "ambiguous": 32, "code": 36, "customer_part": 32, "mfr_ref": 36}
# customer -> region (the words and the thousands separator they use); "" is a guest
REGION = {"810045": "AR", "810077": "AR", "820117": "CO", "830092": "PE", "840310": "US", "840355": "US"}
CUSTOMER_WEIGHTS = (("810045", 20), ("820117", 19), ("830092", 17), ("840310", 14), ("840355", 8),
                    ("810077", 3), ("", 19))  # fmt: skip


class Row(corpus.DecimalRow):
    CATALOG = "catalog4"


seeded = early.pipe_random


def fits(products: list[Product], pins: dict[str, str]) -> list[Product]:
    """Every active product whose facts agree with every pinned fact."""
    return [p for p, facts in _facts(products) if all(facts.get(k) == v for k, v in pins.items())]


_FACTS: dict[int, tuple[list[Product], list[tuple[Product, dict[str, str]]]]] = {}


def _facts(products: list[Product]) -> list[tuple[Product, dict[str, str]]]:
    """The active products' facts, computed once per catalog list (kept alive with it)."""
    cached = _FACTS.get(id(products))
    if cached is None or cached[0] is not products:
        cached = (products, [(p, p.facts()) for p in products if p.active])
        _FACTS[id(products)] = cached
    return cached[1]


def classify(cands: list[Product]) -> str:
    if not cands:
        return "not_stocked"
    if len(cands) == 1:
        return "description"
    brands = {c.brand for c in cands}
    same = all(c.attrs == cands[0].attrs for c in cands)
    return "brand_open" if same and len(brands) == len(cands) and "" not in brands else "ambiguous"


def encode(pins: dict[str, str]) -> str:
    return ",".join(f"{k}:{v}" for k, v in pins.items())


def decode(text: str) -> dict[str, str]:
    return dict(part.split(":", 1) for part in text.split(",")) if text else {}


def norm(text: str) -> str:
    """Upper case, accents and punctuation dropped: how codes are compared."""
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^0-9A-Z]", "", text.upper())


# Words that carry a quantity: a slip there would change what the buyer asked for.
QTY_WORDS = {"docena", "docenas", "ciento", "cientos", "millar", "dozen", "cajas", "boxes", "metros",
             "meters", "cuatro", "veinte", "twelve", "twenty", "cantidad", "pares", "pairs"}


class Writer:
    """Turns item words and a quantity into a line as it arrives, for one customer."""

    def __init__(self, products: list[Product]) -> None:
        self.protect = {plain(w).lower() for p in products for w in p.brand.split()} | QTY_WORDS

    def fmt_for(self, region: str, rng: Random) -> str:
        roll = rng.random()
        if region == "US":
            return "email" if roll < 0.5 else "xlsx" if roll < 0.8 else "whatsapp"
        return "whatsapp" if roll < 0.55 else "email" if roll < 0.85 else "xlsx"

    def line(self, words: str, q: Qty | None, p: Product | None, region: str, rng: Random,
             note: dict[str, str], wrapped: bool = False) -> str:  # fmt: skip
        fmt = self.fmt_for(region, rng)
        if fmt == "xlsx" and (q is None or not q.cell or wrapped):
            fmt = "email"
        note["fmt"] = fmt
        if fmt == "xlsx":
            assert q is not None and p is not None
            unit = pick(rng, UNIT_CELL[region][p.uom])
            order = rng.randrange(4)
            cells = ([words, q.cell], [q.cell, unit, words], [str(rng.randrange(1, 30)), words, q.cell, unit],
                     [words, unit, q.cell])[order]  # fmt: skip
            note["qty"] = "xlsx_cell"
            return "\t".join(cells)
        body = words if q is None else f"{q.lead}{words}{q.tail}"
        if wrapped:
            body = wrap(body, region, rng)
            note["wrapped"] = "yes"
        if fmt == "whatsapp":
            body = plain(body.lower())
            if rng.random() < 0.5:
                body, slipped = thumb(body, rng, self.protect)
                if slipped:
                    note["slip"] = "yes"
            return body
        bullet = pick(rng, BULLETS).replace("{n}", str(rng.randrange(1, 15)))
        if rng.random() < 0.5:
            body = body[:1].upper() + body[1:]
        return bullet + body


def uom_of(p: Product) -> str:
    return p.uom


def pick_customer(rng: Random) -> tuple[str, str]:
    total = sum(w for _, w in CUSTOMER_WEIGHTS)
    roll = rng.random() * total
    cid = CUSTOMER_WEIGHTS[-1][0]
    for customer, weight in CUSTOMER_WEIGHTS:
        roll -= weight
        if roll < 0:
            cid = customer
            break
    region = REGION.get(cid) or pick(rng, ("AR", "CO", "PE", "US", "AR", "CO", "PE"))
    return cid, region


def generated(products: list[Product], writer: Writer) -> list[Row]:
    """Description, brand-open and ambiguous lines, drawn family by family until the targets fill."""
    pool = [p for p in products if p.active and p.attrs["type"] in MAKERS]
    by_family: dict[str, list[Product]] = defaultdict(list)
    for p in pool:
        by_family[p.family].append(p)
    families = sorted(by_family)
    rows: list[Row] = []
    count: Counter[str] = Counter()
    texts: set[str] = set()
    attempt = 0
    while any(count[k] < TARGETS[k] for k in ("description", "brand_open", "ambiguous")) and attempt < 20000:
        attempt += 1
        rng = seeded("gen", str(attempt))
        want = pick(rng, ("description", "description", "brand_open", "ambiguous"))
        if count[want] >= TARGETS[want]:
            continue
        family = pick(rng, families)
        p = pick(rng, by_family[family])  # type: ignore[arg-type]
        cid, region = pick_customer(rng)
        siblings = fits(products, p.attrs)
        multi = len({s.brand for s in siblings}) > 1
        omit = None
        if want == "ambiguous":
            options = OMITTABLE[p.attrs["type"]]
            if not options:
                continue
            omit = pick(rng, options)
        if want == "brand_open" and not multi:
            continue
        if want == "description":
            brand = multi or (bool(p.brand) and rng.random() < 0.3)
        else:
            brand = want == "ambiguous" and bool(p.brand) and rng.random() < 0.25
        phrase: Phrase | None = make(p, region, rng, brand, omit)
        if phrase is None:
            continue
        cands = fits(products, phrase.pins)
        kind = classify(cands)
        if kind != want or p not in cands or (kind == "ambiguous" and len(cands) > 8 and rng.random() < 0.5):
            continue
        q: Qty | None = None if rng.random() < 0.1 else qty_for(p, region, rng)
        if q is not None and not early.same_qty(q, cands):
            q = qty_for(p, region, rng, allow_box=False)
        if kind != "description" and len({c.uom for c in cands}) > 1:
            continue
        note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "", "qty": q.shape if q else "none",
                "wrapped": "", "family": p.family, "facts": encode(phrase.pins)}  # fmt: skip
        if kind == "ambiguous":
            note["fits"] = "|".join(sorted(c.sku for c in cands)[:8])
        text = writer.line(phrase.words, q, p, region, rng, note, wrapped=rng.random() < 0.18)
        if text in texts:
            continue
        texts.add(text)
        count[kind] += 1
        skus = sorted(c.sku for c in cands) if kind == "brand_open" else [p.sku] if kind == "description" else []
        rows.append(Row("", cid, text, skus, q.qty if q else None, p.uom, kind, note))
    return rows


CODE_WORDS = {
    "AR": ("cód. {c}", "art. {c}", "código {c}", "su código {c}", "item {c}"),
    "CO": ("ref. {c}", "código {c}", "referencia {c}", "item {c}", "cod {c}"),
    "PE": ("código {c}", "cod. {c}", "item {c}", "su código {c}", "art. {c}"),
    "US": ("item # {c}", "Item {c}", "your item {c}", "sku {c}", "#{c}", "P/N {c}", "item no. {c}"),
}


def code_rows(products: list[Product], writer: Writer) -> list[Row]:
    rows = []
    active = [p for p in products if p.active]
    chosen = sorted(active, key=lambda p: hashlib.sha256(f"code|{p.key}".encode()).digest())[: TARGETS["code"]]
    for i, p in enumerate(chosen):
        rng = seeded("code", p.key)
        cid, region = pick_customer(rng)
        words = pick(rng, CODE_WORDS[region]).replace("{c}", p.sku if rng.random() < 0.8 else p.sku.lower())
        if rng.random() < 0.35:
            shown = p.name.split(",")[0] if region == "US" else " ".join(p.description.split()[:5])
            words += f" ({shown})"
        q = None if i % 9 == 4 else qty_for(p, region, rng, after=True)
        note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "", "qty": q.shape if q else "none",
                "family": p.family}  # fmt: skip
        text = writer.line(words, q, p, region, rng, note)
        rows.append(Row("", cid, text, [p.sku], q.qty if q else None, p.uom, "code", note))
    return rows


PART_WORDS = {
    "810045": ("nuestro código {c}", "cod. interno {c}", "{c}", "art. {c}"),
    "820117": ("código nuestro {c}", "ref. interna {c}", "{c}", "repuesto {c}"),
    "830092": ("material {c}", "cód. SAP {c}", "{c}", "material SAP {c}"),
    "840310": ("our part # {c}", "our p/n {c}", "{c}", "GCP part {c}"),
}


def part_rows(products: list[Product], writer: Writer) -> list[Row]:
    by_sku = {p.sku: p for p in products}
    rows = []
    refs = cross_references(products)
    per_customer = TARGETS["customer_part"] // len(PART_WORDS)
    for customer in PART_WORDS:
        mine = [r for r in refs if r[0] == customer]
        mine = sorted(mine, key=lambda r: hashlib.sha256(r[1].encode()).digest())[:per_customer]
        for _, part, sku in mine:
            p = by_sku[sku]
            rng = seeded("part", customer, part)
            region = REGION[customer]
            words = pick(rng, PART_WORDS[customer]).replace("{c}", part)
            q = None if rng.random() < 0.1 else qty_for(p, region, rng, after=True)
            note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "",
                    "qty": q.shape if q else "none", "family": p.family}  # fmt: skip
            text = writer.line(words, q, p, region, rng, note)
            rows.append(Row("", customer, text, [sku], q.qty if q else None, p.uom, "customer_part", note))
    return rows


def mfr_aliases(products: list[Product]) -> dict[str, tuple[Product, str]]:
    """Aliases a buyer can only mean one product by (punctuation ignored), on active products.

    Koyo's and SKF's shield/open designations (`6204ZZ`, `6204-2RS`, `6204-2Z`, `6204`) are how
    buyers write any brand's bearing, so they are not a maker's reference here."""
    seen: Counter[str] = Counter(norm(a) for p in products for a in p.aliases)
    out = {}
    for p in products:
        for alias in p.aliases:
            if not p.active or seen[norm(alias)] != 1:
                continue
            if p.attrs["type"] == "ball_bearing" and "2RSH" not in alias:
                continue
            if p.attrs["type"] in ("sprocket", "pillow_block", "flange_bearing") and "-" not in alias:
                continue  # 40B15 and UCP205 are the item's plain designation, asked as a description
            out[norm(alias)] = (p, alias)
    return out


MFR_WORDS = {"es": ("{a}", "{a}", "{b} {a}", "ref. {b} {a}", "{b} {a}", "parte {a}"),
             "US": ("{a}", "{b} {a}", "mfr # {a}", "{b} part {a}", "{a} or equal")}  # fmt: skip


def mfr_rows(products: list[Product], writer: Writer) -> list[Row]:
    aliases = mfr_aliases(products)
    by_family: dict[str, list[tuple[Product, str]]] = defaultdict(list)
    for key in sorted(aliases):
        p, alias = aliases[key]
        by_family[p.family].append((p, alias))
    rows: list[Row] = []
    families = sorted(by_family)
    i = 0
    used: set[str] = set()
    while len(rows) < TARGETS["mfr_ref"]:
        family = families[i % len(families)]
        rng = seeded("mfr", str(i))
        i += 1
        p, alias = pick(rng, by_family[family])  # type: ignore[arg-type]
        if p.sku in used:
            continue
        used.add(p.sku)
        cid, region = pick_customer(rng)
        spaced = alias.replace("-", " ") if re.search("[A-Z]", alias) else alias  # 11-600-9 stays joined
        shown = pick(rng, (alias, alias, spaced, alias.lower()))
        words = pick(rng, MFR_WORDS["US" if region == "US" else "es"]).replace("{a}", shown).replace("{b}", p.brand)
        if "or equal" in words:
            words = words.replace(" or equal", "")
        q = None if rng.random() < 0.1 else qty_for(p, region, rng, after=True)
        note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "", "qty": q.shape if q else "none",
                "family": p.family, "alias": alias}  # fmt: skip
        text = writer.line(words, q, p, region, rng, note)
        rows.append(Row("", cid, text, [p.sku], q.qty if q else None, p.uom, "mfr_ref", note))
    return rows


def hand_rows(products: list[Product], writer: Writer) -> list[Row]:
    rows = []
    for cid, text, pins, qty, why in lists.TRAPS:
        cands = fits(products, pins)
        assert classify(cands) == "description", (text, [c.sku for c in cands])
        p = cands[0]
        region = REGION[cid]
        note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "hand", "qty": "hand",
                "family": p.family, "facts": encode(pins), "trap": why.replace(";", ",")}  # fmt: skip
        rows.append(Row("", cid, text, [p.sku], Decimal(qty) if qty else None, p.uom, "description", note))
    for cid, text, absent, family in lists.NOT_STOCKED:
        region = REGION[cid]
        note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "hand", "family": family}
        if isinstance(absent, dict):
            assert not fits(products, absent), text
            note["facts"] = encode(absent)
        else:
            assert absent_word(products, absent), (text, absent)
            note["absent"] = absent
        rows.append(Row("", cid, text, [], None, "", "not_stocked", note))
    keyed = {p.key: p for p in products}
    for key, cid, text in lists.INACTIVE_LINES:
        p = keyed[key]
        assert not p.active
        region = REGION[cid]
        note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "hand", "family": p.family,
                "inactive": p.sku}  # fmt: skip
        rows.append(Row("", cid, text, [], None, "", "not_stocked", note))
    for cid, text in lists.NOT_ITEMS:
        region = REGION[cid]
        note = {"lang": "en" if region == "US" else "es", "region": region, "fmt": "hand"}
        rows.append(Row("", cid, text, [], None, "", "not_item", note))
    return rows


def absent_word(products: list[Product], word: str) -> bool:
    """The word appears in no product's code, name, description, brand or aliases (as a word)."""
    target = plain(word).lower()
    pattern = re.compile(rf"(?<![0-9a-z]){re.escape(target)}(?![0-9a-z])")
    for p in products:
        hay = plain(" ".join([p.sku, p.name, p.description, p.brand, *p.aliases])).lower()
        if pattern.search(hay):
            return False
    return True


def number(rows: list[Row]) -> list[Row]:
    return corpus.number(rows, "c4")


def build() -> list[Row]:
    products = catalog()
    writer = Writer(products)
    rows = (generated(products, writer) + hand_rows(products, writer) + code_rows(products, writer)
            + part_rows(products, writer) + mfr_rows(products, writer))  # fmt: skip
    rows = sorted(rows, key=lambda r: KINDS.index(r.kind))
    return number(rows)


def files() -> dict[str, str]:
    return corpus.files(build(), by=None)


def check(text: str, folder: Path) -> list[str]:
    """Every label of `text` (all.csv) against the CSV files of catalog 4 in `folder`."""
    with (folder / "products.csv").open(encoding="utf-8") as handle:
        products = {r["sku"]: r for r in csv.DictReader(handle)}
    with (folder / "cross_references.csv").open(encoding="utf-8") as handle:
        xrefs = {(r["customer_id"], r["customer_part"]): r["sku"] for r in csv.DictReader(handle)}

    facts = {
        sku: {**dict(kv.split("=", 1) for kv in r["attributes"].split("|") if kv), "brand": r["brand"]}
        for sku, r in products.items() if r["active"] == "true"
    }  # fmt: skip

    def matching(pins: dict[str, str]) -> list[str]:
        return sorted(s for s, f in facts.items() if all(f.get(k) == v for k, v in pins.items()))

    alias_count = Counter(norm(a) for r in products.values() for a in r["aliases"].split("|") if a)
    problems = []
    for r in csv.DictReader(io.StringIO(text)):
        note = dict(kv.split("=", 1) for kv in r["note"].split(";") if "=" in kv)
        skus = [s for s in r["expected_sku"].split("|") if s]
        where = f"{r['id']}: {r['text']!r}"
        for sku in skus:
            if sku not in products or products[sku]["active"] != "true":
                problems.append(f"{where}: {sku} is not an active product")
            elif products[sku]["uom"] != r["expected_uom"]:
                problems.append(f"{where}: uom {r['expected_uom']} but {sku} is sold by {products[sku]['uom']}")
        kind = r["kind"]
        if "facts" in note:
            found = matching(decode(note["facts"]))
            if kind in ("description", "brand_open") and found != sorted(skus):
                problems.append(f"{where}: the facts fit {found}, not {skus}")
            if kind == "ambiguous" and len(found) < 2:
                problems.append(f"{where}: ambiguous but the facts fit {found}")
            if kind == "not_stocked" and found:
                problems.append(f"{where}: not stocked but the facts fit {found}")
        if kind == "brand_open":
            rows = [products[s] for s in skus]
            if len({p["brand"] for p in rows}) != len(rows) or len({p["attributes"] for p in rows}) != 1:
                problems.append(f"{where}: brand-open set is not one item in several brands")
        if kind == "code" and not any(s.upper() in r["text"].upper() for s in skus):
            problems.append(f"{where}: the code line does not carry its SKU")
        if kind == "customer_part":
            ok = any(xrefs.get((r["customer_id"], part)) == skus[0] and part.upper() in r["text"].upper()
                     for (cid, part) in xrefs if cid == r["customer_id"])  # fmt: skip
            if not ok:
                problems.append(f"{where}: no cross reference of {r['customer_id']} to {skus} in the text")
        if kind == "mfr_ref":
            own = [a for a in products[skus[0]]["aliases"].split("|") if a]
            if not any(norm(a) in norm(r["text"]) and alias_count[norm(a)] == 1 for a in own):
                problems.append(f"{where}: no alias of only {skus[0]} in the text")
        if kind in ("ambiguous", "not_stocked", "not_item") and skus:
            problems.append(f"{where}: {kind} lines expect no SKU")
        if "inactive" in note and products[note["inactive"]]["active"] != "false":
            problems.append(f"{where}: {note['inactive']} is active")
    return problems


def main() -> None:
    corpus.main(__doc__, HERE, files, write, check)


if __name__ == "__main__":
    main()
