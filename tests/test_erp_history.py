"""sales_history.csv, order_status.csv, brand_preferences.csv and the newer customer
columns: imported like the other files, read back through the core's small questions."""

from __future__ import annotations

import datetime as dt
import filecmp
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.demo.writer import write_demo
from bot.erp.importer import ImportRejected, import_folder
from bot.models import Customer, SalesLine
from bot.order_tracking import erp_orders, order_status
from bot.sales_history import (
    last_bought_brand,
    last_purchase,
    last_purchase_date,
    preferred_brand,
)
from tests.conftest import ErpFolder

PRODUCTS = """
    sku,name,brand,family,uom,list_price
    B-SKF,Ball bearing 6204-2RSH SKF,SKF,Bearings,EA,10.00
    B-NSK,Ball bearing 6204-DDU NSK,NSK,Bearings,EA,9.00
    B-FAG,Ball bearing 6204-2RSR FAG,FAG,Bearings,EA,9.50
    V-A42,Classical V-belt A42 Gates,Gates,Belts,EA,7.40
    F-840,Hex bolt M8x40,,Fasteners,EA,0.50
    """
CUSTOMERS = """
    customer_id,name,tax_id,address,segment,seller_email,payment_terms_days
    C1,Minera Los Andes,76.123.456-7,"Av. Apoquindo 4500, Las Condes, Santiago",mining,Paula.Rojas@Shop.example,45
    C2,Pacific Industrial,94-1234567,,industrial,,30
    """
SALES = """
    invoice,line,customer_id,date,sku,qty,unit_price,order
    F-100,1,C1,2026-03-02,B-SKF,10,8.00,
    F-100,2,C1,2026-03-02,F-840,500,0.40,
    F-200,1,C1,2026-09-14,B-NSK,4,7.90,O-2026-00003
    F-200,2,C1,2026-09-14,V-A42,2,6.80,O-2026-00003
    F-201,1,C1,2026-10-01,B-FAG,-1,9.50,
    F-300,1,C2,2025-01-20,V-A42,6,7.00,SO-88812
    """
STATUS = """
    order,customer_id,status,erp_document,updated,carrier,tracking,tracking_url,eta,invoice
    SO-90001,C1,shipped,GD-5521,2026-11-20T10:30:00-03:00,Chilexpress,99120,https://t.example/99120,2026-11-23,
    SO-90002,C2,invoiced,,2026-11-02,,,,,F-300
    """
BRANDS = """
    family,brand,customer_id
    Bearings,SKF,
    Bearings,FAG,C2
    Belts,Gates,
    """


@pytest.fixture
def history(erp: ErpFolder) -> ErpFolder:
    erp.write(
        products=PRODUCTS,
        customers=CUSTOMERS,
        sales_history=SALES,
        order_status=STATUS,
        brand_preferences=BRANDS,
    )
    report = erp.load()
    assert (report.tables["sales_history.csv"].inserted, report.tables["order_status.csv"].inserted,
            report.tables["brand_preferences.csv"].inserted) == (6, 2, 3)  # fmt: skip
    return erp


def test_customer_columns_are_stored(history: ErpFolder, session: Session) -> None:
    c1 = session.get(Customer, "C1")
    assert c1 is not None
    assert (c1.tax_id, c1.address, c1.segment, c1.seller_email, c1.payment_terms_days) == (
        "76.123.456-7",
        "Av. Apoquindo 4500, Las Condes, Santiago",
        "mining",
        "paula.rojas@shop.example",
        45,
    )


def test_the_brand_last_bought_and_the_preferred_brand(
    history: ErpFolder, session: Session
) -> None:
    # C1 bought SKF in March, NSK in September; the FAG line is a credit note.
    assert last_bought_brand(session, "C1", "bearings") == "NSK"
    assert last_bought_brand(session, "C1", "Fasteners") is None  # the bolt has no brand
    assert last_bought_brand(session, "C2", "Bearings") is None
    assert preferred_brand(session, "C2", "Bearings") == "FAG"  # its own row
    assert preferred_brand(session, "C1", "Bearings") == "SKF"  # the distributor's default
    assert preferred_brand(session, None, "belts") == "Gates"
    assert preferred_brand(session, "C1", "Valves") is None


def test_the_same_as_last_time_and_dormant_customers(history: ErpFolder, session: Session) -> None:
    last = last_purchase(session, "C1")
    assert [(s.invoice, s.line, s.sku, s.qty) for s in last] == [
        ("F-200", 1, "B-NSK", Decimal(4)),
        ("F-200", 2, "V-A42", Decimal(2)),
    ]
    assert last[0].order_number == "O-2026-00003"
    assert last_purchase_date(session, "C2") == dt.date(2025, 1, 20)
    assert last_purchase(session, "NOBODY") == [] and last_purchase_date(session, "NOBODY") is None


