"""An answer to the bot's "which one?" that carries the count and adds another item after
it (issue #14, set 16: es-1612, en-1612, in words of our own): the answer settles the
question with its count, and the other item is a line of its own. Through the signed
webhook and the Twilio double, on the shop of tests/test_not_items.py."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_not_items import JORGE, MARY, NOT_ITEM, chat, shop  # noqa: F401 (its shop)
from tests.twilio_fakes import FakeTwilio


@pytest.mark.parametrize(
    ("phone", "asked", "answer", "open_"),
    [(JORGE, "necesito rodamientos 6205", "los 2z, 12 porfa, y de paso agrégame 4 correas a42 gates",
      "Sigue pendiente"),
     (MARY, "need 6205 bearings", "the 2z ones, 12 please, and also add 4 a42 gates belts",
      "Still open")],
)  # fmt: skip
def test_an_answer_with_its_count_and_another_item_settles_and_adds(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, asked: str, answer: str, open_: str
) -> None:
    buyer = chat(whatsapp_app, twilio, phone)
    question = buyer.say(asked)
    assert "B-6205Z" in question and "B-6205R" in question, question
    told = buyer.say(answer)
    assert "B-6205Z" in told and "12 EA × 8.00" in told and "4 EA × 7.40" in told, told
    assert open_ not in told and not any(word in told for word in NOT_ITEM), told
