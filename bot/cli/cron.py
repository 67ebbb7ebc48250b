"""`mostrador cron`: the `rq cron` schedule, listed, and any job of it run now by hand."""

from __future__ import annotations

import json

import click
from flask.cli import AppGroup

from bot.cli.schema import needs_schema

cron_cli = AppGroup("cron", help="The scheduled jobs (rq cron workers/cron.py).")


@cron_cli.command("list")
def cron_list() -> None:
    """Name each scheduled job, how often it runs and what it does."""
    from workers.schedule import SCHEDULE

    for job in SCHEDULE:
        every = f"{job.every // 60} min" if job.every >= 60 else f"{job.every} s"
        click.echo(f"{job.name:<16} every {every:<7} {job.function_name}: {job.what}")


@cron_cli.command("run")
@click.argument("name")
@needs_schema
def cron_run(name: str) -> None:
    """Run scheduled job NAME now (e.g. quote-reminders); prints what it did as JSON (per function
    when NAME stands for several)."""
    from workers.schedule import names, run

    if name not in names():
        raise click.ClickException(f"no scheduled job {name!r}; known: {', '.join(names())}")
    results = run(name)
    shown = next(iter(results.values())) if len(results) == 1 else results
    click.echo(json.dumps(shown, default=str, sort_keys=True))
