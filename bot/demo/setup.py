"""`make run`'s first start: migrate, load the demo distributor once, add demo sign-ins.

It lives with the demo data rather than in the CLI so that the command stays a thin
wrapper; the demo chats come from the simulator (a channel adapter), which the caller
passes in, since the core never imports the channels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from flask import Flask

from bot import migrate
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.demo.activity import seed_activity
from bot.demo.writer import write_demo
from bot.erp.importer import import_folder
from bot.erp.progress import Progress
from bot.users import add_user

# Demo sign-ins printed by `make run`; created only by demo-setup, never in production.
DEMO_USERS = [
    ("seller@demo.example", "seller", "demo-seller-1"),
    ("manager@demo.example", "manager", "demo-manager-1"),
]


def setup_demo(
    app: Flask, seed_chats: Callable[[Flask], list[str]], progress: Progress | None = None
) -> Iterator[str]:
    """Migrate, and load the demo data unless this instance already has it.

    Yields what was done, a line at a time, ending with where to sign in.

    Args:
        app: the app whose database and instance folder are set up.
        seed_chats: makes the demo conversations through the real flow; returns one
            line per chat (`channels.simulator.seed_demo_conversations`).
        progress: progress bars for the import.
    """
    engine = get_engine(app)
    migrate.upgrade(engine)
    marker = Path(app.instance_path) / "demo-loaded"
    if marker.exists():
        yield "demo data already loaded"
    else:
        folder = Path(app.instance_path) / "demo-erp"
        write_demo(folder, products=2500, seed=7, today=dt.date.today())  # noqa: DTZ011
        report = import_folder(engine, folder, progress=progress, actor="demo-setup")
        yield from report.lines()
        with session_scope(engine, write=True) as session:
            for email, role, password in DEMO_USERS:
                name = "Paula Rojas" if role == "seller" else "Martín Vidal"
                phone = "+56 9 8765 4321" if role == "seller" else "+56 2 2345 6700"
                add_user(session, email, role=role, password=password, name=name, now=utcnow(),
                         actor="demo-setup", replace=True, phone=phone)  # fmt: skip
        for line in seed_chats(app):
            yield f"demo chat: {line}"
        marker.write_text(f"{report.import_id}\n")
    # Weeks of past quotes, orders and chats for /console/insights: once per instance,
    # also one whose demo was loaded before this existed.
    activity = Path(app.instance_path) / "demo-activity"
    if not activity.exists():
        for line in seed_activity(app, dt.date.today()):  # noqa: DTZ011 (a calendar date)
            yield f"demo activity: {line}"
        activity.write_text("done\n")
    base = app.config["PUBLIC_BASE_URL"]
    yield f"\nSeller console: {base}/console   WhatsApp simulator: {base}/simulator"
    for email, role, password in DEMO_USERS:
        yield f"  sign in as {email} / {password}  ({role})"
