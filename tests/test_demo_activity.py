"""The demo's weeks of activity (`make run`): made through the code paths at past
moments, it gives /console/insights something real to show on a fresh machine."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from bot.clock import simulated, utcnow
from bot.demo.activity import SELLER, seed_activity
from bot.demo.writer import write_demo
from bot.erp.importer import import_folder
from bot.models import AuditEvent, Conversation, Message, Quote

TODAY = dt.date(2026, 11, 26)  # a Thursday


def test_four_weeks_of_activity_fill_every_insight(
    app: Flask, api: Any, db: Engine, tmp_path: Path
) -> None:
    write_demo(tmp_path / "erp", products=300, seed=7, today=TODAY)
    import_folder(db, tmp_path / "erp", actor="test")
    app.config["BUSINESS_HOURS"] = "mon-fri 09:00-18:00 America/Santiago"
    started, cpu = time.perf_counter(), time.process_time()
    with app.app_context():
        lines = list(seed_activity(app, TODAY))
    spent = time.process_time() - cpu
    print(f"demo activity: {time.perf_counter() - started:.1f} s wall, {spent:.1f} s CPU")
    assert len(lines) == 1 and "quotes over 4 weeks" in lines[0]
    with Session(db) as session:
        first = session.exec(select(func.min(col(Quote.created_at)))).one()
        # The trail carries the simulated moments, not the moment the seeding ran.
        newest = session.exec(
            select(func.max(col(AuditEvent.at))).where(AuditEvent.event == "taken_over")
        ).one()
    assert first is not None and first.date() >= TODAY - dt.timedelta(days=28)
    assert newest is not None and newest.date() <= TODAY
    body = api.get("/api/v1/insights?from=2026-10-29&to=2026-11-26").json
    quotes, response = body["quotes"], body["response"]
    assert quotes["created"] >= 40 and quotes["sent"] > 0 and quotes["won"] > 0
    assert quotes["lost"] > 0 and quotes["expired"] > 0 and body["lost_reasons"]
    assert body["unmet_total"] > 0 and body["lines"]["touchless"] > 0
    assert response["time_to_quote"]["bot"]["count"] > 0
    assert response["time_to_quote"]["seller"]["count"] > 0
    assert response["first_answer"]["seller"]["count"] > 0
    assert response["queue_wait"]["count"] > 0
    seller = next(w for w in body["workload"] if w["person"] == SELLER)
    assert seller["chats_handled"] > 0 and seller["revisions"] > 0
    weeks = api.get("/api/v1/insights/quotes.csv?from=2026-10-29&to=2026-11-26")
    assert weeks.status_code == 200
    # The buyers' chats are left as the past left them: nothing for the next live turn
    # to replay (it would hand Ana to a seller again) and nothing for the sweeps to send.
    with Session(db) as session:
        pending = session.exec(
            select(Message.status, func.count())
            .where(col(Message.status).in_(["received", "queued", "sending"]))
            .group_by(col(Message.status))
        ).all()
        chats = session.exec(select(Conversation)).all()
    assert pending == []
    assert chats and all(c.owner == "bot" and c.attention is None for c in chats)
    assert all(c.state == "idle" for c in chats)


def test_a_simulated_moment_stays_in_its_block() -> None:
    moment = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)
    with simulated(moment):
        assert utcnow() == moment
    assert utcnow() > moment + dt.timedelta(days=1)
