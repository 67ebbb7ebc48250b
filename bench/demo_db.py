"""A fresh, migrated database holding the demo catalog: where the end-to-end benches start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import migrate
from bot.db import make_engine
from bot.demo.writer import write_demo
from bot.erp.importer import import_folder


def demo_database(url: str, folder: Path) -> Engine:
    """Migrate `url` from empty (PostgreSQL: its public schema dropped) and import the
    2,500-product demo catalog written into `folder`/erp."""
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
    migrate.upgrade(engine)
    print("loading the demo catalog (2,500 products) ...", flush=True)
    write_demo(folder / "erp", products=2500, seed=7, today=dt.date(2026, 11, 25))
    import_folder(engine, folder / "erp")
    return engine
