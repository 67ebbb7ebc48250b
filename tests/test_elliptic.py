"""An item of the conversation said again with one thing changed (flows/elliptic.py): "y 20
del verde" after black cable, "same in 3/4" after a 1/2" valve, "the black ones too" after
white wire. The line is the cart's item with that value changed, read before the catalog;
with no count said, the cart line's count. Phrasings here are not the corpus script's
(es-719). On the demo catalog, through the signed webhook and the Twilio double."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

ES, EN = "+56912345001", "+17135550105"


@pytest.mark.parametrize("phone, first, varied, line, count", [
    (ES, "necesito 30 metros de cable thhn 12 awg negro", "oye, y 20 del verde",
     "ELE-10004", "20 M"),
    (ES, "necesito 30 metros de cable thhn 12 awg negro", "lo mismo en 10", "ELE-10013",
     "30 M"),  # no count said: the cart line's
    (ES, "3 valvulas de bola bronce 1/2 npt", "ah, y 5 de 3/4 también", "VAL-10010", "5 EA"),
    (EN, "need 40 m of thhn 10 awg white wire", "oh and the black ones too", "ELE-10013",
     "40 M"),
    (EN, "2 brass ball valves 1/2 npt please", "same in 3/4", "VAL-10010", "2 EA"),
])  # fmt: skip
def test_a_value_changed_alone_names_the_cart_item_in_that_value(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, first: str, varied: str, line: str,
    count: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(first)
    answer = buyer.say(varied)
    assert f"✅ {line}" in answer and "?" not in answer.split("✅")[0], answer
    assert f"{count} ×" in answer.split(f"✅ {line}")[-1], answer
    cart = buyer.say("carrito")
    assert line in cart and ("2 línea" in cart or "2 line" in cart or cart.count(")") >= 2), cart
