"""python -m bench.catalog22 DIR: write catalog 22's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog22.erp import write

if __name__ == "__main__":
    main(write, __doc__)
