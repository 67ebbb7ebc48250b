"""Catalog 19: a Venezuelan industrial distributor on Profit Plus (Valencia's Zona Industrial
Castillito, the main store; branches in Maracaibo and Puerto Ordaz), prices in USD.

It serves a food plant and a bottling plant in Valencia and Maracay (their purchasing e-mails with
positions and spreadsheet rows), an aluminium smelter in Puerto Ordaz (its own material numbers),
a US oil-service contractor in Maracaibo whose supervisors write English, mechanics and hardware
stores on WhatsApp, and a blocked workshop in Maracaibo. No catalog before it had these traits:
**Profit Plus article codes** of three family letters, four digits, a slash and a check letter
(`LUB1047/W`, `ACO1213/H`); a **lubrication** family (greases by cartucho/pote/cuñete/tambor and
NLGI grade, gear and hydraulic oils by ISO VG in galón/cuñete/tambor from Shell, Mobil, Chevron and
Castrol, graseras by thread and angle in bags of 10, engrasadoras); **power-transmission
couplings** (Lovejoy jaw-coupling hubs by size L-070..L-150 and bore, their spiders by material,
Falk Steelflex grids and covers, gear couplings); upper-case Profit names with `C/` and `S/`.
`python -m bench.catalog19 DIR` writes the ERP folder (deterministic).
"""
