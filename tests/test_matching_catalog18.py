"""What buyers write to a Peruvian house, in Peru's words (catalog 18's style).

Item codes are a family's two letters and six digits (`EL000101`); names are title case and
long (`Cable THW-90 2,5 mm² rojo Indeco`, `Bota de seguridad punta de acero Steelpro talla 40`,
`Lentes de seguridad lunas oscuras 3M`). What a seller would notice: what the buyer adds after
the item and its count ("al toque", "indicar plazo de entrega a Trujillo", "¿hay stock en
Ate?", "in stock in Piura?", "for the tunnel crew") is not the item; THW said with its 90 is
the cable's rating, never a gauge, and a bare "2.5" or "4" beside THW is its mm² section; a
cable's cores joined to their mm² ("2x6mm²") are read; a boot's "nro 40" is its size; a lens
said black ("lunas negras") is the dark lens and "claras" is clear; a count SAP prints grouped
by spaces ("1 500") is one number. And what the house lacks stays a question.

Its pipe and bearing counter: "1.1/4" is 1-1/4 (a point for the dash); a fitting "de fierro"
is the house's black iron ("acero negro"), never the galvanized; "SCH80" / "ced.40" joined is
the schedule; a fitting's "CS" is carbon steel; "nego" / "blak" one letter short is black; the
house's "chumacera de brida cuadrada" is the 4-bolt flange unit ("chumacera cuadrada").
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

THW25_RED, THW25_BLUE, THW4_RED = "EL000101", "EL000102", "EL000103"
NYY2X6, NYY3X6 = "EL000201", "EL000202"
BREAKER20 = "EL000301"
BOOT40, BOOT41 = "SI000101", "SI000102"
GLASS_DARK, GLASS_CLEAR = "SI000201", "SI000202"
GLOVE_L, GLOVE_M = "SI000301", "SI000302"
E6011_18 = "SO000101"
NUT_M12 = "PE000101"
NIP114_BLK, NIP34_BLK, NIP34_GALV, NIP12_BLK = "VT000101", "VT000102", "VT000103", "VT000104"
NIP114X6_BLK = "VT000105"
ELBOW1_40, ELBOW1_80, ELBOW1_GALV = "VT000201", "VT000202", "VT000203"
BALL112_CS, BALL112_BRONZE = "VT000301", "VT000302"
UCF205_NTN, UCF205_SKF, UCFL205_SKF = "RO000101", "RO000102", "RO000103"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {THW25_RED},"Cable THW-90 2,5 mm² rojo Indeco","Cable unipolar THW-90 de cobre 2,5 mm², 450/750 V, color rojo, Indeco, se vende por metro",Electricidad,Indeco,M,1,2.1,,type=wire|section=2.5|colour=rojo,true
    {THW25_BLUE},"Cable THW-90 2,5 mm² azul Indeco","Cable unipolar THW-90 de cobre 2,5 mm², 450/750 V, color azul, Indeco, se vende por metro",Electricidad,Indeco,M,1,2.1,,type=wire|section=2.5|colour=azul,true
    {THW4_RED},"Cable THW-90 4 mm² rojo Indeco","Cable unipolar THW-90 de cobre 4 mm², 450/750 V, color rojo, Indeco, se vende por metro",Electricidad,Indeco,M,1,3.2,,type=wire|section=4|colour=rojo,true
    {NYY2X6},"Cable NYY 2x6 mm² Indeco","Cable de energía NYY 2 x 6 mm², 0,6/1 kV, Indeco, se vende por metro",Electricidad,Indeco,M,1,14,,type=cable|cores=2|section=6,true
    {NYY3X6},"Cable NYY 3x6 mm² Indeco","Cable de energía NYY 3 x 6 mm², 0,6/1 kV, Indeco, se vende por metro",Electricidad,Indeco,M,1,19,,type=cable|cores=3|section=6,true
    {BREAKER20},Interruptor termomagnético 3x20A Schneider,"Interruptor termomagnético tripolar 20 A, 10 kA, riel DIN, Schneider",Electricidad,Schneider,UN,1,95,,type=breaker|poles=3|amps=20,true
    {BOOT40},Bota de seguridad punta de acero Steelpro talla 40,"Bota de seguridad de cuero con punta de acero, talla 40, Steelpro, se vende por par",Seguridad industrial,Steelpro,PR,1,135,,type=boot|size=40,true
    {BOOT41},Bota de seguridad punta de acero Steelpro talla 41,"Bota de seguridad de cuero con punta de acero, talla 41, Steelpro, se vende por par",Seguridad industrial,Steelpro,PR,1,135,,type=boot|size=41,true
    {GLASS_DARK},Lentes de seguridad lunas oscuras 3M,"Lentes de seguridad con lunas oscuras, antiempañantes, ANSI Z87.1, 3M",Seguridad industrial,3M,UN,1,15,,type=glasses|lens=oscuro,true
    {GLASS_CLEAR},Lentes de seguridad lunas claras 3M,"Lentes de seguridad con lunas claras, antiempañantes, ANSI Z87.1, 3M",Seguridad industrial,3M,UN,1,15,,type=glasses|lens=claro,true
    {GLOVE_L},Guante de cuero cromo Steelpro talla L,"Guante de trabajo de cuero cromo, talla L, Steelpro, se vende por par",Seguridad industrial,Steelpro,PR,1,12,,type=glove|size=L,true
    {GLOVE_M},Guante de cuero cromo Steelpro talla M,"Guante de trabajo de cuero cromo, talla M, Steelpro, se vende por par",Seguridad industrial,Steelpro,PR,1,12,,type=glove|size=M,true
    {E6011_18},"Electrodo E6011 1/8"" (3,2 mm) Soldexa Cellocord","Electrodo celulósico AWS E6011 1/8 pulg., se vende por kilo",Soldadura,Soldexa,KG,1,14,,type=electrode|class=6011|diameter=1/8,true
    {NUT_M12},Tuerca hexagonal M12 zincada,"Tuerca hexagonal M12 x 1,75 DIN 934 clase 8 zincada",Pernería,,UN,1,0.4,,type=nut|thread=M12,true
    {NIP114_BLK},"Niple de acero negro 1-1/4"" x 4"" SCH 40","Niple de acero negro 1-1/4 pulg. x 4 pulg. cédula 40",Válvulas y tuberías,,UN,1,9,,type=nipple|size=1-1/4|length=4,true
    {NIP12_BLK},"Niple de acero negro 1/2"" x 4"" SCH 40","Niple de acero negro 1/2 pulg. x 4 pulg. cédula 40",Válvulas y tuberías,,UN,1,3,,type=nipple|size=1/2|length=4,true
    {NIP114X6_BLK},"Niple de acero negro 1-1/4"" x 6"" SCH 40","Niple de acero negro 1-1/4 pulg. x 6 pulg. cédula 40",Válvulas y tuberías,,UN,1,10,,type=nipple|size=1-1/4|length=6,true
    {NIP34_BLK},"Niple de acero negro 3/4"" x 4"" SCH 40","Niple de acero negro 3/4 pulg. x 4 pulg. cédula 40",Válvulas y tuberías,,UN,1,4,,type=nipple|size=3/4|length=4,true
    {NIP34_GALV},"Niple de acero galvanizado 3/4"" x 4"" roscado","Niple de acero galvanizado 3/4 pulg. x 4 pulg. roscado",Válvulas y tuberías,,UN,1,5,,type=nipple|size=3/4|length=4,true
    {ELBOW1_40},"Codo 90° de acero negro 1"" SCH 40 roscado","Codo 90° de acero negro 1 pulg. cédula 40 roscado",Válvulas y tuberías,,UN,1,6,,type=elbow|size=1|schedule=40,true
    {ELBOW1_80},"Codo 90° de acero negro 1"" SCH 80 roscado","Codo 90° de acero negro 1 pulg. cédula 80 roscado",Válvulas y tuberías,,UN,1,8,,type=elbow|size=1|schedule=80,true
    {ELBOW1_GALV},"Codo 90° de acero galvanizado 1"" roscado","Codo 90° de acero galvanizado 1 pulg. roscado",Válvulas y tuberías,,UN,1,6,,type=elbow|size=1,true
    {BALL112_CS},"Válvula de bola de acero al carbono 1-1/2"" roscada Cim","Válvula de bola de acero al carbono 1-1/2 pulg. roscada, Cim",Válvulas y tuberías,Cim,UN,1,90,,type=ball_valve|size=1-1/2,true
    {BALL112_BRONZE},"Válvula de bola de bronce 1-1/2"" roscada Cim","Válvula de bola de bronce 1-1/2 pulg. roscada, Cim",Válvulas y tuberías,Cim,UN,1,70,,type=ball_valve|size=1-1/2,true
    {UCF205_NTN},Chumacera de brida cuadrada UCF205 eje 25 mm NTN,"Chumacera de brida cuadrada de 4 pernos UCF205, eje 25 mm, NTN",Rodamientos,NTN,UN,1,80,,type=mounted_unit|size=205,true
    {UCF205_SKF},Chumacera de brida cuadrada UCF205 eje 25 mm SKF,"Chumacera de brida cuadrada de 4 pernos UCF205, eje 25 mm, SKF",Rodamientos,SKF,UN,1,95,,type=mounted_unit|size=205,true
    {UCFL205_SKF},Chumacera de brida ovalada UCFL205 eje 25 mm SKF,"Chumacera de brida ovalada de 2 pernos UCFL205, eje 25 mm, SKF",Rodamientos,SKF,UN,1,85,,type=mounted_unit|size=205,true
    """

