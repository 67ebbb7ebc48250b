"""python -m bench.catalog8 DIR: write catalog 8's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog8.erp import write

if __name__ == "__main__":
    main(write, __doc__)
