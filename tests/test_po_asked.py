"""Whether the buyer's PO arrived, asked, is answered in plain words (issue #14, set 19's
class): yes, on which order, how it goes and for how much; or that no order of theirs has it
yet, and it is kept for the next order. On the demo data through the signed webhook;
phrasings are not set 19's scripts'."""

from __future__ import annotations

from flask import Flask
from sqlalchemy.engine import Engine

from tests.test_conversation import JORGE, Chat, orders
from tests.twilio_fakes import FakeTwilio

SARAH = "+14155550101"  # C002, Pacific Industrial Supply


def test_a_po_on_an_order_is_a_yes_with_that_order(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    buyer = Chat(corpus_app, twilio, JORGE)
    buyer.say("hola")
    buyer.say("6 correas a42 gates")
    placed = buyer.say("pedido, OC 4500-1111")
    assert "O-2026-00001" in placed, placed
    answer = buyer.say("¿recibieron la OC 4500-1111?")
    assert "Sí" in answer and "4500-1111" in answer and "O-2026-00001" in answer, answer
    assert "anotada" not in answer, answer  # never noted again as if new
    assert len(orders(db)) == 1


def test_a_po_on_no_order_is_said_so_and_goes_on_the_next(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    buyer = Chat(corpus_app, twilio, SARAH)
    buyer.say("hello")
    answer = buyer.say("have you received our PO 77-001 yet?")
    assert "77-001" in answer and "don't find" in answer and "O-2026" not in answer, answer
    assert not orders(db)
    buyer.say("6 a42 gates belts")
    placed = buyer.say("order")
    assert "O-2026-00001" in placed and "77-001" in placed, placed


def test_an_acceptance_with_its_po_and_a_question_places_the_order(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """ "did you see …" beside an acceptance asks about something else: the PO is the
    order's, never answered as "not found" while no order is placed."""
    buyer = Chat(corpus_app, twilio, SARAH)
    buyer.say("hello")
    buyer.say("6 a42 gates belts")
    placed = buyer.say("ok go ahead, PO 55-9012, did you see the address I sent?")
    assert "O-2026-00001" in placed and "don't find" not in placed, placed
    assert len(orders(db)) == 1


def test_a_po_beside_another_question_is_no_po_asked(
    corpus_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """ "do you have the invoice? PO 55-9012" asks the invoice, not whether the PO came
    (h8's review): never answered "I don't find PO …"."""
    buyer = Chat(corpus_app, twilio, SARAH)
    buyer.say("hello")
    answer = buyer.say("do you have the invoice? PO 55-9012")
    assert "don't find" not in answer, answer
