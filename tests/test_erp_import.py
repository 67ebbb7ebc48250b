"""`mostrador erp import`: all or nothing, idempotent, precise about what is wrong."""

from __future__ import annotations

import datetime as dt
import filecmp
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask
from sqlmodel import Session, select

from bot.demo.writer import write_demo
from bot.erp.importer import ImportRejected, import_folder
from bot.models import AuditEvent, Contact, Product, Stock
from tests.conftest import ErpFolder, snapshot

PRODUCTS = """
    sku,name,uom,list_price,family
    A-1,Bearing 6204-2RS,EA,10.00,Bearings
    A-2,Hex bolt M8x40,EA,0.50,Fasteners
    A-3,Ball valve 1/2 in,EA,13.70,Valves
    """
WAREHOUSES = """
    warehouse,name,timezone,cutoff
    SCL,Santiago,America/Santiago,16:00
    """
STOCK = """
    sku,warehouse,on_hand
    A-1,SCL,10
    A-2,SCL,500
    """
CUSTOMERS = """
    customer_id,name,credit_limit
    C1,Minera,1000
    """
RECEIVABLES = """
    invoice,customer_id,issued,due,amount,balance
    F-1,C1,2026-10-01,2026-10-31,100.00,100.00
    """


@pytest.fixture
def loaded(erp: ErpFolder) -> ErpFolder:
    erp.write(
        products=PRODUCTS,
        warehouses=WAREHOUSES,
        stock=STOCK,
        customers=CUSTOMERS,
        receivables=RECEIVABLES,
    ).load()
    return erp


def test_a_bad_row_in_the_last_file_leaves_the_database_untouched(loaded: ErpFolder) -> None:
    before = snapshot(loaded.engine)
    loaded.write(
        products=PRODUCTS.replace("10.00", "11.00"),  # a good change in the first file...
        receivables=RECEIVABLES + "    F-2,C1,2026-10-01,31/10/2026,5.00,5.00\n",  # ...a bad date
    )
    with pytest.raises(ImportRejected) as rejected:
        loaded.load()
    assert [str(p) for p in rejected.value.problems] == [
        "receivables.csv:3: due: not an ISO date (YYYY-MM-DD): '31/10/2026'"
    ]
    assert snapshot(loaded.engine) == before


def test_reimporting_the_same_folder_changes_nothing(loaded: ErpFolder) -> None:
    before = snapshot(loaded.engine)
    report = loaded.load()
    assert report.changed == 0
    assert report.tables["products.csv"].unchanged == 3
    assert snapshot(loaded.engine) == before


def test_a_product_missing_from_the_next_import_becomes_inactive(
    loaded: ErpFolder, session: Session
) -> None:
    loaded.write(products=PRODUCTS.replace("A-3,Ball valve 1/2 in,EA,13.70,Valves", ""))
    report = loaded.load(allow_drop=True)  # one of three is past the 20 % guard
    assert report.tables["products.csv"].removed == 1
    a3 = session.get(Product, "A-3")
    assert a3 is not None and a3.active is False  # kept for old quotes, no longer sold
    session.rollback()  # end this reader's snapshot
    loaded.write(products=PRODUCTS)
    loaded.load()
    assert session.get(Product, "A-3").active is True  # type: ignore[union-attr]


def test_rows_dropped_from_a_file_are_deleted_and_changes_applied(
    loaded: ErpFolder, session: Session
) -> None:
    loaded.write(stock="sku,warehouse,on_hand\nA-2,SCL,480\n")
    report = loaded.load(allow_drop=True)
    assert (report.tables["stock.csv"].updated, report.tables["stock.csv"].removed) == (1, 1)
    rows = session.exec(select(Stock)).all()
    assert [(s.sku, s.on_hand) for s in rows] == [("A-2", Decimal(480))]


def test_a_missing_file_leaves_its_table_as_it_was(loaded: ErpFolder, session: Session) -> None:
    loaded.remove("stock", "receivables")
    assert loaded.load().changed == 0
    assert len(session.exec(select(Stock)).all()) == 2


