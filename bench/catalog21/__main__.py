"""python -m bench.catalog21 DIR: write catalog 21's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog21.erp import write

if __name__ == "__main__":
    main(write, __doc__)
