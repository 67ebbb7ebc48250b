"""What buyers write to a US MRO house with Latin American offices (catalog 4's style).

Short random item numbers, attribute-first English names, Spanish descriptions as each
office writes them, wire by the foot; driven through `POST /api/v1/match`.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    13CC4,"Radial Ball Bearing, Open, 6009, 45 mm Bore",RULEMAN RIGIDO DE BOLAS 6009 ABIERTO KOYO,Koyo,Bearings,EA,1,13,6009
    14CC5,"Radial Ball Bearing, Double Sealed, 6009-2RS, 45 mm Bore",RULEMAN RIGIDO DE BOLAS 6009 2RS KOYO,Koyo,Bearings,EA,1,15,6009-2RS
    6CCH0,"Flat Washer, Zinc Plated, M16",ARANDELA PLANA M16 ZINCADA,,Fasteners,EA,100,0.05,
    7CCH1,"Hex Nut, Zinc Plated, M16",TUERCA HEXAGONAL M16 ZINCADA,,Fasteners,EA,100,0.08,
    70GT1,"Jobber Length Drill Bit, HSS, 5.0 mm",BROCA HSS LARGO JOBBER 5 MM DORMER,Dormer,Cutting Tools,EA,10,2,A1005.0
    15P40,"Jobber Length Drill Bit, HSS, 8.0 mm",BROCA HSS LARGO JOBBER 8 MM DORMER,Dormer,Cutting Tools,EA,5,4,A1008.0
    1G276,"Ground Terminal Block, Green/Yellow, 6 mm², DIN Rail",BORNE DE TIERRA VERDE/AMARILLO 6 MM2 RIEL DIN WEIDMULLER,Weidmüller,Electrical,EA,25,3,
    5B440,"Residual Current Circuit Breaker, 4-Pole, 40 A, 30 mA",INTERRUPTOR DIFERENCIAL TETRAPOLAR 4X40A 30MA WEG,WEG,Electrical,EA,1,60,
    5C441,"Miniature Circuit Breaker, 4-Pole, 40 A, C Curve",INTERRUPTOR TERMOMAGNETICO TETRAPOLAR 4X40A CURVA C WEG,WEG,Electrical,EA,1,40,
    64A01,"THHN Building Wire, 12 AWG, Black, Sold by the Foot",CABLE THHN 12 AWG NEGRO SOUTHWIRE (POR PIE),Southwire,Electrical,FT,1,0.3,
    54YD8,"Union, Malleable Iron, Black, 3/4 in NPT",UNIVERSAL HIERRO MALEABLE NEGRO 3/4,Anvil,Valves & Fittings,EA,1,5,
    1D612,"Hard Hat, Cap Style, Ratchet Suspension, Orange",CASCO DE SEGURIDAD RATCHET NARANJA MSA,MSA,Safety,EA,1,14,
    """

LINES = [
    *cases(
        "quantity_shapes_of_an_mro_house",
        [
            ("rulemanes 6009 abierto Koyo: 4", ("13CC4", 4, None), "AR1"),  # count after a colon
            ("código 13CC4: 10", ("13CC4", 10, None), "AR1"),
            ("• cuatro casco naranja con ratchet", ("1D612", 4, None), "AR1"),  # not "cuánto"
            ("• Three 4P 40A breaker C curve WEG", ("5C441", 3, None), "US1"),  # a word before a code
            ("guasa plana m16 x 5.000", ("6CCH0", 5000, None), "AR1"),  # thousands, never a length
            ("universal negro 3/4 - 6", ("54YD8", 6, None), "AR1"),  # a union has no length
            ("THHN wire 12 awg black 2,500 ft", ("64A01", 2500, "FT"), "US1"),  # wire by the foot
            ("cable thhn 12 negro 300 pies", ("64A01", 300, "FT"), "AR1"),
            # one box, not a question word's "una": settled (the drill's mm is read), it is
            # the box's pack_qty in the item's own unit
            ("me pasan precio de una caja de broca hss 5 mm", ("70GT1", 10, "EA"), "AR1"),
            ("cuánto sale una caja de broca 8 mm HSS?", ("15P40", 5, "EA"), "AR1"),
        ],
        keys=("best", "qty", "uom"),  # the item settled, or the first one offered
        also={"assumed": False},
    ),
    *cases(
        "a_length_a_box_holds_is_not_a_count",
        [("cable thhn 12 awg negro caja 500 pies", {"qty": 1, "assumed": True})],
    ),
    *cases(
        "regional_words_name_the_item",
        [
            ("balinera abierta 6009 koyo", ("13CC4",)),  # Colombia: bearing
            ("rodaje 6009 abierto koyo", ("13CC4",)),  # Peru: bearing
            ("guasa plana m16", ("6CCH0",)),  # Colombia: washer
        ],
    ),
]

match = match_fixture(
    CATALOG, "customer_id,name,language\nAR1,Acería del Sur,es\nUS1,Gulf Supply,en\n", "AR1"
)
test_what_an_mro_house_hears_is_answered_as_a_seller_would = answers_test(LINES)
