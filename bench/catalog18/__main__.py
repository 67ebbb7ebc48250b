"""python -m bench.catalog18 DIR: write catalog 18's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog18.erp import write

if __name__ == "__main__":
    main(write, __doc__)
