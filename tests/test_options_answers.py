"""A "yes" or "ok" right after numbered options is not an acknowledgement: the buyer
is asked which option (nothing is added or ordered), and the one option there is is
taken (issue #14). Through the signed webhook and the Twilio double."""

from __future__ import annotations

from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Order
from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio


def test_si_after_the_options_asks_which_and_adds_nothing(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("Hola")
    question = jorge.say("rodamiento 6204 x 3")
    assert "1)" in question and "2)" in question
    for answer in ("sí", "ok"):
        again = jorge.say(answer)
        assert "¿Cuál de las opciones?" in again and "1)" in again and "2)" in again, again
        assert "EA ×" not in again  # nothing added to the cart
    picked = jorge.say("2")
    assert "3 EA ×" in picked


def test_yes_after_the_short_stock_options_asks_which_and_orders_nothing(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    mary = Chat(whatsapp_app, twilio, JORGE)  # writing in English: answered in English
    mary.say("Hi there")
    mary.say("V-A42 x 50")  # 20 in stock, nothing incoming: a seller or the 20 that ship
    offer = mary.say("order")
    assert "1)" in offer and "no order was placed" in offer, offer
    again = mary.say("yes")
    assert "Which of the options?" in again and "1)" in again, again
    with Session(db) as session:
        assert session.exec(select(Order)).all() == []
