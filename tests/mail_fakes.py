"""Mail as a buyer's server delivers it: a real IMAP server (pymap, in a subprocess,
started by bench/pymap_server.py as the email benchmark starts it), a real SMTP server
(aiosmtpd) catching our replies, and the app configured for both.

The fixtures are registered in conftest.py, so any test file can use them.
"""

from __future__ import annotations

import atexit
import email
import email.policy
import subprocess
import time
from collections.abc import Iterator, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from flask import Flask
from imapclient import IMAPClient
from sqlalchemy.engine import Engine

from bench.pymap_server import (
    PASSWORD,
    USER,
    free_port,
    greets_in_time,
    launch_pymap,
    start_pymap,
    stop_pymap,
)
from bot import create_app

OURS = "ventas@mostrador.example"


# The pymap the next test will get, started while this one runs: a test still gets a server
# nobody has used, without waiting the second or two a cold interpreter takes to start one.
_spare: list[tuple[subprocess.Popen[bytes], int, float]] = []


def _stop_spare() -> None:
    while _spare:
        stop_pymap(_spare.pop()[0])


atexit.register(_stop_spare)


def fresh_pymap(log_dir: Path) -> tuple[subprocess.Popen[bytes], int]:
    """A pymap no test has used, greeting: the spare started during the test before when it
    came up, else a new one (`start_pymap`); then the next test's spare is started."""
    fresh = None
    if _spare:
        server, port, started = _spare.pop()
        if greets_in_time(server, port, started):
            fresh = server, port
        else:
            stop_pymap(server)
    if fresh is None:
        fresh = start_pymap(log_dir)
    server, port, _log = launch_pymap(log_dir)
    _spare.append((server, port, time.monotonic()))
    return fresh


@pytest.fixture
def imap_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    try:
        server, port = fresh_pymap(tmp_path_factory.mktemp("pymap"))
    except RuntimeError as error:  # a service test fails, never skips
        pytest.fail(str(error))
    yield port
    stop_pymap(server)


class Inbox:
    """Received mail, as the SMTP server got it."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(parsed)  # type: ignore[arg-type]
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def mail_app(
    db: Engine,
    database_url: str,
    tmp_path: Path,
    imap_port: int,
    smtp: tuple[Inbox, int],
    shop: Any,
) -> Iterator[Flask]:
    shop.write(
        contacts="""
        customer_id,name,phone,email
        C001,Jorge Müller,+56912345001,jorge@minera.example
        C003,Raúl Fuentes,+56987654003,raul@elrayo.example
        """
    ).load()
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "IMAP_HOST": "127.0.0.1", "IMAP_PORT": imap_port, "IMAP_SSL": False,
        "IMAP_USER": USER, "IMAP_PASSWORD": PASSWORD, "IMAP_FOLDER": "INBOX",
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": smtp[1], "SMTP_STARTTLS": False,
        "MAIL_FROM": OURS,
    })  # fmt: skip
    yield app
    app.extensions["mostrador.engine"].dispose()


class Mailbox:
    """Drops mail into the RFQ mailbox, as a buyer's mail server would."""

    def __init__(self, port: int) -> None:
        self.port = port

    def drop(self, raw: bytes) -> None:
        with IMAPClient("127.0.0.1", port=self.port, ssl=False) as imap:
            imap.login(USER, PASSWORD)
            imap.append("INBOX", raw)

    def count(self, folder: str) -> int:
        with IMAPClient("127.0.0.1", port=self.port, ssl=False) as imap:
            imap.login(USER, PASSWORD)
            imap.select_folder(folder)
            return len(imap.search("ALL"))


def rfq(
    body: str,
    *,
    sender: str = "Jorge Müller <jorge@minera.example>",
    message_id: str = "<rfq-1@minera.example>",
    subject: str = "Cotización",
    headers: dict[str, str] | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, OURS, subject
    message["Message-ID"] = message_id
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    for filename, content_type, data in attachments:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def reply_to(ours: EmailMessage, body: str, *, message_id: str, **mail: Any) -> bytes:
    """The buyer's answer in the thread of our mail `ours`: `Re:` subject, In-Reply-To and
    References naming it, as a mail client writes them."""
    thread = {"In-Reply-To": ours["Message-ID"], "References": ours["Message-ID"]}
    return rfq(
        body, message_id=message_id, subject=f"Re: {ours['Subject']}", headers=thread, **mail
    )


def poll(app: Flask) -> str:
    result = app.test_cli_runner().invoke(args=["email", "poll", "--once"])
    assert result.exit_code == 0, result.output
    return result.output
