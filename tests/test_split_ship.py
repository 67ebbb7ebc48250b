"""A line no one warehouse covers: its availability names each warehouse's count, and the
buyer may ask each part from one ("8 de Santiago y los otros 17 de Lima"); the cart holds
a line per warehouse and the order ships each from it (ERP.md: say what can ship now;
issue #14; flows/split_ship.py). Phrasings here are not the corpus scripts' (es-1508,
en-1508). Through the signed webhook and the Twilio double on SQLite, and on PostgreSQL
with TEST_DATABASE_URL."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import OrderLine
from tests.conftest import MIKE, ErpFolder, with_english_buyer
from tests.test_conversation import JORGE, Chat, orders
from tests.twilio_fakes import FakeTwilio


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop with a Lima warehouse, a bearing split 8 / 20 between them, and
    an English-speaking customer."""
    return with_english_buyer(
        shop,
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n"
                   "LIM,Lima,23:59,America/Lima\n",
        stock="sku,warehouse,on_hand\nB-SKF,SCL,8\nB-SKF,LIM,20\nB-NSK,SCL,100\n"
              "F-840,SCL,5000\nV-A42,SCL,20\n",
    )  # fmt: skip


def _order_lines(db: Engine) -> list[tuple[str, str, str | None]]:
    with Session(db) as session:
        found = session.exec(select(OrderLine).order_by(OrderLine.id))  # type: ignore[arg-type]
        return [(ln.sku, f"{ln.quantity:f}".rstrip("0").rstrip("."), ln.warehouse) for ln in found]


@pytest.mark.parametrize("phone, ask, split, order", [
    (JORGE, "25 B-SKF", "ok, que salgan 8 desde Santiago y los otros 17 de Lima", "pedido"),
    (MIKE, "25 x B-SKF", "send 8 out of Santiago and the other 17 from Lima", "order"),
])  # fmt: skip
def test_a_short_line_split_between_warehouses_is_one_order_of_two_lines(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, ask: str, split: str,
    order: str,
) -> None:
    buyer = Chat(whatsapp_app, twilio, phone)
    asked = buyer.say(ask)
    assert "8 en SCL" in asked or "8 in SCL" in asked, asked
    assert "20 en LIM" in asked or "20 in LIM" in asked, asked
    answer = buyer.say(split)
    assert "catálogo" not in answer and "catalog" not in answer, answer
    assert "SCL" in answer and "LIM" in answer, answer
    assert "O-2026-00001" in buyer.say(order)
    assert len(orders(db)) == 1
    assert _order_lines(db) == [("B-SKF", "8", "SCL"), ("B-SKF", "17", "LIM")]


def test_a_split_a_warehouse_cannot_ship_leaves_the_line_whole(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    mike = Chat(whatsapp_app, twilio, MIKE)
    mike.say("25 x B-SKF")
    mike.say("send 20 out of Santiago and the other 5 from Lima")  # Santiago holds 8
    assert "25 EA" in mike.say("cart")
