"""`mostrador quote`: quotes as a seller makes them from a phone call."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import AppGroup
from sqlmodel import select

from bot.api_json import order_json, quote_json
from bot.cli.schema import needs_schema
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.documents import company_of, link_for, render_pdf
from bot.jobs import enqueue
from bot.matching.service import current_index
from bot.models import Customer, Order, Quote
from bot.orders import accept_quote
from bot.quotes import QuoteError, Rules, create_quote, latest
from workers.jobs import EXPORT_ORDER

quote_cli = AppGroup("quote", help="Quotes, as a seller makes them from a phone call.")


@quote_cli.command("new")
@click.argument("text", nargs=-1)
@click.option("--customer", "customer_id", required=True, help="Customer ID.")
@click.option("--file", "path", type=click.File(encoding="utf-8"), help="One request per line.")
@click.option("--json", "as_json", is_flag=True, help="Print the quote as the API returns it.")
@needs_schema
def quote_new(text: tuple[str, ...], customer_id: str, path: Any, as_json: bool) -> None:
    """Create a quote from request lines (TEXT... or --file)."""
    if bool(text) == bool(path):
        raise click.UsageError("give TEXT... or --file, not both")
    lines = path.read().splitlines() if path else [t for chunk in text for t in chunk.splitlines()]
    index = current_index()  # built before the write lock is taken
    with session_scope(get_engine(), write=True) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise click.BadParameter(f"no customer {customer_id!r}", param_hint="--customer")
        try:
            quote = create_quote(
                session,
                index,
                customer,
                lines,
                now=utcnow(),
                rules=Rules.from_config(current_app.config),
                actor="cli",
                cause="mostrador quote new",
            )
        except QuoteError as exc:
            raise click.ClickException(str(exc)) from exc
        shown = quote_json(session, quote)
    click.echo(
        json.dumps(shown, ensure_ascii=False)
        if as_json
        else f"{shown['number']} v{shown['version']} {shown['status']} "
        f"{shown['currency']} {shown['totals']['total']}"
    )


@quote_cli.command("accept")
@click.argument("number")
@click.option("--json", "as_json", is_flag=True, help="Print the order as the API returns it.")
@needs_schema
def quote_accept(number: str, as_json: bool) -> None:
    """Turn quote NUMBER into an order, or show the approval it waits for."""
    try:
        with session_scope(get_engine(), write=True) as session:
            accepted = accept_quote(
                session,
                number.upper(),
                now=utcnow(),
                rules=Rules.from_config(current_app.config),
                actor="cli",
                cause="mostrador quote accept",
            )
            shown = order_json(session, accepted.order)
            order_id = accepted.order.id
    except QuoteError as exc:
        raise click.ClickException(str(exc)) from exc
    if shown["status"] == "confirmed":
        enqueue(current_app._get_current_object(), EXPORT_ORDER, order_id or 0)  # type: ignore[attr-defined]
        with session_scope(get_engine()) as session:  # the job may have delivered it already
            order = session.get(Order, order_id)
            assert order is not None
            shown = order_json(session, order)
    if as_json:
        click.echo(json.dumps(shown, ensure_ascii=False))
        return
    click.echo(
        f"{shown['number']} {shown['status']} {shown['currency']} {shown['totals']['total']}"
    )
    for approval in shown["approvals"]:
        for reason in approval["reasons"]:
            click.echo(f"  waiting for {approval['role']}: {reason['code']}")


@quote_cli.command("pdf")
@click.argument("number")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--version", "version", type=int, help="A given version (default: the newest).")
@needs_schema
def quote_pdf(number: str, out: Path, version: int | None) -> None:
    """Write quote NUMBER's document to OUT.pdf, and print its shareable link."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    with session_scope(get_engine()) as session:
        quote = (
            session.exec(
                select(Quote).where(Quote.number == number.upper(), Quote.version == version)
            ).first()
            if version
            else latest(session, number.upper())
        )
        if quote is None:
            raise click.ClickException(f"no quote {number}" + (f" v{version}" if version else ""))
        out.write_bytes(render_pdf(session, quote, company_of(app)))
        click.echo(f"{out} ({quote.number} v{quote.version}) {link_for(app, quote)}")
