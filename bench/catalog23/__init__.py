"""Catalog 23: a Honduran industrial distributor on JD Edwards EnterpriseOne (the main branch and
warehouse in San Pedro Sula, branches in Tegucigalpa and in San Salvador; prices in lempiras).

It serves a sugar mill in El Progreso and a palm-oil mill in Tela (purchasing e-mails with
numbered lines and requisitions in their own material codes), a Korean-owned textile maquila in
Choloma whose maintenance engineers write English as a second language, a gold mine in Copán whose
North American supervisors write US English, a shipyard in Roatán writing Bay Islands English,
machine shops and hardware stores on WhatsApp in Honduras, a Salvadoran coffee mill and a
Salvadoran metalworking shop, and a blocked builder. No catalog before it had these traits:
**JDE's 2nd Item Number** (`BO-1042`: two letters of the family, four digits), written by buyers
whole, in lower case, without the dash or with a space; **JDE's two 30-character description
lines**, Description 1 abbreviated as the house types it (`BBA CENTRIF 1.5HP 1F PEDROLLO`,
`INSERTO CNMG120408 GC4325`) with the maker's number (the 3rd Item Number) in Description 2;
**bombas y agua** (centrifugal pumps by HP and phase, 4" submersible well pumps by HP and GPM,
drainage and sewage submersibles, pressure tanks by gallons, pressure switches by psi, foot valves,
flat pump cable by the metre) and **herramientas de torno** (ISO turning inserts CNMG 120408 …
with their inch names, CNMG 432, for steel, stainless or cast iron, by the unit in boxes of ten;
toolholders by insert, hand and shank).
`python -m bench.catalog23 DIR` writes the ERP folder (deterministic).
"""
