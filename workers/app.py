"""The app a job runs in: the caller's when run in-process, a new one on an RQ worker."""

from __future__ import annotations

from flask import Flask, current_app, has_app_context

from bot import create_app


def job_app() -> Flask:
    if has_app_context():
        app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
        return app
    return create_app()
