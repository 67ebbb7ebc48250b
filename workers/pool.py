"""`python -m workers.pool [rq worker-pool options]` (Procfile: `worker`): RQ's worker pool
with the app and the matcher's index loaded once, in the pool's parent, before it forks.

`rq worker-pool` forks its workers from a parent that holds nothing of ours: each worker
then builds the app and loads the catalog's index itself (issue #19: ~720 MiB a process at
100,000 products, as many copies as workers). Here the parent loads them first and
freezes what it holds (`gc.freeze()`: the collector never writes into those objects, so
their pages are not copied when a worker or RQ's scheduler, forked from a worker, runs a
collection); the workers, forked after, share the pages of one index, and a worker the
pool starts again after one died starts warm. The parent's database connections are
closed before it forks (a child never uses its parent's; workers/app.py). A worker's
own copy is made only when the catalog changes (an ERP import that moved products): it
loads the new index from the file the first process to see it wrote
(bot/matching/cache.py), so after an import each worker holds its own until the pool is
restarted (a deploy).

Every argument is `rq worker-pool`'s (`-n`, `--url`, `-w workers.worker.Worker`, queues).
"""

from __future__ import annotations

import gc
import sys

from rq.cli import main as rq_main

from bot.db import get_engine
from bot.matching.service import current_index
from workers.app import job_app


def preload() -> None:
    """The app and the current catalog's index, in this process, frozen, no connections kept."""
    app = job_app()
    with app.app_context():
        current_index()
        get_engine().dispose()  # the children open their own
    gc.collect()
    gc.freeze()  # everything so far: modules, app, index — shared by the forked workers


def main(argv: list[str] | None = None) -> None:
    preload()
    rq_main(["worker-pool", *(sys.argv[1:] if argv is None else argv)],
            prog_name="python -m workers.pool")  # fmt: skip


if __name__ == "__main__":
    main()
