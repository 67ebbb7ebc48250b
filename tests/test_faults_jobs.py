"""Jobs that die or fail: retried by RQ's scheduler, redone by the sweep, and shown to
sellers when still undone. Real `rq worker` processes on a real Redis, killed with
SIGKILL; Twilio and the ERP are local stand-ins."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from rq import Queue
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.db import begin_write, session_scope
from bot.models import Approval, Conversation, ErpExport, Message, Order
from tests.conftest import ErpFolder
from tests.console_client import ConsoleClient
from tests.rq_workers import Worker, flushed, until, worker_env
from tests.twilio_fakes import Customer as Buyer
from tests.twilio_fakes import FakeTwilio

pytestmark = pytest.mark.faults

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def age(engine: Engine, minutes: int) -> None:
    """Let `minutes` pass for everything stored so far (messages, exports, decisions)."""
    delta = dt.timedelta(minutes=minutes)
    with session_scope(engine, write=True) as session:
        for m in session.exec(select(Message)).all():
            m.created_at -= delta
            session.add(m)
        for e in session.exec(select(ErpExport)).all():
            e.created_at -= delta
            session.add(e)
        for a in session.exec(select(Approval)).all():
            if a.decided_at:
                a.decided_at -= delta
                session.add(a)


def test_a_worker_killed_mid_turn_leaves_the_message_for_the_sweep(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, database_url: str, tmp_path: Path
) -> None:
    from workers.sweeps import sweep_backlog

    redis = flushed(REDIS_URL)
    whatsapp_app.config["REDIS_URL"] = REDIS_URL
    jorge = Buyer(whatsapp_app, "+56912345001")
    assert jorge.send("20 rodamientos 6204 2rs skf").status_code == 200
    env = worker_env(
        database_url,
        REDIS_URL,
        tmp_path / "w",
        TWILIO_API_BASE_URL=twilio.url,
        TWILIO_CONTENT_API_BASE_URL=twilio.url,
    )
    # Hold the conversation's lock, so the worker's turn waits inside its transaction.
    holder = Session(db)
    begin_write(holder)
    holder.exec(select(Conversation).with_for_update()).one()
    worker = Worker(env)
    try:
        started = Queue("default", connection=redis).started_job_registry
        until(lambda: started.get_job_ids(), what="the worker to start the turn")
        time.sleep(1)
        worker.kill()  # mid-turn: SIGKILL to the worker and its work horse
    finally:
        worker.stop()
        holder.rollback()
        holder.close()
    with Session(db) as session:
        [message] = session.exec(select(Message).where(Message.direction == "in")).all()
        assert message.status == "received" and twilio.sent == []

    age(db, minutes=2)
    with whatsapp_app.app_context():
        assert sweep_backlog() == {"messages": 1, "notices": 0}
    err = Worker(env, burst=True).wait()
    greeting, items = twilio.bodies(jorge.address)
    assert "Hola Jorge" in greeting and "20 EA × 8.00 = USD 160.00" in items, err
    with Session(db) as session:
        assert session.get(Message, message.id).status == "processed"  # type: ignore[union-attr]
    with whatsapp_app.app_context():  # nothing left: a second sweep queues nothing
        assert sweep_backlog() == {"messages": 0, "notices": 0}


class FlakyERP:
    """An ERP endpoint that refuses the first POST (503) and accepts the rest."""

    def __init__(self) -> None:
        self.posts: list[str] = []
        erp = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                erp.posts.append(body["number"])
                if len(erp.posts) == 1:
                    self.send_response(503)
                    self.end_headers()
                    return
                self.send_response(201)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"document": "SO-1"}')

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/orders"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def flaky_erp() -> Iterator[FlakyERP]:
    erp = FlakyERP()
    yield erp
    erp.server.shutdown()
    erp.server.server_close()


def test_a_failed_export_is_retried_by_the_workers_scheduler(
    app: Flask, shop: ErpFolder, db: Engine, database_url: str, tmp_path: Path, flaky_erp: FlakyERP
) -> None:
    shop.load()
    redis = flushed(REDIS_URL)
    outbox = tmp_path / "outbox"
    app.config.update(
        REDIS_URL=REDIS_URL, ERP_OUTBOX_DIR=str(outbox), ERP_WEBHOOK_URL=flaky_erp.url
    )
    runner = app.test_cli_runner()
    made = json.loads(
        runner.invoke(
            args=["quote", "new", "--customer", "C001", "--json", "correa a42 gates x 2"]
        ).output
    )
    order = json.loads(runner.invoke(args=["quote", "accept", made["number"], "--json"]).output)
    env = worker_env(
        database_url, REDIS_URL, tmp_path / "w",
        ERP_OUTBOX_DIR=str(outbox), ERP_WEBHOOK_URL=flaky_erp.url,
    )  # fmt: skip
    worker = Worker(env)
    try:
        until(lambda: flaky_erp.posts, what="the first POST")
        scheduled = Queue("default", connection=redis).scheduled_job_registry
        until(scheduled.get_job_ids, what="the retry to be scheduled")  # 10 s later

        def exported() -> bool:
            with Session(db) as session:
                found = session.exec(select(Order).where(Order.number == order["number"])).one()
                return found.status == "exported"

        until(exported, timeout=60, what="the retry (10 s later) to deliver the order")
    finally:
        worker.stop()
    assert flaky_erp.posts == [order["number"], order["number"]]


def test_undone_work_is_listed_for_sellers_until_it_is_done(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, tmp_path: Path
) -> None:
    from workers.sweeps import sweep_backlog

    raul = Buyer(whatsapp_app, "+56987654003")  # blocked: his order waits for a manager
    raul.send("perno hex din 933 m8x40 zincado x 10")
    raul.send("pedido")
    jorge = Buyer(whatsapp_app, "+56912345001")
    jorge.send("correa a42 gates x 2")
    whatsapp_app.config["ERP_WEBHOOK_URL"] = "http://127.0.0.1:9/orders"  # the ERP is down
    jorge.send("pedido")
    jorge.send("sí")  # the one confirmation, with the total
    manager = ConsoleClient(whatsapp_app, "jefa@shop.example", "manager")
    redis = flushed(REDIS_URL)
    whatsapp_app.config["REDIS_URL"] = REDIS_URL  # the decision's notice is queued...
    with Session(db) as session:
        approval = session.exec(select(Approval)).one()
    manager.get("/console/approvals")
    decided = manager.post(f"/console/approvals/{approval.id}", decision="reject", comment="no")
    assert "the customer is told" in manager.get(decided.location).get_data(as_text=True)
    redis.flushdb()  # ...and lost with the queue
    whatsapp_app.config["REDIS_URL"] = None
    with Session(db) as session:  # a reply whose worker died while Twilio was called
        reply = session.exec(select(Message).where(Message.direction == "out")).first()
        assert reply is not None
        reply.status = "sending"
        session.add(reply)
        session.commit()
    # Undone work is listed on the inbox's home page, beside the conversations.
    assert 'id="backlog"' not in manager.get("/console/").get_data(as_text=True)

    age(db, minutes=20)
    rows = manager.get("/console/").get_data(as_text=True)
    assert "not in the ERP after 1 attempt(s)" in rows and "O-2026-00002" in rows
    assert "it may not have reached the customer" in rows
    assert "the customer was not told of this decision yet" in rows

    with whatsapp_app.app_context():
        assert sweep_backlog()["notices"] == 1  # in-process here: told at once
    assert "un vendedor" in twilio.bodies(raul.address)[-1].lower()
    rows = manager.get("/console/").get_data(as_text=True)
    assert "not told of this decision" not in rows
    assert "O-2026-00002" in rows  # the ERP is still down: still listed
