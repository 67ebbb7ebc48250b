"""Catalog 7: a Peruvian industrial distributor of a Brazilian group (Callao, Arequipa, Trujillo).

The product master comes from the Brazilian parent's ERP (TOTVS Protheus), so `name` is
upper-case abbreviated **Portuguese** as Protheus prints it (`ROLAM RIG ESF 6204-2RSH SKF`,
`PARAF SEXT UNC 1/2X2 G5 ZB CISER`, `DISJ TERMOMAG 2P C16 6KA SIEMENS`, `CONTATOR CWM18
220VCA WEG`, `CABO THW-90 12AWG VERMELHO INDECO`, `CORREIA V A-42 GATES`, `COTOVELO 90 GALV
1/2 BSP TUPY`) and `description` is the Lima office's **Spanish** sentence (`Rodamiento rígido
de bolas …`, `Perno hexagonal …`, `Faja en V …`, `Codo 90° …`). Item codes are dotted numbers,
family.group.sequence with leading zeros (`10.01.00487`), units PC/MT/KG/CX/JG, sizes mostly in
inches (mining), decimals with a dot and thousands with a comma (Peru).
`python -m bench.catalog7 DIR` writes the ERP folder.
"""
