"""Catalog 13: a Colombian industrial distributor (Bogotá, Itagüí/Medellín, Barranquilla) on Siesa Enterprise.

Item numbers are Siesa's six-digit consecutive (`418273`): they say nothing about the item, so a
buyer who writes one copied it off an old quote. Names are Siesa's 40-character item description,
upper case, in Colombian trade words the other catalogs do not use: `BALINERA 6204 2RS SKF`,
`CHUMACERA PISO UCP205-16 1" FYH`, `TORNILLO HEX G5 1/2X2 UNC GALV`, `GUASA PLANA 1/2 GALV (KG)`,
`CHAZO EXPANSIVO 3/8X3 GALV`, `REGISTRO BOLA BRONCE 1/2 RH GRIVAL`, `TACO ENCHUFABLE 2X30A LUMINEX`,
`CABLE ENCAUCHETADO 3X12 AWG CENTELSA`, `DISCO CORTE METAL 4-1/2X1.0MM ABRACOL`,
`SOLDADURA E6013 1/8 WEST ARCO (KG)`, `GUANTE CARNAZA CORTO ARSEG`, `TAPAOIDOS CON CORDON 3M`;
the description is the sentence the house prints on its quotes. Maker part numbers are aliases
(`6204-2RSH`, `QO230`, `A9F74216`, `LC1D18M7`, `3RT1018-1AN21`, `ZIP 14 1/8`, `3M 6200`). Units
are Siesa's as configured here: UND, MTS (cable in 100-m rolls), KG (guasas; electrodes in 20-kg
boxes; MIG wire in 15-kg spools), PAR, ROL, CAJ. Inch first (UNC bolts, NPT fittings, AWG,
electrodes in fractions), metric where the maker is (ISO bearings, DIN rail breakers, disc mm).
Colombian brands beside the global ones (Grival, Pavco, Luminex, Centelsa, Procables, Abracol,
West Arco, ARSEG, Robusta, Brahma). Prices in Colombian pesos.
`python -m bench.catalog13 DIR` writes the ERP folder (deterministic).
"""
