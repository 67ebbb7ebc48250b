"""Files that arrive cut short, broken bytes and an unmigrated database (ERP.md, issue #12).

Each story imports through the CLI or `import_folder` on the real test database and
checks what an operator would see: the figures, the exit status, and that nothing
of the folder was applied.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask
from sqlmodel import Session, select

from bot import create_app
from bot.erp.importer import ImportRejected
from bot.models import Product, Stock
from tests.conftest import ErpFolder, close_app, snapshot

HEADER = "sku,name,uom,list_price\n"
ROWS = [f"P-{n:02},Item {n},EA,{n}.50\n" for n in range(1, 11)]
PRODUCTS = HEADER + "".join(ROWS)
WAREHOUSES = "warehouse,name\nSCL,Santiago\n"
STOCK = "sku,warehouse,on_hand\n" + "".join(f"P-{n:02},SCL,{n}\n" for n in range(1, 11))


def write(erp: ErpFolder, **files: str) -> None:
    """Write files byte for byte (no dedent: line ends matter here)."""
    for name, text in files.items():
        (erp.path / f"{name}.csv").write_bytes(text.encode())


@pytest.fixture
def loaded(erp: ErpFolder) -> ErpFolder:
    write(erp, products=PRODUCTS, warehouses=WAREHOUSES, stock=STOCK)
    erp.load()
    return erp


def cli(app: Flask, erp: ErpFolder, *extra: str) -> tuple[int, str]:
    result = app.test_cli_runner().invoke(args=["erp", "import", str(erp.path), *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def test_a_products_file_cut_at_a_row_boundary_is_refused_with_figures(
    app: Flask, loaded: ErpFolder, session: Session
) -> None:
    before = snapshot(loaded.engine)
    write(loaded, products=HEADER + "".join(ROWS[:5]))  # half the catalog, cleanly cut
    code, output = cli(app, loaded)
    assert code == 1
    assert (
        "products.csv: would deactivate 5 of 10 rows (50.0 %, more than "
        "IMPORT_MAX_DROP_PCT 20 %): the file looks cut short (5 rows read)"
    ) in output
    assert "nothing was applied" in output and "--allow-drop" in output
    assert snapshot(loaded.engine) == before

    code, output = cli(app, loaded, "--allow-drop")  # the ERP really retired them
    assert code == 0, output
    assert "products.csv: 0 new, 0 changed, 5 deactivated, 5 unchanged" in output
    active = session.exec(select(Product.sku).where(Product.active)).all()
    assert sorted(active) == [f"P-{n:02}" for n in range(1, 6)]


def test_every_refused_file_is_listed_and_a_smaller_drop_goes_through(
    loaded: ErpFolder, session: Session
) -> None:
    write(loaded, products=HEADER + "".join(ROWS[:7]), stock=STOCK.replace("P-10,SCL,10\n", ""))
    with pytest.raises(ImportRejected) as rejected:
        loaded.load()
    assert [p.file for p in rejected.value.problems] == ["products.csv"]  # 3 of 10 > 20 %
    assert "would deactivate 3 of 10 rows (30.0 %" in str(rejected.value)
    write(loaded, products=HEADER + "".join(ROWS[:8]))  # 2 of 10 = 20 %: not more than
    report = loaded.load()
    assert report.tables["products.csv"].removed == 2
    assert report.tables["stock.csv"].removed == 1
    assert len(session.exec(select(Stock)).all()) == 9


def test_the_drop_limit_is_configurable(
    database_url: str, tmp_path: Path, loaded: ErpFolder
) -> None:
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "REDIS_URL": None,
        "INSTANCE_PATH": str(tmp_path / "instance"), "IMPORT_MAX_DROP_PCT": Decimal(60),
    })  # fmt: skip
    write(loaded, products=HEADER + "".join(ROWS[:5]))
    code, output = cli(app, loaded)
    assert code == 0, output
    assert "5 deactivated" in output
    close_app(app)


def test_a_last_record_without_line_end_is_refused_unless_allowed(
    app: Flask, loaded: ErpFolder, session: Session
) -> None:
    before = snapshot(loaded.engine)
    cut = PRODUCTS.replace("P-10,Item 10,EA,10.50\n", "P-10,Item 10,EA,10.5")  # 10.50 → 10.5…
    write(loaded, products=cut)
    code, output = cli(app, loaded)
    assert code == 1
    assert (
        "products.csv:11: the last record has no line end: the file looks cut short "
        "(10 rows read); nothing was applied"
    ) in output
    assert snapshot(loaded.engine) == before
    code, output = cli(app, loaded, "--allow-drop")
    assert code == 0, output
    assert "products.csv: 0 new, 0 changed" in output  # 10.5 == 10.50


def test_a_nul_byte_is_a_problem_with_its_line_not_a_traceback(
    app: Flask, loaded: ErpFolder
) -> None:
    before = snapshot(loaded.engine)
    write(loaded, products=PRODUCTS.replace("Item 3,", "Item\x003,"))
    code, output = cli(app, loaded)
    assert code == 1
    assert "products.csv:4: contains a NUL byte (binary data, not CSV text)" in output
    assert "Traceback" not in output
    assert snapshot(loaded.engine) == before


def test_undecodable_bytes_name_the_exact_line(erp: ErpFolder) -> None:
    # Far past the text reader's first chunk, so its own position would be wrong.
    rows = "".join(f"P-{n:05},Item {n},EA,1\n" for n in range(1, 3001))
    data = (HEADER + rows).encode().replace(b"Item 2500,", b"Item \xff2500,")
    (erp.path / "products.csv").write_bytes(data)
    with pytest.raises(ImportRejected) as rejected:
        erp.load()
    assert [str(p) for p in rejected.value.problems] == [
        "products.csv:2501: not valid UTF-8 text (byte 14: invalid start byte)"
    ]


def manifest(erp: ErpFolder, *entries: tuple[str, str, str]) -> None:
    body = "file,rows,sha256\n" + "".join(f"{f},{r},{h}\n" for f, r, h in entries)
    (erp.path / "manifest.csv").write_text(body)


def sha(erp: ErpFolder, name: str) -> str:
    return hashlib.sha256((erp.path / name).read_bytes()).hexdigest()


def test_a_manifest_that_matches_lets_the_folder_in(erp: ErpFolder, session: Session) -> None:
    write(erp, products=PRODUCTS, warehouses=WAREHOUSES)
    manifest(
        erp,
        ("products.csv", "10", sha(erp, "products.csv")),
        ("WAREHOUSES.csv", "1", ""),  # names as the ERP spells them; a blank is not checked
    )
    assert erp.load().tables["products.csv"].inserted == 10


def test_a_folder_that_does_not_match_its_manifest_is_refused(
    loaded: ErpFolder, session: Session
) -> None:
    before = snapshot(loaded.engine)
    full = sha(loaded, "products.csv")
    write(loaded, products=HEADER + "".join(ROWS[:9]))  # the ERP is still writing it
    manifest(
        loaded,
        ("products.csv", "10", full),
        ("warehouses.csv", "1", sha(loaded, "warehouses.csv")),
        ("customers.csv", "3", ""),
    )
    with pytest.raises(ImportRejected) as rejected:
        loaded.load(allow_drop=True)  # --allow-drop never overrides the manifest
    assert [str(p) for p in rejected.value.problems] == [
        "manifest.csv: stock.csv is in the folder but not listed",
        "manifest.csv:2: rows: products.csv has 9 rows, the manifest says 10",
        "manifest.csv:2: sha256: products.csv does not match "
        "(changed or cut short since the manifest was written)",
        "manifest.csv:4: file: customers.csv is listed but not in the folder",
    ]
    assert rejected.value.overridable is False
    assert snapshot(loaded.engine) == before


def test_an_unmigrated_database_says_to_run_db_upgrade(tmp_path: Path, erp: ErpFolder) -> None:
    write(erp, products=PRODUCTS)
    app = create_app({
        "TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}",
        "REDIS_URL": None, "INSTANCE_PATH": str(tmp_path / "instance"),
    })  # fmt: skip
    runner = app.test_cli_runner()
    for args in (
        ["erp", "import", str(erp.path)],
        ["quote", "new", "--customer", "C1", "10 bearings"],
        ["match", "6204 bearing"],
    ):
        result = runner.invoke(args=args)
        assert result.exit_code == 1, result.output
        assert "the database is not migrated (at no schema, this version needs" in result.output
        assert "run `mostrador db upgrade`" in result.output
        assert not isinstance(result.exception, Exception) or isinstance(
            result.exception, SystemExit
        )
    upgraded = runner.invoke(args=["db", "upgrade"])
    assert upgraded.exit_code == 0, upgraded.output
    assert runner.invoke(args=["erp", "import", str(erp.path)]).exit_code == 0
    close_app(app)


def test_a_file_of_unknown_references_lists_200_and_stops(erp: ErpFolder) -> None:
    rows = "".join(f"P-{n},SCL,1\n" for n in range(250))
    write(erp, warehouses=WAREHOUSES, stock="sku,warehouse,on_hand\n" + rows)
    with pytest.raises(ImportRejected) as rejected:
        erp.load()
    problems = [str(p) for p in rejected.value.problems]
    assert len(problems) == 201
    assert problems[0] == "stock.csv:2: sku: unknown product 'P-0'"
    assert problems[-1] == "stock.csv:201: too many problems (250), stopped listing"
