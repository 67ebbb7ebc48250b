"""The worker's own Redis bookkeeping (workers/worker.py, issue #19): RQ's loop beat the
worker's heartbeat up to five times a job, three round trips each. Real Redis
(TEST_REDIS_URL), the worker class the Procfile runs, in this process."""

from __future__ import annotations

import os
from typing import Any

import redis
from flask import Flask
from redis.connection import Connection
from rq import Queue
from rq.job import JobStatus

from tests.rq_workers import flushed

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
JOBS = 20


class Counted(Connection):
    """A Redis connection that counts its round trips (one per packed send)."""

    trips = 0

    def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        Counted.trips += 1
        super().send_packed_command(command, check_health)


def test_jobs_run_with_about_half_of_rqs_round_trips_and_the_worker_stays_alive(
    app: Flask,
) -> None:
    from workers.worker import Worker

    flushed(REDIS_URL)
    client = redis.Redis.from_url(REDIS_URL, connection_class=Counted)
    queue = Queue("default", connection=client)
    ttls = [queue.enqueue("tests.rq_workers.worker_key_ttl", job_timeout=180)
            for _ in range(JOBS)]  # fmt: skip
    done = queue.enqueue("tests.rq_workers.quick_job", "last")
    worker = Worker(["default"], connection=client)
    with app.app_context():
        Counted.trips = 0
        assert worker.work(burst=True, logging_level="WARNING")
    per_job = Counted.trips / (JOBS + 1)

    assert done.get_status(refresh=True) == JobStatus.FINISHED and done.return_value() == "last"
    for job in ttls:  # RQ asks for the job's timeout + 60 s while it runs; 10 s less at worst
        assert job.get_status(refresh=True) == JobStatus.FINISHED
        assert job.return_value() >= 180 + 60 - 10 - 5  # (and 5 for a slow machine)
    assert per_job <= 13, f"{per_job:.1f} Redis round trips a job (RQ's own loop: 22)"
