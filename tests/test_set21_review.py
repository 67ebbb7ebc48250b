"""Session 21's review (issue #14): what the day's new readings must not catch, in phrasings
of our own, on the demo catalog through the signed webhook and the Twilio double."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, SARAH = "+56912345001", "+14155550101"  # C001 (es), C002 (en)


@pytest.mark.parametrize("phone, first, bullet, kept, added", [
    (JORGE, "necesito 6 correas a42 gates", "* 10 rodamientos 6205 2rs skf", "BLT-10033",
     "BRG-10076"),
    (SARAH, "need 10 BRG-10112", "* 4 BRG-10113", "BRG-10112", "BRG-10113"),
])  # fmt: skip
def test_a_bulleted_item_is_a_line_of_its_own_not_an_asterisk_correction(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, first: str, bullet: str, kept: str,
    added: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(first)
    answer = buyer.say(bullet)
    assert added in answer and "🔄" not in answer and "→" not in answer, answer
    assert "2 line" in answer or "2 línea" in answer, answer  # the first line kept beside it
    assert kept in buyer.say("carrito" if phone == JORGE else "cart"), kept


@pytest.mark.parametrize("phone, items, objection, answer_says", [
    (JORGE, "necesito 10 rodamientos 6205 2rs skf", "otro proveedor lo tiene más barato",
     "no los puedo cambiar"),
    (JORGE, "necesito 10 rodamientos 6205 2rs skf", "en otro lado los tengo más baratos",
     "no los puedo cambiar"),
    (SARAH, "need 10 6205 2rs skf bearings", "another supplier has them cheaper",
     "can't change them"),
])  # fmt: skip
def test_a_competitor_cheaper_is_a_price_objection_not_other_brands_asked(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, objection: str,
    answer_says: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(items)
    answer = buyer.say(objection)
    assert answer_says in answer and "KOYO" not in answer.upper(), answer
    assert "BRG-10076" in answer, answer  # the cart as it was


@pytest.mark.parametrize("phone, asked, line", [
    (JORGE, "necesito 10 rodamientos 6205 2rs skf en 2 pedidos separados", "BRG-10076"),
    (SARAH, "need 10 BRG-10112 in two separate orders please", "BRG-10112"),
])  # fmt: skip
def test_items_said_with_separate_orders_in_one_clause_are_priced(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, asked: str, line: str
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(asked)
    assert line in answer and "10 EA" in answer and "❌" not in answer, answer
    assert "📦" in answer, answer  # and told how separate orders go
