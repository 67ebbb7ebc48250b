"""Fixtures on real parts: the migrated database (SQLite, or PostgreSQL when
TEST_DATABASE_URL is set), the app, and an ERP folder helper.

A service that cannot be reached fails the run; it is never skipped.
"""

from __future__ import annotations

import gc
import os
import pickle
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from bot import create_app, migrate
from bot.db import make_engine
from bot.erp.importer import ImportReport, import_folder
from bot.matching.index import CatalogIndex
from bot.matching.service import EXTENSION as MATCH_INDEX
from bot.matching.service import current_index
from tests.mail_fakes import imap_port, mail_app, smtp  # noqa: F401 (fixtures for every file)
from tests.twilio_fakes import OUR_NUMBER, PUBLIC, TOKEN, FakeTwilio

API_TOKEN = "test-token-123"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    """A database migrated from scratch through Alembic, as production is."""
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(sa.text("DROP SCHEMA public CASCADE"))
                conn.execute(sa.text("CREATE SCHEMA public"))
    except sa.exc.OperationalError as exc:  # fail, do not skip
        pytest.fail(f"test database {database_url} is not reachable: {exc}")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """Give back to the collector whatever a test froze.

    A running process freezes its matcher index (`gc.freeze()`, bot/matching/cache.py) and a
    TESTING app does not; but an app made without TESTING, or the worker pool's parent, would
    freeze every earlier test's garbage still waiting in a cycle for good. Frozen that way the
    suite grew past 8 GB and the kernel killed it, two runs side by side."""
    yield
    if gc.get_freeze_count():
        gc.unfreeze()


# PostgreSQL here and in CI runs with autovacuum off: each test's DELETEs leave their rows dead,
# and after a few hundred tests that reload the demo catalog, `DELETE FROM products` scanned
# millions of them (seconds a test). Every VACUUM_EVERY emptyings the suite vacuums itself.
VACUUM_EVERY = 25
_emptied = 0


@pytest.fixture
def db(engine: Engine) -> Iterator[Engine]:
    """The migrated database, emptied after each test."""
    yield engine
    empty(engine)


def empty(engine: Engine) -> None:
    """Delete every row, as each test leaves the database (`db`)."""
    global _emptied
    with engine.begin() as conn:
        for table in reversed(SQLModel.metadata.sorted_tables):
            conn.execute(table.delete())
    _emptied += 1
    if engine.dialect.name == "postgresql" and _emptied % VACUUM_EVERY == 0:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM"))


@pytest.fixture
def session(db: Engine) -> Iterator[Session]:
    with Session(db, expire_on_commit=False) as session:
        yield session


def close_app(app: Flask) -> None:
    """Close what an app opened: its database pool and its queue's Redis connections (left to
    the garbage collector, a socket to a test's own Redis server, stopped by then, is reported
    unclosed during whichever test runs next: the run fails on that warning)."""
    app.extensions["mostrador.engine"].dispose()
    cached = app.extensions.get("mostrador.queue")
    if cached is not None:
        cached[1].connection.connection_pool.disconnect()


