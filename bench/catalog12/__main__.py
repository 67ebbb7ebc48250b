"""python -m bench.catalog12 DIR: write catalog 12's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog12.erp import write

if __name__ == "__main__":
    main(write, __doc__)
