"""Email benchmark: a 100-line XLSX RFQ, from arrival in the mailbox to the reply
accepted by the SMTP server (quote made, PDF rendered and attached), median of runs.

Real servers on loopback: pymap (IMAP, in memory) and aiosmtpd. The poller runs as
the cron job would, warm (the matcher index is built before timing, as a running
worker has it). Goal: ≤ 3 s on this machine.

    python bench/email_bench.py [--runs 7] [--database sqlite|postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from aiosmtpd.controller import Controller
from imapclient import IMAPClient
from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.demo_db import demo_database  # noqa: E402
from bench.pymap_server import PASSWORD, USER, free_port, start_pymap, stop_pymap  # noqa: E402
from bench.results import machine, update_section  # noqa: E402
from bot import create_app  # noqa: E402
from bot.matching.service import current_index  # noqa: E402
from channels.email.mailbox import poll_once  # noqa: E402


class Received:
    def __init__(self) -> None:
        self.count = 0
        self.event = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        self.event.set()
        return "250 OK"


def workbook(lines: int) -> bytes:
    items = [
        "rodamiento 6204 2rs skf",
        "perno hex din 933 m8x40 zincado",
        "correa a42 gates",
        'valvula de bola bronce 1/2" npt',
        "disco de corte 115x1.0 inox norton",
        "cable thhn 12 awg rojo",
        "electrodo e6011 1/8 indura",
        "tuerca m10 zincada",
    ]
    book = Workbook()
    sheet = book.active
    sheet.append(["Item", "Descripción", "Cantidad", "Unidad"])
    for i in range(lines):
        sheet.append([i + 1, items[i % len(items)], (i % 9) + 1, "un"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rfq(n: int, data: bytes) -> bytes:
    message = EmailMessage()
    message["From"] = "Jorge Müller <jorge.muller@minera-losandes.example>"
    message["To"], message["Subject"] = "ventas@mostrador.example", f"RFQ {n}"
    message["Message-ID"] = f"<bench-{n}-{time.time_ns()}@minera-losandes.example>"
    message.set_content("Adjuntamos nuestra solicitud de cotización.")
    message.add_attachment(
        data,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="rfq.xlsx",
    )
    return message.as_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db" if args.database == "sqlite" else args.postgres
        engine = demo_database(url, Path(tmp))
        pymap, imap_port = start_pymap(Path(tmp))
        received = Received()
        smtp = Controller(received, hostname="127.0.0.1", port=free_port())
        smtp.start()
        os.environ.pop("REDIS_URL", None)
        app = create_app({
            "DATABASE_URL": url, "INSTANCE_PATH": f"{tmp}/instance", "REDIS_URL": None,
            "IMAP_HOST": "127.0.0.1", "IMAP_PORT": imap_port, "IMAP_SSL": False,
            "IMAP_USER": USER, "IMAP_PASSWORD": PASSWORD, "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": smtp.port, "SMTP_STARTTLS": False, "MAIL_FROM": "ventas@mostrador.example",
        })  # fmt: skip
        with app.app_context():
            current_index()  # warm, as a running worker is
        data = workbook(100)
        times = []
        try:
            for n in range(args.runs):
                received.event.clear()
                before = received.count
                started = time.perf_counter()
                with IMAPClient("127.0.0.1", port=imap_port, ssl=False) as imap:
                    imap.login(USER, PASSWORD)
                    imap.append("INBOX", rfq(n, data))
                report = poll_once(app)
                if not received.event.wait(60) or received.count != before + 1:
                    raise SystemExit(f"run {n}: no reply ({report})")
                times.append(time.perf_counter() - started)
                print(f"  run {n + 1}: {times[-1]:.2f} s", flush=True)
        finally:
            smtp.stop()
            stop_pymap(pymap)
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
                conn.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
    median = statistics.median(times)
    lines = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        "",
        f"A 100-line XLSX RFQ from arrival in the IMAP mailbox (pymap) to the reply accepted "
        f"by the SMTP server (aiosmtpd): poll, parse, match, price, quote, render the PDF, "
        f"send. Database: {args.database}. Goal: ≤ 3 s.",
        "",
        "| runs | median | fastest | slowest |",
        "|---|---|---|---|",
        f"| {len(times)} | {median:.2f} s | {min(times):.2f} s | {max(times):.2f} s |",
    ]
    update_section(
        f"email-{args.database}", f"Email RFQ ({args.database}, `bench/email_bench.py`)", lines
    )
    print(f"median {median:.2f} s; results written to bench/RESULTS.md")


if __name__ == "__main__":
    main()
