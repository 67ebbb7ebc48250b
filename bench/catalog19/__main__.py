"""python -m bench.catalog19 DIR: write catalog 19's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog19.erp import write

if __name__ == "__main__":
    main(write, __doc__)