LINES = [
    *cases(
        "what_the_buyer_adds_after_the_item_and_its_count_is_not_the_item",
        [
            ("electrodo 6011 1/8 soldexa 20 kilos al toque", (E6011_18, 20, "KG")),
            ("Cotizar guantes de cuero talla L x 12 pares, indicar plazo de entrega a Trujillo",
             (GLOVE_L, 12, "PAIR")),
            ("termomagnetico 3x20A schneider 6 und., ¿hay stock en Ate?", (BREAKER20, 6)),
            ("do you have 8 pairs of leather gloves size M in stock in Piura?", (GLOVE_M, 8, "PAIR")),
            ("need 4 pairs of safety boots size 41 for the tunnel crew asap", (BOOT41, 4, "PAIR")),
            # the size left out of two boots stays a question, whatever follows it
            ("botas de seguridad steelpro x 2 pares al toque", (None, 2)),
        ],
    ),
    *cases(
        "thw_with_its_90_is_the_rating_and_a_bare_section_beside_thw_is_mm2",
        [
            ("cable THW 90 2,5 mm² rojo x 50 metros", (THW25_RED, 50, "M")),
            ("alambre thw 2.5 azul indeco 100 m", (THW25_BLUE, 100, "M")),
            ("THW-90 wire 2.5 red, 30 m", (THW25_RED, 30, "M")),
            ("cable THW 90 4 mm2 rojo", (THW4_RED, 1)),
            # the colour left out, or a section we lack: asked
            ("cable THW 90 2,5 mm²", (None, 1)),
            ("alambre thw 1.5 rojo", (None, 1)),
        ],
    ),
    *cases(
        "a_cable_s_cores_joined_to_their_mm2_are_read",
        [
            ("40 m de cable NYY 3x6mm²", (NYY3X6, 40, "M")),
            ("cable NYY 2x6mm2, 25 m", (NYY2X6, 25, "M")),
            ("cable NYY 4x6mm²", (None, 1)),
        ],
    ),
    *cases(
        "a_boot_s_nro_is_its_size",
        [
            ("botines de seguridad nro 40 steelpro x 10 pares", (BOOT40, 10, "PAIR")),
            ("safety boots nro. 41, 3 pairs", (BOOT41, 3, "PAIR")),
            ("botines de seguridad nro 45", (None, 1)),
        ],
    ),
    *cases(
        "a_lens_said_black_is_the_dark_lens_and_claras_clear",
        [
            ("lentes de seguridad lunas negras 3M x 12", (GLASS_DARK, 12)),
            ("gafas 3m lunas claras x 24", (GLASS_CLEAR, 24)),
            ("3M safety glasses, lenses black, qty 6", (GLASS_DARK, 6)),
            # the lens left out of two stays a question
            ("lentes de seguridad 3M x 12", (None, 12)),
        ],
    ),
    *cases(
        "a_count_grouped_by_spaces_in_a_row_is_one_number",
        [
            (f"ITEM {NUT_M12};1 500;UND", (NUT_M12, 1500)),
            ("TUERCA HEXAGONAL M12 ZINCADA\t12 000\tUND", (NUT_M12, 12000)),
        ],
    ),
]

