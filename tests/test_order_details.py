"""An order's details said with it (issue #14, es-126/es-139): the PO number and where to
deliver given with `pedido`/`order` (the order placed at once, item 12), the PO number sent
after it, `sí`/`order` again repeating that order, and the status of one order asked in words by its
number (ours, the ERP's or the buyer's PO) — through the signed webhook and the Twilio
double, the ERP outbox and /api/v1. Run on SQLite, and on PostgreSQL with TEST_DATABASE_URL.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import audit
from bot.models import Order
from tests.conftest import API_TOKEN, ErpFolder
from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, MARY = "+56912345001", "+14155550101"


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """A Spanish and an English customer, and two orders the ERP took by phone."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
        products="""
            sku,name,brand,family,uom,list_price,cost
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,,Fasteners,EA,0.50,0.20
            V-A42,Classical V-belt A42 Gates,Gates,Belts,EA,7.40,4.00
            """,
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language
            C001,Minera Los Andes SpA,100000,false,,es
            C002,Acme Mining Inc,100000,false,,en
            """,
        contacts="""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C002,Mary Smith,+14155550101
            """,
        stock="sku,warehouse,on_hand\nF-840,SCL,5000\nV-A42,SCL,200\n",
        order_status="""
            order,customer_id,status,erp_document,updated,carrier,tracking,tracking_url,eta,invoice
            SO-71001,C001,delivered,GD-31002,2026-11-20,,,,,F-7001
            SO-71002,C002,picking,,2026-11-24,,,,,
            """,
    )


def orders(db: Engine) -> list[Order]:
    with Session(db) as session:
        return list(session.exec(select(Order)).all())


def exported(app: Flask) -> list[dict[str, object]]:
    outbox = Path(app.config["ERP_OUTBOX_DIR"])
    return [json.loads(p.read_text()) for p in sorted(outbox.rglob("*.json"))]


NOT_ITEM = ("catálogo", "catalog", "¿cuántos?", "how many?", "\n1) ", "❌")  # no item, no options


def test_pedido_with_the_po_and_where_to_deliver_places_the_order_at_once(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """Issue #14 item 12 read as one step: the order's message is the one confirmation,
    with its lines, the total, the PO and where it goes; "sí" after it is no second order."""
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("hola")
    jorge.say("10 correas a42 gates")
    done = jorge.say("hagamos el pedido, OC 7710-A, despachar a bodega Los Bronces km 32")
    [order] = orders(db)
    assert f"Pedido {order.number} confirmado por USD 74.00" in done, done
    assert "V-A42" in done and "10 EA × 7.40 = USD 74.00" in done, done  # the line, priced
    assert "7710-A" in done and "bodega Los Bronces km 32" in done
    assert "¿Tiene orden de compra?" not in done  # given: not asked
    assert not any(word in done for word in NOT_ITEM), done
    assert (order.purchase_order, order.delivery_note) == ("7710-A", "bodega Los Bronces km 32")
    [payload] = exported(whatsapp_app)
    assert payload["purchase_order"] == "7710-A"
    assert payload["delivery_note"] == "bodega Los Bronces km 32"
    again = jorge.say("sí")  # the old second step: that order again, never another
    assert order.number in again and "74.00" in again and "nada" in again, again
    assert len(orders(db)) == 1
    whatsapp_app.config["API_TOKEN"] = API_TOKEN
    api = whatsapp_app.test_client()
    shown = api.get(f"/api/v1/orders/{order.number}",
                    headers={"Authorization": f"Bearer {API_TOKEN}"})  # fmt: skip
    assert shown.status_code == 200, shown.status_code
    assert shown.get_json()["delivery_note"] == "bodega Los Bronces km 32"


def test_order_with_the_po_and_delivery_in_english_and_the_status_by_that_po(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    mary = Chat(whatsapp_app, twilio, MARY)
    mary.say("hi")
    mary.say("200 hex bolts m8x40 din 933")
    done = mary.say("place the order please, PO# 88-1207, ship to Gate 4, Plant 2")
    [order] = orders(db)
    assert f"Order {order.number} confirmed for USD 100.00" in done, done
    assert "88-1207" in done and "Gate 4, Plant 2" in done
    assert not any(word in done for word in NOT_ITEM), done
    assert order.number in mary.say("yes") and len(orders(db)) == 1
    assert (order.purchase_order, order.delivery_note) == ("88-1207", "Gate 4, Plant 2")

    status = mary.say("any update on our PO 88-1207?")  # the buyer's own number
    assert status.startswith(f"📦 Order {order.number}:"), status
    assert "SO-71002" not in status


def test_a_delivery_note_alone_is_kept_for_the_next_order(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("hola")
    items = jorge.say("favor enviar a la brevedad 4 correas a42 gates")  # not a place
    assert "V-A42" in items, items  # read as the item (offered or priced), not as a place
    if "1) V-A42" in items:
        jorge.say("1")
    answer = jorge.say("entregar en faena Candelaria, portería 2")
    assert not any(word in answer for word in NOT_ITEM), answer
    assert "Entrega: faena Candelaria, portería 2" in jorge.say("pedido")
    [order] = orders(db)
    assert order.delivery_note == "faena Candelaria, portería 2" and order.purchase_order is None


LATE_PO = [
    (MARY, "3 gates a42 v-belts and 40 m8x40 hex bolts din 933", "ok order it", "42.20",
     ("3 EA × 7.40 = USD 22.20", "40 EA × 0.50 = USD 20.00"), "purchase order number?",
     "oops forgot our PO, it's PI-77310, can you put it on that order", "PI-77310",
     "PO PI-77310 noted on {}", ("order", "ok", "confirm"), "nothing to order"),
    (JORGE, "5 correas a42 gates", "confirmar", "37.00", ("5 EA × 7.40 = USD 37.00",),
     "¿Tiene orden de compra?", "la OC es 4500-991", "4500-991",
     "OC 4500-991 anotada en el pedido {}", ("pedido", "sí", "ok"), "nada que pedir"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("phone", "items", "asked", "total", "lines", "ask", "late", "po", "noted", "again", "none"),
    LATE_PO,
)
def test_the_po_sent_after_the_order_goes_on_it_and_a_repeat_is_no_second_order(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, items: str, asked: str,
    total: str, lines: tuple[str, ...], ask: str, late: str, po: str, noted: str,
    again: tuple[str, ...], none: str,
) -> None:
    """No PO with the order: the order asks for it once; the number sent after goes on the
    order (API, audit), the export already written stays as written (ERP.md), and the
    order word or a "yes" again repeat the order's number and total."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say(items)
    done = buyer.say(asked)
    [order] = orders(db)
    assert order.number in done and f"USD {total}" in done and ask in done, done
    assert all(line in done for line in lines), done
    answer = buyer.say(late)
    assert noted.format(order.number) in answer, answer
    assert not any(word in answer for word in NOT_ITEM), answer
    whatsapp_app.config["API_TOKEN"] = API_TOKEN
    api = whatsapp_app.test_client()
    shown = api.get(f"/api/v1/orders/{order.number}",
                    headers={"Authorization": f"Bearer {API_TOKEN}"})  # fmt: skip
    assert shown.get_json()["purchase_order"] == po
    with Session(db) as session:
        assert "purchase_order_noted" in [e.event for e in audit.trail(session, order.number)]
    assert [p["purchase_order"] for p in exported(whatsapp_app)] == [None]  # written once
    for word in again:
        repeated = buyer.say(word)
        assert order.number in repeated and total in repeated, (word, repeated)
        assert none not in repeated.lower()
    assert [(o.number, o.purchase_order) for o in orders(db)] == [(order.number, po)]


