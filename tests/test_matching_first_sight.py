"""What a house no one has tuned for reads at first sight (issue #13): words no catalog knows.

A new house's buyers close a line with their town, their site or their slang ("al ratito",
"to tupiza", "for the kiln gang", "en Cochabamba"), open it by addressing the seller in their
own word ("loco, ¿hay …?"), and name an item with the house's own word that the trade's
vocabulary leaves unread ("válvula esfera de acero" where the house sells a steel and a bronze
one; "CIL. 20X100 DE" for double acting). None of these words is in any list: a seller reads
them without knowing the town, so the matcher does too. What may be an item the house lacks
stays a question: "en caliente" (a finish), a maker in capitals ("ZWZ, ¿tienen …?"), a word
every item that fits spells, "de" in lower case.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

NIP34X4, NIP34X6 = "TB-0101", "TB-0102"
BOLT12X2 = "PN-0201"
BALL1_STEEL, BALL1_BRONZE = "VL-0301", "VL-0302"
CYL_DOUBLE, CYL_SINGLE = "NE-0401", "NE-0402"
BRG6205 = "RD-0501"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {NIP34X4},"NIPLE NEGRO 3/4"" X 4"" SCH40","Niple de acero negro 3/4 pulg. x 4 pulg., cédula 40",Tubería,,UN,1,4.1,,,true
    {NIP34X6},"NIPLE NEGRO 3/4"" X 6"" SCH40","Niple de acero negro 3/4 pulg. x 6 pulg., cédula 40",Tubería,,UN,1,5.3,,,true
    {BOLT12X2},"PERNO HEX 1/2"" X 2"" UNC GALV","Perno hexagonal 1/2 x 2 pulg. UNC grado 5 electrogalvanizado",Pernería,,UN,1,0.6,,,true
    {BALL1_STEEL},"VALV. ESFERA ACERO 1"" ROSCADA","Válvula esfera de acero al carbono 1 pulg. roscada NPT, 1000 WOG",Válvulas,,UN,1,38,,,true
    {BALL1_BRONZE},"VALV. ESFERA BRONCE 1"" ROSCADA","Válvula esfera de bronce 1 pulg. roscada NPT, 600 WOG",Válvulas,,UN,1,24,,,true
    {CYL_DOUBLE},CIL. 20X100 DE FESTO,"Cilindro neumático ISO 6432 doble efecto, diámetro 20 mm, carrera 100 mm",Neumática,Festo,UN,1,120,,,true
    {CYL_SINGLE},CIL. 20X100 SE FESTO,"Cilindro neumático ISO 6432 simple efecto con resorte, diámetro 20 mm, carrera 100 mm",Neumática,Festo,UN,1,110,,,true
    {BRG6205},RODAMIENTO 6205-2RS SKF,"Rodamiento rígido de bolas 6205-2RS sellado, SKF",Rodamientos,SKF,UN,1,9,,,true
    """

LINES = [
    *cases(
        "where_or_when_said_after_the_item_in_words_no_catalog_knows_is_not_the_item",
        [
            ('niple negro 3/4" x 4" x 10 al ratito', (NIP34X4, 10)),
            ("need 6 black nipples 3/4 x 6 to tupiza", (NIP34X6, 6)),
            ("20 ea black nipple 3/4 x 4 for the kiln gang", (NIP34X4, 20)),
            ("4 niple negro 3/4 x 6 en Cochabamba", (NIP34X6, 4)),
            # a finish the house may not sell, a word of an item: still a question
            ("perno hex 1/2 x 2 galvanizado en caliente x 50", (None, 50)),
        ],
    ),
    *cases(
        "the_seller_addressed_in_any_word_before_the_ask_is_not_the_item",
        [
            ("loco, ¿hay 4 niples negros de 3/4 x 4?", (NIP34X4, 4)),
            ("cobber, do you have 5 black nipples 3/4 x 6?", (NIP34X6, 5)),
            # a maker we do not carry, in capitals or in letters only a maker's: asked
            ("ZWZ, ¿tienen 3 rodamientos 6205 2rs?", (None,)),
            ("zwz, ¿tienen 3 rodamientos 6205 2rs?", (None,)),
        ],
    ),
    *cases(
        "the_house_s_own_word_for_one_of_the_items_that_fit_is_that_item",
        [
            ('válvula esfera de acero 1" x 3', (BALL1_STEEL, 3)),
            ("Pos. 10: cilindro 20x100 DE Festo x 2", (CYL_DOUBLE, 2)),
            # said of neither, or "de" as a word of the sentence: which one is asked
            ('válvula esfera 1" x 3', (None, 3)),
            ("cilindro 20x100 de festo x 2", (None, 2)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nBO1,Minera Andina S.R.L.,es\n", "BO1")
test_a_new_house_s_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
