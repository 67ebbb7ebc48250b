"""Commercial insights at scale: every API figure and the console page's queries on
PostgreSQL with 1,000,000 quote lines and 200,000 orders (generated activity).

Run: python -m bench.insights_bench [--postgres URL] [--quotes 250000]
The database's public schema is dropped and recreated, migrated, filled in SQL
(`generate_series`, so filling takes seconds, not the hours 1M matcher calls would),
analysed, and each call timed (best and worst of 3). Goal: ≤ 1 s per call.
Results go into bench/RESULTS.md.
"""

# ruff: noqa: S608 (the SQL below is ours, filled with our own numbers)
from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from bench.results import machine, update_section
from bot import insights, migrate
from bot.db import make_engine
from bot.hours import BusinessHours
from bot.insights import csv_sql, dormant, figures, people
from bot.insights.materialised import dialect_of
from bot.insights.scope import Filters
from bot.web.insights_api import csv_chunks

TODAY = dt.date(2026, 11, 25)
CUSTOMERS, PRODUCTS, SELLERS = 5_000, 20_000, 20
HOURS = "mon-fri 09:00-18:00 America/Santiago"

FILL = [
    # customers and products
    """INSERT INTO customers (customer_id, name, seller_email, blocked, language, active)
        SELECT 'C' || g, 'Customer ' || g, 'seller' || (g % {sellers}) || '@shop.example',
               false, 'es', true FROM generate_series(1, {customers}) g""",
    """INSERT INTO products (sku, name, family, uom, pack_qty, list_price, cost, currency,
               aliases, substitutes, attributes, active)
        SELECT 'P' || g, 'Product ' || g, 'Family ' || (g % 40), 'EA', 1, 10 + g % 90,
               6 + g % 50, 'USD', '[]', '[]', '{{}}', true
        FROM generate_series(1, {products}) g""",
    # quotes over the year before TODAY, one version each; a tenth revised once
    """INSERT INTO quotes (id, number, version, customer_id, status, currency, created_at,
               valid_until, total, channel, created_by, lost_reason)
        SELECT g, 'Q-' || g, 1, 'C' || (1 + g % {customers}),
               (ARRAY['sent','accepted','lost','expired','draft','needs_review',
                      'superseded'])[1 + g % 7],
               'USD', TIMESTAMPTZ '{today}' - (g % 365) * INTERVAL '1 day'
                      - (g % 600) * INTERVAL '1 minute',
               DATE '{today}' - (g % 365) + 15, 0,
               (ARRAY['whatsapp','email','cli','console'])[1 + g % 4], 'bot',
               CASE WHEN g % 7 = 2 THEN (ARRAY['price','lead time','competitor'])[1 + g % 3] END
        FROM generate_series(1, {quotes}) g""",
    """INSERT INTO quotes (id, number, version, customer_id, status, currency, created_at,
               valid_until, total, channel, created_by)
        SELECT {quotes} + g, number, 2, customer_id, 'sent', currency,
               created_at + INTERVAL '1 hour', valid_until, 0, channel,
               'seller' || (g % {sellers}) || '@shop.example'
        FROM quotes q JOIN generate_series(1, {quotes}) g ON q.id = g
        WHERE q.status = 'superseded'""",
    # four lines per quote (the newest version's): 1M lines at 250,000 quotes
    """INSERT INTO quote_lines (quote_id, position, status, request_text, match_decision,
               match_score, candidates, sku, name, quantity, unit_price, line_total,
               list_price, cost, margin_pct, available, price_rule)
        SELECT q.id, p, CASE WHEN (q.id + p) % 10 = 0 THEN 'open' ELSE 'priced' END,
               'request ' || ((q.id * 7 + p) % 5000),
               CASE WHEN (q.id + p) % 10 = 0 THEN 'unknown' WHEN (q.id + p) % 10 = 1
                    THEN 'seller' ELSE 'auto' END, 0.9, '[]',
               CASE WHEN (q.id + p) % 10 = 0 THEN NULL
                    ELSE 'P' || (1 + (q.id * 13 + p) % {products}) END,
               'Product', 1 + (q.id + p) % 20, 9.5, 9.5 * (1 + (q.id + p) % 20), 10, 6, 36.84,
               (q.id + p) % 25, 'list'
        FROM quotes q CROSS JOIN generate_series(1, 4) p WHERE q.status <> 'superseded'""",
    # orders of the same customers and SKUs, a few days after quotes (none after today)
    """INSERT INTO orders (id, number, customer_id, status, currency, total, created_at, channel,
               created_by, quote_id)
        SELECT g, 'O-' || g, q.customer_id, 'confirmed', 'USD', 100,
               LEAST(q.created_at + (g % 40) * INTERVAL '1 day', TIMESTAMPTZ '{today}'),
               q.channel, 'bot', q.id
        FROM generate_series(1, {orders}) g JOIN quotes q ON q.id = 1 + (g * 7) % {quotes}""",
    """INSERT INTO order_lines (order_id, position, sku, name, quantity, unit_price, line_total,
               warehouse)
        SELECT o.id, 1, 'P' || (1 + (o.quote_id * 13 + 1) % {products}), 'Product', 1, 9.5, 9.5,
               'SCL'
        FROM orders o""",
    # the ERP's sales history: 500,000 invoice lines over two years
    """INSERT INTO sales_history (invoice, line, customer_id, date, sku, qty, unit_price)
        SELECT 'F-' || g, 1, 'C' || (1 + g % {customers}), DATE '{today}' - (g % 730),
               'P' || (1 + (g * 31) % {products}), 1 + g % 10, 9
        FROM generate_series(1, 500000) g""",
    # the trail's 'sent' events and approvals
    """INSERT INTO audit_events (at, subject, event, actor, data)
        SELECT created_at, number, 'sent', 'bot', '{{}}' FROM quotes
        WHERE version = 1 AND id % 3 <> 0""",
    """INSERT INTO approvals (subject, status, role, reasons, requested_at, decided_at,
               decided_by)
        SELECT number, 'approved', 'manager', '[{{"code": "margin_floor"}}]', created_at,
               created_at + INTERVAL '3 hours', 'boss@shop.example'
        FROM quotes WHERE version = 1 AND id % 25 = 0""",
]

