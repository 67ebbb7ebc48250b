"""An item's arrival asked as a question of its own, with the count the buyer needs said
after it (issue #14, set 16: es-1611; set 17: es-1704, en-1705, en-1720; in words of our
own): the item's stock and incoming date told (ERP.md), never the buyer's order status, and
the one item asked priced as a cart line for that count (SPEC: each item's SKU, quantity,
price and availability), never a question with one option.
Through the signed webhook and the Twilio double, on the shop of tests/test_not_items.py."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_not_items import JORGE, MARY, NOT_ITEM, chat, shop  # noqa: F401 (its shop)
from tests.twilio_fakes import FakeTwilio


@pytest.mark.parametrize(
    ("phone", "message", "told", "line"),
    [(JORGE, "oye ¿cuándo les llegan los rodamientos 6310 koyo? necesito 5",
      "no hay hoy; llegan 18 EA el 2026-12-22", "5 EA × 30.00 = USD 150.00"),
     (MARY, "hey when do the 6310 koyo bearings arrive? we need 5",
      "none in stock today; 18 EA arrive 2026-12-22", "5 EA × 30.00 = USD 150.00"),
     (MARY, "hiya, when are those 6310 koyo bearings due in? I'd need 4 of them",
      "none in stock today; 18 EA arrive 2026-12-22", "4 EA × 30.00 = USD 120.00"),
     (MARY, "when's the 6310 koyo bearing coming back in? need 3",
      "none in stock today; 18 EA arrive 2026-12-22", "3 EA × 30.00 = USD 90.00")],
)  # fmt: skip
def test_an_items_arrival_asked_with_a_count_is_its_date_and_its_line_priced(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, message: str, told: str, line: str
) -> None:
    buyer = chat(whatsapp_app, twilio, phone)
    answer = buyer.say(message)
    assert told in answer and line in answer, answer
    assert "SO-" not in answer and not any(word in answer for word in NOT_ITEM), answer
    assert "1) " not in answer, answer  # the one item asked is taken, not offered
    cart = buyer.say("carrito" if phone == JORGE else "cart")
    assert "B-6310" in cart and line in cart, cart


@pytest.mark.parametrize(
    ("phone", "message", "lines"),
    [(MARY, "when are the 6310 koyo bearings coming in? we need 5, and 40 m8x40 din 933 bolts",
      ["5 EA × 30.00 = USD 150.00", "F-840", "40 EA ×"]),
     (JORGE, "¿cuándo llegan los rodamientos 6310 koyo? ocupo 4, y 40 pernos m8x40 din 933",
      ["4 EA × 30.00 = USD 120.00", "F-840", "40 EA ×"])],
)  # fmt: skip
def test_the_count_needed_and_other_items_after_it_are_both_lines(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, message: str, lines: list[str]
) -> None:
    """"… coming in? we need 5, and 40 … bolts": the bearings' 5 were lost (only the bolts
    priced) as the count and the next item were one clause; now each is its line."""
    answer = chat(whatsapp_app, twilio, phone).say(message)
    assert "2026-12-22" in answer, answer
    assert all(line in answer for line in lines), answer
