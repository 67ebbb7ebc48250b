"""When the matcher's index is (re)built, and how a process gets it (issue #19).

One index per process, kept across requests and jobs. It reflects the catalog: the
active products (names, descriptions, aliases, prices) and the cross references. An
ERP import that changed neither (a stock-only sync every 15 minutes, prices of
customers, receivables) leaves it as it is; one that changed them makes it stale.

- The process looks for new imports at most every `check_every` seconds (one cheap
  query on `erp_imports` newer than the last one it saw), not on every turn.
- A stale index keeps serving while the new one is built (or loaded) in a thread,
  and is swapped in when ready: no request or turn waits for a rebuild. Only a
  process without any index builds it in line (at start-up).
- A built index is written to `<folder>/<import id>-<its time>-v<code digest>.pickle`
  (atomically, under a file lock) and the other processes on the host load that file
  instead of building it again: loading is ~15x cheaper (bench/RESULTS.md). A file that cannot
  be read is built again.
- `gc.freeze()` after an index is in place: its hundreds of thousands of objects
  move out of the collector's generations, so a full collection no longer walks them
  (a 0.75 s pause per full collection with a 100k-product index).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import hashlib
import logging
import os
import pickle
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.matching.index import CatalogIndex
from bot.models import ErpImport

log = logging.getLogger(__name__)

# The ERP files the index is read from: an import changing none of them keeps it.
CATALOG_FILES = ("products.csv", "cross_references.csv")


def _code_version() -> str:
    """A digest of the matcher's code and data files: a file written by other code (h7's
    next change to the index, a new synonym) is never loaded, it is built again."""
    from bot.matching.vocabulary import DEFAULT

    digest = hashlib.sha1(usedforsecurity=False)
    here = Path(__file__).parent
    data = sorted({*here.glob("*.csv"), Path(DEFAULT)})  # vocabulary.csv, brand_names.csv
    for path in [*sorted(here.glob("*.py")), *data]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


FORMAT = _code_version()


def changes_catalog(changes: Mapping[str, Any]) -> bool:
    """Whether an import's recorded changes (`ErpImport.changes`) touch the index."""
    for name in CATALOG_FILES:
        table = changes.get(name) or {}
        if any(table.get(k) for k in ("inserted", "updated", "removed")):
            return True
    return False


