"""What an item comes with is not what the item is: an expansion anchor sold with its bolt
("ANCLAJE EXPANSIVO … CON PERNO") is an anchor, a lock nut with a nylon washer no washer.

Read as two kinds, the anchor was no fit for a buyer's bare "anclaje 1/2" (and its 1/2 a bolt's
thread), so the plastic anchor of that size was settled on without asking which. The words
of what it comes with still single it out ("anclaje con perno"). Driven through
`POST /api/v1/match`.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    A-E12,"Expansion anchor 1/2"" steel",ANCLAJE EXPANSIVO DE ACERO 1/2 CON PERNO,,Fasteners,EA,1,2.1,
    A-P12,Plastic anchor 1/2 in,ANCLAJE PLASTICO 1/2 PARA CONCRETO,,Fasteners,EA,1,0.2,
    A-E38,"Expansion anchor 3/8"" steel",ANCLAJE EXPANSIVO DE ACERO 3/8 CON PERNO,,Fasteners,EA,1,1.7,
    N-L8,Lock nut M8 nylon insert zinc plated,TUERCA AUTOBLOCANTE CON ARANDELA DE NYLON M8,,Fasteners,EA,1,0.09,
    N-H8,Hex nut M8 zinc plated,TUERCA HEXAGONAL M8 ZINCADA,,Fasteners,EA,1,0.04,
    W-F8,Flat washer M8 zinc plated,ARANDELA PLANA M8 ZINCADA,,Fasteners,EA,1,0.02,
    """


LINES = cases(
    "what_an_item_comes_with_is_not_its_kind",
    [
        # both anchors are anchors of that size: a question, never the plastic one
        ("20 anclajes 1/2", (None, 20)),
        ("necesito 15 anchors de 1/2", (None, 15)),
        # named by what sets it apart, or by what it comes with
        ("20 anclajes expansivos 1/2", ("A-E12", 20)),
        ("10 anclajes con perno de 3/8", ("A-E38", 10)),
        ("6 expansion anchors 1/2 with bolt", ("A-E12", 6)),
        # the lock nut's nylon washer makes it no washer
        ("arandela M8 x 100", ("W-F8", 100)),
    ],
)

match = match_fixture(CATALOG)
test_what_an_item_comes_with_is_not_its_kind = answers_test(LINES)
