"""python -m bench.catalog4 DIR: write catalog 4's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog4.erp import write

if __name__ == "__main__":
    main(write, __doc__)