class IndexCache:
    """The process's index: checked every `check_every` s, rebuilt off the request path."""

    def __init__(
        self,
        *,
        check_every: float = 5.0,
        background: bool = True,
        folder: Path | None = None,
        freeze: bool = True,
    ) -> None:
        self.check_every = check_every
        self.background = background
        self.folder = folder
        # gc.freeze() an index in place: a process keeping one for hours; never a test suite,
        # whose every app would freeze the garbage of the tests before it for good
        self.freeze = freeze
        self._index: CatalogIndex | None = None
        self._catalog: int | None = None  # the import the index was built from
        self._seen: int | None = None  # the newest import looked at
        self._checked = 0.0
        self._building: threading.Thread | None = None
        self._lock = threading.Lock()
        self.builds = 0  # indexes built here (not loaded from a file): for tests and logs
        # The process that put the index in place: a worker forked from the pool's
        # parent (workers/pool.py) shares the parent's (for tests and logs).
        self.installed_by: int | None = None

    @property
    def latest_import(self) -> int:
        """The newest ERP import this process has seen, as of its last look (at most
        `check_every` seconds ago): what a priced cart line is stamped with, read here
        instead of once per turn (flows/cart.py)."""
        return self._seen or 0

    def get(self, engine: Engine) -> CatalogIndex:
        now = time.monotonic()
        index = self._index
        if index is not None and now - self._checked < self.check_every:
            return index
        with self._lock:
            if self._index is None:  # start-up: nothing to serve meanwhile
                self._refresh(engine, in_line=True)
            elif time.monotonic() - self._checked >= self.check_every:
                self._checked = time.monotonic()
                if self._building is None or not self._building.is_alive():
                    self._refresh(engine, in_line=not self.background)
            assert self._index is not None
            return self._index

    def adopt(self, engine: Engine, index: CatalogIndex) -> None:
        """Put `index`, built elsewhere from the very catalog now imported, in place without
        building it again. The caller vouches for the catalog: the test suite imports the demo
        folder into hundreds of empty databases and hands each app a copy of one index (a
        build takes a second; a copy a twentieth of that)."""
        with self._lock, Session(engine) as session:
            latest, catalog = _newest(session)
            index.version = latest
            self._seen, self._checked = latest, time.monotonic()
            self._install(index, catalog)

    def _refresh(self, engine: Engine, *, in_line: bool) -> None:
        """Look at the imports since the last look; build or load when the catalog moved."""
        with Session(engine) as session:
            if self._index is None:
                latest, catalog = _newest(session)
            else:
                rows = session.exec(
                    select(ErpImport.id, ErpImport.changes)
                    .where(col(ErpImport.id) > (self._seen or 0))
                    .order_by(col(ErpImport.id))
                ).all()
                latest = rows[-1][0] if rows else self._seen
                moved = [i for i, changes in rows if changes_catalog(changes or {})]
                catalog = moved[-1] if moved else self._catalog
        self._checked = time.monotonic()
        self._seen = latest
        if self._index is not None and catalog == self._catalog:
            return  # nothing new, or e.g. a stock-only import: the index stays
        if in_line:
            self._install(self._obtain(engine, catalog), catalog)
            return
        self._building = threading.Thread(
            target=self._build_and_swap, args=(engine, catalog), name="match-index", daemon=True
        )
        self._building.start()

    def _build_and_swap(self, engine: Engine, catalog: int | None) -> None:
        try:
            index = self._obtain(engine, catalog)
        except Exception:  # the old index keeps serving; the next check tries again
            log.exception("the matcher index could not be rebuilt")
            with self._lock:
                self._seen = self._catalog
            return
        with self._lock:
            self._install(index, catalog)

    def _install(self, index: CatalogIndex, catalog: int | None) -> None:
        old = self._index
        self._index, self._catalog, self.installed_by = index, catalog, os.getpid()
        if self.freeze:
            if old is not None:  # a frozen object in a cycle is never collected: thaw first
                del old
                gc.unfreeze()
                gc.collect()
            gc.freeze()
        log.info("matcher index of import %s in place (%d items)", catalog, len(index.entries))

    def _obtain(self, engine: Engine, catalog: int | None) -> CatalogIndex:
        """The index of `catalog`: from this host's file when another process built it."""
        if self.folder is None:
            return self._build(engine)
        self.folder.mkdir(parents=True, exist_ok=True)
        # Named by the import and its time: a database restored or reset reuses ids.
        with Session(engine) as session:
            run = session.get(ErpImport, catalog) if catalog is not None else None
        stamp = f"{run.finished_at:%Y%m%dT%H%M%S%f}" if run is not None else "none"
        path = self.folder / f"{catalog or 0}-{stamp}-v{FORMAT}.pickle"
        with open(self.folder / ".lock", "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one process of the host builds, the rest load
            try:
                loaded = _load(path)
                if loaded is not None:
                    return loaded
                index = self._build(engine)
                _save(index, path)
                _remove_older(self.folder.glob("*.pickle"), keep=path)
                return index
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _build(self, engine: Engine) -> CatalogIndex:
        started = time.perf_counter()
        with Session(engine) as session:
            index = CatalogIndex.build(session)
        self.builds += 1
        log.info("matcher index built in %.1f s", time.perf_counter() - started)
        return index


def _newest(session: Session) -> tuple[int | None, int | None]:
    """The newest import, and the newest one that changed the catalog (None: none did).

    Read newest first, a page at a time: the catalog usually changed recently, and an
    ERP syncing every 15 minutes leaves tens of thousands of imports in a year.
    """
    latest: int | None = None
    before: int | None = None
    while True:
        query = select(ErpImport.id, ErpImport.changes).order_by(col(ErpImport.id).desc())
        if before is not None:
            query = query.where(col(ErpImport.id) < before)
        rows = session.exec(query.limit(200)).all()
        if not rows:
            return latest, None
        latest = latest if latest is not None else rows[0][0]
        for import_id, changes in rows:
            if changes_catalog(changes or {}):
                return latest, import_id
        before = rows[-1][0]


def _load(path: Path) -> CatalogIndex | None:
    if not path.exists():
        return None
    try:
        with open(path, "rb") as f:
            index = pickle.load(f)  # noqa: S301 (our own file, written by this code)
    except Exception:  # a file from another version, cut short: build instead
        log.warning("matcher index file %s unreadable: building instead", path)
        return None
    return index if isinstance(index, CatalogIndex) else None


def _save(index: CatalogIndex, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index-")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _remove_older(paths: Iterable[Path], keep: Path) -> None:
    for path in paths:
        if path != keep:
            with contextlib.suppress(OSError):
                path.unlink()
