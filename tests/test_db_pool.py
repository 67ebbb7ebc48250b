"""The app's engine on PostgreSQL: a pooled connection that sat idle is pinged when taken
and replaced when the server ended it; one given back a moment ago is not pinged (a
worker takes two a turn: issue #19)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import db as dbmod
from bot.db import make_engine


def _terminate_others(db: Engine, engine: Engine) -> int:
    """End the server side of `engine`'s pooled connections (a restart, a failover)."""
    with engine.connect() as conn:
        mine = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
    with db.connect() as conn:
        return int(conn.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": mine}).scalar_one())


@pytest.fixture
def engine(database_url: str, db: Engine) -> Iterator[Engine]:
    if db.dialect.name != "postgresql":
        pytest.skip("SQLite has no server to end the connection")
    made = make_engine(database_url, pool_size=1, max_overflow=0)
    yield made
    made.dispose()




def test_a_connection_the_server_ended_while_it_sat_idle_is_replaced(
    engine: Engine, db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dbmod, "PING_IDLE", 0.0)  # every connection taken counts as idle
    assert _terminate_others(db, engine) == 1
    with engine.connect() as conn:  # pinged, found dead, replaced: the statement runs
        assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1


def test_a_connection_given_back_a_moment_ago_is_not_pinged(
    engine: Engine, db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dbmod, "PING_IDLE", 3600.0)  # nothing sat idle that long
    assert _terminate_others(db, engine) == 1
    with pytest.raises(sa.exc.OperationalError), engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))  # handed out as it was: the server's end shows
    with engine.connect() as conn:  # the failed one was dropped: the next is new
        assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1
