"""`mostrador erp import DIR`: mirror an ERP folder into the database, all or nothing.

The import runs in three steps:

1. read every file present and check each row on its own (`reader`), with no
   lock held; any problem rejects the folder before the database is touched;
2. in one transaction, check references across files and against rows already
   in the database (a stock row for an unknown SKU, a contact of an unknown customer);
3. still in that transaction, compare each file with its table and write only the
   difference: new rows, changed rows, and rows the file no longer lists (deactivated
   for products, customers and warehouses; deleted for prices, stock and the like).

Writing only the difference makes a re-import of the same folder change nothing,
keeps a periodic full sync cheap, and lets the report say exactly what changed.
A file missing from the folder leaves its table as it was (see README).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import migrate, promises, redating, stockholds
from bot.clock import utcnow
from bot.db import begin_write
from bot.erp import guards
from bot.erp.progress import Progress, SilentProgress
from bot.erp.reader import MAX_PROBLEMS, ParsedFile, Problem, read_file
from bot.erp.schema import BY_NAME, SPECS, Absent
from bot.models import AuditEvent, ErpFileMark, ErpImport, Order

BATCH = 5000
DEFAULT_MAX_DROP_PCT = Decimal(20)
_IMPORT_LOCK = 0x4D4F5354  # "MOST": one import at a time on PostgreSQL


class ImportRejected(Exception):
    """The folder cannot be imported; nothing was applied. `problems` says why.

    `overridable` is true when every problem is a cut-short guard (a missing last
    line end, too many rows dropped) that `--allow-drop` accepts on purpose.
    """

    def __init__(self, problems: Sequence[Problem], *, overridable: bool = False) -> None:
        self.problems = sorted(problems, key=lambda p: (_file_order(p.file), p.line))
        self.overridable = overridable
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class TableChanges:
    """What one file did to its table."""

    inserted: int = 0
    updated: int = 0
    removed: int = 0  # deactivated or deleted, by the spec's `absent` rule
    unchanged: int = 0

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.removed


@dataclass
class ImportReport:
    """The outcome of an import: per file, what changed."""

    source: str
    tables: dict[str, TableChanges] = field(default_factory=dict)
    applied: bool = False
    import_id: int | None = None
    released: list[str] = field(default_factory=list)  # orders whose stock hold ended
    promises: list[str] = field(default_factory=list)  # "7 kept", "8 broken" (bot/promises.py)
    redated: list[str] = field(default_factory=list)  # back-order lines with a new ETA

    @property
    def changed(self) -> int:
        return sum(t.changed for t in self.tables.values())

    def lines(self) -> list[str]:
        """One line per file, for people."""
        result = []
        for name, t in self.tables.items():
            removed = "deactivated" if BY_NAME[name].absent is Absent.DEACTIVATE else "deleted"
            result.append(
                f"{name}: {t.inserted} new, {t.updated} changed, {t.removed} {removed}, "
                f"{t.unchanged} unchanged"
            )
        return result

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {name: vars(t).copy() for name, t in self.tables.items()}


def import_folder(
    engine: Engine,
    folder: str | Path,
    *,
    progress: Progress | None = None,
    actor: str = "system",
    dry_run: bool = False,
    max_drop_pct: Decimal = DEFAULT_MAX_DROP_PCT,
    allow_drop: bool = False,
) -> ImportReport:
    """Import an ERP folder; raise `ImportRejected` (and apply nothing) on any problem.

    Args:
        engine: the database to mirror into.
        folder: the ERP folder (ERP.md's CSV files).
        progress: receives progress of each phase; silent when None.
        actor: who ran it, for the audit trail.
        dry_run: check everything and compute the changes, then roll back.
        max_drop_pct: refuse a file that would deactivate or delete more than this
            percentage of its table's rows (`IMPORT_MAX_DROP_PCT`).
        allow_drop: accept files the cut-short guards refuse (`--allow-drop`).
    """
    progress = progress or SilentProgress()
    folder = Path(folder)
    started = utcnow()
    migrate.require_current(engine)
    parsed = read_folder(folder, progress)
    report = ImportReport(source=str(folder.resolve()))
    refusals = [] if allow_drop else guards.cut_short(parsed)
    with Session(engine) as session:
        _lock(session)
        problems = check_references(session, parsed, progress)
        if problems:
            raise ImportRejected(problems)
        if not allow_drop:
            refusals += guards.too_many_drops(session, parsed, max_drop_pct)
        if refusals:
            raise ImportRejected(refusals, overridable=True)
        for spec in SPECS:
            if spec.filename in parsed:
                report.tables[spec.filename] = _apply(session, parsed[spec.filename], progress)
        new_files = _mark_files(session, parsed, started)
        report.released = stockholds.release_after_import(
            session,
            order_status=ORDER_STATUS in parsed,
            new_stock="stock.csv" in new_files,
            started=started,
            now=utcnow(),
            actor=actor,
        )
        if "stock.csv" in parsed:  # the ERP's new incoming dates: open back-orders follow
            report.redated = redating.redate_backorders(session, now=utcnow(), actor=actor)
        if "receivables.csv" in parsed:  # the ERP's word on what was paid: promises settle
            report.promises = promises.settle_after_import(session, now=utcnow(), actor=actor)
        if dry_run:
            session.rollback()
            return report
        if report.changed:
            report.import_id = _record(session, report, started, actor)
        session.commit()
    report.applied = True
    return report


def read_folder(folder: Path, progress: Progress) -> dict[str, ParsedFile]:
    """Read and check every ERP file present in `folder` (file names case-insensitive)."""
    if not folder.is_dir():
        raise ImportRejected([Problem(str(folder), 0, None, "not a folder")])
    present = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    parsed: dict[str, ParsedFile] = {}
    problems: list[Problem] = []
    for spec in SPECS:
        path = present.get(spec.filename)
        if path is None:
            continue
        result, file_problems = read_file(path, spec, progress)
        parsed[spec.filename] = result
        problems.extend(file_problems)
    problems += guards.check_manifest(present, parsed, set(BY_NAME))
    if not parsed and not problems:
        names = ", ".join(s.filename for s in SPECS)
        problems.append(
            Problem(str(folder), 0, None, f"no ERP files found (expected any of {names})")
        )
    if problems:
        raise ImportRejected(problems)
    return parsed


def check_references(
    session: Session, parsed: dict[str, ParsedFile], progress: Progress | None = None
) -> list[Problem]:
    """Rows that name a product, customer or warehouse that exists neither here nor in the DB."""
    progress = progress or SilentProgress()
    problems: list[Problem] = []
    known: dict[str, set[Any]] = {}
    for name, pf in parsed.items():
        found: list[Problem] = []
        if pf.spec.refs:
            progress.start(f"checking {name} references", len(pf.rows) * len(pf.spec.refs))
        try:
            for ref in pf.spec.refs:
                if ref.target not in known:
                    known[ref.target] = _keys_of(session, ref.target, parsed)
                found += _unknown(pf, ref.column, known[ref.target], ref.target, progress)
        finally:
            progress.finish()
        found.sort()
        if len(found) > MAX_PROBLEMS:  # as the reader: past that, the file is not what we expect
            line = found[MAX_PROBLEMS - 1].line
            why = f"too many problems ({len(found)}), stopped listing"
            found = [*found[:MAX_PROBLEMS], Problem(name, line, None, why)]
        problems += found
    if ORDER_STATUS in parsed:
        problems += _foreign_orders(session, parsed[ORDER_STATUS])
    return problems


def _unknown(
    pf: ParsedFile, column: str, targets: set[Any], target: str, progress: Progress
) -> list[Problem]:
    """`pf`'s rows whose `column` names none of `targets` (a million rows: progress by BATCH)."""
    noun = target.removesuffix(".csv").rstrip("s")
    name, found = pf.spec.filename, []
    for count, (key, row) in enumerate(pf.rows.items(), 1):
        value = row.get(column)
        if value not in (None, "") and value not in targets:
            found.append(Problem(name, pf.lines[key], column, f"unknown {noun} {value!r}"))
        if count % BATCH == 0:
            progress.advance(BATCH)
    progress.advance(len(pf.rows) % BATCH)
    return found


ORDER_STATUS = "order_status.csv"


def _foreign_orders(session: Session, pf: ParsedFile) -> list[Problem]:
    """order_status.csv rows naming a Mostrador order of another customer.

    Such a row would release that order's stock hold and show its status to the
    wrong buyer: a typo in the ERP, refused like an unknown reference.
    """
    numbers = [key[0] for key in pf.rows]
    owners: dict[str, str] = {}
    for start in range(0, len(numbers), BATCH):
        chunk = numbers[start : start + BATCH]
        query = sa.select(Order.number, Order.customer_id).where(col(Order.number).in_(chunk))  # type: ignore[call-overload]
        owners.update((number, owner) for number, owner in session.execute(query))
    problems = []
    for key, row in pf.rows.items():
        owner = owners.get(key[0])
        if owner is not None and owner != row["customer_id"]:
            problems.append(
                Problem(
                    pf.spec.filename,
                    pf.lines[key],
                    "customer_id",
                    f"order {key[0]} is customer {owner}'s in Mostrador, not {row['customer_id']}",
                )
            )
    return problems


def _mark_files(session: Session, parsed: dict[str, ParsedFile], now: Any) -> set[str]:
    """Remember the version of each file imported; return the files not imported before."""
    marks = {m.file: m for m in session.exec(select(ErpFileMark)).all()}
    new = set()
    for name, pf in parsed.items():
        mark = marks.get(name)
        if mark is not None and mark.version == pf.version:
            continue
        new.add(name)
        mark = mark or ErpFileMark(file=name, version=pf.version, imported_at=now)
        mark.version, mark.imported_at = pf.version, now
        session.add(mark)
    return new


def _keys_of(session: Session, target: str, parsed: dict[str, ParsedFile]) -> set[Any]:
    spec = BY_NAME[target]
    (key_column,) = spec.key
    table = spec.model.__table__  # type: ignore[attr-defined]
    keys = set(session.execute(sa.select(table.c[key_column])).scalars())
    if target in parsed:
        keys.update(k[0] for k in parsed[target].rows)
    return keys


def _apply(session: Session, pf: ParsedFile, progress: Progress) -> TableChanges:
    spec = pf.spec
    table = spec.model.__table__  # type: ignore[attr-defined]
    key_cols = list(spec.key)
    value_cols = [c for c in spec.table_columns if c not in spec.key]
    width = len(key_cols)
    # Reading the table and comparing it with the file is the whole of a re-import
    # with no changes (a million sales lines: seconds), so both show progress too.
    rows_in_table = session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
    progress.start(f"reading table {table.name}", rows_in_table)
    try:
        existing: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        result = session.execute(sa.select(*(table.c[c] for c in key_cols + value_cols)))
        for chunk in result.partitions(BATCH):
            existing.update((tuple(r[:width]), tuple(r[width:])) for r in chunk)
            progress.advance(len(chunk))
    finally:
        progress.finish()
    changes = TableChanges()
    inserts: list[tuple[Any, ...]] = []  # full rows, key columns first
    updates: list[dict[str, Any]] = []
    values_of = _getter(value_cols)
    progress.start(f"comparing {spec.filename}", len(pf.rows))
    try:
        for count, (key, row) in enumerate(pf.rows.items(), 1):
            values = values_of(row)
            old = existing.pop(key, None)
            if old is None:
                inserts.append(key + values)
            elif old != values:
                updates.append(_params(key_cols, key, value_cols, values))
            else:
                changes.unchanged += 1
            if count % BATCH == 0:
                progress.advance(BATCH)
        progress.advance(len(pf.rows) % BATCH)
    finally:
        progress.finish()
    # What is left in `existing` is what the file no longer lists.
    removals: list[dict[str, Any]] = []
    if spec.absent is Absent.DEACTIVATE:
        active = value_cols.index("active")
        for key, old in existing.items():
            if old[active]:
                updates.append(_params(key_cols, key, ["active"], (False,)))
                changes.removed += 1
    else:
        removals = [_params(key_cols, key, [], ()) for key in existing]
        changes.removed = len(removals)
    changes.inserted = len(inserts)
    changes.updated = len(updates) - (changes.removed if spec.absent is Absent.DEACTIVATE else 0)

    progress.start(f"applying {spec.filename}", len(inserts) + len(updates) + len(removals))
    try:
        where = sa.and_(
            *(table.c[k] == sa.bindparam(f"k_{k}", type_=table.c[k].type) for k in key_cols)
        )
        for batch in _batches(removals):
            session.execute(sa.delete(table).where(where), batch)
            progress.advance(len(batch))
        dialect = session.connection().dialect.name
        if inserts and dialect == "postgresql":
            _copy_into(session, table, key_cols + value_cols, inserts, progress)
        elif inserts and dialect == "sqlite":
            _sqlite_insert(session, table, key_cols + value_cols, inserts, progress)
        else:
            names = key_cols + value_cols
            for batch in _batches(inserts):
                session.execute(sa.insert(table), [dict(zip(names, r, strict=True)) for r in batch])
                progress.advance(len(batch))
        # Group updates by the set of columns they set (full rows vs. active-only).
        by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for params in updates:
            by_shape.setdefault(tuple(k for k in params if k.startswith("v_")), []).append(params)
        for shape, rows in by_shape.items():
            setters = {p[2:]: sa.bindparam(p, type_=table.c[p[2:]].type) for p in shape}
            statement = sa.update(table).where(where).values(setters)
            for batch in _batches(rows):
                session.execute(statement, batch)
                progress.advance(len(batch))
    finally:
        progress.finish()
    return changes


def _copy_into(
    session: Session,
    table: sa.Table,
    columns: list[str],
    rows: list[tuple[Any, ...]],
    progress: Progress,
) -> None:
    """Insert with PostgreSQL's COPY, in the session's own transaction.

    Multi-row INSERTs take a minute for a million rows; COPY takes seconds. The
    values are already what the columns hold (the reader parsed and quantized them),
    only JSON columns need encoding.
    """
    driver = session.connection().connection.driver_connection
    json_columns = {c for c in columns if isinstance(table.c[c].type, sa.JSON)}
    names = ", ".join(f'"{c}"' for c in columns)
    statement = f'COPY "{table.name}" ({names}) FROM STDIN'
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        for count, row in enumerate(rows, 1):
            copy.write_row(
                [
                    json.dumps(v) if c in json_columns else v
                    for c, v in zip(columns, row, strict=True)
                ]
            )
            if count % BATCH == 0:
                progress.advance(BATCH)
    progress.advance(len(rows) % BATCH)


def _sqlite_insert(
    session: Session,
    table: sa.Table,
    columns: list[str],
    rows: list[tuple[Any, ...]],
    progress: Progress,
) -> None:
    """Insert through sqlite3's own executemany, in the session's transaction.

    SQLAlchemy's executemany handles each row as a dict of parameters; a million
    sales lines took 40 s that way. Each value still goes through its column type's
    bind processor (exact decimals, dates, JSON), so what is stored is the same.
    """
    connection = session.connection()
    dialect = connection.dialect
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    statement = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'  # noqa: S608 (our names)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for batch in _batches(rows):
            by_column = [
                list(values) if p is None else list(map(p, values))
                for p, values in zip(processors, zip(*batch, strict=True), strict=True)
            ]
            cursor.executemany(statement, list(zip(*by_column, strict=True)))
            progress.advance(len(batch))
    finally:
        cursor.close()


def _getter(columns: list[str]) -> Any:
    """A function giving a row's values for `columns` as a tuple (None where absent)."""
    if len(columns) == 1:
        (only,) = columns
        return lambda row: (row.get(only),)
    return lambda row: tuple(map(row.get, columns))


def _params(
    key_cols: list[str], key: tuple[Any, ...], cols: Iterable[str], values: Iterable[Any]
) -> dict[str, Any]:
    params = {f"k_{c}": v for c, v in zip(key_cols, key, strict=True)}
    params.update({f"v_{c}": v for c, v in zip(cols, values, strict=True)})
    return params


def _batches(rows: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _lock(session: Session) -> None:
    """Serialize imports: two at once would each see the other's rows as absent."""
    begin_write(session)  # SQLite: the write lock, taken at BEGIN, serializes writers
    bind = session.connection()
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _IMPORT_LOCK})


def _record(session: Session, report: ImportReport, started: Any, actor: str) -> int:
    run = ErpImport(
        source=report.source, started_at=started, finished_at=utcnow(), changes=report.as_dict()
    )
    session.add(run)
    session.flush()
    assert run.id is not None
    session.add(
        AuditEvent(
            at=run.finished_at,
            subject=f"erp-import:{run.id}",
            event="erp.imported",
            actor=actor,
            cause=f"erp import {report.source}",
            data=report.as_dict(),
        )
    )
    return run.id


def _file_order(name: str) -> int:
    names = [s.filename for s in SPECS]
    return names.index(name) if name in names else -1
