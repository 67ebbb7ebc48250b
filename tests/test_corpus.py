"""The labelled request-line corpus (bench/corpus/): the committed files are what the
generator writes, the tune/holdout split is clean, and the demo labels still hold
against today's demo data (a changed demo generator must not leave wrong labels)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from bench.catalog2.universe import pick, universe
from bench.corpus import demo_lines
from bench.corpus.generate import catalog2_lines, split
from bot.demo.writer import write_demo

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "corpus"


def _read(name: str) -> list[dict[str, str]]:
    with (CORPUS / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.slow  # regenerates the whole catalog-2 corpus
def test_catalog2_lines_are_what_the_generator_writes() -> None:
    committed = [r for r in _read("all.csv") if r["catalog"] == "catalog2"]
    assert catalog2_lines(pick(universe(), 1500, 7)) == committed
    assert len(committed) >= 450


def test_tune_and_holdout_split_all_lines_by_kind() -> None:
    rows, tune, holdout = _read("all.csv"), _read("tune.csv"), _read("holdout.csv")
    assert {r["id"] for r in tune}.isdisjoint({r["id"] for r in holdout})
    assert sorted(r["id"] for r in tune + holdout) == sorted(r["id"] for r in rows)
    want_tune, want_holdout = split(rows)
    assert (tune, holdout) == (want_tune, want_holdout)
    for kind in {r["kind"] for r in rows}:
        t = sum(r["kind"] == kind for r in tune)
        h = sum(r["kind"] == kind for r in holdout)
        assert abs(t - h) <= 2, kind


def test_demo_labels_hold_against_todays_demo_data(tmp_path: Path) -> None:
    write_demo(tmp_path, products=2500, seed=7, today=dt.date(2026, 11, 25))
    rows = [r for r in _read("all.csv") if r["catalog"] == "demo"]
    assert len(rows) >= 100
    demo_lines.check(rows, tmp_path)
    with (tmp_path / "cross_references.csv").open(encoding="utf-8") as fh:
        xrefs = {
            (r["customer_id"], r["customer_part"].lower()): r["sku"] for r in csv.DictReader(fh)
        }
    for row in rows:
        if row["kind"] == "customer_part":
            part = next(p for c, p in xrefs if c == row["customer_id"] and p in row["text"].lower())
            assert xrefs[(row["customer_id"], part)] == row["expected_sku"], row["id"]
