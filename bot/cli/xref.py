"""`mostrador xref export`: the references learned from sellers, for the ERP to adopt."""

from __future__ import annotations

import click
from flask.cli import AppGroup, with_appcontext

xref_cli = AppGroup("xref", help="Customers' references learned from sellers.")


@xref_cli.command("export")
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@with_appcontext
def xref_export(out: str) -> None:
    """Write the learned references as cross_references.csv (for the ERP to adopt)."""
    from bot.db import get_session
    from bot.matching.learning import export_csv

    with open(out, "w", encoding="utf-8", newline="") as handle:
        count = export_csv(get_session(), handle)
    click.echo(f"{count} reference(s) written to {out}")
