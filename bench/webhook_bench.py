"""Webhook benchmark: signed inbound WhatsApp webhooks against gunicorn on this machine.

1. Mostrador's `POST /webhooks/whatsapp` (signature check, store once, enqueue on Redis,
   empty TwiML) and, in the same run and under the same gunicorn settings, a bare
   Flask endpoint that only answers TwiML: requests/s achieved and acknowledgement
   latency p50/p99 at an offered 50 and 200 requests/s (open loop, fixed schedule).
2. Conversation turns/s: the messages queued by step 1 handled by one `rq worker`
   (matching, pricing, availability, replies to the simulator sender).

Everything runs on loopback; request loops are bounded in count and time.

    python bench/webhook_bench.py [--postgres URL] [--seconds 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import queue
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import redis
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import machine, update_section  # noqa: E402
from bot import migrate  # noqa: E402
from bot.db import make_engine  # noqa: E402
from bot.demo.writer import write_demo  # noqa: E402
from bot.erp.importer import import_folder  # noqa: E402

BIN = Path(sys.executable).parent
TOKEN = "bench-token"  # noqa: S105 (signs loopback requests in this benchmark only)
PUBLIC = "http://127.0.0.1"
LINES = [
    "20 rodamientos 6204 2rs skf",
    "hex bolt din 933 m8x40 zp x 500",
    "correa a42 gates x 2",
    'valvula bola bronce 1/2" npt (10 un)',
    "disco de corte 115x1.0 inox norton x 50",
    "hola",
    "cable thhn 12 awg rojo 100 mts",
    "electrodo 6011 1/8 indura x 20 kg",
]
PHONES = ["+56912345001", "+14155550101", "+51987654004", "+17135550105"] + [
    f"+5698800{n:04d}" for n in range(60)
]

BARE_APP = """
from flask import Flask, Response
app = Flask(__name__)
@app.post("/webhooks/whatsapp")
def ack():
    return Response('<?xml version="1.0" encoding="UTF-8"?><Response />', mimetype="text/xml")
"""


def gunicorn(app: str, port: int, env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "--workers",
            "2",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            app,
        ],
        env=env,
        cwd=cwd,
    )
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).connect()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"gunicorn for {app} did not start")


def load(port: int, rate: int, seconds: float, sids: list[int]) -> dict[str, float]:
    """Offer `rate` signed requests/s for `seconds`; return achieved rate and latency."""
    validator = RequestValidator(TOKEN)
    url = f"{PUBLIC}:{port}/webhooks/whatsapp"
    total = int(rate * seconds)
    start = time.perf_counter() + 0.2
    schedule: queue.Queue[float | None] = queue.Queue()
    for i in range(total):
        schedule.put(start + i / rate)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    rng = random.Random(rate)

    def client() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while True:
            try:
                due = schedule.get_nowait()
            except queue.Empty:
                break
            if due is None:
                break
            with lock:
                sids[0] += 1
                sid = f"SMbench{sids[0]:026d}"
            phone = rng.choice(PHONES)
            params = {
                "MessageSid": sid,
                "AccountSid": "AC" + "1" * 32,
                "From": f"whatsapp:{phone}",
                "To": "whatsapp:+14155238886",
                "Body": rng.choice(LINES),
                "NumMedia": "0",
            }
            body = urllib.parse.urlencode(params)
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": validator.compute_signature(url, params),
            }
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            sent = time.perf_counter()
            try:
                connection.request("POST", "/webhooks/whatsapp", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            with lock:
                if ok:
                    latencies.append((time.perf_counter() - sent) * 1000)
                else:
                    errors += 1

    threads = [threading.Thread(target=client) for _ in range(min(64, max(8, rate // 4)))]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 60)
    elapsed = time.perf_counter() - max(began, start)
    latencies.sort()
    return {
        "offered": rate,
        "achieved": len(latencies) / elapsed if elapsed > 0 else 0.0,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p99": latencies[int(len(latencies) * 0.99) - 1] if latencies else float("nan"),
        "errors": errors,
        "sent": total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    engine = make_engine(args.postgres)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    migrate.upgrade(engine)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "erp"
        print("loading the demo catalog (2,500 products) ...", flush=True)
        write_demo(folder, products=2500, seed=7, today=dt.date(2026, 11, 25))
        import_folder(engine, folder)
        r = redis.Redis.from_url(args.redis)
        r.flushdb()
        env = {
            **os.environ,
            "DATABASE_URL": args.postgres,
            "REDIS_URL": args.redis,
            "TWILIO_AUTH_TOKEN": TOKEN,
            "MOSTRADOR_INSTANCE": str(Path(tmp) / "inst"),
            "PUBLIC_BASE_URL": f"{PUBLIC}:5101",
        }
        env.pop("TWILIO_ACCOUNT_SID", None)  # replies go to the simulator sender
        (Path(tmp) / "bare_app.py").write_text(BARE_APP)
        ours = gunicorn("bot:create_app()", 5101, env, ROOT)
        bare = gunicorn("bare_app:app", 5102, {**os.environ}, Path(tmp))
        rows = []
        sids = [0]
        try:
            for rate in (50, 200):
                for label, port in (("Mostrador webhook", 5101), ("bare Flask endpoint", 5102)):
                    print(f"{label} at {rate} req/s for {args.seconds:g} s ...", flush=True)
                    result = load(port, rate, args.seconds, sids)
                    print(f"  {result}", flush=True)
                    rows.append((label, result))
        finally:
            for process in (ours, bare):
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=30)
        queued = r.llen("rq:queue:default")
        print(f"{queued} conversation jobs queued; one rq worker handles them ...", flush=True)
        started = time.perf_counter()
        worker = subprocess.run(
            [
                str(BIN / "rq"),
                "worker",
                "-w",
                "workers.worker.Worker",
                "--burst",
                "--url",
                args.redis,
                "default",
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        worker_seconds = time.perf_counter() - started
        if worker.returncode != 0:
            raise SystemExit(worker.stderr[-3000:])
        with engine.connect() as conn:
            turns = conn.execute(
                sa.text(
                    "SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'processed'"
                )
            ).scalar_one()
            replies = conn.execute(
                sa.text("SELECT count(*) FROM messages WHERE direction = 'out' AND status = 'sent'")
            ).scalar_one()
        r.flushdb()
    with engine.begin() as conn:  # leave the shared test database empty
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()

    lines = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        "",
        "gunicorn 2 workers × 4 threads for both apps; Mostrador on PostgreSQL with REDIS_URL "
        f"set (store + enqueue); signed requests from {len(PHONES)} numbers, open loop, "
        f"{args.seconds:g} s per rate, load generator on the same 2 cores.",
        "",
        "| endpoint | offered | achieved | ack p50 | ack p99 | errors |",
        "|---|---|---|---|---|---|",
    ]
    for label, res in rows:
        lines.append(
            f"| {label} | {res['offered']} req/s | {res['achieved']:.0f} req/s | "
            f"{res['p50']:.1f} ms | {res['p99']:.1f} ms | {int(res['errors'])} |"
        )
    lines += [
        "",
        f"Conversation turns through one `rq worker`: {turns} turns and {replies} "
        f"replies in {worker_seconds:.1f} s = {turns / worker_seconds:.1f} turns/s "
        "(worker start-up and matcher index build included).",
    ]
    update_section("webhook", "WhatsApp webhook (`bench/webhook_bench.py`)", lines)
    print("results written to bench/RESULTS.md")


if __name__ == "__main__":
    main()
