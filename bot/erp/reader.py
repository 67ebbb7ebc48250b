"""Reading one ERP CSV file into keyed table rows, or into precise problems.

The reader never touches the database: it checks what a single file can say about
itself (header, cells, duplicate keys). Checks across files and against the
database belong to the importer.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.erp import cells
from bot.erp.cells import CellError
from bot.erp.progress import Progress
from bot.erp.schema import FileSpec, Row

MAX_PROBLEMS = 200  # per file: past that, the file is clearly not what we expect


@dataclass(frozen=True, order=True)
class Problem:
    """Why a file (or one row of it) cannot be imported, as `file:line: column: reason`."""

    file: str
    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:" if self.line else f"{self.file}:"
        return f"{where} {self.column}: {self.reason}" if self.column else f"{where} {self.reason}"


@dataclass
class ParsedFile:
    """The rows of one file, keyed as the table is, with the line each came from."""

    spec: FileSpec
    rows: dict[tuple[Any, ...], Row] = field(default_factory=dict)
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)
    records: int = 0  # data records (not the header, not blank lines), for manifest.csv
    last_line: int = 0  # the line where the last record starts
    unterminated: bool = False  # the last record has no line end: maybe cut short
    version: str = ""  # modification time and size when read: tells a new copy from the same


def count_lines(path: Path) -> int:
    """Count lines cheaply (for progress totals), without decoding."""
    return _scan(path)[0]


def _scan(path: Path) -> tuple[int, bool]:
    """(lines, whether any NUL byte) in one pass over the bytes, without decoding.

    Looking for NUL bytes here (in C) spares checking every cell of every row of
    the files that have none, which is all of them but the broken ones.
    """
    lines, nul = 0, False
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            lines += chunk.count(b"\n")
            nul = nul or b"\x00" in chunk
    return lines, nul


def read_file(path: Path, spec: FileSpec, progress: Progress) -> tuple[ParsedFile, list[Problem]]:
    """Parse `path` by `spec`; return the rows and the problems found."""
    stat = path.stat()
    parsed = ParsedFile(spec, version=f"{stat.st_mtime_ns}-{stat.st_size}")
    problems: list[Problem] = []
    name = spec.filename
    total, has_nul = _scan(path)
    progress.start(f"reading {name}", total)
    columns: list[_Column] = []
    width = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for line, record in _records(csv.reader(handle), problems, path, name):
                if has_nul and any("\x00" in cell for cell in record):
                    problems.append(Problem(name, line, None, _NUL))
                    if line == 1:
                        break
                    continue
                if line == 1:
                    header = _header(record, spec, problems)
                    if header is None:
                        break
                    columns = header
                    width = len(record)
                    continue
                if not "".join(record).strip():
                    continue  # a blank line is not a row
                parsed.records += 1
                parsed.last_line = line
                _row(record, line, columns, width, spec, parsed, problems)
                if len(problems) >= MAX_PROBLEMS:
                    problems.append(Problem(name, line, None, "too many problems, stopped reading"))
                    break
                if line % 5000 == 0:
                    progress.advance(5000)
    finally:
        progress.finish()
    parsed.unterminated = not problems and not _ends_with_line_end(path)
    return parsed, problems


_NUL = "contains a NUL byte (binary data, not CSV text)"


def _records(
    reader: Any, problems: list[Problem], path: Path, name: str
) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line of the record, cells); a decoding error ends the file with a problem."""
    line = 1
    try:
        for record in reader:
            yield line, record
            line = reader.line_num + 1
    except UnicodeDecodeError as exc:
        bad, column = _undecodable_line(path)
        problems.append(
            Problem(name, bad, None, f"not valid UTF-8 text (byte {column}: {exc.reason})")
        )
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num, None, f"malformed CSV: {exc}"))
    if line == 1 and not problems:
        problems.append(Problem(name, 1, None, "empty file: a header row is required"))


def _undecodable_line(path: Path) -> tuple[int, int]:
    """The physical line (and the byte in it, from 1) of the first byte that is not UTF-8.

    The text reader decodes in chunks, so its position says little about where the
    bad byte is; reading again line by line in binary finds it exactly.
    """
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return number, exc.start + 1
    return 1, 1  # not reached: the text reader failed on some line


def _ends_with_line_end(path: Path) -> bool:
    """Whether the file's last byte ends a line (an empty file has nothing cut)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        if handle.tell() == 0:
            return True
        handle.seek(-1, 2)
        return handle.read(1) in (b"\n", b"\r")


# (cell index or -1, column name, parser or None for plain text, required, default,
# whether the default must be copied per row)
_Column = tuple[int, str, Any, bool, Any, bool]


def _header(record: list[str], spec: FileSpec, problems: list[Problem]) -> list[_Column] | None:
    """Map the header to the spec's columns; None when the file cannot be read on."""
    names = [cell.strip().lower() for cell in record]
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            problems.append(Problem(spec.filename, 1, name, "column appears twice in the header"))
        seen.add(name)
    for required in spec.required:
        if required not in seen:
            problems.append(Problem(spec.filename, 1, required, "required column is missing"))
    if problems:
        return None
    index = {name: i for i, name in enumerate(names) if name}
    return [
        (
            index.get(col.name, -1),
            col.name,
            None if col.parse is cells.text else col.parse,
            col.required,
            col.default,
            hasattr(col.default, "copy"),  # mutable defaults ([] / {}): never shared
        )
        for col in spec.columns
    ]


def _row(
    record: list[str],
    line: int,
    columns: list[_Column],
    width: int,
    spec: FileSpec,
    parsed: ParsedFile,
    problems: list[Problem],
) -> None:
    name = spec.filename
    if len(record) > width and any(cell.strip() for cell in record[width:]):
        problems.append(
            Problem(
                name,
                line,
                None,
                f"{len(record)} cells but the header has {width} columns "
                "(a value with a comma must be quoted)",
            )
        )
        return
    row: Row = {}
    ok = True
    cells_in_record = len(record)
    for i, column, parse, required, default, copy in columns:
        raw = record[i].strip() if 0 <= i < cells_in_record else ""
        if not raw:
            if required:
                problems.append(Problem(name, line, column, "a value is required"))
                ok = False
            row[column] = default.copy() if copy else default
            continue
        if parse is None:
            row[column] = raw
            continue
        try:
            row[column] = parse(raw)
        except CellError as exc:
            problems.append(Problem(name, line, column, str(exc)))
            ok = False
    if not ok:
        return
    if spec.to_db is not None:
        row, errors = spec.to_db(row)
        if errors:
            problems.extend(Problem(name, line, column, reason) for column, reason in errors)
            return
    for column, limit in spec.text_limits:
        value = row.get(column)
        if isinstance(value, str) and len(value) > limit:
            problems.append(Problem(name, line, column, f"longer than {limit} characters"))
            ok = False
    if not ok:
        return
    key = tuple(row[k] for k in spec.key)
    first = parsed.lines.get(key)
    if first is not None:
        label = spec.key_label or "+".join(spec.key)
        problems.append(Problem(name, line, label, f"duplicate key, first on line {first}"))
        return
    parsed.rows[key] = row
    parsed.lines[key] = line
