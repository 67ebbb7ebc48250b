"""python -m bench.catalog7 DIR: write catalog 7's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog7.erp import write

if __name__ == "__main__":
    main(write, __doc__)
