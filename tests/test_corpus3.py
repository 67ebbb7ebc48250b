"""The blind corpus of catalog 3 (bench/corpus3/): the committed files are what the generator
writes, its labels hold against the CSV files catalog 3 writes today, and tune/holdout split
every line by kind."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from bench.catalog3.erp import write
from bench.corpus3.generate import HERE, build, check, split


def _read(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_corpus3_files_are_what_the_generator_writes_and_hold_against_catalog3(
    tmp_path: Path,
) -> None:
    lines = build()
    assert _read("all.csv") == lines
    write(tmp_path)
    check(lines, tmp_path)  # raises on a label the catalog no longer supports
    tune, holdout = split(lines)
    assert _read("tune.csv") == tune
    assert _read("holdout.csv") == holdout


def test_corpus3_tune_and_holdout_halve_each_kind() -> None:
    every, tune, holdout = _read("all.csv"), _read("tune.csv"), _read("holdout.csv")
    assert len(every) >= 300
    ids = [r["id"] for r in tune] + [r["id"] for r in holdout]
    assert sorted(ids) == sorted(r["id"] for r in every)
    kinds_tune = Counter(r["kind"] for r in tune)
    kinds_holdout = Counter(r["kind"] for r in holdout)
    for kind, count in Counter(r["kind"] for r in every).items():
        assert kinds_tune[kind] - kinds_holdout[kind] in (0, 1), kind
        assert count >= 20, kind
