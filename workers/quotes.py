"""Quote housekeeping jobs."""

from __future__ import annotations

from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.quotes import expire_due
from workers.app import job_app


def expire_quotes() -> list[str]:
    """Mark quotes past their validity as expired (accepting one later re-prices it)."""
    app = job_app()
    with app.app_context(), session_scope(get_engine(), write=True) as session:
        return expire_due(session, today=utcnow().date())
