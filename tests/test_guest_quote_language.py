"""A guest's quote in the guest's language (issue #14 item 8: "the guest's PDF is in
English with 'Customer: —'"): a guest writing in Spanish gets a quote whose lines carry
the ERP's Spanish description and whose PDF (read back with pypdf), mail and revisions are
Spanish, with the company the guest gave in the customer box; a guest writing in English
gets all of it in English; a known customer keeps their own language. Through the signed
webhook and the Twilio double, on SQLite and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import io

import pytest
from flask import Flask
from pypdf import PdfReader
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Conversation, Message, Quote
from tests.conftest import ErpFolder
from tests.console_client import ConsoleClient, conversation_id
from tests.test_conversation import GUEST, JORGE, Chat
from tests.twilio_fakes import PUBLIC, FakeTwilio

SPANISH = "CORREA EN V CLASICA A42 GATES"
ENGLISH = "Classical V-belt A42 Gates"


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """The conversation shop's belt, described in Spanish by the ERP; Jorge buys for a
    customer who reads English."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
        products=f"""
            sku,name,description,brand,family,uom,list_price,cost
            V-A42,{ENGLISH},{SPANISH},Gates,Belts,EA,7.40,4.00
            """,
        customers="customer_id,name,credit_limit,language\nC002,Pacific Supply Inc.,100000,en\n",
        contacts="customer_id,name,phone\nC002,Jorge Müller,+56912345001\n",
        stock="sku,warehouse,on_hand\nV-A42,SCL,20\n",
    )


def the_quote(db: Engine) -> Quote:
    with Session(db) as session:
        return session.exec(select(Quote)).one()


def pdf_text(app: Flask, twilio: FakeTwilio) -> str:
    """The quote's PDF as the buyer opens it from WhatsApp (the media link sent)."""
    links = [m["MediaUrl"] for m in twilio.sent if "MediaUrl" in m]
    assert len(links) == 1, twilio.sent
    response = app.test_client().get(links[0].removeprefix(PUBLIC))
    assert response.status_code == 200, links[0]
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)


def test_a_guest_writing_in_spanish_gets_a_spanish_quote_for_the_company_given(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    guest = Chat(whatsapp_app, twilio, GUEST)
    guest.say("hola, somos Ferretería Andina Ltda., RUT 76.555.444-3, compras@andina.cl. "
              "Necesito 4 correas a42 gates")  # fmt: skip
    answer = guest.say("cotizar")
    assert "Q-2026-00001" in answer and SPANISH in answer and ENGLISH not in answer, answer
    text = pdf_text(whatsapp_app, twilio)
    assert "Cotización" in text and SPANISH in text and ENGLISH not in text, text
    assert "Cliente Ferretería Andina Ltda." in " ".join(text.split()), text
    assert "76.555.444-3" in text and "compras@andina.cl" in text, text
    mailed = guest.say("mándamela al correo")
    assert "compras@andina.cl" in mailed, mailed
    with Session(db) as session:
        inbox = session.exec(select(Conversation).where(Conversation.channel == "email")).one()
        mail = session.exec(select(Message).where(Message.conversation_id == inbox.id)).one()
        assert "Adjuntamos la cotización" in mail.body and SPANISH in mail.body, mail.body


def test_a_guest_writing_in_english_gets_an_english_quote(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """From a Chilean number (guessed Spanish), the guest writes English: the quote follows."""
    guest = Chat(whatsapp_app, twilio, GUEST)
    guest.say("Hello, this is Delta Pumps Inc, EIN 12-3456789. We need 4 a42 gates belts")
    answer = guest.say("can you send me a quote please")
    assert "Q-2026-00001" in answer and ENGLISH in answer and SPANISH not in answer, answer
    text = pdf_text(whatsapp_app, twilio)
    assert "Quotation" in text and ENGLISH in text and SPANISH not in text, text
    assert "Customer Delta Pumps Inc" in " ".join(text.split()), text
    assert the_quote(db).language == "en"


def test_a_known_customer_keeps_their_language_whatever_the_chat(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Chat(whatsapp_app, twilio, JORGE)
    jorge.say("hola, necesito 4 correas a42 gates")
    jorge.say("cotizar")
    text = pdf_text(whatsapp_app, twilio)
    assert "Quotation" in text and "Pacific Supply Inc." in text and ENGLISH in text, text
    assert the_quote(db).language == "en"


def test_a_quote_a_seller_makes_for_a_spanish_guest_in_the_console_is_spanish(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """Started from the guest's conversation, revised and sent: Spanish names throughout,
    and the console says which language the quote is in."""
    guest = Chat(whatsapp_app, twilio, GUEST)
    guest.say("hola, buenas tardes")
    paula = ConsoleClient(whatsapp_app, "paula@shop.example")
    chat = conversation_id(db, GUEST)
    paula.get(f"/console/conversations/{chat}")
    paula.post(f"/console/conversations/{chat}/quote", lines="V-A42 x 4")
    page = paula.get("/console/quotes/Q-2026-00001").get_data(as_text=True)
    assert "language es" in page and SPANISH in page, page
    paula.post("/console/quotes/Q-2026-00001/revise", **{"sku-1": "V-A42", "qty-1": "6"})
    paula.get("/console/quotes/Q-2026-00001")
    paula.post("/console/quotes/Q-2026-00001/send")
    told = twilio.bodies(guest.buyer.address)[-1]
    assert "Q-2026-00001" in told and f"6 × V-A42 {SPANISH}" in told, told
