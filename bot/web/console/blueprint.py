"""The console's blueprint and what every page shares: sign-in manager, CSRF, headers, filters.

Every view needs a signed-in user (Flask-Login); every POST carries a CSRF token
(Flask-WTF), checked here for this blueprint only, so Twilio's webhooks and the
bearer-token API keep their own authentication. Pages are Jinja2 with autoescaping,
and a Content-Security-Policy allows only our own script: whatever a customer wrote
is shown as text.
"""

from __future__ import annotations

import re

from flask import Blueprint, Response
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect
from markupsafe import Markup, escape

from bot.config import TEMPLATES

bp = Blueprint(
    "console",
    __name__,
    url_prefix="/console",
    static_folder="static",
    static_url_path="/static",
)
csrf = CSRFProtect()
login_manager = LoginManager()
CANNED = TEMPLATES / "console" / "canned"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)


_URL = re.compile(r"https?://[^\s<>\"']+")


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
