"""Set 20's leftovers by class (issue #14), in phrasings of our own, on the demo catalog
through the signed webhook and the Twilio double:

- when the rest of a short line comes in, asked in English, is the line's date, as the
  Spanish "¿y los que faltan?" is;
- an order's carrier named in a status question ("the UPS one") shows that order, in the
  chat's language (Spanish 'ups', oops, never switches an English chat).
"""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

JORGE, SARAH, TOM = "+56912345001", "+14155550101", "+14155550102"  # C001 (es), C002 (en) ×2


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
