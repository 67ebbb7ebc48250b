"""The blind corpora of catalogs 7, 8 and 9 (bench/corpusN/) as a seller would check them by
hand: every line that names an item names one the catalog sells, in the unit it is sold in; our
codes and the customers' own part numbers point where the label says; the lines about rows the
ERP no longer sells (variants Odoo archived) name those rows; every region of each corpus writes.
(The generators' own checks, the committed files and the tune/holdout split are in
test_blind_corpora.py with the other blind catalogs.)

Folded from test_corpus7.py, test_corpus8.py and test_corpus9.py, which made the same checks with
the same setup: what differs by corpus is in SELLER; what only one corpus has (the shape of its
codes, its regions, Odoo's variant names) is a test of its own at the end.
"""

from __future__ import annotations

import csv
import functools
import importlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ITEM_KINDS = {"description", "brand_open", "code", "customer_part", "mfr_ref"}


@dataclass(frozen=True)
class Seller:
    """What a seller of one catalog expects of its corpus."""

    parts: dict[str, int]  # customers who write their own part numbers → how many lines each
    min_lines: int
    whole_units: tuple[str, ...] = ()  # units never fractional in a line (a piece, a box, a set)
    fits: bool = False  # ambiguous lines list the active products they fit (corpora 8 on)


SELLER = {
    7: Seller({"PE1001": 15, "EX3001": 15}, 420, whole_units=("PC", "CX", "JG")),
    8: Seller({"CO0201": 15, "UK0301": 15}, 420, fits=True),
    9: Seller({"GT1001": 15, "JM4001": 15}, 440, fits=True),
}
Rows = list[dict[str, str]]


def _read(path: Path) -> Rows:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _note(row: dict[str, str]) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in row["note"].split(";") if "=" in kv)


