"""Catalog 15: a Bolivian-Paraguayan industrial distributor (Santa Cruz de la Sierra, El Alto, Asunción) on SAP S/4HANA.

It serves the Altiplano's mines, the Chaco's gas fields and their contractors, sugar mills and
soy crushers of the Santa Cruz lowlands, electricians and hardware stores on both sides of the
border. No catalog before it had these traits: **SAP material numbers of 18 digits with leading
zeros** (`000000000010004521`) that buyers write short (`10004521`, `mat. 10004521`); **names
that are S/4's 40-character material description (MAKTX) cut where the 40th character falls**,
mid-word and often before the maker (`RULEMAN RIGIDO DE BOLAS 6205-2RS SKF 25X5`,
`VALVULA ESFERICA BRONCE 1/2 ROSCA BSP PA`), the whole line surviving only in the sales text
(`description`); the trade words of Bolivia and Paraguay (`RULEMAN`, `BULON`, `ARANDELA GROWER`,
`LLAVE TERMOMAGNETICA`, `DISYUNTOR DIFERENCIAL`, `VALVULA ESFERICA`, `VALVULA ESCLUSA`, `CUPLA`,
`PIÑON`, `CINTA AISLADORA`, `DISCO DE DESBASTE`, `BOTIN`, `BARBIJO`, `OVEROL`); S/4's Spanish
units (`UN`, `M`, `KG`, `CJ`, `PAR`), bolts sold by the piece in boxes (pack_qty), washers by the
kilo, cable by the metre on 100-m rolls, chain by the metre in 5-m boxes; safety boots in
Brazilian sizes (`Nº41`); warehouses in two time zones (America/La_Paz, America/Asuncion).
Prices in bolivianos (BOB). `python -m bench.catalog15 DIR` writes the ERP folder (deterministic).
"""
