"""Import benchmark: the demo distributor at 100,000 products (~1M stock and price rows),
then a 1,000,000-line sales_history.csv.

Runs `mostrador erp import` in a child process for each backend (SQLite file, and
PostgreSQL when reachable), first into an empty database and then again (the
idempotent re-import a periodic sync does), measuring wall time and the child's
peak memory. Then, into that database, a folder holding only sales_history.csv
(first import and re-import; `--allow-drop` because it replaces the demo folder's
short history). Results go into bench/RESULTS.md, with the machine and the date.

    python bench/import_bench.py [--products 100000] [--sales-lines 1000000] [--postgres URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import machine, update_section  # noqa: E402
from bot import migrate  # noqa: E402
from bot.db import make_engine  # noqa: E402
from bot.demo.writer import write_demo  # noqa: E402

MOSTRADOR = str(Path(sys.executable).parent / "mostrador")


def run_import(
    url: str, folder: Path, instance: Path, *options: str
) -> tuple[float, float, str, float]:
    """(seconds, peak RSS MiB, last line of output, CPU seconds) of one `mostrador erp import`."""
    env = {**os.environ, "DATABASE_URL": url, "MOSTRADOR_INSTANCE": str(instance)}
    started = time.perf_counter()
    child = subprocess.Popen(
        [MOSTRADOR, "erp", "import", str(folder), *options],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    output = child.stdout.read() if child.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"import failed on {url}:\n{output}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss / 1024, output.strip().splitlines()[-1], cpu


def fresh_database(url: str) -> None:
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
    migrate.upgrade(engine)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--sales-lines", type=int, default=1_000_000)
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
        help="PostgreSQL URL (its public schema is dropped and recreated); '' to skip",
    )
    args = parser.parse_args()

    work = ROOT / "bench" / ".work"
    folder = work / f"demo-{args.products}"
    today = dt.date(2026, 11, 25)
    if not (folder / "receivables.csv").exists():
        print(f"writing the demo ERP folder ({args.products} products) to {folder} ...", flush=True)
        write_demo(folder, products=args.products, seed=7, today=today)
    sales = work / f"sales-{args.products}-{args.sales_lines}"
    if not (sales / "sales_history.csv").exists():
        print(f"writing {args.sales_lines} sales_history lines to {sales} ...", flush=True)
        write_demo(sales, products=args.products, seed=7, today=today, sales_lines=args.sales_lines)
        for other in sales.glob("*.csv"):
            if other.name != "sales_history.csv":
                other.unlink()
    rows = {p.name: sum(1 for _ in p.open()) - 1 for p in sorted(folder.glob("*.csv"))}
    stock_and_prices = sum(rows[n] for n in ("stock.csv", "price_lists.csv", "customer_prices.csv"))
    print(f"{rows['products.csv']} products, {stock_and_prices} stock+price rows", flush=True)

    targets = []
    with tempfile.TemporaryDirectory() as tmp:
        targets.append(("SQLite (file, WAL)", f"sqlite:///{tmp}/bench.db"))
        if args.postgres:
            targets.append(("PostgreSQL 15 (local)", args.postgres))
        results = []
        history_results = []
        for label, url in targets:
            print(f"{label}: migrating a fresh database ...", flush=True)
            fresh_database(url)
            print(f"{label}: first import ...", flush=True)
            first = run_import(url, folder, Path(tmp) / "instance")
            print(f"  {first[0]:.1f} s, peak {first[1]:.0f} MiB ({first[2]})", flush=True)
            print(f"{label}: re-import of the same folder ...", flush=True)
            again = run_import(url, folder, Path(tmp) / "instance")
            print(f"  {again[0]:.1f} s, peak {again[1]:.0f} MiB ({again[2]})", flush=True)
            print(f"{label}: {args.sales_lines} sales_history lines ...", flush=True)
            history = run_import(url, sales, Path(tmp) / "instance", "--allow-drop")
            print(f"  {history[0]:.1f} s, peak {history[1]:.0f} MiB ({history[2]})", flush=True)
            history_again = run_import(url, sales, Path(tmp) / "instance")
            print(f"  again: {history_again[0]:.1f} s ({history_again[2]})", flush=True)
            results.append((label, first, again))
            history_results.append((label, history, history_again))
        if args.postgres:
            fresh_database(args.postgres)  # leave the shared test database empty

    lines = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        "",
        f"Demo folder: {rows['products.csv']:,} products, {stock_and_prices:,} stock and price "
        f"rows ({rows['stock.csv']:,} stock, {rows['price_lists.csv']:,} price list, "
        f"{rows['customer_prices.csv']:,} contract); {sum(rows.values()):,} rows in all.",
        "Each import runs `mostrador erp import` in its own process; peak memory is that "
        "process's maximum RSS, CPU time its user + system time. Goal: ≤ 60 s.",
        "",
        "| backend | first import (empty DB) | its CPU time | peak memory "
        "| re-import (no changes) | its CPU time | peak memory |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, first, again in results:
        lines.append(
            f"| {label} | {first[0]:.1f} s | {first[3]:.1f} s | {first[1]:.0f} MiB "
            f"| {again[0]:.1f} s | {again[3]:.1f} s | {again[1]:.0f} MiB |"
        )
    lines += [
        "",
        f"Then a folder with only sales_history.csv, {args.sales_lines:,} lines, imported into "
        "that database (catalog and customers in place; references checked against them). "
        "Goal: ≤ 60 s.",
        "",
        "| backend | sales_history first import | its CPU time | peak memory "
        "| re-import (no changes) | its CPU time |",
        "|---|---|---|---|---|---|",
    ]
    for label, first, again in history_results:
        lines.append(
            f"| {label} | {first[0]:.1f} s | {first[3]:.1f} s | {first[1]:.0f} MiB "
            f"| {again[0]:.1f} s | {again[3]:.1f} s |"
        )
    load = os.getloadavg()
    lines += [
        "",
        f"Load average when done: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min) "
        "on the 2 cores, shared with other work: wall time above CPU time is waiting for a core.",
    ]
    update_section("import", "ERP import (`bench/import_bench.py`)", lines)
    print("results written to bench/RESULTS.md")
    shutil.rmtree(work / "instance", ignore_errors=True)


if __name__ == "__main__":
    main()
