"""python -m bench.catalog15 DIR: write catalog 15's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog15.erp import write

if __name__ == "__main__":
    main(write, __doc__)
