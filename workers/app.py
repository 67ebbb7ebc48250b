"""The app a job runs in: the caller's when run in-process, else one per worker process.

Workers run their jobs in their own process (workers/worker.py, no fork per job), so
the app, its connection pool, its templates and the matcher's index are built once per
process and reused by every job. The pool (workers/pool.py) builds the app and loads
the index in its parent, then forks its workers from it: they inherit both. Database
pools must not cross a fork, so a child drops inherited connections (without closing
them under the parent) and opens its own.
"""

from __future__ import annotations

import os

from flask import Flask, current_app, has_app_context

from bot.app import create_app

_app: Flask | None = None


def job_app() -> Flask:
    global _app
    if has_app_context():
        app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
        return app
    if _app is None:
        _app = create_app()
    return _app


def _after_fork_in_child() -> None:
    if _app is not None:
        from bot.db import get_engine

        get_engine(_app).dispose(close=False)


os.register_at_fork(after_in_child=_after_fork_in_child)
