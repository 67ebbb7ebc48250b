"""A count said alone answers the count asked ("unos 24 pares", "about 15", "como 40
nomás"), never a line of its own, and an option is named by a size with decimals ("los
de 3,2", "the 3.2 ones") among options that differ by it (issue #14, set 14's class 5,
in other words than its scripts). Through the signed webhook and the Twilio double."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import ErpFolder
from tests.test_conversation import JORGE, Chat
from tests.twilio_fakes import FakeTwilio

MARY = "+14155550101"


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """Welding rods in three diameters (one brand), and one nitrile glove sold by the pair."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
        products="""
            sku,name,brand,family,uom,list_price,cost
            W-25,Welding electrode E7018 2.5 mm Indura,Indura,Welding,EA,1.00,0.50
            W-32,Welding electrode E7018 3.2 mm Indura,Indura,Welding,EA,1.20,0.60
            W-40,Welding electrode E7018 4.0 mm Indura,Indura,Welding,EA,1.50,0.70
            G-NL,Nitrile coated work glove size L,,Safety,PAIR,2.00,1.00
            """,
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language
            C001,Minera Los Andes SpA,100000,false,,es
            C002,Acme Mining Inc,100000,false,,en
            """,
        contacts="""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C002,Mary Smith,+14155550101
            """,
        stock="sku,warehouse,on_hand\nW-25,SCL,500\nW-32,SCL,500\nW-40,SCL,500\nG-NL,SCL,200\n",
    )


def buyer(app: Flask, twilio: FakeTwilio, phone: str) -> Chat:
    chat = Chat(app, twilio, phone)
    chat.say("hola" if phone == JORGE else "hi")
    return chat


@pytest.mark.parametrize(
    ("phone", "asked", "count", "picked"),
    [(JORGE, "electrodos 7018 indura", "como 15 nomás", "los de 3,2 porfa"),
     (MARY, "indura e7018 rods", "about 15", "the 3.2 ones")],
)  # fmt: skip
def test_a_count_alone_then_a_size_with_decimals_settle_the_options(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, asked: str, count: str, picked: str
) -> None:
    """Options asked without a count: "como 15 nomás" is their count (no line of its own),
    and "los de 3,2" the option whose name has that diameter (2.5, 3.2, 4.0)."""
    chat = buyer(whatsapp_app, twilio, phone)
    question = chat.say(asked)
    assert "W-25" in question and "W-32" in question and "W-40" in question, question
    again = chat.say(count)
    assert "❌" not in again and "W-32" in again and "EA ×" not in again, again
    done = chat.say(picked)
    assert "15 EA × 1.20 = USD 18.00" in done and "❌" not in done, done


@pytest.mark.parametrize(
    ("phone", "asked", "count"),
    [(JORGE, "guantes de nitrilo talla L", "unos 24 pares"),
     (MARY, "nitrile gloves size L", "about 24 pairs")],
)  # fmt: skip
def test_a_count_with_about_and_its_unit_answers_how_many(
    whatsapp_app: Flask, twilio: FakeTwilio, phone: str, asked: str, count: str
) -> None:
    chat = buyer(whatsapp_app, twilio, phone)
    assert "G-NL" in chat.say(asked)
    answer = chat.say(count)
    assert "24 PAIR × 2.00 = USD 48.00" in answer and "Total: USD 48.00" in answer, answer
    assert "❌" not in answer, answer
