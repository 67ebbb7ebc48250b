"""`python -m bench.catalog3 DIR`: write catalog 3's ERP folder into DIR."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .erp import write


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m bench.catalog3 DIR", file=sys.stderr)
        return 2
    rows = write(Path(argv[0]))
    families = Counter(row.family for row in rows)
    inactive = sum(not row.active for row in rows)
    print(
        f"{len(rows)} products ({inactive} inactive) in {argv[0]}: "
        + ", ".join(f"{family} {count}" for family, count in sorted(families.items()))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
