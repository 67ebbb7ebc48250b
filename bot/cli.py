"""The `mostrador` command line (also `flask --app bot ...`).

Commands are registered on the app's CLI group in `init_app`, so both entry points
see the same commands with the same configuration.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import AppGroup, FlaskGroup, with_appcontext

from bot.db import get_engine


class ClickProgress:
    """Progress bars on stderr (a plain label per phase when stderr is not a terminal)."""

    def __init__(self, min_total: int = 20_000) -> None:
        self.min_total = min_total
        self._bar: Any = None

    def start(self, label: str, total: int) -> None:
        if total >= self.min_total:
            self._bar = click.progressbar(length=total, label=label.ljust(32), file=sys.stderr)
            self._bar.__enter__()

    def advance(self, steps: int) -> None:
        if self._bar is not None:
            self._bar.update(steps)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.update(self._bar.length - self._bar.pos)
            self._bar.__exit__(None, None, None)
            self._bar = None


def needs_schema(command: Callable[..., Any]) -> Callable[..., Any]:
    """Run `command` only on a migrated database; otherwise say to run `db upgrade`."""

    @functools.wraps(command)
    def checked(*args: Any, **kwargs: Any) -> Any:
        from bot.migrate import SchemaNotCurrent, require_current

        try:
            require_current(get_engine())
        except SchemaNotCurrent as exc:
            raise click.ClickException(str(exc)) from None
        return command(*args, **kwargs)

    return checked


db_cli = AppGroup("db", help="Database schema (Alembic migrations).")


@db_cli.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION."""
    from bot import migrate

    migrate.upgrade(get_engine(), revision)
    click.echo(f"database at {revision}: {_safe_url()}")


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
    from bot.erp.importer import ImportRejected, import_folder

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
    if dry_run:
        click.echo(f"dry run: {report.changed} change(s) found, nothing applied")
    elif report.changed:
        click.echo(f"imported: {report.changed} change(s) (import #{report.import_id})")
    else:
        click.echo("imported: nothing changed")


@click.command("match")
@click.argument("text", required=False)
@click.option("--customer", "customer_id", help="Customer ID (their part numbers apply).")
@click.option("--file", "path", type=click.File(encoding="utf-8"), help="One request per line.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@with_appcontext
@needs_schema
def match(text: str | None, customer_id: str | None, path: Any, as_json: bool) -> None:
    """Match request lines (TEXT, or --file) to SKUs: auto, confirm or unknown."""
    import json

    from bot.db import get_session
    from bot.matching.service import match_lines
    from bot.models import Customer

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


quote_cli = AppGroup("quote", help="Quotes, as a seller makes them from a phone call.")


@quote_cli.command("new")
@click.argument("text", nargs=-1)
@click.option("--customer", "customer_id", required=True, help="Customer ID.")
@click.option("--file", "path", type=click.File(encoding="utf-8"), help="One request per line.")
@click.option("--json", "as_json", is_flag=True, help="Print the quote as the API returns it.")
@needs_schema
def quote_new(text: tuple[str, ...], customer_id: str, path: Any, as_json: bool) -> None:
    """Create a quote from request lines (TEXT... or --file)."""
    import json

    from bot.api_json import quote_json
    from bot.clock import utcnow
    from bot.db import session_scope
    from bot.matching.service import current_index
    from bot.models import Customer
    from bot.quotes import QuoteError, Rules, create_quote

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
    import json

    from bot.api_json import order_json
    from bot.clock import utcnow
    from bot.db import session_scope
    from bot.jobs import enqueue
    from bot.models import Order
    from bot.orders import accept_quote
    from bot.quotes import QuoteError, Rules

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
        enqueue(current_app._get_current_object(), "workers.export.export_order", order_id)  # type: ignore[attr-defined]
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
    from sqlmodel import select

    from bot.db import session_scope
    from bot.documents import company_of, link_for, render_pdf
    from bot.models import Quote
    from bot.quotes import latest

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


@click.command("chat")
@click.option("--phone", required=True, help="Write as this WhatsApp number (+E164).")
@with_appcontext
@needs_schema
def chat(phone: str) -> None:
    """The WhatsApp conversation of PHONE in the terminal (no Twilio needed)."""
    from channels.simulator import simulate_inbound, thread

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    seen = max([int(str(m["id"])) for m in thread(app, phone)] or [0])
    click.echo(f"chatting as {phone}; an empty line or Ctrl-D ends")
    while True:
        try:
            line = input("> ")
        except EOFError:
            break
        if not line.strip():
            break
        simulate_inbound(app, phone, line)
        for message in thread(app, phone, seen):
            seen = max(seen, int(str(message["id"])))
            if message["direction"] == "out":
                click.echo(f"{message['body']}\n")


email_cli = AppGroup("email", help="The RFQ mailbox.")


@email_cli.command("poll")
@click.option("--once", is_flag=True, help="Read new mail once and stop.")
@click.option(
    "--every",
    type=click.IntRange(min=5),
    default=60,
    show_default=True,
    help="Seconds between polls when not --once.",
)
@needs_schema
def email_poll(once: bool, every: int) -> None:
    """Fetch and answer new RFQ mail; bad mail goes to the Quarantine folder.

    Between polls it waits with IMAP IDLE when the server offers it (new mail is
    answered at once), else sleeps `--every` seconds.
    """
    from channels.email.mailbox import poll_once, wait_for_mail

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    while True:
        try:
            report = poll_once(app)
        except RuntimeError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(
            f"read {report.read}, answered {report.answered}, "
            f"already seen {report.already_seen}, for sellers {report.held}, "
            f"quarantined {len(report.quarantined)}"
        )
        for uid, reason in report.quarantined:
            click.echo(f"  quarantined UID {uid}: {reason}")
        if once:
            return
        try:
            wait_for_mail(app, every)
        except OSError as exc:  # the server went away: poll again after a pause
            click.echo(f"waiting for mail failed ({exc}); polling again", err=True)


users_cli = AppGroup("users", help="Console users (sellers and managers).")


@users_cli.command("add")
@click.argument("email")
@click.option("--role", type=click.Choice(["seller", "manager"]), required=True)
@click.option("--name", help="Shown in the console and to customers (default: from the email).")
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    envvar="MOSTRADOR_USER_PASSWORD",
    help="Asked for when not given (or set MOSTRADOR_USER_PASSWORD).",
)
@click.option("--replace", is_flag=True, help="Reset an existing user's role and password.")
@needs_schema
def users_add(email: str, role: str, name: str | None, password: str, replace: bool) -> None:
    """Add a console user who signs in with EMAIL."""
    from bot.clock import utcnow
    from bot.db import session_scope
    from bot.users import UserError, add_user

    try:
        with session_scope(get_engine(), write=True) as session:
            user = add_user(
                session, email, role=role, password=password, name=name, now=utcnow(),
                actor="cli", replace=replace,
            )  # fmt: skip
            click.echo(f"{user.email}: {user.role}")
    except UserError as exc:
        raise click.ClickException(str(exc)) from exc


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
    from bot.demo.writer import write_demo

    today = as_of.date() if as_of else dt.date.today()  # noqa: DTZ011 (a calendar date)
    counts = write_demo(folder, products=n_products, seed=seed, today=today)
    for name, rows in counts.items():
        click.echo(f"{name}: {rows} rows")


