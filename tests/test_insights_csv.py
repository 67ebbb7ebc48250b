"""unmet.csv and quotes.csv: on PostgreSQL the database writes them (COPY), and the bytes
are those the Python writer gives on SQLite: quoting, money, times, booleans, minutes."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot import insights
from bot.db import session_scope
from bot.insights import csv_sql
from bot.insights.scope import Filters
from bot.matching.index import CatalogIndex
from bot.models import Customer
from bot.quotes import create_quote
from bot.web.insights_api import csv_chunks
from tests.test_insights import MON, RULES, WEEK, activity, shop  # noqa: F401 (fixtures)

THE_WEEK = Filters(start=dt.date(2026, 11, 23), end=dt.date(2026, 11, 29))


def python_csv(db: Engine, table: str) -> bytes:
    """The table as the Python writer gives it (the SQLite path)."""
    with Session(db) as session:
        rows = insights.TABLES[table](session, THE_WEEK)
        return "".join(csv_chunks(table, rows)).encode()


def test_big_tables_are_the_python_writers_bytes(
    api: Any, db: Engine, activity: dict[str, str]  # noqa: F811
) -> None:
    with Session(db) as session:
        index = CatalogIndex.build(session)
    with session_scope(db, write=True) as session:
        create_quote(
            session, index, session.get(Customer, "OK"),
            ['pintura "roja", mate x 2.5', "6204 2rs skf x 7"],
            now=MON + dt.timedelta(days=3, microseconds=250), rules=RULES, actor="test",
        )  # fmt: skip
    unmet = api.get(f"/api/v1/insights/unmet.csv?{WEEK}").get_data()
    quotes = api.get(f"/api/v1/insights/quotes.csv?{WEEK}").get_data()
    with Session(db) as session:
        assert csv_sql.copied("quotes", session) == (db.dialect.name == "postgresql")
    assert unmet == python_csv(db, "unmet") and quotes == python_csv(db, "quotes")
    lines = unmet.decode().splitlines()
    assert lines[0] == "customer_id,text,sku,kind,week,times,quantity"
    # Quotes and commas quoted, quantities in cents.
    assert 'OK,"pintura ""roja"", mate x 2.5",,unmatched,2026-11-23,1,2.50' in lines
    assert "OK,6204 2rs skf x 10,B-SKF,short,2026-11-23,2,17.00" in lines
    newest = quotes.decode().splitlines()[1].split(",")
    assert newest[1:6] == ["OK", "cli", "needs_review", "2026-11-26T10:00:00.000250+00:00", "2"]
    assert newest[9:] == ["False", "", "", ""]  # not won, never sent: empty cells
    won = next(r for r in quotes.decode().splitlines() if r.startswith(activity["won"]))
    assert won.split(",")[4:10] == [
        "2026-11-23T10:00:00+00:00", "1", "1", "16.00", "16.00", "True",
    ]  # fmt: skip


def test_minutes_to_quote_round_as_python(db: Engine) -> None:
    if db.dialect.name != "postgresql":
        pytest.skip("the SQL rounding is PostgreSQL's; SQLite rounds in Python")
    # Halfway in decimal but not in binary (2.675 is 2.67499...), whole numbers, tiny ones.
    values = [2.675, 1.005, 0.125, 0.995, 0.005, 1e-10, 0.0, 100.0, 12345.675, 59.999]
    rng = random.Random(18)
    values += [rng.randint(0, 10**9) / 60e6 for _ in range(2000)]
    values += [rng.randint(0, 10**7) / 1000 for _ in range(2000)]
    x = sa.column("x", sa.Float)
    given = sa.values(x, name="given").data([(v,) for v in values])
    with db.connect() as connection:
        shown = connection.execute(sa.select(csv_sql._rounded_float(given.c.x))).scalars()
        assert list(shown) == [str(round(v, 2)) for v in values]
