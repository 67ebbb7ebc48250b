"""ERP export jobs: deliver one order, and sweep the outbox for any left behind."""

from __future__ import annotations

from bot.db import get_engine
from bot.erp.export import deliver, pending_exports
from workers.app import job_app


def export_order(order_id: int) -> str:
    """Deliver one order from the outbox (safe to run again: it is idempotent)."""
    app = job_app()
    with app.app_context():
        return deliver(
            get_engine(), order_id, app.config["ERP_OUTBOX_DIR"], app.config.get("ERP_WEBHOOK_URL")
        )


def sweep_outbox() -> int:
    """Deliver whatever is still in the outbox (after a crash or a failed POST)."""
    app = job_app()
    done = 0
    with app.app_context():
        for order_id in pending_exports(get_engine()):
            deliver(
                get_engine(),
                order_id,
                app.config["ERP_OUTBOX_DIR"],
                app.config.get("ERP_WEBHOOK_URL"),
            )
            done += 1
    return done
