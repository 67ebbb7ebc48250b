"""Where a line ships from is said as a buyer names the place, its code beside it (issue
#14, set 19: "Despacho hoy desde LIM" to a buyer who asked for "nuestra bodega de Lima").
On the demo data (warehouses.csv gives each its city) through the signed webhook."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio

NZ_GUEST = "+64211234567"  # a number no customer has, in New Zealand: English


@pytest.mark.parametrize(
    ("phone", "asked", "said"),
    [
        # VAL-10010, the brass ball valve 3/4" NPT, is kept only in Lima (6)
        (JORGE, "4 válvulas de bola de bronce 3/4 npt", "desde Lima (LIM)"),
        # BLT-10061, the A56 Gates belt, only in Houston (20)
        (NZ_GUEST, "5 A56 Gates v-belts", "from Houston (HOU)"),
    ],
)
def test_a_line_ships_from_the_city_named(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, asked: str, said: str
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say("hola" if phone == JORGE else "hello")
    answer = buyer.say(asked)
    assert said in answer, answer
