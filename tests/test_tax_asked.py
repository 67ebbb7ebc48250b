"""Whether prices include a tax, asked beside the items or alone: the items priced as ever and
the answer from configuration, as the quote document shows it (SPEC.md: TAX_RATE_PCT and
TAX_NAME, net, tax, total): prices are net, in the cart's currency, before the tax, and the
rate the quote adds when one is set; once per message, never an item line (issue #14, set 17:
es-1702, es-1720, en-1702, en-1718; flows/tax_asked.py). Phrasings here are not the scripts'.
Through the signed webhook and the Twilio double on SQLite, and on PostgreSQL with
TEST_DATABASE_URL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from flask import Flask
from sqlalchemy.engine import Engine

from tests.conftest import MIKE, ErpFolder, with_english_buyer
from tests.test_conversation import JORGE, Chat, conversation
from tests.twilio_fakes import FakeTwilio


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop, with an English-speaking customer too."""
    return with_english_buyer(shop)


def test_the_tax_asked_beside_the_items_is_answered_in_spanish(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    answer = jorge.say("me cotizas 6 correas a42 gates? esos precios van sin IVA?")
    assert "6 EA × 7.40" in answer, answer
    assert "impuestos no incluidos" in answer and "USD" in answer, answer
    assert answer.count("🧾") == 1 and "¿cuál?" not in answer, answer
    assert "van sin IVA" not in answer, answer  # no open line of the question
    assert conversation(db).attention is None


def test_a_list_keeps_its_lines_beside_the_tax_asked(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    answer = jorge.say("cotízame:\n6 correas a42 gates\n100 pernos m8x40 din 933\n¿precio con IVA?")
    assert "6 EA × 7.40" in answer and "100 EA × 0.50" in answer, answer
    assert "impuestos no incluidos" in answer and "¿cuál?" not in answer, answer


def test_the_tax_asked_beside_the_items_is_answered_in_english_with_the_rate_set(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    whatsapp_app.config.update(TAX_RATE_PCT=Decimal(8), TAX_NAME="Sales tax")
    mike = Chat(whatsapp_app, twilio, MIKE)
    answer = mike.say("6 a42 gates belts. Does that include sales tax?")
    assert "6 EA × 7.40" in answer, answer
    assert "Sales tax (8 %) is added to the net" in answer and "USD" in answer, answer
    assert answer.count("🧾") == 1 and "which one" not in answer, answer
    assert conversation(db).attention is None


@pytest.mark.parametrize(("phone", "asked", "said"), [
    (JORGE, "¿sus precios son más IVA?", "impuestos no incluidos"),
    (MIKE, "quick one: are your prices ex GST?", "before tax"),
])  # fmt: skip
def test_the_tax_asked_alone_is_answered(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, asked: str, said: str
) -> None:
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say("hola" if phone == JORGE else "hi")
    answer = buyer.say(asked)
    assert said in answer, answer
    assert "vendedor" not in answer and "seller" not in answer, answer
    assert conversation(db).attention is None
