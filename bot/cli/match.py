"""`mostrador match`: what the matcher makes of request lines, without a quote."""

from __future__ import annotations

import json
from typing import Any

import click
from flask.cli import with_appcontext

from bot.cli.schema import needs_schema
from bot.db import get_session
from bot.matching.service import match_lines
from bot.models import Customer


@click.command("match")
@click.argument("text", required=False)
@click.option("--customer", "customer_id", help="Customer ID (their part numbers apply).")
@click.option("--file", "path", type=click.File(encoding="utf-8"), help="One request per line.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@with_appcontext
@needs_schema
def match(text: str | None, customer_id: str | None, path: Any, as_json: bool) -> None:
    """Match request lines (TEXT, or --file) to SKUs: auto, confirm or unknown."""
    if (text is None) == (path is None):
        raise click.UsageError("give TEXT or --file, not both")
    if customer_id and get_session().get(Customer, customer_id) is None:
        raise click.BadParameter(f"no customer {customer_id!r}", param_hint="--customer")
    lines = (path.read() if path else text or "").splitlines()
    for result in match_lines(lines, customer_id):
        if as_json:
            click.echo(json.dumps(result.as_json(), ensure_ascii=False))
            continue
        head = f"{result.decision:8} {result.line.quantity} {result.line.uom or ''}".rstrip()
        click.echo(f"{head}  {result.line.text}")
        if result.decision == "auto":
            click.echo(f"         → {result.sku}  {result.name}  ({result.confidence:.2f})")
        else:
            for number, c in enumerate(result.candidates, 1):
                click.echo(f"         {number}) {c.sku}  {c.name}  ({c.score:.2f})")
