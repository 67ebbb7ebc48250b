"""Catalog 18: a Peruvian industrial distributor on SAP Business One (Callao in Lima, Arequipa;
a branch in Trujillo).

It serves copper-mining camps near Arequipa (their purchasing e-mails with numbered positions),
a Canadian mining contractor whose supervisors write English, a fishmeal plant in Trujillo,
electricians and hardware stores of Lima. No catalog before it had these traits: **SAP B1
ItemCodes** of a two-letter family and six digits (`RO000412`, `PE001233`) with a **supplier
catalog number** per item in its aliases that buyers sometimes copy; **long title-case Spanish
names** with inch fractions and metric in mm (`Rodamiento rígido de bolas 6205-2RS1 SKF`,
`Perno hexagonal G8 UNC 1/2" x 2-1/2" zincado`); a **seguridad industrial** family (guantes by
size S/M/L/XL sold by the pair, lentes, cascos by colour, respiradores 3M by model, botas by shoe
size 38–44); electrodes by the kg; prices in soles (PEN).
`python -m bench.catalog18 DIR` writes the ERP folder (deterministic).
"""
