"""The webhook's lean path (issue #19): one statement stores a known buyer's message,
the job is queued only once the row is committed, and the acknowledgement never waits
for the buyer's turn. Real Redis (TEST_REDIS_URL) and the test database."""

from __future__ import annotations

import os
import threading
import time
import urllib.parse

import pytest
import redis
import sqlalchemy as sa
from flask import Flask, request
from prometheus_client import REGISTRY
from rq import Queue
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from werkzeug.datastructures import MultiDict

from bot.db import begin_write
from bot.models import Conversation, Message
from tests.rq_workers import flushed
from tests.twilio_fakes import PUBLIC, TOKEN, Customer, FakeTwilio

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def queued_ids(url: str) -> list[str]:
    return Queue("default", connection=redis.Redis.from_url(url)).job_ids


def inbound(db: Engine) -> list[Message]:
    with Session(db) as session:
        query = select(Message).where(Message.direction == "in").order_by(col(Message.id))
        return list(session.exec(query).all())


def test_a_known_buyers_message_is_stored_once_and_queued_once(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    assert jorge.send("hola").status_code == 200  # first contact (in-process: answered)
    with Session(db) as session:
        before = session.exec(select(Conversation)).one()
    flushed(REDIS_URL)
    whatsapp_app.config["REDIS_URL"] = REDIS_URL
    sid = "SM" + "e" * 32
    for _ in range(3):  # Twilio's redeliveries while the turn is still queued
        assert jorge.send("6204 2rs skf x 4", sid=sid).status_code == 200
    [_, stored] = inbound(db)
    assert stored.provider_sid == sid and stored.status == "received"
    assert stored.body == "6204 2rs skf x 4" and stored.payload["ProfileName"] == "WhatsApp name"
    assert queued_ids(REDIS_URL) == [f"workers_turns_handle_inbound-{stored.id}"]
    with Session(db) as session:  # the webhook never wrote the conversation row
        after = session.exec(select(Conversation)).one()
        assert after.updated_at == before.updated_at
        assert after.last_inbound_at == before.last_inbound_at
    metrics = whatsapp_app.test_client().get("/metrics").text
    assert 'mostrador_whatsapp_inbound_total{outcome="duplicate"}' in metrics

    from workers.turns import handle_inbound  # the turn records the 24-hour window

    whatsapp_app.config["REDIS_URL"] = None
    with whatsapp_app.app_context():
        handle_inbound(stored.id or 0)
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        assert conversation.last_inbound_at == stored.created_at
    assert "B-SKF" in twilio.bodies(jorge.address)[-1]


def test_with_the_queue_unreachable_a_stored_message_gets_503_until_queued(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    assert jorge.send("hola").status_code == 200
    whatsapp_app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing listens there
    whatsapp_app.extensions.pop("mostrador.queue", None)
    sid = "SM" + "f" * 32
    assert jorge.send("correa a42 gates x 2", sid=sid).status_code == 503
    assert [m.status for m in inbound(db)] == ["processed", "received"]  # stored, not acked
    flushed(REDIS_URL)
    whatsapp_app.config["REDIS_URL"] = REDIS_URL
    assert jorge.send("correa a42 gates x 2", sid=sid).status_code == 200  # Twilio retries
    [_, stored] = inbound(db)
    assert queued_ids(REDIS_URL) == [f"workers_turns_handle_inbound-{stored.id}"]


def test_a_message_is_acknowledged_while_the_buyers_turn_holds_the_conversation(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    if db.dialect.name != "postgresql":
        pytest.skip("row locks: SQLite has one database-wide writer")
    jorge = Customer(whatsapp_app, "+56912345001")
    assert jorge.send("hola").status_code == 200
    flushed(REDIS_URL)
    whatsapp_app.config["REDIS_URL"] = REDIS_URL
    turn = Session(db)  # a turn in progress: the conversation locked as run_turn locks it
    begin_write(turn)
    turn.exec(select(Conversation).with_for_update(key_share=True)).one()
    answers: list[int] = []
    try:
        sender = threading.Thread(target=lambda: answers.append(jorge.send("hola").status_code))
        started = time.monotonic()
        sender.start()
        sender.join(timeout=10)
        assert answers == [200] and time.monotonic() - started < 2
    finally:
        turn.rollback()
        turn.close()
    with db.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM messages")).scalar_one() >= 3


def test_a_web_worker_is_ready_only_once_warm(whatsapp_app: Flask, db: Engine) -> None:
    from bot.web.warm import EXTENSION, after_fork

    client = whatsapp_app.test_client()
    whatsapp_app.extensions[EXTENSION] = False  # forked, not yet warm
    cold = client.get("/readyz")
    assert cold.status_code == 503 and cold.json["checks"]["warm"] == "error: warming up"
    # after_fork drops pooled connections unclosed (they are the parent's after a fork);
    # in this one process, close them first so none is left open for the collector.
    whatsapp_app.extensions["mostrador.engine"].dispose()
    after_fork(whatsapp_app)  # gunicorn.conf.py's post_fork
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json["pid"] == os.getpid()
    assert inbound(db) == []  # warming stored nothing


def test_a_database_connection_dropped_between_requests_is_replaced(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    if db.dialect.name != "postgresql":
        pytest.skip("SQLite has no server to drop the connection")
    from bot.db import lean_engine

    jorge = Customer(whatsapp_app, "+56912345001")
    assert jorge.send("hola").status_code == 200
    assert jorge.send("6204 2rs skf x 4").status_code == 200  # pools a lean connection
    with db.connect() as conn:  # the server ends it (a restart, an idle timeout)
        pids = conn.execute(
            sa.text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()"
            )
        ).scalars()
        for pid in pids:
            conn.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    # The test's own engine lost its pooled connections too, maybe a moment after their use,
    # when they are handed out unpinged (bot/db.py, PING_IDLE): its reads start afresh.
    db.dispose()
    assert lean_engine(whatsapp_app).pool.checkedin() >= 1
    assert jorge.send("correa a42 gates x 2").status_code == 200  # no pre-ping: retried
    assert [m.body for m in inbound(db)][-1] == "correa a42 gates x 2"


def test_a_turn_writes_its_conversation_once_and_its_replies_in_few_statements(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    """Issue #19: the conversation row written once a turn (not once before the flow and
    again after); on PostgreSQL the replies inserted in one statement, and each reply
    after the first claimed by the statement that marks the one before it sent."""
    jorge = Customer(whatsapp_app, "+56912345001")
    assert jorge.send("hola").status_code == 200
    flushed(REDIS_URL)
    whatsapp_app.config["REDIS_URL"] = REDIS_URL
    assert jorge.send("20 rodamientos 6204 2rs skf\ncorrea a42 gates x 2").status_code == 200
    [_, stored] = inbound(db)
    whatsapp_app.config["REDIS_URL"] = None
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(" ".join(statement.split()))

    from workers.turns import handle_inbound

    sa.event.listen(Engine, "before_cursor_execute", count)
    try:
        with whatsapp_app.app_context():
            handle_inbound(stored.id or 0)
    finally:
        sa.event.remove(Engine, "before_cursor_execute", count)
    with Session(db) as session:
        replies = session.exec(
            select(Message).where(Message.in_reply_to == stored.id).order_by(col(Message.id))
        ).all()
        assert session.get(Message, stored.id).status == "processed"  # type: ignore[union-attr]
    assert len(replies) >= 2 and [r.reply_seq for r in replies] == list(range(len(replies)))
    assert all(r.status == "sent" for r in replies)
    sent = [m["sid"] for m in twilio.sent if m["To"] == jorge.address][-len(replies):]
    assert sent == [r.provider_sid for r in replies]  # sent in order, each marked with its sid

    def writes(prefix: str) -> int:
        return sum(s.startswith(prefix) for s in statements)

    postgresql = db.dialect.name == "postgresql"  # SQLite: a statement per row and step
    assert writes("UPDATE conversations") == 1
    assert writes("INSERT INTO messages") == (1 if postgresql else len(replies))
    sends = writes("UPDATE messages SET") + writes("WITH sent AS") - 1  # one marks it processed
    assert sends == (len(replies) + 1 if postgresql else 2 * len(replies))


def test_the_acknowledgement_is_answered_before_flasks_dispatch_and_still_counted(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    """Issue #19: a signed form reaches `acknowledge` without Flask's request hooks
    (session, sign-in, CSRF, limiter); anything unusual goes to the view unchanged."""
    before = {status: answered(status) for status in ("200", "403")}
    hooks: list[str] = []
    whatsapp_app.before_request_funcs.setdefault(None, []).append(
        lambda: hooks.append(request.path)
    )
    jorge = Customer(whatsapp_app, "+56912345001")
    assert jorge.send("hola").status_code == 200  # first contact: the ORM path, still here
    answer = jorge.send("6204 2rs skf x 4")
    assert answer.status_code == 200 and answer.mimetype == "text/xml"
    assert answer.text == str(MessagingResponse()) and hooks == []
    # Signed over the URL with its port (Twilio signs either): the second URL checked.
    params = {"MessageSid": "SM" + "a" * 32, "From": jorge.address, "Body": "correa a42 x 2"}
    signature = RequestValidator(TOKEN).compute_signature(
        PUBLIC.replace(".example", ".example:443") + "/webhooks/whatsapp", params
    )
    client = whatsapp_app.test_client()
    assert client.post(
        "/webhooks/whatsapp", data=params, headers={"X-Twilio-Signature": signature}
    ).status_code == 200
    assert hooks == []
    # Forged: the view refuses it (403, counted); a field given twice: the view takes it.
    assert jorge.send("hola", token="forged").status_code == 403
    assert hooks == ["/webhooks/whatsapp"]
    twice = {**params, "MessageSid": "SM" + "b" * 32}
    signature = RequestValidator(TOKEN).compute_signature(
        PUBLIC + "/webhooks/whatsapp", MultiDict([*twice.items(), ("Body", "y")])
    )
    body = urllib.parse.urlencode([*twice.items(), ("Body", "y")])
    answer = client.post("/webhooks/whatsapp", data=body, headers={
        "X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"
    })  # fmt: skip
    assert answer.status_code == 200 and len(hooks) == 2
    assert [m.body for m in inbound(db)][-2:] == ["correa a42 x 2", "correa a42 x 2"]
    assert answered("200") - before["200"] == 4 and answered("403") - before["403"] == 1
    assert 'mostrador_webhook_rejected_total{reason="bad signature"} ' in (
        client.get("/metrics").text
    )


def answered(status: str) -> float:
    """The inbound webhook's requests answered with `status` so far (/metrics)."""
    labels = {"endpoint": "whatsapp.inbound", "method": "POST", "status": status}
    return REGISTRY.get_sample_value("mostrador_http_requests_total", labels) or 0.0


def test_an_error_while_acknowledging_gets_flasks_500(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio, monkeypatch: pytest.MonkeyPatch
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    assert jorge.send("hola").status_code == 200

    def broken(*args: object) -> None:
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr("channels.whatsapp.store", broken)
    with pytest.raises(RuntimeError):  # under test, exceptions propagate, as in Flask
        jorge.send("6204 2rs skf x 4")
    whatsapp_app.config["PROPAGATE_EXCEPTIONS"] = False
    before = answered("500")
    assert jorge.send("6204 2rs skf x 4").status_code == 500
    assert answered("500") == before + 1


def test_a_turns_job_is_written_as_rq_writes_it() -> None:
    """`bot.jobs` writes a turn's job with a script holding the fields RQ's first one
    had (issue #19): the hash is RQ's own, but for the times."""
    from rq import Queue, Retry

    from bot.jobs import RETRY_INTERVALS, _push
    from workers.jobs import RUN_TURN

    flushed(REDIS_URL)
    connection = redis.Redis.from_url(REDIS_URL)
    ours = Queue("default", connection=connection)
    _push(ours, RUN_TURN.later(7))  # built by RQ
    times = {b"created_at", b"enqueued_at"}
    for message_id in (12, 3_000_000_001):  # written by the job's own script
        _push(ours, RUN_TURN.later(message_id))
        job_id = f"workers_turns_handle_inbound-{message_id}"
        key = f"rq:job:{job_id}"
        written = connection.hgetall(key)
        connection.delete(key)
        Queue("default", connection=connection).enqueue(
            "workers.turns.handle_inbound", message_id, job_id=job_id,
            retry=Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS),
        )  # fmt: skip
        rqs = connection.hgetall(key)
        assert written.keys() == rqs.keys() and times < written.keys()
        assert {k: v for k, v in written.items() if k not in times} == {
            k: v for k, v in rqs.items() if k not in times
        }
    assert queued_ids(REDIS_URL) == [
        "workers_turns_handle_inbound-7",
        *[f"workers_turns_handle_inbound-{n}" for n in (12, 12, 3_000_000_001, 3_000_000_001)],
    ]
