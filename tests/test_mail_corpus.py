"""The blind RFQ mail corpora (tests/mail_corpus.py, tests/mail_corpus2.py) played through the real mailbox: each
mail dropped into pymap, `mostrador email poll --once`, our answer read off the SMTP server,
the quote read back through /api/v1, the order's PO from the database.

Facts come from the demo ERP folder alone: SKU and quantity from the case, the unit price
by ERP.md's rule (tests/conversations/erp_rules.py). Every fact a case misses is listed; a
case that missed facts when the corpus was first run is marked `xfail(strict=True)` with
the first of them, so a fix shows as an unexpected pass to turn into a plain pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bench.pymap_server import PASSWORD, USER
from bot import create_app
from bot.models import Order, Quote
from tests import mail_corpus2
from tests.conftest import API_TOKEN, close_app, demo_index, import_demo
from tests.conversations.erp_rules import DemoData
from tests.mail_corpus import CASES, OURS, Case
from tests.mail_fakes import Inbox, Mailbox, poll

pytestmark = pytest.mark.server  # a pymap process per test

_demo: list[DemoData] = []


@pytest.fixture
def demo_mail_app(
    db: Engine, database_url: str, tmp_path: Path, imap_port: int, smtp: tuple[Inbox, int],
    demo_folder: Path,
) -> Iterator[Flask]:  # fmt: skip
    """`mail_app`, on the demo distributor's data (the played conversations' setting)."""
    import_demo(db, demo_folder)
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "IMAP_HOST": "127.0.0.1", "IMAP_PORT": imap_port, "IMAP_SSL": False,
        "IMAP_USER": USER, "IMAP_PASSWORD": PASSWORD, "IMAP_FOLDER": "INBOX",
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": smtp[1], "SMTP_STARTTLS": False,
        "MAIL_FROM": OURS, "API_TOKEN": API_TOKEN, "BUSINESS_HOURS": None,
    })  # fmt: skip
    demo_index(app, db)
    yield app
    close_app(app)


def demo_data(folder: Path) -> DemoData:
    if not _demo:
        _demo.append(DemoData(folder))
    return _demo[0]


SPANISH = {"de", "la", "el", "los", "las", "su", "para", "por", "con", "en", "y", "un", "una"}
ENGLISH = {"the", "of", "your", "for", "by", "with", "in", "and", "a", "an", "we", "is", "to"}


def language(text: str) -> str:
    """The language most of a text's small words are in ('es', 'en')."""
    words = re.findall(r"[a-záéíóúñ]+", text.lower())
    es = sum(w in SPANISH for w in words)
    en = sum(w in ENGLISH for w in words)
    return "es" if es > en else "en"


def text_of(mail: EmailMessage) -> str:
    return mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def has_pdf(mail: EmailMessage) -> bool:
    return any(p.get_content_type() == "application/pdf" for p in mail.iter_attachments())


def money(value: Any) -> Decimal:
    return Decimal(str(value))


def check(case: Case, app: Flask, db: Engine, inbox: Inbox, data: DemoData) -> list[str]:
    """Every fact of `case` our answer misses, in the order a buyer would notice them."""
    missed: list[str] = []
    mails = inbox.messages
    if case.replies is not None and len(mails) != case.replies:
        missed.append(f"{len(mails)} mails sent to the buyer, not {case.replies}")
    for mail in mails:
        if mail["To"] is None or case.who[2] not in mail["To"]:
            missed.append(f"a reply went to {mail['To']}, not {case.who[2]}")
        if language(text_of(mail)) != case.language:
            missed.append(f"a reply is not in {case.language}")
    with Session(db) as session:
        numbers = sorted(set(session.exec(select(Quote.number)).all()))
        orders = session.exec(select(Order)).all()
    if case.set_aside:
        if numbers:
            missed.append(f"a quote was made of a mail to set aside: {numbers}")
        return missed
    if len(numbers) != 1:
        return [*missed, f"quotes {numbers}, not exactly one"]
    if not mails:
        return missed
    quote_mail = mails[0] if case.version == 1 else mails[-1]
    text = text_of(quote_mail)
    if not has_pdf(quote_mail):
        missed.append("the quote's PDF is not attached")
    client = app.test_client()
    got = client.get(
        f"/api/v1/quotes/{numbers[0]}", headers={"Authorization": f"Bearer {API_TOKEN}"}
    )
    quote = got.get_json() or {}
    if int(quote.get("version") or 0) != case.version:
        missed.append(f"quote version {quote.get('version')}, not {case.version}")
    lines = quote.get("lines") or []
    settled = {(ln.get("sku"), money(ln.get("qty"))): ln for ln in lines if ln.get("sku")}
    for want in case.lines:
        unit = data.unit_price(case.customer, want.sku, want.qty)  # type: ignore[arg-type]
        line = settled.get((want.sku, want.qty))
        if line is None:
            have = [(ln.get("sku"), ln.get("qty")) for ln in lines]
            missed.append(f"no quote line {want.sku} x {want.qty} (lines: {have})")
            continue
        if money(line.get("unit_price")) != unit:
            missed.append(f"{want.sku} at {line.get('unit_price')}, not {unit}")
        if want.sku not in text or f"{unit:.2f}" not in text:
            missed.append(f"the reply does not say {want.sku} at {unit}")
    if len(lines) != len(case.lines) + len(case.open):
        missed.append(
            f"{len(lines)} quote lines, not {len(case.lines)} settled + {len(case.open)} open"
        )
    for words in case.open:
        if words.lower() not in text.lower():
            missed.append(f"the reply does not name the open line {words!r}")
    if case.ordered:
        if len(orders) != 1:
            missed.append(f"{len(orders)} orders, not one")
        elif orders[0].purchase_order != case.po:
            missed.append(f"the order's PO is {orders[0].purchase_order!r}, not {case.po!r}")
    elif orders:
        missed.append(f"{len(orders)} orders made, none asked for")
    return missed


def _params() -> list[Any]:
    return [
        pytest.param(
            case,
            id=case.name,
            marks=[pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else [],
        )
        for case in [*CASES, *mail_corpus2.CASES]
    ]


@pytest.mark.parametrize("case", _params())
def test_a_buyers_mail_is_answered_with_the_facts_of_the_demo_data(
    case: Case,
    demo_mail_app: Flask,
    imap_port: int,
    smtp: tuple[Inbox, int],
    db: Engine,
    demo_folder: Path,
) -> None:
    box = Mailbox(imap_port)
    box.drop(case.mail)
    poll(demo_mail_app)
    if case.follow is not None and smtp[0].messages:
        box.drop(case.follow(smtp[0].messages[-1]))
        poll(demo_mail_app)
    missed = check(case, demo_mail_app, db, smtp[0], demo_data(demo_folder))
    if case.set_aside and box.count("INBOX") != 0:
        missed.append("the mail was not moved aside")
    assert not missed, "; ".join(missed)
