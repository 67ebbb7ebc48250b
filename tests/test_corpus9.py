"""The blind corpus of catalog 9 (bench/corpus9/) as a seller would check it by hand: every
line that names an item names one the catalog sells, in the unit it is sold in; our Odoo
references and the customers' own part numbers point where the label says; the lines about
variants Odoo has archived name those variants; Guatemala, Costa Rica, the Dominican Republic
and the English-speaking islands all write. (The generator's own checks, the committed files
and the tune/holdout split are in test_blind_corpora.py.)"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from bench.catalog9.erp import INACTIVE, write
from bench.corpus9.generate import HERE, KINDS

ITEM_KINDS = {"description", "brand_open", "code", "customer_part", "mfr_ref"}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _note(row: dict[str, str]) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in row["note"].split(";") if "=" in kv)


def _flat(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("catalog9")
    write(out)
    return out


@pytest.fixture(scope="module")
def lines() -> list[dict[str, str]]:
    return _read(HERE / "all.csv")


def test_every_item_line_names_an_active_product_in_its_unit(folder: Path, lines: list[dict[str, str]]) -> None:
    products = {r["sku"]: r for r in _read(folder / "products.csv")}
    for row in lines:
        skus = [s for s in row["expected_sku"].split("|") if s]
        assert bool(skus) == (row["kind"] in ITEM_KINDS), row["id"]
        for sku in skus:
            assert products[sku]["active"] == "true", (row["id"], sku)
            assert products[sku]["uom"] == row["expected_uom"], (row["id"], sku)
        if row["kind"] == "ambiguous":
            fits = _note(row)["fits"].split("|")
            assert len(fits) >= 2 and all(products[s]["active"] == "true" for s in fits), row["id"]


def test_products_are_named_as_odoo_exports_variants(folder: Path) -> None:
    for r in _read(folder / "products.csv"):
        assert r["name"].startswith(f"[{r['sku']}] "), r["sku"]
        assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9-]+", r["sku"]), r["sku"]
        assert r["family"].startswith("Todos / "), r["sku"]


def test_code_lines_carry_our_reference_and_no_other(folder: Path, lines: list[dict[str, str]]) -> None:
    codes = {r["sku"] for r in _read(folder / "products.csv")}
    for row in (r for r in lines if r["kind"] == "code"):
        found = {c for c in codes if _flat(c) in _flat(row["text"])}
        # a longer reference may contain a shorter one: the label is the longest named
        assert max(found, key=len) == row["expected_sku"], row["id"]


def test_customer_part_numbers_map_to_the_labelled_item(folder: Path, lines: list[dict[str, str]]) -> None:
    xrefs = {(r["customer_id"], r["customer_part"]): r["sku"] for r in _read(folder / "cross_references.csv")}
    parts = [r for r in lines if r["kind"] == "customer_part"]
    assert Counter(r["customer_id"] for r in parts) == {"GT1001": 15, "JM4001": 15}
    for row in parts:
        named = [p for (cid, p) in xrefs if cid == row["customer_id"] and p.lower() in row["text"].lower()]
        assert len(named) == 1, row["id"]
        assert xrefs[(row["customer_id"], named[0])] == row["expected_sku"], row["id"]


def test_each_variant_odoo_archived_is_asked_for_and_never_expected(folder: Path, lines: list[dict[str, str]]) -> None:
    inactive = {r["sku"] for r in _read(folder / "products.csv") if r["active"] == "false"}
    assert len(inactive) == len(INACTIVE)
    asked = {_note(r)["inactive"] for r in lines if "inactive" in _note(r)}
    assert asked == inactive
    assert not any(set(r["expected_sku"].split("|")) & inactive for r in lines)


def test_the_corpus_has_every_kind_every_country_and_the_holdout_is_half(lines: list[dict[str, str]]) -> None:
    kinds = Counter(r["kind"] for r in lines)
    assert set(kinds) == set(KINDS) and len(lines) >= 440
    assert all(kinds[k] >= 25 for k in KINDS)
    regions = Counter(_note(r)["region"] for r in lines)
    assert regions["gt"] >= 100 and regions["cr"] >= 60 and regions["do"] >= 60
    assert regions["jm"] + regions["tt"] >= 80 and regions["tt"] >= 20
    assert {r["customer_id"] for r in lines if _note(r)["lang"] == "en"} == {"JM4001", "TT4002"}
    holdout = _read(HERE / "holdout.csv")
    assert abs(len(lines) - 2 * len(holdout)) <= len(KINDS)