# The chats behind the quotes (response times): one WhatsApp conversation per customer;
# each quote's request a minute before it and the bot's answer 20 s after; for a tenth,
# the buyer writes again 10 minutes later, the chat is escalated and a seller takes it
# and answers 5-60 minutes later. 550,000 messages, 50,000 more trail events.
CHATS = [
    """INSERT INTO conversations (id, channel, address, customer_id, language, state, data,
               owner, failures, created_at, updated_at)
        SELECT g, 'whatsapp', 'whatsapp:+1555' || g, 'C' || g, 'es', 'idle', '{{}}', 'bot',
               0, TIMESTAMPTZ '{today}' - INTERVAL '400 days', TIMESTAMPTZ '{today}'
        FROM generate_series(1, {customers}) g""",
    """INSERT INTO messages (conversation_id, direction, author, body, media, payload, status,
               template_variables, created_at)
        SELECT substr(q.customer_id, 2)::int, m.direction, m.author, 'text', '[]', '{{}}',
               'sent', '{{}}', q.created_at + m.after
        FROM quotes q CROSS JOIN (VALUES
            ('in', 'customer', INTERVAL '-1 minute', 0),
            ('out', 'bot', INTERVAL '20 seconds', 0),
            ('in', 'customer', INTERVAL '10 minutes', 1),
            ('out', 'seller', INTERVAL '15 minutes', 1)) AS m(direction, author, after, tenth)
        WHERE q.version = 1 AND (m.tenth = 0 OR q.id % 10 = 3)""",
    """UPDATE messages SET author = 'seller' || (id % {sellers}) || '@shop.example',
               created_at = created_at + (id % 55) * INTERVAL '1 minute'
        WHERE author = 'seller'""",
    """INSERT INTO audit_events (at, subject, event, actor, data)
        SELECT q.created_at + e.after, 'conversation:' || substr(q.customer_id, 2), e.event,
               CASE WHEN e.event = 'escalated' THEN 'system'
                    ELSE 'seller' || (q.id % {sellers}) || '@shop.example' END, '{{}}'
        FROM quotes q CROSS JOIN (VALUES
            ('escalated', INTERVAL '10 minutes 30 seconds'),
            ('taken_over', INTERVAL '14 minutes')) AS e(event, after)
        WHERE q.version = 1 AND q.id % 10 = 3""",
]


def fill(url: str, quotes: int, orders: int) -> float:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    migrate.upgrade(engine)
    started = time.perf_counter()
    values = {"customers": CUSTOMERS, "products": PRODUCTS, "sellers": SELLERS,
              "quotes": quotes, "orders": orders, "today": TODAY.isoformat()}  # fmt: skip
    with engine.begin() as conn:
        for statement in [*FILL, *CHATS]:
            conn.execute(sa.text(statement.format(**values)))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM ANALYZE"))
    engine.dispose()
    return time.perf_counter() - started


def filled(url: str) -> bool:
    """Whether `url` already holds generated activity (`--keep` on an empty database fills it)."""
    engine = make_engine(url)
    with engine.connect() as conn:
        has_quotes = sa.inspect(conn).has_table("quotes") and bool(
            conn.execute(sa.text("SELECT count(*) FROM quotes")).scalar_one()
        )
    engine.dispose()
    return has_quotes


