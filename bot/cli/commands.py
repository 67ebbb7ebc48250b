"""Every `mostrador` command, registered on the app by the factory (`bot/app.py`)."""

from __future__ import annotations

from flask import Flask

from bot.cli.chat import chat
from bot.cli.cron import cron_cli
from bot.cli.db import db_cli
from bot.cli.demo import demo_data, demo_setup
from bot.cli.erp import erp_cli
from bot.cli.mail import email_cli
from bot.cli.match import match
from bot.cli.quote import quote_cli
from bot.cli.statement import statement
from bot.cli.users import users_cli
from bot.cli.xref import xref_cli

COMMANDS = [
    db_cli,
    erp_cli,
    demo_data,
    demo_setup,
    match,
    quote_cli,
    statement,
    chat,
    email_cli,
    users_cli,
    xref_cli,
    cron_cli,
]


def init_app(app: Flask) -> None:
    for command in COMMANDS:
        app.cli.add_command(command)
