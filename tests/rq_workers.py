"""Real `rq worker` processes for the fault tests: started as the Procfile starts them
(with the scheduler), killed with SIGKILL as a crashed machine would kill them."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
import redis

from tests.twilio_fakes import OUR_NUMBER, PUBLIC, TOKEN

RQ = str(Path(sys.executable).parent / "rq")


def worker_env(database_url: str, redis_url: str, instance: Path, **more: str) -> dict[str, str]:
    """The environment a production worker has, pointed at the test's services."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PUBLIC_BASE_URL": PUBLIC,
        "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
        "MOSTRADOR_INSTANCE": str(instance),
        **more,
    }


class Worker:
    """`rq worker --with-scheduler -w workers.worker.Worker default`, in its own process group
    (so SIGKILL takes the work horse it forked too)."""

    def __init__(self, env: Mapping[str, str], *, burst: bool = False) -> None:
        args = [RQ, "worker", "--with-scheduler", "-w", "workers.worker.Worker"]
        args += ["--burst"] if burst else []
        args += ["--url", env["REDIS_URL"], "default"]
        # Its log goes to a file: a pipe nobody reads would fill and stop the worker.
        self.log = tempfile.NamedTemporaryFile(prefix="rq-worker-", suffix=".log")  # noqa: SIM115
        self.process = subprocess.Popen(
            args,
            env=dict(env),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self) -> None:
        """SIGKILL the worker and its work horse: no handler runs, nothing is cleaned up."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._close()

    def wait(self, timeout: float = 180) -> str:
        """Wait for a burst worker to finish; the end of its log (for assertion messages)."""
        self.process.wait(timeout=timeout)
        text = self.output()
        self._close()
        return text

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        """Kill what is left of the worker's process group (a child it forked may outlive it)."""
        if self.process.poll() is None:
            self.kill()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self._close()

    def _close(self) -> None:
        if not self.log.closed:
            self.log.close()


def flushed(url: str) -> redis.Redis:
    """A Redis client on an emptied test database; the test fails if Redis is down."""
    client = redis.Redis.from_url(url)
    try:
        client.flushdb()
    except redis.RedisError as exc:  # a service test fails, never skips
        pytest.fail(f"Redis at {url} is not reachable: {exc}")
    return client


def until(check: Callable[[], object], timeout: float = 60, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


class RedisServer:
    """A redis-server of the test's own, on a free port, that the test stops and starts
    (the machine's Redis is never touched). Nothing is persisted: a restart is empty,
    as a Redis that lost its memory would be."""

    def __init__(self, tmp: Path) -> None:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.dir = tmp
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url)
        until(lambda: _pings(client), timeout=20, what="redis-server to start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False


# --- jobs for the timeout tests (a worker imports them by path) ----------------------------
def sleeping_job(seconds: float) -> str:
    """A job that runs past its timeout: RQ's alarm (SIGALRM) interrupts the sleep."""
    time.sleep(seconds)
    return "woke"


def deaf_job(seconds: float) -> str:
    """A job no alarm reaches (SIGALRM blocked, as a C call stuck in a driver would be):
    only the worker's watchdog ends it."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(seconds)
    return "woke"


def quick_job(value: str) -> str:
    return value


def worker_key_ttl() -> int:
    """Seconds the running worker's key has left in Redis (RQ reads a worker whose key
    expired as dead)."""
    from rq import get_current_job

    job = get_current_job()
    assert job is not None
    return int(job.connection.ttl(f"rq:worker:{job.worker_name}"))


def index_origin() -> tuple[int, int | None]:
    """(this worker's pid, the pid of the process that put its matcher index in place)."""
    from bot.matching.service import EXTENSION, current_index
    from workers.app import job_app

    app = job_app()
    with app.app_context():
        current_index()
        return os.getpid(), app.extensions[EXTENSION].installed_by
