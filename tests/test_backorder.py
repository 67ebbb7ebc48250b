"""Short stock as one order (SPEC.md "Short stock is a choice"; issue #14): what ships
now from one warehouse, the rest back-ordered with the ETA of stock.csv's incoming (or
"a seller will confirm the date"), the whole value counted for credit — through the
signed webhook and the Twilio double, the ERP outbox, /api/v1, the console and `estado`.
Run on SQLite, and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.models import Approval, Conversation, Order, OrderLine, Quote, Stock
from bot.orders import open_orders_value
from bot.stockholds import held_quantities
from tests.conftest import API_TOKEN, ErpFolder
from tests.console_client import ConsoleClient
from tests.test_taps import Buyer, option
from tests.twilio_fakes import FakeTwilio

JORGE, MARY = "+56912345001", "+14155550101"
BELTS = "600 correas a42 gates"
BEARINGS = "20 rodamientos 6204 2rs skf"
BOLTS = "perno hex din 933 m8x40 zincado x 10"


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """Two warehouses; belts short with 600 incoming on 2026-12-30, bearings short in
    both warehouses with nothing incoming (and NSK as their substitute)."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n"
        "ANF,Antofagasta,23:59,America/Santiago\n",
        products="""
            sku,name,description,brand,family,uom,list_price,cost,substitutes
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,RODAMIENTO RIGIDO 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00,B-NSK
            B-NSK,Deep groove ball bearing 6204-DDU NSK,RODAMIENTO RIGIDO 6204-DDU NSK,NSK,Bearings,EA,9.00,5.00,
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,PERNO HEX DIN 933 M8X40 8.8 ZINCADO,,Fasteners,EA,0.50,0.20,
            V-A42,Classical V-belt A42 Gates,CORREA EN V A42 GATES,Gates,Belts,EA,7.40,4.00,
            """,
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language,default_warehouse
            C001,Minera Los Andes SpA,100000,false,,es,SCL
            C002,Acme Mining Inc,1000,false,,en,SCL
            """,
        contacts="""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C002,Mary Smith,+14155550101
            """,
        customer_prices="customer_id,sku,price\nC001,B-SKF,8.00\n",
        stock="""
            sku,warehouse,on_hand,incoming,incoming_eta
            B-SKF,SCL,5,,
            B-SKF,ANF,8,,
            B-NSK,SCL,100,,
            F-840,SCL,5000,,
            V-A42,SCL,20,600,2026-12-30
            """,
    )


def text(buyer: Buyer, messages: list[dict[str, str]]) -> str:
    said = buyer.text(messages)
    assert all(len(buyer.twilio.body_of(m)) <= 1600 for m in messages)
    return said


def orders(db: Engine) -> list[Order]:
    with Session(db) as session:
        return list(session.exec(select(Order)).all())


def lines(db: Engine, order: Order) -> list[tuple[str, Decimal, str, bool, str | None]]:
    with Session(db) as session:
        found = session.exec(
            select(OrderLine)
            .where(OrderLine.order_id == order.id)
            .order_by(col(OrderLine.position))
        ).all()
        return [(ln.sku, ln.quantity, ln.warehouse, ln.backorder,
                 ln.eta.isoformat() if ln.eta else None) for ln in found]  # fmt: skip


def exported(app: Flask) -> list[dict[str, Any]]:
    outbox = Path(app.config["ERP_OUTBOX_DIR"])
    return [json.loads(p.read_text()) for p in sorted(outbox.rglob("*.json"))]


def test_several_short_lines_become_one_order_with_back_orders_typed_in_spanish(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    whatsapp_app.config["API_TOKEN"] = API_TOKEN
    jorge = Buyer(whatsapp_app, twilio, JORGE)
    jorge.say("Hola")
    jorge.say(f"{BELTS}\n{BEARINGS}\n{BOLTS}")
    offer = text(jorge, jorge.say("pedido"))
    assert "no se creó ningún pedido" in offer and orders(db) == []
    # what ships now and from where, what is back-ordered and when, the whole total
    assert "20 V-A42 desde SCL" in offer and "8 B-SKF desde ANF" in offer
    assert "580 V-A42, llega el 2026-12-30" in offer
    assert "12 B-SKF, fecha a confirmar por un vendedor" in offer
    total = Decimal(600 * 7.40 + 20 * 8 + 10 * 0.50).quantize(Decimal("0.01"))
    assert f"USD {total:,.2f}" in offer
    assert "600 EA" in text(jorge, jorge.say("carrito")) and orders(db) == []  # kept

    done = text(jorge, jorge.say("1"))
    [order] = orders(db)
    assert order.status in ("confirmed", "exported") and order.total == total
    assert f"Pedido {order.number} confirmado por USD {total:,.2f}" in done
    assert "20 EA V-A42 CORREA EN V A42 GATES, desde Santiago (SCL)" in done
    assert "8 EA B-SKF RODAMIENTO RIGIDO 6204-2RSH SKF, desde Antofagasta (ANF)" in done
    assert "580 EA V-A42 CORREA EN V A42 GATES: llegada estimada 2026-12-30" in done
    assert "12 EA B-SKF RODAMIENTO RIGIDO 6204-2RSH SKF: un vendedor le confirmará la fecha" in done
    assert lines(db, order) == [
        ("V-A42", Decimal(20), "SCL", False, None),
        ("V-A42", Decimal(580), "SCL", True, "2026-12-30"),
        ("B-SKF", Decimal(8), "ANF", False, None),
        ("B-SKF", Decimal(12), "ANF", True, None),
        ("F-840", Decimal(10), "SCL", False, None),
    ]
    with Session(db) as session:  # only what ships holds stock
        assert held_quantities(session, ["V-A42", "B-SKF"]) == {
            ("V-A42", "SCL"): Decimal(20), ("B-SKF", "ANF"): Decimal(8)
        }
    assert "vacío" in text(jorge, jorge.say("carrito"))  # everything was ordered

    [payload] = exported(whatsapp_app)  # {sku, qty, unit_price, warehouse} + back-order marks
    assert [{**ln, "qty": Decimal(ln["qty"])} for ln in payload["lines"]] == [
        {"sku": "V-A42", "qty": Decimal(20), "unit_price": "7.40", "warehouse": "SCL"},
        {"sku": "V-A42", "qty": Decimal(580), "unit_price": "7.40", "warehouse": "SCL",
         "backorder": True, "eta": "2026-12-30"},
        {"sku": "B-SKF", "qty": Decimal(8), "unit_price": "8.00", "warehouse": "ANF"},
        {"sku": "B-SKF", "qty": Decimal(12), "unit_price": "8.00", "warehouse": "ANF",
         "backorder": True, "eta": None},
        {"sku": "F-840", "qty": Decimal(10), "unit_price": "0.50", "warehouse": "SCL"},
    ]  # fmt: skip

    api = whatsapp_app.test_client()
    api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {API_TOKEN}"
    body = api.get(f"/api/v1/orders/{order.number}").json
    assert [(ln["sku"], ln["backorder"], ln["eta"]) for ln in body["lines"]][:2] == [
        ("V-A42", False, None), ("V-A42", True, "2026-12-30")
    ]
    assert body["totals"]["total"] == f"{total:.2f}"
    assert body["totals"]["backorder"] == f"{580 * Decimal('7.40') + 12 * 8:.2f}"

    status = text(jorge, jorge.say("estado"))
    assert order.number in status
    assert "Pendiente (back-order): 580 EA V-A42, llegada estimada 2026-12-30" in status
    assert "12 EA B-SKF, fecha por confirmar" in status

    seller = ConsoleClient(whatsapp_app, "ana@shop.example")
    page = seller.get(f"/console/orders/{order.number}").get_data(as_text=True)
    assert "back-order</span> into SCL · expected 2026-12-30" in page
    assert "no ETA: a seller confirms the date" in page


def test_an_english_buyer_taps_back_order_and_credit_counts_the_whole_order(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    mary = Buyer(whatsapp_app, twilio, MARY)
    mary.say("Hi there")
    mary.say("V-A42 x 200")  # 20 now + 180 later = USD 1,480.00 > 1,000 limit
    offer = mary.say("order")
    said = text(mary, offer)
    assert "no order was placed" in said and "180 V-A42, expected 2026-12-30" in said
    assert "One order for USD 1,480.00" in said and orders(db) == []
    choices = mary.offered(offer)
    assert [o["title"] for o in choices] == ["Order + back-order", "Talk to a seller"]
    done = text(mary, mary.tap(option(choices, "Order + back-order")))
    [order] = orders(db)
    # the credit check saw the whole value, not the USD 148.00 that ships now
    assert order.status == "pending_approval" and order.total == Decimal("1480.00")
    assert f"Order {order.number} received for USD 1,480.00" in done
    assert "180 EA V-A42 Classical V-belt A42 Gates: expected 2026-12-30" in done
    assert "20 EA V-A42 Classical V-belt A42 Gates, from Santiago (SCL)" in done
    with Session(db) as session:
        [approval] = session.exec(select(Approval).where(Approval.subject == order.number))
        assert approval.status == "pending"
        assert open_orders_value(session, "C002") == Decimal("1480.00")
        assert held_quantities(session, ["V-A42"]) == {("V-A42", "SCL"): Decimal(20)}
    status = text(mary, mary.say("status"))
    assert "Back-ordered: 180 EA V-A42, expected 2026-12-30" in status


def test_an_english_buyer_types_1_and_a_line_with_no_eta_says_a_seller_confirms_the_date(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    mary = Buyer(whatsapp_app, twilio, MARY)
    mary.say("Hi")
    mary.say("20 bearings 6204 2rs skf")
    offer = text(mary, mary.say("order"))
    assert "8 B-SKF from ANF" in offer and "12 B-SKF, a seller will confirm the date" in offer
    done = text(mary, mary.say("1"))
    [order] = orders(db)
    assert order.status in ("confirmed", "exported")
    assert "12 EA B-SKF Deep groove ball bearing 6204-2RSH SKF: a seller will confirm the date" \
        in done  # fmt: skip
    assert f"USD {order.total:,.2f}" in done and order.total == Decimal("200.00")
    assert lines(db, order) == [
        ("B-SKF", Decimal(8), "ANF", False, None), ("B-SKF", Decimal(12), "ANF", True, None)
    ]


def test_a_substitute_for_one_short_line_then_back_order_for_the_other(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Buyer(whatsapp_app, twilio, JORGE)
    jorge.say("Hola")
    jorge.say(f"{BEARINGS}\n{BELTS}")
    offer = text(jorge, jorge.say("pedido"))
    assert "2) Cambiar por B-NSK" in offer
    again = text(jorge, jorge.say("2"))  # NSK covers the bearings; the belts are still short
    assert orders(db) == [] and "580 V-A42, llega el 2026-12-30" in again
    assert "B-SKF" not in again.split("¿Qué prefiere?")[0]
    done = text(jorge, jorge.say("1"))
    [order] = orders(db)
    assert order.number in done and "580" in done
    assert lines(db, order) == [
        ("B-NSK", Decimal(20), "SCL", False, None),
        ("V-A42", Decimal(20), "SCL", False, None),
        ("V-A42", Decimal(580), "SCL", True, "2026-12-30"),
    ]


def test_a_seller_or_cancel_leaves_no_order_and_the_cart_whole(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Buyer(whatsapp_app, twilio, JORGE)
    jorge.say("Hola")
    jorge.say(BELTS)
    jorge.say("pedido")
    jorge.say("cancelar")
    assert orders(db) == []
    assert "600" in text(jorge, jorge.say("carrito"))
    offer = text(jorge, jorge.say("pedido"))
    # no substitute for the belts: the options are numbered as shown, without a gap
    assert "1) Un solo pedido" in offer and "2) Hablar con un vendedor" in offer, offer
    assert "3)" not in offer
    assert "vendedor" in text(jorge, jorge.say("2"))
    assert orders(db) == []
    with Session(db) as session:
        assert session.exec(select(Conversation)).one().attention is not None


@pytest.mark.parametrize(
    ("phone", "asked", "said", "not_said"),
    [(JORGE, "30 correas a42 gates", "llegan 600 el 2026-12-30", "llegan 850"),
     (MARY, "30 gates a42 belts", "600 arriving 2026-12-30", "850 arriving")],
)  # fmt: skip
def test_what_arrives_on_the_first_date_is_only_what_comes_that_day(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, asked: str, said: str,
    not_said: str,
) -> None:
    """600 belts come to Santiago on 2026-12-30 and 250 to Antofagasta a month later: the
    short line says 600 arrive on the 30th, never 850 on that day."""
    with Session(db) as session:
        session.add(Stock(sku="V-A42", warehouse="ANF", on_hand=Decimal(0),
                          incoming=Decimal(250), incoming_eta=dt.date(2027, 1, 29)))  # fmt: skip
        session.commit()
    buyer = Buyer(whatsapp_app, twilio, phone)
    buyer.say("Hola")
    answer = text(buyer, buyer.say(asked))
    assert said in answer and not_said not in answer, answer


@pytest.mark.parametrize(
    ("phone", "items", "quote", "go", "split", "nothing_placed"),
    [(JORGE, f"10 rodamientos 6204 2rs skf\n{BOLTS}", "cotizar", "dale, va con OC 4500-77",
      "ninguna bodega los tiene todos (8 en ANF)", "no se creó ningún pedido"),
     (MARY, "10 bearings 6204 2rs skf\n10 hex bolts din 933 m8x40 zinc", "quote",
      "ok boss says go, PO 77-1200", "no one warehouse holds them all (8 in ANF)",
      "no order was placed")],
)  # fmt: skip
def test_a_quote_accepted_with_a_line_no_warehouse_ships_whole_offers_the_choice(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, items: str, quote: str,
    go: str, split: str, nothing_placed: str,
) -> None:
    """The quote's bearings (5 in SCL, 8 in ANF) are accepted with a PO: the same choice
    as the cart's order, nothing placed and the quote's lines kept in the cart; option 1
    is that quote's order, 8 shipping from ANF and 2 back-ordered, with the PO. The offer
    says why 10 of 13 on hand are short: no one warehouse holds them all."""
    buyer = Buyer(whatsapp_app, twilio, phone)
    buyer.say("Hola")
    buyer.say(items)
    quoted = text(buyer, buyer.say(quote))
    [number] = set(re.findall(r"Q-\d{4}-\d{5}", quoted))
    offer = text(buyer, buyer.say(go))
    assert nothing_placed in offer and split in offer and orders(db) == [], offer
    assert "1)" in offer and "2)" in offer and "3)" in offer  # back-order, NSK, a seller
    cart = "carrito" if phone == JORGE else "cart"
    assert "10 EA" in text(buyer, buyer.say(cart))
    done = text(buyer, buyer.say("1"))
    [order] = orders(db)
    assert order.number in done and order.purchase_order in ("4500-77", "77-1200"), done
    assert lines(db, order)[:2] == [("B-SKF", Decimal(8), "ANF", False, None),
                                    ("B-SKF", Decimal(2), "ANF", True, None)]  # fmt: skip
    with Session(db) as session:
        assert session.get(Quote, order.quote_id).number == number  # that quote, accepted
    assert "10 EA" not in text(buyer, buyer.say(cart))  # ordered: the cart is empty again
