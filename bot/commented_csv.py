"""The distributor-editable phrase files (intents.csv, corrections.csv, vocabulary.csv):
CSV with `#` comment lines explaining the columns, read row by row with each row's real
line number, so a bad row is reported as `file:line: reason` at the line an editor shows."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def numbered_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number in the file, row) for every row; comment lines are skipped."""
    with path.open(encoding="utf-8", newline="") as handle:
        kept = [(number, line) for number, line in enumerate(handle, start=1)
                if not line.startswith("#")]  # fmt: skip
    reader = csv.DictReader(line for _, line in kept)
    for row in reader:
        yield kept[reader.line_num - 1][0], row
