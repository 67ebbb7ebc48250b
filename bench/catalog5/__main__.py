"""python -m bench.catalog5 DIR: write catalog 5's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog5.erp import write

if __name__ == "__main__":
    main(write, __doc__)
