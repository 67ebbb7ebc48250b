"""The seller console on a real HTTP server, and a seller in their own browser.

Shared by the browser tests (tests/test_console*.py): the app with the Twilio stand-in,
two sellers and a manager, served by werkzeug on a free port; `Seller` is one person
signed in through the login form, with their own cookies.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from playwright.sync_api import Browser, Page
from sqlalchemy.engine import Engine
from sqlmodel import Session
from werkzeug.serving import make_server

from bot import create_app
from bot.clock import utcnow
from bot.users import add_user
from tests.twilio_fakes import OUR_NUMBER, PUBLIC, TOKEN, FakeTwilio

ARTIFACTS = Path(__file__).parent / "artifacts"
PASSWORD = "correct-horse-9"
STAFF = [
    ("paula@shop.example", "seller", "Paula Rojas"),
    ("diego@shop.example", "seller", "Diego Lara"),
    ("marta@shop.example", "manager", "Marta Vidal"),
]


@contextmanager
def serving(
    db: Engine, database_url: str, tmp_path: Path, twilio: FakeTwilio, **settings: Any
) -> Iterator[tuple[Flask, str]]:
    """The app (the shop already loaded) with STAFF, served until the block ends."""
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "PUBLIC_BASE_URL": PUBLIC, "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
        "TWILIO_API_BASE_URL": twilio.url, "SESSION_COOKIE_SECURE": False,
        "TWILIO_CONTENT_API_BASE_URL": twilio.url, **settings,
    })  # fmt: skip
    with Session(db) as session:
        for email, role, name in STAFF:
            add_user(session, email, role=role, password=PASSWORD, name=name, now=utcnow(),
                     actor="test")  # fmt: skip
        session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        app.extensions["mostrador.engine"].dispose()


class Seller:
    """A person at the console, in their own browser context (own cookies)."""

    def __init__(self, browser: Browser, base: str, email: str) -> None:
        self.base, self.email = base, email
        self.context = browser.new_context(viewport={"width": 1280, "height": 860})
        self.page: Page = self.context.new_page()

    def sign_in(self, password: str = PASSWORD) -> Seller:
        self.page.goto(f"{self.base}/console/")
        self.page.get_by_label("Email").fill(self.email)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()
        return self

    def click(self, button: str) -> None:
        self.page.get_by_role("button", name=button).click()

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"console-{name}.png"), full_page=True)
