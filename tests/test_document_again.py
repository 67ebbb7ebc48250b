"""The quote's PDF asked for again: the newest version of the buyer's latest quote is sent
once more as media, the way a quote's document goes out (SPEC.md "Quote document"), naming
its number; never "I can't answer that", never an order (issue #14, set 17: es-1710,
en-1711; flows/document_again.py). Phrasings here are not the scripts'. Through the signed
webhook and the Twilio double on SQLite, and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from sqlalchemy.engine import Engine

from tests.conftest import MIKE, ErpFolder, with_english_buyer
from tests.test_conversation import JORGE, Chat, conversation, orders
from tests.twilio_fakes import FakeTwilio

QUOTE = re.compile(r"Q-\d{4}-\d{5}")


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop, with an English-speaking customer too."""
    return with_english_buyer(shop)


@pytest.mark.parametrize(("phone", "items", "quote", "again"), [
    (JORGE, "6 correas a42 gates", "cotizar",
     "oye no me ha llegado el pdf, me reenvías la cotización?"),
    (MIKE, "6 a42 gates belts", "quote", "sorry, never got the pdf - can you send it again?"),
    (JORGE, "6 correas a42 gates", "cotizar", "me reenvías esa cotización? mi jefe la quiere en pdf"),
    (MIKE, "6 a42 gates belts", "quote", "could u resend that quote? boss needs the pdf"),
    (MIKE, "6 a42 gates belts", "quote", "can you send that quote again pls, my manager wants it"),
])  # fmt: skip
def test_the_quotes_pdf_is_sent_again(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, items: str, quote: str,
    again: str,
) -> None:
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say(items)
    [number] = set(QUOTE.findall(buyer.say(quote)))
    media = [m["MediaUrl"] for m in twilio.sent if m.get("MediaUrl")]
    answer = buyer.say(again)
    assert number in answer, answer
    resent = [m["MediaUrl"] for m in twilio.sent if m.get("MediaUrl")][len(media):]
    assert resent == media[-1:], resent  # the same document, as media once more
    assert resent[0] in answer  # its link in the text too
    assert conversation(db).attention is None and not orders(db)


@pytest.mark.parametrize(("phone", "again", "said"), [
    (JORGE, "no me llegó el pdf de la cotización", "No tengo una cotización suya"),
    (MIKE, "can you resend the quote pdf?", "I have no quote of yours"),
])  # fmt: skip
def test_with_no_quote_yet_how_to_get_one_is_said(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, again: str, said: str
) -> None:
    buyer = Chat(whatsapp_app, twilio, phone)
    answer = buyer.say(again)
    assert said in answer, answer
    assert not [m for m in twilio.sent if m.get("MediaUrl")]
    assert conversation(db).attention is None
