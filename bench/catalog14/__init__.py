"""Catalog 14: a Puerto Rico MRO distributor (Caguas, Ponce, Aguadilla) on Epicor Kinetic.

It serves the island's pharmaceutical and medical-device plants, a rum distillery, electrical
contractors and hardware stores. No catalog before it had these traits: **names in the
noun-comma-modifier form** US plant storerooms catalogue by (`BEARING, BALL, 6204-2RS, SKF`,
`SCREW, HEX CAP, 1/2-13 X 2, GR5, ZINC, BX/50`, `BREAKER, PLUG-ON, QO, 2P 30A`,
`FERRULE, TRI-CLAMP, 1-1/2, 316L`), a **long free-text description** in English with the Spanish
name the counter uses at the end; **US units in a Spanish-speaking market**: wire and chain by the
foot (`FT`, THHN on 500-ft reels), fasteners, wire nuts, nitrile gloves and ear plugs sold by the
box (`BX`: a box is the unit, the pieces per box are in the name), coveralls by the case (`CS`),
EMT by the 10-ft stick; **sanitary tri-clamp fittings and gaskets** (the pharma plants) and
**Timken tapered-roller sets** (`SET 3`) as families no catalog had. Epicor part numbers are the
house's product group (two letters) and five digits (`BR20417`, `FA31082`). Prices in US dollars.
`python -m bench.catalog14 DIR` writes the ERP folder (deterministic).
"""
