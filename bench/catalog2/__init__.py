"""A second ERP catalog in another house style, to measure the matcher on data it was not
tuned on: SAP Business One item codes (`0100035`), upper-case abbreviated Spanish
descriptions, other brands. `python -m bench.catalog2 OUTDIR [--products N] [--seed S]`."""
