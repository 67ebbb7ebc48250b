"""Catalog 22: a Panamanian industrial distributor on Oracle NetSuite (a bonded warehouse in the
Colón Free Zone, the main store in Panama City, a branch in David, Chiriquí; prices in US dollars).

It serves a maintenance contractor of the Panama Canal's locks and a port terminal in Colón
(purchasing e-mails with numbered lines and their own material codes), banana plantations in Bocas
del Toro (a supervisor writing Caribbean English) and in Chiriquí, a Colombian and a Costa Rican
re-seller buying from the Free Zone, a US marine-services company in Balboa whose supervisors write
US English, hardware stores on WhatsApp, and a blocked builder. No catalog before it had these
traits: **NetSuite matrix item names**, the item ID being the hierarchical Name/Number, parent and
child joined by ` : ` (`RODAMIENTO : 6204-2RS : SKF`, `GRILLETE : 3/4-LIRA-ROSC : CROSBY`), and
the item's NetSuite **internal ID** (a five-digit number, printed in the `ID` column of the house's
invoices) that buyers copy too; **izaje y aparejos** (shackles by size and WLL, wire-rope clips,
turnbuckles, wire rope by diameter and construction sold by the metre, grade-80 chain by the metre,
chain and lever hoists, polyester slings by WLL, length and colour code) and **automatización y
sensores** (inductive proximity sensors M12/M18/M30, PNP/NPN, NO/NC; photoelectric sensors; limit
switches; VFDs by kW/HP and supply; relays by coil voltage; timers).
`python -m bench.catalog22 DIR` writes the ERP folder (deterministic).
"""
