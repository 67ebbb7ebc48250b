"""Asks the bot missed for their words (issue #14, set 19's classes).

A quote asked with a command and its pronouns: intents.csv names the verb once ("{cotizar}",
"{pasar} la cotizacion") and every command of it reads as the quote, tú, vos, usted and
ustedes, with the pronouns buyers hang on it; a command that asks for items, or none of
these, is not a quote. The cart asked by how much it comes to so far ("¿cuánto va el
carrito?", "how much so far?"): the cart, its lines and total, never "ask a seller". The
reader alone, then through the signed webhook."""

from __future__ import annotations

import pytest
from flask import Flask

from bot.intents import IntentName, recognise
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
