"""Mail as a buyer's server delivers it: a real IMAP server (pymap, in a subprocess),
a real SMTP server (aiosmtpd) catching our replies, and the app configured for both.

The fixtures are registered in conftest.py, so any test file can use them.
"""

from __future__ import annotations

import email
import email.policy
import socket
import subprocess
import sys
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

from bot import create_app

USER, PASSWORD = "rfq", "rfq-secret"
OURS = "ventas@mostrador.example"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def imap_port() -> Iterator[int]:
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "pymap"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-tls",
            "dict",
            "--demo-user",
            USER,
            "--demo-password",
            PASSWORD,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    else:  # a service test fails, never skips
        server.kill()
        pytest.fail(f"pymap did not start: {server.stderr.read() if server.stderr else ''}")
    yield port
    server.terminate()
    server.wait(timeout=10)
    if server.stderr is not None:
        server.stderr.close()


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
