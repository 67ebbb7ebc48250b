"""The `mostrador` command line (also `flask --app bot ...`), one module per command group.

Part of the composition root (with `bot/app.py`): a command may wire a channel adapter
(the mailbox, the simulator) to the core. The factory registers `commands.COMMANDS` on
the app's CLI group, so both entry points see the same commands with the same
configuration; `main` is the `mostrador` console script.
"""

from __future__ import annotations

from flask import Flask
from flask.cli import FlaskGroup


def _create_app() -> Flask:
    from bot.app import create_app  # the factory imports the commands: no cycle at import

    return create_app()


main = FlaskGroup(
    name="mostrador",
    create_app=_create_app,
    help="Mostrador: the sales counter of an industrial distributor.",
)