PIPES_AND_BEARINGS = [
    *cases(
        "a_point_for_the_dash_of_a_mixed_number_is_the_same_size",
        [
            ('niple 1.1/4" x 4" x 6', (NIP114_BLK, 6)),
            ('nipple 1.1/4" x 6", 3 pcs', (NIP114X6_BLK, 3)),
            # a length the house lacks stays a question, never its neighbour
            ('niple negro 1.1/4" x 3"', (None, 1)),
        ],
    ),
    *cases(
        "a_fitting_de_fierro_is_black_iron_and_cs_carbon_steel",
        [
            ('niple de fierro 3/4" x 4" x 20', (NIP34_BLK, 20)),
            ('codo fierro 1" cédula 80 x 10', (ELBOW1_80, 10)),
            ('niple fierro galvanizado 3/4" x 4"', (NIP34_GALV, 1)),
            ('válvula de bola CS 1-1/2" x 2', (BALL112_CS, 2)),
            ("CS ball valve 1-1/2 in, 4 ea", (BALL112_CS, 4)),
        ],
    ),
    *cases(
        "a_schedule_joined_to_its_number_is_the_schedule",
        [
            ('codo negro 1" SCH80 x 12', (ELBOW1_80, 12)),
            ("black elbow 1 in sch40, 6 pcs", (ELBOW1_40, 6)),
            ('codo negro 1" ced.80', (ELBOW1_80, 1)),
        ],
    ),
    *cases(
        "black_one_letter_short_is_black",
        [
            ('codo nego 1" SCH 40 x 8', (ELBOW1_40, 8)),
            ("codo 90 1 pulg nego sch 80", (ELBOW1_80, 1)),
        ],
    ),
    *cases(
        "the_house_s_square_flange_unit_is_the_4_bolt_flange_unit",
        [
            ("4-bolt flange unit UCF205 SKF, 2 ea", (UCF205_SKF, 2)),
            ("chumacera cuadrada ucf205 ntn x 3", (UCF205_NTN, 3)),
            ("square flange bearing ucf205 ntn", (UCF205_NTN, 1)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nPE1,Minera Huallaga S.A.C.,es\n", "PE1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
test_a_pipe_or_bearing_line_settles_on_the_item_a_seller_would_pick = answers_test(
    PIPES_AND_BEARINGS
)


def test_a_point_for_the_dash_is_read_as_the_dash() -> None:
    """'1.1/4" x 6"' is the nipple 1-1/4" of 6" length, as the house writes it: never a 6"
    size beside it (which left catalog 18's nipples unmatched)."""
    from bot.matching.notation import read
    from bot.matching.vocabulary import Vocabulary

    vocabulary = Vocabulary.load()
    for dotted, dashed in [
        ('niple 1.1/4" x 6"', 'niple 1-1/4" x 6"'),
        ("black nipple 2.1/2 x 4 in", "black nipple 2-1/2 x 4 in"),
    ]:
        assert read(dotted, vocabulary).codes == read(dashed, vocabulary).codes, dotted
