"""Inbox live updates at 50 sellers: polling every 4 s vs server-sent events.

Each of `--sellers` signed-in sellers keeps the inbox open on a conversation. Polling:
every 4 s it fetches the list rows and the thread (the console as shipped). SSE: it
holds one `/console/stream` open (bench/inbox_wsgi.py), which checks for a change once
a second and pushes the same fragments when there is one. Meanwhile customers write
(one inbound message every 2 s somewhere). Both modes use the same database; gunicorn
runs 2 workers × 4 threads for polling (the Procfile's) and × 32 for SSE (a stream holds
a thread). We report the server's CPU seconds per wall second, request latency, bytes
sent and how soon a new message was on some seller's screen.

    python bench/inbox_bench.py [--postgres URL] [--sellers 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import machine, update_section  # noqa: E402
from bot import handoff, migrate  # noqa: E402
from bot.db import make_engine, session_scope  # noqa: E402
from bot.demo.writer import write_demo  # noqa: E402
from bot.erp.importer import import_folder  # noqa: E402
from bot.models import Conversation, Message  # noqa: E402
from bot.users import add_user  # noqa: E402

BIN = Path(sys.executable).parent
PASSWORD = "bench-password"  # noqa: S105 (loopback sellers of this benchmark only)
PERIOD = 4.0
# Polling runs on the Procfile's gunicorn (2 workers x 4 threads); a stream holds a
# thread for as long as the page is open, so SSE needs a thread per open page.
THREADS = {"polling": 4, "sse": 32}


def setup(url: str, folder: Path, conversations: int, sellers: int) -> list[int]:
    """A migrated database with the demo catalog, sellers and conversations; their ids."""
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    migrate.upgrade(engine)
    today = dt.date(2026, 11, 25)
    write_demo(folder, products=2000, seed=7, today=today)
    import_folder(engine, folder)
    now = dt.datetime.now(dt.UTC)
    ids = []
    with Session(engine) as session:
        for n in range(sellers):
            add_user(session, f"seller{n:02d}@bench.example", role="seller", password=PASSWORD,
                     name=f"Seller {n:02d}", now=now, actor="bench")  # fmt: skip
        customers = [c for (c,) in session.execute(sa.text("SELECT customer_id FROM customers"))]
        for n in range(conversations):
            started = now - dt.timedelta(minutes=5 * n)
            c = Conversation(
                channel="whatsapp", address=f"whatsapp:+5699{n:07d}",
                customer_id=customers[n % len(customers)], contact_name=f"Buyer {n}",
                created_at=started, updated_at=started,
            )  # fmt: skip
            session.add(c)
            session.flush()
            for k in range(12):
                session.add(Message(conversation_id=c.id or 0, direction="in" if k % 2 else "out",
                                    author="customer" if k % 2 else "bot",
                                    body=f"mensaje {k}: 20 rodamientos 6204 2rs skf, ¿stock?",
                                    status="sent", created_at=started))  # fmt: skip
            if n % 3 == 0:  # a third of them wait for a person
                handoff.flag(session, c, handoff.QueueReason.ASKED_FOR_SELLER, started)
            ids.append(c.id or 0)
        session.commit()
    engine.dispose()
    return ids


def serve(env: dict[str, str], port: int, threads: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "--workers", "2", "--worker-class", "gthread", "--threads",
         str(threads), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
         "--graceful-timeout", "3", "bench.inbox_wsgi:app"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    for _ in range(150):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).connect()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("gunicorn did not start")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of `pid` and its children (the gunicorn workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


class Browser:
    """One seller's cookies."""

    def __init__(self, port: int, email: str) -> None:
        self.port, self.cookie = port, ""
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        page = self.get("/console/login")[1]
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert token, "no CSRF token on the sign-in page"
        body = urllib.parse.urlencode(
            {"csrf_token": token.group(1), "email": email, "password": PASSWORD}
        )
        status, _ = self.request("POST", "/console/login", body)
        assert status == 302, f"sign-in refused: {status}"

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, str]:
        headers = {"Cookie": self.cookie}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.fresh()  # one connection per request: no idle keep-alive holding a thread
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read().decode()
        for value in response.headers.get_all("Set-Cookie") or []:
            self.cookie = value.split(";", 1)[0]
        return response.status, data

    def fresh(self) -> None:
        self.connection.close()
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def get(self, path: str) -> tuple[int, str]:
        return self.request("GET", path)


def customers_write(url: str, ids: list[int], seconds: float) -> None:
    """One inbound message every 2 s in a random conversation, its body stamped with
    the time it was written."""
    engine = make_engine(url)
    rng, ends = random.Random(3), time.monotonic() + seconds
    while time.monotonic() < ends:
        time.sleep(2)
        with session_scope(engine, write=True) as session:
            now = dt.datetime.now(dt.UTC)
            target = session.get(Conversation, rng.choice(ids))
            assert target is not None
            message = Message(
                conversation_id=target.id or 0, direction="in", author="customer",
                body=f"nuevo {time.time():.3f}", status="received", created_at=now,
            )  # fmt: skip
            target.updated_at = now
            session.add_all([message, target])
    engine.dispose()


