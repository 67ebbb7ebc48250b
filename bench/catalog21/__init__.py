"""Catalog 21: a Uruguayan industrial distributor on Microsoft Dynamics 365 Business Central
(Montevideo, the main warehouse; branches in Paysandú and in Rivera, on the Brazilian border).

It serves a meat-packing plant (frigorífico) in Paysandú and a pulp mill's maintenance contractor
(purchasing e-mails with numbered lines and their own material codes), the pulp mill itself,
whose Finnish reliability engineer writes short formal English, workshops and a hardware store on
WhatsApp in Uruguayan Spanish, a buyer in Rivera writing portuñol, and a blocked builder. No
catalog before it had these traits: **BC item numbers of a number series and a variant code**,
two digits of the family's series, three of the base item and, after a dash, the variant (the
maker, or the grade of an unbranded bulón): `41237-SK` and `41237-NK` are the same oil seal from
SKF and NOK; **sellos y retenes** (oil seals by shaft x bore x width, TC/SC/TB/TA lip, NBR or
Viton; O-rings by AS568 dash number and by inner diameter x section, NBR 70 / FKM 75; O-ring
kits sold by the KIT) and **adhesivos y selladores** (Loctite threadlockers, retaining compounds,
thread sealants and instant adhesives by number and size, Permatex's own numbers, RTV gasket
makers by colour in a 85 g pomo or a 300 ml cartucho, epoxies); prices in US dollars.
`python -m bench.catalog21 DIR` writes the ERP folder (deterministic).
"""
