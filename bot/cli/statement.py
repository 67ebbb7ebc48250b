"""`mostrador statement`: a customer's statement of account, as the chat sends it."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from bot.cli.schema import needs_schema
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.documents import company_of
from bot.formatting import amount_text
from bot.models import Customer
from bot.promises import local_today, promises_of
from bot.statements import link_for, render_pdf, statement_for


@click.command("statement")
@click.argument("customer_id")
@click.argument("out", required=False, type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
@needs_schema
def statement(customer_id: str, out: Path | None) -> None:
    """Print CUSTOMER_ID's open invoices, overdue, what unblocks and promises to pay;
    write the statement PDF to OUT when given, and print its shareable link."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    with session_scope(get_engine()) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise click.ClickException(f"no customer {customer_id}")
        today = local_today(session, customer, utcnow())
        s = statement_for(session, customer, today)
        click.echo(f"{customer.customer_id} {customer.name} as of {today.isoformat()}: "
                   f"open {amount_text(s.open_balance)}, overdue {amount_text(s.overdue)}, "
                   f"credit {s.credit.status}")  # fmt: skip
        for i in s.invoices:
            click.echo(f"  {i.number} issued {i.issued} due {i.due} {i.days_overdue:>4} days "
                       f"{amount_text(i.balance)}{' disputed' if i.disputed else ''}")  # fmt: skip
        if s.unblock:
            click.echo(f"  paying {', '.join(i.number for i in s.unblock)} "
                       f"({amount_text(s.unblock_amount)}) lifts the overdue hold")  # fmt: skip
        for p in promises_of(session, customer.customer_id):
            amount = amount_text(p.amount) if p.amount is not None else "no amount"
            click.echo(f"  promise #{p.id} {p.promised_on} {amount} {p.status}: {p.text!r}")
        if out is not None:
            out.write_bytes(render_pdf(s, company_of(app)))
            click.echo(str(out))
        click.echo(link_for(app, customer.customer_id, today))