def test_bom_free_column_order_and_unknown_columns(erp: ErpFolder, session: Session) -> None:
    (erp.path / "products.csv").write_text(
        "\ufefflist_price,Color,SKU,uom,name,aliases\n"
        '12.5,red,X-1,ea,"Bolt, hex M8",m8 bolt| perno m8 |\n',
        encoding="utf-8",
    )
    erp.load()
    product = session.get(Product, "X-1")
    assert product is not None
    assert (product.name, product.uom, product.list_price) == (
        "Bolt, hex M8",
        "EA",
        Decimal("12.5"),
    )
    assert product.aliases == ["m8 bolt", "perno m8"]


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        (
            {"products": "sku,name,uom\nA,B,EA\n"},
            "products.csv:1: list_price: required column is missing",
        ),
        (
            {"products": "sku,name,uom,list_price\nA,B,EA,12,50\n"},
            "products.csv:2: 5 cells but the header has 4 columns"
            " (a value with a comma must be quoted)",
        ),
        (
            {"products": "sku,name,uom,list_price\nA,B,EA,1\nA,C,EA,2\n"},
            "products.csv:3: sku: duplicate key, first on line 2",
        ),
        (
            {"products": "sku,name,uom,list_price\nA,,EA,1\n"},
            "products.csv:2: name: a value is required",
        ),
        (
            {"products": "sku,name,uom,list_price,active\nA,B,EA,1,maybe\n"},
            "products.csv:2: active: not a boolean (true/false/1/0/yes/no): 'maybe'",
        ),
        (
            {"warehouses": "warehouse,name,timezone\nX,Y,Mars/Olympus\n"},
            "warehouses.csv:2: timezone: unknown IANA time zone: 'Mars/Olympus'",
        ),
        (
            {
                "customers": "customer_id,name\nC1,A\n",
                "contacts": "customer_id,name,phone\nC1,Ana,56 9 1234\n",
            },
            "contacts.csv:2: phone: not an E.164 phone number (like +56912345678): '56 9 1234'",
        ),
        (
            {
                "products": "sku,name,uom,list_price\nA,B,EA,1\n",
                "stock": "sku,warehouse,on_hand\nZ,SCL,1\n",
                "warehouses": "warehouse,name\nSCL,Santiago\n",
            },
            "stock.csv:2: sku: unknown product 'Z'",
        ),
        (
            {
                "customers": "customer_id,name\nC1,A\n",
                "family_discounts": "price_list,customer_id,family,discount_pct\nL,C1,Bearings,5\n",
            },
            "family_discounts.csv:2: price_list: give exactly one of price_list or customer_id",
        ),
    ],
)
def test_problems_name_file_line_column_and_reason(
    erp: ErpFolder, files: dict[str, str], problem: str
) -> None:
    erp.write(**files)
    with pytest.raises(ImportRejected) as rejected:
        erp.load()
    assert problem in [str(p) for p in rejected.value.problems]


def test_a_folder_without_erp_files_is_refused(erp: ErpFolder) -> None:
    with pytest.raises(ImportRejected, match="no ERP files found"):
        erp.load()


def test_contacts_are_keyed_by_phone_or_email(erp: ErpFolder, session: Session) -> None:
    erp.write(
        customers=CUSTOMERS,
        contacts="""
        customer_id,name,phone,email
        C1,Ana,+56 9 1234 5678,
        C1,Pagos,,Pagos@Minera.example
        """,
    ).load()
    keys = sorted(c.contact_key for c in session.exec(select(Contact)).all())
    assert keys == ["+56912345678", "pagos@minera.example"]


def test_cli_reports_changes_and_refuses_a_bad_folder(app: Flask, erp: ErpFolder) -> None:
    runner = app.test_cli_runner()
    erp.write(products=PRODUCTS)
    ok = runner.invoke(args=["erp", "import", str(erp.path)])
    assert ok.exit_code == 0, ok.output
    assert "products.csv: 3 new, 0 changed, 0 deactivated, 0 unchanged" in ok.output
    erp.write(products=PRODUCTS + "    A-4,Broken,EA,abc,Bearings\n")
    bad = runner.invoke(args=["erp", "import", str(erp.path)])
    assert bad.exit_code == 1
    assert "products.csv:5: list_price: not a number: 'abc'" in bad.output
    assert "nothing was applied" in bad.output


def test_an_applied_import_leaves_an_audit_event(loaded: ErpFolder, session: Session) -> None:
    [event] = session.exec(select(AuditEvent)).all()
    assert event.event == "erp.imported"
    assert event.data["products.csv"]["inserted"] == 3
    assert event.at.tzinfo is not None


@pytest.mark.slow  # writes and imports the demo distributor twice
def test_demo_data_is_deterministic_and_imports_cleanly(
    tmp_path: Path, db, session: Session
) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 11, 25)
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    counts = write_demo(first, products=400, seed=3, today=day)
    write_demo(second, products=400, seed=3, today=day)
    write_demo(other, products=400, seed=4, today=day)
    names = sorted(counts)
    assert filecmp.cmpfiles(first, second, names, shallow=False)[0] == names
    assert filecmp.cmp(first / "stock.csv", other / "stock.csv", shallow=False) is False
    report = import_folder(db, first)
    assert report.tables["products.csv"].inserted == 400
    assert import_folder(db, first).changed == 0
    families = set(session.exec(select(Product.family)).all())
    assert {
        "Bearings",
        "Fasteners",
        "Valves & Fittings",
        "Electrical",
        "Abrasives",
        "Welding",
        "Belts",
        "Safety",
    } <= families


class RecordingProgress:
    """Progress as the CLI's bars receive it: each phase's label, total and steps."""

    def __init__(self) -> None:
        self.phases: list[list[object]] = []  # [label, total, steps advanced]

    def start(self, label: str, total: int) -> None:
        self.phases.append([label, total, 0])

    def advance(self, steps: int) -> None:
        self.phases[-1][2] += steps  # type: ignore[operator]

    def finish(self) -> None:
        pass


def test_every_long_phase_of_an_import_shows_progress_to_its_end(loaded: ErpFolder) -> None:
    progress = RecordingProgress()
    loaded.load(progress=progress)  # a re-import: reading, checking and comparing, no writes
    labels = [phase[0] for phase in progress.phases]
    for expected in (
        "reading stock.csv",
        "checking stock.csv references",
        "reading table stock",
        "comparing stock.csv",
    ):
        assert expected in labels, labels
    for label, total, steps in progress.phases:
        if str(label).startswith(("checking", "reading table", "comparing")):
            assert steps == total, (label, total, steps)
    (checking,) = [p for p in progress.phases if p[0] == "checking stock.csv references"]
    assert checking[1] == 2 * 2  # two stock rows, each naming a product and a warehouse
