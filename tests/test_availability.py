"""Availability by warehouse: damaged and reserved stock, local cutoffs, substitutes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlmodel import Session

from bot.availability import Dispatch, availability_for
from bot.models import Customer, Product

D = Decimal
UTC = dt.UTC


@pytest.fixture
def stocked(erp, session: Session):  # type: ignore[no-untyped-def]
    erp.write(
        warehouses="""
            warehouse,name,cutoff,timezone
            SCL,Santiago,16:00,America/Santiago
            HOU,Houston,17:30,America/Chicago
            """,
        products="""
            sku,name,family,uom,list_price,substitutes
            BRG-SKF,Bearing 6204-2RSH SKF,Bearings,EA,10.00,BRG-NSK|BRG-FAG
            BRG-NSK,Bearing 6204-DDU NSK,Bearings,EA,9.00,
            BRG-FAG,Bearing 6204-2RSR FAG,Bearings,EA,9.50,
            FAS-1,Hex bolt M8x40,Fasteners,EA,0.50,
            """,
        customers="""
            customer_id,name,price_list,default_warehouse
            C1,Minera,MINING,HOU
            C2,Other,,
            """,
        price_lists="""
            price_list,sku,price
            MINING,BRG-NSK,7.77
            """,
        stock="""
            sku,warehouse,on_hand,reserved,damaged,incoming,incoming_eta
            BRG-SKF,SCL,10,4,3,50,2026-12-10
            BRG-SKF,HOU,2,0,0,20,2026-12-03
            BRG-NSK,SCL,100,0,0,0,
            BRG-FAG,SCL,5,0,0,0,
            FAS-1,SCL,500,0,0,0,
            FAS-1,HOU,900,0,0,0,
            """,
    ).load()
    return session


def ask(session: Session, sku: str, qty: str, customer_id: str | None, now: dt.datetime):
    product = session.get(Product, sku)
    customer = session.get(Customer, customer_id) if customer_id else None
    assert product is not None
    return availability_for(session, product, D(qty), customer, now)


# 2026-11-25 is summer in Santiago (UTC−3) and CST in Houston (UTC−6).
BEFORE_SCL_CUTOFF = dt.datetime(2026, 11, 25, 18, 30, tzinfo=UTC)  # 15:30 SCL, 12:30 HOU
AFTER_SCL_CUTOFF = dt.datetime(2026, 11, 25, 19, 30, tzinfo=UTC)  # 16:30 SCL, 13:30 HOU


def test_available_excludes_reserved_and_damaged(stocked: Session) -> None:
    answer = ask(stocked, "BRG-SKF", "3", "C2", BEFORE_SCL_CUTOFF)
    scl = next(w for w in answer.warehouses if w.warehouse == "SCL")
    assert scl.available == D(3)  # 10 − 4 reserved − 3 damaged
    assert answer.available_now == D(5)  # 3 in SCL + 2 in HOU
    assert answer.ship_from == "SCL"


def test_cutoff_is_read_in_the_warehouse_time_zone(stocked: Session) -> None:
    before = ask(stocked, "BRG-NSK", "10", "C2", BEFORE_SCL_CUTOFF)
    assert (before.status, before.dispatch_date) == (Dispatch.TODAY, dt.date(2026, 11, 25))
    after = ask(stocked, "BRG-NSK", "10", "C2", AFTER_SCL_CUTOFF)
    assert (after.status, after.dispatch_date) == (Dispatch.NEXT_DAY, dt.date(2026, 11, 26))


def test_a_warehouse_still_before_its_cutoff_is_preferred(stocked: Session) -> None:
    # Both cover 400 bolts; at 16:30 Santiago is closed for the day, Houston is not.
    answer = ask(stocked, "FAS-1", "400", "C2", AFTER_SCL_CUTOFF)
    assert (answer.ship_from, answer.status) == ("HOU", Dispatch.TODAY)


def test_the_customers_default_warehouse_wins_when_it_covers(stocked: Session) -> None:
    answer = ask(stocked, "FAS-1", "400", "C1", BEFORE_SCL_CUTOFF)
    assert answer.ship_from == "HOU"  # C1's default, although SCL also covers
    answer = ask(stocked, "FAS-1", "600", "C1", BEFORE_SCL_CUTOFF)
    assert answer.ship_from == "HOU"
    answer = ask(stocked, "FAS-1", "901", "C1", BEFORE_SCL_CUTOFF)
    assert answer.status is Dispatch.SHORT  # no single warehouse covers 901


def test_short_answer_names_incoming_and_substitutes_with_customer_prices(stocked: Session) -> None:
    answer = ask(stocked, "BRG-SKF", "8", "C1", BEFORE_SCL_CUTOFF)
    assert answer.status is Dispatch.SHORT and answer.ship_from is None
    assert answer.available_now == D(5)
    # 20 arrive in HOU on the 3rd; SCL's 50 on the 10th are not said to arrive on the 3rd
    assert (answer.incoming, answer.incoming_eta) == (D(20), dt.date(2026, 12, 3))
    # NSK covers 8 (at C1's MINING price); FAG has only 5, so it is not offered.
    [substitute] = answer.substitutes
    assert (substitute.sku, substitute.warehouse) == ("BRG-NSK", "SCL")
    assert substitute.price is not None and substitute.price.unit_price == D("7.77")


def test_stock_held_by_open_orders_is_not_available(stocked: Session) -> None:
    product = stocked.get(Product, "BRG-NSK")
    assert product is not None
    answer = availability_for(
        stocked, product, D(10), None, BEFORE_SCL_CUTOFF, held={("BRG-NSK", "SCL"): D(95)}
    )
    assert answer.status is Dispatch.SHORT
    assert answer.warehouses[0].available == D(5)


def test_naive_times_are_refused(stocked: Session) -> None:
    with pytest.raises(ValueError, match="aware"):
        ask(stocked, "FAS-1", "1", None, dt.datetime(2026, 11, 25, 12, 0))
