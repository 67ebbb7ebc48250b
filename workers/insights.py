"""Keeping the insights summary fresh between readers (bot/insights/materialised.py)."""

from __future__ import annotations

from bot.db import get_engine, session_scope
from bot.hours import from_config
from bot.insights import refresh
from workers.app import job_app


def refresh_insights() -> str:
    """Bring the insights summary up to the trail and the ERP's last import.

    Cheap when little changed; after an import that moved the sales history, the full
    rebuild runs here rather than in a manager's page load.
    """
    app = job_app()
    with app.app_context(), session_scope(get_engine(), write=True) as session:
        return refresh(
            session,
            int(app.config.get("WIN_WINDOW_DAYS", 30)),
            from_config(app.config.get("BUSINESS_HOURS")),
        )
