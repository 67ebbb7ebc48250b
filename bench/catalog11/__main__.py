"""python -m bench.catalog11 DIR: write catalog 11's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog11.erp import write

if __name__ == "__main__":
    main(write, __doc__)
