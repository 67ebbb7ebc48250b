"""Catalog 3: a Mexican/US industrial distributor in another house style than catalog 2.

Alphanumeric item codes (`ROD-6204-ZZ-NSK`, `TOR-HEX-M10X30-88Z`), the English name as the
main name and an abbreviated Spanish description (`ROD. BOLAS 6204 ZZ NSK`), inch and metric
sizes, and two families a matcher may never have seen (power transmission, adhesives and
chemicals). Written blind (not from the matcher) as the ground truth of bench/corpus3/.
Every product carries its facts in `attributes` (`type=…` plus sizes), which is what the
corpus generator labels against.

    python -m bench.catalog3 DIR
"""
