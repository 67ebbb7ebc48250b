"""Two things a buyer names in one breath stay each their own (issue #13), on the demo
catalog through the signed webhook.

- A swap between two figures the cart holds both of ("6205 en vez del 6305" with a 6305 line
  and a 6205 line) was answered "that line is not in the cart": the line said wrong now
  becomes the other item, and the cart holds one line of it with both counts, as an item
  asked twice does.
- "8 tees galvanizadas 3/4 y 4 de 1/2 negras": the second item borrows the first's kind, never
  its finish over its own (it read "tees galvanizadas 1/2 negras" and was offered the
  galvanized ones), nor lends its finish to the first; "4 of 1/2 black" after "galvanized
  tees" is a tee too (it was read alone, and offered valves)."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import GUEST, JORGE, Chat
from tests.twilio_fakes import FakeTwilio

# (the buyer, the two bearing lines, the swap, the cart asked for, the one line left)
SWAPS = [
    (JORGE, "4 rodamientos 6305 2rs skf\n6 rodamientos 6205 2rs skf", "6205 en vez del 6305",
     "carrito", "10 EA × 10.62"),
    (GUEST, "4 bearings 6305 2rs skf\n6 bearings 6205 2rs skf", "swap the 6305 for the 6205",
     "cart", "10 EA × 13.61"),
]  # fmt: skip


@pytest.mark.parametrize(("phone", "lines", "swap", "show", "kept"), SWAPS)
def test_a_swap_to_an_item_the_cart_holds_makes_one_line_of_both(
    corpus_app: Flask,
    twilio: FakeTwilio,
    phone: str, lines: str, swap: str, show: str, kept: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say("hola")
    buyer.say(lines)
    answer = buyer.say(swap)
    assert "🔄" in answer and "no está" not in answer and "not in" not in answer, answer
    cart = buyer.say(show)
    assert "6305" not in cart and "BRG-10076" in cart and kept in cart, cart


@pytest.mark.parametrize(
    ("phone", "text", "offered", "never"),
    [
        # VAL-10206 the galvanized tee 3/4, VAL-10269 the carbon steel (black) one 1/2;
        # never the galvanized 1/2 (VAL-10200) nor the black 3/4 (VAL-10278)
        (JORGE, "8 tees galvanizadas 3/4 y 4 de 1/2 negras", {"VAL-10206", "VAL-10269"},
         {"VAL-10200", "VAL-10278"}),
        (GUEST, "8 galvanized tees 3/4 and 4 of 1/2 black", {"VAL-10206", "VAL-10269"},
         {"VAL-10200", "VAL-10278"}),
    ],
)  # fmt: skip
def test_each_item_of_a_joined_line_keeps_its_own_finish(
    corpus_app: Flask,
    twilio: FakeTwilio,
    phone: str, text: str, offered: set[str], never: set[str],
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say("hola")
    answer = buyer.say(text)
    assert all(sku in answer for sku in offered), answer
    assert not any(sku in answer for sku in never), answer
