"""What buyers write to a house whose item codes are dotted levels (catalog 16's style).

Item codes are `family.subfamily.sequence` with each level zero-padded (`04.020.00071`), and
buyers write them whole, without the dots, or without each level's leading zeros (`4.20.71`),
with `ref.`, `cód.`, `item` or `your item#` around them. Driven through `POST /api/v1/match`.
Names are the house's mixed-case abbreviations (`Rod. cónico 32208 Timken`, `Manguera hidr.
SAE 100R2 3/8" Gates`, `Disco corte met. 7x1,6 Norton`); buyers write the coast's and the
highlands' WhatsApp Spanish (`ñaño, …`, `ayúdeme con …`, `de ley`, `full urgente`), the plants'
letters (`Agradeceremos su oferta por …`) and the oil field's English (`… for the rig move`).
What a seller would notice: a code shortened level by level is still our code; whom the buyer
addresses, how pressing it is and what it is for are never the item; a hydraulic hose is
asked by its SAE type said short (`R2`) or by its braids (`2 mallas`), a sprocket by its chain
number and teeth (`#40 … 18T`, `18D`), a cut-off wheel by diameter and thickness with the
inch said as a word; the count beside it is still the count, and lengths (`tramos`) of what is
sold by the metre in lengths are that many lengths in metres.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

NUT12, NUT58 = "04.020.00071", "04.020.00108"
BRG6305, BELT_B60 = "11.005.00905", "02.110.00040"
TRB_TIMKEN, TRB_SKF = "01.020.00611", "01.020.00614"
UCF_FYH, UCF_NTN, UCFL_FYH, UCP_FYH = "01.035.00260", "01.035.00262", "01.036.00260", "01.030.00260"
SP40_18, SP50_18, SP40_15 = "02.030.00418", "02.030.00518", "02.030.00415"
R1_38, R2_38, R1_1, R2_34 = "07.010.00138", "07.010.00238", "07.010.00116", "07.010.00234"
CHAIN40 = "02.020.00440"
END_JIC, END_NPT = "07.020.00138", "07.020.00238"
CUT_16, CUT_32, FLAP_NOR, FLAP_KLI = "06.010.00716", "06.010.00732", "06.020.00460", "06.020.00461"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {NUT12},Tuerca hex. 1/2 UNC galv.,"Tuerca hexagonal 1/2 pulgada UNC, acero galvanizado",Pernería,,UND,1,0.22,,type=hex_nut|thread=1/2,true
    {NUT58},Tuerca hex. 5/8 UNC galv.,"Tuerca hexagonal 5/8 pulgada UNC, acero galvanizado",Pernería,,UND,1,0.41,,type=hex_nut|thread=5/8,true
    {BRG6305},Rod. bolas 6305-ZZ FAG,"Rodamiento rígido de bolas 6305 con dos tapas metálicas, FAG",Rodamientos,FAG,UND,1,14.10,,type=ball_bearing|series=6305|seal=ZZ,true
    {BELT_B60},Banda en V B-60 Gates,"Banda en V sección B, 60 pulgadas, Gates Hi-Power",Transmisión,Gates,UND,1,12.40,,type=v_belt|section=B|length=60,true
    {TRB_TIMKEN},Rod. cónico 32208 Timken,"Rodamiento de rodillos cónicos 32208 (cono y taza), 40x80 mm, Timken",Rodamientos,Timken,UND,1,31.20,,type=tapered|series=32208,true
    {TRB_SKF},Rod. cónico 32208 SKF,"Rodamiento de rodillos cónicos 32208 (cono y taza), 40x80 mm, SKF",Rodamientos,SKF,UND,1,33.10,32208 J2/Q,type=tapered|series=32208,true
    {UCF_FYH},Chumacera brida 4 huecos UCF206 FYH,"Chumacera (soporte brida cuadrada de 4 huecos) UCF206, eje 30 mm, FYH",Rodamientos,FYH,UND,1,29.10,,type=flange_block|size=206,true
    {UCF_NTN},Chumacera brida 4 huecos UCF206 NTN,"Chumacera (soporte brida cuadrada de 4 huecos) UCF206, eje 30 mm, NTN",Rodamientos,NTN,UND,1,36.40,,type=flange_block|size=206,true
    {UCFL_FYH},Chumacera brida 2 huecos UCFL206 FYH,"Chumacera (soporte brida ovalada de 2 huecos) UCFL206, eje 30 mm, FYH",Rodamientos,FYH,UND,1,24.80,,type=flange_block|size=206,true
    {UCP_FYH},Chumacera UCP206 FYH,"Chumacera (soporte de pie) UCP206, eje 30 mm, FYH",Rodamientos,FYH,UND,1,22.30,,type=pillow_block|size=206,true
    {SP40_18},Piñón ANSI 40B18 Martin,"Piñón sencillo para cadena ANSI 40, 18 dientes, con manzana, Martin",Transmisión,Martin,UND,1,14.20,40BS18,type=sprocket|chain=40|teeth=18,true
    {SP50_18},Piñón ANSI 50B18 Martin,"Piñón sencillo para cadena ANSI 50, 18 dientes, con manzana, Martin",Transmisión,Martin,UND,1,19.60,50BS18,type=sprocket|chain=50|teeth=18,true
    {SP40_15},Piñón ANSI 40B15 Martin,"Piñón sencillo para cadena ANSI 40, 15 dientes, con manzana, Martin",Transmisión,Martin,UND,1,12.90,40BS15,type=sprocket|chain=40|teeth=15,true
    {R1_38},"Manguera hidr. SAE 100R1 3/8"" Gates","Manguera hidráulica SAE 100R1AT (1 malla de acero), diámetro interior 3/8 pulg., se vende por metro",Hidráulica,Gates,MT,1,5.90,,type=hose|sae=100R1|bore=3/8,true
    {R2_38},"Manguera hidr. SAE 100R2 3/8"" Gates","Manguera hidráulica SAE 100R2AT (2 mallas de acero), diámetro interior 3/8 pulg., se vende por metro",Hidráulica,Gates,MT,1,7.80,,type=hose|sae=100R2|bore=3/8,true
    {R1_1},"Manguera hidr. SAE 100R1 1"" Gates","Manguera hidráulica SAE 100R1AT (1 malla de acero), diámetro interior 1 pulg., se vende por metro",Hidráulica,Gates,MT,1,12.10,,type=hose|sae=100R1|bore=1,true
    {R2_34},"Manguera hidr. SAE 100R2 3/4"" Gates","Manguera hidráulica SAE 100R2AT (2 mallas de acero), diámetro interior 3/4 pulg., se vende por metro",Hidráulica,Gates,MT,1,12.30,,type=hose|sae=100R2|bore=3/4,true
    {CHAIN40},Cadena rod. ANSI 40-1 Tsubaki (tramo 3m),"Cadena de rodillos ANSI 40 simple, paso 1/2 pulg., se vende por metro en tramos de 3 m, Tsubaki",Transmisión,Tsubaki,MT,3,9.80,,type=roller_chain|chain=40|strands=1,true
    {END_JIC},"Terminal hidr. 3/8"" hembra JIC Parker","Terminal prensable para manguera de 3/8 pulg., hembra JIC giratoria, Parker",Hidráulica,Parker,UND,1,5.60,,type=hose_fitting|bore=3/8|end=JIC_female,true
    {END_NPT},"Terminal hidr. 3/8"" macho NPT Parker","Terminal prensable para manguera de 3/8 pulg., macho NPT, Parker",Hidráulica,Parker,UND,1,5.50,,type=hose_fitting|bore=3/8|end=NPT_male,true
    {CUT_16},"Disco corte met. 7x1,6 Norton","Disco de corte para metal 180 x 1,6 mm (7 pulg.), Norton",Abrasivos,Norton,UND,1,2.10,,type=cutoff|diameter=7|thickness=1.6,true
    {CUT_32},"Disco corte met. 7x3,2 Norton","Disco de corte para metal 180 x 3,2 mm (7 pulg.), Norton",Abrasivos,Norton,UND,1,2.60,,type=cutoff|diameter=7|thickness=3.2,true
    {FLAP_NOR},Disco flap 4-1/2 G60 zirc. Norton,"Disco flap de zirconio 115 mm (4-1/2 pulg.) grano 60, Norton",Abrasivos,Norton,UND,1,3.40,,type=flap|diameter=4-1/2|grit=60,true
    {FLAP_KLI},Disco flap 4-1/2 G60 zirc. Klingspor,"Disco flap de zirconio 115 mm (4-1/2 pulg.) grano 60, Klingspor",Abrasivos,Klingspor,UND,1,3.70,,type=flap|diameter=4-1/2|grit=60,true
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
    *cases(
        "whom_the_buyer_addresses_and_what_it_is_for_are_not_the_item",
        [
            # the person addressed alone, before the verb ("ñaño, …", "compa, …")
            ("ñaño, cotízame 6 tuercas 5/8 unc", (NUT58, 6)),
            ("compa, necesito 20 tuercas hex 1/2", (NUT12, 20)),
            ("ayúdenos con 15 tuercas 1/2 porfa", (NUT12, 15)),
            ("Agradecemos su cotización por 30 tuercas 5/8", (NUT58, 30)),
            # how pressing, by when and what for, closing the line
            ("tuerca hexagonal 1/2 - 25 de ley para hoy mismo", (NUT12, 25)),
            ("rod. conico 32208 timken x 2 full urgente", (TRB_TIMKEN, 2)),
            ("need 4 hex nuts 5/8 unc for the rig up", (NUT58, 4)),
            ("40 tuercas 1/2 galvanizadas, indicando tiempo de entrega", (NUT12, 40)),
        ],
    ),
    *cases(
        "a_family_s_own_notation_names_the_item",
        [
            # a tapered roller bearing by its initials; a square flange unit is the 4-bolt one
            ("TRB 32208 - 2 units", ({TRB_TIMKEN, TRB_SKF}, 2)),
            ("chumacera cuadrada UCF206 FYH x 3", (UCF_FYH, 3)),
            # the housing's designation said spaced, a comma before its maker
            ("12 chumaceras de pie ucp 206, fyh", (UCP_FYH, 12)),
            # a hose's SAE type said short, or by its braids; a bare bore beside the type
            ("manguera R2 3/8 - 20 metros", (R2_38, 20, "M")),
            ("30 m hydraulic hose R1 3/8", (R1_38, 30, "M")),
            ("manguera de alta presión dos mallas 3/4 x 12 m", (R2_34, 12, "M")),
            ("hose 100R1AT 1 x 15 m", (R1_1, 15, "M")),
            # the English name of the house's terminal: its "end" is no end with a size, though the
            # house's facts name one (end=JIC_female; a question from ad5e417 until h4, session 19)
            ("hose end 3/8 JIC female - 10", (END_JIC, 10)),
            # a sprocket by its chain's number and its teeth ("18T", "18D")
            ("#40 sprocket 18T x 2", (SP40_18, 2)),
            ("piñón ansi 50 18D - 3", (SP50_18, 3)),
            # a cut-off wheel's diameter with the inch as a word, then its thickness: one size
            ("disco de corte 7 pulg x 3,2 - 25 und", (CUT_32, 25)),
            ("cut-off wheel 7 in x 1.6 qty 40", (CUT_16, 40)),
            ("disco de corte 7 pulgadas x 1,6", (CUT_16, 1)),
            # the flaps of a flap disc are its sandpaper: the flap disc, in either brand
            ("10 discos de lija flap 4-1/2 grano 60", ({FLAP_NOR, FLAP_KLI}, 10)),
        ],
    ),
    *cases(
        "lengths_of_what_is_sold_by_the_metre_in_lengths_are_metres",
        [
            # a chain sold by the metre in 3 m lengths: four lengths are 12 m
            ("4 tramos de cadena ansi 40 sencilla", (CHAIN40, 12, "MT")),
            ("roller chain 40-1 tsubaki x 2 lengths", (CHAIN40, 6, "MT")),
            ("two lengths of chain #40 single", (CHAIN40, 6, "MT")),
            ("5 10-ft lengths of roller chain 40-1", (CHAIN40, 15, "MT")),
            # metres said are metres
            ("cadena ansi 40-1 x 7 m", (CHAIN40, 7, "M")),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nEC1,Camaronera del Golfo,es\n", "EC1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
