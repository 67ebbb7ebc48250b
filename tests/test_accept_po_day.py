"""A quote accepted with the buyer's PO and the day they need it (issue #14, set 16:
en-1607, es-1608), and an order asked for as 'confírmame el pedido' (es-1614): the day is
no item and no figure beside the PO, so the quote becomes an order with that PO — through
the signed webhook and the Twilio double. SQLite, and PostgreSQL with TEST_DATABASE_URL.
"""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Order
from tests.conftest import MIKE, ErpFolder, with_english_buyer
from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE = "+56912345001"


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """conftest's shop, with Mike, who writes in English."""
    return with_english_buyer(shop)


def orders(db: Engine) -> list[Order]:
    with Session(db) as session:
        return list(session.exec(select(Order)).all())


@pytest.mark.parametrize(
    ("phone", "items", "quote", "accepted", "po", "confirmed"),
    [
        (MIKE, "6 gates a42 v-belts", "quote please",
         "Good news, approved! our PO is 5512-7, we need them on site by December 9th",
         "5512-7", "Order"),
        (MIKE, "6 gates a42 v-belts", "quote please",
         "approved, PO 88/310 — deliver before Friday 11th", "88/310", "Order"),
        (JORGE, "6 correas a42 gates", "cotízame",
         "aprobada, va con la OC 4500-77, las necesitamos el viernes 11 en la obra",
         "4500-77", "Pedido"),
        (JORGE, "6 correas a42 gates", "cotízame",
         "listo aprobado. OC 990123, para el 15 de diciembre", "990123", "Pedido"),
    ],
)
def test_a_quote_accepted_with_a_po_and_the_day_wanted_becomes_the_order(
    shop: ErpFolder, whatsapp_app: Flask, twilio: FakeTwilio, db: Engine,
    phone: str, items: str, quote: str, accepted: str, po: str, confirmed: str,
) -> None:
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say(items)
    assert "Q-2026-00001" in buyer.say(quote)
    answer = buyer.say(accepted)
    [order] = orders(db)
    assert f"{confirmed} {order.number}" in answer and "44.40" in answer, answer
    assert "❌" not in answer and "catalog" not in answer, answer
    assert order.purchase_order == po


@pytest.mark.parametrize("asked", ["confírmame el pedido", "me confirman el pedido?",
                                   "confírmenme la orden porfa"])
def test_confirm_me_the_order_places_it(
    shop: ErpFolder, whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, asked: str
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("hola, 6 correas a42 gates")
    answer = jorge.say(asked)
    [order] = orders(db)
    assert f"Pedido {order.number}" in answer and "44.40" in answer, answer
    assert "❌" not in answer and "catálogo" not in answer, answer
