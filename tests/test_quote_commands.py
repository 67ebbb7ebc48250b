"""A quote asked with a command and its pronouns (issue #14, set 19's class): intents.csv
names the verb once ("{cotizar}", "{pasar} la cotizacion") and every command of it reads as
the quote, tú, vos, usted and ustedes, with the pronouns buyers hang on it; a command that
asks for items, or none of these, is not a quote. The reader alone, then one through the
signed webhook."""

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
