"""Fault injection at volume: what was lost, duplicated or oversold (all must be 0).

Scenarios, on real parts (the database of DATABASE_URL or a temporary SQLite file, a
redis-server of its own on a free port, real `rq worker` processes with the
scheduler, pymap and aiosmtpd for mail, a local Twilio stand-in):

1. the same WhatsApp message delivered 1000 times (8 threads at once);
2. 100 messages from 10 buyers while a random worker is SIGKILLed every 1-3 s and
   restarted, then the sweeps;
3. 100 messages with Redis stopped for 5 s mid-burst (503s redelivered as Twilio
   does for half of them; the backlog sweep finds the rest);
4. 20 concurrent acceptances of one quote (5 rounds), and 20 one-unit orders racing
   for the last 5 units;
5. a mailbox of 100 good RFQs with 20 bad mails among them.

    python bench/faults.py [--database-url postgresql://...]

A reply whose worker was killed *during* the provider call stays `sending` for a
person (it may have reached the customer): counted as "uncertain", never re-sent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller  # noqa: E402
from sqlmodel import Session, col, select  # noqa: E402

from bench.results import machine, update_section  # noqa: E402
from bot import create_app, migrate  # noqa: E402
from bot.db import make_engine, session_scope  # noqa: E402
from bot.models import Customer as Account  # noqa: E402
from bot.models import Message, Order, Quote  # noqa: E402
from tests.conftest import ErpFolder  # noqa: E402
from tests.mail_fakes import PASSWORD, USER, Inbox, Mailbox, free_port, rfq  # noqa: E402
from tests.rq_workers import RedisServer, Worker, flushed, until, worker_env  # noqa: E402
from tests.test_faults_mail import bad_mails  # noqa: E402
from tests.twilio_fakes import OUR_NUMBER, PUBLIC, TOKEN, Customer, FakeTwilio  # noqa: E402

SHOP = {
    "warehouses": "warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
    "products": "sku,name,brand,family,uom,list_price,cost\n"
    "B-SKF,Deep groove ball bearing 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00\n"
    "F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,,Fasteners,EA,0.50,0.20\n"
    "V-A42,Classical V-belt A42 Gates,Gates,Belts,EA,7.40,4.00\n"
    "L-5,Safety helmet white,,Safety,EA,10.00,5.00\n",
    "customers": "customer_id,name,credit_limit,blocked,block_reason,language\n"
    "C001,Minera Los Andes SpA,100000000,false,,es\n",
    "contacts": "customer_id,name,phone,email\n"
    "C001,Jorge Müller,+56912345001,jorge@minera.example\n",
    "stock": "sku,warehouse,on_hand\nB-SKF,SCL,100000\nF-840,SCL,100000\n"
    "V-A42,SCL,100000\nL-5,SCL,5\n",
}
ASKS = ["20 rodamientos 6204 2rs skf", "correa a42 gates x 2", "hex bolt din 933 m8x40 zp x 50"]


class Bench:
    def __init__(self, url: str, work: Path) -> None:
        self.url, self.work = url, work
        self.engine = make_engine(url)
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(sa.text("DROP SCHEMA public CASCADE"))
                conn.execute(sa.text("CREATE SCHEMA public"))
        migrate.upgrade(self.engine)
        ErpFolder(work / "erp", self.engine).write(**SHOP).load()
        self.redis = RedisServer(work)
        self.redis.start()
        self.twilio = FakeTwilio()
        self.app = create_app({
            "DATABASE_URL": url, "INSTANCE_PATH": str(work / "i"), "REDIS_URL": self.redis.url,
            "PUBLIC_BASE_URL": PUBLIC, "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
            "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
            "TWILIO_API_BASE_URL": self.twilio.url,
            "TWILIO_CONTENT_API_BASE_URL": self.twilio.url, "ERP_OUTBOX_DIR": str(work / "outbox"),
        })  # fmt: skip
        self.env = worker_env(
            url, self.redis.url, work / "w", TWILIO_API_BASE_URL=self.twilio.url,
            TWILIO_CONTENT_API_BASE_URL=self.twilio.url,
            ERP_OUTBOX_DIR=str(work / "outbox"),
        )  # fmt: skip

    def reset_chat(self) -> None:
        """Empty conversations, messages and Twilio's log between scenarios."""
        with self.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM messages"))
        self.twilio.sent.clear()
        flushed(self.redis.url)

    def settle(self, workers: list[Worker], idle: float = 4.0, timeout: float = 600) -> None:
        """Wait until the queue is empty and no message changed for `idle` seconds."""
        import redis
        from rq import Queue

        queue = Queue("default", connection=redis.Redis.from_url(self.redis.url))
        last, quiet_since, deadline = None, time.monotonic(), time.monotonic() + timeout
        while time.monotonic() < deadline:
            with Session(self.engine) as session:
                state = session.exec(
                    select(Message.status, sa.func.count()).group_by(col(Message.status))
                ).all()
            busy = queue.count + queue.started_job_registry.count
            if busy and all(w.process.poll() is not None for w in workers):
                return  # nobody left to do the work: the tally will say what is undone
            if state != last or busy:
                last, quiet_since = state, time.monotonic()
            elif time.monotonic() - quiet_since > idle:
                return
            time.sleep(0.5)

    def ready(self, n: int = 1) -> None:
        """Wait until `n` workers have signed in to Redis (start-up builds the app first)."""
        import redis
        from rq import Worker as RQWorker

        client = redis.Redis.from_url(self.redis.url)
        until(lambda: RQWorker.count(connection=client) >= n, timeout=120, what="workers")

    def sweep(self) -> None:
        """Two minutes later: the cron sweeps run (messages aged past their grace)."""
        from workers.send import sweep_queued
        from workers.sweeps import sweep_backlog

        with session_scope(self.engine, write=True) as session:
            for m in session.exec(select(Message)).all():
                m.created_at -= dt.timedelta(minutes=3)
                session.add(m)
        with self.app.app_context():
            sweep_backlog()
            sweep_queued(older_than_seconds=0)

    def tally(self, sids: set[str]) -> dict[str, int]:
        """Lost, duplicated and uncertain, from the database and Twilio's side."""
        with Session(self.engine) as session:
            inbound = session.exec(select(Message).where(Message.direction == "in")).all()
            out = session.exec(select(Message).where(Message.direction == "out")).all()
        stored = {m.provider_sid for m in inbound}
        unanswered = [m for m in inbound if m.status != "processed"]
        unsent = [m for m in out if m.status in ("queued", "failed")]
        sending = [m for m in out if m.status == "sending"]
        delivered = [m for m in out if m.status == "sent"]
        return {
            "lost": len(sids - stored) + len(unanswered) + len(unsent),
            "duplicated": max(0, len(self.twilio.sent) - len(delivered) - len(sending)),
            "uncertain": len(sending),
            "messages": len(sids),
            "replies": len(delivered),
        }

    def close(self) -> None:
        self.redis.stop()
        self.twilio.server.shutdown()
        self.engine.dispose()


