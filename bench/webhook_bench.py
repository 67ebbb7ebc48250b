"""Webhook and worker benchmark (issue #19), on PostgreSQL and Redis, on this machine.

1. Acknowledgements: Mostrador's `POST /webhooks/whatsapp` (signature, one-statement
   store, enqueue, empty TwiML) under gunicorn as the Procfile runs it (gunicorn.conf.py:
   preloaded, warmed in post_fork), and in the same run a bare Flask endpoint under the
   same worker and thread counts: achieved rate, ack p50/p99 and CPU per request (all
   gunicorn processes' user+system time / requests) at an offered 50 and 200 req/s.
   Measuring starts once every gunicorn worker has answered /readyz (warm).
2. Turns: TURNS messages from NUMBERS known buyers (each adds an item: carts grow),
   queued through the webhook while no worker runs, then handled by `rq worker-pool`
   with 1, 2 and 4 worker processes (each warm before it takes a job): turns/s from the
   first reply to the last, CPU per turn (the pool's processes, and apart this database's
   PostgreSQL backends: the comparable figures on a shared machine), memory (PSS) of the
   pool at the end.
3. Stall after a sync: while 2 workers answer buyers' messages, a stock-only ERP import
   runs (`--stall-rate`, 5/s); webhook → reply latency (first reply's sent_at − the
   message's created_at) of the messages received after the import committed.

The machine is shared: its load average and this run's CPU times are reported.

    python bench/webhook_bench.py --postgres URL [--products 2500] [--keep] [--seconds 10]

At 100,000 products, load the catalog once and keep it and the matcher's index file (the
first worker process builds it, ~20 s CPU; every later one loads it):

    python bench/webhook_bench.py --postgres URL --products 100000 --keep \
        --folder /tmp/bench-100k/erp --instance /tmp/bench-100k/instance \
        --parts ack,turns --workers 1,2,4

`--no-write` prints the figures and leaves bench/RESULTS.md as it is (a loaded machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
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
from typing import Any

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
    "cable thhn 12 awg rojo 100 mts",
    "electrodo 6011 1/8 indura x 20 kg",
    "6205 2rs skf x 10",
    "10 rodamientos 6206 zz skf",
    "perno hexagonal m10x30 8.8 zincado x 100",
]
NUMBERS = [f"+5698800{n:04d}" for n in range(100)]
CUSTOMERS = ["C001", "C002", "C004", "C005"]

BARE_APP = """
from flask import Flask, Response
app = Flask(__name__)
@app.post("/webhooks/whatsapp")
def ack():
    return Response('<?xml version="1.0" encoding="UTF-8"?><Response />', mimetype="text/xml")
"""


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def gunicorn(app: str, port: int, env: dict[str, str], cwd: Path, *, ours: bool) -> Any:
    args = [str(BIN / "gunicorn"), "--workers", "2", "--threads", "4"]
    args += ["-c", str(ROOT / "gunicorn.conf.py")] if ours else []
    args += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning", app]
    return subprocess.Popen(args, env=env, cwd=cwd)


def wait_warm(port: int, workers: int, *, readyz: bool) -> None:
    """Until every gunicorn worker has answered /readyz 200 (or, bare: the port opens)."""
    seen: set[int] = set()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            if not readyz:
                conn.connect()
                return
            conn.request("GET", "/readyz")
            response = conn.getresponse()
            body = response.read()
            if response.status == 200:
                seen.add(json.loads(body)["pid"])
                if len(seen) >= workers:
                    return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"gunicorn on {port} never became ready ({len(seen)} warm workers)")


def cpu_seconds(root_pid: int) -> float:
    """User + system CPU of a process and its descendants (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)
        times[pid] = (int(fields[11]) + int(fields[12])) / tick
    total, stack = 0.0, [root_pid]
    while stack:
        pid = stack.pop()
        total += times.get(pid, 0.0)
        stack += children.get(pid, [])
    return total


def server_cpu(engine: Any, redis_client: redis.Redis) -> dict[int, float]:
    """CPU seconds so far of this database's PostgreSQL backends and of the Redis server
    (same host: /proc), by pid: what the app's statements and commands cost on the
    other side."""
    with engine.connect() as conn:
        pids = conn.execute(
            sa.text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        ).scalars()
        pids = [*pids, int(redis_client.info("server")["process_id"])]
    return {pid: cpu_seconds_of(pid) for pid in pids}


