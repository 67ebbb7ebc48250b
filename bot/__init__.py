"""Mostrador: the sales counter of an industrial distributor, on WhatsApp and email.

`create_app` is the one entry point for the web process, the CLI (`mostrador`, or
`flask --app bot`) and the workers: it reads configuration and lets each part
attach itself with its own `init_app`. Nothing happens at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app.

    Args:
        config: settings that win over the environment (tests use this). The key
            `INSTANCE_PATH` moves the instance folder (default `<checkout>/instance`,
            or `$MOSTRADOR_INSTANCE`).
    """
    from bot import cli, db, web
    from bot.config import load_settings
    from bot.matching import service as matching

    overrides = dict(config or {})
    instance = overrides.pop("INSTANCE_PATH", None) or os.environ.get("MOSTRADOR_INSTANCE")
    app = Flask(
        __name__,
        instance_path=str(Path(instance).resolve()) if instance else None,
        template_folder=str(ROOT / "templates"),
    )
    app.config.update(load_settings(app.instance_path))
    app.config.update(overrides)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    db.init_app(app)
    matching.init_app(app)
    web.init_app(app)
    cli.init_app(app)
    _init_channels(app)
    return app


def _init_channels(app: Flask) -> None:
    """Attach the channel adapters (the core never imports them; only the factory does)."""
    from channels import simulator_web, whatsapp

    whatsapp.init_app(app)
    simulator_web.init_app(app)