def redeliveries(b: Bench) -> dict[str, int]:
    b.reset_chat()
    worker = Worker(b.env)
    b.ready()
    sid = "SM" + "r" * 32
    codes: list[int] = []

    def deliver(n: int) -> None:
        jorge = Customer(b.app, "+56912345001")  # a test client per thread
        for _ in range(n):
            codes.append(jorge.send(ASKS[0], sid=sid).status_code)

    threads = [threading.Thread(target=deliver, args=(125,)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    b.settle([worker])
    worker.stop()
    result = b.tally({sid})
    result["non-200"] = sum(c != 200 for c in codes)
    return result


def worker_kills(b: Bench, seed: int = 7) -> dict[str, int]:
    b.reset_chat()
    rng = random.Random(seed)
    workers = [Worker(b.env), Worker(b.env)]
    b.ready(2)
    stop, kills = threading.Event(), [0]

    def killer() -> None:
        while not stop.wait(rng.uniform(1.0, 3.0)):
            i = rng.randrange(len(workers))
            workers[i].kill()
            kills[0] += 1
            workers[i] = Worker(b.env)

    buyers = [Customer(b.app, f"+5691000{n:04d}") for n in range(10)]
    sids: set[str] = set()
    k = threading.Thread(target=killer)
    k.start()
    for i in range(100):
        sid = f"SM{i:032x}"
        sids.add(sid)
        assert buyers[i % 10].send(ASKS[i % 3], sid=sid).status_code == 200
        time.sleep(0.1)
    time.sleep(5)
    stop.set()
    k.join()
    b.settle(workers)
    b.sweep()
    b.settle(workers)
    for w in workers:
        w.stop()
    return {**b.tally(sids), "kills": kills[0]}


def redis_outage(b: Bench) -> dict[str, int]:
    b.reset_chat()
    worker = Worker(b.env)
    b.ready()
    buyers = [Customer(b.app, f"+5692000{n:04d}") for n in range(10)]
    sids, refused = set(), []
    for i in range(100):
        if i == 30:
            b.redis.stop()
            down_until = time.monotonic() + 5
        if i > 30 and b.redis.process is None and time.monotonic() > down_until:
            b.redis.start()
        sid = f"SM{1000 + i:032x}"
        sids.add(sid)
        if buyers[i % 10].send(ASKS[i % 3], sid=sid).status_code != 200:
            refused.append((i, sid))
        time.sleep(0.1)
    if b.redis.process is None:
        b.redis.start()
    for i, sid in refused[::2]:  # Twilio's retries of half of them
        assert buyers[i % 10].send(ASKS[i % 3], sid=sid).status_code == 200
    b.settle([worker])
    b.sweep()  # the other half: stored, never redelivered
    b.settle([worker])
    alive = worker.process.poll() is None
    if not alive:
        print(worker.output(), file=sys.stderr)
    worker.stop()
    return {**b.tally(sids), "503s": len(refused), "worker died": int(not alive)}


def acceptances(b: Bench) -> dict[str, int]:
    from bot.matching.index import CatalogIndex
    from bot.orders import accept_quote
    from bot.quotes import QuoteError, Rules, create_quote

    rules = Rules.from_config(b.app.config)
    now = dt.datetime.now(dt.UTC)
    with Session(b.engine) as session:
        index = CatalogIndex.build(session)

    def quote(line: str) -> str:
        with session_scope(b.engine, write=True) as session:
            customer = session.get(Account, "C001")
            return create_quote(session, index, customer, [line], now=now, rules=rules,
                                actor="bench").number  # fmt: skip

    def race(numbers: list[str]) -> None:
        barrier = threading.Barrier(len(numbers))

        def accept(number: str) -> None:
            barrier.wait()
            try:
                with session_scope(b.engine, write=True) as session:
                    accept_quote(session, number, now=now, rules=rules, actor="bench")
            except QuoteError:
                pass

        threads = [threading.Thread(target=accept, args=(n,)) for n in numbers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def orders_of(numbers: list[str]) -> int:
        with Session(b.engine) as session:
            ids = session.exec(select(Quote.id).where(col(Quote.number).in_(numbers))).all()
            return len(session.exec(select(Order).where(col(Order.quote_id).in_(ids))).all())

    extra = 0
    for _ in range(5):
        number = quote("correa a42 gates x 1")
        race([number] * 20)
        extra += orders_of([number]) - 1
    last = [quote("safety helmet white x 1") for _ in range(20)]  # 5 on hand
    race(last)
    return {
        "orders beyond one per quote": extra,
        "oversold units": max(0, orders_of(last) - 5),
        "unsold units": max(0, 5 - orders_of(last)),
    }


def mailbox(b: Bench) -> dict[str, int]:
    from channels.email.mailbox import poll_once

    port = free_port()
    pymap = subprocess.Popen(
        [str(Path(sys.executable).parent / "pymap"), "--host", "127.0.0.1", "--port", str(port),
         "--no-tls", "dict", "--demo-user", USER, "--demo-password", PASSWORD],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    inbox, smtp_port = Inbox(), free_port()
    smtp = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    try:
        import socket

        until(lambda: _connects(socket, port), what="pymap")
        box = Mailbox(port)
        good_ids = set()
        for i in range(100):
            message_id = f"<good-{i}@minera.example>"
            good_ids.add(message_id)
            box.drop(rfq(ASKS[i % 3], message_id=message_id))
            if i % 5 == 4:  # 20 bad mails, one after every fifth good one
                box.drop(bad_mails(tag=f"-{i}")[(i // 5) % 3])
        app = create_app({
            "DATABASE_URL": b.url, "INSTANCE_PATH": str(b.work / "mail"), "REDIS_URL": None,
            "IMAP_HOST": "127.0.0.1", "IMAP_PORT": port, "IMAP_SSL": False,
            "IMAP_USER": USER, "IMAP_PASSWORD": PASSWORD, "IMAP_FOLDER": "INBOX",
            "SMTP_HOST": "127.0.0.1", "SMTP_PORT": smtp_port, "SMTP_STARTTLS": False,
            "MAIL_FROM": "ventas@mostrador.example",
        })  # fmt: skip
        report = poll_once(app)
        answered = [str(m["In-Reply-To"]) for m in inbox.messages]
        return {
            "lost": len(good_ids - set(answered)),
            "duplicated": len(answered) - len(set(answered)),
            "good answered": len(set(answered) & good_ids),
            "quarantined": len(report.quarantined),
        }
    finally:
        smtp.stop()
        pymap.terminate()
        pymap.wait(timeout=10)


def _connects(socket: Any, port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--only", type=int, nargs="*", help="scenario numbers (1-5) to run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/faults.db"
        bench = Bench(url, Path(tmp))
        scenarios: list[tuple[str, Callable[[Bench], dict[str, int]]]] = [
            ("1000 redeliveries of one message", redeliveries),
            ("100 messages, random worker SIGKILLs", worker_kills),
            ("100 messages, Redis stopped 5 s mid-burst", redis_outage),
            ("20 concurrent acceptances ×5; 20 orders for the last 5 units", acceptances),
            ("mailbox: 100 good RFQs, 20 bad mails among them", mailbox),
        ]
        if args.only:
            scenarios = [scenarios[n - 1] for n in args.only]
        rows, started = [], time.monotonic()
        try:
            for title, run in scenarios:
                t0 = time.monotonic()
                result = run(bench)
                took = time.monotonic() - t0
                print(f"{title}: {result} ({took:.0f} s)", flush=True)
                rows.append((title, result, took))
        finally:
            bench.close()
    database = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    lines = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}; {database}, "
        f"redis-server of its own, `rq worker --with-scheduler` processes; "
        f"{time.monotonic() - started:.0f} s in all.",
        "",
        "| scenario | lost | duplicated | oversold | details |",
        "|---|---|---|---|---|",
    ]
    for title, result, took in rows:
        lost = result.pop("lost", 0)
        dup = result.pop("duplicated", 0) + result.pop("orders beyond one per quote", 0)
        over = result.pop("oversold units", 0)
        details = ", ".join(f"{k} {v}" for k, v in result.items()) + f"; {took:.0f} s"
        lines.append(f"| {title} | {lost} | {dup} | {over} | {details} |")
    lines += [
        "",
        '"uncertain": replies whose worker was killed during the call to Twilio; they stay '
        "`sending` and are listed in the console for a person (never re-sent: they may have "
        "arrived). Duplicated counts Twilio sends beyond the replies stored, plus orders "
        "beyond one per quote.",
    ]
    update_section("faults", "Fault injection (`bench/faults.py`)", lines)
    print("results written to bench/RESULTS.md")


if __name__ == "__main__":
    main()
