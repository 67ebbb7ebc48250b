"""Catalog 4: a US MRO-style industrial distributor with offices in Argentina, Colombia and Peru.

Short random item numbers (`4KXT7`, `19H223`), long attribute-rich English names, Spanish
descriptions as each office writes them. `python -m bench.catalog4 DIR` writes the ERP folder.
"""
