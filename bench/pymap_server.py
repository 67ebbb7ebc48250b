"""A real IMAP server on loopback: pymap (in memory, in a subprocess), as the mail tests
(tests/mail_fakes.py) and the email benchmark (bench/email_bench.py) both deliver through.

No pytest here: the benchmark runs without it.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

USER, PASSWORD = "rfq", "rfq-secret"  # pymap's demo user; loopback only

# A cold interpreter importing pymap on this 2-core machine shared by a full suite has
# taken more than the 10 s the first version of the tests' fixture waited.
PYMAP_STARTUP_SECONDS = 90.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _imap_greets(port: int) -> bool:
    """An IMAP server answers on `port` with its greeting (`* OK …`), not merely a socket
    that accepts: something else may hold a port `free_port()` handed out a moment ago."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.settimeout(5)
            return sock.recv(64).startswith(b"* OK")
    except OSError:
        return False


def launch_pymap(
    log_dir: Path, pick_port: Callable[[], int] = free_port
) -> tuple[subprocess.Popen[bytes], int, Path]:
    """A pymap process on a free port, started and not waited for: (process, port, its log).
    Its output goes to a file, never to an unread pipe that would block it once full."""
    port = pick_port()
    log_path = log_dir / f"pymap-{port}.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "pymap"),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-tls",
                "dict",
                "--demo-user",
                USER,
                "--demo-password",
                PASSWORD,
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    return server, port, log_path


def greets_in_time(server: subprocess.Popen[bytes], port: int, started: float) -> bool:
    """The process greets as IMAP on `port` while it lives, within PYMAP_STARTUP_SECONDS of
    `started` (time.monotonic())."""
    while server.poll() is None and time.monotonic() - started < PYMAP_STARTUP_SECONDS:
        if _imap_greets(port) and server.poll() is None:
            return True
        time.sleep(0.1)
    return False


def start_pymap(
    log_dir: Path, pick_port: Callable[[], int] = free_port, attempts: int = 3
) -> tuple[subprocess.Popen[bytes], int]:
    """pymap on a free port, returned once it greets as IMAP: it waits on readiness (the
    greeting, while the process lives, up to PYMAP_STARTUP_SECONDS), not on a count of
    tries, and starts again on another port when the process exits first (its port taken
    between the pick and its bind)."""
    failures = []
    for _ in range(attempts):
        server, port, log_path = launch_pymap(log_dir, pick_port)
        started = time.monotonic()
        if greets_in_time(server, port, started):
            return server, port
        stop_pymap(server)
        failures.append(
            f"port {port}, exit {server.returncode} after {time.monotonic() - started:.1f} s: "
            + log_path.read_text(errors="replace")[-2000:]
        )
    raise RuntimeError("pymap did not start:\n" + "\n".join(failures))


def stop_pymap(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
