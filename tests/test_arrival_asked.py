"""An item's arrival asked as a question of its own, with the count the buyer needs said
alone after it (issue #14, set 16: es-1611, in words of our own): the item's stock and
incoming date told (ERP.md), never the buyer's order status, and the count is no cart line.
Through the signed webhook and the Twilio double, on the shop of tests/test_not_items.py."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_not_items import JORGE, MARY, NOT_ITEM, chat, shop  # noqa: F401 (its shop)
from tests.twilio_fakes import FakeTwilio


@pytest.mark.parametrize(
    ("phone", "message", "told"),
    [(JORGE, "oye ¿cuándo les llegan los rodamientos 6310 koyo? necesito 5",
      "no hay hoy; llegan 18 EA el 2026-12-22"),
     (MARY, "hey when do the 6310 koyo bearings arrive? we need 5",
      "none in stock today; 18 EA arrive 2026-12-22")],
)  # fmt: skip
def test_an_items_arrival_asked_is_its_incoming_date_not_the_order_status(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, message: str, told: str
) -> None:
    buyer = chat(whatsapp_app, twilio, phone)
    answer = buyer.say(message)
    assert told in answer and "B-6310" in answer, answer
    assert "SO-" not in answer and not any(word in answer for word in NOT_ITEM), answer
    cart = buyer.say("carrito" if phone == JORGE else "cart")
    assert "B-6310" not in cart and "1) " not in cart, cart
