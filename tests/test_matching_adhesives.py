"""Adhesives and sealants by their number and what the tube or bottle holds (issue #13).

A Mexican house's names in its own style (`Fijador de roscas Loctite 243 azul 50 ml`,
`Silicón RTV negro 85 g Permatex`), item numbers `ADH-` and three digits. What a seller would
notice: a compound's number and its size name it ("loctite 243 x 50 ml" is the 50 ml bottle,
never a 243 x 50 size), a tube's weight is its size as a bottle's millilitres are ("85 gr",
"85g", "20 g"), the trade's names for a threadlocker, a retaining compound and an instant
adhesive are the house's ("traba roscas", "fijador de rodamientos", "pegamento instantáneo"),
and a size the house does not sell, or none said, is a question.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

LOCK243_10, LOCK243_50 = "ADH-101", "ADH-102"
RET638_50, RET638_250 = "ADH-103", "ADH-104"
RTV_BLACK_85, RTV_BLACK_300 = "ADH-105", "ADH-106"
INSTANT401_20, INSTANT401_50 = "ADH-107", "ADH-108"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {LOCK243_10},Fijador de roscas Loctite 243 azul 10 ml,Fijador de roscas resistencia media,Adhesivos,Loctite,PZA,1,95,,,true
    {LOCK243_50},Fijador de roscas Loctite 243 azul 50 ml,Fijador de roscas resistencia media,Adhesivos,Loctite,PZA,1,310,,,true
    {RET638_50},Retenedor Loctite 638 verde 50 ml,Compuesto retenedor alta resistencia,Adhesivos,Loctite,PZA,1,420,,,true
    {RET638_250},Retenedor Loctite 638 verde 250 ml,Compuesto retenedor alta resistencia,Adhesivos,Loctite,PZA,1,1650,,,true
    {RTV_BLACK_85},Silicón RTV negro 85 g Permatex,Formador de juntas de silicón RTV negro,Adhesivos,Permatex,PZA,1,120,,,true
    {RTV_BLACK_300},Silicón RTV negro cartucho 300 ml Permatex,Formador de juntas de silicón RTV negro,Adhesivos,Permatex,PZA,1,290,,,true
    {INSTANT401_20},Adhesivo instantáneo Loctite 401 20 g,Adhesivo instantáneo de uso general,Adhesivos,Loctite,PZA,1,180,,,true
    {INSTANT401_50},Adhesivo instantáneo Loctite 401 50 g,Adhesivo instantáneo de uso general,Adhesivos,Loctite,PZA,1,390,,,true
    """

LINES = [
    *cases(
        "a_compound_s_number_and_size_name_it",
        [
            ("loctite 243 x 50 ml - 6", (LOCK243_50, 6)),
            ("traba roscas 243 de 10 ml x 3", (LOCK243_10, 3)),
            ("fijador de rodamientos 638 250 ml", (RET638_250, 1)),
            ("retaining compound loctite 638 50 ml, 2 pcs", (RET638_50, 2)),
            # the size unsaid, or one the house does not sell: a question
            ("loctite 243", (None, 1)),
            ("loctite 243 de 250 ml", (None, 1)),
        ],
    ),
    *cases(
        "a_tube_s_weight_is_its_size",
        [
            ("silicon rtv negro 85 gr permatex x 4", (RTV_BLACK_85, 4)),
            ("silicón rtv negro 85g", (RTV_BLACK_85, 1)),
            ("pegamento instantaneo loctite 401 de 50 gr", (INSTANT401_50, 1)),
            ("adhesivo loctite 401 20 g x 5", (INSTANT401_20, 5)),
            ("pegamento instantaneo 401 de 500 g", (None, 1)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nMX1,Talleres del Bajío,es\n", "MX1")
test_an_adhesive_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
