"""Console sign-in as an attacker would try it: cookie flags, guessing, copied cookies.

Through the real sign-in form on Flask's test client (CSRF token included); the
throttle's counts in memory, and in the real Redis where production keeps them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from flask import Flask
from sqlalchemy.engine import Engine

from bot import create_app
from bot.clock import utcnow
from tests.conftest import API_TOKEN, close_app
from tests.console_client import PASSWORD, ConsoleClient


def _app(database_url: str, path: Path, **config: Any) -> Flask:
    return create_app({"TESTING": True, "DATABASE_URL": database_url, "API_TOKEN": API_TOKEN,
                       "INSTANCE_PATH": str(path), "REDIS_URL": None, **config})  # fmt: skip


@pytest.fixture
def behind_https(db: Engine, database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = _app(database_url, tmp_path / "i", PUBLIC_BASE_URL="https://ventas.example",
               CONSOLE_SESSION_HOURS=3)  # fmt: skip
    yield app
    close_app(app)


def attempt(
    app: Flask, email: str, password: str, address: str = "203.0.113.7", via: str | None = None
) -> Any:
    """One sign-in through the form, from `address` (through the proxy `via`), as a fresh
    browser."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = via or address
    if via:
        client.environ_base["HTTP_X_FORWARDED_FOR"] = address
    page = client.get("/console/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    return client.post(
        "/console/login", data={"csrf_token": token, "email": email, "password": password}
    )


def test_the_session_cookie_is_secure_httponly_lax_and_lives_the_configured_hours(
    behind_https: Flask,
) -> None:
    ConsoleClient(behind_https, "ana@shop.example")  # adds the user
    signed_in = attempt(behind_https, "ana@shop.example", PASSWORD)
    assert signed_in.status_code == 302
    cookie = signed_in.headers["Set-Cookie"]
    flags = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"secure", "httponly"} <= flags
    assert "SameSite=Lax" in cookie
    expires = dt.datetime.strptime(cookie.split("Expires=")[1].split(";")[0],
                                   "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=dt.UTC)  # fmt: skip
    assert abs(expires - (utcnow() + dt.timedelta(hours=3))) < dt.timedelta(minutes=1)


def test_over_plain_http_the_cookie_is_not_secure(app: Flask) -> None:
    ConsoleClient(app, "ana@shop.example")
    cookie = attempt(app, "ana@shop.example", PASSWORD).headers["Set-Cookie"]
    assert "Secure" not in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.mark.slow  # a password hash per attempt
def test_guessing_a_password_is_throttled_per_account(app: Flask) -> None:
    ConsoleClient(app, "ana@shop.example")
    ConsoleClient(app, "bea@shop.example")
    for n in range(10):
        assert attempt(app, "ana@shop.example", f"guess-{n}").status_code == 401
    refused = attempt(app, "ana@shop.example", PASSWORD)  # the right one, too late
    assert refused.status_code == 429
    assert "Too many failed sign-ins" in refused.get_data(as_text=True)
    assert 0 < int(refused.headers["Retry-After"]) <= 15 * 60
    # From another address the account is still throttled; another account is not.
    assert attempt(app, "ana@shop.example", PASSWORD, "198.51.100.9").status_code == 429
    assert attempt(app, "Bea@shop.example", PASSWORD).status_code == 302


@pytest.mark.slow  # a password hash per attempt
def test_guessing_from_one_address_is_throttled_across_accounts(
    db: Engine, database_url: str, tmp_path: Path
) -> None:
    app = _app(database_url, tmp_path / "i", CONSOLE_SIGNIN_LIMIT_ADDRESS="5 per 15 minutes")
    ConsoleClient(app, "ana@shop.example")
    for n in range(5):
        assert attempt(app, f"user{n}@shop.example", "wrong-password").status_code == 401
    assert attempt(app, "ana@shop.example", PASSWORD).status_code == 429
    assert attempt(app, "ana@shop.example", PASSWORD, "198.51.100.9").status_code == 302
    close_app(app)


@pytest.mark.slow  # a password hash per attempt
def test_behind_a_proxy_the_throttle_counts_the_clients_address(
    db: Engine, database_url: str, tmp_path: Path
) -> None:
    app = _app(database_url, tmp_path / "i", PROXY_HOPS=1,
               CONSOLE_SIGNIN_LIMIT_ADDRESS="5 per 15 minutes")  # fmt: skip
    ConsoleClient(app, "ana@shop.example")
    proxy = "10.0.0.2"
    for n in range(5):
        failed = attempt(app, f"user{n}@shop.example", "wrong-password", "203.0.113.7", proxy)
        assert failed.status_code == 401
    assert attempt(app, "ana@shop.example", PASSWORD, "203.0.113.7", proxy).status_code == 429
    assert attempt(app, "ana@shop.example", PASSWORD, "198.51.100.9", proxy).status_code == 302
    close_app(app)


@pytest.mark.slow  # a password hash per attempt
def test_the_throttle_counts_in_redis_for_every_worker(
    db: Engine, database_url: str, tmp_path: Path
) -> None:
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:  # only our keys: other tests may use this Redis at the same time (make test-fast)
        store = redis.Redis.from_url(url)
        for key in store.scan_iter("*mostrador-signin*"):
            store.delete(key)
    except redis.RedisError as exc:  # a service test fails, never skips
        pytest.fail(f"Redis at {url} is not reachable: {exc}")
    few = {"REDIS_URL": url, "CONSOLE_SIGNIN_LIMIT_ACCOUNT": "3 per 15 minutes"}
    first = _app(database_url, tmp_path / "a", **few)
    ConsoleClient(first, "ana@shop.example")
    for n in range(3):
        assert attempt(first, "ana@shop.example", f"guess-{n}").status_code == 401
    first.extensions["mostrador.engine"].dispose()
    # Another process (here: a new app, its own limiter storage) sees the same counts.
    second = _app(database_url, tmp_path / "b", **few)
    assert attempt(second, "ana@shop.example", PASSWORD).status_code == 429
    assert redis.Redis.from_url(url).keys("*mostrador-signin*")
    second.extensions["mostrador.engine"].dispose()


def test_a_cookie_copied_before_sign_out_does_not_work_after_it(app: Flask) -> None:
    ana = ConsoleClient(app, "ana@shop.example")
    cookie = ana.client.get_cookie("session")
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie("session", cookie.value)
    assert thief.get("/console/").status_code == 200  # a copy works while she is in
    assert ana.get("/console/").status_code == 200
    assert ana.post("/console/logout").status_code == 302
    assert thief.get("/console/").status_code == 302  # back to the sign-in page
    assert ana.get("/console/").status_code == 302
    assert attempt(app, "ana@shop.example", PASSWORD).status_code == 302  # signs in again


def test_a_password_reset_ends_the_sessions_signed_in_with_the_old_one(app: Flask) -> None:
    ana = ConsoleClient(app, "ana@shop.example")
    assert ana.get("/console/").status_code == 200
    reset = app.test_cli_runner().invoke(args=["users", "add", "ana@shop.example", "--role",
                                               "seller", "--password", "new-secret-1",
                                               "--replace"])  # fmt: skip
    assert reset.exit_code == 0, reset.output
    assert ana.get("/console/").status_code == 302
