"""What buyers write to a Venezuelan house, in Venezuela's words (catalog 19's style).

Article codes are three family letters, four digits, a slash and a check letter (`ROD1204/X`);
names are Profit Plus's upper case with `C/` and the inch mark. What a seller would notice: the
counter's talk around the item ("chamo me regalas el precio de …", "epa, ¿hay …?", "¿tendrás
…? avísame") is not the item.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

CONT25_220, CONT25_24 = "ELE2001/A", "ELE2002/B"
BRG6206_OPEN, BRG6206_2RS = "ROD2001/C", "ROD2002/D"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {CONT25_220},CONTACTOR 25A BOBINA 220V SIEMENS 3RT2026-1AN20,"Contactor tripolar 25 A, bobina 220 VAC, Siemens",Electricidad,Siemens,UND,1,48,,type=contactor|amps=25|coil=220,true
    {CONT25_24},CONTACTOR 25A BOBINA 24VDC SIEMENS 3RT2026-1BB40,"Contactor tripolar 25 A, bobina 24 VDC, Siemens",Electricidad,Siemens,UND,1,55,,type=contactor|amps=25|coil=24dc,true
    {BRG6206_OPEN},RODAMIENTO 6206 ABIERTO SKF,"Rodamiento rígido de bolas 6206 abierto 30x62x16 SKF",Rodamientos,SKF,UND,1,9,,type=bearing|size=6206|seal=open,true
    {BRG6206_2RS},RODAMIENTO 6206 2RS SKF,"Rodamiento rígido de bolas 6206-2RSH sellado 30x62x16 SKF",Rodamientos,SKF,UND,1,11,,type=bearing|size=6206|seal=2rs,true
    """

LINES = [
    *cases(
        "the_counter_s_talk_around_the_item_is_not_the_item",
        [
            ("chamo me regalas el precio de 3 contactores 25A bobina 24VDC siemens",
             (CONT25_24, 3)),
            ("epa, ¿hay contactor de 25 amp bobina a 220 Siemens? 2 und", (CONT25_220, 2)),
            ("¿tendrás rolinera 6206 sin sello x 10? avísame", (BRG6206_OPEN, 10)),
            # the coil left out is still a question, whoever asks
            ("chamo, ¿hay contactor 25A siemens?", (None, 1)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nVE1,Alimentos del Centro C.A.,es\n", "VE1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
