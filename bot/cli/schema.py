"""Commands that need the database at the current migration say so instead of failing."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from bot.db import get_engine
from bot.migrate import SchemaNotCurrent, require_current


def needs_schema(command: Callable[..., Any]) -> Callable[..., Any]:
    """Run `command` only on a migrated database; otherwise say to run `db upgrade`."""

    @functools.wraps(command)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            require_current(get_engine())
        except SchemaNotCurrent as exc:
            raise click.ClickException(str(exc)) from None
        return command(*args, **kwargs)

    return checked
