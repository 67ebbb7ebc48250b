"""The RQ worker class for Mostrador (Procfile: `rq worker -w workers.worker.Worker`).

It builds the app and the matcher's catalog index once, before forking work horses,
so each job starts warm; the index still follows imports (one cheap query per job).

It also outlives a Redis outage. RQ's own loop retries while it waits for a job, but
a connection error anywhere else (the heartbeat, a state change, sign-off) ends
`work()` and `rq worker` exits. Here the worker waits for Redis to answer again and
goes back to work; jobs that a dying connection cut short are found by the sweeps
(workers/sweeps.py), since every job's work is a row first.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Any

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import Worker as RQWorker

from workers import jobs
from workers.app import job_app

log = logging.getLogger(__name__)
MAX_WAIT = 30.0  # seconds between two attempts to reach Redis again

jobs.check()  # a job that names no function stops the worker at start, not at 3 a.m.


class Worker(RQWorker):
    def work(self, *args: Any, **kwargs: Any) -> bool:
        from bot.matching.service import current_index

        app = job_app()
        with app.app_context():
            current_index()
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
