"""python -m bench.catalog14 DIR: write catalog 14's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog14.erp import write

if __name__ == "__main__":
    main(write, __doc__)