def test_erp_orders_of_a_customer_are_kept(history: ErpFolder, session: Session) -> None:
    shipped = order_status(session, "SO-90001")
    assert shipped is not None
    assert (shipped.status, shipped.erp_document, shipped.carrier, shipped.eta) == (
        "shipped",
        "GD-5521",
        "Chilexpress",
        dt.date(2026, 11, 23),
    )
    assert shipped.updated == dt.datetime(2026, 11, 20, 13, 30, tzinfo=dt.UTC)
    [(row, order)] = erp_orders(session, "C2")
    assert (row.order_number, row.status, row.invoice, order) == (
        "SO-90002",
        "invoiced",
        "F-300",
        None,
    )


def test_reimport_changes_nothing_and_lines_no_longer_listed_are_deleted(
    history: ErpFolder, session: Session
) -> None:
    assert history.load().changed == 0
    history.write(sales_history=SALES.replace("    F-100,2,C1,2026-03-02,F-840,500,0.40,\n", ""))
    report = history.load()
    assert report.tables["sales_history.csv"].removed == 1
    assert len(session.exec(select(SalesLine)).all()) == 5


@pytest.mark.parametrize(
    ("name", "body", "problem"),
    [
        (
            "sales_history",
            "invoice,line,customer_id,date,sku,qty,unit_price\nF-1,1,C1,2026-01-01,NOPE,1,1\n",
            "sales_history.csv:2: sku: unknown product 'NOPE'",
        ),
        (
            "sales_history",
            "invoice,line,customer_id,date,sku,qty,unit_price\n"
            "F-1,1,C1,2026-01-01,B-SKF,1,1\nF-1,1,C1,2026-01-02,B-NSK,1,1\n",
            "sales_history.csv:3: invoice+line: duplicate key, first on line 2",
        ),
        (
            "order_status",
            "order,customer_id,status\nSO-1,C1,lost in transit\n",
            "order_status.csv:2: status: status must be one of received, picking, shipped, "
            "delivered, invoiced, cancelled: 'lost in transit'",
        ),
        (
            "order_status",
            "order,customer_id,status,updated\nSO-1,C1,shipped,yesterday\n",
            "order_status.csv:2: updated: not an ISO date or date and time "
            "(YYYY-MM-DD[THH:MM[:SS][+HH:MM]]): 'yesterday'",
        ),
        (
            "brand_preferences",
            "family,brand,customer_id\nBearings,SKF,C9\n",
            "brand_preferences.csv:2: customer_id: unknown customer 'C9'",
        ),
        (
            "brand_preferences",
            "family,brand,customer_id\nBearings,SKF,\nBearings,NSK,\n",
            "brand_preferences.csv:3: family+customer_id: duplicate key, first on line 2",
        ),
        (
            "sales_history",
            "invoice,line,customer_id,date,sku,qty,unit_price\n"
            + "F" * 65
            + ",1,C1,2026-01-01,B-SKF,1,1\n",
            "sales_history.csv:2: invoice: longer than 64 characters",
        ),
    ],
)
def test_bad_rows_are_refused_with_file_line_column(
    erp: ErpFolder, name: str, body: str, problem: str
) -> None:
    erp.write(products=PRODUCTS, customers=CUSTOMERS, **{name: body})
    with pytest.raises(ImportRejected) as rejected:
        erp.load()
    assert problem in [str(p) for p in rejected.value.problems]


def test_the_demo_folder_shows_habits_history_and_erp_orders(
    tmp_path: Path, db: Engine, session: Session
) -> None:
    day = dt.date(2026, 11, 25)
    counts = write_demo(tmp_path / "a", products=400, seed=3, today=day)
    write_demo(tmp_path / "b", products=400, seed=3, today=day, sales_lines=40)
    for name in counts:  # a shorter history changes no other file
        if name != "sales_history.csv":
            assert filecmp.cmp(tmp_path / "a" / name, tmp_path / "b" / name, shallow=False), name
    report = import_folder(db, tmp_path / "a")
    assert report.tables["sales_history.csv"].inserted == counts["sales_history.csv"] == 600
    assert last_bought_brand(session, "C002", "Bearings") == "NSK"
    assert preferred_brand(session, "C002", "Bearings") == "SKF"
    assert preferred_brand(session, "C003", "Welding") == "Indura"
    assert last_purchase_date(session, "C005") == day - dt.timedelta(days=214)  # dormant
    assert len({s.sku for s in last_purchase(session, "C001")}) == 4
    shipped = order_status(session, "SO-80001")
    assert shipped is not None and shipped.tracking == "99120455"
    c2 = session.get(Customer, "C002")
    assert c2 is not None and c2.address == "1200 Harbor Blvd, Oakland, CA 94607, USA"
