"""What buyers write to a Mexican industrial supplier (catalog 5's house style).

Spanish-first upper-case names in Mexican usage (BALERO, CHUMACERA, PIJA, PASTILLA,
LLAVE COMBINADA), vendors' catalogue numbers as aliases, and the counter's own talk
("ocupo", "me pasas precio", "en cuanto me dejas"); driven through `POST /api/v1/match`.
"""

from __future__ import annotations

from tests.match_api import Not, answers_test, cases, match_fixture

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases,attributes
    BAL-6204-FAG,BALERO 6204 FAG 20X47X14MM,Balero rigido de bolas 6204 FAG,FAG,Baleros,PZA,1,60,ball bearing 6204,type=balero|sello=abierto
    BAL-6204-NSK,BALERO 6204 NSK 20X47X14MM,Balero rigido de bolas 6204 NSK,NSK,Baleros,PZA,1,55,ball bearing 6204,type=balero|sello=abierto
    BAL-6204-2RS-FAG,BALERO 6204-2RS FAG 20X47X14MM,Balero rigido de bolas 6204 doble sello FAG,FAG,Baleros,PZA,1,70,6204-2RSR,type=balero|sello=2rs
    BAL-6204-2RS-NSK,BALERO 6204-2RS NSK 20X47X14MM,Balero rigido de bolas 6204 doble sello NSK,NSK,Baleros,PZA,1,66,6204DDU,type=balero|sello=2rs
    BAL-6204-ZZ-FAG,BALERO 6204-ZZ FAG 20X47X14MM,Balero rigido de bolas 6204 blindado FAG,FAG,Baleros,PZA,1,65,6204-2ZR,type=balero|sello=zz
    BAL-30205-NSK,BALERO CONICO 30205 NSK 25X52X16.25MM,Balero de rodillos conicos 30205 cono y taza NSK,NSK,Baleros,PZA,1,150,30205JR,type=conico
    BAL-30205-TIM,BALERO CONICO 30205 TIMKEN 25X52X16.25MM,Balero de rodillos conicos 30205 cono y taza Timken,Timken,Baleros,PZA,1,170,30205 92KA1,type=conico
    SUR-13731,PINZA DE PUNTA 8 PULG SURTEK,"Pinza de punta 8 pulg mango de plastico, Surtek",Surtek,Herramienta,PZA,1,198,13731|8 in long nose pliers,type=pinza_punta|medida=8
    TRU-32917,PINZA DE PUNTA 8 PULG TRUPER,"Pinza de punta 8 pulg mango de plastico, Truper",Truper,Herramienta,PZA,1,195,32917|8 in long nose pliers,type=pinza_punta|medida=8
    SUR-59772,PINZA DE CORTE DIAGONAL 7 PULG SURTEK,"Pinza de corte diagonal 7 pulg mango de plastico, Surtek",Surtek,Herramienta,PZA,1,186,59772|7 in diagonal cutters,type=pinza_corte|medida=7
    AUS-DC41210,DISCO DE CORTE METAL 4-1/2 X 1.0MM AUSTROMEX,Disco de corte para metal 4-1/2 pulg x 1.0 mm,Austromex,Abrasivos,PZA,25,18,cut-off wheel 4-1/2 x 1.0,type=disco_corte
    TRU-44753,LLAVE COMBINADA 11MM TRUPER,"Llave combinada 11 mm cromo vanadio, Truper",Truper,Herramienta,PZA,1,60,44753|combination wrench 11mm,type=llave_combinada|medida=11
    TRU-39837,LLAVE COMBINADA 24MM TRUPER,"Llave combinada 24 mm cromo vanadio, Truper",Truper,Herramienta,PZA,1,160,39837|combination wrench 24mm,type=llave_combinada|medida=24
    TRU-70833,JUEGO DE LLAVES COMBINADAS 11 PZAS MM TRUPER,"Juego de 11 llaves combinadas milimetricas de 8 a 24 mm, Truper",Truper,Herramienta,JGO,1,900,70833|combination wrench set metric,type=juego_llaves
    URR-80217,LLAVE COMBINADA 1/2 URREA,"Llave combinada 1/2 pulg cromo vanadio, Urrea",Urrea,Herramienta,PZA,1,70,80217|combination wrench 1/2,type=llave_combinada|medida=12
    VES-BR-12-URR,VALVULA DE ESFERA BRONCE 1/2 URREA,Valvula de esfera de bronce 1/2 pulg roscada,Urrea,Valvulas,PZA,1,150,ball valve bronze 1/2,type=valvula_esfera|medida=12
    VCO-BR-12-URR,VALVULA DE COMPUERTA BRONCE 1/2 URREA,Valvula de compuerta de bronce 1/2 pulg roscada,Urrea,Valvulas,PZA,1,170,gate valve bronze 1/2,type=valvula_compuerta|medida=12
    TRU-21326,JUEGO DE BROCAS HSS 1/16 A 1/2 29 PZAS TRUPER,"Juego de 29 brocas HSS para metal de 1/16 a 1/2 pulg, Truper",Truper,Herramienta,JGO,1,843,21326|29 pc drill bit set,type=juego_brocas
    TRU-75926,BROCA HSS PARA METAL 1/2 TRUPER,"Broca de acero alta velocidad para metal 1/2 pulg, Truper",Truper,Herramienta,PZA,1,107,75926|HSS drill bit 1/2,type=broca|medida=12
    TOR-HEX-G5-38X3,TORNILLO HEXAGONAL G5 3/8-16 X 3 GALVANIZADO,Tornillo cabeza hexagonal grado 5 rosca estandar 3/8-16 x 3 pulg,Rex,Tornilleria,PZA,50,9,hex cap screw grade 5 3/8-16 x 3,type=tornillohex|grado=5
    TOR-HEX-G8-38X3,TORNILLO HEXAGONAL G8 3/8-16 X 3 GALVANIZADO,Tornillo cabeza hexagonal grado 8 rosca estandar 3/8-16 x 3 pulg,Rex,Tornilleria,PZA,50,12,hex cap screw grade 8 3/8-16 x 3,type=tornillohex|grado=8
    PIJ-PF-14X1,PIJA CABEZA HEXAGONAL PUNTA FINA #14 X 1,Pija para lamina cabeza hexagonal punta fina numero 14 x 1 pulg,Fiero,Tornilleria,PZA,100,1,,type=pija|punta=fina
    PIJ-PF-14X112,PIJA CABEZA HEXAGONAL PUNTA FINA #14 X 1-1/2,Pija para lamina cabeza hexagonal punta fina numero 14 x 1-1/2 pulg,Fiero,Tornilleria,PZA,100,1,,type=pija|punta=fina
    PIJ-PB-14X1,PIJA CABEZA HEXAGONAL PUNTA BROCA #14 X 1,Pija para lamina cabeza hexagonal punta broca numero 14 x 1 pulg,Fiero,Tornilleria,PZA,100,1,hex self drilling screw #14 x 1,type=pija|punta=broca
    TRU-83724,JUEGO DE LLAVES COMBINADAS 11 PZAS STD TRUPER,"Juego de 11 llaves combinadas estandar de 3/8 a 1 pulg, Truper",Truper,Herramienta,JGO,1,880,83724|combination wrench set SAE,type=juego_llaves
    TEE-NEG-1,TEE NEG 1 ROSCADO,Tee de fierro maleable negro 1 pulg roscado 150 lbs,Vasconia,Conexiones,PZA,10,40,black tee 1,type=tee|acabado=negro
    TEE-NEG-12,TEE NEG 1/2 ROSCADO,Tee de fierro maleable negro 1/2 pulg roscado 150 lbs,Vasconia,Conexiones,PZA,10,20,black tee 1/2,type=tee|acabado=negro
    TEE-GALV-1,TEE GALV 1 ROSCADO,Tee de fierro maleable galvanizado 1 pulg roscado 150 lbs,Ward,Conexiones,PZA,10,45,galvanized tee 1,type=tee|acabado=galvanizado
    COP-GALV-1,COPLE GALV 1 ROSCADO,Cople de fierro maleable galvanizado 1 pulg roscado 150 lbs,Ward,Conexiones,PZA,10,30,galvanized coupling 1,type=cople|acabado=galvanizado
    COP-GALV-112,COPLE GALV 1-1/2 ROSCADO,Cople de fierro maleable galvanizado 1-1/2 pulg roscado 150 lbs,Ward,Conexiones,PZA,10,60,galvanized coupling 1-1/2,type=cople|acabado=galvanizado
    TUN-NEG-12,TUERCA UNION NEG 1/2 ROSCADO,Tuerca union de fierro maleable negro 1/2 pulg roscada 150 lbs,Vasconia,Conexiones,PZA,10,50,black union 1/2,type=tuercaunion|acabado=negro
    CAB-THW-12-VER-VIA,CABLE THW-LS CAL 12 VERDE VIAKON,"Cable de cobre THW-LS 90C 600V calibre 12 AWG color verde, venta por metro, Viakon",Viakon,Electrico,M,1,10,12 AWG THHN wire green,type=cable|calibre=12
    CAB-THW-14-VER-VIA,CABLE THW-LS CAL 14 VERDE VIAKON,"Cable de cobre THW-LS 90C 600V calibre 14 AWG color verde, venta por metro, Viakon",Viakon,Electrico,M,1,8,14 AWG THHN wire green,type=cable|calibre=14
    AUS-FL4560,DISCO FLAP 4-1/2 GRANO 60 AUSTROMEX,"Disco laminado (flap) de oxido de zirconio 4-1/2 pulg grano 60, Austromex",Austromex,Abrasivos,PZA,10,43,flap disc 4-1/2 60 grit,type=disco_flap|grano=60
    AUS-FL45120,DISCO FLAP 4-1/2 GRANO 120 AUSTROMEX,"Disco laminado (flap) de oxido de zirconio 4-1/2 pulg grano 120, Austromex",Austromex,Abrasivos,PZA,10,42,flap disc 4-1/2 120 grit,type=disco_flap|grano=120
    AUS-DC41216,DISCO DE CORTE METAL 4-1/2 X 1.6MM AUSTROMEX,Disco abrasivo de corte para metal 4-1/2 pulg x 1.6 mm,Austromex,Abrasivos,PZA,25,16,cut-off wheel 4-1/2 x 1.6,type=disco_corte|espesor=16
    TRU-78415,DESARMADOR PHILLIPS 1/4 X 4 TRUPER,"Desarmador punta phillips 1/4 x 4 pulg mango de acetato, Truper",Truper,Herramienta,PZA,1,89,78415|phillips screwdriver 1/4 x 4,type=desarmador|punta=phillips
    TRU-34831,DESARMADOR PLANO 1/4 X 4 TRUPER,"Desarmador punta plano 1/4 x 4 pulg mango de acetato, Truper",Truper,Herramienta,PZA,1,89,34831|flat screwdriver 1/4 x 4,type=desarmador|punta=plano
    CHU-UCP205-NTN,CHUMACERA DE PISO UCP205 EJE 25MM NTN,"Chumacera de piso con balero inserto UC205, hierro fundido, eje 25 mm, NTN",NTN,Baleros,PZA,1,300,UCP205D1|pillow block UCP205,type=chumacera|montaje=piso
    CHU-UCP205-FYH,CHUMACERA DE PISO UCP205 EJE 25MM FYH,"Chumacera de piso con balero inserto UC205, hierro fundido, eje 25 mm, FYH",FYH,Baleros,PZA,1,280,pillow block UCP205,type=chumacera|montaje=piso
    CHU-UCF205-NTN,CHUMACERA DE BRIDA 4 BARRENOS UCF205 EJE 25MM NTN,"Chumacera brida con balero inserto UC205, hierro fundido, eje 25 mm, NTN",NTN,Baleros,PZA,1,380,UCF205D1|flange bearing UCF205,type=chumacera|montaje=brida
    3M-SUPER33,CINTA DE AISLAR SUPER 33+ NEGRO 19MM X 20M,Cinta de aislar de vinil premium 3M Scotch Super 33+ negra,3M,Electrico,PZA,10,84,Super 33+|Scotch 33,type=cinta_aislar|linea=super33
    3M-1700-NEG,CINTA DE AISLAR TEMFLEX 1700 NEGRO 19MM X 18M,Cinta de aislar de vinil 3M Temflex 1700 color negro,3M,Electrico,PZA,10,21,electrical tape negro,type=cinta_aislar|linea=temflex
    """

LINES = [
    *cases(
        "what_a_mexican_counter_hears_is_settled",
        [
            # Mexico's counter talk around the item never keeps it from being settled
            ("ocupo 10 baleros 6204-2rs fag", {"BAL-6204-2RS-FAG"}),
            ("buen dia, me puedes cotizar 4 balero 6204 doble sello nsk porfa", {"BAL-6204-2RS-NSK"}),
            ("en cuanto me dejas bal 6204-2rs fag cant 50", {"BAL-6204-2RS-FAG"}),  # "bal."
            ("me pasas precio de 5 valvula de compuerta 1/2 urrea", {"VCO-BR-12-URR"}),
            ("balero 6204 sello de hule fag", {"BAL-6204-2RS-FAG"}),
            ("ocupo balero 6204 tapa metalica fag", {"BAL-6204-ZZ-FAG"}),
            # two neighbouring letters swapped, the commonest slip on a phone
            ("baelros 6204-2rs nsk", {"BAL-6204-2RS-NSK"}),
            ("valvula cmopuerta 1/2 urrea", {"VCO-BR-12-URR"}),
            # a "llave combinada/mixta" is a wrench, never a valve; the size is the wrench's
            ("q precio tiene llave mixta 1/2 urrea", {"URR-80217"}),
            ("dos llave mixta 11mm truper", {"TRU-44753"}),
            # the single wrench, not the set that holds that size
            ("llave combinada 24mm truper", {"TRU-39837"}),
            ("juego de llaves combinadas mm truper", {"TRU-70833"}),
            # words alone single out one item in two brands: the brand rule offers one
            ("1) pinza de punta cant 24", {"SUR-13731", "TRU-32917"}),
            ("* pinza de punta (15)", {"SUR-13731", "TRU-32917"}),
            ("super 33 tape", {"3M-SUPER33"}),
            # a tapered bearing has no seal: its designation is the whole item
            ("balero conico 30205", {"BAL-30205-NSK", "BAL-30205-TIM"}),
        ],
    ),
    *cases(
        "diagonal_cutters_are_pliers_never_a_cut_off_disc",
        [
            [
                ("hay 40 pz pinza de corte?", "SUR-59772"),
                # a size no pliers have: never the disc
                ("pinza de corte 4 1/2", {"offered": Not({"AUS-DC41210"})}),
            ],
        ],
    ),
    *cases(
        "a_bare_designation_and_no_brand_is_a_question",
        [
            [
                # open, sealed or shielded, and which brand: two things left open, the buyer
                # is asked
                ("me puedes cotizar balero 6204 5 pzas porfa", {"decision": "confirm"}),
                ("balero 6204 fag", "BAL-6204-FAG"),  # the brand named: the open one, as ISO reads it
            ],
        ],
    ),
    *cases(
        "the_one_item_meant_is_settled",
        [
            ("1/2 hss drill bit truper qty 4", "TRU-75926"),  # the drill, not the set of 29
            ("juego de brocas hss truper", "TRU-21326"),
            # a grade before the thread: grade 5 in 3/8", never a 5-3/8" thread
            ("ocupo 2 cjas tornillo cabeza hexagonal grado 5 3/8-16 x 3", "TOR-HEX-G5-38X3"),
            ("tornillo hex g8 3/8-16 x 3", "TOR-HEX-G8-38X3"),
            # a sheet-metal screw's length: #14 x 1-1/2 is not #14 x 1
            ("pijas punta fina 14 x 1 marca fiero", "PIJ-PF-14X1"),
            ("pija punta fina #14 x 1-1/2", "PIJ-PF-14X112"),
            ("pija autotaladrante #14 x 1", "PIJ-PB-14X1"),  # self-drilling is "punta broca"
            # a metric set: "milimetricas", or "mm" standing alone
            ("juego de llaves milimetricas truper", "TRU-70833"),
            ("juego de llaves combinadas mm truper", "TRU-70833"),
            # a fitting's bare size is in inches, whole or decimal; black is black iron
            ("q precio tiene 3 cajas de tee 1 negro", "TEE-NEG-1"),
            ("3 cjas copple galavnizada 1.5 ward", "COP-GALV-112"),
            ("cople galv 1", "COP-GALV-1"),
            ("tee de 1/2 fierro negro", "TEE-NEG-12"),
            ("40 pzas tuerca union 1/2 firero negro", "TUN-NEG-12"),  # fierro, not Fiero
            # "cable del 12" is gauge 12
            ("- Cable del 12 verde viakon - 50m", "CAB-THW-12-VER-VIA"),
            # a flap disc's bare number is its grit
            ("me pasas precio de 100 disco laminado 60", "AUS-FL4560"),
            ("balero 6204 sin sello fag", "BAL-6204-FAG"),  # "sin sello": open, not sealed
            # a cut-off wheel's inch thickness is the metric wheel (1/16 = 1.6 mm); 4.5 = 4-1/2
            ("disco para cortar metal 4 1/2 x 1/16 austromex", "AUS-DC41216"),
            ("disco de corte 4.5 x 1.6mm austromex", "AUS-DC41216"),
            ("desarmador de cruz 1/4 x 4 truper", "TRU-78415"),  # "de cruz" is Phillips
            ("tornillo hex g5 3/8 x 3", "TOR-HEX-G5-38X3"),  # an inch bolt without its pitch
            ("broca para fierro 1/2 truper", "TRU-75926"),
            ("chumacera de piso para flecha de 25mm ntn", "CHU-UCP205-NTN"),
            ("chumacera de pared 4 barrenos eje 25mm", "CHU-UCF205-NTN"),
            # a vendor's catalogue number said with its vendor
            ("price on 40 ea surtek 59772", "SUR-59772"),
            ("truper 75926 x 3", "TRU-75926"),
        ],
    ),
    *cases(
        "a_vendor_number_under_another_brand_is_not_settled",
        [("urrea 59772", None)],  # Surtek's number, said with Urrea
    ),
    *cases(
        "a_kind_alone_is_a_question",
        [("pinza x 3", None)],  # which pliers? the kind alone never settles a line
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nMX1,Aceros de Monterrey,es\n", "MX1")
test_what_a_mexican_counter_hears_is_answered_as_a_seller_would = answers_test(LINES)
