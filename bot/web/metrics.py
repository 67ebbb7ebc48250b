"""Request metrics. Counters live in prometheus-client's default registry.

With several gunicorn workers, set PROMETHEUS_MULTIPROC_DIR (prometheus-client's
multiprocess mode) so /metrics adds up all workers; see README.
"""

from __future__ import annotations

import time

from flask import Flask, Response, g, request
from prometheus_client import Counter, Histogram

REQUESTS = Counter(
    "mostrador_http_requests_total", "HTTP requests served", ["endpoint", "method", "status"]
)
LATENCY = Histogram(
    "mostrador_http_request_seconds", "Time to answer an HTTP request", ["endpoint"]
)


def init_app(app: Flask) -> None:
    app.before_request(_start_timer)
    app.after_request(_observe)


def _start_timer() -> None:
    g.request_started = time.perf_counter()


def _observe(response: Response) -> Response:
    endpoint = request.endpoint or "unmatched"
    REQUESTS.labels(endpoint, request.method, str(response.status_code)).inc()
    started = g.get("request_started")
    if started is not None:
        LATENCY.labels(endpoint).observe(time.perf_counter() - started)
    return response
