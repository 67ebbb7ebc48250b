"""`mostrador db`: the database schema (Alembic migrations)."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from bot import migrate
from bot.db import get_engine

db_cli = AppGroup("db", help="Database schema (Alembic migrations).")


@db_cli.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION."""
    engine = get_engine()
    migrate.upgrade(engine, revision)
    click.echo(f"database at {revision}: {engine.url.render_as_string(hide_password=True)}")
