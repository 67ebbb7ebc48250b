"""The RQ worker class for Mostrador (Procfile: `rq worker-pool -w workers.worker.Worker`).

It runs every job in its own process, one after another (RQ's `SimpleWorker`): no fork
per job, so a job starts warm — the app, its database connections with their compiled
SQL, the Jinja templates, the Twilio HTTP client and the matcher's index are built
once per process and kept (issue #19: 133-160 ms of CPU per turn forking, ~30 ms not).
A job still ends at its timeout (RQ's SIGALRM); a job stuck where no signal reaches
it is ended by the watchdog, which ends the whole process after the timeout and a
grace period, as a SIGKILL would: its transaction rolls back, the sweeps redo the work
(every job's work is a row first), and `rq worker-pool` (or the platform) starts a
new worker.

It also outlives a Redis outage. RQ's own loop retries while it waits for a job, but
a connection error anywhere else (the heartbeat, a state change, sign-off) ends
`work()` and `rq worker` exits. Here the worker waits for Redis to answer again and
goes back to work; jobs that a dying connection cut short are found by the sweeps
(workers/sweeps.py), since every job's work is a row first.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from typing import Any

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import SimpleWorker
from rq.job import Job
from rq.queue import Queue

from workers import jobs
from workers.app import job_app

log = logging.getLogger(__name__)
MAX_WAIT = 30.0  # seconds between two attempts to reach Redis again
GRACE = 60.0  # seconds past a job's timeout before the watchdog ends the process

jobs.check()  # a job that names no function stops the worker at start, not at 3 a.m.


class Worker(SimpleWorker):
    _job_deadline: float | None = None  # monotonic time the running job must end by

    def work(self, *args: Any, **kwargs: Any) -> bool:
        from bot.matching.service import current_index

        app = job_app()
        with app.app_context():
            current_index()
        threading.Thread(target=self._watchdog, name="job-watchdog", daemon=True).start()
        worked = False
        while True:
            try:
                return bool(super().work(*args, **kwargs)) or worked
            except (RedisConnectionError, RedisTimeoutError) as exc:
                if self._stop_requested or kwargs.get("burst"):
                    raise
                log.error("Redis unreachable (%s): waiting for it, then back to work", exc)
                worked = True
                self._wait_for_redis()

    def perform_job(self, job: Job, queue: Queue, *args: Any, **kwargs: Any) -> bool:
        timeout = job.timeout or self.queue_class.DEFAULT_TIMEOUT
        if timeout and timeout > 0:
            self._job_deadline = time.monotonic() + timeout + GRACE
        try:
            return bool(super().perform_job(job, queue, *args, **kwargs))
        finally:
            self._job_deadline = None

    def _watchdog(self) -> None:
        while True:
            time.sleep(1.0)
            deadline = self._job_deadline
            if deadline is not None and time.monotonic() > deadline:
                log.critical("a job ran %.0f s past its timeout: ending the worker", GRACE)
                os._exit(70)

    def _wait_for_redis(self) -> None:
        pause = 1.0
        while not self._stop_requested:
            try:
                self.connection.ping()
                break
            except RedisError:
                time.sleep(pause)
                pause = min(pause * 2, MAX_WAIT)
        # A Redis that kept its data still lists us as alive: sign off to sign in again.
        with contextlib.suppress(RedisError):
            self.register_death()
        log.info("Redis answers again: back to work")
