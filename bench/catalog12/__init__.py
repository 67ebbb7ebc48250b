"""Catalog 12: a mining supplier in Antofagasta, Chile, with a second warehouse in Santiago.

The ERP is Softland. Item codes are the house's own, a family prefix, the size as the house
abbreviates it and the maker's short name, joined by dashes: `RO-6204-2RS-SKF`,
`RO-22216EKC3-FAG`, `PE-M12X40-88`, `VB-BR-04-KIT` (inch sizes in a code are counted in eighths:
`04` is 1/2", `16` is 2"), `EL-LC1D18M7`, `DC-115X10-NOR`. Names ("glosa") are mixed-case Spanish
with the maker at the end (`Rodamiento rígido bolas 6204-2RS SKF`, `Perno hex. M12x40 G8.8 zinc.
DIN933`, `Válvula bola bronce 1/2" HI Kitz`); the description is the maker's English data-sheet
line (`Deep groove ball bearing 20x47x14 mm, 2 rubber seals`). Maker part numbers are aliases
where the maker prints one (`6204-2RSH`, `22216 EK/C3`, `LC1D18M7`, `EZ9F34216`). Units are
Softland's Chilean ones: UN, MT, KG, CJ, PAR, ROL, JGO; bolts, nuts and cut-off discs are sold by
the unit in boxes (pack_qty), washers by the kilo, electrodes by the kilo in 18/20-kg cans and
boxes, MIG wire by the kilo in 15-kg spools, THHN by the metre in 100-m rolls. Metric first
(ISO bearings, DIN bolts, mm drills, mm² cords, mm electrodes), with inch where mining uses it
(UNC bolts, NPT fittings, AWG wire). Prices in Chilean pesos. Stock in Antofagasta and Santiago.
`python -m bench.catalog12 DIR` writes the ERP folder (deterministic).
"""
