"""Short words that ask for the order, the quote or what the bot does (issue #14, set 18:
es-1819, en-1807), in phrasings of our own: "ya, pídelo todo" after lines priced one per
message orders them; "quote leh" (Singapore's particle) is a quote; "what can the bot do
ah?" is the menu, never a seller's. The reader alone, and on the demo catalog through the
signed webhook and the Twilio double."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from bot.intents import IntentName as I
from bot.intents import recognise
from tests.test_conversation import Chat
from tests.twilio_fakes import FakeTwilio

ES = "+56912345001"


@pytest.mark.parametrize("text, meaning", [
    ("ya, pídelo todo", I.ORDER), ("ok pide todo eso porfa", I.ORDER), ("pídelo", I.ORDER),
    ("quote leh", I.QUOTE), ("ok quote lah", I.QUOTE), ("order lor", I.ORDER),
    ("what can the bot do ah?", I.MENU), ("qué hace este bot?", I.MENU),
])  # fmt: skip
def test_short_order_quote_and_menu_words(text: str, meaning: I) -> None:
    assert recognise(text).name == meaning


@pytest.mark.parametrize("text", ["pide 10 pernos m8x40", "quote 10 6205-2z lah"])
def test_with_items_they_stay_items(text: str) -> None:
    assert recognise(text).name is None


def test_lines_priced_one_per_message_then_pidelo_todo_is_one_order(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    buyer = Chat(corpus_app, twilio, ES)
    buyer.say("cuánto el rodamiento 6205-2z skf? 4")
    buyer.say("y 6 correas a42 gates")
    answer = buyer.say("ya, pídelo todo")
    assert re.search(r"O-\d{4}-\d{5}", answer) and "❌" not in answer, answer
