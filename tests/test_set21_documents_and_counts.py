"""Set 21's failures by class (issue #14, h5's share), in phrasings of our own, on the demo
catalog through the signed webhook and the Twilio double (SQLite, and PostgreSQL with
TEST_DATABASE_URL):

- a datasheet, a safety data sheet or a certificate asked, beside items or alone about items
  ordered before, is a seller's to send: the items priced as ever, the buyer told a seller
  sends it, the chat in the queue with the document; never an item line, never an order;
- a count dictated figure by figure ("2 0 rodamientos") is twenty;
- the count of a line priced at 1 with "how many?" said later ("ok I'll take 10", "ok,
  necesito 10"), after a question left as an open line or beside options still waiting,
  is that line's count, never an item nor an option's number;
- a Philippine buyer's politeness around the items ("Pa-quote po ng 5 pcs … and 10 pcs …",
  "pa send na lang po ng quotation") is no item's words: each line priced, the quote sent;
- a border buyer's Portuguese hello ("bom dia amigo, preciso 8 rolamento … e 6 correia …") is
  a greeting: each line priced, in Spanish.
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


@pytest.mark.parametrize("phone, said, line", [
    (JORGE, "necesito 2 0 rodamientos 6206 2z skf", "20 EA × 12.59 = USD 251.80"),
    (DAVE, "need 2 0 of the 6206 2z skf bearings", "20 EA × 14.99 = USD 299.80"),
])  # fmt: skip
def test_a_count_dictated_figure_by_figure_is_read_whole(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, said: str, line: str
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(said)
    assert line in answer and "2 EA ×" not in answer, answer


@pytest.mark.parametrize("phone, first, asked, then, line", [
    ("+14155550177", "hey are you guys open on saturdays or just weekdays?",
     "price on a 6206 2z skf?", "ok I'll take 10", "10 EA × 14.99 = USD 149.90"),
    ("+56955550123", "hola buenas, una consulta, ¿ustedes venden rodamientos skf?",
     "¿y el 6206 2z skf? ¿cuánto vale?",
     "ok, necesito 10", "10 EA × 14.99 = USD 149.90"),
])  # fmt: skip
def test_a_count_said_later_is_the_priced_lines(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, first: str, asked: str, then: str,
    line: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(first)
    assert "BRG-10096" in buyer.say(asked)
    answer = buyer.say(then)
    assert line in answer, answer
    assert "❌" not in answer and "No encuentro esa opción" not in answer, answer


def test_philippine_politeness_around_the_items_is_no_items_words(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    guest = Chat(corpus_app, twilio, "+639171234567")
    answer = guest.say("Good morning po! Pa-quote po ng 8 pcs 6206 2z skf bearing and 6 pcs "
                       "a42 gates v-belt. Thank you po")
    assert "8 EA × 14.99 = USD 119.92" in answer and "BLT-10033" in answer, answer
    assert "❌" not in answer and "❓" not in answer, answer
    quoted = guest.say("ok po, pa send na lang po ng quotation")
    assert re.search(r"Q-\d{4}-\d{5}", quoted) and "❌" not in quoted, quoted


def test_a_portuguese_hello_before_the_items_is_a_greeting(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    guest = Chat(corpus_app, twilio, "+595981123456")  # Paraguay: Spanish
    answer = guest.say("bom dia amigo, preciso 8 rolamento 6206 2z skf e 6 correia a42 gates")
    assert "8 EA × 14.99 = USD 119.92" in answer and "BLT-10033" in answer, answer
    assert "❌" not in answer and "Carrito" in answer, answer
