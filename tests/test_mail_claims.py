"""A claim about what was delivered, by mail, with the invoice attached (session 21's review,
issue #13): a seller's, as in the chat, never a quote of the invoice's items."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Conversation, Quote
from tests.mail_corpus import pdf
from tests.mail_fakes import Inbox, Mailbox, poll, rfq

INVOICE = """<html><body style="font-family:sans-serif;font-size:9pt"><h2>MOSTRADOR DEMO</h2>
<h1>FACTURA ELECTRÓNICA N° F-40149</h1><p>Fecha de emisión: 20/11/2026<br>Cliente: Minera Los
Andes SpA</p><table border="1" style="border-collapse:collapse;width:100%"><tr><th>Cant.</th>
<th>Descripción</th><th>P. Unit.</th><th>Total</th></tr><tr><td>20</td><td>Deep groove ball
bearing 6204-2RSH SKF</td><td>8.00</td><td>160.00</td></tr><tr><td>2</td><td>V-belt A42 Gates
</td><td>7.40</td><td>14.80</td></tr></table><p>Neto: 174.80 IVA 19%: 33.21 Total: 208.01</p>
</body></html>"""


@pytest.mark.slow  # renders a real PDF
@pytest.mark.parametrize("subject, body, told", [
    ("Reclamo factura F-40149", "Estimados, de la factura adjunta llegaron 3 rodamientos "
     "dañados, con la pista rayada. Solicito cambio o nota de crédito.\n\nSaludos\nJorge",
     "reclamo"),
    ("Damaged items - invoice F-40149", "Hi, two of the belts on the attached invoice arrived "
     "cracked. We want them replaced under warranty.\n\nThanks", "claim"),
])  # fmt: skip
def test_a_claim_with_its_invoice_attached_goes_to_a_seller_unquoted(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine, subject: str,
    body: str, told: str,
) -> None:
    Mailbox(imap_port).drop(rfq(body, subject=subject, attachments=[
        ("F-40149.pdf", "application/pdf", pdf(INVOICE))]))  # fmt: skip
    poll(mail_app)
    answer = smtp[0].messages[-1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert told in answer.lower() and "Q-2026" not in answer and "USD" not in answer, answer
    with Session(db) as session:
        assert session.exec(select(Quote)).all() == []
        chat = session.exec(select(Conversation)).one()
        assert chat.attention == "after_sale_claim", chat.attention
