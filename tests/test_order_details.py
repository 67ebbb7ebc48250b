"""An order's details said with it (issue #14, es-126/es-139): the PO number and where to
deliver given with `pedido`/`order`, and the status of one order asked in words by its
number (ours, the ERP's or the buyer's PO) — through the signed webhook and the Twilio
double, the ERP outbox and /api/v1. Run on SQLite, and on PostgreSQL with TEST_DATABASE_URL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

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


def test_pedido_with_the_po_and_where_to_deliver_is_one_confirmation_nothing_read_as_items(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("hola")
    jorge.say("10 correas a42 gates")
    confirm = jorge.say("hagamos el pedido, OC 7710-A, despachar a bodega Los Bronces km 32")
    assert "USD 74.00" in confirm and "7710-A" in confirm and "bodega Los Bronces km 32" in confirm
    assert not any(word in confirm for word in NOT_ITEM), confirm
    assert orders(db) == []  # one confirmation first
    done = jorge.say("sí")
    [order] = orders(db)
    assert f"Pedido {order.number} confirmado" in done and "bodega Los Bronces km 32" in done
    assert (order.purchase_order, order.delivery_note) == ("7710-A", "bodega Los Bronces km 32")
    [payload] = exported(whatsapp_app)
    assert payload["purchase_order"] == "7710-A"
    assert payload["delivery_note"] == "bodega Los Bronces km 32"
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
    confirm = mary.say("place the order please, PO# 88-1207, ship to Gate 4, Plant 2")
    assert "USD 100.00" in confirm and "88-1207" in confirm and "Gate 4, Plant 2" in confirm
    assert not any(word in confirm for word in NOT_ITEM), confirm
    assert "Order" in mary.say("yes")
    [order] = orders(db)
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
    jorge.say("confirmo")
    [order] = orders(db)
    assert order.delivery_note == "faena Candelaria, portería 2" and order.purchase_order is None


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
    mary.say("yes")
    [order] = orders(db)
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("hola")
    mine = jorge.say("en qué va la OC 5566?")  # Mary's PO, not one of Jorge's orders
    assert "No encuentro el pedido 5566" in mine and order.number not in mine
    theirs = mary.say(f"where are we with {order.number}?")
    assert theirs.startswith(f"📦 Order {order.number}:") and "being prepared" in theirs
