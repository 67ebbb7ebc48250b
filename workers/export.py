"""ERP export jobs: deliver one order, and sweep the outbox for any left behind."""

from __future__ import annotations

import logging

from bot.db import get_engine
from bot.erp.export import DeliveryError, deliver, pending_exports
from workers.app import job_app

log = logging.getLogger(__name__)


def export_order(order_id: int) -> str:
    """Deliver one order from the outbox (safe to run again: it is idempotent)."""
    app = job_app()
    with app.app_context():
        return deliver(
            get_engine(), order_id, app.config["ERP_OUTBOX_DIR"], app.config.get("ERP_WEBHOOK_URL")
        )


def sweep_outbox() -> int:
    """Deliver whatever is still in the outbox (after a crash or a failed POST).

    One order the ERP refuses does not hold back the others: its error is kept on its
    export row (the console lists it once it is overdue) and the sweep goes on.
    """
    app = job_app()
    done = 0
    with app.app_context():
        for order_id in pending_exports(get_engine()):
            try:
                deliver(
                    get_engine(),
                    order_id,
                    app.config["ERP_OUTBOX_DIR"],
                    app.config.get("ERP_WEBHOOK_URL"),
                )
            except DeliveryError as exc:
                log.warning("order %s still not delivered: %s", order_id, exc)
                continue
            done += 1
    return done
