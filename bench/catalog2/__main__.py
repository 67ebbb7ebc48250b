"""`python -m bench.catalog2 OUTDIR [--products N] [--seed S]`: write the second catalog."""

from __future__ import annotations

import argparse
from pathlib import Path

from .erp import write_folder
from .universe import pick, universe


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.catalog2", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--products", type=int, default=1500, help="catalog size (default 1500, up to ~115,000)"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    items = pick(universe(), args.products, args.seed)
    counts = write_folder(args.outdir, items, args.seed)
    for name, n in counts.items():
        print(f"{name}: {n} rows")


if __name__ == "__main__":
    main()
