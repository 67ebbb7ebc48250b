"""HTTP blueprints: health and metrics, the JSON API, quote documents and the seller console."""

from __future__ import annotations

from flask import Flask, redirect, url_for
from werkzeug.wrappers import Response


def init_app(app: Flask) -> None:
    from bot.web import api, console, documents, guard, health, insights_api, metrics, sessions

    sessions.init_app(app)
    guard.init_app(app)
    metrics.init_app(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(api.bp, url_prefix="/api/v1")
    app.register_blueprint(insights_api.bp, url_prefix="/api/v1")
    app.register_blueprint(documents.bp)
    console.init_app(app)
    app.add_url_rule("/", "front_door", front_door)


def front_door() -> Response:
    """The bare address `make run` prints opens the seller console (it asks to sign in
    first): a 404 there told a newcomer nothing. The simulator stays at /simulator."""
    return redirect(url_for("console.queue"))
