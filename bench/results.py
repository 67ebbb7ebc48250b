"""Writing benchmark results into bench/RESULTS.md, one section per benchmark."""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = (
    "# Benchmark results\n\n"
    "Written by the scripts in `bench/` (run on demand, not by `make test`); each section\n"
    "is replaced when its benchmark runs again.\n"
)


def machine() -> str:
    """A one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown memory"
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def update_section(key: str, title: str, lines: list[str]) -> None:
    """Replace (or add) the section `key` of RESULTS.md."""
    text = RESULTS.read_text() if RESULTS.exists() else HEADER
    start, end = f"<!-- {key}:start -->", f"<!-- {key}:end -->"
    block = "\n".join([start, f"## {title}", "", *lines, end])
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else f"{text}\n{block}\n"
    RESULTS.write_text(text)
