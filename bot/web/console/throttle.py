"""Failed console sign-ins are throttled per account and per address (Flask-Limiter).

Only failures count (`deduct_when`): a seller who types the password right is never
slowed down, but after `CONSOLE_SIGNIN_LIMIT_ACCOUNT` failures for one email, or
`CONSOLE_SIGNIN_LIMIT_ADDRESS` from one address, every further attempt (the right
password included) is refused with 429 until the window has moved on. Counts live in
Redis when `REDIS_URL` is set, so every gunicorn worker and instance shares them, and
in the process's memory otherwise (the demo); if Redis goes away the limiter counts in
memory meanwhile instead of failing sign-ins.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app, request
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address
from limits import parse_many
from werkzeug.wrappers import Response

from bot.config import ConfigError
from bot.web import guard

limiter = Limiter(
    get_remote_address,
    default_limits=[],  # nothing else in the app is limited
    strategy="moving-window",  # no burst at a window's edge
    in_memory_fallback_enabled=True,
    key_prefix="mostrador-signin",
)


def init_app(app: Flask) -> None:
    for name in ("CONSOLE_SIGNIN_LIMIT_ACCOUNT", "CONSOLE_SIGNIN_LIMIT_ADDRESS"):
        try:
            parse_many(app.config[name])
        except ValueError:
            raise ConfigError(
                f"{name}: expected a rate such as '10 per 15 minutes', got {app.config[name]!r}"
            ) from None
    app.config["RATELIMIT_STORAGE_URI"] = app.config.get("REDIS_URL") or "memory://"
    limiter.init_app(app)
    _skip_webhooks(app)


def _skip_webhooks(app: Flask) -> None:
    """Signed webhooks never reach the limiter's per-request hooks (bot/web/guard.py: the
    signature is their gate). The limiter limits only the decorated sign-in views, and
    checks those in their decorator; its app-wide hooks found nothing to limit on a
    webhook at a measurable cost on each acknowledgement (issue #19)."""
    hooks: list[Any] = app.before_request_funcs.setdefault(None, [])
    for i, hook in enumerate(hooks):
        if hook == limiter._check_request_limit:
            hooks[i] = _unless_webhook(hook)
    after: list[Any] = app.after_request_funcs.setdefault(None, [])
    for i, hook in enumerate(after):
        if getattr(hook, "args", ()) == (limiter,):  # its header injection
            after[i] = _unless_webhook_response(hook)


def _unless_webhook(hook: Callable[[], None]) -> Callable[[], None]:
    def check() -> None:
        if not guard.is_webhook():
            hook()

    return check


def _unless_webhook_response(
    hook: Callable[[Response], Response],
) -> Callable[[Response], Response]:
    def inject(response: Response) -> Response:
        return response if guard.is_webhook() else hook(response)

    return inject


def _failed(response: Response) -> bool:
    return response.status_code == 401


def _account() -> str:
    return "account:" + request.form.get("email", "").strip().lower()[:254]


def _address() -> str:
    return "address:" + get_remote_address()


per_account = limiter.limit(
    lambda: str(current_app.config["CONSOLE_SIGNIN_LIMIT_ACCOUNT"]),
    key_func=_account,
    methods=["POST"],
    deduct_when=_failed,
    scope="signin-account",
)
per_address = limiter.limit(
    lambda: str(current_app.config["CONSOLE_SIGNIN_LIMIT_ADDRESS"]),
    key_func=_address,
    methods=["POST"],
    deduct_when=_failed,
    scope="signin-address",
)


def retry_minutes(error: RateLimitExceeded) -> int:
    """Whole minutes until the breached limit lets the next attempt through (at least 1)."""
    breached = limiter.current_limit
    seconds = breached.reset_at - time.time() if breached else error.limit.limit.get_expiry()
    return max(1, math.ceil(seconds / 60))
