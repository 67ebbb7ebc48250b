"""Short messages sent one after another before the items (issue #14): a line that only
opens the request ("una consulta", "real quick") or says what the goods are for ("es para
la mantención de la planta", "for the shutdown at the north plant") is talk, never an open
cart line for a seller to complete, and a held customer's notice waits for the first item
(bot/talk.py). Phrasings here are not the corpus scripts' (en-1512, es-1513). Through the
signed webhook and the Twilio double on SQLite, and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import ErpFolder
from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio

MIKE = "+17135550999"


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop, with an English-speaking customer too."""
    return shop.write(
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language
            C001,Minera Los Andes SpA,100000,false,,es
            C009,Gulf Pump Works,100000,false,,en
            """,
        contacts="""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C009,Mike Reyes,+17135550999
            """,
    )


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
