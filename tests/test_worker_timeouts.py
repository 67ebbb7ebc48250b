"""Job timeouts in the worker that runs jobs in its own process (workers/worker.py).

A real `rq worker -w workers.worker.Worker` on a real Redis: a job past its timeout is
stopped by RQ's alarm, failed or retried as its `Retry` says, and the worker goes on
with the next job in the same process; a job no alarm reaches is ended by the
watchdog, which records it failed (or queues it again) in Redis as RQ does for a
stuck work horse, then ends the process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rq import Queue, Retry
from rq.job import Job, JobStatus
from sqlalchemy.engine import Engine

from tests.rq_workers import Worker, flushed, until, worker_env

pytestmark = pytest.mark.faults

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _failure(job: Job) -> str:
    result = job.latest_result()
    return (result.exc_string or "") if result is not None else ""


def test_a_job_past_its_timeout_is_stopped_retried_then_failed_and_the_worker_goes_on(
    db: Engine, database_url: str, tmp_path: Path
) -> None:
    redis = flushed(REDIS_URL)
    queue = Queue("default", connection=redis)
    slow = queue.enqueue("tests.rq_workers.sleeping_job", 60, job_timeout=1,
                         retry=Retry(max=1))  # fmt: skip
    after = queue.enqueue("tests.rq_workers.quick_job", "next", job_timeout=30)
    worker = Worker(worker_env(database_url, REDIS_URL, tmp_path / "w"), burst=True)
    log = worker.wait(timeout=120)  # a burst worker ends once the queue is empty

    assert worker.process.returncode == 0, log  # the same process ran every job
    slow.refresh()
    assert slow.get_status() == JobStatus.FAILED, log
    assert slow.retries_left == 0  # run twice: once, then its one retry
    assert "JobTimeoutException" in _failure(slow), log
    assert after.get_status() == JobStatus.FINISHED
    assert after.return_value() == "next"


def test_a_job_no_alarm_reaches_is_failed_by_the_watchdog_which_ends_the_worker(
    db: Engine, database_url: str, tmp_path: Path
) -> None:
    redis = flushed(REDIS_URL)
    queue = Queue("default", connection=redis)
    deaf = queue.enqueue("tests.rq_workers.deaf_job", 120, job_timeout=1)
    env = worker_env(database_url, REDIS_URL, tmp_path / "w", JOB_TIMEOUT_GRACE="2")
    worker = Worker(env)
    try:
        until(lambda: worker.process.poll() is not None, timeout=60,
              what="the watchdog to end the worker")  # fmt: skip
        log = worker.output()
        assert worker.process.returncode == 70, log
        # Nothing of it is left: RQ's scheduler child (--with-scheduler) ends with it.
        until(lambda: not _group_alive(worker.process.pid), timeout=15,
              what="the worker's scheduler child to end")  # fmt: skip
        assert deaf.get_status() == JobStatus.FAILED, log
        assert "stopped by the watchdog" in _failure(deaf)
        assert deaf.id not in queue.started_job_registry.get_job_ids()
    finally:
        worker.stop()

    # With retries left, the watchdog queues it again (RQ's scheduler runs it later);
    # the next worker (the pool starts one) takes the next job.
    retried = queue.enqueue("tests.rq_workers.deaf_job", 120, job_timeout=1,
                            retry=Retry(max=2))  # fmt: skip
    worker = Worker(env)
    try:
        until(lambda: worker.process.poll() is not None, timeout=60,
              what="the watchdog to end the worker")  # fmt: skip
        assert worker.process.returncode == 70, worker.output()
        retried.refresh()
        assert retried.retries_left == 1
        assert retried.get_status() in (JobStatus.QUEUED, JobStatus.SCHEDULED)
    finally:
        worker.stop()
    queue.empty()
    after = queue.enqueue("tests.rq_workers.quick_job", "next", job_timeout=30)
    worker = Worker(env, burst=True)
    log = worker.wait(timeout=120)
    assert after.get_status() == JobStatus.FINISHED, log


def _group_alive(group: int) -> bool:
    """Whether any process of the worker's process group (its own session) still runs."""
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