@pytest.fixture
def app(db: Engine, database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "INSTANCE_PATH": str(tmp_path / "instance"),
            "API_TOKEN": API_TOKEN,
            "REDIS_URL": None,
        }
    )
    yield app
    close_app(app)


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo distributor's ERP folder as `mostrador demo-data --as-of 2026-11-25` writes it
    (the conversation corpus's setting); written once, imported by each test that needs it."""
    folder = tmp_path_factory.mktemp("demo")
    app = create_app({"INSTANCE_PATH": str(folder / "instance"), "REDIS_URL": None})
    result = app.test_cli_runner().invoke(
        args=["demo-data", "--as-of", "2026-11-25", str(folder / "erp")]
    )
    assert result.exit_code == 0, result.output
    return folder / "erp"


_copies: dict[str, tuple[dict[str, Any], ImportReport]] = {}  # key -> (tables as stored, report)


def import_demo(engine: Engine, folder: Path) -> None:
    """Import the demo folder into the emptied database, as `mostrador erp import` does.

    The first test imports it; the others are given back the very rows that import wrote, as
    the database stores them (SQLite's values, PostgreSQL's COPY text), in a tenth of the time
    it takes to read and check its 24,000 CSV rows again (`import_copy`)."""
    import_copy(engine, folder, "demo")


def import_copy(engine: Engine, folder: Path, key: str) -> ImportReport:
    """Import `folder` into the emptied database the first time `key` is asked for, and give
    every later test asking for `key` (the same folder, written again) the rows that import
    wrote and its report, without reading the folder again. Explicit ids never collide with
    later inserts: SQLite takes the largest id plus one, and a PostgreSQL sequence has already
    handed out the ids the first import got."""
    tables = [t.name for t in SQLModel.metadata.sorted_tables]
    postgres = engine.dialect.name == "postgresql"
    if key not in _copies:
        report = import_folder(engine, folder)
        stored: dict[str, Any] = {}
        with engine.connect() as conn:
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            for name in tables:
                if postgres:
                    with cursor.copy(f'COPY "{name}" TO STDOUT') as copy:
                        stored[name] = b"".join(bytes(chunk) for chunk in copy)
                else:
                    cursor.execute(f'SELECT * FROM "{name}"')  # noqa: S608 (our tables)
                    columns = ", ".join(f'"{d[0]}"' for d in cursor.description)
                    marks = ", ".join("?" for _ in cursor.description)
                    insert = f'INSERT INTO "{name}" ({columns}) VALUES ({marks})'  # noqa: S608
                    stored[name] = (insert, cursor.fetchall())
        _copies[key] = (stored, report)
        return report
    stored, report = _copies[key]
    with engine.begin() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for name in tables:
            if postgres:
                with cursor.copy(f'COPY "{name}" FROM STDIN') as copy:
                    copy.write(stored[name])
            elif stored[name][1]:
                cursor.executemany(*stored[name])
    return report


_demo_index: list[bytes] = []  # the demo catalog's matcher index, pickled by the first test


def demo_index(app: Flask, engine: Engine) -> None:
    """Put the demo catalog's matcher index in `app`, just after the demo folder was imported.

    Hundreds of tests (every played conversation) import the same demo folder into an emptied
    database and ask the matcher at once: building its index costs a second each time, a copy
    a twentieth of that. The first test builds it as the app does; the others adopt a copy of
    it (a copy: whatever one test does to its index cannot reach the next)."""
    cache = app.extensions[MATCH_INDEX]
    if _demo_index:
        cache.adopt(engine, pickle.loads(_demo_index[0]))  # noqa: S301 (made by this run)
        return
    with app.app_context():
        _demo_index.append(pickle.dumps(current_index(), protocol=pickle.HIGHEST_PROTOCOL))


def demo_catalog_index(engine: Engine, folder: Path) -> CatalogIndex:
    """The demo folder imported into the emptied database (`import_demo`) and its matcher
    index without an app, for tests that ask the matcher directly: a copy of the index the
    first test built (the same one `demo_index` hands an app), never the same object twice."""
    import_demo(engine, folder)
    if not _demo_index:
        with Session(engine) as session:
            index = CatalogIndex.build(session)
        _demo_index.append(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    return pickle.loads(_demo_index[0])  # type: ignore[no-any-return]  # noqa: S301 (made by this run)


@pytest.fixture(scope="module")
def demo_matcher_index(engine: Engine, demo_folder: Path) -> CatalogIndex:
    """The demo catalog's matcher index, one for a whole module whose tests only ask the
    matcher (`match_line`, `match_asked`: no database read, and the index is built once and
    only read, bot/matching/index.py). Its tests import no rows and unpickle no index of their
    own (`demo_catalog_index`: a tenth of a second or two each); the demo rows it is built
    from are deleted at once, so the next test finds the database empty as `db` leaves it. A
    test that changes its index, or reads the database, takes `demo_catalog_index` instead."""
    index = demo_catalog_index(engine, demo_folder)
    empty(engine)
    return index


@pytest.fixture
def api(app: Flask) -> Any:
    """A test client that sends the bearer token."""
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {API_TOKEN}"
    return client


class ErpFolder:
    """Write ERP CSV files as readable text blocks, and import them."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        path.mkdir(parents=True, exist_ok=True)

    def write(self, **files: str) -> ErpFolder:
        """`write(products="sku,name,...\\n...")` writes products.csv (dedented)."""
        for name, body in files.items():
            text = textwrap.dedent(body).lstrip("\n")
            (self.path / f"{name}.csv").write_text(text, encoding="utf-8")
        return self

    def remove(self, *names: str) -> ErpFolder:
        for name in names:
            (self.path / f"{name}.csv").unlink()
        return self

    def load(self, **options: Any) -> ImportReport:
        """Import the folder; `options` go to `import_folder` (e.g. `allow_drop=True`)."""
        return import_folder(self.engine, self.path, **options)


@pytest.fixture
def erp(db: Engine, tmp_path: Path) -> ErpFolder:
    return ErpFolder(tmp_path / "erp", db)


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every mirrored row, sorted: two equal snapshots mean nothing changed."""
    tables = [
        "products",
        "customers",
        "contacts",
        "price_list_prices",
        "customer_prices",
        "family_discounts",
        "warehouses",
        "stock",
        "cross_references",
        "receivables",
        "sales_history",
        "erp_order_status",
        "brand_preferences",
    ]
    with engine.connect() as conn:
        return {
            name: sorted(
                tuple(map(repr, row))
                for row in conn.execute(SQLModel.metadata.tables[name].select())
            )
            for name in tables
        }


@pytest.fixture
def shop(erp: ErpFolder) -> ErpFolder:
    """A small shop for conversation stories: a contract customer and a blocked one."""
    return erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,America/Santiago\n",
        products="""
            sku,name,brand,family,uom,list_price,cost
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00
            B-NSK,Deep groove ball bearing 6204-DDU NSK,NSK,Bearings,EA,9.00,5.00
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,,Fasteners,EA,0.50,0.20
            V-A42,Classical V-belt A42 Gates,Gates,Belts,EA,7.40,4.00
            """,
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language
            C001,Minera Los Andes SpA,100000,false,,es
            C003,Taller El Rayo,5000,true,Cheques protestados,es
            """,
        contacts="""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C003,Raúl Fuentes,+56987654003
            """,
        customer_prices="customer_id,sku,price\nC001,B-SKF,8.00\n",
        stock="sku,warehouse,on_hand\nB-SKF,SCL,100\nB-NSK,SCL,100\nF-840,SCL,5000\nV-A42,SCL,20\n",
    )


@pytest.fixture
def corpus_app(
    db: Engine, database_url: str, tmp_path: Path, twilio: FakeTwilio, demo_folder: Path
) -> Iterator[Flask]:
    """The demo distributor's app on WhatsApp, as the played conversations meet it."""
    import_demo(db, demo_folder)
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "PUBLIC_BASE_URL": PUBLIC, "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
        "TWILIO_CONTENT_API_BASE_URL": twilio.url,
        "TWILIO_API_BASE_URL": twilio.url, "API_TOKEN": API_TOKEN, "BRAND_CHOICE": "choose",
        "BUSINESS_HOURS": None,
    })  # fmt: skip
    demo_index(app, db)
    yield app
    close_app(app)


