"""What a house no one has tuned for reads at first sight (issue #13): words no catalog knows.

A new house's buyers close a line with their town, their site or their slang ("al ratito",
"to tupiza", "for the kiln gang", "en Cochabamba"), open it by addressing the seller in their
own word ("loco, ¿hay …?"), and name an item with the house's own word that the trade's
vocabulary leaves unread ("válvula esfera de acero" where the house sells a steel and a bronze
one; "CIL. 20X100 DE" for double acting). None of these words is in any list: a seller reads
them without knowing the town, so the matcher does too; so a town the house has a warehouse
in, however written ("en cochabamba"), a purchaser's closing ask (", confirmar disponibilidad",
", favor cotizar con flete": words a slip corrector would make an item's), a coil said DC where
the house writes "24 V", a maker's number said before the maker ("2097 3M"). What may be an
item the house lacks stays a question: "en caliente" (a finish), "en tarija" (no town of the
house's, in lower case), a maker in capitals ("ZWZ, ¿tienen …?"), a word every item that fits
spells, "de" in lower case, a coil of a voltage the house has none of.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

NIP34X4, NIP34X6 = "TB-0101", "TB-0102"
BOLT12X2 = "PN-0201"
BALL1_STEEL, BALL1_BRONZE = "VL-0301", "VL-0302"
CYL_DOUBLE, CYL_SINGLE = "NE-0401", "NE-0402"
BRG6205 = "RD-0501"
CON25_24, CON25_220 = "EL-0601", "EL-0602"
FILTER_2097, FILTER_6003 = "EP-0701", "EP-0702"

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
    {CON25_24},CONTACTOR 25A BOB. 24V,"Contactor tripolar 25 A AC3, bobina 24 V",Eléctricos,,UN,1,61,,,true
    {CON25_220},CONTACTOR 25A BOB. 220V,"Contactor tripolar 25 A AC3, bobina 220 V",Eléctricos,,UN,1,58,,,true
    {FILTER_2097},FILTRO P100 (PAR) 3M,"Filtro para partículas P100 con vapores orgánicos molestos, par",EPP,3M,PAR,1,14,3M 2097,,true
    {FILTER_6003},CARTUCHO VAPORES ORGANICOS/GASES ACIDOS (PAR) 3M,"Cartucho para vapores orgánicos y gases ácidos, par",EPP,3M,PAR,1,19,3M 6003,,true
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
        "a_town_the_house_has_a_warehouse_in_is_where_it_goes_however_written",
        [
            ("4 niple negro 3/4 x 6 en cochabamba", (NIP34X6, 4)),
            ("need 6 black nipples 3/4 x 4 in el alto", (NIP34X4, 6)),
            # lower case, no town of the house's: a finish or a place? asked
            ("perno hex 1/2 x 2 en caliente x 50", (None, 50)),
            ("4 niple negro 3/4 x 6 en tarija", (None, 4)),
        ],
    ),
    *cases(
        "a_purchaser_s_closing_ask_is_no_word_of_the_item",
        [
            ("niple negro 3/4 x 4 x 10, confirmar disponibilidad", (NIP34X4, 10)),
            ("perno hex 1/2 x 2 galv x 50, favor cotizar con flete", (BOLT12X2, 50)),
            ("6 black nipples 3/4 x 6, please confirm lead time", (NIP34X6, 6)),
            ("rodamiento 6205 2rs skf x 8, indicar tiempo de despacho", (BRG6205, 8)),
            ("12 perno hex 1/2 x 2, confirmar stock y plazo", (BOLT12X2, 12)),
            # a clause that names what the item is stays the item's
            ('válvula esfera 1", confirmar si es de acero', (None,)),
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
            ("cilindro 20x100 doble acción festo x 2", (CYL_DOUBLE, 2)),
            ("pneumatic cylinder 20 x 100 single action festo", (CYL_SINGLE,)),
            # said of neither, or "de" as a word of the sentence: which one is asked
            ('válvula esfera 1" x 3', (None, 3)),
            ("cilindro 20x100 de festo x 2", (None, 2)),
        ],
    ),
]

WAREHOUSES = """
    warehouse,name,city,cutoff,timezone
    CBB,Cochabamba - Av. Blanco Galindo km 4,Cochabamba,17:00,America/La_Paz
    EAL,Planta El Alto,El Alto,16:00,America/La_Paz
    """
LINES += cases(
    "a_coil_said_ac_or_dc_is_the_house_s_coil_of_that_voltage_written_plain",
    [
        ("contactor 25 A 24VDC coil x 2", (CON25_24, 2)),
        ("contactor 25A bobina 24 vcc", (CON25_24,)),
        ("contactor 25A bobina 220 vca", (CON25_220,)),
        ("contactor 25 a bobina 220 vols x 3", (CON25_220, 3)),
        # a voltage the house has no coil of: asked
        ("contactor 25A bobina 110 vac", (None,)),
        ("contactor 25A bobina 48 vdc", (None,)),
    ],
)

LINES += cases(
    "a_maker_s_number_said_before_the_maker_is_the_one_the_house_lists_after_it",
    [
        ("* cartridges 2097 3M x 3", (FILTER_2097, 3)),
        ("cartuchos 6003 3M x 2 pares", (FILTER_6003, 2)),
    ],
)

LINES += cases(
    "the_stock_asked_at_a_place_after_the_count_leaves_the_count_and_the_item",
    [
        # regression of 2b1bb0e: the place cut alone left "¿hay stock" to be read as the item
        ("rodamiento 6205 2rs skf x6, ¿hay stock en Lima?", (BRG6205, 6)),
        ("niple negro 3/4 x 4 x10, ¿hay stock en Cochabamba?", (NIP34X4, 10)),
        ("black nipple 3/4 x 6 x 5, in stock in Lima?", (NIP34X6, 5)),
    ],
)

LINES += cases(
    "a_letter_struck_for_its_neighbour_is_the_word_it_spells",
    [
        # regression of c825d72: "ptecio" read as a tub's "potecito", not "precio"
        ('me pasan ptecio de niple negro 3/4" x 6" (3 un)', (NIP34X6, 3)),
    ],
)

match = match_fixture(
    CATALOG, "customer_id,name,language\nBO1,Minera Andina S.R.L.,es\n", "BO1", warehouses=WAREHOUSES
)
test_a_new_house_s_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
