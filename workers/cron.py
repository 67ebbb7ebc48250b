"""The `rq cron` schedule (Procfile: `cron: rq cron workers/cron.py`)."""

from rq import cron

from workers.erp_sync import sync_erp

# Every 15 minutes: cheap when nothing changed (the import writes only differences).
cron.register(sync_erp, "default", interval=15 * 60, job_timeout=30 * 60, name="erp-sync")

from workers.export import sweep_outbox  # noqa: E402

# Every 5 minutes: deliver confirmed orders a crash or an unreachable ERP left behind.
cron.register(sweep_outbox, "default", interval=5 * 60, job_timeout=10 * 60, name="outbox-sweep")

from workers.quotes import expire_quotes  # noqa: E402

# Hourly: quotes past their validity become `expired`.
cron.register(expire_quotes, "default", interval=60 * 60, job_timeout=10 * 60, name="quote-expiry")

from workers.send import sweep_queued  # noqa: E402

# Every 2 minutes: replies a dead worker left queued go out (a reply is never lost).
cron.register(sweep_queued, "default", interval=2 * 60, job_timeout=5 * 60, name="reply-sweep")

from workers.email import poll_mailbox  # noqa: E402

# Every minute: new RFQ mail (one poller at a time: the read position is locked).
cron.register(poll_mailbox, "default", interval=60, job_timeout=10 * 60, name="mail-poll")

from workers.sweeps import sweep_backlog  # noqa: E402

# Every 2 minutes: customers' messages a killed worker (or a queue outage) left
# unanswered, and console decisions the customer was never told of, are queued again.
cron.register(sweep_backlog, "default", interval=2 * 60, job_timeout=5 * 60, name="backlog-sweep")
