"""python -m bench.catalog20 DIR: write catalog 20's ERP folder (deterministic)."""

from bench.blind.cli import main
from bench.catalog20.erp import write

if __name__ == "__main__":
    main(write, __doc__)
