"""`mostrador chat`: a WhatsApp conversation in the terminal, through the simulator.

Options to tap (bot/choices.py) are printed numbered under their message, from the same
description the WhatsApp sender and the simulator render; typing an option's number
taps it (its id is sent, as Twilio would), anything else is sent as typed.
"""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from bot.choices import LIST, Choices
from bot.cli.schema import needs_schema
from channels.simulator import simulate_inbound, thread


def render(body: str, choices: Choices | None, media_url: str | None) -> str:
    """A message as the terminal shows it: text, the document, numbered options."""
    lines = [body]
    if media_url:
        lines.append(f"📎 {media_url}")
    if choices is not None:
        for label, option in zip(choices.labels(), choices.options, strict=True):
            more = f" — {option.description}" if option.description else ""
            lines.append(f"  [{label}] {option.title}{more}")
    return "\n".join(lines)


@click.command("chat")
@click.option("--phone", required=True, help="Write as this WhatsApp number (+E164).")
@with_appcontext
@needs_schema
def chat(phone: str) -> None:
    """The WhatsApp conversation of PHONE in the terminal (no Twilio needed)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    seen = max([int(str(m["id"])) for m in thread(app, phone)] or [0])
    offered: Choices | None = None
    click.echo(f"chatting as {phone}; an empty line or Ctrl-D ends; [n] taps an option")
    while True:
        try:
            line = input("> ")
        except EOFError:
            break
        if not line.strip():
            break
        tapped = None
        if offered is not None and line.strip() in offered.labels():
            tapped = offered.options[offered.labels().index(line.strip())]
        if tapped is not None and offered is not None:
            kind = "list" if offered.kind == LIST else "button"
            simulate_inbound(app, phone, tapped.title, tapped.id, kind)
        else:
            simulate_inbound(app, phone, line)
        offered = None
        for message in thread(app, phone, seen):
            seen = max(seen, int(str(message["id"])))
            if message["direction"] == "out":
                raw = message.get("choices")
                choices = Choices.from_json(raw) if isinstance(raw, dict) else None
                offered = choices or offered
                media = str(message["media_url"]) if message.get("media_url") else None
                click.echo(f"{render(str(message['body']), choices, media)}\n")
