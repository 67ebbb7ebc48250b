"""The database: one engine per app, sessions per request or per job.

Domain code never reaches for a global session: it is handed one (STYLE.md,
"connections passed explicitly"). Inside a request, `get_session()` gives the
request's session and closes it at teardown.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from flask import Flask, current_app, g
from sqlalchemy.engine import Engine
from sqlmodel import Session

EXTENSION = "mostrador.engine"
LEAN = "mostrador.lean_engine"

# Execution options for a transaction that will write: on SQLite it takes the write
# lock at BEGIN (queuing behind other writers); elsewhere it changes nothing.
WRITE = {"sqlite_begin": "IMMEDIATE"}


def begin_write(session: Session) -> None:
    """Start `session`'s transaction as a writer, if it has not started yet.

    Code that writes calls this first; a caller that already opened the session as a
    writer (`session_scope(engine, write=True)`) or is mid-transaction is left as is.
    """
    if not session.in_transaction():
        session.connection(execution_options=WRITE)


def normalize_url(url: str) -> str:
    """Use psycopg 3 for plain `postgresql://` / `postgres://` URLs (as PaaS hand them out)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine with the settings each backend needs to behave.

    SQLite gets WAL (readers do not block the writer), a busy timeout (a second
    writer waits instead of failing at once) and enforced foreign keys. Reads begin
    deferred; code that writes asks for `WRITE` (BEGIN IMMEDIATE) so that two
    writers queue up instead of failing when one tries to upgrade its lock.
    """
    url = normalize_url(url)
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {}).update({"timeout": 30, "check_same_thread": False})
        engine = sa.create_engine(url, **kwargs)

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below rule
            cursor = dbapi_conn.cursor()
            if url not in ("sqlite://", "sqlite:///:memory:"):
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @sa.event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            if mode not in ("DEFERRED", "IMMEDIATE"):
                raise ValueError(f"unknown sqlite_begin mode {mode!r}")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    if kwargs.pop("pool_pre_ping", True):
        engine = sa.create_engine(url, **kwargs)
        _ping_when_idle(engine)
        return engine
    return sa.create_engine(url, **kwargs)


# Seconds a pooled connection may sit unused and still be handed out without a ping.
PING_IDLE = 1.0


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's pre-ping, for connections that sat in the pool over PING_IDLE seconds.

    A connection that sat idle may have died with the server (a restart, a failover, a
    proxy's idle timeout): it is pinged when taken, and replaced when the ping fails, as
    `pool_pre_ping` does. One given back a moment ago is handed out as it is: a worker
    takes one for its turn and one for the turn's replies, and pinged each (issue #19:
    two round trips a turn). A server gone in that moment fails the statement, as it
    would between a ping and the statement."""

    @sa.event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_from"] = time.monotonic()

    @sa.event.listens_for(engine, "checkout")
    def _ping(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        idle_from = record.info.get("idle_from")
        if idle_from is None or time.monotonic() - idle_from < PING_IDLE:
            return  # new (just connected), or back in the pool a moment ago
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise sa.exc.DisconnectionError(str(exc)) from exc  # the pool connects again
        if not alive:
            raise sa.exc.DisconnectionError("the ping found the connection closed")


def init_app(app: Flask) -> None:
    """Create the app's engine and close request sessions at teardown."""
    app.extensions[EXTENSION] = make_engine(app.config["DATABASE_URL"])
    app.teardown_appcontext(_close_session)


def get_engine(app: Flask | None = None) -> Engine:
    """The engine of `app` (default: the current app)."""
    engine: Engine = (app or current_app).extensions[EXTENSION]
    return engine


def lean_engine(app: Flask | None = None) -> Engine:
    """An engine for single idempotent statements on a hot path (the webhook's store).

    Autocommit: each statement is its own transaction, no BEGIN/COMMIT round trips.
    No pre-ping (a round trip per checkout): a connection found dead fails its
    statement, SQLAlchemy drops it from the pool, and the caller runs it again
    (`bot.inbound.store` does, once). SQLite shares the app's engine (one writer).
    """
    app = app or current_app
    engine: Engine | None = app.extensions.get(LEAN)
    if engine is None:
        main = get_engine(app)
        engine = main
        if main.dialect.name != "sqlite":
            # Autocommit leaves no transaction to roll back when a connection goes back
            # to the pool: no reset (a rollback call a statement).
            engine = make_engine(
                app.config["DATABASE_URL"], pool_pre_ping=False, isolation_level="AUTOCOMMIT",
                pool_reset_on_return=None,
            )  # fmt: skip
            _dispose_with(main, engine)
        app.extensions[LEAN] = engine
    return engine


def _dispose_with(main: Engine, lean: Engine) -> None:
    """Dispose `lean` whenever `main` is: its pooled connections never outlive the app's.

    In a process forked after `lean` was made (gunicorn's post_fork) the sockets are the
    parent's: they are dropped there, never closed (closing would end the parent's).
    """
    made_in = os.getpid()

    def dispose(_: Engine) -> None:
        lean.dispose(close=os.getpid() == made_in)

    sa.event.listen(main, "engine_disposed", dispose)


def get_session() -> Session:
    """The session of the current app context, opened on first use."""
    if "db_session" not in g:
        g.db_session = Session(get_engine(), expire_on_commit=False)
    session: Session = g.db_session
    return session


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


@contextmanager
def session_scope(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back when it raises.

    `write=True` takes the write lock up front on SQLite (see `WRITE`).
    """
    with Session(engine, expire_on_commit=False) as session:
        if write:
            begin_write(session)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
