"""A price the buyer names for a cart line (a competitor's, or a discount asked) more
than MAX_DISCOUNT_PCT under the rule's: the chat waits in the sellers' queue with the line
and how far under it is, the buyer is told so, and the cart stays as it is, never an open
line of the sentence (ERP.md "Approvals"; issue #14; flows/price_named.py). A per cent off
asked within the limit, with the items or after them, or a competitor's figure within it, is a
seller's override: the queue too (discount_asked), the rule's price stated. A price paid
before, the price answer as ever. Phrasings here are not the corpus scripts' (es-1506,
es-1516, en-1519, es-2004). Through the signed webhook and the Twilio double on
SQLite, and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine

from tests.conftest import MIKE, ErpFolder, with_english_buyer
from tests.test_conversation import JORGE, Chat, conversation, orders
from tests.twilio_fakes import FakeTwilio


@pytest.fixture
def shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop, with an English-speaking customer too."""
    return with_english_buyer(shop)


BEYOND, WITHIN = "discount_beyond_limit", "discount_asked"


@pytest.mark.parametrize(("phone", "said", "told", "reason"), [
    (JORGE, "otro proveedor me las deja en 5,50 cada una, ¿me las igualas?",
     ["USD 5.50 por", "USD 7.40", "vendedor", "gerente"], BEYOND),
    (JORGE, "¿me haces un 40 % de descuento en las correas?",
     ["40 % de descuento", "USD 7.40", "vendedor", "gerente"], BEYOND),
    (MIKE, "competitor has them at $6 each, can you match that price?",
     ["USD 6.00 for", "19 %", "seller", "manager"], BEYOND),
    # within the limit: the contract is silent on a buyer haggling, and a price the bot
    # cannot give is asked of a person, as a figure or as a per cent (es-2004's class)
    (MIKE, "competitor has them at $7 each, can you match that price?",  # 5 % under
     ["USD 7.00 for", "5 % under today's price (USD 7.40)", "seller"], WITHIN),
    (JORGE, "caro, en la competencia están a 7,20 dólares. ¿pueden mejorar?",  # 3 % under
     ["USD 7.20 por", "3 % bajo su precio de hoy (USD 7.40)", "vendedor"], WITHIN),
])  # fmt: skip
def test_a_price_named_under_the_rules_goes_to_a_seller(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, said: str, told: list[str],
    reason: str,
) -> None:
    """The rule's price stated, the cart kept as it is and never shown as an open line; a
    manager named only past the limit."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say("6 correas a42 gates" if phone == JORGE else "6 a42 gates belts")
    answer = buyer.say(said)
    assert all(words in answer for words in told), answer
    assert not any(w in answer for w in ("catálogo", "Carrito", "catalog", "Cart")), answer
    if reason == WITHIN:
        assert "manager" not in answer and "gerente" not in answer, answer
    chat = conversation(db)
    assert chat.attention == reason and "V-A42" in (chat.attention_detail or "")
    assert not orders(db)


def test_a_price_paid_before_is_answered_as_ever(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    mike = Chat(whatsapp_app, twilio, MIKE)
    mike.say("6 a42 gates belts")
    answer = mike.say("we paid 5.00 for those last year, why so expensive?")
    assert "today's" in answer and "6 EA × 7.40" in answer, answer
    assert conversation(db).attention is None


@pytest.mark.parametrize(("phone", "said"), [
    (JORGE, "¿me hacen precio? en otro lado me los dan en 3 días"),
    (JORGE, "¿qué precio me dan si pagamos el 50 % por adelantado?"),
    (MIKE, "what's your best price? we buy about 40% of our belts from you"),
    (MIKE, "can you beat that price? the competition does them for 2 weeks lead time"),
])  # fmt: skip
def test_a_count_of_days_or_a_share_that_is_no_discount_is_no_price_named(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, said: str
) -> None:
    """Days to deliver, or a per cent that is no discount (paid up front, a share of what
    they buy), is no price asked: read as ever, never a price said to be under today's
    and the chat in the sellers' queue."""
    buyer = Chat(whatsapp_app, twilio, phone)
    buyer.say("6 correas a42 gates" if phone == JORGE else "6 a42 gates belts")
    answer = buyer.say(said)
    assert "% under today's" not in answer and "% bajo su precio" not in answer, answer
    assert "% off V-A42" not in answer and "% de descuento en" not in answer, answer
    assert conversation(db).attention is None, answer


def test_a_per_cent_off_asked_beside_the_items_is_a_sellers_in_spanish(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """Within MAX_DISCOUNT_PCT a seller may give it without a manager (ERP.md "Approvals"),
    but never the bot: the items at the rule's price, the chat in the queue with the per
    cent asked; the words are no part of the item (issue #14, set 17: es-1703)."""
    jorge = Chat(whatsapp_app, twilio, JORGE)
    answer = jorge.say(
        "cotízame 6 correas a42 gates y 100 pernos m8x40 din 933, con un 12 % de descuento"
    )
    assert "6 EA × 7.40" in answer and "100 EA × 0.50" in answer, answer
    assert "12 % de descuento en estas 2 líneas" in answer and "vendedor" in answer, answer
    assert "¿cuál?" not in answer and "Q-" not in answer, answer
    chat = conversation(db)
    assert chat.attention == "discount_asked" and "12 % off" in (chat.attention_detail or "")
    assert not orders(db)


@pytest.mark.parametrize(("said", "reason"), [
    ("need 6 a42 gates belts, can you do them at 10 percent off?", "discount_asked"),
    ("6 a42 gates belts with a 25% discount please", "discount_beyond_limit"),
])  # fmt: skip
def test_a_per_cent_off_asked_beside_the_items_is_a_sellers_in_english(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, said: str, reason: str
) -> None:
    """Within the limit a seller gives it; past it a manager approves (ERP.md)."""
    mike = Chat(whatsapp_app, twilio, MIKE)
    answer = mike.say(said)
    assert "6 EA × 7.40" in answer and "% off Classical V-belt A42 Gates" in answer, answer
    assert "seller" in answer and "which one" not in answer, answer
    assert ("manager" in answer) == (reason == "discount_beyond_limit"), answer
    chat = conversation(db)
    assert chat.attention == reason and "V-A42" in (chat.attention_detail or "")


def test_a_per_cent_off_asked_after_the_items_within_the_limit_is_a_sellers(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("6 correas a42 gates")
    answer = jorge.say("¿y me dejas un 5% de descuento?")
    assert "5 % de descuento en Classical V-belt A42 Gates" in answer and "vendedor" in answer
    assert "gerente" not in answer, answer
    assert conversation(db).attention == "discount_asked"
