"""A forwarded mail's language is its sender's own words above it (session 21's review of
d58d1bc): a Spanish buyer forwarding an English customer's request, with a word of their own
in Spanish, is answered in Spanish; one who writes in English is still answered in English."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.mail_fakes import Inbox, Mailbox, poll, rfq

FORWARDED = ("---------- Forwarded message ---------\nFrom: Mike Brown <mike@acme.example>\n"
             "Date: Mon, 23 Nov 2026\nSubject: RFQ\nTo: Jorge\n\nHi Jorge, we would need the "
             "following items for our plant shutdown next month, please send your best delivery "
             "time:\n20 deep groove ball bearings 6204 2RS SKF\n2 V-belts A42 Gates\n\n"
             "Thanks a lot and have a nice week")  # fmt: skip


@pytest.mark.parametrize("own, greeting", [
    ("Hola, les reenvío el pedido de nuestro cliente final, favor cotizar.", "Estimado/a Jorge"),
    ("Hi team, please quote the request below for our customer.", "Dear Jorge"),
])  # fmt: skip
def test_a_forwarded_request_is_answered_in_the_forwarders_own_language(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], own: str, greeting: str
) -> None:
    Mailbox(imap_port).drop(rfq(f"{own}\n\n{FORWARDED}", subject="Fwd: RFQ"))
    poll(mail_app)
    answer = smtp[0].messages[-1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert answer.startswith(greeting) and "20 EA x USD 8.00" in answer, answer
