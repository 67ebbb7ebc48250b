"""Warming a web process before it serves (gunicorn.conf.py's `post_fork`).

A worker that answers its first webhook cold opens its database connection, compiles
the store statement and connects to Redis inside that request: p99 ~750 ms the first
second after a deploy (issue #19). Each gunicorn worker does this once right after it
is forked, and `/readyz` says `warming` (503) until it has.
"""

from __future__ import annotations

import logging

from flask import Flask

from bot.clock import utcnow
from bot.db import get_engine, lean_engine
from bot.inbound import InboundMessage, store

log = logging.getLogger(__name__)
EXTENSION = "mostrador.warm"


def after_fork(app: Flask) -> None:
    """In a freshly forked worker: drop the parent's connections, then warm up."""
    app.extensions[EXTENSION] = False
    for engine in {get_engine(app), lean_engine(app)}:
        engine.dispose(close=False)  # never share the master's sockets
    try:
        warm_up(app)
    except Exception:  # readiness keeps checking the services themselves
        log.exception("warm-up failed; serving anyway")
    app.extensions[EXTENSION] = True


def warm_up(app: Flask) -> None:
    """Run the webhook's own statements once: a connection in the pool, SQL compiled."""
    with app.app_context():
        # No conversation has this channel: the INSERT … SELECT stores nothing.
        store(lean_engine(app), InboundMessage("warm-up", "-", "warm-up", ""), utcnow())
        url = app.config.get("REDIS_URL")
        if url:
            from bot.jobs import queue_of

            queue_of(app, url).connection.ping()


def warm(app: Flask) -> bool:
    """Whether this process is ready to serve at full speed (True outside gunicorn)."""
    return bool(app.extensions.get(EXTENSION, True))
