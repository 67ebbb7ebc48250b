"""WhatsApp stories through the real webhook: signed like Twilio signs, answered
through a local server standing in for Twilio's Messages API."""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from twilio.request_validator import RequestValidator

from bot import create_app, handoff
from bot.clock import utcnow
from bot.models import Conversation, Message
from tests.conftest import ErpFolder, close_app
from tests.twilio_fakes import OUR_NUMBER, PUBLIC, TOKEN, Customer, FakeTwilio


def test_a_known_buyer_orders_three_items_in_spanish(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    answer = jorge.send("Hola")
    assert answer.status_code == 200 and "<Response" in answer.text
    jorge.send(
        "20 rodamientos 6204 2rs skf\nperno hex din 933 m8x40 zincado x 100\ncorrea a42 gates x 2"
    )
    jorge.send("pedido")  # placed at once: its message is the one confirmation
    greeting, items, *rest = twilio.bodies(jorge.address)
    assert "Hola Jorge" in greeting and "Minera Los Andes" in greeting
    assert "B-SKF" in items and "20 EA × 8.00 = USD 160.00" in items  # the contract price
    assert "F-840" in items and "100 EA × 0.50 = USD 50.00" in items
    assert "V-A42" in items and "USD 14.80" in items
    assert "Despacho hoy desde SCL" in items
    order = rest[-1]
    assert "Pedido O-2026-00001 confirmado" in order and "USD 224.80" in order
    assert all(
        m["From"] == OUR_NUMBER and m["StatusCallback"].startswith(PUBLIC) for m in twilio.sent
    )


def test_a_guest_gets_list_prices_only(whatsapp_app: Flask, twilio: FakeTwilio) -> None:
    stranger = Customer(whatsapp_app, "+56955550000")
    stranger.send("necesito 20 rodamientos 6204 2rs skf")
    greeting, items = twilio.bodies(stranger.address)
    assert "No reconozco este número" in greeting
    assert "20 EA × 10.00 = USD 200.00" in items  # list price, never C001's 8.00


def test_a_forged_signature_gets_403_and_leaves_no_trace(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    forger = Customer(whatsapp_app, "+56912345001")
    assert forger.send("20 rodamientos 6204", token="not-the-token").status_code == 403
    with Session(db) as session:
        assert session.exec(select(Message)).all() == []
        assert session.exec(select(Conversation)).all() == []
    assert twilio.sent == []
    metrics = whatsapp_app.test_client().get("/metrics").text
    assert 'mostrador_webhook_rejected_total{reason="bad signature"}' in metrics


def test_a_redelivered_message_is_answered_once(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    for _ in range(3):  # Twilio retries when it did not get our answer in time
        assert jorge.send("6204 2rs skf x 4", sid="SM" + "d" * 32).status_code == 200
    assert len(twilio.bodies(jorge.address)) == 2  # the greeting and one answer
    with Session(db) as session:
        assert len(session.exec(select(Message).where(Message.direction == "in")).all()) == 1


def test_a_blocked_customers_order_waits_and_the_chat_says_why(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    raul = Customer(whatsapp_app, "+56987654003")
    raul.send("perno hex din 933 m8x40 zincado x 10")
    raul.send("pedido")
    reply = twilio.bodies(raul.address)[-1]
    assert "un vendedor debe revisarlo" in reply and "Cheques protestados" in reply
    assert "confirmado" not in reply


def test_asking_for_a_seller_silences_the_bot_until_handed_back(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("vendedor")
    assert "vendedor" in twilio.bodies(jorge.address)[-1]
    before = len(twilio.sent)
    jorge.send("6204 2rs skf x 4")
    assert "vendedor" in twilio.bodies(jorge.address)[-1]  # one acknowledgement, no items
    assert "B-SKF" not in twilio.bodies(jorge.address)[-1]
    jorge.send("hola?")
    assert len(twilio.sent) == before + 1  # then silence while a person is needed
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        assert (conversation.state, conversation.attention) == ("human", "asked_for_seller")
    with Session(db) as session:  # a seller takes the chat, then hands it back to the bot
        handoff.take_over(session, conversation.id, "seller@shop.example", utcnow())
        session.commit()
        handoff.hand_back(session, conversation.id, "seller@shop.example", utcnow())
        session.commit()
    jorge.send("6204 2rs skf x 4")
    assert "B-SKF" in twilio.bodies(jorge.address)[-1]


def test_outside_the_24_hour_window_a_template_is_sent(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    from workers.send import send_message

    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("hola")
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        conversation.last_inbound_at = conversation.last_inbound_at - dt.timedelta(hours=25)
        late = Message(
            conversation_id=conversation.id or 0,
            direction="out",
            author="bot",
            body="Su cotización Q-2026-00001 fue aprobada.",
            status="queued",
            created_at=conversation.created_at,
        )
        session.add_all([conversation, late])
        session.commit()
        late_id = late.id
    with whatsapp_app.app_context():
        assert send_message(late_id or 0) == "sent"
    last = twilio.sent[-1]
    assert last["ContentSid"] == "HX" + "7" * 32 and "Body" not in last
    assert json.loads(last["ContentVariables"])["2"].startswith("Su cotización Q-2026-00001")


def test_rate_limits_are_retried_and_status_callbacks_kept(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    from bot.senders import RetryableSendError
    from workers.send import send_message

    jorge = Customer(whatsapp_app, "+56912345001")
    twilio.fail_next = [429]
    jorge.send("hola")  # the greeting hits a 429: it stays queued for the retry
    with Session(db) as session:
        greeting = session.exec(select(Message).where(Message.direction == "out")).one()
        assert greeting.status == "queued"
    with whatsapp_app.app_context():
        assert send_message(greeting.id or 0) == "sent"
        assert send_message(greeting.id or 0) == "sent"  # a re-run sends nothing more
    assert len(twilio.bodies(jorge.address)) == 1
    sid = twilio.sent[-1]["sid"]
    params = {"MessageSid": sid, "MessageStatus": "undelivered", "ErrorCode": "63024"}
    signature = RequestValidator(TOKEN).compute_signature(
        f"{PUBLIC}/webhooks/whatsapp/status", params
    )
    client = whatsapp_app.test_client()
    assert (
        client.post(
            "/webhooks/whatsapp/status", data=params, headers={"X-Twilio-Signature": signature}
        ).status_code
        == 200
    )
    with Session(db) as session:
        message = session.exec(select(Message).where(Message.provider_sid == sid)).one()
        conversation = session.get(Conversation, message.conversation_id)
        assert (message.status, message.error_code) == ("undelivered", "63024")
        assert conversation is not None and conversation.attention == "failed_delivery"
    del RetryableSendError


def test_the_simulator_chats_as_a_demo_contact_without_twilio(app: Flask, shop: ErpFolder) -> None:
    shop.load()
    client = app.test_client()
    page = client.get("/simulator/")
    assert page.status_code == 200 and "Jorge Müller" in page.text
    assert (
        client.post(
            "/simulator/send", data={"phone": "+56912345001", "body": "20 rodamientos 6204 2rs skf"}
        ).status_code
        == 202
    )
    thread = client.get("/simulator/messages?phone=%2B56912345001").json
    assert [m["direction"] for m in thread] == ["in", "out", "out", "out"]
    assert "Hola Jorge" in thread[1]["body"] and "20 EA × 8.00" in thread[2]["body"]
    buttons = thread[3]["choices"]  # the cart's next step, to tap
    assert [o["title"] for o in buttons["options"]] == ["Cotizar", "Pedir", "Agregar más"]
    later = client.get(f"/simulator/messages?phone=%2B56912345001&after={thread[-1]['id']}").json
    assert later == []
    assert client.post("/simulator/send", data={"phone": "56912", "body": "x"}).status_code == 400


def test_the_simulator_is_off_with_a_real_twilio_account(whatsapp_app: Flask) -> None:
    assert whatsapp_app.test_client().get("/simulator/").status_code == 404


def test_the_demos_webhook_says_it_is_off_until_a_token_is_set(
    app: Flask, shop: ErpFolder, db: Engine
) -> None:
    """`make run` has no Twilio token: a newcomer's signed post is told why it is refused."""
    shop.load()
    refused = Customer(app, "+56912345001").send("20 rodamientos 6204 2rs skf")
    assert refused.status_code == 403
    assert refused.text == "webhook off: TWILIO_AUTH_TOKEN is not set\n"
    with Session(db) as session:
        assert session.exec(select(Message)).all() == []


def test_a_signed_webhook_without_a_twilio_account_answers_in_the_simulator(
    db: Engine, database_url: str, tmp_path: Any, shop: ErpFolder
) -> None:
    """README, WhatsApp: `TWILIO_AUTH_TOKEN=demo make run`, then a form signed with it; the
    replies show in the simulator, which stays on without an account SID."""
    shop.load()
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "PUBLIC_BASE_URL": PUBLIC, "TWILIO_AUTH_TOKEN": TOKEN,
    })  # fmt: skip
    try:
        buyer = Customer(app, "+56912345001")
        assert buyer.send("20 rodamientos 6204 2rs skf", "SM1").status_code == 200
        assert buyer.send("20 rodamientos 6204 2rs skf", "SM1").status_code == 200  # a retry
        thread = app.test_client().get("/simulator/messages?phone=%2B56912345001").json
        assert [m["direction"] for m in thread] == ["in", "out", "out", "out"]
        assert "20 EA × 8.00" in thread[2]["body"]
    finally:
        close_app(app)


def test_chat_in_the_terminal(app: Flask, shop: ErpFolder) -> None:
    shop.load()
    result = app.test_cli_runner().invoke(
        args=["chat", "--phone", "+56912345001"], input="correa a42 gates x 2\ncarrito\n\n"
    )
    assert result.exit_code == 0, result.output
    assert "V-A42" in result.output and "USD 14.80" in result.output
    assert "🛒 Carrito:" in result.output


@pytest.mark.server
def test_the_conversation_runs_on_a_real_rq_worker(
    whatsapp_app: Flask, twilio: FakeTwilio, database_url: str, tmp_path: Any
) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url).flushdb()
    except redis.RedisError as exc:  # a service test fails, never skips
        pytest.fail(f"Redis at {url} is not reachable: {exc}")
    whatsapp_app.config["REDIS_URL"] = url
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("20 rodamientos 6204 2rs skf")
    jorge.send("pedido")
    jorge.send("sí")  # the order again, never a second one
    assert twilio.sent == []  # acknowledged; nothing handled inside the web process
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": url,
        "PUBLIC_BASE_URL": PUBLIC,
        "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
        "TWILIO_API_BASE_URL": twilio.url,
        "TWILIO_CONTENT_API_BASE_URL": twilio.url,
        "MOSTRADOR_INSTANCE": str(tmp_path / "worker"),
    }
    rq = str(Path(sys.executable).parent / "rq")
    worker = subprocess.run(
        [rq, "worker", "-w", "workers.worker.Worker", "--burst", "--url", url, "default"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert worker.returncode == 0, worker.stderr[-2000:]
    bodies = twilio.bodies(jorge.address)
    assert "Hola Jorge" in bodies[0] and "20 EA × 8.00 = USD 160.00" in bodies[1]
    assert any("Pedido O-2026-00001 confirmado" in body for body in bodies)
    assert "O-2026-00001 ya está hecho" in bodies[-1]


@pytest.mark.server
def test_a_worker_killed_mid_turn_loses_nothing(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, database_url: str, tmp_path: Any
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from workers.send import sweep_queued

    hold = threading.Event()
    original = twilio.server.RequestHandlerClass.do_POST

    def slow_first(handler: Any) -> None:
        if not hold.is_set():
            hold.set()
            time.sleep(30)  # the worker is killed while Twilio "thinks"
            return
        original(handler)

    twilio.server.RequestHandlerClass.do_POST = slow_first  # type: ignore[method-assign]
    with Session(db) as session:  # store the customer's message as the webhook would
        from bot.clock import utcnow
        from bot.inbound import InboundMessage, receive

        stored = receive(
            session,
            InboundMessage(
                "whatsapp", "whatsapp:+56912345001", "SM" + "k" * 32, "20 rodamientos 6204 2rs skf"
            ),
            utcnow(),
        )
        session.commit()
        message_id = stored.id if stored else 0
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PUBLIC_BASE_URL": PUBLIC,
        "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
        "TWILIO_API_BASE_URL": twilio.url,
        "TWILIO_CONTENT_API_BASE_URL": twilio.url,
        "MOSTRADOR_INSTANCE": str(tmp_path / "job"),
    }
    job = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from workers.turns import handle_inbound; handle_inbound({message_id})",
        ],
        env=env,
    )
    assert hold.wait(60), "the job never reached Twilio"
    job.send_signal(signal.SIGKILL)
    job.wait()
    with Session(db) as session:
        statuses = [
            m.status
            for m in session.exec(
                select(Message).where(Message.direction == "out").order_by(Message.id)
            ).all()
        ]
        inbound = session.get(Message, message_id)
    assert inbound is not None and inbound.status == "processed"
    # greeting in flight, the answer and its buttons still queued
    assert statuses == ["sending", "queued", "queued"]
    with whatsapp_app.app_context():
        assert sweep_queued(older_than_seconds=0) == 2  # the answer, then its buttons
    assert "20 EA × 8.00 = USD 160.00" in twilio.bodies("whatsapp:+56912345001")[-1]


def test_media_is_recorded_and_downloaded_with_the_account_credentials(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    import base64

    pdf = b"%PDF-1.4 purchase order 4711"
    expected = "Basic " + base64.b64encode(f"{'AC' + '1' * 32}:{TOKEN}".encode()).decode()

    def get(handler: Any) -> None:
        if handler.headers.get("Authorization") != expected:
            handler.send_response(401)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Length", str(len(pdf)))
        handler.end_headers()
        handler.wfile.write(pdf)

    twilio.server.RequestHandlerClass.do_GET = get  # type: ignore[attr-defined]
    jorge = Customer(whatsapp_app, "+56912345001")
    params = {"MessageSid": "SM" + "m" * 32, "AccountSid": "AC" + "1" * 32,
              "From": jorge.address, "To": OUR_NUMBER, "Body": "adjunto la OC", "NumMedia": "1",
              "MediaUrl0": f"{twilio.url}/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
              "MediaContentType0": "application/pdf"}  # fmt: skip
    signature = RequestValidator(TOKEN).compute_signature(f"{PUBLIC}/webhooks/whatsapp", params)
    response = jorge.client.post(
        "/webhooks/whatsapp", data=params, headers={"X-Twilio-Signature": signature}
    )
    response.close()
    assert response.status_code == 200
    with Session(db) as session:
        message = session.exec(select(Message).where(Message.direction == "in")).one()
        [item] = message.media
    assert item["url"].endswith("/Media/ME1") and item["content_type"] == "application/pdf"
    with open(item["path"], "rb") as handle:
        assert handle.read() == pdf


def test_order_status_and_account_in_the_customers_words(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("correa a42 gates x 2")
    jorge.send("pedido")
    jorge.send("confirmo")
    jorge.send("estado")
    assert "en preparación, USD 14.80" in twilio.bodies(jorge.address)[-1]
    jorge.send("estado de cuenta")
    text, pdf = twilio.bodies(jorge.address)[-2:]  # the statement, then its PDF as a document
    assert "Minera Los Andes SpA: saldo USD 0.00" in text and pdf.startswith("📄 Estado de cuenta")
    jorge.send("quitar 9")
    assert "Esa línea no está en el carrito." in twilio.bodies(jorge.address)[-1]


def test_two_jobs_sending_the_same_reply_send_it_once(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    import time

    from workers.send import send_message

    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("hola")
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        reply = Message(
            conversation_id=conversation.id or 0,
            direction="out",
            author="bot",
            body="¿Algo más?",
            status="queued",
            created_at=conversation.created_at,
        )
        session.add(reply)
        session.commit()
        reply_id = reply.id or 0
    original = twilio.server.RequestHandlerClass.do_POST

    def slow(handler: Any) -> None:
        time.sleep(0.3)  # both jobs are in flight while Twilio answers
        original(handler)

    twilio.server.RequestHandlerClass.do_POST = slow  # type: ignore[method-assign]
    before = len(twilio.sent)
    results: list[str] = []

    def job() -> None:
        with whatsapp_app.app_context():
            results.append(send_message(reply_id))

    threads = [threading.Thread(target=job) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(results) == ["sending", "sent"]  # the second saw it already in flight
    assert len(twilio.sent) == before + 1


def test_a_buyers_pick_is_remembered_for_the_next_time(
    whatsapp_app: Flask, twilio: FakeTwilio
) -> None:
    """Asked SKF or NSK, Jorge picks NSK; the next time he asks the same (in other
    words) the bot answers NSK on its own, and the brand rule is not asked again."""
    whatsapp_app.config["BRAND_CHOICE"] = "ask"
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("20 rodamientos 6204 2rs")
    options = twilio.bodies(jorge.address)[-1]
    number = next(line.split(")")[0].strip() for line in options.splitlines() if "B-NSK" in line)
    jorge.send(number)
    jorge.send("rulemanes 6204 sellados x 5")
    again = twilio.bodies(jorge.address)[-1]
    assert "✅ B-NSK" in again and "B-SKF" not in again
