"""python -m bench.catalog12 DIR: write catalog 12's ERP folder (deterministic)."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench.catalog12.erp import write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    folder = parser.parse_args().folder
    products = write(folder)
    families = Counter(p.family for p in products)
    inactive = sum(not p.active for p in products)
    print(f"{folder}: {len(products)} products ({inactive} inactive)")
    for family, count in sorted(families.items()):
        print(f"  {family}: {count}")


if __name__ == "__main__":
    main()
