"""`mostrador users`: console users (sellers and managers)."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from bot.cli.schema import needs_schema
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.users import UserError, add_user

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
@click.option("--phone", help="Shown with name and email on the quotes this user sends.")
@click.option("--replace", is_flag=True, help="Reset an existing user's role and password.")
@click.option("--tz", help="IANA time zone the console shows times in (default: the browser's).")
@needs_schema
def users_add(
    email: str,
    role: str,
    name: str | None,
    password: str,
    phone: str | None,
    replace: bool,
    tz: str | None,
) -> None:
    """Add a console user who signs in with EMAIL."""
    try:
        with session_scope(get_engine(), write=True) as session:
            user = add_user(
                session, email, role=role, password=password, name=name, now=utcnow(),
                actor="cli", replace=replace, tz=tz, phone=phone,
            )  # fmt: skip
            click.echo(f"{user.email}: {user.role}" + (f" ({user.tz})" if user.tz else ""))
    except UserError as exc:
        raise click.ClickException(str(exc)) from exc
