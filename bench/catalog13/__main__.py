"""python -m bench.catalog13 DIR: write catalog 13's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog13.erp import write

if __name__ == "__main__":
    main(write, __doc__)
