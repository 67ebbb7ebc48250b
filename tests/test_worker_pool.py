"""The Procfile's worker pool (`python -m workers.pool`): the app and the matcher's index
are loaded once, in the pool's parent, and its forked workers run jobs with that index
(one copy of its pages for the whole pool, not one per worker; issue #19)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rq import Queue
from rq.job import JobStatus
from sqlalchemy.engine import Engine

from tests.rq_workers import flushed, worker_env

pytestmark = pytest.mark.server

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def test_the_pools_workers_run_jobs_with_the_index_their_parent_loaded_before_forking(
    db: Engine, database_url: str, tmp_path: Path
) -> None:
    redis = flushed(REDIS_URL)
    queue = Queue("default", connection=redis)
    jobs = [queue.enqueue("tests.rq_workers.index_origin", job_timeout=60) for _ in range(6)]
    env = worker_env(database_url, REDIS_URL, tmp_path / "w")
    pool = subprocess.Popen(
        [sys.executable, "-m", "workers.pool", "-n", "2", "--burst",
         "-w", "workers.worker.Worker", "--url", REDIS_URL, "default"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        log = pool.communicate(timeout=180)[0][-3000:]
    finally:
        pool.kill()

    assert pool.returncode == 0, log
    origins = []
    for job in jobs:
        assert job.get_status(refresh=True) == JobStatus.FINISHED, log
        origins.append(tuple(job.return_value()))
    workers = {worker for worker, _ in origins}
    assert pool.pid not in workers  # run by the forked workers ...
    assert {installed_by for _, installed_by in origins} == {pool.pid}  # ... with its index


def test_a_stop_reaches_the_worker_waiting_for_a_job_and_it_stops_at_once(
    db: Engine, database_url: str, tmp_path: Path
) -> None:
    """SIGTERM/SIGINT go to the main thread (the one waiting on Redis): RQ's pubsub thread
    and the watchdog block them, so the kernel never hands them one the main thread would
    not see until its read timed out (a deploy's stop waited minutes, or for SIGKILL)."""
    import signal
    import time

    from rq import Worker as RQWorker

    from tests.rq_workers import Worker, until

    redis = flushed(REDIS_URL)
    worker = Worker(worker_env(database_url, REDIS_URL, tmp_path / "w"))
    try:
        until(lambda: len(RQWorker.all(connection=redis)) == 1, timeout=90,
              what="the worker to wait for jobs")  # fmt: skip
        until(lambda: len(_threads(worker.process.pid)) >= 3, timeout=30,
              what="its pubsub thread and watchdog")  # fmt: skip
        main, *others = _threads(worker.process.pid)
        stops = (1 << (signal.SIGINT - 1)) | (1 << (signal.SIGTERM - 1))
        assert main[1] & stops == 0
        assert all(blocked & stops == stops for _, blocked in others), others
        started = time.monotonic()
        os.kill(worker.process.pid, signal.SIGTERM)
        os.kill(worker.process.pid, signal.SIGINT)  # the pool passes a stop on: a second one
        worker.process.wait(timeout=30)
        assert time.monotonic() - started < 15, worker.output()
    finally:
        worker.stop()


def _threads(pid: int) -> list[tuple[int, int]]:
    """(thread id, its blocked signals mask) of each thread of `pid`, the main one first."""
    found = []
    for task in sorted(Path(f"/proc/{pid}/task").iterdir(), key=lambda t: int(t.name)):
        status = (task / "status").read_text().splitlines()
        blocked = next(line.split()[1] for line in status if line.startswith("SigBlk:"))
        found.append((int(task.name), int(blocked, 16)))
    return found
