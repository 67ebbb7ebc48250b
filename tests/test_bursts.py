"""Short messages sent one after another (issue #14): a line that only opens the request
("una consulta", "real quick") or says what the goods are for ("es para la mantención de la
planta", "for the shutdown at the north plant") is talk, never an open cart line for a
seller to complete, and a held customer's notice waits for the first item (bot/talk.py);
the kind, then its size in a message of its own, then the count make one line (flows/sales.py
`_narrowed`, flows/choosing.py `_count_next`); another size said "the same" is the line
before's item in that size (flows/same_as.py). Phrasings here are not the corpus scripts'
(en-1512, es-1513, en-1518). Through the signed webhook and the Twilio double on SQLite,
and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import (
    MIKE,
    ErpFolder,
    with_english_buyer,
)
from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop, with an English-speaking customer too."""
    return with_english_buyer(shop)


@pytest.mark.parametrize("phone, asides, item, priced", [
    (JORGE, ["buenas", "una consulta", "es para la mantención de la planta"],
     "4 correas a42 gates", "4 EA × 7.40"),
    (MIKE, ["hey", "real quick", "for the shutdown at the north plant"],
     "4 a42 gates belts", "4 EA × 7.40"),
])  # fmt: skip
def test_lines_that_open_a_request_or_say_its_purpose_are_not_items(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, asides: list[str], item: str,
    priced: str,
) -> None:
    buyer = Chat(whatsapp_app, twilio, phone)
    for aside in asides:
        said = buyer.say(aside)
        assert "catálogo" not in said and "catalog" not in said, said
    answer = buyer.say(item)
    assert priced in answer and ("1 línea" in answer or "1 line" in answer), answer


@pytest.mark.parametrize("phone, said", [
    (JORGE, "para la obra: una betonera"),
    (JORGE, "es para la faena, unos guantes de nitrilo"),
    (MIKE, "for the shop: a bench grinder"),
    (MIKE, "for the plant we need some pallet jacks"),
])  # fmt: skip
def test_an_item_said_after_what_it_is_for_stays_a_line_for_a_seller(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, said: str
) -> None:
    """The purpose said before an item the shop does not list keeps the item: an open
    line a seller completes, never a nod that drops it."""
    answer = Chat(whatsapp_app, twilio, phone).say(said)
    assert "catálogo" in answer or "catalog" in answer, answer
    assert "1 línea" in answer or "1 line" in answer, answer


@pytest.mark.parametrize("phone, kind, narrowed, count, line", [
    ("+56912345001", "necesito discos de corte", "de 7 pulgadas para inox", "25 de esos",
     "25 EA ×"),
    ("+17135550105", "we need some cut off discs", "the 7 inch ones for stainless", "30 pcs",
     "30 EA ×"),
])  # fmt: skip
def test_the_kind_then_its_size_then_the_count_make_one_line(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, kind: str, narrowed: str, count: str,
    line: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    assert "ABR-10005" in buyer.say(kind)  # options of the kind, no count yet
    answer = buyer.say(narrowed)
    assert "✅ ABR-10005" in answer and "❓" not in answer, answer
    cart = buyer.say(count)
    assert "ABR-10005" in cart and line in cart, cart


@pytest.mark.parametrize("phone, first, same, sku, line", [
    ("+56912345001", "10 pernos hexagonales m8x40 din 933 8.8 zincados",
     "y 30 de m10x30 iguales", "FAS-10017", "30 EA ×"),
    ("+17135550105", "25 hex bolts m10x30 din 933 zinc 8.8", "plus 40 m8x40, same spec",
     "FAS-10022", "40 EA ×"),
])  # fmt: skip
def test_another_size_of_the_same_item_is_read_as_the_line_before(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, first: str, same: str, sku: str,
    line: str,
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(first)
    answer = buyer.say(same)
    assert f"✅ {sku}" in answer and line in answer and "❓" not in answer, answer
