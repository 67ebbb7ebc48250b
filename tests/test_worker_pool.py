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