def run(mode: str, port: int, pid: int, url: str, ids: list[int], sellers: int,
        seconds: float) -> dict[str, float]:  # fmt: skip
    browsers = [Browser(port, f"seller{n:02d}@bench.example") for n in range(sellers)]
    latencies: list[float] = []
    sent = [0]
    seen: dict[str, float] = {}  # a new message's stamp -> when a seller first saw it
    lock = threading.Lock()
    queue_ids = ids[::3]

    def watch(text: str) -> None:
        now = time.time()
        with lock:
            sent[0] += len(text)
            for found in re.findall(r"nuevo (\d+\.\d+)", text):
                seen.setdefault(found, now)

    def poller(n: int, browser: Browser) -> None:
        current = queue_ids[n % len(queue_ids)]
        next_at = time.monotonic() + PERIOD * n / sellers
        ends = time.monotonic() + seconds
        while next_at < ends:
            time.sleep(max(0.0, next_at - time.monotonic()))
            for path in (f"/console/queue/rows?view=all&current={current}",
                         f"/console/conversations/{current}/messages"):  # fmt: skip
                start = time.perf_counter()
                status, text = browser.get(path)
                with lock:
                    latencies.append(time.perf_counter() - start)
                assert status == 200, status
                watch(text)
            next_at += PERIOD

    def streamer(n: int, browser: Browser) -> None:
        current = queue_ids[n % len(queue_ids)]
        path = f"/console/stream?view=all&current={current}&seconds={seconds}"
        browser.fresh()
        start = time.perf_counter()
        browser.connection.request("GET", path, headers={"Cookie": browser.cookie})
        response = browser.connection.getresponse()
        assert response.status == 200, response.status
        first = True
        while chunk := response.read1(1 << 16):  # as soon as bytes arrive, as EventSource
            if first:
                with lock:
                    latencies.append(time.perf_counter() - start)
                first = False
            if os.environ.get("BENCH_DEBUG"):
                print(f"{time.perf_counter() - start:.2f} s: {len(chunk)} bytes")
            watch(chunk.decode(errors="replace"))

    before, wall, began = cpu_seconds(pid), time.monotonic(), time.time()
    threads = [threading.Thread(target=poller if mode == "polling" else streamer, args=(n, b))
               for n, b in enumerate(browsers)]  # fmt: skip
    threads.append(threading.Thread(target=customers_write, args=(url, ids, seconds)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cpu, wall = cpu_seconds(pid) - before, time.monotonic() - wall
    p99 = (statistics.quantiles(latencies, n=100)[98] if len(latencies) > 100
           else max(latencies, default=0.0))  # fmt: skip
    delays = [when - float(stamp) for stamp, when in seen.items() if float(stamp) >= began]
    return {
        "cpu_per_s": cpu / wall,
        "requests": len(latencies),
        "p50_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
        "p99_ms": p99 * 1000,
        "kb_per_s": sent[0] / 1024 / wall,
        "shown_s": statistics.median(delays) if delays else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="PostgreSQL URL (its public schema is dropped)")
    parser.add_argument("--sellers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--conversations", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.postgres or f"sqlite:///{tmp}/inbox.db"
        ids = setup(url, Path(tmp) / "erp", args.conversations, args.sellers)
        env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench-only-secret",
               "REDIS_URL": "", "CONSOLE_SIGNIN_LIMIT_ADDRESS": "10000 per minute",
               "PYTHONPATH": str(ROOT)}  # fmt: skip
        results = {}
        for mode, threads in THREADS.items():
            port = random.randint(20000, 40000)
            server = serve(env, port, threads)
            try:
                results[mode] = run(mode, port, server.pid, url, ids, args.sellers, args.seconds)
            finally:
                server.terminate()
                try:
                    server.wait(10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
    engine = "postgresql" if args.postgres else "sqlite"
    lines = [
        f"{args.sellers} sellers with the inbox open on a conversation for {args.seconds:.0f} s "
        f"each way, {args.conversations} conversations (a third waiting), one new inbound "
        f"message every 2 s; gunicorn 2 workers × 4 threads for polling (the Procfile's), "
        f"× 32 for SSE (a thread per open page); {engine}; {machine()}.",
        "",
        "| mode | server CPU (cores busy) | requests | p50 | p99 | sent "
        "| new message shown after |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode, r in results.items():
        lines.append(
            f"| {mode} | {r['cpu_per_s']:.2f} | {r['requests']} | {r['p50_ms']:.1f} ms | "
            f"{r['p99_ms']:.1f} ms | {r['kb_per_s']:.0f} KiB/s | {r['shown_s']:.1f} s |"
        )
    for line in lines:
        print(line)
    update_section("inbox", f"Inbox live updates (`bench/inbox_bench.py`, {engine})", lines)


if __name__ == "__main__":
    main()
