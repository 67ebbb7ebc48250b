"""python -m bench.catalog17 DIR: write catalog 17's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog17.erp import write

if __name__ == "__main__":
    main(write, __doc__)
