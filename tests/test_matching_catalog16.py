"""What buyers write to a house whose item codes are dotted levels (catalog 16's style).

Item codes are `family.subfamily.sequence` with each level zero-padded (`04.020.00071`), and
buyers write them whole, without the dots, or without each level's leading zeros (`4.20.71`),
with `ref.`, `cód.`, `item` or `your item#` around them. Driven through `POST /api/v1/match`.
What a seller would notice: a code shortened level by level is still our code, and the count
beside it is still the count.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

NUT12, NUT58 = "04.020.00071", "04.020.00108"
BRG6305, BELT_B60 = "11.005.00905", "02.110.00040"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {NUT12},Tuerca hex. 1/2 UNC galv.,"Tuerca hexagonal 1/2 pulgada UNC, acero galvanizado",Pernería,,UND,1,0.22,,type=hex_nut|thread=1/2,true
    {NUT58},Tuerca hex. 5/8 UNC galv.,"Tuerca hexagonal 5/8 pulgada UNC, acero galvanizado",Pernería,,UND,1,0.41,,type=hex_nut|thread=5/8,true
    {BRG6305},Rod. bolas 6305-ZZ FAG,"Rodamiento rígido de bolas 6305 con dos tapas metálicas, FAG",Rodamientos,FAG,UND,1,14.10,,type=ball_bearing|series=6305|seal=ZZ,true
    {BELT_B60},Banda en V B-60 Gates,"Banda en V sección B, 60 pulgadas, Gates Hi-Power",Transmisión,Gates,UND,1,12.40,,type=v_belt|section=B|length=60,true
    """

LINES = [
    *cases(
        "a_dotted_code_shortened_level_by_level_is_our_code",
        [
            # each level without its leading zeros, with the words buyers put around a code
            ("ref. 4.20.71 x 40", (NUT12, 40)),
            ("please quote your item# 11.5.905, qty 6", (BRG6305, 6)),
            ("cód 2.110.40 - 3 und", (BELT_B60, 3)),
            # alone, or with the count before it: never a count of 4.20
            ("4.20.108", (NUT58, 1)),
            ("12 piezas del 4.20.108", (NUT58, 12)),
            # whole, or without its dots, as before
            ("04.020.00071 x 8", (NUT12, 8)),
            ("0402000108 - 5", (NUT58, 5)),
            # a level we do not have is no other code
            ("ref. 4.20.72 x 40", (None, 40)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nEC1,Camaronera del Golfo,es\n", "EC1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
