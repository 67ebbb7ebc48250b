"""Bad input gets a 4xx and never a 500: each case as a tester sent it, through HTTP.

Webhooks are signed with Twilio's own RequestValidator (a signed request is what
reaches the code past the signature check); the oversized bodies go over a real
socket to a real server, to show they are refused before being read.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from twilio.request_validator import RequestValidator
from werkzeug.serving import make_server

from bot.limits import MAX_REFERENCES, MAX_REQUEST_BYTES, MAX_TEXT
from bot.models import Conversation, Message
from channels.email.mime import ParsedMail, parse_mail
from tests.console_client import ConsoleClient
from tests.twilio_fakes import PUBLIC, TOKEN, Customer, FakeTwilio


def test_a_non_ascii_bearer_token_is_refused_with_401(api: Any) -> None:
    for value in ("Bearer contraseña", "Bearer ñandú\u00a0", "Bearer \u00ff" * 3):
        response = api.get("/api/v1/quotes", headers={"Authorization": value})
        assert response.status_code == 401
        assert response.get_json() == {"error": "missing or wrong bearer token"}
    assert api.get("/api/v1/quotes").status_code == 200  # the right token still works


def test_nul_in_an_api_path_or_query_is_a_400(api: Any) -> None:
    for path in ("/api/v1/customers/C%00X/context", "/api/v1/quotes?customer_id=%00",
                 "/api/v1/orders?customer_id=C001%00", "/api/v1/audit?subject=Q%00"):  # fmt: skip
        response = api.get(path)
        assert response.status_code == 400, path
        assert "NUL" in response.get_json()["error"]
    refused = api.post("/api/v1/match", json={"lines": ["6204\x00 x 2"]})
    assert refused.status_code == 400


def test_nul_in_a_console_form_is_a_400(app: Flask) -> None:
    ana = ConsoleClient(app, "ana@shop.example")
    assert ana.get("/console/").status_code == 200
    assert ana.post("/console/logout", next="\x00").status_code == 400
    assert ana.get("/console/").status_code == 200  # still signed in: nothing was done


def test_a_signed_webhook_with_num_media_abc_is_a_400_and_stores_nothing(
    whatsapp_app: Flask, db: Engine
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    response = jorge.send("hola", NumMedia="abc")
    assert response.status_code == 400
    assert b"NumMedia" in response.data
    with Session(db) as session:
        assert session.exec(select(Message)).all() == []


def test_a_signed_webhook_with_nul_in_body_and_name_is_kept_without_the_nul(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    guest = Customer(whatsapp_app, "+56955500011")
    response = guest.send("correa a42\x00 gates x 2", "SM\x00nul", ProfileName="Ra\x00úl")
    assert response.status_code == 200
    again = guest.send("correa a42\x00 gates x 2", "SM\x00nul", ProfileName="Ra\x00úl")
    assert again.status_code == 200  # a redelivery, recognised
    with Session(db) as session:
        message = session.exec(select(Message).where(Message.direction == "in")).one()
        conversation = session.exec(select(Conversation)).one()
        assert message.body == "correa a42 gates x 2"
        assert "\x00" not in str(message.payload)
        assert conversation.contact_name == "Raúl"
    assert "V-A42" in twilio.bodies(guest.address)[-1]  # and the bot answered it


def test_a_signed_status_callback_with_nul_is_kept_without_it(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("hola")
    sid = twilio.sent[-1]["sid"]
    params = {"MessageSid": sid, "MessageStatus": "undelivered", "ErrorCode": "63016",
              "ErrorMessage": "outside\x00 window"}  # fmt: skip
    url = f"{PUBLIC}/webhooks/whatsapp/status"
    signature = RequestValidator(TOKEN).compute_signature(url, params)
    client = whatsapp_app.test_client()
    response = client.post("/webhooks/whatsapp/status", data=params,
                           headers={"X-Twilio-Signature": signature})  # fmt: skip
    assert response.status_code == 200
    with Session(db) as session:
        message = session.exec(select(Message).where(Message.provider_sid == sid)).one()
        assert (message.status, message.error_message) == ("undelivered", "outside window")


def test_a_signed_webhook_with_an_impossible_sender_is_a_400(
    whatsapp_app: Flask, db: Engine
) -> None:
    response = Customer(whatsapp_app, "+56912345001").send("hola", From="whatsapp:" + "9" * 300)
    assert response.status_code == 400 and b"sender address" in response.data
    with Session(db) as session:
        assert session.exec(select(Message)).all() == []


@pytest.mark.slow  # matches 480 kB of text
def test_long_text_is_stored_whole_up_to_the_limit_and_cut_past_it(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    whole = "correa a42 gates x 2\n" + "x" * (MAX_TEXT - 100)
    assert jorge.send(whole).status_code == 200
    long = "correa a42 gates x 2\n" + "lorem ipsum " * 40_000  # 480 kB, under the body limit
    assert jorge.send(long).status_code == 200
    with Session(db) as session:
        first, second = session.exec(
            select(Message).where(Message.direction == "in").order_by(Message.id)  # type: ignore[arg-type]
        ).all()
    assert first.body == whole and "body_chars" not in first.payload
    assert second.body == long[:MAX_TEXT] and second.payload["body_chars"] == len(long)
    assert second.payload["Body"] == long[:MAX_TEXT]
    # The answer is bounded by what was kept, not by what was sent (the echo of an
    # unknown line is the wording's to shorten).
    answered = sum(len(body) for body in twilio.bodies(jorge.address))
    assert answered < 2 * MAX_TEXT + 4000


def test_a_signed_body_over_the_limit_is_a_413_and_stores_nothing(
    whatsapp_app: Flask, db: Engine
) -> None:
    response = Customer(whatsapp_app, "+56912345001").send("x" * (MAX_REQUEST_BYTES + 1))
    assert response.status_code == 413
    with Session(db) as session:
        assert session.exec(select(Message)).all() == []


@pytest.fixture
def served(whatsapp_app: Flask) -> Iterator[int]:
    """The app on a real HTTP server (a thread), as gunicorn would serve it."""
    server = make_server("127.0.0.1", 0, whatsapp_app, threaded=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}).start()
    yield server.port
    server.shutdown()
    server.server_close()


def _post_head(port: int, length: int, signature: str | None) -> tuple[str, float]:
    """Announce a body of `length` bytes, send 64 kB of it, and read the answer."""
    head = (f"POST /webhooks/whatsapp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n")  # fmt: skip
    if signature is not None:
        head += f"X-Twilio-Signature: {signature}\r\n"
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(head.encode() + b"\r\n" + b"Body=" + b"x" * 65_536)
        answer = conn.recv(4096).decode(errors="replace")
    return answer.split("\r\n")[0], time.monotonic() - started


def test_a_100_mb_body_is_refused_before_it_is_read(served: int, db: Engine) -> None:
    status, seconds = _post_head(served, 100 * 1024 * 1024, signature="forged")
    assert status == "HTTP/1.1 413 REQUEST ENTITY TOO LARGE" and seconds < 5
    status, seconds = _post_head(served, 100 * 1024 * 1024, signature=None)
    assert status == "HTTP/1.1 403 FORBIDDEN" and seconds < 5
    with Session(db) as session:
        assert session.exec(select(Message)).all() == []


def test_a_references_header_of_100k_ids_is_read_fast_and_capped() -> None:
    ids = " ".join(f"<id{n}@mail.example>" for n in range(100_000))
    raw = ("From: Jorge <jorge@mina.example>\r\nTo: ventas@mostrador.example\r\n"
           "Subject: Re: RFQ\r\nMessage-ID: <new@mina.example>\r\n"
           f"In-Reply-To: <id99999@mail.example> {'<x@y> ' * 10_000}\r\n"
           f"References: {ids}\r\n\r\n6204 2rs skf x 4\r\n").encode()  # fmt: skip
    started = time.monotonic()
    parsed = parse_mail(raw)
    seconds = time.monotonic() - started
    assert isinstance(parsed, ParsedMail)
    assert seconds < 2, f"{seconds:.1f} s"  # the email package's own parsing: tens of seconds
    assert len(parsed.references) == MAX_REFERENCES
    assert parsed.references[-1] == "<id99999@mail.example>"
    assert parsed.in_reply_to == "<id99999@mail.example>"
