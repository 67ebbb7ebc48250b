"""Matcher benchmark: accuracy on the labelled lines, latency and memory at 10k/100k.

Accuracy (demo catalog, 2,500 products; bench/lines/tune.csv and holdout.csv):
  auto precision   share of `auto` answers whose SKU fits the line (goal ≥ 99.5 %)
  auto coverage    share of lines with exactly one fitting SKU answered `auto` correctly
  top-1            share of catalog lines whose first candidate fits
  guarded          share of lines for things we do not stock that are *not* `auto`
  quantity         share of lines whose quantity (and unit, when labelled) is read right
beside, in the same run, (a) `rapidfuzz.process.extractOne` over name + description
and (b) PostgreSQL `pg_trgm` similarity, each answering "auto" above a threshold.

Speed (demo catalogs of 10,000 and 100,000 products, imported into SQLite): index
build time and memory, and per-line latency p50/p99 for all three.

    python bench/match_bench.py [--postgres URL] [--skip-100k]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from rapidfuzz import fuzz, process, utils
from sqlmodel import Session, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import machine, update_section  # noqa: E402
from bot import migrate  # noqa: E402
from bot.db import make_engine  # noqa: E402
from bot.demo.writer import write_demo  # noqa: E402
from bot.erp.importer import import_folder  # noqa: E402
from bot.matching.index import CatalogIndex  # noqa: E402
from bot.matching.lines import parse_line  # noqa: E402
from bot.matching.matcher import match_line  # noqa: E402
from bot.models import Product  # noqa: E402

WORK = ROOT / "bench" / ".work"
LINES = ROOT / "bench" / "lines"
EXTRACT_AUTO = 90.0  # extractOne score (0..100) from which it would answer alone
TRGM_AUTO = 0.5  # pg_trgm similarity from which it would answer alone


@dataclass
class Answer:
    sku: str | None  # the auto answer
    first: str | None  # the best candidate


@dataclass
class Labelled:
    line: str
    customer_id: str | None
    expected: set[str]
    quantity: Decimal
    uom: str | None
    kind: str


def load_lines(name: str) -> list[Labelled]:
    with (LINES / name).open(encoding="utf-8") as handle:
        return [
            Labelled(
                r["line"],
                r["customer_id"] or None,
                set(filter(None, r["expected"].split("|"))),
                Decimal(r["quantity"]),
                r["uom"] or None,
                r["kind"],
            )
            for r in csv.DictReader(handle)
        ]


def rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def database(products: int, folder: Path, tmp: Path) -> sa.Engine:
    if not (folder / "receivables.csv").exists():
        print(f"  writing demo folder with {products} products ...", flush=True)
        write_demo(folder, products=products, seed=7, today=dt.date(2026, 11, 25))
    engine = make_engine(f"sqlite:///{tmp / f'match-{products}.db'}")
    migrate.upgrade(engine)
    print(f"  importing {products} products ...", flush=True)
    import_folder(engine, folder)
    return engine


def catalog_texts(engine: sa.Engine) -> tuple[list[str], list[str]]:
    with Session(engine) as session:
        rows = session.exec(select(Product.sku, Product.name, Product.description)).all()
    return [r[0] for r in rows], [f"{r[1]} {r[2] or ''}" for r in rows]


class Mostrador:
    label = "Mostrador matcher"

    def __init__(self, engine: sa.Engine) -> None:
        gc.collect()
        before = rss_mib()
        started = time.perf_counter()
        with Session(engine) as session:
            self.index = CatalogIndex.build(session)
        self.build_seconds = time.perf_counter() - started
        gc.collect()
        self.memory = rss_mib() - before

    def __call__(self, line: Labelled) -> Answer:
        result = match_line(self.index, line.line, line.customer_id)
        return Answer(
            result.sku if result.decision == "auto" else None,
            result.candidates[0].sku if result.candidates else None,
        )


class ExtractOne:
    label = "rapidfuzz extractOne, WRatio (name + description)"
    scorer = staticmethod(fuzz.WRatio)

    def __init__(self, engine: sa.Engine) -> None:
        gc.collect()
        before = rss_mib()
        started = time.perf_counter()
        self.skus, texts = catalog_texts(engine)
        self.choices = [utils.default_process(t) for t in texts]
        self.build_seconds = time.perf_counter() - started
        gc.collect()
        self.memory = rss_mib() - before

    def __call__(self, line: Labelled) -> Answer:
        best = process.extractOne(
            utils.default_process(line.line), self.choices, scorer=self.scorer
        )
        if best is None:
            return Answer(None, None)
        sku = self.skus[best[2]]
        return Answer(sku if best[1] >= EXTRACT_AUTO else None, sku)


class ExtractOneTokenSet(ExtractOne):
    label = "rapidfuzz extractOne, token_set_ratio"
    scorer = staticmethod(fuzz.token_set_ratio)


class PgTrgm:
    label = "PostgreSQL pg_trgm similarity"

    def __init__(self, engine: sa.Engine, url: str) -> None:
        skus, texts = catalog_texts(engine)
        self.engine = make_engine(url)
        started = time.perf_counter()
        with self.engine.begin() as conn:
            conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            conn.execute(sa.text("DROP TABLE IF EXISTS bench_catalog"))
            conn.execute(sa.text("CREATE TABLE bench_catalog (sku text primary key, doc text)"))
            driver = conn.connection.driver_connection
            with (
                driver.cursor() as cursor,
                cursor.copy(  # type: ignore[union-attr]
                    "COPY bench_catalog (sku, doc) FROM STDIN"
                ) as copy,
            ):
                for sku, text in zip(skus, texts, strict=True):
                    copy.write_row((sku, text.lower()))
            conn.execute(
                sa.text(
                    "CREATE INDEX bench_catalog_trgm ON bench_catalog "
                    "USING gist (doc gist_trgm_ops)"
                )
            )
            conn.execute(sa.text("ANALYZE bench_catalog"))
            self.memory = conn.execute(
                sa.text("SELECT pg_total_relation_size('bench_catalog') / 1048576.0")
            ).scalar_one()
        self.build_seconds = time.perf_counter() - started
        self.conn = self.engine.connect()
        self.query = sa.text(
            "SELECT sku, similarity(doc, :q) AS s FROM bench_catalog ORDER BY doc <-> :q LIMIT 1"
        )

    def __call__(self, line: Labelled) -> Answer:
        row = self.conn.execute(self.query, {"q": line.line.lower()}).first()
        if row is None:
            return Answer(None, None)
        return Answer(row[0] if row[1] >= TRGM_AUTO else None, row[0])

    def close(self) -> None:
        self.conn.close()
        with self.engine.begin() as conn:
            conn.execute(sa.text("DROP TABLE IF EXISTS bench_catalog"))
        self.engine.dispose()


def accuracy(matcher: Callable[[Labelled], Answer], lines: list[Labelled]) -> dict[str, float]:
    autos = right_autos = single = covered = first_ok = catalog = guarded = absent = 0
    for line in lines:
        answer = matcher(line)
        if answer.sku is not None:
            autos += 1
            right_autos += answer.sku in line.expected
        if line.expected:
            catalog += 1
            first_ok += answer.first in line.expected
            if len(line.expected) == 1:
                single += 1
                covered += answer.sku in line.expected
        else:
            absent += 1
            guarded += answer.sku is None
    return {
        "precision": right_autos / autos if autos else 1.0,
        "autos": autos,
        "coverage": covered / single if single else 0.0,
        "top1": first_ok / catalog if catalog else 0.0,
        "guarded": guarded / absent if absent else 1.0,
    }


def quantity_accuracy(lines: list[Labelled]) -> float:
    ok = 0
    for line in lines:
        parsed = parse_line(line.line)
        ok += parsed.quantity == line.quantity and (line.uom is None or parsed.uom == line.uom)
    return ok / len(lines)


def latency(matcher: Callable[[Labelled], Answer], lines: list[Labelled]) -> tuple[float, float]:
    times = []
    for line in lines:
        started = time.perf_counter()
        matcher(line)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def pct(value: float) -> str:
    return f"{value * 100:.1f} %"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
    )
    parser.add_argument("--skip-100k", action="store_true")
    args = parser.parse_args()
    sets = {"tune": load_lines("tune.csv"), "holdout": load_lines("holdout.csv")}
    everything = sets["tune"] + sets["holdout"]
    out: list[str] = [f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine()}.", ""]

    with tempfile.TemporaryDirectory() as tmp:
        print("accuracy on the demo catalog (2,500 products)", flush=True)
        engine = database(2500, WORK / "demo-2500", Path(tmp))
        matchers = [Mostrador(engine), ExtractOne(engine), ExtractOneTokenSet(engine)]
        if args.postgres:
            matchers.append(PgTrgm(engine, args.postgres))
        out += [
            f"### Accuracy: {len(sets['tune'])} tuning lines, {len(sets['holdout'])} held-out "
            "lines (never tuned on), demo catalog of 2,500 products",
            "",
            "| matcher | set | auto precision | autos | auto coverage | top-1 "
            "| not stocked guarded |",
            "|---|---|---|---|---|---|---|",
        ]
        for matcher in matchers:
            for name, lines in sets.items():
                a = accuracy(matcher, lines)
                print(f"  {matcher.label} / {name}: {a}", flush=True)
                out.append(
                    f"| {matcher.label} | {name} | {pct(a['precision'])} | {a['autos']} | "
                    f"{pct(a['coverage'])} | {pct(a['top1'])} | {pct(a['guarded'])} |"
                )
        for matcher in matchers:
            if isinstance(matcher, PgTrgm):
                matcher.close()
        out += [
            "",
            f"Quantity and unit read right: tune {pct(quantity_accuracy(sets['tune']))}, "
            f"holdout {pct(quantity_accuracy(sets['holdout']))}.",
            f"Baselines answer `auto` at extractOne ≥ {EXTRACT_AUTO:g} and pg_trgm "
            f"similarity ≥ {TRGM_AUTO:g}.",
            "",
        ]
        engine.dispose()

        out += [
            "### Speed",
            "",
            "| products | matcher | build | memory | p50 / line | p99 / line |",
            "|---|---|---|---|---|---|",
        ]
        for products in (10_000,) + (() if args.skip_100k else (100_000,)):
            print(f"speed at {products} products", flush=True)
            engine = database(products, WORK / f"demo-{products}", Path(tmp))
            speed = [Mostrador(engine), ExtractOne(engine)]
            if args.postgres:
                speed.append(PgTrgm(engine, args.postgres))
            for matcher in speed:
                # The baselines scan the catalog per line: a fixed sample keeps the run short.
                sample = everything if isinstance(matcher, Mostrador) else everything[::6]
                p50, p99 = latency(matcher, sample)
                memory = f"{matcher.memory:.0f} MiB" + (
                    " (table+index)" if isinstance(matcher, PgTrgm) else ""
                )
                out.append(
                    f"| {products:,} | {matcher.label} | {matcher.build_seconds:.1f} s | "
                    f"{memory} | {p50:.2f} ms | {p99:.2f} ms |"
                )
                print(f"  {matcher.label}: p50 {p50:.2f} ms, p99 {p99:.2f} ms", flush=True)
                if isinstance(matcher, PgTrgm):
                    matcher.close()
            engine.dispose()
    out += [
        "",
        f"Latency over all {len(everything)} labelled lines for Mostrador and every "
        f"sixth line ({len(everything[::6])}) for the baselines, one at a time, in-process "
        "(pg_trgm: one query over a local connection). Memory: the process's RSS growth "
        "while building (PostgreSQL: table and trigram index on disk).",
    ]
    update_section("match", "Item matcher (`bench/match_bench.py`)", out)
    print("results written to bench/RESULTS.md")


if __name__ == "__main__":
    main()
