"""Catalog 17: an Argentine industrial distributor on Tango Gestión (Barracas in Buenos Aires,
Rosario, Córdoba).

It serves an auto-parts plant of a multinational in Córdoba (its engineers write English), a
food plant and an agricultural-machinery maker near Rosario, electricians and hardware stores
of the three cities. No catalog before it had these traits: **Tango article codes** of up to 15
upper-case letters and digits, the family's three-letter prefix and a compact of the item
(`RUL6204ZZSKF`, `BULM8X40Z`, `LLT2X16SCH`), with a separate numeric **código de barras** the
buyers never write; **upper-case abbreviated Argentine trade names** (`RULEMAN 6204 ZZ SKF`,
`LLAVE TERMICA 2X16A SICA`, `CUPLA HG 1/2"`); a **pneumatics** family (racores rápidos, tubo de
poliuretano by the metre, ISO 6432 cylinders, FRL units, 5/2 and 3/2 solenoid valves of Festo,
SMC, Micro and Parker); prices in pesos (ARS), large numbers.
`python -m bench.catalog17 DIR` writes the ERP folder (deterministic).
"""
