"""Oil seals and O-rings by their sizes, a maker's one-word name written in two, a disc's
diameter in millimetres (issue #13).

A Chilean house's names in its own style (`RETEN 35X52X7 TC NBR CORTECO`, `ORING 2-214 NBR70
EPIDOR`, `ORING 25X3 NBR70 ELPUERTO`), items numbered by family and sequence. What a seller
would notice: a seal's three sizes, shaft x bore x width, are one fact however they are written
(`35x52x7`, `35-52-7`, `35 x 52 x 7`), and a width the house does not sell is a question,
never the seal of the other width; an O-ring's AS568 dash number (`2-214`, `AS568-214`) and a
metric one's inside diameter x section (`25 x 3`, `DI 25 sección 3`) name it, the compound
(nitrile or Viton) told apart; the house brand `ElPuerto` written `El Puerto` is that brand,
never a slip of another word; a maker's number whose compound letter is glued to its figures
("2-214 N7001") is that number, no "N° 7001"; a flap disc's 180 is its diameter, never the 115
one of that grit.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

SEAL_7, SEAL_8, SEAL_7_FKM, SEAL_55 = "SR-0101", "SR-0102", "SR-0103", "SR-0104"
OR214, OR214_EP, OR214_FKM, OR116 = "SR-0201", "SR-0202", "SR-0203", "SR-0204"
OR25X3, OR25X35, OR25X3_FKM = "SR-0301", "SR-0302", "SR-0303"
FLAP115_60, FLAP115_60_B, FLAP180_40 = "AB-0101", "AB-0102", "AB-0103"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {SEAL_7},RETEN 35X52X7 TC NBR CORTECO,"Retén doble labio con resorte 35 x 52 x 7 mm, nitrilo",Sellos,Corteco,UN,1,3.1,,,true
    {SEAL_8},RETEN 35X52X8 TC NBR CORTECO,"Retén doble labio con resorte 35 x 52 x 8 mm, nitrilo",Sellos,Corteco,UN,1,3.3,,,true
    {SEAL_7_FKM},RETEN 35X52X7 TC FKM CORTECO,"Retén doble labio con resorte 35 x 52 x 7 mm, Viton",Sellos,Corteco,UN,1,9.4,,,true
    {SEAL_55},RETEN 35X55X8 TC NBR CORTECO,"Retén doble labio con resorte 35 x 55 x 8 mm, nitrilo",Sellos,Corteco,UN,1,3.4,,,true
    {OR214},ORING 2-214 NBR70 EPIDOR,"Anillo O-ring AS568 2-214 nitrilo 70 shore",Sellos,Epidor,UN,1,0.4,2-214 N7001,,true
    {OR214_EP},ORING 2-214 NBR70 ELPUERTO,"Anillo O-ring AS568 2-214 nitrilo 70 shore",Sellos,ElPuerto,UN,1,0.3,,,true
    {OR214_FKM},ORING 2-214 FKM75 EPIDOR,"Anillo O-ring AS568 2-214 Viton 75 shore",Sellos,Epidor,UN,1,1.2,,,true
    {OR116},ORING 2-116 NBR70 EPIDOR,"Anillo O-ring AS568 2-116 nitrilo 70 shore",Sellos,Epidor,UN,1,0.3,2-116 N7001,,true
    {OR25X3},ORING 25X3 NBR70 ELPUERTO,"Anillo O-ring métrico DI 25 x sección 3 mm nitrilo",Sellos,ElPuerto,UN,1,0.2,,,true
    {OR25X35},ORING 25X3.5 NBR70 ELPUERTO,"Anillo O-ring métrico DI 25 x sección 3,5 mm nitrilo",Sellos,ElPuerto,UN,1,0.2,,,true
    {OR25X3_FKM},ORING 25X3 FKM75 ELPUERTO,"Anillo O-ring métrico DI 25 x sección 3 mm Viton",Sellos,ElPuerto,UN,1,0.6,,,true
    {FLAP115_60},DISCO FLAP 115 G60 KLINGSPOR,"Disco flap 115 mm grano 60",Abrasivos,Klingspor,UN,1,2.1,,,true
    {FLAP115_60_B},DISCO FLAP 115 G60 ELPUERTO,"Disco flap 115 mm grano 60",Abrasivos,ElPuerto,UN,1,1.6,,,true
    {FLAP180_40},DISCO FLAP 180 G40 KLINGSPOR,"Disco flap 180 mm grano 40",Abrasivos,Klingspor,UN,1,3.9,,,true
    """

LINES = [
    *cases(
        "an_oil_seal_s_shaft_bore_and_width_are_one_fact",
        [
            ("retén 35x52x7 TC nitrilo corteco x 4", (SEAL_7, 4)),
            ("reten 35-52-7 nbr corteco - 2", (SEAL_7, 2)),
            ("oil seal 35 x 52 x 8 mm NBR Corteco, 6 pcs", (SEAL_8, 6)),
            ("retentor 35x52x7 viton corteco", (SEAL_7_FKM, 1)),
            ("reten 35 x 55 x 8 nitrilo", (SEAL_55, 1)),
            # a width the house does not sell, or none said where it sells two: a question
            ("reten 35x52x10 nbr corteco", (None, 1)),
            ("reten 35x52 nbr corteco", (None, 1)),
            # nor is the 35x55 seal the 35x52 one of that width
            ("reten 35-52-8 viton", (None, 1)),
        ],
    ),
    *cases(
        "an_o_ring_s_dash_number_or_inside_x_section_names_it",
        [
            ("o-ring 2-214 viton x 10", (OR214_FKM, 10)),
            ("oring AS568-214 FKM 75 Epidor", (OR214_FKM, 1)),
            ("anillo torico AS568 2-116 nitrilo - 20", (OR116, 20)),
            ("orin 25 x 3 nitrilo x 100", (OR25X3, 100)),
            ("o-ring DI 25 sección 3,5 nbr", (OR25X35, 1)),
            ("O-ring ID 25 x CS 3 mm Viton, qty 8", (OR25X3_FKM, 8)),
            # the compound left out, or a size the house lacks: a question
            ("o-ring 25x3", (None, 1)),
            ("o-ring 2-216 nbr", (None, 1)),
            ("o-ring 25 x 2,5 nitrilo", (None, 1)),
            # the brand left open, the rest said: the brand rule's
            ("o-ring 2-214 nitrilo x 50", ({OR214, OR214_EP}, 50)),
            # the maker's number, its compound's letter glued to its figures (no "N° 7001")
            ("2-214 N7001 x 5", (OR214, 5)),
            ("Epidor 2-214 N7001, qty 5", (OR214, 5)),
        ],
    ),
    *cases(
        "a_one_word_maker_written_in_two_is_that_maker",
        [
            ("o-ring 2-214 nitrilo El Puerto x 50", (OR214_EP, 50)),
            ("disco flap 115 grano 60 el puerto", (FLAP115_60_B, 1)),
        ],
    ),
    *cases(
        "a_disc_s_diameter_in_millimetres_is_never_another_diameter",
        [
            ("disco flap 180 grano 40", (FLAP180_40, 1)),
            ("disco flap 180 grano 60", (None, 1)),
            ("disco flap 115 grano 60 klingspor x 10", (FLAP115_60, 10)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nCL1,Maestranza Los Andes,es\n", "CL1")
test_a_seal_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
