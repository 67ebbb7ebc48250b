"""python -m bench.catalog23 DIR: write catalog 23's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog23.erp import write

if __name__ == "__main__":
    main(write, __doc__)
