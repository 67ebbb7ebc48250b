"""Every background job, declared once: the registry.

This is the only module that names a job function by its dotted path (what RQ
stores in Redis). Everything else enqueues these handles (`enqueue(app,
SEND_MESSAGE, message_id)`), so a reader or mypy follows them here and on to the
function. `check()` runs when the worker starts (workers/worker.py) and in the
tests: each handle must name a function taking its values. It is also a mypy
check below: each handle's parameters are its function's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.jobs import Job

RUN_TURN: Job[[int]] = Job("workers.turns.handle_inbound", unique=True)  # one per message
SEND_MESSAGE: Job[[int]] = Job("workers.send.send_message")
SEND_REPLIES: Job[[list[int]]] = Job("workers.send.send_replies")  # a turn's, in order
DOWNLOAD_MEDIA: Job[[int]] = Job("workers.media.download_media")
EXPORT_ORDER: Job[[int]] = Job("workers.export.export_order")
SEND_QUOTE: Job[[int, str]] = Job("workers.notify.send_quote")
TELL_DECISION: Job[[int]] = Job("workers.notify.tell_decision")
TELL_ORDER: Job[[int]] = Job("workers.notify.tell_order")

# The schedule's jobs (workers/schedule.py): `rq cron` and `mostrador cron run` call them.
SYNC_ERP: Job[[]] = Job("workers.erp_sync.sync_erp")
POLL_MAILBOX: Job[[]] = Job("workers.email.poll_mailbox")
EXPIRE_QUOTES: Job[[]] = Job("workers.quotes.expire_quotes")
QUOTE_REMINDERS: Job[[]] = Job("workers.notices.quote_reminders")
ORDER_NOTICES: Job[[]] = Job("workers.notices.order_notices")
BACK_IN_STOCK: Job[[]] = Job("workers.notices.back_in_stock")
SWEEP_QUEUED: Job[[]] = Job("workers.send.sweep_queued")
SWEEP_BACKLOG: Job[[]] = Job("workers.sweeps.sweep_backlog")
SWEEP_OUTBOX: Job[[]] = Job("workers.export.sweep_outbox")
REFRESH_INSIGHTS: Job[[]] = Job("workers.insights.refresh_insights")

ARITY: dict[Job[...], int] = {
    RUN_TURN: 1, SEND_MESSAGE: 1, SEND_REPLIES: 1, DOWNLOAD_MEDIA: 1, EXPORT_ORDER: 1,
    SEND_QUOTE: 2, TELL_DECISION: 1, TELL_ORDER: 1, SYNC_ERP: 0, POLL_MAILBOX: 0,
    EXPIRE_QUOTES: 0, QUOTE_REMINDERS: 0, ORDER_NOTICES: 0, BACK_IN_STOCK: 0, SWEEP_QUEUED: 0,
    SWEEP_BACKLOG: 0, SWEEP_OUTBOX: 0, REFRESH_INSIGHTS: 0,
}  # fmt: skip


def check() -> None:
    """Raise LookupError unless every job names a function taking its values."""
    for job, arity in ARITY.items():
        job.check(arity)


if TYPE_CHECKING:  # never run: mypy holds each handle to its function's signature
    from workers import (
        email,
        erp_sync,
        export,
        insights,
        media,
        notices,
        notify,
        quotes,
        send,
        sweeps,
        turns,
    )

    RUN_TURN.implemented_by(turns.handle_inbound)
    SEND_MESSAGE.implemented_by(send.send_message)
    SEND_REPLIES.implemented_by(send.send_replies)
    DOWNLOAD_MEDIA.implemented_by(media.download_media)
    EXPORT_ORDER.implemented_by(export.export_order)
    SEND_QUOTE.implemented_by(notify.send_quote)
    TELL_DECISION.implemented_by(notify.tell_decision)
    TELL_ORDER.implemented_by(notify.tell_order)
    SYNC_ERP.implemented_by(erp_sync.sync_erp)
    POLL_MAILBOX.implemented_by(email.poll_mailbox)
    EXPIRE_QUOTES.implemented_by(quotes.expire_quotes)
    QUOTE_REMINDERS.implemented_by(notices.quote_reminders)
    ORDER_NOTICES.implemented_by(notices.order_notices)
    BACK_IN_STOCK.implemented_by(notices.back_in_stock)
    SWEEP_QUEUED.implemented_by(send.sweep_queued)
    SWEEP_BACKLOG.implemented_by(sweeps.sweep_backlog)
    SWEEP_OUTBOX.implemented_by(export.sweep_outbox)
    REFRESH_INSIGHTS.implemented_by(insights.refresh_insights)
