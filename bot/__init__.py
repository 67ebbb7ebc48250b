"""Mostrador: the sales counter of an industrial distributor, on WhatsApp and email.

`bot/` is the core (domain, storage, web pages, API); `bot/app.py` composes it with the
channel adapters. This file only forwards `create_app`, so that `flask --app bot`,
gunicorn's `'bot:create_app()'` and `from bot import create_app` keep working; it
imports nothing, so importing any core module never loads the adapters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app (see `bot.app.create_app`)."""
    from bot.app import create_app as build

    return build(config)
