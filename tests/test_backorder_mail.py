"""Short stock by mail is the chat's choice in words (issue #14): an accepting mail with a
short line is answered in its thread with what ships now and from where, the rest
back-ordered with its ETA, the substitute and a seller, each with the words to reply
with; nothing is ordered until the buyer answers. A real IMAP server (pymap) and a real
SMTP server (aiosmtpd), on SQLite, and PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

from decimal import Decimal
from email.message import EmailMessage

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.models import Conversation, Order, OrderLine
from tests.conftest import ErpFolder
from tests.mail_fakes import Inbox, Mailbox, poll, reply_to, rfq

pytestmark = pytest.mark.server  # a pymap process per test

RAUL = "Raúl Fuentes <raul@elrayo.example>"  # C003, an English-speaking buyer here


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """Belts short in Santiago with 600 incoming on 2026-12-30; bearings short in both
    warehouses, nothing incoming, NSK as their substitute (the mailbox adds contacts)."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n"
        "ANF,Antofagasta,23:59,America/Santiago\n",
        products="""
            sku,name,description,brand,family,uom,list_price,cost,substitutes
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,RODAMIENTO RIGIDO 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00,B-NSK
            B-NSK,Deep groove ball bearing 6204-DDU NSK,RODAMIENTO RIGIDO 6204-DDU NSK,NSK,Bearings,EA,9.00,5.00,
            V-A42,Classical V-belt A42 Gates,CORREA EN V A42 GATES,Gates,Belts,EA,7.40,4.00,
            """,
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language,default_warehouse
            C001,Minera Los Andes SpA,100000,false,,es,SCL
            C003,Rayo Works LLC,100000,false,,en,SCL
            """,
        stock="""
            sku,warehouse,on_hand,incoming,incoming_eta
            B-SKF,SCL,5,,
            B-SKF,ANF,8,,
            B-NSK,SCL,100,,
            V-A42,SCL,20,600,2026-12-30
            """,
    )


def body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


def orders(db: Engine) -> list[Order]:
    with Session(db) as session:
        return list(session.exec(select(Order)).all())


def order_lines(db: Engine) -> list[tuple[str, Decimal, bool, str | None]]:
    with Session(db) as session:
        rows = session.exec(select(OrderLine).order_by(col(OrderLine.position))).all()
        return [(ln.sku, ln.quantity, ln.backorder, ln.eta.isoformat() if ln.eta else None)
                for ln in rows]  # fmt: skip


def attention(db: Engine) -> str | None:
    with Session(db) as session:
        return session.exec(select(Conversation)).one().attention


def test_an_accepting_mail_with_short_lines_gets_the_choice_and_back_orders_in_words(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box, sent = Mailbox(imap_port), smtp[0].messages
    box.drop(rfq("Hola,\n600 correas a42 gates\n20 rodamientos 6204 2rs skf\n\nSaludos\nJorge"))
    poll(mail_app)
    quote = sent[0]
    box.drop(reply_to(quote, "Aceptamos, gracias.", message_id="<acc-1@minera.example>"))
    poll(mail_app)
    offer = body(sent[1])
    assert sent[1]["In-Reply-To"] == "<acc-1@minera.example>"
    assert "todavía no registramos el pedido" in offer and orders(db) == []
    assert "V-A42 CORREA EN V A42 GATES: pidió 600, disponibles ahora 20" in offer
    assert "20 V-A42 desde SCL" in offer and "8 B-SKF desde ANF" in offer
    assert "580 V-A42, llega el 2026-12-30" in offer
    assert "12 B-SKF, fecha a confirmar por un vendedor" in offer
    total = Decimal(600) * Decimal("7.40") + 20 * 10
    assert f"USD {total:,.2f}" in offer
    assert '"Envíen lo disponible y el resto cuando llegue"' in offer
    assert '"Cambiar por el sustituto"' in offer and "B-NSK" in offer
    assert attention(db) is None  # a choice for the buyer, not yet a seller's work

    box.drop(reply_to(sent[1], "Ok, envíen lo que tengan y el resto cuando llegue.\n\nJorge",
                      message_id="<acc-2@minera.example>"))  # fmt: skip
    poll(mail_app)
    done = body(sent[2])
    [order] = orders(db)
    assert f"Pedido {order.number} confirmado por USD {total:,.2f}" in done
    assert "580 EA V-A42 CORREA EN V A42 GATES: llegada estimada 2026-12-30" in done
    assert "12 EA B-SKF RODAMIENTO RIGIDO 6204-2RSH SKF: un vendedor le confirmará la fecha" in done
    assert order_lines(db) == [
        ("V-A42", Decimal(20), False, None), ("V-A42", Decimal(580), True, "2026-12-30"),
        ("B-SKF", Decimal(8), False, None), ("B-SKF", Decimal(12), True, None),
    ]  # fmt: skip
    assert order.total == total and attention(db) is None


def test_an_english_buyer_answers_2_for_the_substitute_then_accepts_the_new_version(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box, sent = Mailbox(imap_port), smtp[0].messages
    box.drop(rfq("Hi,\n20 bearings 6204 2rs skf\nThanks", sender=RAUL, subject="RFQ"))
    poll(mail_app)
    box.drop(reply_to(sent[0], "We accept, PO 7781-22.", message_id="<r2@elrayo.example>",
                      sender=RAUL))  # fmt: skip
    poll(mail_app)
    offer = body(sent[1])
    assert "the order is not placed yet" in offer and orders(db) == []
    assert "B-SKF Deep groove ball bearing 6204-2RSH SKF: you asked for 20, 13 available now" in offer
    assert "8 B-SKF from ANF" in offer and "12 B-SKF, a seller will confirm the date" in offer
    assert '"Switch to the substitute"' in offer and "B-NSK" in offer and "9.00" in offer

    box.drop(reply_to(sent[1], "2", message_id="<r3@elrayo.example>", sender=RAUL))
    poll(mail_app)
    revised = sent[2]
    assert "-v2" in str([p.get_filename() for p in revised.iter_attachments()])
    assert "B-NSK" in body(revised) and orders(db) == []

    box.drop(reply_to(revised, "Accepted, go ahead.", message_id="<r4@elrayo.example>",
                      sender=RAUL))  # fmt: skip
    poll(mail_app)
    [order] = orders(db)
    assert f"Order {order.number} confirmed" in body(sent[3])
    assert order_lines(db) == [("B-NSK", Decimal(20), False, None)]
    assert order.purchase_order == "7781-22"  # said with the first acceptance, kept


def test_a_buyer_who_wants_a_seller_is_queued_and_a_back_order_said_with_the_acceptance(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box, sent = Mailbox(imap_port), smtp[0].messages
    box.drop(rfq("600 correas a42 gates"))
    poll(mail_app)
    box.drop(reply_to(sent[0], "Aceptamos", message_id="<s1@minera.example>"))
    poll(mail_app)
    offer = body(sent[1])  # no substitute for the belts: two options, numbered as shown
    assert '2) "Vendedor"' in offer and "3)" not in offer, offer
    box.drop(reply_to(sent[1], "2", message_id="<s2@minera.example>"))
    poll(mail_app)
    assert "Un vendedor revisará la cotización" in body(sent[2]) and orders(db) == []
    assert attention(db) is not None and "short" in str(attention(db))

    # a new request; this time the back-order is said with the acceptance, no offer needed
    box.drop(rfq("40 correas a42 gates", message_id="<s3@minera.example>", subject="Otra"))
    poll(mail_app)
    with Session(db) as session:  # a seller handed the conversation back to the bot
        conversation = session.exec(select(Conversation)).one()
        conversation.owner, conversation.attention = "bot", None
        session.add(conversation)
        session.commit()
    box.drop(rfq("40 correas a42 gates", message_id="<s4@minera.example>", subject="Otra vez"))
    poll(mail_app)
    box.drop(reply_to(sent[-1], "Aceptamos; lo que falte, el resto cuando llegue.",
                      message_id="<s5@minera.example>"))  # fmt: skip
    poll(mail_app)
    [order] = orders(db)
    assert f"Pedido {order.number} confirmado" in body(sent[-1])
    assert order_lines(db) == [("V-A42", Decimal(20), False, None),
                               ("V-A42", Decimal(20), True, "2026-12-30")]  # fmt: skip
