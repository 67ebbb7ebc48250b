"""python -m bench.catalog6 DIR: write catalog 6's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog6.erp import write

if __name__ == "__main__":
    main(write, __doc__)
