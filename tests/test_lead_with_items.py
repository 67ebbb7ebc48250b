"""A guest who says company, tax id (and email) in the message with the first item: those
are kept, never asked again (nor 'which company do you buy for?' in the greeting); an
order asks only what is missing, and the chat becomes a lead in the sellers' queue (SPEC:
guests; issue #14; flows/leads.given_with_items). Phrasings here are not the corpus
scripts' (es-1511, en-1514). Through the signed webhook and the Twilio double on SQLite,
and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

from flask import Flask
from sqlalchemy.engine import Engine

from tests.test_conversation import GUEST, Chat, conversation, orders
from tests.twilio_fakes import FakeTwilio


def test_a_guests_company_and_tax_id_with_the_item_are_not_asked_again(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    guest = Chat(whatsapp_app, twilio, GUEST)
    first = guest.say("hola, somos Ferretería Andina Ltda., RUT 76.555.444-3. "
                      "Necesito 4 correas a42 gates")  # fmt: skip
    assert "¿Para qué empresa compra?" not in first and "4 EA × 7.40" in first, first
    asked = guest.say("hagan el pedido")
    assert "Envíe en un mensaje: email." in asked, asked
    done = guest.say("compras@andina.cl")
    assert "Ferretería Andina Ltda." in done and "76.555.444-3" in done, done
    assert conversation(db).attention == "lead" and not orders(db)


def test_a_guest_giving_everything_with_the_item_is_a_lead_on_order(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    guest = Chat(whatsapp_app, twilio, GUEST)
    first = guest.say("Hello, this is Delta Pumps Inc, EIN 12-3456789, purchasing@deltapumps.com."
                      "\nWe need 6 a42 gates belts")  # fmt: skip
    assert "Which company" not in first and "6 EA × 7.40" in first, first
    done = guest.say("place the order")
    assert "Delta Pumps Inc" in done and "purchasing@deltapumps.com" in done, done
    assert "Please send" not in done, done
    assert conversation(db).attention == "lead" and not orders(db)


def test_a_guest_saying_only_its_company_is_told_it_is_kept_and_not_asked_again(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """ "Inversiones Orinoco C.A." answering 'which company?' was an open line of the cart
    for a seller, and 'somos Constructora Andes Ltda' offered bearings: the company is
    kept, no line is opened, and the order asks only the tax id and the email."""
    guest = Chat(whatsapp_app, twilio, GUEST)
    assert "¿Para qué empresa compra?" in guest.say("hola")
    kept = guest.say("Inversiones Orinoco C.A.")
    assert "Inversiones Orinoco C.A." in kept and "catálogo" not in kept, kept
    assert "Carrito" not in kept and "❓" not in kept, kept
    guest.say("necesito 4 correas a42 gates")
    asked = guest.say("pedido")
    assert "Envíe en un mensaje: RUT, email." in asked, asked
    done = guest.say("RUT 76.555.444-3, compras@orinoco.cl")
    assert "Inversiones Orinoco C.A." in done and conversation(db).attention == "lead", done


def test_a_guest_introducing_its_company_first_is_not_offered_items(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    for phone, said, kept in ((GUEST, "Somos Constructora Andes Ltda", "Constructora Andes Ltda"),
                              ("+14155550777", "hi, we are Eko Fabrication Works Ltd",
                               "Eko Fabrication Works Ltd")):  # fmt: skip
        first = Chat(whatsapp_app, twilio, phone).say(said)
        assert kept in first and "❓" not in first, first
        assert "Which company" not in first and "¿Para qué empresa" not in first, first
        assert "catalog" not in first and "catálogo" not in first, first


def test_an_item_closed_by_letters_like_a_legal_form_is_still_an_item(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    """ "motor monofásico ca" (alternating current) names no company: read as ever."""
    said = Chat(whatsapp_app, twilio, GUEST).say("motor monofasico ca")
    assert "Anotado" not in said and "compra para" not in said, said
