"""Corpus 5 (bench/corpus5) stays what its generator writes, and true to catalog 5's CSV files.

Catalog 5 is written blind (issue #13): its lines must keep their computed labels, and the
tune/holdout split must stay the one made before anyone ran a matcher on them.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from bench.catalog5.erp import write
from bench.corpus5.generate import HERE, KINDS, check, files
from bot import migrate
from bot.db import make_engine
from bot.erp.importer import import_folder


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_corpus5_files_are_what_the_generator_writes_and_hold_against_catalog5(tmp_path: Path) -> None:
    written = files()
    for name, text in written.items():
        assert (HERE / name).read_text(encoding="utf-8") == text, f"bench/corpus5/{name} is stale"
    write(tmp_path)
    assert check(written["all.csv"], tmp_path) == []
    rows = _rows(written["all.csv"])
    assert len(rows) >= 400
    assert {r["catalog"] for r in rows} == {"catalog5"}
    assert set(Counter(r["kind"] for r in rows)) == set(KINDS)


def test_corpus5_tune_and_holdout_halve_each_kind() -> None:
    every = _rows((HERE / "all.csv").read_text(encoding="utf-8"))
    tune = _rows((HERE / "tune.csv").read_text(encoding="utf-8"))
    holdout = _rows((HERE / "holdout.csv").read_text(encoding="utf-8"))
    assert {r["id"] for r in tune}.isdisjoint({r["id"] for r in holdout})
    assert sorted(r["id"] for r in tune + holdout) == sorted(r["id"] for r in every)
    tune_kinds, holdout_kinds = Counter(r["kind"] for r in tune), Counter(r["kind"] for r in holdout)
    for kind in KINDS:
        assert tune_kinds[kind] - holdout_kinds[kind] in (0, 1), kind


def test_catalog5_folder_imports_whole_and_again_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "catalog5"
    products = write(folder)
    assert 800 <= len(products) <= 1200
    assert len({p.sku for p in products}) == len(products)
    assert any(not p.active for p in products)
    engine = make_engine(f"sqlite:///{tmp_path / 'c5.db'}")
    try:
        migrate.upgrade(engine)
        first = import_folder(engine, folder)
        assert first.applied and first.tables["products.csv"].inserted == len(products)
        again = import_folder(engine, folder)
        assert again.changed == 0
    finally:
        engine.dispose()
