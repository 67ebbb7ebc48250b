"""python -m bench.catalog3 DIR: write catalog 3's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog3.erp import write

if __name__ == "__main__":
    main(write, __doc__)
