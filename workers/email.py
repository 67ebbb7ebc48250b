"""The RFQ mailbox poll, as a job for `rq cron`."""

from __future__ import annotations

from workers.app import job_app


def poll_mailbox() -> dict[str, int]:
    """Read the RFQ mailbox once (nothing to do when IMAP_HOST is not set)."""
    from channels.email.mailbox import poll_once

    app = job_app()
    if not app.config.get("IMAP_HOST"):
        return {}
    report = poll_once(app)
    return {
        "read": report.read,
        "answered": report.answered,
        "quarantined": len(report.quarantined),
    }
