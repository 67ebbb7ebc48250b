"""Request metrics. Counters live in prometheus-client's default registry.

With several gunicorn workers, set PROMETHEUS_MULTIPROC_DIR (prometheus-client's
multiprocess mode) so /metrics adds up all workers; see README.
"""

from __future__ import annotations

import time
from typing import Any

from flask import Flask, Response, g, request
from prometheus_client import Counter, Histogram

REQUESTS = Counter(
    "mostrador_http_requests_total", "HTTP requests served", ["endpoint", "method", "status"]
)
LATENCY = Histogram(
    "mostrador_http_request_seconds", "Time to answer an HTTP request", ["endpoint"]
)


# Each (endpoint, method, status)'s counter and histogram, looked up once per process
# instead of through `labels()` (its checks and lock) on every request.
_CHILDREN: dict[tuple[str, str, int], tuple[Any, Any]] = {}


def init_app(app: Flask) -> None:
    app.before_request(_start_timer)
    app.after_request(_observe)


def _start_timer() -> None:
    g.request_started = time.perf_counter()


def _observe(response: Response) -> Response:
    observe(request.endpoint or "unmatched", request.method, response.status_code,
            g.get("request_started"))  # fmt: skip
    return response


def observe(endpoint: str, method: str, status: int, started: float | None) -> None:
    """Count a request answered with `status`, and its time since `started`
    (`time.perf_counter()`) when known; for requests answered outside Flask's dispatch
    too (channels/whatsapp.py's `Acknowledger`)."""
    key = (endpoint, method, status)
    children = _CHILDREN.get(key)
    if children is None:
        children = (REQUESTS.labels(endpoint, method, str(status)), LATENCY.labels(endpoint))
        _CHILDREN[key] = children
    children[0].inc()
    if started is not None:
        children[1].observe(time.perf_counter() - started)
