"""The command line of a blind catalog (`python -m bench.catalogN DIR`): write its ERP folder
and say what went in, family by family.

Why here: catalogs 3 to 12 each carried the same twenty lines of `__main__.py` with only the
catalog number changed. A catalog's `__main__` now keeps its docstring (the usage line) and
hands its own `write` to `main`; what a catalog writes stays in its own folder.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol


class Written(Protocol):
    """What the summary reads of a written product, whichever catalog's model it comes from."""

    @property
    def family(self) -> str: ...

    @property
    def active(self) -> bool: ...


def main(
    write: Callable[[Path], Sequence[Written]], doc: str | None, argv: list[str] | None = None
) -> None:
    """Parse `DIR`, write the folder there, and print the product count, how many are inactive
    and the count per family (a quick look that the catalog came out as designed)."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("folder", type=Path)
    folder = parser.parse_args(argv).folder
    products = write(folder)
    families = Counter(p.family for p in products)
    inactive = sum(not p.active for p in products)
    print(f"{folder}: {len(products)} products ({inactive} inactive)")
    for family, count in sorted(families.items()):
        print(f"  {family}: {count}")
