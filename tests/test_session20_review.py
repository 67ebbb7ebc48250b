"""Session 20's review (issue #14), on the demo catalog through the signed webhook and the
Twilio double:

- a list signed with one name that is also a colour of items ("Thanks,\\nAmber",
  "Saludos\\nBlanca\\nJefa de Compras") is signed, not read as amber glasses or white cable;
- a delivery place said with a time or a way after it ("deliver to Baytown, not later than
  friday", "entregar en faena, no antes del lunes") keeps the time on the order: only a place
  corrected ("not Beaumont") leaves the note;
- a guest asked who buys, naming a company whose name opens with a figure and closes with
  its legal form ("3 Hermanos Ltda", "84 Lumber Co"), gives the company, never an item;
- a payment said and whether it went through asked ("we paid the invoice yesterday, did it
  go through?") is the account, not the list of orders;
- a place to deliver said with thanks ("thanks! deliver to Baytown yard") is acknowledged
  by name, as it is said alone.
"""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine

from tests.test_conversation import Chat, conversation
from tests.twilio_fakes import FakeTwilio

JORGE, DAVE = "+56912345001", "+17135550105"  # C001 (es), C005 (en) in the demo


@pytest.mark.parametrize("phone, said, signer", [
    (DAVE, "need 10 6205 2rs skf bearings\n5 safety glasses clear\nThanks,\nAmber", "amber"),
    (JORGE, "necesito 10 rodamientos 6205 2rs skf\n5 lentes de seguridad claros\nSaludos\n"
     "Blanca\nJefa de Compras", "blanc"),
])  # fmt: skip
def test_a_list_signed_with_a_name_that_is_a_colour_adds_nothing_of_that_colour(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, said: str, signer: str
) -> None:
    answer = Chat(corpus_app, twilio, phone).say(said)
    assert "6205" in answer and "SAF-10013" in answer, answer
    assert signer not in answer.lower() and "❓" not in answer, answer
    assert "2 line(s)" in answer or "2 línea(s)" in answer, answer


@pytest.mark.parametrize("phone, items, where, note", [
    (DAVE, "need 10 6205 2rs skf bearings", "deliver to Baytown, not later than friday",
     "Baytown, not later than friday"),
    (DAVE, "need 10 6205 2rs skf bearings", "deliver to the yard, not before 8am",
     "the yard, not before 8am"),
    (JORGE, "necesito 10 rodamientos 6205 2rs skf", "entregar en faena, no antes del lunes",
     "faena, no antes del lunes"),
    (DAVE, "need 10 6205 2rs skf bearings", "correction - deliver to Baytown, not Beaumont",
     "Baytown."),
])  # fmt: skip
def test_a_delivery_time_said_after_the_place_stays_on_the_order(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, where: str, note: str
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(items)
    buyer.say(where)
    placed = buyer.say("order" if phone == DAVE else "pedido")
    assert note in placed and "Beaumont" not in placed, placed


@pytest.mark.parametrize("phone, ask, order, company", [
    ("+50255012099", "necesito 30 pares de guantes de nitrilo talla L", "hagamos el pedido",
     "3 Hermanos Ltda"),
    ("+12125550198", "need 30 pairs nitrile gloves size L", "place the order", "84 Lumber Co"),
])  # fmt: skip
def test_a_company_named_with_a_figure_first_is_who_buys_not_an_item(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine, phone: str, ask: str, order: str,
    company: str,
) -> None:
    guest = Chat(corpus_app, twilio, phone)
    guest.say(ask)
    guest.say(order)
    answer = guest.say(company)
    assert company not in answer and "❌" not in answer and "2 l" not in answer, answer
    assert conversation(db).data["lead"]["company"] == company, conversation(db).data


def test_a_payment_asked_whether_it_went_through_is_the_account(
    corpus_app: Flask, twilio: FakeTwilio
) -> None:
    answer = Chat(corpus_app, twilio, DAVE).say(
        "we paid the invoice yesterday, did it go through?")
    assert "latest orders" not in answer and "SO-8000" not in answer, answer
    assert "balance" in answer.lower() or "invoice" in answer.lower(), answer


@pytest.mark.parametrize("phone, items, said, noted", [
    (DAVE, "need 10 6205 2rs skf bearings", "thanks! deliver to Baytown yard",
     "Noted: deliver to Baytown yard"),
    (JORGE, "necesito 10 rodamientos 6205 2rs skf", "gracias, entregar en faena Los Bronces",
     "Anotado: entrega en faena Los Bronces"),
])  # fmt: skip
def test_a_place_said_with_thanks_is_acknowledged(
    corpus_app: Flask, twilio: FakeTwilio, phone: str, items: str, said: str, noted: str
) -> None:
    buyer = Chat(corpus_app, twilio, phone)
    buyer.say(items)
    assert noted in buyer.say(said)
