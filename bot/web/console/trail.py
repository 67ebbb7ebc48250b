"""The audit trail of a quote, an order or a conversation, as sellers read it."""

from __future__ import annotations

from flask import render_template
from flask_login import login_required

from bot.audit import trail as events_of
from bot.db import get_session
from bot.web.console.auth import me
from bot.web.console.blueprint import bp


@bp.get("/trail/<path:subject>")
@login_required
def trail(subject: str) -> str:
    """Every recorded change of `subject` (Q-…, O-…, conversation:<id>), oldest first."""
    return render_template(
        "console/trail.html", subject=subject, events=events_of(get_session(), subject), user=me()
    )
