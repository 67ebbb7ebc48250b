"""Flask's signed-cookie sessions, opened for nothing when there is no cookie (#19).

Flask builds the cookie's signer (an HMAC serializer) at the start of every request,
before it even looks for a cookie: a webhook, an API call or /metrics carries none
and gets the empty session Flask would have given it anyway, now without the signer.
A request with the cookie is opened by Flask exactly as before.
"""

from __future__ import annotations

from flask import Flask, Request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface


class CookieSessions(SecureCookieSessionInterface):
    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        if app.secret_key and self.get_cookie_name(app) not in request.cookies:
            return self.session_class()
        return super().open_session(app, request)


def init_app(app: Flask) -> None:
    app.session_interface = CookieSessions()