@click.command("demo-setup")
@with_appcontext
def demo_setup() -> None:
    """Migrate, and load the demo data once (used by `make run`)."""
    from bot import migrate
    from bot.demo.writer import write_demo
    from bot.erp.importer import import_folder

    engine = get_engine()
    migrate.upgrade(engine)
    marker = Path(current_app.instance_path) / "demo-loaded"
    if marker.exists():
        click.echo("demo data already loaded")
    else:
        folder = Path(current_app.instance_path) / "demo-erp"
        write_demo(folder, products=2500, seed=7, today=dt.date.today())  # noqa: DTZ011
        report = import_folder(engine, folder, progress=ClickProgress(), actor="demo-setup")
        for line in report.lines():
            click.echo(line)
        _demo_users()
        from channels.simulator import seed_demo_conversations

        for line in seed_demo_conversations(current_app._get_current_object()):  # type: ignore[attr-defined]
            click.echo(f"demo chat: {line}")
        marker.write_text(f"{report.import_id}\n")
    base = current_app.config["PUBLIC_BASE_URL"]
    click.echo(f"\nSeller console: {base}/console   WhatsApp simulator: {base}/simulator")
    for email, role, password in DEMO_USERS:
        click.echo(f"  sign in as {email} / {password}  ({role})")


# Demo sign-ins printed by `make run`; created only by demo-setup, never in production.
DEMO_USERS = [
    ("seller@demo.example", "seller", "demo-seller-1"),
    ("manager@demo.example", "manager", "demo-manager-1"),
]


def _demo_users() -> None:
    from bot.clock import utcnow
    from bot.db import session_scope
    from bot.users import add_user

    with session_scope(get_engine(), write=True) as session:
        for email, role, password in DEMO_USERS:
            name = "Paula Rojas" if role == "seller" else "Martín Vidal"
            add_user(session, email, role=role, password=password, name=name, now=utcnow(),
                     actor="demo-setup", replace=True)  # fmt: skip


def _safe_url() -> str:
    return get_engine().url.render_as_string(hide_password=True)


def init_app(app: Flask) -> None:
    app.cli.add_command(db_cli)
    app.cli.add_command(erp_cli)
    app.cli.add_command(demo_data)
    app.cli.add_command(demo_setup)
    app.cli.add_command(match)
    app.cli.add_command(quote_cli)
    app.cli.add_command(chat)
    app.cli.add_command(email_cli)
    app.cli.add_command(users_cli)


def _create_app() -> Flask:
    from bot import create_app

    return create_app()


main = FlaskGroup(
    name="mostrador",
    create_app=_create_app,
    help="Mostrador: the sales counter of an industrial distributor.",
)