def cpu_seconds_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def backend_delta(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU used between two `server_cpu` snapshots (backends opened since count whole)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def post(port: int, validator: RequestValidator, phone: str, sid: str, body: str) -> Any:
    url = f"{PUBLIC}:{port}/webhooks/whatsapp"
    params = {"MessageSid": sid, "AccountSid": "AC" + "1" * 32, "From": f"whatsapp:{phone}",
              "To": "whatsapp:+14155238886", "Body": body, "NumMedia": "0"}  # fmt: skip
    return urllib.parse.urlencode(params), {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": validator.compute_signature(url, params),
    }


class Sids:
    def __init__(self) -> None:
        self.n = 0
        self.lock = threading.Lock()

    def next(self) -> str:
        with self.lock:
            self.n += 1
            return f"SMbench{self.n:026d}{os.getpid() % 1000:03d}"


def load(port: int, rate: float, count: int, sids: Sids, messages: list[tuple[str, str]],
         threads: int = 32, stop: threading.Event | None = None) -> dict[str, float]:  # fmt: skip
    """Offer `count` signed requests at `rate`/s (open loop), or until `stop` is set;
    achieved rate and latency."""
    validator = RequestValidator(TOKEN)
    start = time.perf_counter() + 0.2
    schedule: queue.Queue[tuple[float, str, str]] = queue.Queue()
    for i in range(count):
        phone, body = messages[i % len(messages)]
        schedule.put((start + i / rate, phone, body))
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            try:
                due, phone, text = schedule.get_nowait()
            except queue.Empty:
                break
            if stop is not None and stop.is_set():
                break
            body, headers = post(port, validator, phone, sids.next(), text)
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
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                if ok:
                    latencies.append((time.perf_counter() - sent) * 1000)
                else:
                    errors[0] += 1

    workers = [threading.Thread(target=client) for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "offered": rate,
        "achieved": len(latencies) / elapsed if elapsed > 0 else 0.0,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan"),
        "errors": errors[0],
    }


def reset_conversations(engine: Any) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text("TRUNCATE messages, conversations RESTART IDENTITY CASCADE"))


def backend_cpu(engine: Any) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend serving the bench database (from
    /proc: the server runs on this machine), by pid."""
    with engine.connect() as conn:
        pids = conn.execute(
            sa.text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()")
        ).scalars().all()  # fmt: skip
    tick, found = os.sysconf("SC_CLK_TCK"), {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / tick
    return found


def count(engine: Any, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text(sql)).scalar_one())


RQ_POOL = False  # --rq-pool: RQ's own `rq worker-pool` (each worker loads the index itself)


def pool(env: dict[str, str], redis_url: str, workers: int) -> Any:
    """The Procfile's worker pool: `python -m workers.pool` (the index loaded before the fork)."""
    log = tempfile.NamedTemporaryFile(prefix="bench-pool-", suffix=".log", delete=False)  # noqa: SIM115
    command = [str(BIN / "rq")] if RQ_POOL else [sys.executable, "-m", "workers.pool"]
    args = [*command, "worker-pool"] if RQ_POOL else command
    args += ["-n", str(workers), "-w", "workers.worker.Worker"]
    args += ["--url", redis_url, "default"]
    process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)  # fmt: skip
    process.log_path = log.name  # type: ignore[attr-defined]
    return process


def wait_workers(r: redis.Redis, workers: int, process: Any) -> None:
    """Until `workers` workers are registered: each builds or loads its index first."""
    from rq import Worker

    deadline = time.monotonic() + 1800
    while len(Worker.all(connection=r)) < workers:
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(Path(process.log_path).read_text()[-3000:])
        time.sleep(0.2)


def memory_mib(root_pid: int) -> tuple[float, float]:
    """Proportional set size (PSS: shared pages split among their sharers) of a pool: its
    workers and their scheduler children, in MiB: (the largest one, all of them, the pool's
    parent included)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    sizes, stack = [], list(children.get(root_pid, []))
    parent = _pss_mib(root_pid)
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        sizes.append(_pss_mib(pid))
    return (max(sizes, default=0.0), sum(sizes) + parent)


def _pss_mib(pid: int) -> float:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0.0
    return sum(int(line.split()[1]) / 1024 for line in rollup if line.startswith("Pss:"))


def stop(process: Any) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def turn_messages(turns: int) -> list[tuple[str, str]]:
    """Each number's k-th message adds another item: interleaved, carts grow by one."""
    rounds = turns // len(NUMBERS)
    return [(phone, LINES[(k + i) % len(LINES)]) for k in range(rounds)
            for i, phone in enumerate(NUMBERS)]  # fmt: skip


