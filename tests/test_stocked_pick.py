"""The one in stock, picked in words among what the bot offered (issue #14, set 19's class):
a short line's substitutes or an open question's options, in the warehouse the buyer names
when they name one; on the demo catalog through the signed webhook. Phrasings are not set
19's scripts'.

Demo stock: 6307-2Z SKF (BRG-10306) none anywhere, its substitutes NSK BRG-10307 (SCL 6), FAG
BRG-10308 (SCL 24, LIM 39, HOU 7), NTN BRG-10309 (SCL 33, HOU 10). 6309-2Z SKF (BRG-10336)
none on hand, substitutes NSK (3/5/7), FAG (LIM 42), NTN (SCL 30). 6207-2RS by brand: only the
NSK BRG-10107 has any in Houston (11); in Lima the SKF has 18 and the NTN BRG-10109 51."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.test_conversation import GUEST, JORGE, Chat
from tests.twilio_fakes import FakeTwilio


@pytest.mark.parametrize(
    ("phone", "ask", "pick", "taken", "not_taken"),
    [
        # no warehouse named: the first substitute offered that covers 10 (the FAG)
        (JORGE, "necesito 10 rodamientos 6307 2z skf", "dale con el que haya nomás",
         "BRG-10308", "BRG-10309"),
        # Houston named: only the NTN has 10 there
        (GUEST, "10 bearings 6307-2Z SKF please", "ok the one you have in Houston then",
         "BRG-10309", "BRG-10308"),
        (JORGE, "10 rodamientos 6307-2z skf", "lo que tengan en Houston está bien",
         "BRG-10309", "BRG-10308"),
    ],
)  # fmt: skip
def test_a_short_line_takes_the_substitute_in_stock_where_the_buyer_says(
    corpus_app: Flask, twilio: FakeTwilio,
    phone: str, ask: str, pick: str, taken: str, not_taken: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say("hola")
    buyer.say(ask)
    answer = buyer.say(pick)
    assert taken in answer and not_taken not in answer and "BRG-10306" not in answer, answer
    assert "catálogo" not in answer and "catalog" not in answer, answer
    cart = buyer.say("carrito" if phone == JORGE else "cart")
    assert taken in cart and "BRG-10306" not in cart and "1)" in cart and "2)" not in cart, cart


def test_nothing_in_stock_where_the_buyer_says_is_said_and_the_cart_stays(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    buyer = Chat(corpus_app, twilio, JORGE)
    buyer.say("hola")
    buyer.say("20 rodamientos 6309-2z skf")
    answer = buyer.say("mándame el que tengas en Houston")
    assert "Houston" in answer and "vendedor" in answer and "catálogo" not in answer, answer
    cart = buyer.say("carrito")
    assert "BRG-10336" in cart and "2)" not in cart, cart


@pytest.mark.parametrize(
    ("phone", "ask", "pick", "taken"),
    [
        (JORGE, "10 rodamientos 6207 2rs", "el que tengan en Houston", "BRG-10107"),
        (GUEST, "30 bearings 6207 2RS", "whichever you've got in Lima", "BRG-10109"),
    ],
)  # fmt: skip
def test_an_open_question_is_answered_by_the_option_in_stock(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, ask: str, pick: str, taken: str
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say("hola")
    question = buyer.say(ask)
    assert taken in question and "BRG-10106" in question, question
    answer = buyer.say(pick)
    assert taken in answer and "BRG-10106" not in answer, answer
    assert "catálogo" not in answer and "catalog" not in answer, answer


def test_an_item_asked_whatever_its_brand_leaves_the_short_line_as_it_was(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    """ "lo que tengan" beside an item asks for that item, not for the short line's
    substitute: the bearing is not swapped and the grease is read."""
    buyer = Chat(corpus_app, twilio, JORGE)
    buyer.say("hola")
    buyer.say("necesito 10 rodamientos 6307 2z skf")
    answer = buyer.say("también grasa multiuso, lo que tengan")
    assert "BRG-10308" not in answer, answer
    cart = buyer.say("carrito")
    assert "BRG-10306" in cart and "BRG-10308" not in cart, cart
