"""Catalog 11: a border distributor in El Paso, Texas, with a warehouse in Ciudad Juárez, Chihuahua.

The ERP is Epicor Prophet 21. Item IDs are the maker's prefix (P21 "supplier" code, three letters)
joined to the maker's part number as the box prints it: `SKF6204-2RSH`, `NSK6205DDUC3`,
`APO70-103-01`, `BUS FRN-R-30` written `BUSFRN-R-30`, `LINED033528`. Item descriptions are P21's
40-character ALL-CAPS abbreviations the counter typed (`BRG BALL 6204 2RS C3 NSK`,
`HHCS 3/8-16X1-1/2 GR5 ZP`, `VLV BALL 1/2 FNPT SS316 APOLLO`, `WIRE THHN 12AWG STR BLK 500FT RL`);
the extended description is the Spanish customs description the house keeps for the pedimento
(`RODAMIENTO DE BOLAS 20X47X14 MM SELLADO`). The maker's part number is the item's alternate
code (the `aliases` cell). Units are P21's: EA, FT, LB, BX, RL, PR; hex cap screws and cut-off
wheels are sold by the piece in boxes (pack_qty), nuts and flat washers by the pound, welding
rod by the pound in 50-lb cans, THHN by the foot or by the 500-ft reel. Inch (UNC/UNF, NPT,
AWG, fractional drills) and metric (ISO bearings, DIN 933/912, metric taps and drills) side by
side. Prices in USD, per customer price list (P21 price libraries). Stock in El Paso and Juárez.
`python -m bench.catalog11 DIR` writes the ERP folder (deterministic).
"""
