"""The schedule: every periodic job, named once, for `rq cron` and `mostrador cron`.

`workers/cron.py` (what `rq cron` loads) registers these; `mostrador cron list` prints
them and `mostrador cron run NAME` runs one now, in-process, so a person or a test can
run the schedule by hand (SPEC.md names: erp-sync, email-poll, quote-expiry,
quote-reminders, order-notices, back-in-stock, sweeps). A name may stand for several
jobs (`sweeps`); each is safe to run at any time and twice. Jobs are the handles of
workers/jobs.py, so the CLI reaches them without importing the worker modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.jobs import Job
from workers import jobs

MINUTE = 60


@dataclass(frozen=True)
class Scheduled:
    name: str
    job: Job[[]]
    every: int  # seconds
    timeout: int  # seconds a run may take
    what: str

    @property
    def function_name(self) -> str:
        return self.job.path.rpartition(".")[2]


SCHEDULE: tuple[Scheduled, ...] = (
    # Cheap when nothing changed: the import writes only differences.
    Scheduled("erp-sync", jobs.SYNC_ERP, 15 * MINUTE, 30 * MINUTE, "import ERP_IMPORT_DIR"),
    # One poller at a time: the read position is locked.
    Scheduled("email-poll", jobs.POLL_MAILBOX, MINUTE, 10 * MINUTE, "read new RFQ mail"),
    Scheduled(
        "quote-expiry",
        jobs.EXPIRE_QUOTES,
        60 * MINUTE,
        10 * MINUTE,
        "quotes past their validity become expired",
    ),
    # Notices wait out the night in the customer's time zone: a run every 15 minutes
    # sends them soon after the quiet hours end.
    Scheduled(
        "quote-reminders",
        jobs.QUOTE_REMINDERS,
        15 * MINUTE,
        10 * MINUTE,
        "remind open quotes expiring within QUOTE_REMINDER_DAYS",
    ),
    Scheduled(
        "order-notices",
        jobs.ORDER_NOTICES,
        15 * MINUTE,
        10 * MINUTE,
        "tell customers their order shipped, with tracking (order_status.csv)",
    ),
    Scheduled(
        "back-in-stock",
        jobs.BACK_IN_STOCK,
        15 * MINUTE,
        10 * MINUTE,
        "tell customers an item they asked for and we lacked is in stock",
    ),
    # What a dead worker or a queue outage left undone: replies, turns, notices, exports.
    Scheduled("sweeps", jobs.SWEEP_QUEUED, 2 * MINUTE, 5 * MINUTE, "send replies left queued"),
    Scheduled(
        "sweeps",
        jobs.SWEEP_BACKLOG,
        2 * MINUTE,
        5 * MINUTE,
        "answer messages and give decisions left undone",
    ),
    Scheduled(
        "sweeps",
        jobs.SWEEP_OUTBOX,
        5 * MINUTE,
        10 * MINUTE,
        "deliver confirmed orders to the ERP",
    ),
    # The insights summary: what the trail and the ERP's imports changed since the last
    # run, so a manager's page rarely pays for a rebuild (bot/insights/materialised.py).
    Scheduled(
        "insights-refresh",
        jobs.REFRESH_INSIGHTS,
        5 * MINUTE,
        30 * MINUTE,
        "bring the insights summary up to date",
    ),
)


def names() -> list[str]:
    """The schedule's names, in order, once each."""
    return list(dict.fromkeys(s.name for s in SCHEDULE))


def run(name: str) -> dict[str, Any]:
    """Run every job scheduled as `name` now; their results by function name."""
    due = [s for s in SCHEDULE if s.name == name]
    if not due:
        raise LookupError(f"no scheduled job {name!r} (known: {', '.join(names())})")
    return {s.function_name: s.job.function()() for s in due}
