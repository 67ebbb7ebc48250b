"""Set 20's leftovers by class (issue #14), in phrasings of our own, on the demo catalog
through the signed webhook and the Twilio double:

- when the rest of a short line comes in, asked in English, is the line's date, as the
  Spanish "¿y los que faltan?" is;
- an order's carrier named in a status question ("the UPS one") shows that order, in the
  chat's language (Spanish 'ups', oops, never switches an English chat);
- the seal and brand of an open question's item said two messages later with talk around
  ("oh the bearings are the 2z skf ones") settle that question with its count;
- where to deliver corrected in a message of its own ("corrijo: la entrega es en Calama, no en
  Antofagasta") is acknowledged with the new place, which the order then carries, never read
  as an item.
"""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, SARAH, TOM = "+56912345001", "+14155550101", "+14155550102"  # C001 (es), C002 (en) ×2
DAVE = "+17135550105"  # C005 (en)


@pytest.mark.parametrize("asked", ["when do the rest come in?", "ok, and the rest come in when?"])
def test_when_the_rest_comes_in_is_the_short_lines_date(
    corpus_app: Flask, twilio: FakeTwilio, asked: str
) -> None:
    buyer = Chat(corpus_app, twilio, SARAH)
    assert "2026-12-19" in buyer.say("25 bearings 6207 ddu nsk pls")
    answer = buyer.say(asked)
    assert "2026-12-19" in answer and "can't answer" not in answer, answer


@pytest.mark.parametrize("phone, asked, english", [
    (TOM, "whats the tracking # for the UPS one?", True),
    (SARAH, "and the UPS one, tracking pls?", True),
    (JORGE, "y el de ups? el número de seguimiento", False),
])  # fmt: skip
def test_a_carrier_named_shows_that_order_in_the_chats_language(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, asked: str, english: bool
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say("status of our orders pls" if english else "estado de mis pedidos")
    answer = buyer.say(asked)
    if english:
        assert "Order SO-80005:" in answer and "UPS 1Z999AA10123456784" in answer, answer
        assert "SO-80002" not in answer and "pedido" not in answer.lower(), answer
    else:
        assert "Sus últimos pedidos" in answer or "Pedido" in answer, answer


@pytest.mark.parametrize("phone, ask, between, answer, line", [
    (DAVE, "need 20 6206 bearings", "whats our balance?", "oh the bearings are the 2z skf ones",
     "20 EA × 14.99 = USD 299.80"),
    (JORGE, "necesito 8 rodamientos 6206", "y cuánto les debemos?",
     "ah y el rodamiento sería el 2z skf", "8 EA × 13.19 = USD 105.52"),
])  # fmt: skip
def test_an_answer_with_talk_two_messages_later_settles_the_question(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, ask: str, between: str, answer: str,
    line: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    assert "BRG-10101" in buyer.say(ask)  # 6206 in five brands, open: which one?
    buyer.say(between)
    said = buyer.say(answer)
    assert "BRG-10096" in said and line in said, said  # 6206-2Z SKF
    assert "BRG-10101" not in said and "❓" not in said, said  # the question is gone


@pytest.mark.parametrize("phone, items, fixed, order, said, kept", [
    (DAVE, "need 8 6310-2RSH SKF, deliver to our shop in Pasadena",
     "my mistake - delivery is to La Porte, not Pasadena", "order", "deliver to La Porte",
     "Deliver to: La Porte."),
    (JORGE, "necesito 8 contactores 3p 9a bobina 220v siemens, despacho a Antofagasta",
     "me equivoqué, la entrega es en Calama no en Antofagasta", "pedido", "entrega en Calama",
     "Entrega: Calama."),
])  # fmt: skip
def test_a_delivery_place_corrected_is_acknowledged_and_goes_on_the_order(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, fixed: str, order: str,
    said: str, kept: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(items)
    answer = buyer.say(fixed)
    assert said in answer and "❌" not in answer and "❓" not in answer, answer
    placed = buyer.say(order)
    assert kept in placed and "Antofagasta" not in placed and "Pasadena" not in placed, placed
