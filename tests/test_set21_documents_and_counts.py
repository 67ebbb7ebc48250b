"""Set 21's failures by class (issue #14, h5's share), in phrasings of our own, on the demo
catalog through the signed webhook and the Twilio double (SQLite, and PostgreSQL with
TEST_DATABASE_URL):

- a datasheet, a safety data sheet or a certificate asked, beside items or alone about items
  ordered before, is a seller's to send: the items priced as ever, the buyer told a seller
  sends it, the chat in the queue with the document; never an item line, never an order;
"""

from __future__ import annotations

import re

import pytest
from flask import Flask
from sqlalchemy.engine import Engine

from tests.test_conversation import Chat, conversation, orders
from tests.twilio_fakes import FakeTwilio

JORGE = "+56912345001"  # C001 (es)
DAVE = "+17135550105"  # C005 (en)


@pytest.mark.parametrize("phone, said, line, told", [
    (JORGE, "hola, ¿tienen la hoja técnica del rodamiento 6206 2z skf? cotízame 8 porfa",
     "8 EA × 13.19 = USD 105.52", "Las fichas técnicas las envía un vendedor"),
    (DAVE, "need 20 6206 2z skf bearings, can you send the certificate of conformity too?",
     "20 EA × 14.99 = USD 299.80", "Certificates are sent by a seller"),
])  # fmt: skip
def test_a_document_asked_beside_items_is_a_sellers_the_items_priced(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, said: str, line: str,
    told: str,
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(said)
    assert all(words in answer for words in (line, told)) and "❌" not in answer, answer
    chat = conversation(db)
    assert (chat.attention, orders(db)) == ("document_asked", []), answer
    assert "BRG-10096" in (chat.attention_detail or ""), chat.attention_detail


def test_a_certificate_of_what_was_ordered_is_a_sellers_never_an_item(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Chat(corpus_app, twilio, JORGE)
    jorge.say("8 rodamientos 6206 2z skf")
    assert re.search(r"O-\d{4}-\d{5}", jorge.say("pedido"))
    answer = jorge.say("me pueden mandar los certificados de esos rodamientos? es para la auditoría")
    assert "Los certificados los envía un vendedor" in answer, answer
    assert "❌" not in answer and "¿cuál?" not in answer, answer
    assert conversation(db).attention == "document_asked"
    assert len(orders(db)) == 1


def test_certified_said_of_an_item_is_no_document_asked(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    answer = Chat(corpus_app, twilio, JORGE).say("8 rodamientos 6206 2z skf certificados")
    assert "BRG-10096" in answer and "vendedor" not in answer, answer
    assert conversation(db).attention is None
