"""Catalog 6: a Rio de la Plata industrial distributor (Buenos Aires, Pilar, Montevideo).

Upper-case names as an Argentine ERP prints them (`RULEMAN 6204 2RS SKF`,
`BULON HEX 1/2 X 2 G5 ZINC`, `ARANDELA GROWER 1/2 ZINC (X KG)`,
`LLAVE TERMOMAGNETICA 2X25A CURVA C SICA`, `DISYUNTOR DIFERENCIAL`, `CAÑO GALVANIZADO`,
`BUJE REDUCCION`, `CORREA A-42 GATES`), decimals with a comma (`2,5MM2`), item codes of two
letters and seven digits with leading zeros (`RU0041873`), EAN-13 bar codes and makers'
references as aliases, units UN/M/KG/CJ/JGO. `python -m bench.catalog6 DIR` writes the ERP folder.
"""