@pytest.mark.parametrize(
    ("phone", "asked", "expected"),
    [
        (JORGE, "hola, ¿cómo va el pedido SO-71001?", "entregado"),
        (JORGE, "qué pasó con la GD-31002??", "entregado"),
        (JORGE, "novedades del SO-71001 porfa", "entregado"),
        (MARY, "hi, any news on SO-71002?", "picking in the warehouse"),
        (MARY, "how's SO-71002 going?", "picking in the warehouse"),
    ],
)
def test_the_status_of_one_erp_order_asked_in_words(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, asked: str, expected: str
) -> None:
    buyer = Chat(whatsapp_app, twilio, phone)
    answer = buyer.say(asked)
    number = "SO-71001" if phone == JORGE else "SO-71002"
    assert f"📦 Pedido {number}:" in answer or f"📦 Order {number}:" in answer, answer
    assert expected in answer
    assert not any(word in answer for word in NOT_ITEM), answer


def test_the_status_of_our_order_by_its_number_and_another_customers_po_is_not_shown(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    mary = Chat(whatsapp_app, twilio, MARY)
    mary.say("hi")
    mary.say("2 a42 gates belts")
    mary.say("order, PO 5566")
    [order] = orders(db)
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("hola")
    mine = jorge.say("en qué va la OC 5566?")  # Mary's PO, not one of Jorge's orders
    assert "No encuentro el pedido 5566" in mine and order.number not in mine
    theirs = mary.say(f"where are we with {order.number}?")
    assert theirs.startswith(f"📦 Order {order.number}:") and "being prepared" in theirs


@pytest.mark.parametrize(
    ("phone", "items", "asked", "again"),
    [(MARY, "3 gates a42 v-belts", "ok order it", "yes"),
     (JORGE, "4 correas a42 gates", "confirmar", "sí")],
)
def test_an_order_a_manager_must_approve_is_never_told_as_confirmed(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine,
    phone: str, items: str, asked: str, again: str,
) -> None:
    """Under the margin floor the one-step order stops at the quote: a person decides, the
    buyer is told so, and neither the order word nor a 'yes' after it places anything."""
    whatsapp_app.config["MARGIN_FLOOR_PCT"] = Decimal(60)  # V-A42: 7.40 on a 4.00 cost
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say(items)
    answer = buyer.say(asked)
    assert "O-2026-" not in answer and "confirm" not in answer.split("Q-2026-")[0], answer
    assert "Q-2026-00001" in answer and ("seller is reviewing" in answer
                                         or "vendedor revisa" in answer), answer
    waiting = buyer.say(again)
    assert "O-2026-" not in waiting and ("review" in waiting or "revisión" in waiting), waiting
    assert orders(db) == []
