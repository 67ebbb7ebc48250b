"""/console: where sellers see what needs them, take conversations over, and decide.

One blueprint (`blueprint.py`); each page group lives in its own module and adds its
views to it, so importing this package registers every page.
"""

from __future__ import annotations

from flask import Flask

from bot.formatting import FILTERS
from bot.web.console import (  # noqa: F401 (each adds its pages to the blueprint)
    acting,
    approvals,
    assign,
    auth,
    conversations,
    insights,
    learned,
    orders,
    presence,
    queue,
    quotes,
    throttle,
    trail,
)
from bot.web.console.blueprint import bp, csrf, linkify, login_manager


def init_app(app: Flask) -> None:
    hours = int(app.config["CONSOLE_SESSION_HOURS"])
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False  # checked in `_guard` for the console only
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", hours * 3600)
    csrf.init_app(app)
    throttle.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "console.login"
    login_manager.session_protection = "strong"
    app.jinja_env.filters["linkify"] = linkify
    app.jinja_env.filters.update(FILTERS)
    app.jinja_env.filters["local"] = presence.local
    app.register_blueprint(bp)
