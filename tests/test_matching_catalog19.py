"""What buyers write to a Venezuelan house, in Venezuela's words (catalog 19's style).

Article codes are three family letters, four digits, a slash and a check letter (`ROD1204/X`);
names are Profit Plus's upper case with `C/` and the inch mark. What a seller would notice: the
counter's talk around the item ("chamo me regalas el precio de …", "epa, ¿hay …?", "¿tendrás
…? avísame") is not the item.
"""

from __future__ import annotations

import pytest

from bot.matching.notation import read
from bot.matching.vocabulary import Vocabulary
from tests.match_api import answers_test, cases, match_fixture

CONT25_220, CONT25_24 = "ELE2001/A", "ELE2002/B"
BRG6206_OPEN, BRG6206_2RS = "ROD2001/C", "ROD2002/D"
HUB100_78, HUB100_1 = "ACO2001/E", "ACO2002/F"
SPIDER100_HYT, SPIDER100_NBR = "ACO2003/G", "ACO2004/H"
GRID1040, COVER1040 = "ACO2005/J", "ACO2006/K"
GEAR2_FALK, GEAR2_LOVEJOY, GEAR1_FALK = "ACO2007/L", "ACO2008/M", "ACO2009/N"
GEAR220_PAIL, GEAR220_GAL, GEAR220_DRUM = "LUB2001/M", "LUB2002/N", "LUB2003/P"
GEAR320_PAIL, GEAR220_PAIL_MOBIL = "LUB2004/Q", "LUB2005/R"
HYD46_GAL, HYD68_GAL, HYD46_PAIL = "LUB2006/S", "LUB2007/T", "LUB2008/U"
EP2_CART, EP2_PAIL, EP1_PAIL, COMPLEX2_CART = "LUB2009/V", "LUB2010/W", "LUB2011/X", "LUB2012/Y"
FITTING45, FITTING90, FITTING45_LINCOLN = "LUB2013/Z", "LUB2014/A", "LUB2016/C"
LEVER_GUN = "LUB2015/B"
TAPE_33, TAPE_1700 = "ELE2003/C", "ELE2004/D"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {CONT25_220},CONTACTOR 25A BOBINA 220V SIEMENS 3RT2026-1AN20,"Contactor tripolar 25 A, bobina 220 VAC, Siemens",Electricidad,Siemens,UND,1,48,,type=contactor|amps=25|coil=220,true
    {CONT25_24},CONTACTOR 25A BOBINA 24VDC SIEMENS 3RT2026-1BB40,"Contactor tripolar 25 A, bobina 24 VDC, Siemens",Electricidad,Siemens,UND,1,55,,type=contactor|amps=25|coil=24dc,true
    {TAPE_33},CINTA AISLANTE SUPER 33+ NEGRA 3M,"Cinta aislante de vinilo Scotch Super 33+ negra 19 mm x 20 m, 3M",Electricidad,3M,UND,1,9,,type=tape|line=33+,true
    {TAPE_1700},CINTA AISLANTE TEMFLEX 1700 NEGRA 3M,"Cinta aislante de vinilo Temflex 1700 negra 19 mm x 20 m, 3M",Electricidad,3M,UND,1,3,,type=tape|line=1700,true
    {BRG6206_OPEN},RODAMIENTO 6206 ABIERTO SKF,"Rodamiento rígido de bolas 6206 abierto 30x62x16 SKF",Rodamientos,SKF,UND,1,9,,type=bearing|size=6206|seal=open,true
    {BRG6206_2RS},RODAMIENTO 6206 2RS SKF,"Rodamiento rígido de bolas 6206-2RSH sellado 30x62x16 SKF",Rodamientos,SKF,UND,1,11,,type=bearing|size=6206|seal=2rs,true
    {HUB100_78},"MAZA ACOPLE L-100 BORE 7/8"" C/CUÑERO LOVEJOY","Maza para acople de mordaza Lovejoy L-100, agujero 7/8"" con cuñero",Acoples,Lovejoy,UND,1,31,,type=jaw_hub|size=L-100|bore=7/8,true
    {HUB100_1},"MAZA ACOPLE L-100 BORE 1"" C/CUÑERO LOVEJOY","Maza para acople de mordaza Lovejoy L-100, agujero 1"" con cuñero",Acoples,Lovejoy,UND,1,31,,type=jaw_hub|size=L-100|bore=1,true
    {SPIDER100_HYT},ARAÑA ACOPLE L-100 HYTREL LOVEJOY,"Araña de Hytrel para acople de mordaza L-100 Lovejoy",Acoples,Lovejoy,UND,1,40,,type=spider|size=L-100|material=hytrel,true
    {SPIDER100_NBR},ARAÑA ACOPLE L-100 NBR LOVEJOY,"Araña de caucho nitrilo NBR para acople de mordaza L-100 Lovejoy",Acoples,Lovejoy,UND,1,12,,type=spider|size=L-100|material=nbr,true
    {GRID1040},GRILLA ACOPLE FALK 1040T10,"Grilla para acople Falk Steelflex 1040T10",Acoples,Falk,UND,1,80,,type=grid|size=1040T,true
    {COVER1040},TAPA ACOPLE FALK 1040T10 C/EMPACADURA,"Tapa horizontal con empacaduras para acople Falk Steelflex 1040T10",Acoples,Falk,UND,1,150,,type=cover|size=1040T,true
    {GEAR220_PAIL},ACEITE ENGRANAJES SHELL OMALA S2 GX 220 CUÑETE 5 GAL,"Aceite para engranajes industriales ISO VG 220 Shell Omala S2 GX 220, cuñete de 5 galones (18,9 L)",Lubricación,Shell,UND,1,160,,type=gear_oil|vg=220|pack=cuñete,true
    {GEAR220_GAL},ACEITE ENGRANAJES SHELL OMALA S2 GX 220 GALON,"Aceite para engranajes industriales ISO VG 220 Shell Omala S2 GX 220, galón (3,785 L)",Lubricación,Shell,UND,1,38,,type=gear_oil|vg=220|pack=galon,true
    {GEAR220_DRUM},ACEITE ENGRANAJES SHELL OMALA S2 GX 220 TAMBOR 55 GAL,"Aceite para engranajes industriales ISO VG 220 Shell Omala S2 GX 220, tambor de 55 galones (208 L)",Lubricación,Shell,UND,1,1500,,type=gear_oil|vg=220|pack=tambor,true
    {GEAR320_PAIL},ACEITE ENGRANAJES SHELL OMALA S2 GX 320 CUÑETE 5 GAL,"Aceite para engranajes industriales ISO VG 320 Shell Omala S2 GX 320, cuñete de 5 galones (18,9 L)",Lubricación,Shell,UND,1,170,,type=gear_oil|vg=320|pack=cuñete,true
    {GEAR220_PAIL_MOBIL},ACEITE ENGRANAJES MOBIL MOBILGEAR 600 XP 220 CUÑETE 5 GAL,"Aceite para engranajes industriales ISO VG 220 Mobil Mobilgear 600 XP 220, cuñete de 5 galones (18,9 L)",Lubricación,Mobil,UND,1,165,,type=gear_oil|vg=220|pack=cuñete,true
    {HYD46_GAL},ACEITE HIDRAULICO SHELL TELLUS S2 MX 46 GALON,"Aceite hidráulico antidesgaste ISO VG 46 Shell Tellus S2 MX 46, galón (3,785 L)",Lubricación,Shell,UND,1,30,,type=hyd_oil|vg=46|pack=galon,true
    {HYD68_GAL},ACEITE HIDRAULICO SHELL TELLUS S2 MX 68 GALON,"Aceite hidráulico antidesgaste ISO VG 68 Shell Tellus S2 MX 68, galón (3,785 L)",Lubricación,Shell,UND,1,30,,type=hyd_oil|vg=68|pack=galon,true
    {HYD46_PAIL},ACEITE HIDRAULICO SHELL TELLUS S2 MX 46 CUÑETE 5 GAL,"Aceite hidráulico antidesgaste ISO VG 46 Shell Tellus S2 MX 46, cuñete de 5 galones (18,9 L)",Lubricación,Shell,UND,1,125,,type=hyd_oil|vg=46|pack=cuñete,true
    {EP2_CART},GRASA SHELL GADUS S2 V220 2 CARTUCHO 14 OZ,"Grasa de litio EP NLGI 2 Shell Gadus S2 V220 2, cartucho de 14 oz (400 g)",Lubricación,Shell,UND,1,6,,type=grease|base=litio|nlgi=2|pack=cartucho,true
    {EP2_PAIL},GRASA SHELL GADUS S2 V220 2 CUÑETE 16 KG,"Grasa de litio EP NLGI 2 Shell Gadus S2 V220 2, cuñete de 16 kg (35 lb)",Lubricación,Shell,UND,1,110,,type=grease|base=litio|nlgi=2|pack=cuñete,true
    {EP1_PAIL},GRASA SHELL GADUS S2 V220 1 CUÑETE 16 KG,"Grasa de litio EP NLGI 1 Shell Gadus S2 V220 1, cuñete de 16 kg (35 lb)",Lubricación,Shell,UND,1,110,,type=grease|base=litio|nlgi=1|pack=cuñete,true
    {COMPLEX2_CART},GRASA SHELL GADUS S3 V220C 2 CARTUCHO 14 OZ COMPLEJO LITIO,"Grasa de complejo de litio NLGI 2 para alta temperatura Shell Gadus S3 V220C 2, cartucho de 14 oz (400 g)",Lubricación,Shell,UND,1,9,,type=grease|base=complejo|nlgi=2|pack=cartucho,true
    {FITTING45},"GRASERA 1/8"" NPT 45° ALEMITE (BOLSA 10)","Grasera de acero zincado rosca 1/8"" NPT a 45° Alemite, bolsa de 10",Lubricación,Alemite,UND,10,0.9,,type=fitting|thread=1/8 NPT|angle=45,true
    {FITTING90},"GRASERA 1/8"" NPT 90° ALEMITE (BOLSA 10)","Grasera de acero zincado rosca 1/8"" NPT a 90° Alemite, bolsa de 10",Lubricación,Alemite,UND,10,0.9,,type=fitting|thread=1/8 NPT|angle=90,true
    {FITTING45_LINCOLN},"GRASERA 1/8"" NPT 45° LINCOLN (BOLSA 10)","Grasera de acero zincado rosca 1/8"" NPT a 45° Lincoln, bolsa de 10",Lubricación,Lincoln,UND,10,0.8,,type=fitting|thread=1/8 NPT|angle=45,true
    {LEVER_GUN},ENGRASADORA DE PALANCA 14 OZ LINCOLN 1134,"Pistola engrasadora de palanca para cartucho de 14 oz Lincoln 1134",Lubricación,Lincoln,UND,1,45,,type=gun|drive=palanca,true
    {GEAR2_FALK},ACOPLE ENGRANAJES TAMAÑO 2 COMPLETO FALK,"Acople de engranajes flexible completo (2 mazas, 2 mangas y empacaduras) tamaño 2 Falk",Acoples,Falk,UND,1,900,G20 20,type=gear_cpl|size=2,true
    {GEAR2_LOVEJOY},ACOPLE ENGRANAJES TAMAÑO 2 COMPLETO LOVEJOY,"Acople de engranajes flexible completo (2 mazas, 2 mangas y empacaduras) tamaño 2 Lovejoy",Acoples,Lovejoy,UND,1,950,F2 FLEX,type=gear_cpl|size=2,true
    {GEAR1_FALK},ACOPLE ENGRANAJES TAMAÑO 1 COMPLETO FALK,"Acople de engranajes flexible completo (2 mazas, 2 mangas y empacaduras) tamaño 1 Falk",Acoples,Falk,UND,1,700,G20 10,type=gear_cpl|size=1,true
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
        "the_plants_and_the_counter_s_asking_keeps_the_count",
        [
            ("Agradecemos precio y disponibilidad de 8 contactores 25A bobina 220V Siemens",
             (CONT25_220, 8)),
            ("chamo me regalas el prceio de 4 rolineras 6206 2RS", (BRG6206_2RS, 4)),
            (f"Requerimos {BRG6206_2RS} x 5 para la parada de planta", (BRG6206_2RS, 5)),
        ],
    ),
    *cases(
        "our_code_copied_without_its_check_letter_is_still_our_code",
        [
            ("rod2002 x 5", (BRG6206_2RS, 5)),
            ("cód. ROD 2002 - 8", (BRG6206_2RS, 8)),
            ("item LUB2009 qty 24", (EP2_CART, 24)),
            # a check letter that is not the code's is no code of ours
            ("ROD2002/X x 5", (None, 5)),
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
            # two makers of one gear coupling: the brand rule's ("G20 20" is Falk's number, no
            # grit; the "2 mazas" it comes with are no size)
            ("acople dentado tamaño 2 x 3", ({GEAR2_FALK, GEAR2_LOVEJOY}, 3)),
            ("gear coupling size 1, 2 ea", (GEAR1_FALK, 2)),
            # (a grit said with its "+" is still said: 3M's Super 33+ tape is not its Temflex)
            ("cinta aislante 33+ negra x4", (TAPE_33, 4)),
            # the bore or the material left out is still a question
            ("cubo L-100", (None, 1)),
            ("goma del acople L-100", (None, 1)),
        ],
    ),
    *cases(
        "an_oil_s_iso_vg_grade_and_its_container_name_the_item",
        [
            ("aceite para caja reductora ISO VG 220 cuñete Shell x 4", (GEAR220_PAIL, 4)),
            ("gear oil VG220, 55 gal drum, shell - 2", (GEAR220_DRUM, 2)),
            ("aceite de engranajes 220 galón shell", (GEAR220_GAL, 1)),
            ("hidraulico iso 68 galon shell - 3", (HYD68_GAL, 3)),
            ("hydraulic oil ISO VG 46 5-gal pail Shell qty 2", (HYD46_PAIL, 2)),
            ("tellus 46 galon x 6", (HYD46_GAL, 6)),
            # the maker's line and its grade before the container said once: one of it
            ("Omala S2 GX 220 drum", (GEAR220_DRUM, 1)),
            ("Tellus S2 MX 46 pail", (HYD46_PAIL, 1)),
            # the brand left open is the brand rule's, the container left out a question
            ("aceite de engranajes iso vg 220 cuñete", ({GEAR220_PAIL, GEAR220_PAIL_MOBIL}, 1)),
            ("aceite de caja reductora 220 shell", (None, 1)),
            # a grade the house lacks is never its neighbour
            ("aceite de engranajes iso 680 cuñete shell", (None, 1)),
            ("aceite hidraulico iso vg 100 galon shell", (None, 1)),
            ("aceite de motor 15W-40 galon shell", (None, 1)),
            ("gear oil SAE 85W-140 pail", (None, 1)),
        ],
    ),
    *cases(
        "a_container_s_size_is_the_item_s_never_the_count",
        [
            ("aceite hidraulico iso vg 46 cuñete 5 gal shell",
             {"sku": HYD46_PAIL, "qty": 1, "uom": None, "assumed": True}),
            ("grasa ep2 cuñete de 16 kg shell",
             {"sku": EP2_PAIL, "qty": 1, "uom": None, "assumed": True}),
            ("grasa NLGI 1 cuñete 16 kilos shell x 3", (EP1_PAIL, 3)),
            ("aceite engranajes iso 220 shell pipote de 55 galones, 2 und", (GEAR220_DRUM, 2)),
            # the item said between the containers and their size: two pails, never 16 kg
            ("2 cuñetes de grasa ep2 shell de 16 kg", (EP2_PAIL, 2)),
            ("3 cuñetes de aceite hidraulico iso 46 shell de 5 gal", (HYD46_PAIL, 3)),
            ("4 cartuchos de grasa ep2 shell 14 oz", (EP2_CART, 4)),
            ("2 pails of EP2 grease shell 16 kg", (EP2_PAIL, 2)),
        ],
    ),
    *cases(
        "a_lubricant_s_maker_line_container_and_the_trade_s_short_words",
        [
            ('L-100 hub 1" keyway', (HUB100_1, 1)),
            ("aceite hidraulico AW 46 galon shell", (HYD46_GAL, 1)),
            ("aceite hid 68 galon shell x 4", (HYD68_GAL, 4)),
            ("Omala S2 GX 220 tambor 208 litros", (GEAR220_DRUM, 1)),
            ("grasa ep2 balde 16 kg shell", (EP2_PAIL, 1, None)),
            ("tube of grease EP2 shell x 10", (EP2_CART, 10)),
            ("Gadus S2 V220 2 cuñete 16 kg", (EP2_PAIL, 1, None)),
            ("Gadus S2 V220 2 cartucho x 6", (EP2_CART, 6)),
            ("grasa multiproposito ep2 cartucho shell", (EP2_CART, 1)),
        ],
    ),
    *cases(
        "gallons_of_an_oil_the_house_cans_by_the_gallon_are_that_many_cans",
        [
            ("2 galones de aceite hidraulico iso 46 shell", (HYD46_GAL, 2, None)),
            ("3 gallons hydraulic oil 68 shell", (HYD68_GAL, 3, None)),
            # litres are never a can: a seller completes the line
            ("20 litros de aceite hidraulico 46 shell", (None, 20, "L")),
        ],
    ),
    *cases(
        "a_grease_s_nlgi_grade_and_lithium_said_plain_name_the_item",
        [
            ("grasa de litio EP2 cartucho shell x 24", (EP2_CART, 24)),
            ("grease cartridge 14 oz NLGI 2 Shell, 12 ea", (EP2_CART, 12)),
            ("grasa de complejo de litio ep2 cartucho shell", (COMPLEX2_CART, 1)),
            ("grasa ep-1 cuñete shell", (EP1_PAIL, 1)),
            ("Gadus S2 V220 EP2 cartucho x 12", (EP2_CART, 12)),
            ("lithium complex grease NLGI 2 cartridge shell, 10 ea", (COMPLEX2_CART, 10)),
            # a grade the house lacks is never its neighbour
            ("grasa NLGI 3 cartucho shell", (None, 1)),
            ("grasa ep2 shell", (None, 1)),
            # the grade said alone, by its EP or NLGI, from 000 to 6: a grease still
            ("Gadus S2 V220 EP 00 cartucho shell", (None, 1)),
            ("Gadus S2 V220 NLGI 000 cartucho shell", (None, 1)),
            ("Gadus S2 V220 EP 1 cuñete 16 kg", (EP1_PAIL, 1)),
        ],
    ),
    *cases(
        "a_grease_fitting_and_gun_in_the_trade_s_words",
        [
            ("zerk fitting 1/8 npt 45 deg alemite, 2 bags", (FITTING45, 20)),
            ("grease fitting 1/8 NPT 45 degrees, lincoln, 30 pcs", (FITTING45_LINCOLN, 30)),
            ("grasera 1/8 NPT a 90 grados alemite x 10", (FITTING90, 10)),
            ("lever grease gun lincoln x 2", (LEVER_GUN, 2)),
            ("pistola de grasa de palanca lincoln", (LEVER_GUN, 1)),
            # Venezuela's "alemite" opening the line is the fitting, whoever makes it
            ("alemite 1/8 npt a 45° Lincoln x 10", (FITTING45_LINCOLN, 10)),
            ("alemite 1/8 NPT 90 alemite x 10", (FITTING90, 10)),
            ("grasera 1/8 npt alemite", (None, 1)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nVE1,Alimentos del Centro C.A.,es\n", "VE1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)


@pytest.mark.parametrize(
    "text",
    ["contactor 25a bobina 220 vac", "contactor 3P 32 A bobina 220 x 2", "coil 220V for contactor 40A"],
)
def test_a_contactors_coil_is_no_oil_and_its_voltage_no_iso_grade(text: str) -> None:
    """'coil' holds the letters of 'oil': reading it as a lubricant made a coil's 220 an ISO VG
    grade no contactor has, and contactors that settled before became questions."""
    reading = read(text, Vocabulary.load())
    assert "vg" not in reading.codes


@pytest.mark.parametrize(
    ("text", "grade"),
    [("Mobilux EP 0 cartucho", "0"), ("Mobilux EP 00 14 oz", "00"), ("EP 000 shell", "000"),
     ("NLGI #000 cartucho", "000"), ("grasa NLGI 6 pote", "6"), ("nlgi 5 cartucho", "5")],
)
def test_a_greases_grade_reads_alike_said_by_ep_or_nlgi_from_000_to_6(text: str, grade: str) -> None:
    """NLGI grades run 000 to 6. The gate that makes a line a lubricant and the reader of its
    grade were two patterns that disagreed: 'EP 000' and 'EP 00' said alone were no grease (their
    0 a bare number), 'NLGI 5' a grease with no grade."""
    assert read(text, Vocabulary.load()).codes.get("nlgi") == {grade}


@pytest.mark.parametrize(
    "text",
    ["pistola de grasa para cartucho de 14 oz", "grease gun 14 oz lincoln", "degreaser 1 gal",
     "grease fitting 1/8 NPT 45", "graseras 1/8 npt 90 alemite"],
)
def test_a_grease_gun_fitting_or_degreaser_is_no_lubricant(text: str) -> None:
    """'grease' is a word, as 'oil' is: a grease gun ('grease_gun') or a degreaser held its
    letters and read as a lubricant, its 14 oz a container's size; a grease fitting is a
    grasera, no grease either."""
    reading = read(text, Vocabulary.load())
    assert not {"content", "nlgi", "vg"} & reading.codes.keys()
