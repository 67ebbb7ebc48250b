"""Catalog 8: a Spanish "suministros industriales" house (Bilbao, Zaragoza) with a Colombian branch (Medellín).

The product master is the Spanish head office's: `name` is the upper-case abbreviated line the
ERP prints, DIN/ISO naming throughout (`TORN. HEX. DIN 933 M8X30 8.8 ZINC. FABORY`,
`TCA. AUTOBL. DIN 985 M10 INOX A2`, `ROD. 6204-2RSH SKF`, `MAGNETOT. 2P C16 6KA SCHNEIDER`,
`CORREA TRAP. SPZ 1250 OPTIBELT`, `DISCO LAMINAS 125 G80 KLINGSPOR`), and `description` is a
Spanish (Spain) sentence. Item codes are two family letters, four digits and a check letter,
no separators (`RO4127K`, `TO1093B`). Units
UD/M/KG/JG; fasteners are sold by the piece in boxes (pack_qty). Decimal comma, euros.
`python -m bench.catalog8 DIR` writes the ERP folder.
"""
