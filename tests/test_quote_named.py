"""One of several open quotes accepted by its place (issue #14, set 17: en-1701, es-1719;
phrasings of our own): "the first one", "la primera", "the earlier one", "la última", "la de
ayer" pick that quote in the order the quotes were sent, its PO kept; the order is of that
quote's lines, never of the last quote sent (flows/quote_named.py). Through the signed
webhook and the Twilio double, on the conversation shop (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.clock import simulated
from bot.models import Order, OrderLine
from tests.conftest import MIKE, ErpFolder, with_english_buyer
from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio

SANTIAGO = ZoneInfo("America/Santiago")


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    return with_english_buyer(shop)


def _ordered(db: Engine) -> list[tuple[list[str], str | None]]:
    with Session(db) as session:
        placed = session.exec(select(Order)).all()
        return [([line.sku for line in session.exec(
                    select(OrderLine).where(OrderLine.order_id == order.id))],
                 order.purchase_order) for order in placed]  # fmt: skip


_QUOTES = {JORGE: ("cotízame 10 rodamientos b-skf", "cotizar", "y aparte otra cotización de "
                   "200 pernos m8x40 din 933", "cotizar", "y una tercera con 2 correas a42 gates",
                   "cotizar"),
           MIKE: ("quote 10 B-SKF bearings please", "quote", "now a separate quote for 200 "
                  "m8x40 din 933 bolts", "quote", "and a third one for 2 a42 gates belts",
                  "quote")}  # fmt: skip


@pytest.mark.parametrize(("phone", "taken", "skus", "po"), [
    (JORGE, "me quedo con la primera cotización, OC 7788-12", ["B-SKF"], "7788-12"),
    (JORGE, "dale, vamos con la segunda", ["F-840"], None),
    (JORGE, "acepto la última nomás", ["V-A42"], None),
    (MIKE, "let's proceed with the first one, PO 9911-A", ["B-SKF"], "9911-A"),
    (MIKE, "ok we'll take the 2nd one", ["F-840"], None),
    (MIKE, "approve the earlier one please", ["F-840"], None),
])  # fmt: skip
def test_a_quote_taken_by_its_place_among_the_open_ones_is_the_one_ordered(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, taken: str,
    skus: list[str], po: str | None
) -> None:
    chat = Chat(whatsapp_app, twilio, phone)
    for message in _QUOTES[phone]:
        chat.say(message)
    answer = chat.say(taken)
    assert "O-2026-00001" in answer and all(sku in answer for sku in skus), answer
    assert _ordered(db) == [(skus, po)], answer


@pytest.mark.parametrize(("phone", "taken", "ordered"), [
    (JORGE, "acepto la última, es la primera vez que les compramos", [(["V-A42"], None)]),
    (JORGE, "acepto, con la misma OC que la anterior", []),
    (MIKE, "accept, we need them by the 1st", []),
    (MIKE, "approved, please ship first thing monday", []),
    (MIKE, "we accept, first time ordering from you", []),
])  # fmt: skip
def test_a_place_said_of_something_else_picks_no_quote(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, taken: str,
    ordered: list[tuple[list[str], str | None]]
) -> None:
    """'la primera vez', 'first thing monday', 'by the 1st', 'la misma OC que la anterior'
    name no quote: the first quote's bearings were ordered. Now the message is read as
    without them: a plain 'acepto' of the last quote sent, or (in English, as before the
    places were read) a line the seller completes; never the first quote."""
    chat = Chat(whatsapp_app, twilio, phone)
    for message in _QUOTES[phone]:
        chat.say(message)
    answer = chat.say(taken)
    assert _ordered(db) == ordered, answer
    assert "B-SKF" not in answer, answer


@pytest.mark.parametrize(("phone", "quotes", "taken"), [
    (JORGE, ("cotízame 10 rodamientos b-skf", "cotizar", "otra cotización por 200 pernos "
             "m8x40 din 933", "cotizar"), "acepto la de ayer"),
    (MIKE, ("quote 10 B-SKF bearings please", "quote", "a separate quote for 200 m8x40 din "
            "933 bolts", "quote"), "we'll go with yesterday's one"),
])  # fmt: skip
def test_the_quote_sent_yesterday_is_the_one_ordered(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, quotes: tuple[str, ...],
    taken: str
) -> None:
    chat = Chat(whatsapp_app, twilio, phone)
    today = dt.datetime.now(SANTIAGO).replace(hour=11, minute=0)
    with simulated(today - dt.timedelta(days=1)):
        chat.say(quotes[0])
        chat.say(quotes[1])
    with simulated(today):
        chat.say(quotes[2])
        chat.say(quotes[3])
        answer = chat.say(taken)
    assert "O-2026-00001" in answer and "B-SKF" in answer, answer
    assert _ordered(db) == [(["B-SKF"], None)], answer
