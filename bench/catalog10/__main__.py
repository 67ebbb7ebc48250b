"""python -m bench.catalog10 DIR: write catalog 10's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog10.erp import write

if __name__ == "__main__":
    main(write, __doc__)
