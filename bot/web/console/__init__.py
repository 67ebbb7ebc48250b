"""/console: where sellers see what needs them, take conversations over, and decide.

One blueprint; each page group lives in its own module and adds its views to `bp`.
Every view needs a signed-in user (Flask-Login); every POST carries a CSRF token
(Flask-WTF), checked here for this blueprint only, so Twilio's webhooks and the
bearer-token API keep their own authentication. Pages are Jinja2 with autoescaping,
and a Content-Security-Policy allows only our own script: whatever a customer wrote
is shown as text.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from flask import Blueprint, Flask, Response
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect
from markupsafe import Markup, escape

from bot import ROOT
from bot.serialize import quantity_text

bp = Blueprint(
    "console",
    __name__,
    url_prefix="/console",
    static_folder="static",
    static_url_path="/static",
)
csrf = CSRFProtect()
login_manager = LoginManager()
CANNED = ROOT / "templates" / "console" / "canned"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)


def init_app(app: Flask) -> None:
    from bot.web.console import approvals, auth, conversations, queue, quotes, trail  # noqa: F401

    hours = int(app.config.get("CONSOLE_SESSION_HOURS", 8))
    app.config.setdefault("PERMANENT_SESSION_LIFETIME", dt.timedelta(hours=hours))
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.config.setdefault(
        "SESSION_COOKIE_SECURE", app.config["PUBLIC_BASE_URL"].startswith("https://")
    )
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False  # checked in `_guard` for the console only
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", hours * 3600)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "console.login"
    login_manager.session_protection = "strong"
    app.jinja_env.filters["linkify"] = linkify
    app.jinja_env.filters["quantity"] = quantity_text
    app.jinja_env.filters["price"] = price_text
    app.register_blueprint(bp)


_URL = re.compile(r"https?://[^\s<>\"']+")


def price_text(value: Decimal) -> str:
    """A unit price as sellers read it: 8.00, but 0.1275 keeps its four places."""
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) else 2
    return f"{value:.{max(2, places)}f}"


def linkify(text: str) -> Markup:
    """Escape `text` and make its web links clickable (quote and media links)."""
    out, last = [], 0
    escaped = str(escape(text))
    for found in _URL.finditer(escaped):
        url = found.group(0)
        out += [
            escaped[last : found.start()],
            f'<a href="{url}" rel="noopener" target="_blank">{url}</a>',
        ]
        last = found.end()
    out.append(escaped[last:])
    return Markup("".join(out))  # noqa: S704 (built from escaped text only)


@bp.before_request
def _guard() -> None:
    """CSRF on every state-changing request of the console."""
    from flask import request

    if request.method not in ("GET", "HEAD", "OPTIONS"):
        csrf.protect()


@bp.after_request
def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers["Cache-Control"] = "no-store"  # customer data: never from a cache
    return response
