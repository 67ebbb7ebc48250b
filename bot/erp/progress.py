"""Progress reporting for long work, without tying the work to a terminal."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Receives progress of one phase at a time: start, advance..., finish."""

    def start(self, label: str, total: int) -> None: ...

    def advance(self, steps: int) -> None: ...

    def finish(self) -> None: ...


class SilentProgress:
    """Progress that goes nowhere (tests, jobs)."""

    def start(self, label: str, total: int) -> None:
        pass

    def advance(self, steps: int) -> None:
        pass

    def finish(self) -> None:
        pass
