"""The sweep: queue again whatever a dead worker or a queue outage left undone.

It runs from `rq cron` every two minutes (workers/cron.py) and is safe to run at
any time: every job it queues is idempotent (a handled message is skipped, a
notice's message is keyed, a delivered export is not delivered twice). What it
finds is in `bot.backlog`; what stays undone is listed in the console's queue.
"""

from __future__ import annotations

import logging

from sqlmodel import Session

from bot.backlog import notices_owed, unanswered
from bot.clock import utcnow
from bot.db import get_engine
from bot.jobs import enqueue, enqueue_all
from workers.app import job_app
from workers.jobs import RUN_TURN

log = logging.getLogger(__name__)


def sweep_backlog() -> dict[str, int]:
    """Queue the turns of unanswered messages and the notices never given; the counts."""
    app = job_app()
    with app.app_context(), Session(get_engine()) as session:
        now = utcnow()
        messages = unanswered(session, now)
        notices = notices_owed(session, now)
    for message_id in messages:
        log.warning("message %s was never answered: its turn is queued again", message_id)
        enqueue(app, RUN_TURN, message_id)  # named after the message: one on the queue
    for notice in notices:
        log.warning("%s: the customer was never told; %s queued again", notice.subject,
                    notice.job.job.path)  # fmt: skip
        enqueue_all(app, [notice.job])
    return {"messages": len(messages), "notices": len(notices)}
