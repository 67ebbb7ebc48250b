"""Catalog 9: a Central American / Caribbean distributor on Odoo (Guatemala, Costa Rica, Dominican Republic, Jamaica).

The product master is Odoo's: `sku` is the internal reference (`FE-M8X40-ZN`, `RD-6204-2RS-NTN`,
`EL-QO120`), and `name` is the variant's display name as Odoo exports it, the reference in
brackets and the variant attributes in parentheses
(`[FE-M8X40-ZN] Perno hexagonal (Medida: M8x40, Acabado: Zincado)`). Families are Odoo product
categories (`Todos / Rodamientos`). US and imperial sizes sit beside metric (3/8-16 x 1-1/2 grade
5, AWG, 4-1/2" discs, 1/8" electrodes), US and Asian brands (Timken, NTN, Koyo, Square D,
Chint, Truper, Norton, Gates, Bando, Lincoln, Hobart, 3M, MSA). Units `Unidades`, `m`, `kg`,
`Juego`, `Par`; US dollars. `python -m bench.catalog9 DIR` writes the ERP folder.
"""
