"""One bad mail never stops the mailbox: a real IMAP server (pymap) holding mail that
breaks the readers, between good RFQs that must still be answered (aiosmtpd)."""

from __future__ import annotations

import io
import zipfile

import pytest
from flask import Flask
from openpyxl import Workbook
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Conversation, Message, Order
from tests.mail_fakes import Inbox, Mailbox, poll, reply_to, rfq

pytestmark = pytest.mark.faults

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def broken_xlsx() -> bytes:
    """A real workbook whose sheet XML was cut in the middle of a row."""
    book = Workbook()
    book.active.append(["Cantidad", "Descripción"])
    book.active.append([20, "rodamiento 6204 2rs skf"])
    good = io.BytesIO()
    book.save(good)
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    return out.getvalue()


def bad_mails(tag: str = "") -> list[bytes]:
    """A CSV with a 200 KB cell, an XLSX with broken sheet XML, a Message-ID with NUL."""
    huge_cell = "Cantidad,Descripción\n20," + "x" * 200_000 + "\n"
    nul_id = (
        b"From: Jorge M\xc3\xbcller <jorge@minera.example>\r\nTo: ventas@mostrador.example\r\n"
        b"Subject: Pedido\r\nMessage-ID: =?utf-8?q?=3Cnul=00id"
        + tag.encode()
        + b"=40minera.example=3E?=\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\ncorrea a42 gates x 2\r\n"
    )
    return [
        rfq("adjunto", message_id=f"<csv{tag}@minera.example>",
            attachments=[("pedido.csv", CSV, huge_cell.encode())]),
        rfq("adjunto", message_id=f"<xlsx{tag}@minera.example>",
            attachments=[("pedido.xlsx", XLSX, broken_xlsx())]),
        nul_id,
    ]  # fmt: skip


def test_bad_mails_are_set_aside_and_the_good_ones_around_them_answered(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("20 rodamientos 6204 2rs skf", message_id="<good-1@minera.example>"))
    for raw in bad_mails():
        box.drop(raw)
    box.drop(rfq("correa a42 gates x 2", message_id="<good-2@minera.example>"))
    output = poll(mail_app)
    assert "answered 2" in output and "quarantined 3" in output
    assert box.count("Quarantine") == 3 and box.count("INBOX") == 2
    answered_to = sorted(str(m["In-Reply-To"]) for m in smtp[0].messages)
    assert answered_to == ["<good-1@minera.example>", "<good-2@minera.example>"]
    with Session(db) as session:
        reasons = sorted(
            m.error_message or ""
            for m in session.exec(select(Message).where(Message.status == "quarantined")).all()
        )
        conversation = session.exec(select(Conversation)).one()
    assert len(reasons) == 3
    assert any("field larger than field limit" in r for r in reasons)
    assert any("Message-ID with control characters" in r for r in reasons)
    assert any("could not be read (ParseError" in r for r in reasons), reasons
    assert conversation.attention == "quarantined_mail"

    box.drop(rfq("correa a42 gates x 4", message_id="<good-3@minera.example>"))
    assert "answered 1" in poll(mail_app)  # the next poll is not stuck on them either


def test_a_bad_mail_in_a_thread_leaves_no_half_order(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("correa a42 gates x 2"))
    poll(mail_app)
    ours = smtp[0].messages[0]
    box.drop(
        reply_to(
            ours,
            "Aceptamos, adjunto la orden",
            message_id="<accept@minera.example>",
            attachments=[("orden.xlsx", XLSX, broken_xlsx())],
        )
    )
    assert "quarantined 1" in poll(mail_app)
    with Session(db) as session:
        assert session.exec(select(Order)).all() == []  # a seller reads it first
