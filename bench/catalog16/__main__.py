"""python -m bench.catalog16 DIR: write catalog 16's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog16.erp import write

if __name__ == "__main__":
    main(write, __doc__)
