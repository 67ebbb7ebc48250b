"""Catalog 5: a Mexican industrial supplier (Monterrey, Guadalajara, Querétaro).

Spanish-first names in Mexican usage (`BALERO`, `TORNILLO HEXAGONAL`, `CHUMACERA`, `COPLE`,
`PIJA`, `TAQUETE`, `PASTILLA TERMOMAGNETICA`, `CINTA DE AISLAR`), units PZA/JGO/CJA/KG/M,
codes that spell the item (`BAL-6204-2RS-FAG`) or carry the vendor's prefix (`TRU-12345`),
English only in aliases. `python -m bench.catalog5 DIR` writes the ERP folder.
"""
