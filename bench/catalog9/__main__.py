"""python -m bench.catalog9 DIR: write catalog 9's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog9.erp import write

if __name__ == "__main__":
    main(write, __doc__)
