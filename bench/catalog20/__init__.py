"""Catalog 20: a Costa Rican industrial distributor on Acumatica (La Uruca in San José, Cartago; a
branch in Liberia, Guanacaste).

It serves a sugar cooperative's mill in Grecia and a food plant in Cartago (purchasing e-mails
with numbered lines), a US mechanical contractor building a medical-device plant in El Coyol
whose supervisors write English, a hydraulics workshop, a hardware store and a Guanacaste
installer on WhatsApp. No catalog before it had these traits: **Acumatica InventoryIDs of three
segments**, a family's three letters, four digits and a two-digit revision (`CNX-1042-01`,
`HTA-1207-02`), bumped when the supplier of the item changed; **hydraulic fittings** (JIC 37°
by dash size, NPT and ORFS ends, straight, 90° and swivel adapters and tees, carbon steel or 316
stainless, Parker and Eaton) and **hand tools** (combination wrenches in mm and inch, socket sets
by drive, system and pieces sold by the set `JGO`, adjustable wrenches by length) from Stanley,
Truper and Urrea; prices in colones (CRC).
`python -m bench.catalog20 DIR` writes the ERP folder (deterministic).
"""
