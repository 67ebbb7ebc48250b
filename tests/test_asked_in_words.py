"""Asks the bot missed for their words (issue #14, set 19's classes).

A quote asked with a command and its pronouns: intents.csv names the verb once ("{cotizar}",
"{pasar} la cotizacion") and every command of it reads as the quote, tú, vos, usted and
ustedes, with the pronouns buyers hang on it; a command that asks for items, or none of
these, is not a quote. The cart asked by how much it comes to so far ("¿cuánto va el
carrito?", "how much so far?"): the cart, its lines and total, never "ask a seller". Items
asked to be priced ("could you price twelve … and a dozen …") cut into their lines; a Kiwi's
"kia ora" a greeting and "go the NTN" a brand taken. The readers alone, then through the
signed webhook."""

from __future__ import annotations

import pytest
from flask import Flask

from bot.intents import IntentName, recognise
from bot.joined import request_lines
from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio


@pytest.mark.parametrize(
    "text",
    ["cotícemelo", "cotízenmelas porfa", "coticenlo", "cotíceme eso por favor",
     "pásenos la cotización", "mándenme la cotización", "envíeme el presupuesto",
     "bárbaro, pasame la cotización", "dale, mandame una cotización"],
)  # fmt: skip
def test_a_command_to_quote_is_the_quote(text: str) -> None:
    assert recognise(text).name == IntentName.QUOTE, text


@pytest.mark.parametrize("text", ["pásame 10 pernos m8", "mándenme 4 correas a42", "pasalo"])
def test_a_command_for_items_or_for_nothing_is_no_quote(text: str) -> None:
    assert recognise(text).name != IntentName.QUOTE, text


def test_coticelo_after_items_sends_the_quote(corpus_app: Flask, twilio: FakeTwilio) -> None:
    buyer = Chat(corpus_app, twilio, JORGE)
    buyer.say("hola")
    buyer.say("6 correas a42 gates")
    answer = buyer.say("cotícemelas por favor")
    assert "Q-2026-" in answer and "catálogo" not in answer, answer


@pytest.mark.parametrize(
    "text", ["¿cuánto llevamos?", "y en cuánto vamos?", "cómo va el carrito", "how much so far?",
             "what's the cart total?", "ok what does it come to"],
)  # fmt: skip
def test_how_much_so_far_is_the_cart(text: str) -> None:
    assert recognise(text).name == IntentName.CART, text


def test_cuanto_va_shows_the_cart_with_its_lines_and_total(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    buyer = Chat(corpus_app, twilio, JORGE)
    buyer.say("hola")
    buyer.say("6 correas a42 gates\n30 pernos m12x50 din 933 zincados")
    answer = buyer.say("¿cuánto va?")
    assert "BLT-10033" in answer and "FAS-10167" in answer and "Total: USD" in answer, answer
    assert "vendedor" not in answer, answer


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("could you price ten 6205-2RSH SKF bearings and a dozen A42 Gates belts",
         ["ten 6205-2RSH SKF bearings", "a dozen A42 Gates belts"]),
        ("G'day, can you price up 10 flap discs and 4 a42 belts",
         ["10 flap discs", "4 a42 belts"]),
        ("Kia ora, after 20 6205-2RSH SKF", ["20 6205-2RSH SKF"]),
    ],
)  # fmt: skip
def test_items_asked_to_be_priced_are_cut_into_their_lines(text: str, lines: list[str]) -> None:
    """ "could you price …" is asked as "could you quote …" is: the items after it, each a
    line; a Kiwi or Aussie greeting is no item."""
    assert request_lines(text, {"skf", "gates"}) == lines


def test_go_the_brand_takes_that_substitute(corpus_app: Flask, twilio: FakeTwilio) -> None:
    """ "go the NTN then" (Australian and New Zealand English) names the brand taken, as
    "go with the NTN" does: the short line becomes the NTN substitute offered."""
    buyer = Chat(corpus_app, twilio, "+64211234567")
    buyer.say("kia ora")
    assert "BRG-10309" in buyer.say("need 10 6307-2Z SKF")
    answer = buyer.say("sweet as, go the NTN then")
    assert "BRG-10309" in answer and "catalog" not in answer, answer
