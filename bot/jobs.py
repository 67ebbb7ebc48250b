"""Running background jobs: on RQ when REDIS_URL is set, in-process otherwise.

Jobs are named by dotted path ("workers.export.export_order") so the core does not
import the workers package, and they take plain values (ids, numbers) only.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from flask import Flask

log = logging.getLogger(__name__)

# Backoff for jobs that talk to other systems (the ERP, Twilio): 10 s ... 1 h.
RETRY_INTERVALS = [10, 30, 60, 300, 900, 1800, 3600]


def _queue(app: Flask, url: str) -> Any:
    """One Redis connection pool and queue per app (per process), not one per job."""
    from redis import Redis
    from rq import Queue

    cached = app.extensions.get("mostrador.queue")
    if cached is None or cached[0] != url:
        # Timeouts: with Redis unreachable, a webhook must fail fast (503), not hang.
        redis = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=10)
        cached = (url, Queue("default", connection=redis))
        app.extensions["mostrador.queue"] = cached
    return cached[1]


def enqueue(app: Flask, path: str, *args: Any, retry: bool = True) -> None:
    """Run job `path(*args)` on the queue, or right now when there is no Redis."""
    url = app.config.get("REDIS_URL")
    if url:
        from rq import Retry

        _queue(app, url).enqueue(
            path,
            *args,
            retry=Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS) if retry else None,
        )
        return
    module, _, name = path.rpartition(".")
    function = getattr(importlib.import_module(module), name)
    try:
        function(*args)
    except Exception:  # in-process: log and leave it for the sweep to retry
        log.exception("job %s%r failed; it will be retried by the sweep", path, args)
