"""Catalog 16: an Ecuadorian industrial distributor (Guayaquil, Quito, Cuenca) on a local ERP.

It serves the shrimp farms and packing plants of the coast, a cardboard mill in Durán and a cement
plant in the Austro, electricians and hardware stores of the three cities, and an American
oil-service company in the Amazon (Coca), whose engineers write English. No catalog before it
had these traits: **hierarchical dotted item codes** `family.subfamily.sequence`
(`01.020.00412`), which buyers write with the dots, without them (`0102000412`) or without the
leading zeros (`1.20.412`); **names in mixed case with the house's own abbreviations**
(`Rod. bolas 6204-2RS C3 SKF`, `Perno hex. G5 3/8x2 galv.`, `Vál. bola bce. 1/2" FV`,
`Disco corte met. 7x1,6 Norton`); a C3 clearance that is a product of its own; three families
with their own notation: V-belts by section and length (`B-52`), roller chain by ANSI number
and strands (`ANSI 40-1`, `60-2`) sold by the metre in 3-m lengths, and hydraulic hose by SAE
100 type and bore (`R2 1/2"`) sold by the metre; washers by the pound (`LB`), bolts by the
piece in boxes, THHN wire by AWG gauge on 100-m rolls. Prices in US dollars (USD).
`python -m bench.catalog16 DIR` writes the ERP folder (deterministic).
"""
