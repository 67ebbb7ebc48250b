"""An exported order keeps holding its stock until the ERP shows it (ERP.md, issue #12).

Three units, orders exported to the ERP outbox: the ERP's `reserved` does not count
them until its next sync, so Mostrador must not sell those units again until an
order_status.csv lists the order or two new stock.csv files have been imported.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.db import session_scope
from bot.erp.export import deliver
from bot.erp.importer import ImportRejected
from bot.matching.index import CatalogIndex
from bot.models import AuditEvent, Customer, Order
from bot.order_tracking import erp_orders
from bot.orders import OutOfStock, accept_quote
from bot.quotes import Rules, create_quote
from bot.stockholds import held_quantities
from tests.conftest import ErpFolder

NOW = dt.datetime(2026, 11, 25, 14, 0, tzinfo=dt.UTC)
RULES = Rules(margin_floor_pct=Decimal(10), max_discount_pct=Decimal(15), valid_days=15)
STOCK = "sku,warehouse,on_hand,reserved\nB-SKF,SCL,3,{reserved}\nF-840,SCL,1000,0\n"


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,16:00,America/Santiago\n",
        products="""
            sku,name,brand,family,uom,list_price,cost
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,,Fasteners,EA,0.50,0.20
            """,
        customers="customer_id,name,credit_limit\nOK,Minera,100000\nOTHER,Taller,100000\n",
        stock=STOCK.format(reserved=0),
    ).load()
    return erp


def order(engine: Engine, text: str) -> str:
    """Quote and accept `text` for customer OK; return the order number."""
    with Session(engine) as session:
        index = CatalogIndex.build(session)
    with session_scope(engine, write=True) as session:
        customer = session.get(Customer, "OK")
        quote = create_quote(session, index, customer, [text], now=NOW, rules=RULES, actor="t")
        number = quote.number
    with session_scope(engine, write=True) as session:
        return accept_quote(session, number, now=NOW, rules=RULES, actor="t").order.number


def export(engine: Engine, number: str, outbox: Path) -> None:
    with Session(engine) as session:
        found = session.exec(select(Order).where(Order.number == number)).one()
    assert deliver(engine, found.id or 0, str(outbox), None) == "exported"


def held(engine: Engine) -> Decimal:
    with Session(engine) as session:
        return held_quantities(session, ["B-SKF"]).get(("B-SKF", "SCL"), Decimal(0))


def new_stock_file(shop: ErpFolder, reserved: int) -> None:
    """The ERP writes its next stock.csv (a new file, even when the figures repeat)."""
    shop.write(stock=STOCK.format(reserved=reserved))
    path = shop.path / "stock.csv"
    later = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))


def test_exported_orders_hold_until_the_erp_shows_them(
    shop: ErpFolder, tmp_path: Path, session: Session
) -> None:
    engine = shop.engine
    numbers = [order(engine, "6204 2rs skf x 1") for _ in range(3)]
    for number in numbers:
        export(engine, number, tmp_path / "outbox")
    assert held(engine) == 3
    with pytest.raises(OutOfStock):  # before: the hold ended at export and this sold twice
        order(engine, "6204 2rs skf x 1")

    # The ERP's next sync lists the first order (and its reserved counts it).
    shop.write(
        order_status=f"order,customer_id,status,erp_document\n{numbers[0]},OK,received,SO-1\n"
    )
    new_stock_file(shop, reserved=1)
    report = shop.load()
    assert report.released == [numbers[0]]
    assert held(engine) == 2
    with pytest.raises(OutOfStock):
        order(engine, "6204 2rs skf x 1")  # 3 on hand − 1 reserved − 2 held = 0
    first = session.exec(select(Order).where(Order.number == numbers[0])).one()
    assert (first.erp_document, first.erp_seen_at is not None) == ("SO-1", True)
    [(row, linked)] = erp_orders(session, "OK")
    assert linked is not None and linked.number == numbers[0] and row.status == "received"

    # The same folder read again by the next periodic sync is not a new sync.
    assert shop.load().released == []
    assert held(engine) == 2

    # An ERP that sends no order_status: the second new stock.csv since export ends it.
    shop.remove("order_status")
    new_stock_file(shop, reserved=3)
    assert sorted(shop.load().released) == sorted(numbers[1:])
    assert held(engine) == 0
    with pytest.raises(OutOfStock):
        order(engine, "6204 2rs skf x 1")  # the ERP reserves all three now
    session.rollback()  # end this reader's snapshot
    events = session.exec(select(AuditEvent).where(AuditEvent.event == "hold.released")).all()
    assert sorted((e.subject, e.cause) for e in events) == sorted(
        [(numbers[0], "listed in order_status.csv")]
        + [(n, "2 stock.csv imports since export") for n in numbers[1:]]
    )


def test_a_stock_file_older_than_the_export_does_not_count(shop: ErpFolder, tmp_path: Path) -> None:
    engine = shop.engine
    number = order(engine, "6204 2rs skf x 2")
    export(engine, number, tmp_path / "outbox")
    new_stock_file(shop, reserved=0)
    assert shop.load().released == []  # one new stock file since export: not yet
    assert held(engine) == 2
    assert shop.load(dry_run=True).released == []
    new_stock_file(shop, reserved=2)
    assert shop.load(dry_run=True).released == [number]  # what a run would do...
    assert held(engine) == 2  # ...without doing it
    assert shop.load().released == [number]
    assert held(engine) == 0


def test_an_order_status_row_for_another_customers_order_is_refused(
    shop: ErpFolder, tmp_path: Path
) -> None:
    engine = shop.engine
    number = order(engine, "6204 2rs skf x 1")
    export(engine, number, tmp_path / "outbox")
    shop.write(order_status=f"order,customer_id,status\n{number},OTHER,shipped\n")
    with pytest.raises(ImportRejected) as rejected:
        shop.load()
    assert [str(p) for p in rejected.value.problems] == [
        f"order_status.csv:2: customer_id: order {number} is customer OK's in Mostrador, not OTHER"
    ]
    assert held(engine) == 1


def test_the_cli_says_which_holds_ended(app: Flask, shop: ErpFolder, tmp_path: Path) -> None:
    number = order(shop.engine, "6204 2rs skf x 1")
    export(shop.engine, number, tmp_path / "outbox")
    shop.write(order_status=f"order,customer_id,status\n{number},OK,picking\n")
    result = app.test_cli_runner().invoke(args=["erp", "import", str(shop.path)])
    assert result.exit_code == 0, result.output
    assert f"stock holds ended (the ERP has them): {number}" in result.output
