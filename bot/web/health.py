"""Liveness, readiness and metrics, for load balancers and Prometheus."""

from __future__ import annotations

import os
from typing import Any

import redis
import sqlalchemy as sa
from flask import Blueprint, Response, current_app, jsonify
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.db import get_engine
from bot.web.warm import warm

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """Answer as long as the process serves requests."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Check the database, and Redis when configured; 503 names what is down.

    A gunicorn worker still warming up (bot/web/warm.py) is not ready either. `pid`
    tells a caller which worker answered (bench/webhook_bench.py waits for each).
    """
    checks: dict[str, Any] = {"warm": "ok" if warm(current_app) else "error: warming up"}
    try:
        with get_engine().connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        checks["database"] = "ok"
    except sa.exc.SQLAlchemyError as exc:
        checks["database"] = f"error: {type(exc).__name__}"
    url = current_app.config.get("REDIS_URL")
    if url:
        try:
            client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
            client.ping()
            client.close()
            checks["redis"] = "ok"
        except redis.RedisError as exc:
            checks["redis"] = f"error: {type(exc).__name__}"
    else:
        checks["redis"] = "not configured (jobs run in-process)"
    ready = all(not str(v).startswith("error") for v in checks.values())
    status = "ready" if ready else "not ready"
    return jsonify(status=status, checks=checks, pid=os.getpid()), 200 if ready else 503


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus text format."""
    return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)
