"""Redis down: nothing a customer wrote is lost. A redis-server of the test's own is
stopped and started while Twilio delivers and a real `rq worker` runs."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.db import session_scope
from bot.models import Message
from tests.rq_workers import RedisServer, Worker, until, worker_env
from tests.twilio_fakes import Customer as Buyer
from tests.twilio_fakes import FakeTwilio

pytestmark = pytest.mark.faults


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


def statuses(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return [
            m.status
            for m in session.exec(
                select(Message).where(Message.direction == "in").order_by(Message.id)  # type: ignore[arg-type]
            ).all()
        ]


def test_with_redis_down_the_webhook_answers_503_and_nothing_is_lost(
    whatsapp_app: Flask,
    twilio: FakeTwilio,
    db: Engine,
    database_url: str,
    tmp_path: Path,
    own_redis: RedisServer,
) -> None:
    whatsapp_app.config["REDIS_URL"] = own_redis.url
    env = worker_env(
        database_url,
        own_redis.url,
        tmp_path / "w",
        TWILIO_API_BASE_URL=twilio.url,
        TWILIO_CONTENT_API_BASE_URL=twilio.url,
    )
    worker = Worker(env)
    jorge = Buyer(whatsapp_app, "+56912345001")
    try:
        assert jorge.send("hola").status_code == 200
        until(lambda: len(twilio.sent) == 1, what="the greeting")

        # Redis goes down while the worker is in the middle of a job (Twilio is slow).
        calling, release = threading.Event(), threading.Event()
        original = twilio.server.RequestHandlerClass.do_POST

        def slow(handler: Any) -> None:
            calling.set()
            release.wait(30)
            original(handler)

        twilio.server.RequestHandlerClass.do_POST = slow  # type: ignore[method-assign]
        assert jorge.send("20 rodamientos 6204 2rs skf").status_code == 200
        assert calling.wait(60), "the send job never called Twilio"
        own_redis.stop()
        release.set()  # the send finishes with Redis gone

        during = "SM" + "b" * 32
        assert jorge.send("correa a42 gates x 2", sid=during).status_code == 503  # retry later
        assert jorge.send("correa a42 gates x 2", sid=during).status_code == 503  # Twilio's retry
        assert statuses(db)[2:] == ["received"]  # stored once, not lost
        time.sleep(3)  # the worker meets the outage too
        age(db, minutes=1)  # Twilio retries a while later

        own_redis.start()
        assert worker.process.poll() is None, "the worker died in the outage"
        assert jorge.send("correa a42 gates x 2", sid=during).status_code == 200  # queued now
        # The turn sends its own replies (text, then its quick replies as a content
        # message) without Redis: the answer cut off by the outage is not left to a sweep.
        until(lambda: len(twilio.bodies(jorge.address)) == 3, timeout=60,
              what="the worker to answer after")  # fmt: skip
        assert "B-SKF" in twilio.bodies(jorge.address)[1]
        assert "V-A42" in twilio.bodies(jorge.address)[2]
        assert statuses(db) == ["processed"] * 3
        assert worker.process.poll() is None
    finally:
        worker.stop()


def test_a_message_stored_while_redis_was_down_and_never_redelivered_is_swept(
    whatsapp_app: Flask,
    twilio: FakeTwilio,
    db: Engine,
    database_url: str,
    tmp_path: Path,
    own_redis: RedisServer,
) -> None:
    from workers.sweeps import sweep_backlog

    whatsapp_app.config["REDIS_URL"] = own_redis.url
    jorge = Buyer(whatsapp_app, "+56912345001")
    own_redis.stop()
    assert jorge.send("20 rodamientos 6204 2rs skf").status_code == 503
    own_redis.start()  # Twilio gave up on its retries meanwhile
    age(db)
    with whatsapp_app.app_context():
        assert sweep_backlog()["messages"] == 1
    env = worker_env(
        database_url,
        own_redis.url,
        tmp_path / "w",
        TWILIO_API_BASE_URL=twilio.url,
        TWILIO_CONTENT_API_BASE_URL=twilio.url,
    )
    err = Worker(env, burst=True).wait()
    assert "B-SKF" in twilio.bodies(jorge.address)[-1], err
    assert statuses(db) == ["processed"]


def age(engine: Engine, minutes: int = 3) -> None:
    with session_scope(engine, write=True) as session:
        for m in session.exec(select(Message)).all():
            m.created_at -= dt.timedelta(minutes=minutes)
            session.add(m)
