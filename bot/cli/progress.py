"""Progress bars for long commands (the ERP import, the demo setup)."""

from __future__ import annotations

import sys
from typing import Any

import click


class ClickProgress:
    """Progress bars on stderr (a plain label per phase when stderr is not a terminal)."""

    def __init__(self, min_total: int = 20_000) -> None:
        self.min_total = min_total
        self._bar: Any = None

    def start(self, label: str, total: int) -> None:
        if total >= self.min_total:
            self._bar = click.progressbar(length=total, label=label.ljust(32), file=sys.stderr)
            self._bar.__enter__()

    def advance(self, steps: int) -> None:
        if self._bar is not None:
            self._bar.update(steps)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.update(self._bar.length - self._bar.pos)
            self._bar.__exit__(None, None, None)
            self._bar = None
