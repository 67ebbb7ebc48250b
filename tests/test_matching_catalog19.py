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
HUB100_78, HUB100_1 = "ACO2001/E", "ACO2002/F"
SPIDER100_HYT, SPIDER100_NBR = "ACO2003/G", "ACO2004/H"
GRID1040, COVER1040 = "ACO2005/J", "ACO2006/K"
GEAR2_FALK = "ACO2007/L"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {CONT25_220},CONTACTOR 25A BOBINA 220V SIEMENS 3RT2026-1AN20,"Contactor tripolar 25 A, bobina 220 VAC, Siemens",Electricidad,Siemens,UND,1,48,,type=contactor|amps=25|coil=220,true
    {CONT25_24},CONTACTOR 25A BOBINA 24VDC SIEMENS 3RT2026-1BB40,"Contactor tripolar 25 A, bobina 24 VDC, Siemens",Electricidad,Siemens,UND,1,55,,type=contactor|amps=25|coil=24dc,true
    {BRG6206_OPEN},RODAMIENTO 6206 ABIERTO SKF,"Rodamiento rígido de bolas 6206 abierto 30x62x16 SKF",Rodamientos,SKF,UND,1,9,,type=bearing|size=6206|seal=open,true
    {BRG6206_2RS},RODAMIENTO 6206 2RS SKF,"Rodamiento rígido de bolas 6206-2RSH sellado 30x62x16 SKF",Rodamientos,SKF,UND,1,11,,type=bearing|size=6206|seal=2rs,true
    {HUB100_78},"MAZA ACOPLE L-100 BORE 7/8"" C/CUÑERO LOVEJOY","Maza para acople de mordaza Lovejoy L-100, agujero 7/8"" con cuñero",Acoples,Lovejoy,UND,1,31,,type=jaw_hub|size=L-100|bore=7/8,true
    {HUB100_1},"MAZA ACOPLE L-100 BORE 1"" C/CUÑERO LOVEJOY","Maza para acople de mordaza Lovejoy L-100, agujero 1"" con cuñero",Acoples,Lovejoy,UND,1,31,,type=jaw_hub|size=L-100|bore=1,true
    {SPIDER100_HYT},ARAÑA ACOPLE L-100 HYTREL LOVEJOY,"Araña de Hytrel para acople de mordaza L-100 Lovejoy",Acoples,Lovejoy,UND,1,40,,type=spider|size=L-100|material=hytrel,true
    {SPIDER100_NBR},ARAÑA ACOPLE L-100 NBR LOVEJOY,"Araña de caucho nitrilo NBR para acople de mordaza L-100 Lovejoy",Acoples,Lovejoy,UND,1,12,,type=spider|size=L-100|material=nbr,true
    {GRID1040},GRILLA ACOPLE FALK 1040T10,"Grilla para acople Falk Steelflex 1040T10",Acoples,Falk,UND,1,80,,type=grid|size=1040T,true
    {COVER1040},TAPA ACOPLE FALK 1040T10 C/EMPACADURA,"Tapa horizontal con empacaduras para acople Falk Steelflex 1040T10",Acoples,Falk,UND,1,150,,type=cover|size=1040T,true
    {GEAR2_FALK},ACOPLE ENGRANAJES TAMAÑO 2 COMPLETO FALK,"Acople de engranajes flexible completo tamaño 2 Falk",Acoples,Falk,UND,1,900,,type=gear_cpl|size=2,true
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
    *cases(
        "a_coupling_s_parts_in_the_trade_s_words_are_the_house_s_maza_arana_grilla",
        [
            ('cubo L100 de 7/8" x 2', (HUB100_78, 2)),
            ('manzana L-100 1", 4 und', (HUB100_1, 4)),
            ("L-100 jaw hub, 7/8 in bore, 3 ea", (HUB100_78, 3)),
            ("goma del acople L-100 hytrel x 6", (SPIDER100_HYT, 6)),
            ("spider L100 buna-n, qty 10", (SPIDER100_NBR, 10)),
            ("araña L-100 NBR x 4", (SPIDER100_NBR, 4)),
            ("grid for falk 1040T, 2 pcs", (GRID1040, 2)),
            ("size 2 gear coupling Falk, 1 ea", (GEAR2_FALK, 1)),
            ("acople dentado tamaño 2 falk", (GEAR2_FALK, 1)),
            # the bore or the material left out is still a question
            ("cubo L-100", (None, 1)),
            ("goma del acople L-100", (None, 1)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nVE1,Alimentos del Centro C.A.,es\n", "VE1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