MIKE = "+17135550999"  # Mike Reyes of Gulf Pump Works (C009), who writes in English


def with_english_buyer(shop: ErpFolder, **files: str) -> ErpFolder:
    """The conversation shop with an English-speaking customer beside Jorge (and `files`)."""
    return shop.write(
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language
            C001,Minera Los Andes SpA,100000,false,,es
            C009,Gulf Pump Works,100000,false,,en
            """,
        contacts=f"""
            customer_id,name,phone
            C001,Jorge Müller,+56912345001
            C009,Mike Reyes,{MIKE}
            """,
        **files,
    )


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
HEADLESS_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright, one for the whole run (every browser test
    file shares it: Playwright's sync API allows one instance at a time)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():  # fail, never skip: CI installs it (.ci/run)
        pytest.fail(f"{CHROMIUM} not found: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=HEADLESS_FLAGS
        )
        yield browser
        browser.close()


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


@pytest.fixture
def whatsapp_app(
    db: Engine, database_url: str, tmp_path: Any, twilio: FakeTwilio, shop: ErpFolder
) -> Iterator[Flask]:
    shop.load()
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "PUBLIC_BASE_URL": PUBLIC, "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
        "TWILIO_API_BASE_URL": twilio.url, "TWILIO_TEMPLATE_SID": "HX" + "7" * 32,
        "TWILIO_CONTENT_API_BASE_URL": twilio.url, "TWILIO_MESSAGING_API_BASE_URL": twilio.url,
    })  # fmt: skip
    yield app
    close_app(app)
