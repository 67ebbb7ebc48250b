"""The ERP interchange of ERP.md: a folder of CSV files in, confirmed orders out."""
