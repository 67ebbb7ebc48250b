"""`mostrador demo-data` and `demo-setup`: the demo distributor (bot/demo/)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from bot.cli.progress import ClickProgress
from bot.demo.setup import setup_demo
from bot.demo.writer import write_demo
from channels.simulator import seed_demo_conversations


@click.command("demo-data")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--products",
    "n_products",
    type=click.IntRange(min=50),
    default=2500,
    show_default=True,
    help="How many products to generate.",
)
@click.option("--seed", type=int, default=7, show_default=True)
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="The 'today' that due dates and ETAs are relative to (default: today).",
)
def demo_data(folder: Path, n_products: int, seed: int, as_of: dt.datetime | None) -> None:
    """Write a demo distributor's ERP folder to FOLDER (deterministic for a seed and date)."""
    today = as_of.date() if as_of else dt.date.today()  # noqa: DTZ011 (a calendar date)
    counts = write_demo(folder, products=n_products, seed=seed, today=today)
    for name, rows in counts.items():
        click.echo(f"{name}: {rows} rows")


@click.command("demo-setup")
@with_appcontext
def demo_setup() -> None:
    """Migrate, and load the demo data once (used by `make run`)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    for line in setup_demo(app, seed_demo_conversations, progress=ClickProgress()):
        click.echo(line)