def turns_run(engine: Any, r: redis.Redis, env: dict[str, str], redis_url: str, port: int,
              sids: Sids, workers: int, turns: int) -> dict[str, float]:  # fmt: skip
    reset_conversations(engine)
    r.flushdb()
    messages = turn_messages(turns)
    load(port, 400, len(messages), sids, messages, threads=16)  # queued, nobody works yet
    stored = count(engine, "SELECT count(*) FROM messages WHERE direction = 'in'")
    process = pool(env, redis_url, workers)
    try:
        wait_workers(r, workers, process)
        cpu0, db0 = cpu_seconds(process.pid), backend_cpu(engine)
        load0 = os.getloadavg()[0]
        deadline = time.monotonic() + 1800
        sql = "SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'received'"
        while count(engine, sql) > 0 or r.llen("rq:queue:default") > 0:
            if time.monotonic() > deadline:
                raise SystemExit("turns did not finish in 30 minutes")
            time.sleep(0.5)
        time.sleep(1.0)  # the last replies
        cpu = cpu_seconds(process.pid) - cpu0
        db1 = backend_cpu(engine)
        db_cpu = sum(max(0.0, at - db0.get(pid, 0.0)) for pid, at in db1.items())
        load1 = os.getloadavg()[0]
        largest, pss = memory_mib(process.pid)
    finally:
        stop(process)
    with engine.connect() as conn:
        first, last, replies = conn.execute(
            sa.text(
                "SELECT min(created_at), max(sent_at), count(*) FROM messages "
                "WHERE direction = 'out' AND status = 'sent'"
            )
        ).one()
        lines = conn.execute(
            sa.text(
                "SELECT avg(json_array_length((data->'cart')::json)) FROM conversations "
                "WHERE json_typeof(data->'cart') = 'array'"
            )
        ).scalar_one()
    span = (last - first).total_seconds()
    return {"workers": workers, "turns": stored, "replies": replies, "seconds": span,
            "rate": stored / span, "cpu_ms": cpu * 1000 / stored,
            "db_cpu_ms": db_cpu * 1000 / stored,
            "load": (load0 + load1) / 2, "cart": float(lines or 0),
            "largest_mib": largest, "pss_mib": pss}  # fmt: skip


