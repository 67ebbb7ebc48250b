"""The periodic ERP sync: import the folder the ERP drops its CSV exports into."""

from __future__ import annotations

import logging

from bot.db import get_engine
from bot.erp.importer import ImportRejected, import_folder
from workers.app import job_app
from workers.insights import refresh_insights

log = logging.getLogger(__name__)


def sync_erp() -> dict[str, dict[str, int]]:
    """Import `ERP_IMPORT_DIR` if configured; a rejected folder is logged, never half-applied.

    Returns the per-file changes (empty when nothing is configured), which RQ keeps
    as the job's result for whoever looks.
    """
    app = job_app()
    folder = app.config.get("ERP_IMPORT_DIR")
    if not folder:
        log.info("ERP_IMPORT_DIR is not set; nothing to sync")
        return {}
    with app.app_context():
        try:
            report = import_folder(
                get_engine(),
                folder,
                actor="erp-sync",
                max_drop_pct=app.config["IMPORT_MAX_DROP_PCT"],
            )
        except ImportRejected as rejected:
            log.error("ERP folder %s rejected, nothing applied:\n%s", folder, rejected)
            raise
    log.info("ERP sync from %s: %d change(s)", folder, report.changed)
    if report.changed:  # a new sales history moves the insights: rebuild them here, not on read
        refresh_insights()
    return report.as_dict()