def top_up(url: str, quotes: int, orders: int) -> None:
    """A kept database: migrate it, and add the chats if it was filled before they were."""
    engine = make_engine(url)
    migrate.upgrade(engine)
    values = {"customers": CUSTOMERS, "products": PRODUCTS, "sellers": SELLERS,
              "quotes": quotes, "orders": orders, "today": TODAY.isoformat()}  # fmt: skip
    with engine.begin() as conn:
        if conn.execute(sa.text("SELECT count(*) FROM conversations")).scalar_one():
            engine.dispose()
            return
        for statement in CHATS:
            conn.execute(sa.text(statement.format(**values)))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM ANALYZE"))
    engine.dispose()


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    with engine.connect() as conn:
        found = {
            t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in (
                "quotes",
                "quote_lines",
                "orders",
                "sales_history",
                "audit_events",
                "messages",
            )
        }
    engine.dispose()
    return found


def _backend_cpu(session: Session) -> float:
    """CPU seconds the PostgreSQL backend serving `session` has used (same machine)."""
    pid = session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(
    url: str, calls: dict[str, Callable[[Session], Any]], repeat: int = 3
) -> list[tuple[str, float, float, float]]:
    """Each call's best and worst wall time, and its best CPU time (ours + the backend's).

    The machine is shared and loaded: wall time includes waiting for a core, CPU time
    is what the call itself costs.
    """
    engine = make_engine(url)
    out = []
    for name, call in calls.items():
        runs, cpus = [], []
        for _ in range(repeat):
            with Session(engine) as session:
                backend = _backend_cpu(session)
                session.commit()
                ours = time.process_time()
                started = time.perf_counter()
                call(session)
                runs.append(time.perf_counter() - started)
                cpus.append(time.process_time() - ours + _backend_cpu(session) - backend)
        out.append((name, min(runs), max(runs), min(cpus)))
        print(f"  {name}: best {min(runs):.3f} s, worst {max(runs):.3f} s, "
              f"CPU {min(cpus):.3f} s", flush=True)  # fmt: skip
    engine.dispose()
    return out


def fresh(s: Session) -> None:
    """What every API call and page does first (`fresh_session`): bring the summary up to
    date, then read in a transaction with JIT off."""
    insights.refresh(s, 30, BusinessHours.parse(HOURS))
    dialect_of(s)


def calls() -> dict[str, Callable[[Session], Any]]:
    hours = BusinessHours.parse(HOURS)  # a person's waits in business hours (the costlier)
    start = TODAY - dt.timedelta(days=89)
    quarter = Filters(start=start, end=TODAY, hours=hours)
    year = Filters(start=TODAY - dt.timedelta(days=364), end=TODAY, hours=hours)
    seller = Filters(start=start, end=TODAY, seller="seller3@shop.example", hours=hours)
    family = Filters(start=start, end=TODAY, family="Family 7", hours=hours)

    def page(s: Session) -> None:  # what /console/insights computes
        fresh(s)
        insights.summary(s, quarter), figures.weekly(s, quarter)
        figures.top_unmet(s, quarter, 10), dormant.dormant(s, quarter)
        figures.lost_table(s, quarter, limit=50), figures.family_names(s)

    def api(filters: Filters) -> Callable[[Session], Any]:
        return lambda s: (fresh(s), insights.summary(s, filters))

    def table(name: str, build: Callable[[Session, Filters], Any]) -> Callable[[Session], Any]:
        # The whole CSV body, as the route streams it (rows read and written; unmet and
        # quotes written by PostgreSQL's COPY, as the route does there).
        def body(s: Session) -> int:
            fresh(s)
            if csv_sql.copied(name, s):
                return sum(map(len, csv_sql.copy_chunks(s, name, quarter)))
            return sum(map(len, csv_chunks(name, build(s, quarter))))

        return body

    return {
        "GET /api/v1/insights (90 days, all sellers)": api(quarter),
        "GET /api/v1/insights (365 days, all sellers)": api(year),
        "GET /api/v1/insights (90 days, one seller)": api(seller),
        "GET /api/v1/insights (90 days, one family)": api(family),
        "unmet.csv (90 days)": table("unmet", figures.unmet),
        "dormant.csv": table("dormant", dormant.dormant),
        "lost.csv (90 days)": table("lost", figures.lost_table),
        "quotes.csv (90 days)": table("quotes", figures.quote_table),
        "workload.csv (90 days)": table("workload", people.workload),
        "/console/insights (90 days, manager)": page,
    }


