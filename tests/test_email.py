"""RFQ mail end to end: a real IMAP server (pymap) and a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import io
import threading
import time
from email.message import EmailMessage
from typing import Any

import pytest
from flask import Flask
from openpyxl import Workbook
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Conversation, Message, Order, Quote
from channels.email.mailbox import wait_for_mail
from tests.console_client import ConsoleClient
from tests.mail_fakes import Inbox, Mailbox, poll, reply_to, rfq

pytestmark = pytest.mark.server  # a pymap process per test


def test_an_rfq_in_the_body_is_answered_in_the_thread_with_a_pdf(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    Mailbox(imap_port).drop(
        rfq(
            "Estimados,\nfavor cotizar:\n- 20 rodamientos 6204 2rs skf\n"
            "- correa a42 gates x 2\n- los de siempre x 3\n\nSaludos,\nJorge"
        )
    )
    assert "answered 1" in poll(mail_app)
    [reply] = smtp[0].messages
    assert reply["To"] == "jorge@minera.example"
    assert reply["In-Reply-To"] == "<rfq-1@minera.example>"
    assert reply["Subject"] == "Re: Cotización [Q-2026-00001]"
    text = reply.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "B-SKF" in text and "20 EA x USD 8.00 = USD 160.00" in text
    assert "V-A42" in text and "Total: USD 174.80" in text
    assert '"los de siempre x 3"' in text and "completará un vendedor" in text
    [pdf] = [p for p in reply.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == "Q-2026-00001-v1.pdf"


def test_an_xlsx_rfq_with_100_lines(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Item", "Descripción", "Cantidad"])
    for i in range(100):
        sheet.append(
            [i + 1, "perno hex din 933 m8x40 zincado" if i % 2 else "correa a42 gates", (i % 7) + 1]
        )
    data = io.BytesIO()
    book.save(data)
    Mailbox(imap_port).drop(
        rfq(
            "Adjunto nuestra solicitud.",
            attachments=[
                (
                    "rfq.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    data.getvalue(),
                )
            ],
        )
    )
    assert "answered 1" in poll(mail_app)
    text = smtp[0].messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.count("- F-840 ") == 50 and text.count("- V-A42 ") == 50


def test_a_reply_accepting_the_quote_becomes_an_order(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("correa a42 gates x 2"))
    poll(mail_app)
    ours = smtp[0].messages[0]
    box.drop(
        rfq(
            "Aceptamos, gracias.\n\nEl lunes escribió Ventas:\n> Cotización",
            message_id="<rfq-2@minera.example>",
            subject=f"Re: {ours['Subject']}",
            headers={
                "In-Reply-To": ours["Message-ID"],
                "References": f"<rfq-1@minera.example> {ours['Message-ID']}",
            },
        )
    )
    poll(mail_app)
    confirmation = smtp[0].messages[1]
    assert confirmation["In-Reply-To"] == "<rfq-2@minera.example>"
    text = confirmation.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Pedido O-2026-00001 confirmado" in text and "USD 14.80" in text


def test_an_acceptance_whose_po_is_only_in_its_subject_keeps_it_on_the_order(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("correa a42 gates x 2"))
    poll(mail_app)
    ours = smtp[0].messages[0]
    thread = {"In-Reply-To": ours["Message-ID"], "References": ours["Message-ID"]}
    box.drop(rfq("Aprobado. Favor despachar a Bodega Planta.\n\nJorge", headers=thread,
                 message_id="<rfq-2@minera.example>", subject=f"RE: {ours['Subject']} - OC 4501777"))  # fmt: skip
    poll(mail_app)
    text = smtp[0].messages[1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "O-2026-00001" in text and "4501777" in text
    with Session(db) as session:
        assert session.exec(select(Order.purchase_order)).all() == ["4501777"]


def test_a_customer_writing_in_the_other_language_is_answered_in_it(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    box = Mailbox(imap_port)  # Jorge's customer buys in Spanish
    box.drop(rfq("Hi Paula,\n\nWriting in English as our new engineer is in copy. Please quote:"
                 "\n- 20 pcs ball bearing 6204 2rs skf\n\nBest regards,\nJorge"))  # fmt: skip
    poll(mail_app)
    text = smtp[0].messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Thank you for your request" in text and "20 EA x USD 8.00" in text
    box.drop(rfq("Hola Paula, favor cotizar 2 correas a42 gates.\n\nSaludos,\nJorge",
                 message_id="<rfq-2@minera.example>"))  # fmt: skip
    poll(mail_app)
    text = smtp[0].messages[1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Gracias por su solicitud" in text


def test_a_restarted_poller_answers_exactly_once(
    mail_app: Flask, imap_port: int, db: Engine, smtp: tuple[Inbox, int]
) -> None:
    Mailbox(imap_port).drop(rfq("correa a42 gates x 2"))
    poll(mail_app)
    with Session(db) as session:  # as if the read position had not been saved
        from bot.models import MailCursor

        cursor = session.get(MailCursor, "INBOX")
        assert cursor is not None
        cursor.last_uid = 0
        session.add(cursor)
        session.commit()
    assert "already seen 1" in poll(mail_app)
    assert len(smtp[0].messages) == 1


def test_bad_mail_is_quarantined_with_its_reason(
    mail_app: Flask, imap_port: int, db: Engine, smtp: tuple[Inbox, int]
) -> None:
    box = Mailbox(imap_port)
    bad = [
        rfq(
            "Fuera de la oficina", message_id="<auto@x>", headers={"Auto-Submitted": "auto-replied"}
        ),
        rfq("20 rodamientos", sender="stranger@nowhere.example", message_id="<s@x>"),
        rfq(
            "x",
            message_id="<big@x>",
            attachments=[("big.pdf", "application/pdf", b"0" * (11 * 1024 * 1024))],
        ),
        (
            b"From: jorge@minera.example\nMessage-ID: <trunc@x>\nContent-Type: multipart/mixed;"
            b" boundary=ZZ\n\n--ZZ\nContent-Type: application/pdf; name=oc.pdf\n"
            b"Content-Disposition: attachment; filename=oc.pdf\n\n%PDF-1.4 broken"
        ),
    ]
    for raw in bad:
        box.drop(raw)
    output = poll(mail_app)
    assert "quarantined 4" in output and "answered 0" in output
    assert box.count("Quarantine") == 4 and box.count("INBOX") == 0
    assert smtp[0].messages == []
    with Session(db) as session:
        reasons = {
            m.error_message
            for m in session.exec(select(Message).where(Message.status == "quarantined")).all()
        }
        attention = {c.attention for c in session.exec(select(Conversation)).all()}
    assert any("auto-reply" in (r or "") for r in reasons)
    assert any("sender on no list" in (r or "") for r in reasons)
    assert any("over the" in (r or "") for r in reasons)
    assert any("PDF attachment cannot be read" in (r or "") for r in reasons)
    assert attention == {"quarantined_mail"}


PHOTO = bytes.fromhex("ffd8ffe000104a46494600010100000100010000") + bytes(600) + b"\xff\xd9"


def test_a_request_in_a_picture_is_set_aside_for_a_seller_and_a_logo_is_no_picture(
    mail_app: Flask, imap_port: int, db: Engine, smtp: tuple[Inbox, int]
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("me cotiza esto porfa, 2 de cada uno\n\nEnviado desde mi iPhone",
                 attachments=[("IMG_0412.JPG", "image/jpeg", PHOTO)]))  # fmt: skip
    output = poll(mail_app)
    assert "quarantined 1" in output and "IMG_0412.JPG" in output
    assert box.count("Quarantine") == 1 and smtp[0].messages == []
    with Session(db) as session:
        assert session.exec(select(Quote)).all() == []  # never a quote of nothing
        [attention] = {c.attention for c in session.exec(select(Conversation)).all()}
    assert attention == "quarantined_mail"
    signed = EmailMessage()  # the same words, its only picture the signature's logo
    signed["From"], signed["To"] = "Jorge Müller <jorge@minera.example>", "ventas@mostrador.example"
    signed["Subject"], signed["Message-ID"] = "Cotización", "<rfq-2@minera.example>"
    signed.set_content("me cotiza esto porfa, 2 de cada uno")
    signed.add_alternative('<p>me cotiza esto porfa, 2 de cada uno</p><img src="cid:logo@x">',
                           subtype="html")  # fmt: skip
    signed.get_payload()[1].add_related(PHOTO, "image", "jpeg", cid="<logo@x>",  # type: ignore[index]
                                        disposition="inline", filename="logo.jpg")  # fmt: skip
    box.drop(signed.as_bytes())
    assert "answered 1" in poll(mail_app) and box.count("Quarantine") == 1


def test_the_reply_has_an_html_part_that_escapes_what_the_buyer_wrote(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    Mailbox(imap_port).drop(rfq("20 rodamientos 6204 2rs skf\n<script>alert(1)</script> x 3"))
    poll(mail_app)
    html = smtp[0].messages[0].get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<strong>Q-2026-00001</strong>" in html and "<td>B-SKF</td>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_pdf_purchase_order_is_quoted(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    from weasyprint import HTML

    pdf = HTML(
        string="<h1>Orden de compra 4711</h1><p>1. 20 rodamientos 6204 2RS SKF</p>"
        "<p>2. correa A42 Gates x 2</p>"
    ).write_pdf()
    Mailbox(imap_port).drop(
        rfq("Adjunto OC.", attachments=[("oc-4711.pdf", "application/pdf", pdf)])
    )
    assert "answered 1" in poll(mail_app)
    text = smtp[0].messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "B-SKF" in text and "V-A42" in text and "Total: USD 174.80" in text


def test_two_pollers_at_once_answer_each_mail_once(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    import threading

    from channels.email.mailbox import poll_once

    box = Mailbox(imap_port)
    for n in range(3):
        box.drop(rfq(f"correa a42 gates x {n + 1}", message_id=f"<two-{n}@minera.example>"))
    reports: list[Any] = []
    threads = [
        threading.Thread(target=lambda: reports.append(poll_once(mail_app))) for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(reports) == 2  # both pollers finished: the second waited for the first
    assert sum(r.answered for r in reports) == 3
    assert len(smtp[0].messages) == 3


def test_a_seller_answers_in_the_thread_and_completes_the_quote(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("- correa a42 gates x 2\n- los de siempre x 3"))
    poll(mail_app)
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        assert conversation.attention == "quote_needs_seller"
    ana = ConsoleClient(mail_app, "ana@shop.example")
    ana.get(f"/console/conversations/{conversation.id}")
    ana.post(f"/console/conversations/{conversation.id}/take")
    ana.get(f"/console/conversations/{conversation.id}")
    ana.post(f"/console/conversations/{conversation.id}/reply", body="Revisamos y le escribo.",
             nonce="n1")  # fmt: skip
    seller_mail = smtp[0].messages[-1]
    assert seller_mail["In-Reply-To"] == "<rfq-1@minera.example>"
    assert seller_mail["Subject"] == "Re: Cotización"
    assert seller_mail.get_body(("plain",)).get_content().strip() == "Revisamos y le escribo."  # type: ignore[union-attr]

    box.drop(rfq("¿Alguna novedad?\n- correa a42 gates x 5", message_id="<rfq-2@minera.example>"))
    assert "for sellers 1" in poll(mail_app)  # the bot does not answer over the seller
    assert len(smtp[0].messages) == 2

    ana.get("/console/quotes/Q-2026-00001")
    ana.post("/console/quotes/Q-2026-00001/revise", **{"other-2": "F-840", "qty-2": "3"})
    ana.post("/console/quotes/Q-2026-00001/send")
    final = smtp[0].messages[-1]
    assert final["In-Reply-To"] == "<rfq-2@minera.example>"
    assert "Q-2026-00001" in final["Subject"]
    text = final.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "F-840" in text and "V-A42" in text and "completará" not in text
    [pdf] = [p for p in final.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == "Q-2026-00001-v2.pdf"


def test_a_reply_correcting_a_quantity_revises_the_same_quote(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("- 20 rodamientos 6204 2rs skf\n- correa a42 gates x 2"))
    poll(mail_app)
    ours = smtp[0].messages[0]
    box.drop(
        reply_to(
            ours,
            "Corrección:\n40 rodamientos 6204 2rs skf\n\nSaludos\n\n> Cotización Q-2026-00001",
            message_id="<rfq-2@minera.example>",
        )
    )
    poll(mail_app)
    revised = smtp[0].messages[1]
    assert revised["In-Reply-To"] == "<rfq-2@minera.example>"
    assert "Q-2026-00001" in revised["Subject"]
    text = revised.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "versión 2" in text and "40 EA x USD 8.00 = USD 320.00" in text
    assert "V-A42" in text  # the line not corrected stays on the quote
    [pdf] = [p for p in revised.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == "Q-2026-00001-v2.pdf"
    with Session(db) as session:
        assert session.exec(select(Quote.number).distinct()).all() == ["Q-2026-00001"]


def test_a_reply_changing_a_line_by_its_number_revises_the_same_quote(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("- 20 rodamientos 6204 2rs skf\n- correa a42 gates x 2"))
    poll(mail_app)
    said = ["Please change line 2 to 5, everything else stays the same.\n\nThanks,\nJorge",
            "cambia la línea 1 a 30 porfa\n\nEnviado desde mi iPhone"]  # fmt: skip
    for n, text in enumerate(said, start=2):
        box.drop(reply_to(smtp[0].messages[-1], text, message_id=f"<rfq-{n}@minera.example>"))
        poll(mail_app)
    first, second = (m.get_body(("plain",)).get_content() for m in smtp[0].messages[1:])  # type: ignore[union-attr]
    assert "5 EA x USD 7.40 = USD 37.00" in first and "20 EA x USD 8.00" in first
    assert "30 EA x USD 8.00 = USD 240.00" in second and "5 EA x USD 7.40" in second
    pdfs = [p.get_filename() for m in smtp[0].messages[1:] for p in m.iter_attachments()
            if p.get_content_type() == "application/pdf"]  # fmt: skip
    assert pdfs == ["Q-2026-00001-v2.pdf", "Q-2026-00001-v3.pdf"]
    with Session(db) as session:
        assert session.exec(select(Quote.number).distinct()).all() == ["Q-2026-00001"]


def test_the_poller_hears_new_mail_at_once_with_idle(mail_app: Flask, imap_port: int) -> None:
    heard: list[bool] = []
    waiting = threading.Thread(target=lambda: heard.append(wait_for_mail(mail_app, 60)))
    waiting.start()
    time.sleep(1)  # let it enter IDLE
    Mailbox(imap_port).drop(rfq("correa a42 gates x 2"))
    waiting.join(timeout=60)
    assert heard == [True]  # woken by the server, not by the 60 s timeout


@pytest.mark.parametrize(
    ("wording", "said", "po"),
    [
        (
            "Please proceed with {number}.\n\nBest regards,\nJorge Müller\nPurchasing",
            "Order O-2026-00001 confirmed",  # said in English, answered in it
            None,
        ),
        ("Aceptamos la cotización {number}\nOC 4500123\n\nSaludos", "Pedido O-2026-00001 confirmado",
         "4500123"),
    ],
)
def test_an_acceptance_naming_the_quote_in_a_new_mail_is_an_order(
    mail_app: Flask,
    imap_port: int,
    smtp: tuple[Inbox, int],
    db: Engine,
    wording: str,
    said: str,
    po: str | None,
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("correa a42 gates x 2"))
    poll(mail_app)
    number = "Q-2026-00001"
    box.drop(rfq(wording.format(number=number), message_id="<rfq-2@minera.example>"))
    poll(mail_app)
    text = smtp[0].messages[1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert said in text and "USD 14.80" in text
    with Session(db) as session:  # no empty quote of the acceptance itself
        assert [q.number for q in session.exec(select(Quote)).all()] == [number]
        assert [o.purchase_order for o in session.exec(select(Order)).all()] == [po]


def test_a_body_of_numeric_item_codes_is_quoted_line_by_line(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], shop: Any
) -> None:
    """A SAP-style catalog numbers its items 0100035…: such a body is quoted, not refused."""
    shop.write(
        products="""
            sku,name,brand,family,uom,list_price,cost
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00
            B-NSK,Deep groove ball bearing 6204-DDU NSK,NSK,Bearings,EA,9.00,5.00
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,,Fasteners,EA,0.50,0.20
            V-A42,Classical V-belt A42 Gates,Gates,Belts,EA,7.40,4.00
            0100035,ROD. BOLAS 6204 2RS SKF,SKF,RODAMIENTOS,EA,10.00,6.00
            0200101,TUERCA HEX M8 ZINC,,PERNERIA,EA,0.10,0.05
            """,
        stock=(
            "sku,warehouse,on_hand\nB-SKF,SCL,100\nB-NSK,SCL,100\nF-840,SCL,5000\n"
            "V-A42,SCL,20\n0100035,SCL,1000\n0200101,SCL,5000\n"
        ),
    ).load()
    Mailbox(imap_port).drop(rfq("Estimados,\nfavor cotizar:\n0100035 - 500\n0200101 x 1.000\n"))
    assert "answered 1" in poll(mail_app)
    text = smtp[0].messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "0100035" in text and "500 EA" in text
    assert "0200101" in text and "1000 EA" in text  # a Chilean buyer's 1.000


def test_an_unreadable_mail_is_not_answered_with_an_empty_quote(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    Mailbox(imap_port).drop(
        rfq("Ref 4471 del 12/11\nxkq 99 zzv plo\nConfidencial: este correo es privado")
    )
    poll(mail_app)
    [reply] = smtp[0].messages
    text = reply.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "0.00" not in text and "Q-2026" not in text
    with Session(db) as session:
        assert session.exec(select(Quote)).all() == []
        conversation = session.exec(select(Conversation)).one()
        assert conversation.attention == "mail_without_items"


def test_an_rfq_body_with_items_on_one_line_and_a_pasted_table_is_quoted(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int]
) -> None:
    """The shapes a chat understands (bot/joined/) serve a mail's body too."""
    Mailbox(imap_port).drop(
        rfq(
            "Hola, favor cotizar 30 pernos hex m8x40 zincados y 4 correas a42 gates\n\n"
            "Cant | Descripción\n12 | rodamiento 6204 2rsh skf\n\nSaludos,\nJorge"
        )
    )
    assert "answered 1" in poll(mail_app)
    [reply] = smtp[0].messages
    text = reply.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "F-840" in text and "30 EA x" in text
    assert "V-A42" in text and "4 EA x" in text
    assert "B-SKF" in text and "12 EA x USD 8.00 = USD 96.00" in text
    assert "completará un vendedor" not in text  # no line left open: the header is no item