def stall_run(engine: Any, r: redis.Redis, env: dict[str, str], redis_url: str, port: int,
              sids: Sids, folder: Path, rate: float, seconds: float,
              instance: Path) -> dict[str, float]:  # fmt: skip
    """`rate` messages/s while a stock-only import runs (started after `seconds` / 5)
    and for `seconds` after it committed: webhook → first reply of the messages
    received before, during and after it. Every message is waited for (up to 5 minutes
    after the last one); one never answered counts as an infinite latency."""
    reset_conversations(engine)
    r.flushdb()
    process = pool(env, redis_url, 2)
    try:
        wait_workers(r, 2, process)
        indexes = sorted(p.name for p in instance.rglob("*.pickle"))
        stock = folder / "stock.csv"
        rows = stock.read_text().splitlines()
        changed = [rows[0]] + [_bump(row) if i % 7 == 0 else row for i, row in enumerate(rows[1:])]
        stock.write_text("\n".join(changed) + "\n")
        messages = [(phone, LINES[i % len(LINES)]) for i, phone in enumerate(NUMBERS)] * 10
        enough = threading.Event()  # messages flow until `seconds` after the import
        sender = threading.Thread(
            target=load, args=(port, rate, int(rate * 7200), sids, messages, 4, enough)
        )
        sender.start()
        time.sleep(seconds / 5)
        began = dt.datetime.now(dt.UTC)
        importer = subprocess.run(
            [str(BIN / "mostrador"), "erp", "import", str(folder)], env=env, cwd=ROOT,
            capture_output=True, text=True, timeout=3600,
        )  # fmt: skip
        if importer.returncode != 0:
            raise SystemExit(f"the import failed: {importer.stdout}{importer.stderr}"[-2000:])
        done = dt.datetime.now(dt.UTC)
        time.sleep(seconds)
        enough.set()
        sender.join()
        sql = "SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'received'"
        deadline = time.monotonic() + 300
        while (count(engine, sql) > 0 or r.llen("rq:queue:default") > 0) and (
            time.monotonic() < deadline
        ):
            time.sleep(0.5)
        time.sleep(2.0)  # the last replies
        with engine.connect() as conn:
            changes = conn.execute(
                sa.text("SELECT changes FROM erp_imports ORDER BY id DESC LIMIT 1")
            ).scalar_one()
            rows_ = conn.execute(
                sa.text("""SELECT m.created_at, min(o.sent_at) FROM messages m
                           LEFT JOIN messages o ON o.in_reply_to = m.id
                                                AND o.sent_at IS NOT NULL
                           WHERE m.direction = 'in' GROUP BY m.id, m.created_at""")
            ).all()
        rebuilt = sorted(p.name for p in instance.rglob("*.pickle")) != indexes
    finally:
        stop(process)

    def latencies(keep: Any) -> list[float]:
        return sorted(
            (sent - at).total_seconds() if sent is not None else float("inf")
            for at, sent in rows_
            if keep(at)
        )

    before = latencies(lambda at: at < began)
    during = latencies(lambda at: began <= at < done)
    after = latencies(lambda at: at >= done)
    stock_changes = changes.get("stock.csv", {})
    return {
        "before": len(before), "during": len(during), "after": len(after),
        "before_p99": _p99(before), "during_p99": _p99(during),
        "p50": statistics.median(after) if after else float("nan"), "p99": _p99(after),
        "unanswered": sum(x == float("inf") for x in before + during + after),
        "import_s": (done - began).total_seconds(),
        "stock_updated": stock_changes.get("updated", 0),
        "products_changed": sum(changes.get("products.csv", {}).get(k, 0)
                                for k in ("inserted", "updated", "removed")),
        "index_rebuilt": float(rebuilt),
    }  # fmt: skip


def _p99(values: list[float]) -> float:
    return values[max(0, int(len(values) * 0.99) - 1)] if values else float("nan")


def _bump(row: str) -> str:
    cells = row.split(",")
    try:
        cells[2] = str(int(float(cells[2])) + 1)
    except (IndexError, ValueError):
        return row
    return ",".join(cells)


