"""CPU of a worker's turns in one process, with its statements and Redis commands (issue #19).

Queues TURNS messages from the benchmark's buyers through the app's WSGI callable (signed,
as Twilio sends them; each buyer's k-th message adds an item, so carts grow as in
`bench/webhook_bench.py --parts turns`), then runs them here with the worker class the
Procfile runs (`workers.worker.Worker`, burst mode, no fork per job) and reports, per
turn: this process's CPU, its PostgreSQL backends' CPU (from /proc), SQL statements,
Redis commands and round trips. `--profile` adds cProfile (CPU time) and prints its top;
the statements each turn ran, grouped by their text, with `--statements`.
The database must hold the catalog (`bench/webhook_bench.py --keep` leaves it).

    python bench/turn_profile.py --postgres URL --redis URL [--turns 1000] [--profile]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ack_profile import call, environs  # noqa: E402
from bench.webhook_bench import LINES, NUMBERS, TOKEN, backend_cpu  # noqa: E402

URL = "http://127.0.0.1:5000"


class Counts:
    """SQL statements (by text) and Redis commands / round trips, counted client-side."""

    def __init__(self) -> None:
        self.sql: collections.Counter[str] = collections.Counter()
        self.redis_commands = 0
        self.redis_trips = 0
        self.origins = False

    def install(self) -> None:
        import sqlalchemy as sa
        from redis.connection import Connection

        @sa.event.listens_for(sa.engine.Engine, "before_cursor_execute")
        def _count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            key = " ".join(statement.split())[:100]
            if self.origins:  # where in our code it was run from
                ours = [f"{Path(f.filename).relative_to(ROOT)}:{f.lineno} {f.name}"
                        for f in traceback.extract_stack()[:-1]
                        if f.filename.startswith(str(ROOT)) and "/bench/" not in f.filename
                        and "/.venv/" not in f.filename]  # a clone's linked .venv is not ours
                key = f"{key}\n        " + " < ".join(reversed(ours[-4:]))
            self.sql[key] += 1

        one, many = Connection.send_command, Connection.pack_commands
        send = Connection.send_packed_command

        def send_command(conn: Any, *args: Any, **kwargs: Any) -> Any:
            self.redis_commands += 1
            return one(conn, *args, **kwargs)

        def pack_commands(conn: Any, commands: Any) -> Any:
            commands = list(commands)
            self.redis_commands += len(commands)
            return many(conn, commands)

        def send_packed_command(conn: Any, command: Any, check_health: bool = True) -> Any:
            self.redis_trips += 1
            return send(conn, command, check_health)

        Connection.send_command = send_command  # type: ignore[method-assign]
        Connection.pack_commands = pack_commands  # type: ignore[method-assign]
        Connection.send_packed_command = send_packed_command  # type: ignore[method-assign]

    def reset(self) -> None:
        self.sql.clear()
        self.redis_commands = self.redis_trips = 0


def signed(turns: int, start: int) -> list[dict[str, Any]]:
    import urllib.parse

    from twilio.request_validator import RequestValidator

    validator = RequestValidator(TOKEN)
    made = []
    for i in range(turns):
        k, b = divmod(i, len(NUMBERS))
        params = {"MessageSid": f"SMturn{os.getpid()}x{start + i:020d}",
                  "AccountSid": "AC" + "1" * 32, "From": f"whatsapp:{NUMBERS[b]}",
                  "To": "whatsapp:+14155238886", "Body": LINES[(k + b) % len(LINES)],
                  "NumMedia": "0"}  # fmt: skip
        body = urllib.parse.urlencode(params).encode()
        environ = environs(1, start + i)[0]
        environ["_body"] = body
        environ["CONTENT_LENGTH"] = str(len(body))
        environ["HTTP_X_TWILIO_SIGNATURE"] = validator.compute_signature(
            URL + "/webhooks/whatsapp", params
        )
        made.append(environ)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", required=True)
    parser.add_argument("--redis", required=True)
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--warm", type=int, default=100, help="turns run before measuring")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--profile-out", default="turn_profile.prof", help="pstats file")
    parser.add_argument("--statements", action="store_true", help="print statements by text")
    parser.add_argument("--origins", action="store_true", help="statements by where they ran")
    parser.add_argument("--instance", default=str(Path(tempfile.gettempdir()) / "turn-profile"))
    args = parser.parse_args()
    os.environ.update({"DATABASE_URL": args.postgres, "REDIS_URL": args.redis,
                       "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": URL,
                       "MOSTRADOR_INSTANCE": args.instance})  # fmt: skip
    os.environ.pop("TWILIO_ACCOUNT_SID", None)
    import redis
    import sqlalchemy as sa

    from bot import create_app
    from bot.db import make_engine
    from bot.matching.service import current_index
    from workers.worker import Worker

    engine = make_engine(args.postgres)
    with engine.begin() as conn:
        conn.execute(sa.text("TRUNCATE messages, conversations RESTART IDENTITY CASCADE"))
    client = redis.Redis.from_url(args.redis)
    client.flushdb()
    app = create_app()
    with app.app_context():
        current_index()
    counts = Counts()
    counts.install()
    counts.origins = args.origins

    def run(n: int, start: int, profiler: cProfile.Profile | None = None) -> dict[str, float]:
        for environ in signed(n, start):
            assert call(app, environ).startswith("200"), "the webhook did not answer 200"
        counts.reset()
        worker = Worker(["default"], connection=client)
        db0, cpu0, t0 = backend_cpu(engine), time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        worker.work(burst=True, logging_level="WARNING")
        if profiler:
            profiler.disable()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - t0
        db1 = backend_cpu(engine)
        db = sum(max(0.0, at - db0.get(pid, 0.0)) for pid, at in db1.items())
        with engine.connect() as conn:
            left = conn.execute(sa.text(
                "SELECT count(*) FROM messages WHERE direction = 'in' AND status = 'received'"
            )).scalar_one()  # fmt: skip
        assert left == 0, f"{left} messages not handled"
        return {"turns": n, "cpu_ms": cpu * 1000 / n, "wall_ms": wall * 1000 / n,
                "db_ms": db * 1000 / n, "sql": sum(counts.sql.values()) / n,
                "redis": counts.redis_commands / n, "trips": counts.redis_trips / n}  # fmt: skip

    run(args.warm, 0)  # first contacts, compiled SQL, templates
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    result = run(args.turns, args.warm, profiler)
    with engine.connect() as conn:
        lines = conn.execute(sa.text(
            "SELECT avg(json_array_length((data->'cart')::json)) FROM conversations "
            "WHERE json_typeof(data->'cart') = 'array'"
        )).scalar_one()  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f}; {result['turns']} turns after {args.warm} "
          f"warm ones; cart lines at the end {float(lines or 0):.1f}")  # fmt: skip
    print(f"per turn: CPU {result['cpu_ms']:.2f} ms (wall {result['wall_ms']:.2f} ms), "
          f"PostgreSQL backends {result['db_ms']:.2f} ms, SQL statements {result['sql']:.1f}, "
          f"Redis commands {result['redis']:.1f} in {result['trips']:.1f} round trips")  # fmt: skip
    if args.statements or args.origins:
        for text, n in counts.sql.most_common():
            print(f"{n / args.turns:6.2f}  {text}")
    client.flushdb()
    if profiler:
        profiler.dump_stats(args.profile_out)
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(40)


if __name__ == "__main__":
    main()
