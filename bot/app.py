"""The composition root: the one place where the core, the channels and the CLI meet.

`create_app` is the entry point for the web process (`gunicorn 'bot.app:create_app()'`),
the CLI (`mostrador`, or `flask --app bot`) and the workers (`workers/app.py`): it reads
configuration and lets each part attach itself with its own `init_app`. The core (the
rest of `bot/`) never imports `channels/` or `flows/`; only this module and the CLI
(`bot/cli/`) do, so adapters plug into the core and not the other way round
(`tests/test_layout.py` checks it). Nothing happens at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from bot import db, web
from bot.cli import commands
from bot.config import TEMPLATES, load_settings, session_cookies
from bot.matching import service as matching
from channels import simulator_web, whatsapp


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app.

    Args:
        config: settings that win over the environment (tests use this). The key
            `INSTANCE_PATH` moves the instance folder (default `<checkout>/instance`,
            or `$MOSTRADOR_INSTANCE`).
    """
    overrides = dict(config or {})
    instance = overrides.pop("INSTANCE_PATH", None) or os.environ.get("MOSTRADOR_INSTANCE")
    app = Flask(
        "bot",
        instance_path=str(Path(instance).resolve()) if instance else None,
        template_folder=str(TEMPLATES),
    )
    app.config.update(load_settings(app.instance_path))
    app.config.update(overrides)
    cookies = session_cookies(app.config)  # from the final settings; an explicit key wins
    app.config.update({key: value for key, value in cookies.items() if key not in overrides})
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    if hops := app.config["PROXY_HOPS"]:  # the client's address (sign-in throttle), scheme
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]

    # The core.
    db.init_app(app)
    matching.init_app(app)
    web.init_app(app)
    # The adapters: inbound webhooks and the local WhatsApp simulator.
    whatsapp.init_app(app)
    simulator_web.init_app(app)
    # The commands (`mostrador ...`), which wire the mailbox and the simulator too.
    commands.init_app(app)
    return app
