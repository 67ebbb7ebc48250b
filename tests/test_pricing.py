"""The four pricing rules of ERP.md, each with hand-computed numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from bot.models import Customer, Product
from bot.pricing import PriceRule, price_for

D = Decimal
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def catalog(erp, session: Session):  # type: ignore[no-untyped-def]
    erp.write(
        products="""
            sku,name,family,uom,list_price,cost
            BRG-1,Bearing 6204-2RS SKF,Bearings,EA,10.00,6.00
            ABR-1,Cut-off wheel 115x1.0,Abrasives,EA,2.40,1.10
            ABR-2,Flap disc 115 G60,Abrasives,EA,0.25,
            FAS-1,Hex bolt M8x40 8.8 zinc,Fasteners,EA,0.50,0.20
            ELE-1,THHN 12 AWG,Electrical,M,1.11,0.70
            """,
        customers="""
            customer_id,name,price_list
            C1,Minera,MINING
            C2,Industrial,INDUSTRIAL
            C3,No list,
            """,
        customer_prices="""
            customer_id,sku,price,min_qty,valid_from,valid_to
            C1,BRG-1,8.00,1,2026-01-01,2026-12-31
            C1,BRG-1,7.50,10,2026-01-01,2026-12-31
            C1,FAS-1,0.30,1,2020-01-01,2026-11-24
            """,
        price_lists="""
            price_list,sku,price,min_qty,valid_to
            MINING,FAS-1,0.45,1,
            MINING,FAS-1,0.40,100,
            MINING,BRG-1,9.00,1,
            INDUSTRIAL,BRG-1,9.50,1,2026-11-24
            """,
        family_discounts="""
            price_list,customer_id,family,discount_pct
            INDUSTRIAL,,Abrasives,10
            ,C2,Abrasives,50
            MINING,,Abrasives,12.5
            INDUSTRIAL,,Bearings,20
            """,
    ).load()
    return session


def price(session: Session, customer_id: str | None, sku: str, qty: str, on: dt.date = TODAY):
    customer = session.get(Customer, customer_id) if customer_id else None
    product = session.get(Product, sku)
    assert product is not None
    return price_for(session, customer, product, D(qty), on)


def test_contract_price_uses_the_highest_quantity_break_reached(catalog: Session) -> None:
    assert price(catalog, "C1", "BRG-1", "9").unit_price == D("8.00")
    ten = price(catalog, "C1", "BRG-1", "10")
    assert (ten.unit_price, ten.line_total, ten.rule) == (D("7.50"), D("75.00"), PriceRule.CONTRACT)


def test_expired_contract_falls_through_to_the_price_list(catalog: Session) -> None:
    # The C1 contract on FAS-1 ended yesterday; MINING's list applies, with its break.
    assert price(catalog, "C1", "FAS-1", "99").unit_price == D("0.45")
    hundred = price(catalog, "C1", "FAS-1", "100")
    assert (hundred.unit_price, hundred.rule) == (D("0.40"), PriceRule.PRICE_LIST)
    # ...while it was valid, the contract won.
    assert price(catalog, "C1", "FAS-1", "5", dt.date(2026, 11, 24)).rule == PriceRule.CONTRACT


def test_customer_family_row_beats_its_price_lists_row(catalog: Session) -> None:
    own = price(catalog, "C2", "ABR-1", "1")
    assert (own.unit_price, own.rule) == (D("1.20"), PriceRule.FAMILY_DISCOUNT)  # 2.40 − 50 %
    assert "customer" in own.detail
    listed = price(catalog, "C1", "ABR-1", "1")
    assert listed.unit_price == D("2.10")  # 2.40 × 0.875


def test_expired_price_list_row_falls_through_to_family_discount(catalog: Session) -> None:
    # INDUSTRIAL's BRG-1 price expired yesterday; its 20 % Bearings discount applies.
    result = price(catalog, "C2", "BRG-1", "1")
    assert (result.unit_price, result.rule) == (D("8.00"), PriceRule.FAMILY_DISCOUNT)


def test_list_price_for_guests_and_customers_without_rules(catalog: Session) -> None:
    guest = price(catalog, None, "BRG-1", "1")
    assert (guest.unit_price, guest.rule) == (D("10.00"), PriceRule.LIST)
    assert price(catalog, "C3", "FAS-1", "3").line_total == D("1.50")


def test_rounding_is_half_up_on_unit_price_and_line_total(catalog: Session) -> None:
    # ABR-2: 0.25 × (1 − 0.5) = 0.125 → 0.13 half-up (banker's rounding would give 0.12).
    half = price(catalog, "C2", "ABR-2", "3")
    assert (half.unit_price, half.line_total) == (D("0.13"), D("0.39"))
    # 1.11 × 1.5 m = 1.665 → 1.67
    assert price(catalog, "C3", "ELE-1", "1.5").line_total == D("1.67")


def test_margin_is_computed_on_the_customer_price_when_cost_is_known(catalog: Session) -> None:
    assert price(catalog, "C1", "BRG-1", "10").margin_pct == D("20.00")  # (7.50 − 6) / 7.50
    assert price(catalog, "C2", "ABR-2", "1").margin_pct is None  # no cost


def test_quantity_must_be_positive(catalog: Session) -> None:
    with pytest.raises(ValueError, match="positive"):
        price(catalog, "C1", "BRG-1", "0")


def test_several_products_priced_at_once_get_the_same_prices_as_one_by_one(
    catalog: Session,
) -> None:
    from sqlmodel import select

    from bot.pricing import prices_for

    products = catalog.exec(select(Product)).all()
    for customer_id in ("C1", "C2", "C3", None):
        customer = catalog.get(Customer, customer_id) if customer_id else None
        for qty in ("1", "10", "100"):
            for on in (TODAY, dt.date(2026, 11, 20), dt.date(2027, 1, 5)):
                together = prices_for(catalog, customer, products, D(qty), on)
                for product in products:
                    alone = price_for(catalog, customer, product, D(qty), on)
                    assert together[product.sku] == alone, (customer_id, qty, on, product.sku)


def test_a_customers_products_are_priced_by_all_four_rules_in_one_read(
    catalog: Session, db: sa.Engine
) -> None:
    from sqlmodel import select

    from bot.pricing import prices_for

    products = catalog.exec(select(Product)).all()
    customer = catalog.get(Customer, "C1")
    statements: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    sa.event.listen(db, "before_cursor_execute", seen)
    try:
        found = prices_for(catalog, customer, products, D("10"), TODAY)
    finally:
        sa.event.remove(db, "before_cursor_execute", seen)

    assert len(statements) == 1  # contracts, MINING's list and the family discounts at once
    assert {sku: (p.unit_price, p.rule, p.detail) for sku, p in found.items()} == {
        "BRG-1": (D("7.50"), PriceRule.CONTRACT, "contract price from 10"),
        "FAS-1": (D("0.45"), PriceRule.PRICE_LIST, "price list MINING from 1"),  # contract ended
        "ABR-1": (D("2.10"), PriceRule.FAMILY_DISCOUNT, "Abrasives −12.5% (price list MINING)"),
        "ABR-2": (D("0.22"), PriceRule.FAMILY_DISCOUNT, "Abrasives −12.5% (price list MINING)"),
        "ELE-1": (D("1.11"), PriceRule.LIST, "list price"),
    }
    assert found["BRG-1"].line_total == D("75.00")
