"""HTTP blueprints: health and metrics, and the JSON API."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from bot.web import api, documents, health, metrics

    metrics.init_app(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(api.bp, url_prefix="/api/v1")
    app.register_blueprint(documents.bp)
