"""`mostrador erp`: the ERP interchange (ERP.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from bot.cli.progress import ClickProgress
from bot.cli.schema import needs_schema
from bot.db import get_engine
from bot.erp.importer import ImportRejected, import_folder

erp_cli = AppGroup("erp", help="The ERP interchange (ERP.md).")


@erp_cli.command("import")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check and count the changes, apply nothing.")
@click.option(
    "--allow-drop",
    is_flag=True,
    help="Accept files that look cut short (no last line end, or removing more than "
    "IMPORT_MAX_DROP_PCT of a table's rows): the ERP really did drop those rows.",
)
@needs_schema
def erp_import(folder: Path, dry_run: bool, allow_drop: bool) -> None:
    """Mirror the ERP folder FOLDER into the database, all or nothing."""
    try:
        report = import_folder(
            get_engine(),
            folder,
            progress=ClickProgress(),
            dry_run=dry_run,
            actor="cli",
            max_drop_pct=current_app.config["IMPORT_MAX_DROP_PCT"],
            allow_drop=allow_drop,
        )
    except ImportRejected as rejected:
        for problem in rejected.problems:
            click.echo(str(problem), err=True)
        count = len(rejected.problems)
        click.echo(f"import rejected: {count} problem(s); nothing was applied", err=True)
        if rejected.overridable:
            click.echo(
                "if the ERP really dropped those rows, run again with --allow-drop", err=True
            )
        sys.exit(1)
    for line in report.lines():
        click.echo(line)
    if report.released:
        held = ", ".join(report.released)
        click.echo(f"stock holds {'to end' if dry_run else 'ended'} (the ERP has them): {held}")
    if report.redated:
        click.echo(f"back-order ETAs {'to re-date' if dry_run else 're-dated'}: "
                   + "; ".join(report.redated))  # fmt: skip
    if report.promises:
        click.echo(f"promises to pay {'to settle' if dry_run else 'settled'}: "
                   + ", ".join(report.promises))  # fmt: skip
    if dry_run:
        click.echo(f"dry run: {report.changed} change(s) found, nothing applied")
    elif report.changed:
        click.echo(f"imported: {report.changed} change(s) (import #{report.import_id})")
    else:
        click.echo("imported: nothing changed")
