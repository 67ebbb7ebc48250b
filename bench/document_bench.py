"""Quote document benchmark: the 100-line quote as a PDF (facts read from the database,
HTML from the template, WeasyPrint), median of runs. Goal: ≤ 1 s on this machine.

The quote is made on the demo catalog (2,500 products) from 100 request lines, then
revised once, so the document also lists what changed since version 1 (the heaviest
case: both versions' lines are read).

    python bench/document_bench.py [--runs 9] [--database sqlite|postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.demo_db import demo_database  # noqa: E402
from bench.results import machine, update_section  # noqa: E402
from bot import create_app  # noqa: E402
from bot.db import session_scope  # noqa: E402
from bot.documents import company_of, render_html, render_pdf  # noqa: E402
from bot.matching.service import current_index  # noqa: E402
from bot.models import Customer  # noqa: E402
from bot.quotes import LineChange, Rules, create_quote, revise  # noqa: E402

ITEMS = [
    "rodamiento 6204 2rs skf",
    "perno hex din 933 m8x40 zincado",
    "correa a42 gates",
    'valvula de bola bronce 1/2" npt',
    "disco de corte 115x1.0 inox norton",
    "cable thhn 12 awg rojo",
    "electrodo e6011 1/8 indura",
    "tuerca m10 zincada",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db" if args.database == "sqlite" else args.postgres
        engine = demo_database(url, Path(tmp))
        os.environ.pop("REDIS_URL", None)
        settings = {"DATABASE_URL": url, "INSTANCE_PATH": f"{tmp}/instance", "REDIS_URL": None}
        app = create_app({**settings, "TAX_RATE_PCT": Decimal(19), "TAX_NAME": "IVA"})
        lines = [f"{(i % 9) + 1} {ITEMS[i % len(ITEMS)]}" for i in range(100)]
        with app.app_context():
            rules, now = Rules.from_config(app.config), dt.datetime.now(dt.UTC)
            with session_scope(engine, write=True) as session:
                customer = session.get(Customer, "C001")
                quote = create_quote(session, current_index(), customer, lines, now=now,
                                     rules=rules, actor="bench")  # fmt: skip
                changes = [LineChange(position=1, quantity=Decimal(50)),
                           LineChange(position=2, remove=True)]  # fmt: skip
                number = revise(session, quote.number, changes, now=now, rules=rules,
                                actor="bench").number  # fmt: skip
            company = company_of(app)
            pdf_times, html_times, cpu_times, size = [], [], [], 0
            from bot.quotes import latest

            for n in range(args.runs + 1):  # the first run warms fonts and templates
                with session_scope(engine) as session:
                    current = latest(session, number)
                    assert current is not None
                    started = time.perf_counter()
                    html = render_html(session, current, company)
                    middle, cpu = time.perf_counter(), time.process_time()
                    pdf = render_pdf(session, current, company)
                    ended, cpu = time.perf_counter(), time.process_time() - cpu
                if n:
                    html_times.append(middle - started)
                    pdf_times.append(ended - middle)
                    cpu_times.append(cpu)
                    size = len(pdf)
                    print(f"  run {n}: {pdf_times[-1]:.2f} s", flush=True)
            assert "IVA 19%" in html
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
                conn.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
    median = statistics.median(pdf_times)
    out = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        "",
        "A 100-line quote (99 lines in version 2, with its changes since version 1, IVA 19 %) "
        "rendered as the PDF sent to the buyer: facts read from the database, HTML from "
        f"templates/quote/document.html, WeasyPrint. Database: {args.database}. "
        f"Goal: ≤ 1 s. PDF {size / 1024:.0f} KiB.",
        "",
        f"Load average when it ended: {os.getloadavg()[0]:.1f} (wall time is only meaningful "
        "near 0; CPU time is this process's).",
        "",
        "| runs | median (PDF) | fastest | slowest | CPU (median) | of which HTML (median) |",
        "|---|---|---|---|---|---|",
        f"| {len(pdf_times)} | {median:.2f} s | {min(pdf_times):.2f} s | {max(pdf_times):.2f} s "
        f"| {statistics.median(cpu_times):.2f} s | {statistics.median(html_times) * 1000:.0f} ms |",
    ]
    update_section(f"document-{args.database}",
                   f"Quote document ({args.database}, `bench/document_bench.py`)", out)  # fmt: skip
    print(f"median {median:.2f} s; results written to bench/RESULTS.md")


if __name__ == "__main__":
    main()