def prepare(engine: Any, folder: Path, products: int, keep: bool) -> None:
    if keep:
        try:
            if count(engine, "SELECT count(*) FROM products") == products:
                migrate.upgrade(engine)  # the catalog stays; the schema follows the code
                return
        except sa.exc.SQLAlchemyError:
            pass
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    migrate.upgrade(engine)
    print(f"loading the demo catalog ({products:,} products) ...", flush=True)
    write_demo(folder, products=products, seed=7, today=dt.date(2026, 11, 25))
    with (folder / "contacts.csv").open("a", encoding="utf-8") as f:
        for i, phone in enumerate(NUMBERS):
            f.write(f"{CUSTOMERS[i % len(CUSTOMERS)]},Bench Buyer {i},{phone},,buyer\n")
    import_folder(engine, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL",
                        "postgresql://postgres@127.0.0.1:5432/test"))  # fmt: skip
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--products", type=int, default=2500)
    parser.add_argument("--keep", action="store_true", help="reuse a loaded catalog of that size")
    parser.add_argument("--folder", default=None, help="ERP folder to write/keep (default: temp)")
    parser.add_argument("--instance", default=None, help="instance folder (index files)")
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--parts", default="ack,turns,stall")
    parser.add_argument("--stall-rate", type=float, default=5.0, help="messages/s (stall part)")
    parser.add_argument("--stall-seconds", type=float, default=60.0,
                        help="stall part: messages flow this long after the import")  # fmt: skip
    parser.add_argument("--no-write", action="store_true",
                        help="print the figures only; bench/RESULTS.md stays as it is")  # fmt: skip
    parser.add_argument("--rq-pool", action="store_true",
                        help="RQ's `rq worker-pool` (each worker loads the index after the "
                        "fork), not the Procfile's `python -m workers.pool`")  # fmt: skip
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    global RQ_POOL
    RQ_POOL = args.rq_pool

    engine = make_engine(args.postgres)
    tmp = tempfile.mkdtemp(prefix="webhook-bench-")
    folder = Path(args.folder or Path(tmp) / "erp")
    prepare(engine, folder, args.products, args.keep)
    if not (folder / "stock.csv").exists() and "stall" in parts:
        raise SystemExit(f"--folder {folder} has no stock.csv for the stall test")
    r = redis.Redis.from_url(args.redis)
    r.flushdb()
    reset_conversations(engine)
    env = {
        **os.environ,
        "DATABASE_URL": args.postgres,
        "REDIS_URL": args.redis,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "MOSTRADOR_INSTANCE": args.instance or str(Path(tmp) / "inst"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("TWILIO_ACCOUNT_SID", None)  # replies go to the simulator sender
    port, bare_port = free_port(), free_port()
    env["PUBLIC_BASE_URL"] = f"{PUBLIC}:{port}"
    (Path(tmp) / "bare_app.py").write_text(BARE_APP)
    load_before = os.getloadavg()
    run_cpu0 = time.process_time()
    ours = gunicorn("bot:create_app()", port, env, ROOT, ours=True)
    bare = gunicorn("bare_app:app", bare_port, {**os.environ}, Path(tmp), ours=False)
    sids = Sids()
    rows: list[tuple[str, dict[str, float], float]] = []
    turns: list[dict[str, float]] = []
    stall: dict[str, float] | None = None
    try:
        wait_warm(port, 2, readyz=True)
        wait_warm(bare_port, 2, readyz=False)
        first = [(phone, "hola") for phone in NUMBERS]
        load(port, 50, len(first), sids, first)  # first contact for every number (ORM path)
        if "ack" in parts:
            mix = [(random.Random(i).choice(NUMBERS), LINES[i % len(LINES)]) for i in range(997)]
            for rate in (50, 200):
                for label, p, process in (("Mostrador webhook", port, ours),
                                          ("bare Flask endpoint", bare_port, bare)):  # fmt: skip
                    n = int(rate * args.seconds)
                    print(f"{label} at {rate} req/s for {args.seconds:g} s ...", flush=True)
                    cpu0, back0 = cpu_seconds(process.pid), server_cpu(engine, r)
                    result = load(p, rate, n, sids, mix)
                    cpu = (cpu_seconds(process.pid) - cpu0) * 1000 / n
                    back = backend_delta(back0, server_cpu(engine, r)) * 1000 / n
                    result["backend_ms"] = back if p == port else 0.0
                    print(f"  {result} cpu/request {cpu:.2f} ms", flush=True)
                    rows.append((label, result, cpu))
        if "turns" in parts:
            for workers in map(int, args.workers.split(",")):
                print(f"{args.turns} turns on {workers} worker process(es) ...", flush=True)
                result = turns_run(engine, r, env, args.redis, port, sids, workers, args.turns)
                print(f"  {result}", flush=True)
                turns.append(result)
        if "stall" in parts:
            print("stock-only import while buyers write ...", flush=True)
            stall = stall_run(engine, r, env, args.redis, port, sids, folder, args.stall_rate,
                              args.stall_seconds, Path(env["MOSTRADOR_INSTANCE"]))  # fmt: skip
            print(f"  {stall}", flush=True)
    finally:
        for process in (ours, bare):
            process.send_signal(signal.SIGTERM)
        for process in (ours, bare):
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        r.flushdb()
    load_after = os.getloadavg()
    if args.no_write:
        print(f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
              "bench/RESULTS.md not written (--no-write)")  # fmt: skip
        return
    write_results(args, rows, turns, stall, load_before, load_after, time.process_time() - run_cpu0)


def write_results(args: Any, rows: list[tuple[str, dict[str, float], float]],
                  turns: list[dict[str, float]], stall: dict[str, float] | None,
                  load_before: tuple[float, ...], load_after: tuple[float, ...],
                  bench_cpu: float) -> None:  # fmt: skip
    loads = f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (1-minute)"
    header = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}, PostgreSQL and "
        f"Redis local; {args.products:,} products. Load average {loads}: the 2 cores are "
        f"shared with other work; the load generator (same cores) used {bench_cpu:.0f} s CPU.",
        "",
    ]
    # One section per part, so that running one part leaves the others' figures.
    suffix = "" if args.products == 2500 else f"-{args.products}"
    title = f"{args.products:,} products (`bench/webhook_bench.py --parts"
    if rows:
        lines = [
            *header,
            "gunicorn 2 workers × 4 threads for both apps (Mostrador: gunicorn.conf.py, "
            "preloaded, measured once both workers answered /readyz); signed requests from "
            f"{len(NUMBERS)} known numbers with conversations, open loop, {args.seconds:g} s "
            "per rate. CPU/request: all gunicorn processes' user+system time / requests; "
            "beside it, what the same requests cost this database's PostgreSQL backends and the "
            "Redis server (the bench's own few queries included).",
            "Goals: 200 req/s, ack p99 ≤ 50 ms, ≤ 2.5 ms CPU/request.",
            "",
            "| endpoint | offered | achieved | ack p50 | ack p99 | CPU/request (gunicorn) "
            "| + PostgreSQL and Redis | errors |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for label, res, cpu in rows:
            lines.append(
                f"| {label} | {res['offered']:.0f} req/s | {res['achieved']:.0f} req/s | "
                f"{res['p50']:.1f} ms | {res['p99']:.1f} ms | {cpu:.2f} ms | "
                f"{res['backend_ms']:.2f} ms | {int(res['errors'])} |"
            )
        update_section(f"webhook-ack{suffix}", f"WhatsApp webhook acknowledgements, {title} "
                       "ack`)", lines)  # fmt: skip
    if turns:
        lines = [
            *header,
            f"Turns: {args.turns} messages from {len(NUMBERS)} buyers, each adding an item "
            "(carts grow by one line a turn), queued first, then `rq worker-pool -n N` "
            "(workers.worker.Worker, no fork per job; replies to the simulator sender). "
            "turns/s from the first reply to the last; CPU/turn: the pool's processes' "
            "user+system time / turns; PostgreSQL CPU/turn: the database's backends' (the "
            "server is on this machine); turns/s per process at that CPU: 1000 / CPU/turn, "
            "what one process does with a core to itself; memory: proportional set size "
            "(shared pages split among the processes sharing them) at the end, the largest "
            "worker process and the whole pool. "
            "Goal: ≥ 50 turns/s per worker process.",
            "",
            "| worker processes | load (1-min) | turns | replies | seconds | turns/s | "
            "turns/s per process | CPU/turn | PostgreSQL CPU/turn | turns/s per process at "
            "that CPU | cart lines at the end | memory: largest process / pool |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for t in turns:
            lines.append(
                f"| {t['workers']} | {t['load']:.1f} | {t['turns']} | {t['replies']} | "
                f"{t['seconds']:.1f} | {t['rate']:.1f} | {t['rate'] / t['workers']:.1f} | "
                f"{t['cpu_ms']:.1f} ms | {t['db_cpu_ms']:.1f} ms | {1000 / t['cpu_ms']:.1f} | "
                f"{t['cart']:.1f} | {t['largest_mib']:.0f} / {t['pss_mib']:.0f} MiB |"
            )
        # The worker side's own section (as h5 named it), the rest stays.
        update_section(f"webhook{suffix}-turns", f"Worker turns, {title} turns`)", lines)
    if stall:
        index = ("**rebuilt** (a new index file appeared)" if stall["index_rebuilt"]
                 else "kept (no new index file: nothing to rebuild)")  # fmt: skip
        lines = [
            *header,
            "Stall after a sync: 2 worker processes (`rq worker-pool -n 2`) answer buyers "
            f"writing {args.stall_rate:g} messages/s from {args.stall_seconds / 5:g} s before "
            f"a stock-only ERP import to {args.stall_seconds:g} s after it committed "
            "(`mostrador erp import`, every 7th stock row changed: "
            f"{stall['stock_updated']} rows; products changed: "
            f"{stall['products_changed']}; it ran {stall['import_s']:.1f} s). The matcher's index "
            f"was {index}. Webhook → first reply sent (every message waited for; "
            f"{int(stall['unanswered'])} never answered):",
            "",
            "| messages received | count | p99 webhook → reply |",
            "|---|---|---|",
            f"| before the import | {stall['before']} | {stall['before_p99']:.2f} s |",
            f"| during it | {stall['during']} | {stall['during_p99']:.2f} s |",
            f"| after it committed | {stall['after']} | **{stall['p99']:.2f} s** "
            f"(p50 {stall['p50']:.2f} s; goal ≤ 2 s) |",
            "",
        ]
        update_section(f"webhook-stall{suffix}", f"Turns after a stock-only ERP sync, {title} "
                       "stall`)", lines)  # fmt: skip
    print("results written to bench/RESULTS.md")


if __name__ == "__main__":
    main()
