"""`mostrador chat`: a WhatsApp conversation in the terminal, through the simulator."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from bot.cli.schema import needs_schema
from channels.simulator import simulate_inbound, thread


@click.command("chat")
@click.option("--phone", required=True, help="Write as this WhatsApp number (+E164).")
@with_appcontext
@needs_schema
def chat(phone: str) -> None:
    """The WhatsApp conversation of PHONE in the terminal (no Twilio needed)."""
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
