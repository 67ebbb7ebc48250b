"""The RQ worker class for Mostrador (Procfile: `python -m workers.pool -w workers.worker.Worker`,
RQ's worker pool with the app and matcher index loaded before it forks).

It runs every job in its own process, one after another (RQ's `SimpleWorker`): no fork
per job, so a job starts warm — the app, its database connections with their compiled
SQL, the Jinja templates, the Twilio HTTP client and the matcher's index are built
once per process and kept (issue #19: 133-160 ms of CPU per turn forking, ~30 ms not).
A job still ends at its timeout (RQ's SIGALRM): RQ fails it (or retries it, as its
`Retry` says) and the worker takes the next job. A job stuck where no signal reaches
it (a blocked C call, SIGALRM masked) is ended by the watchdog once it is GRACE
seconds past its timeout, as RQ's forking worker ends a work horse: the job is failed
or retried in Redis the same way ("stopped by the watchdog"), then the whole process
exits (code 70): its transaction rolls back, the sweeps redo the work (every job's
work is a row first), and `rq worker-pool` (or the platform) starts a new worker.
Tested with a real `rq worker` (tests/test_worker_timeouts.py).

It also outlives a Redis outage. RQ's own loop retries while it waits for a job, but
a connection error anywhere else (the heartbeat, a state change, sign-off) ends
`work()` and `rq worker` exits. Here the worker waits for Redis to answer again and
goes back to work; jobs that a dying connection cut short are found by the sweeps
(workers/sweeps.py), since every job's work is a row first.

And it spares Redis round trips RQ's loop spends on bookkeeping (issue #19: 20 a job,
~15 % of a turn's CPU): RQ beats the worker's heartbeat (3 commands, 3 round trips) up
to five times a job, each asking for its key to live `worker_ttl + 60` s (or the job's
timeout + 60 s) from now. Here a beat goes out only when the last one does not already
keep the key alive that long, give or take HEARTBEAT_SLACK seconds (far less than the
60 s RQ leaves in hand), as one pipelined round trip; "the last one" is the last beat
Redis took (a beat whose pipeline failed is sent again next time); and the state
(`idle`) is not written again when it has not changed; and whether `rq suspend`
suspended the workers is asked at most once every SUSPENSION_EVERY seconds, not before
every job (a suspension takes effect within that second). Jobs, their executions and
registries are recorded exactly as RQ records them: 9 round trips a job instead of 20
when jobs follow each other (tests/test_worker_bookkeeping.py: dequeue, job read,
execution started, job started with the beat, job heartbeat, dependents watched and
read, job finished, state; and the suspension check once a second).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
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
# Seconds past a job's timeout before the watchdog ends the process (RQ's forking
# worker also waits 60 s before it kills a work horse that ignored the alarm).
GRACE = float(os.environ.get("JOB_TIMEOUT_GRACE", "60"))
WATCHDOG_EXIT = 70
HEARTBEAT_SLACK = 10.0  # seconds a worker's key may expire earlier than RQ asked
SUSPENSION_EVERY = 1.0  # seconds between two looks at `rq suspend`'s key

jobs.check()  # a job that names no function stops the worker at start, not at 3 a.m.


@contextlib.contextmanager
def _stop_signals_to_main_thread() -> Iterator[None]:
    """Threads started in this block never take SIGINT or SIGTERM (they inherit the mask).

    Linux hands a signal sent to the process to any thread that does not block it. One
    handed to RQ's pubsub thread or the watchdog only sets Python's flag: the main thread,
    blocked reading Redis for the next job, is not woken, so a stop (`rq worker-pool`
    passing on a deploy's SIGTERM) waited for the read to time out, minutes later, or
    for SIGKILL. With the mask, the kernel wakes the main thread, which stops at once."""
    stops = {signal.SIGINT, signal.SIGTERM}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, stops)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class Worker(SimpleWorker):
    _job_deadline: float | None = None  # monotonic time the running job must end by
    _running: tuple[Any, ...] | None = None  # (job, queue, *execution) of that job
    _alive_until = 0.0  # monotonic time the last heartbeat that reached Redis keeps the key
    _beat_queued: float | None = None  # the same for a beat queued on a caller's pipeline
    _suspension_checked = float("-inf")  # monotonic time `rq suspend` was last found off

    def heartbeat(self, timeout: int | None = None, pipeline: Any = None) -> None:
        ttl = timeout or self.worker_ttl + 60
        at = time.monotonic()
        if at + ttl - HEARTBEAT_SLACK <= self._alive_until:
            return  # the last beat that reached Redis keeps the key alive (nearly) that long
        if pipeline is not None:
            # The caller executes its pipeline later, or fails to: the deadline moves only
            # once it has (_beats_on_pipelines; a beat on any other pipeline never moves it).
            super().heartbeat(ttl, pipeline=pipeline)
            self._beat_queued = at + ttl
            return
        with self.connection.pipeline(transaction=False) as beat:
            super().heartbeat(ttl, pipeline=beat)
            beat.execute()
        self._alive_until = at + ttl  # only now: a beat that failed is sent again

    def prepare_job_execution(self, job: Job, *args: Any, **kwargs: Any) -> None:
        with self._beats_on_pipelines():
            super().prepare_job_execution(job, *args, **kwargs)

    def check_for_suspension(self, burst: bool) -> None:
        if time.monotonic() - self._suspension_checked < SUSPENSION_EVERY:
            return  # asked a moment ago (RQ asks before every job: a round trip each)
        with self._beats_on_pipelines():  # RQ's `is_suspended` beats on its pipeline too
            super().check_for_suspension(burst)
        self._suspension_checked = time.monotonic()  # not suspended (any more)

    @contextlib.contextmanager
    def _beats_on_pipelines(self) -> Iterator[None]:
        """Moves the deadline to a beat queued on a pipeline once the caller has executed
        its pipelines and returned; not if it raised (Redis refused or went away)."""
        self._beat_queued = None
        yield
        self._alive_until = max(self._alive_until, self._beat_queued or 0.0)
        self._beat_queued = None

    def set_state(self, state: str, pipeline: Any = None) -> None:
        if pipeline is None and state == self._state:
            return  # written when it changed; nothing else writes it
        super().set_state(state, pipeline=pipeline)

    def subscribe(self) -> None:
        with _stop_signals_to_main_thread():  # RQ's pubsub thread lives as long as we do
            super().subscribe()

    def register_birth(self) -> None:
        self._alive_until, self._beat_queued = 0.0, None  # a new key: the next beat goes out
        super().register_birth()

    def register_death(self) -> None:
        self._alive_until, self._beat_queued = 0.0, None
        super().register_death()

    def work(self, *args: Any, **kwargs: Any) -> bool:
        from bot.matching.service import current_index

        app = job_app()
        with app.app_context():
            current_index()
        with _stop_signals_to_main_thread():
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
            self._running = (job, queue, *args)
            self._job_deadline = time.monotonic() + timeout + GRACE
        try:
            return bool(super().perform_job(job, queue, *args, **kwargs))
        finally:
            self._job_deadline = self._running = None

    def _watchdog(self) -> None:
        while True:
            time.sleep(min(1.0, max(GRACE / 2, 0.1)))
            deadline, running = self._job_deadline, self._running
            if deadline is not None and running is not None and time.monotonic() > deadline:
                job, queue, *execution = running
                log.critical("job %s ran %.0f s past its timeout: ending the worker", job.id, GRACE)
                why = f"stopped by the watchdog: {GRACE:.0f} s past its {job.timeout} s timeout"
                try:  # failed, or queued again by its Retry: as RQ ends a stuck work horse
                    more = {"execution": execution[0]} if execution else {}
                    self.handle_job_failure(job, queue=queue, exc_string=why, **more)
                except Exception:  # Redis down too: the started registry's cleanup fails it
                    log.exception("could not record job %s as failed", job.id)
                self._end_scheduler()
                with contextlib.suppress(Exception):  # not left listed as alive until it expires
                    self.register_death()
                os._exit(WATCHDOG_EXIT)

    def _end_scheduler(self) -> None:
        """End RQ's scheduler, a child forked by `--with-scheduler`: `os._exit` skips RQ's
        teardown, and the orphan would live on holding the scheduler's lock."""
        process = getattr(self.scheduler, "_process", None) if self.scheduler else None
        if process is None or not process.pid:
            return
        with contextlib.suppress(OSError):
            os.kill(process.pid, signal.SIGTERM)  # it releases its locks and stops
        process.join(timeout=5)
        if process.is_alive():
            with contextlib.suppress(OSError):
                os.kill(process.pid, signal.SIGKILL)

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
