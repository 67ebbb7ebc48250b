"""The proactive notice jobs (`rq cron`: quote-reminders, order-notices, back-in-stock).

Each finds what is due (bot.proactive), gives each notice in its own transaction (one
bad row never stops the rest) and hands the queued messages to the send job. Safe to
run at any time and twice: a notice is keyed once per subject.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlmodel import Session

from bot import proactive
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.jobs import enqueue
from bot.wording import wording_of
from workers.app import job_app
from workers.jobs import SEND_MESSAGE

log = logging.getLogger(__name__)


def quote_reminders() -> dict[str, Any]:
    """Remind open quotes whose validity ends within QUOTE_REMINDER_DAYS (with Accept)."""
    return _run("quote-reminders", lambda s, now, rules: proactive.due_quotes(s, now, rules))


def order_notices() -> dict[str, Any]:
    """Tell customers an order shipped, with carrier and tracking (order_status.csv)."""
    return _run("order-notices", lambda s, now, rules: proactive.shipped_orders(s, now))


def back_in_stock() -> dict[str, Any]:
    """Tell customers an item they asked for and we lacked now covers their quantity."""
    return _run("back-in-stock", lambda s, now, rules: proactive.back_in_stock_lines(s, now))


def _run(
    name: str,
    find: Callable[[Session, Any, proactive.Rules], list[proactive.Notice]],
) -> dict[str, Any]:
    app = job_app()
    with app.app_context():
        rules = proactive.Rules.from_config(app.config)
        wording = wording_of(app)
        engine = get_engine()
        now = utcnow()
        with Session(engine) as session:
            due = find(session, now, rules)
        outcome = proactive.Outcome()
        for notice in due:
            try:
                with session_scope(engine, write=True) as session:
                    proactive.give(session, notice, now=now, rules=rules, wording=wording,
                                   outcome=outcome, cause=f"cron:{name}")  # fmt: skip
            except Exception:  # one notice's problem never stops the others
                log.exception("%s: notice %s failed", name, notice.key)
                outcome.hold("error")
        for message_id in outcome.queued:
            enqueue(app, SEND_MESSAGE, message_id)
    result = outcome.as_dict()
    log.info("%s: %s", name, result)
    return result
