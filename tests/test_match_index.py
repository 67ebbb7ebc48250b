"""When the matcher's index is rebuilt (bot/matching/cache.py): only when an import
changed the catalog, off the request path, and once per host (other processes load
the file). Real imports into the test database."""

from __future__ import annotations

import gc
import time
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.matching.cache import IndexCache
from tests.conftest import ErpFolder

NEW_ITEM = "V-A43,Classical V-belt A43 Gates,Gates,Belts,EA,7.60,4.10\n"


def skus(cache: IndexCache, db: Engine) -> set[str]:
    return {entry.sku for entry in cache.get(db).entries}


def test_a_stock_only_import_keeps_the_index_and_a_catalog_change_rebuilds_it(
    shop: ErpFolder, db: Engine, tmp_path: Path
) -> None:
    shop.load()
    cache = IndexCache(check_every=0, background=False, folder=tmp_path / "index")
    first = cache.get(db)
    assert cache.builds == 1 and "V-A42" in skus(cache, db)
    assert gc.get_freeze_count() > 0  # the index is out of the collector's view

    shop.write(stock="sku,warehouse,on_hand\nB-SKF,SCL,7\nB-NSK,SCL,0\nF-840,SCL,1\nV-A42,SCL,3\n")
    assert shop.load().changed > 0  # the 15-minute sync: stock only
    assert cache.get(db) is first and cache.builds == 1

    products = (shop.path / "products.csv").read_text() + NEW_ITEM
    shop.write(products=products)
    shop.load()
    assert "V-A43" in skus(cache, db) and cache.builds == 2


def test_a_stale_index_serves_until_the_new_one_is_swapped_in(
    shop: ErpFolder, db: Engine, tmp_path: Path
) -> None:
    shop.load()
    cache = IndexCache(check_every=0, background=True, folder=tmp_path / "index")
    old = cache.get(db)
    shop.write(products=(shop.path / "products.csv").read_text() + NEW_ITEM)
    shop.load()
    assert cache.get(db) is old  # answered at once, from the old index
    deadline = time.monotonic() + 30
    while "V-A43" not in skus(cache, db):
        assert time.monotonic() < deadline, "the new index was never swapped in"
        time.sleep(0.05)
    assert cache.builds == 2


def test_a_second_process_on_the_host_loads_the_index_file_instead_of_building(
    shop: ErpFolder, db: Engine, tmp_path: Path
) -> None:
    shop.load()
    folder = tmp_path / "index"
    built = IndexCache(check_every=0, background=False, folder=folder)
    assert "V-A42" in skus(built, db) and built.builds == 1
    [file] = folder.glob("*.pickle")
    loaded = IndexCache(check_every=0, background=False, folder=folder)
    assert skus(loaded, db) == skus(built, db) and loaded.builds == 0

    file.write_bytes(b"cut short")  # a damaged file is built again, not trusted
    again = IndexCache(check_every=0, background=False, folder=folder)
    assert skus(again, db) == skus(built, db) and again.builds == 1


def test_the_index_looks_for_imports_at_most_every_few_seconds(
    shop: ErpFolder, db: Engine, tmp_path: Path
) -> None:
    shop.load()
    cache = IndexCache(check_every=3600, background=False, folder=None)
    first = cache.get(db)
    shop.write(products=(shop.path / "products.csv").read_text() + NEW_ITEM)
    shop.load()
    assert cache.get(db) is first  # not looked for yet: no query per turn
    cache.check_every = 0
    assert "V-A43" in skus(cache, db)