def _flat(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _here(n: int) -> Path:
    here: Path = importlib.import_module(f"bench.corpus{n}.generate").HERE
    return here


def _kinds(n: int) -> tuple[str, ...]:
    kinds: tuple[str, ...] = importlib.import_module(f"bench.corpus{n}.generate").KINDS
    return kinds


@functools.cache
def _lines(n: int) -> Rows:
    return _read(_here(n) / "all.csv")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """Catalog n's ERP folder, written once per module."""
    written: dict[int, Path] = {}

    def of(n: int) -> Path:
        if n not in written:
            written[n] = tmp_path_factory.mktemp(f"catalog{n}")
            importlib.import_module(f"bench.catalog{n}.erp").write(written[n])
        return written[n]

    return of


@pytest.mark.parametrize("n", sorted(SELLER))
def test_every_item_line_names_an_active_product_in_its_unit(n: int, folder: Callable[[int], Path]) -> None:
    seller = SELLER[n]
    products = {r["sku"]: r for r in _read(folder(n) / "products.csv")}
    for row in _lines(n):
        skus = [s for s in row["expected_sku"].split("|") if s]
        assert bool(skus) == (row["kind"] in ITEM_KINDS), row["id"]
        for sku in skus:
            assert products[sku]["active"] == "true", (row["id"], sku)
            assert products[sku]["uom"] == row["expected_uom"], (row["id"], sku)
        if row["expected_qty"] and row["expected_uom"] in seller.whole_units:
            assert "." not in row["expected_qty"], row["id"]  # a piece, box or set is never fractional
        if seller.fits and row["kind"] == "ambiguous":
            fits = _note(row)["fits"].split("|")
            assert len(fits) >= 2 and all(products[s]["active"] == "true" for s in fits), row["id"]


def _named_parts(n: int, folder: Path) -> list[tuple[dict[str, str], str, str]]:
    """(line, the customer's part number it names, our SKU for it) for every customer-part line;
    asserts each line names exactly one of its customer's part numbers."""
    xrefs = {(r["customer_id"], r["customer_part"]): r["sku"] for r in _read(folder / "cross_references.csv")}
    named_parts = []
    for row in (r for r in _lines(n) if r["kind"] == "customer_part"):
        named = [p for (cid, p) in xrefs if cid == row["customer_id"] and p.lower() in row["text"].lower()]
        assert len(named) == 1, row["id"]
        named_parts.append((row, named[0], xrefs[(row["customer_id"], named[0])]))
    return named_parts


@pytest.mark.parametrize("n", sorted(SELLER))
def test_customer_part_numbers_map_to_the_labelled_item(n: int, folder: Callable[[int], Path]) -> None:
    parts = [r for r in _lines(n) if r["kind"] == "customer_part"]
    assert Counter(r["customer_id"] for r in parts) == SELLER[n].parts
    for row, _part, sku in _named_parts(n, folder(n)):
        assert sku == row["expected_sku"], row["id"]


@pytest.mark.parametrize("n", sorted(SELLER))
def test_each_row_the_erp_no_longer_sells_is_asked_for_and_never_expected(n: int, folder: Callable[[int], Path]) -> None:
    lines = _lines(n)
    inactive = {r["sku"] for r in _read(folder(n) / "products.csv") if r["active"] == "false"}
    assert len(inactive) == len(importlib.import_module(f"bench.catalog{n}.erp").INACTIVE)
    asked = {_note(r)["inactive"] for r in lines if "inactive" in _note(r)}
    assert asked == inactive
    assert not any(set(r["expected_sku"].split("|")) & inactive for r in lines)


@pytest.mark.parametrize("n", sorted(SELLER))
def test_the_corpus_has_every_kind_and_the_holdout_is_half(n: int) -> None:
    lines, kinds_of = _lines(n), _kinds(n)
    kinds = Counter(r["kind"] for r in lines)
    assert set(kinds) == set(kinds_of) and len(lines) >= SELLER[n].min_lines
    assert all(kinds[k] >= 25 for k in kinds_of)
    holdout = _read(_here(n) / "holdout.csv")
    assert abs(len(lines) - 2 * len(holdout)) <= len(kinds_of)


# --- what only one corpus has -----------------------------------------------------------------


def test_corpus7_code_lines_carry_our_dotted_code_and_no_other(folder: Callable[[int], Path]) -> None:
    codes = {r["sku"] for r in _read(folder(7) / "products.csv")}
    assert all(re.fullmatch(r"\d0\.\d\d\.\d{5}", c) for c in codes)
    digits = {c.replace(".", ""): c for c in codes}
    for row in (r for r in _lines(7) if r["kind"] == "code"):
        shapes = (re.sub(r"\D", "", m) for m in re.findall(r"\d\d[.\- ]?\d\d[.\- ]?\d{5}", row["text"]))
        found = {digits[d] for d in shapes if d in digits}
        assert found == {row["expected_sku"]}, row["id"]


def test_corpus7_the_mines_material_numbers_are_all_digits(folder: Callable[[int], Path]) -> None:
    for row, part, _sku in _named_parts(7, folder(7)):
        if row["customer_id"] == "PE1001":
            assert re.fullmatch(r"\d{8}", part)  # all digits, like a quantity, and not one of our codes


def test_corpus7_both_languages_write() -> None:
    languages = Counter(_note(r)["lang"] for r in _lines(7))
    assert languages["en"] >= 60 and languages["es"] >= 300


def test_corpus8_code_lines_carry_our_code_and_no_other(folder: Callable[[int], Path]) -> None:
    codes = {r["sku"] for r in _read(folder(8) / "products.csv")}
    assert all(re.fullmatch(r"[A-Z]{2}\d{4}[A-Z]", c) for c in codes)
    for row in (r for r in _lines(8) if r["kind"] == "code"):
        shapes = re.findall(r"\b([A-Za-z]{2})[- ]?(\d{4})[- ]?([A-Za-z])\b", row["text"])
        found = {f"{a}{b}{c}".upper() for a, b, c in shapes} & codes
        assert found == {row["expected_sku"]}, row["id"]


def test_corpus8_spain_colombia_and_the_uk_customer_all_write() -> None:
    lines = _lines(8)
    regions = Counter(_note(r)["region"] for r in lines)
    assert regions["en"] >= 60 and regions["es"] >= 150 and regions["co"] >= 100
    assert {r["customer_id"] for r in lines if _note(r)["region"] == "en"} == {"UK0301"}


def test_corpus9_products_are_named_as_odoo_exports_variants(folder: Callable[[int], Path]) -> None:
    for r in _read(folder(9) / "products.csv"):
        assert r["name"].startswith(f"[{r['sku']}] "), r["sku"]
        assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9-]+", r["sku"]), r["sku"]
        assert r["family"].startswith("Todos / "), r["sku"]


def test_corpus9_code_lines_carry_our_reference_and_no_other(folder: Callable[[int], Path]) -> None:
    codes = {r["sku"] for r in _read(folder(9) / "products.csv")}
    for row in (r for r in _lines(9) if r["kind"] == "code"):
        found = {c for c in codes if _flat(c) in _flat(row["text"])}
        # a longer reference may contain a shorter one: the label is the longest named
        assert max(found, key=len) == row["expected_sku"], row["id"]


def test_corpus9_every_country_writes() -> None:
    lines = _lines(9)
    regions = Counter(_note(r)["region"] for r in lines)
    assert regions["gt"] >= 100 and regions["cr"] >= 60 and regions["do"] >= 60
    assert regions["jm"] + regions["tt"] >= 80 and regions["tt"] >= 20
    assert {r["customer_id"] for r in lines if _note(r)["lang"] == "en"} == {"JM4001", "TT4002"}