def refreshes(url: str, rebuild: bool = True) -> list[tuple[str, float, float, float]]:
    """The summary's own cost: a full rebuild (after an ERP import), then a new order's."""
    engine = make_engine(url)
    out = []

    def run(name: str, full: bool) -> None:
        with Session(engine) as session:
            backend = _backend_cpu(session)
            session.commit()
            ours, started = time.process_time(), time.perf_counter()
            insights.refresh(session, 30, BusinessHours.parse(HOURS), full=full)
            wall = time.perf_counter() - started
            cpu = time.process_time() - ours + _backend_cpu(session) - backend
        out.append((name, wall, wall, cpu))
        print(f"  {name}: {wall:.3f} s, CPU {cpu:.3f} s", flush=True)

    if rebuild:
        run("full rebuild (after an ERP import that moved sales_history)", True)
    with engine.begin() as conn:  # a buyer orders: one order, one trail event
        new = conn.execute(sa.text("SELECT max(id) + 1 FROM orders")).scalar_one()
        conn.execute(sa.text(
            "INSERT INTO orders (id, number, customer_id, status, currency, total, created_at,"
            f" channel, created_by) VALUES ({new}, 'O-NEW-{new}', 'C17', 'confirmed', 'USD', 9.5,"
            f" TIMESTAMPTZ '{TODAY}', 'whatsapp', 'bot')"))  # fmt: skip
        conn.execute(sa.text(
            "INSERT INTO order_lines (order_id, position, sku, name, quantity, unit_price,"
            f" line_total, warehouse) VALUES ({new}, 1, 'P18', 'Product', 1, 9.5, 9.5, 'SCL')"
        ))  # fmt: skip
        conn.execute(sa.text(
            "INSERT INTO audit_events (at, subject, event, actor, data)"
            f" VALUES (TIMESTAMPTZ '{TODAY}', 'O-NEW-{new}', 'created', 'bot', '{{}}')"
        ))  # fmt: skip
    run("incremental (one new order: its customer's quotes of the window)", False)
    engine.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=250_000, help="4 lines each")
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each call")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/bench"),
        help="PostgreSQL URL (its public schema is dropped and recreated)",
    )
    parser.add_argument("--keep", action="store_true", help="reuse the filled database")
    parser.add_argument(
        "--no-rebuild", action="store_true", help="with --keep: skip the full rebuild"
    )
    args = parser.parse_args()
    load_before = os.getloadavg()
    if not args.keep or not filled(args.postgres):
        print("filling ...", flush=True)
        fill(args.postgres, args.quotes, args.orders)
    else:
        top_up(args.postgres, args.quotes, args.orders)
    rows = counts(args.postgres)
    print(f"  {rows}", flush=True)
    print("refreshing the summary ...", flush=True)
    built = refreshes(args.postgres, not args.no_rebuild)
    results = timed(args.postgres, calls(), args.repeat)
    lines = [
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}, PostgreSQL (local).",
        "",
        f"Generated activity: {rows['quotes']:,} quote versions, {rows['quote_lines']:,} quote "
        f"lines, {rows['orders']:,} orders, {rows['sales_history']:,} sales_history lines, "
        f"{rows['audit_events']:,} trail events, {rows['messages']:,} chat messages; "
        f"{CUSTOMERS:,} customers of {SELLERS} sellers, "
        f"{PRODUCTS:,} products, a year of quotes. Each call (the summary's refresh included, "
        f"as the API and the page do) timed {args.repeat} times in a new session: wall time "
        "best / worst, and CPU time (this process + its PostgreSQL backend), best; a CSV "
        "call writes its whole body (the route streams it while it is read). "
        "Goal: ≤ 1 s per call.",
        "",
        f"Load average before: {load_before[0]:.1f} / {load_before[1]:.1f} / "
        f"{load_before[2]:.1f} on 2 cores shared with other engineers' test runs.",
        "",
        "| call | best | worst | CPU | goal met |",
        "|---|---|---|---|---|",
    ]
    for name, best, worst, cpu in results:
        met = "yes" if worst <= 1 else ("CPU yes, wall no (load)" if cpu <= 1 else "no")
        lines.append(f"| {name} | {best:.2f} s | {worst:.2f} s | {cpu:.2f} s | {met} |")
    lines += ["", "The summary's own upkeep (not on a reader's path: erp-sync and the "
              "`insights-refresh` cron job do it; a reader's refresh finds it fresh):", "",
              "| refresh | wall | CPU |", "|---|---|---|"]  # fmt: skip
    for name, wall, _, cpu in built:
        lines.append(f"| {name} | {wall:.2f} s | {cpu:.2f} s |")
    load = os.getloadavg()
    lines += ["", f"Load average when done: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}."]
    update_section("insights", "Commercial insights (`bench/insights_bench.py`)", lines)
    print("results written to bench/RESULTS.md")


if __name__ == "__main__":
    main()
