"""Catalog 10: an Ecuadorian industrial distributor (Guayaquil, Quito, and an oil-field branch in El Coca).

The ERP is Microsoft Dynamics 365 Business Central. Item numbers come from each family's number
series: four digits, a dash, four digits (`1000-0234` bearings, `2000-…` fasteners, `4000-…`
electrical). The item card's "Description" is 30 characters, so names are the abbreviations the
counter typed to fit (`ROD BOL 6204 2RS SKF 20X47X14MM`, `PERNO HEX G5 1/2X2 ZINC UNC`,
`BREAKER RIEL 2P 32A 10KA`); whatever did not fit was typed into "Description 2", cut at the
last space that fits. The export is BC's item list as configured here: the two fields are NOT
joined — `name` is Description, `description` is Description 2 (often a brand or a dimension, or
empty). Base units are BC unit-of-measure codes: UND, PAR, JGO, MT, KG, CAJ. US sizes (NPT,
UNC, AWG, inch fractions) next to metric ones; US, European and Asian brands. Prices in USD.
`python -m bench.catalog10 DIR` writes the ERP folder (deterministic).
"""
