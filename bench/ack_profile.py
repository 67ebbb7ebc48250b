"""CPU of the webhook's acknowledgement in one warm process, split by part (issue #19).

Calls the app's WSGI callable directly (as a gunicorn worker thread does, without the
test client's own cost) with signed requests from known buyers, against PostgreSQL and
Redis, after the same warm-up as gunicorn's `post_fork`. Reports CPU per request of
this process, of its PostgreSQL backend and of the Redis server (from /proc), then the
parts on their own: signature, store, enqueue; `--profile` prints cProfile's top.
The database must hold the buyers' conversations (`bench/webhook_bench.py` leaves them).

    python bench/ack_profile.py --postgres URL --redis URL [--requests 2000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.webhook_bench import NUMBERS, TOKEN  # noqa: E402

URL = "http://127.0.0.1:5000"


def proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def redis_pid(client: Any) -> int:
    return int(client.info("server")["process_id"])


def environs(n: int, start: int) -> list[dict[str, Any]]:
    from twilio.request_validator import RequestValidator

    validator = RequestValidator(TOKEN)
    made = []
    for i in range(n):
        sid = f"SMprof{os.getpid()}x{start + i:020d}"
        params = {"MessageSid": sid, "AccountSid": "AC" + "1" * 32,
                  "From": f"whatsapp:{NUMBERS[i % len(NUMBERS)]}", "To": "whatsapp:+14155238886",
                  "Body": "20 rodamientos 6204 2rs skf", "NumMedia": "0"}  # fmt: skip
        body = urllib.parse.urlencode(params).encode()
        made.append({
            "REQUEST_METHOD": "POST", "PATH_INFO": "/webhooks/whatsapp", "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "5000", "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1", "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
            "wsgi.multithread": True, "wsgi.multiprocess": True, "wsgi.run_once": False,
            "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": str(len(body)),
            "HTTP_HOST": "127.0.0.1:5000", "HTTP_X_TWILIO_SIGNATURE":
            validator.compute_signature(URL + "/webhooks/whatsapp", params),
            "_body": body,
        })  # fmt: skip
    return made


def call(app: Any, environ: dict[str, Any]) -> str:
    environ = dict(environ)
    environ["wsgi.input"] = io.BytesIO(environ.pop("_body"))
    status: list[str] = []
    chunks = app(environ, lambda s, h, e=None: status.append(s))
    b"".join(chunks)
    if hasattr(chunks, "close"):
        chunks.close()
    return status[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", required=True)
    parser.add_argument("--redis", required=True)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--profile-out", default="ack_profile.prof", help="pstats file")
    args = parser.parse_args()
    os.environ.update({"DATABASE_URL": args.postgres, "REDIS_URL": args.redis,
                       "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": URL})  # fmt: skip
    os.environ.pop("TWILIO_ACCOUNT_SID", None)
    import redis
    import sqlalchemy as sa

    from bot import create_app
    from bot.clock import utcnow
    from bot.db import lean_engine
    from bot.inbound import InboundMessage, store
    from bot.jobs import enqueue
    from bot.web.warm import warm_up
    from workers.jobs import RUN_TURN

    app = create_app()
    warm_up(app)
    client = redis.Redis.from_url(args.redis)
    client.flushdb()
    wsgi = app.wsgi_app if not args.profile else app
    n = args.requests
    warm = environs(200, 0)
    for environ in warm:
        assert call(app, environ).startswith("200"), "the webhook did not answer 200"
    with app.app_context(), lean_engine().connect() as c:
        backend = int(c.execute(sa.text("SELECT pg_backend_pid()")).scalar_one())
    # The lean pool keeps one connection when requests come one at a time: that backend.
    batch = environs(n, 1000)
    rpid = redis_pid(client)
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU, not waits
    cpu0, pg0, r0, t0 = time.process_time(), proc_cpu(backend), proc_cpu(rpid), time.perf_counter()
    if profiler:
        profiler.enable()
    for environ in batch:
        call(app, environ)
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - t0
    pg, rd = proc_cpu(backend) - pg0, proc_cpu(rpid) - r0
    print(
        f"load average {os.getloadavg()[0]:.1f}; {n} requests, {wall * 1000 / n:.2f} ms wall each"
    )
    print(f"CPU/request: app {cpu * 1000 / n:.3f} ms, its PostgreSQL backend "
          f"{pg * 1000 / n:.3f} ms, Redis server {rd * 1000 / n:.3f} ms")  # fmt: skip
    del wsgi

    # The parts on their own.
    from twilio.request_validator import RequestValidator

    params = dict(urllib.parse.parse_qsl(batch[0]["_body"].decode()))
    signature = batch[0]["HTTP_X_TWILIO_SIGNATURE"]
    validator = RequestValidator(TOKEN)
    parts: dict[str, float] = {}
    c0 = time.process_time()
    for _ in range(n):
        validator.validate(URL + "/webhooks/whatsapp", params, signature)
    parts["signature"] = time.process_time() - c0
    with app.app_context():
        engine = lean_engine()
        messages = [InboundMessage("whatsapp", f"whatsapp:{NUMBERS[i % 100]}",
                                   f"SMpart{os.getpid()}x{i}", "20 rodamientos 6204 2rs skf")
                    for i in range(n)]  # fmt: skip
        c0 = time.process_time()
        ids = [store(engine, m, utcnow()) for m in messages]
        parts["store"] = time.process_time() - c0
        c0 = time.process_time()
        for message_id in ids:
            enqueue(app, RUN_TURN, message_id or 0)
        parts["enqueue"] = time.process_time() - c0
    for name, seconds in parts.items():
        print(f"  {name}: {seconds * 1000 / n:.3f} ms CPU")
    client.flushdb()
    if profiler:
        profiler.dump_stats(args.profile_out)
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
