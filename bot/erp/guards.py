"""Guards against importing a file the ERP had not finished writing (ERP.md, "cut short").

A sync folder can be read while the ERP is still writing it. A file cut at a row
boundary parses cleanly, and a full import would then deactivate or delete every
row past the cut. Three signs give it away, each checked here:

- the last record has no line end (the writer stopped mid-line);
- the file would remove more than `IMPORT_MAX_DROP_PCT` percent of its table's rows;
- the folder has a `manifest.csv` (`file,rows,sha256`) that the file does not match.

The first two are *refusals*: `--allow-drop` accepts them on purpose (an ERP that
really did retire half the catalog). A manifest mismatch is never accepted: the
manifest is the ERP's own word on what it wrote.
"""

from __future__ import annotations

import csv
import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from bot.erp.reader import ParsedFile, Problem
from bot.erp.schema import Absent

MANIFEST = "manifest.csv"


def cut_short(parsed: dict[str, ParsedFile]) -> list[Problem]:
    """Files whose last record has no line end."""
    return [
        Problem(
            name,
            pf.last_line or 1,
            None,
            f"the last record has no line end: the file looks cut short "
            f"({pf.records} rows read); nothing was applied",
        )
        for name, pf in parsed.items()
        if pf.unterminated
    ]


def drop_figures(session: Session, pf: ParsedFile) -> tuple[int, int]:
    """(rows the file would deactivate or delete, rows of the table it could remove).

    For products, customers and warehouses only active rows count: an inactive row
    the file leaves out changes nothing.
    """
    spec = pf.spec
    table = spec.model.__table__  # type: ignore[attr-defined]
    keys = [table.c[k] for k in spec.key]
    query = sa.select(*keys)
    if spec.absent is Absent.DEACTIVATE:
        query = query.where(table.c.active.is_(True))
    total = removed = 0
    for row in session.execute(query):
        total += 1
        if tuple(row) not in pf.rows:
            removed += 1
    return removed, total


def too_many_drops(
    session: Session, parsed: dict[str, ParsedFile], max_pct: Decimal
) -> list[Problem]:
    """Files that would remove more than `max_pct` percent of their table's rows."""
    problems = []
    for name, pf in parsed.items():
        removed, total = drop_figures(session, pf)
        if total and Decimal(removed) * 100 > max_pct * total:
            verb = "deactivate" if pf.spec.absent is Absent.DEACTIVATE else "delete"
            pct = Decimal(removed) * 100 / total
            problems.append(
                Problem(
                    name,
                    0,
                    None,
                    f"would {verb} {removed} of {total} rows ({pct:.1f} %, more than "
                    f"IMPORT_MAX_DROP_PCT {max_pct} %): the file looks cut short "
                    f"({len(pf.rows)} rows read)",
                )
            )
    return problems


def check_manifest(
    folder_files: dict[str, Path], parsed: dict[str, ParsedFile], erp_files: set[str]
) -> list[Problem]:
    """Compare the folder with its `manifest.csv`, when the ERP wrote one.

    Every ERP file present must be listed, and every listed file present with the
    listed number of data rows (header and blank lines not counted) and SHA-256.
    """
    path = folder_files.get(MANIFEST)
    if path is None:
        return []
    problems: list[Problem] = []
    entries = _read_manifest(path, problems)
    if problems:
        return problems
    listed: set[str] = set()
    for line, entry in entries:
        name = entry["file"].lower()
        listed.add(name)
        target = folder_files.get(name)
        if target is None:
            problems.append(
                Problem(MANIFEST, line, "file", f"{name} is listed but not in the folder")
            )
            continue
        rows = entry.get("rows", "")
        if rows and name in parsed:
            if not rows.isdigit():
                problems.append(Problem(MANIFEST, line, "rows", f"not a whole number: {rows!r}"))
            elif int(rows) != parsed[name].records:
                problems.append(
                    Problem(
                        MANIFEST,
                        line,
                        "rows",
                        f"{name} has {parsed[name].records} rows, the manifest says {rows}",
                    )
                )
        digest = entry.get("sha256", "").lower()
        if digest and _sha256(target) != digest:
            problems.append(
                Problem(
                    MANIFEST,
                    line,
                    "sha256",
                    f"{name} does not match (changed or cut short since the manifest was written)",
                )
            )
    for name in sorted((erp_files & folder_files.keys()) - listed):
        problems.append(Problem(MANIFEST, 0, None, f"{name} is in the folder but not listed"))
    return problems


def _read_manifest(path: Path, problems: list[Problem]) -> list[tuple[int, dict[str, str]]]:
    entries: list[tuple[int, dict[str, str]]] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [h.strip().lower() for h in next(reader, [])]
            if "file" not in header:
                problems.append(Problem(MANIFEST, 1, "file", "required column is missing"))
                return []
            line = reader.line_num + 1
            for record in reader:
                if any("\x00" in cell for cell in record):
                    problems.append(Problem(MANIFEST, line, None, "contains a NUL byte"))
                elif any(cell.strip() for cell in record):
                    entry: dict[str, Any] = {
                        h: (record[i].strip() if i < len(record) else "")
                        for i, h in enumerate(header)
                    }
                    if not entry["file"]:
                        problems.append(Problem(MANIFEST, line, "file", "a value is required"))
                    else:
                        entries.append((line, entry))
                line = reader.line_num + 1
    except (UnicodeDecodeError, csv.Error) as exc:
        problems.append(Problem(MANIFEST, 0, None, f"unreadable: {exc}"))
    return entries


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
