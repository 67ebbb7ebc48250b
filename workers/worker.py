"""The RQ worker class for Mostrador (Procfile: `rq worker -w workers.worker.Worker`).

It builds the app and the matcher's catalog index once, before forking work horses,
so each job starts warm; the index still follows imports (one cheap query per job).
"""

from __future__ import annotations

from typing import Any

from rq import Worker as RQWorker

from workers.app import job_app


class Worker(RQWorker):
    def work(self, *args: Any, **kwargs: Any) -> bool:
        from bot.matching.service import current_index

        app = job_app()
        with app.app_context():
            current_index()
        return bool(super().work(*args, **kwargs))
