"""The worker's own Redis bookkeeping (workers/worker.py, issue #19): RQ's loop beat the
worker's heartbeat up to five times a job, three round trips each; ours beats only when
its key would expire early, and a beat that did not reach Redis is sent again. Real Redis
(TEST_REDIS_URL), the worker class the Procfile runs, in this process."""

from __future__ import annotations

import itertools
import os
import uuid
from typing import Any

import pytest
import redis
from flask import Flask
from redis.connection import Connection
from rq import Queue
from rq.job import JobStatus

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
JOBS = 20


class Counted(Connection):
    """A Redis connection that counts its round trips (one per packed send)."""

    trips = 0

    def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        Counted.trips += 1
        super().send_packed_command(command, check_health)


def reachable(**options: Any) -> redis.Redis:
    """A client of the test Redis, flushed by no one here: other tests use it at the same
    time (make test-fast, -n 2), so each test works on a queue and a worker of its own."""
    client = redis.Redis.from_url(REDIS_URL, **options)
    try:
        client.ping()
    except redis.RedisError as exc:  # a service test fails, never skips
        pytest.fail(f"Redis at {REDIS_URL} is not reachable: {exc}")
    return client


def own_queue(client: redis.Redis) -> Queue:
    return Queue(f"bookkeeping-{uuid.uuid4().hex}", connection=client)


def trips_so_far() -> int:
    """A job: the worker's round trips until it ran."""
    return Counted.trips


def test_jobs_run_with_about_half_of_rqs_round_trips_and_the_worker_stays_alive(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers import worker as module
    from workers.worker import Worker

    monkeypatch.setattr(module, "SUSPENSION_EVERY", 3600.0)  # asked once, at the start

    client = reachable(connection_class=Counted)
    queue = own_queue(client)
    ttls = [queue.enqueue("tests.rq_workers.worker_key_ttl", job_timeout=180)
            for _ in range(JOBS)]  # fmt: skip
    marks = [queue.enqueue("tests.test_worker_bookkeeping.trips_so_far") for _ in range(5)]
    done = queue.enqueue("tests.rq_workers.quick_job", "last")
    worker = Worker([queue], connection=client)
    with app.app_context():
        Counted.trips = 0
        assert worker.work(burst=True, logging_level="WARNING")
    per_job = Counted.trips / (JOBS + 6)
    seen = [job.return_value() for job in marks]
    between = {b - a for a, b in itertools.pairwise(seen)}

    assert done.get_status(refresh=True) == JobStatus.FINISHED and done.return_value() == "last"
    for job in ttls:  # RQ asks for the job's timeout + 60 s while it runs; 10 s less at worst
        assert job.get_status(refresh=True) == JobStatus.FINISHED
        assert job.return_value() >= 180 + 60 - 10 - 5  # (and 5 for a slow machine)
    assert per_job <= 13, f"{per_job:.1f} Redis round trips a job (RQ's own loop: 22)"
    assert between == {9}, f"{between} round trips a job once the worker runs (README: 9)"


def _refusing(client: redis.Redis, key: str) -> None:
    """Make Redis refuse the worker's heartbeat: its key is a string, HSET fails (WRONGTYPE)."""
    client.delete(key)
    client.set(key, "not a hash")


def _answering_again(client: redis.Redis, key: str) -> None:
    """Redis takes writes again and lists the worker, but nothing keeps its key alive."""
    client.delete(key)
    client.hset(key, "state", "idle")
    assert client.ttl(key) == -1


def test_a_heartbeat_redis_refused_is_sent_again(app: Flask) -> None:
    from workers.worker import Worker

    client = reachable()
    worker = Worker([own_queue(client)], connection=client)
    worker.register_birth()
    _refusing(client, worker.key)
    with pytest.raises(redis.ResponseError):
        worker.heartbeat()
    _answering_again(client, worker.key)

    worker.heartbeat()  # the failed beat never kept the key alive: this one goes out

    assert client.ttl(worker.key) >= worker.worker_ttl + 60 - 5
    client.expire(worker.key, 1000)
    worker.heartbeat()  # and now one reached Redis: the next is spared
    assert client.ttl(worker.key) > worker.worker_ttl + 60


def test_a_heartbeat_on_a_job_pipeline_that_failed_is_sent_again(app: Flask) -> None:
    from workers.worker import Worker

    client = reachable()
    queue = own_queue(client)
    job = queue.enqueue("tests.rq_workers.quick_job", "x", job_timeout=180)
    worker = Worker([queue], connection=client)
    worker.register_birth()
    _refusing(client, worker.key)
    with pytest.raises(redis.ResponseError):  # RQ's pipeline: beat, job started, ...
        worker.prepare_job_execution(job)
    _answering_again(client, worker.key)

    worker.heartbeat(180 + 60)  # what RQ asks for while that job runs

    assert client.ttl(worker.key) >= 180 + 60 - 5


def test_a_heartbeat_on_a_job_pipeline_that_ran_spares_the_next(app: Flask) -> None:
    from workers.worker import Worker

    client = reachable()
    queue = own_queue(client)
    job = queue.enqueue("tests.rq_workers.quick_job", "x", job_timeout=180)
    worker = Worker([queue], connection=client)
    worker.register_birth()
    worker.prepare_job_execution(job)
    assert client.ttl(worker.key) >= 180 + 60 - 5
    client.expire(worker.key, 1000)

    worker.heartbeat(180 + 60)  # the job's pipeline reached Redis: nothing to send

    assert client.ttl(worker.key) > 180 + 60

