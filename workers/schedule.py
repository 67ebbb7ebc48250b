"""The schedule: every periodic job, named once, for `rq cron` and `mostrador cron`.

`workers/cron.py` (what `rq cron` loads) registers these; `mostrador cron list` prints
them and `mostrador cron run NAME` runs one now, in-process, so a person or a test can
run the schedule by hand (SPEC.md names: erp-sync, email-poll, quote-expiry,
quote-reminders, order-notices, back-in-stock, sweeps). A name may stand for several
functions (`sweeps`); each function is safe to run at any time and twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workers.email import poll_mailbox
from workers.erp_sync import sync_erp
from workers.export import sweep_outbox
from workers.notices import back_in_stock, order_notices, quote_reminders
from workers.quotes import expire_quotes
from workers.send import sweep_queued
from workers.sweeps import sweep_backlog

MINUTE = 60


@dataclass(frozen=True)
class Scheduled:
    name: str
    function: Callable[[], Any]
    every: int  # seconds
    timeout: int  # seconds a run may take
    what: str


SCHEDULE: tuple[Scheduled, ...] = (
    # Cheap when nothing changed: the import writes only differences.
    Scheduled("erp-sync", sync_erp, 15 * MINUTE, 30 * MINUTE, "import ERP_IMPORT_DIR"),
    # One poller at a time: the read position is locked.
    Scheduled("email-poll", poll_mailbox, MINUTE, 10 * MINUTE, "read new RFQ mail"),
    Scheduled(
        "quote-expiry",
        expire_quotes,
        60 * MINUTE,
        10 * MINUTE,
        "quotes past their validity become expired",
    ),
    # Notices wait out the night in the customer's time zone: a run every 15 minutes
    # sends them soon after the quiet hours end.
    Scheduled(
        "quote-reminders",
        quote_reminders,
        15 * MINUTE,
        10 * MINUTE,
        "remind open quotes expiring within QUOTE_REMINDER_DAYS",
    ),
    Scheduled(
        "order-notices",
        order_notices,
        15 * MINUTE,
        10 * MINUTE,
        "tell customers their order shipped, with tracking (order_status.csv)",
    ),
    Scheduled(
        "back-in-stock",
        back_in_stock,
        15 * MINUTE,
        10 * MINUTE,
        "tell customers an item they asked for and we lacked is in stock",
    ),
    # What a dead worker or a queue outage left undone: replies, turns, notices, exports.
    Scheduled("sweeps", sweep_queued, 2 * MINUTE, 5 * MINUTE, "send replies left queued"),
    Scheduled(
        "sweeps",
        sweep_backlog,
        2 * MINUTE,
        5 * MINUTE,
        "answer messages and give decisions left undone",
    ),
    Scheduled(
        "sweeps", sweep_outbox, 5 * MINUTE, 10 * MINUTE, "deliver confirmed orders to the ERP"
    ),
)


def names() -> list[str]:
    """The schedule's names, in order, once each."""
    return list(dict.fromkeys(job.name for job in SCHEDULE))


def run(name: str) -> dict[str, Any]:
    """Run every function scheduled as `name` now; their results by function name."""
    jobs = [job for job in SCHEDULE if job.name == name]
    if not jobs:
        raise LookupError(f"no scheduled job {name!r} (known: {', '.join(names())})")
    return {job.function.__name__: job.function() for job in jobs}
