"""What buyers write to a Colombian distributor on Siesa (catalog 13's style).

Item numbers are six meaningless digits (`321082`); names are upper-case Colombian trade
words (`BALINERA 6203 ZZ NTN`, `TACO ENCHUFABLE 2X50A LUMINEX`, `VALVULA CHEQUE BRONCE 1/2
GRIVAL`), the sentence a quote prints is the description (`Válvula de cheque (retención) de
cortina`). Buyers: Antioquia ("hola, ¿qué más? me colabora con …", "hágame el favor y me
cotiza …", "me cotiza … pues"), Bogotá ("¿me confirma precio de …?", "¿qué valor tiene …?")
and the oil field's engineers ("request for quote: …", "price and availability: …", "stick
rod", "plug-on breaker"), email bullets "3- ". Driven through `POST /api/v1/match`. What a
seller would notice: the way of asking never keeps a line naming one item from being
settled, nor its count from being read; the house's trade words name its items.
"""

from __future__ import annotations

from tests.match_api import Not, answers_test, ascii_as, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    678710,BALINERA 6203 ZZ NTN,Balinera rígida de bolas 17x40x12 mm con dos tapas metálicas,Balineras y Chumaceras,NTN,UND,1,21508,6203ZZ,tipo=balinera|serie=6203|sello=ZZ,true
    238095,BALINERA 6203 NTN,Balinera rígida de bolas 17x40x12 mm abierta,Balineras y Chumaceras,NTN,UND,1,19711,,tipo=balinera|serie=6203|sello=abierta,true
    219393,BALINERA 6203 2RS NTN,Balinera rígida de bolas 17x40x12 mm sellada con dos sellos de caucho,Balineras y Chumaceras,NTN,UND,1,21628,6203LLU,tipo=balinera|serie=6203|sello=2RS,true
    985652,SOLDADURA E6011 1/8 LINCOLN (KG),"Electrodo revestido E6011 (Fleetweld 35) de 1/8"" (3.2 mm), venta por kilo, caja de 20 kg",Soldadura,Lincoln,KG,20,14899,Fleetweld 35 1/8,tipo=electrodo|clase=E6011|diametro=1/8,true
    663293,SOLDADURA E7018 1/8 LINCOLN (KG),"Electrodo revestido E7018 (Excalibur 7018) de 1/8"" (3.2 mm), venta por kilo, caja de 20 kg",Soldadura,Lincoln,KG,20,17523,Excalibur 7018 1/8,tipo=electrodo|clase=E7018|diametro=1/8,true
    430991,TACO ENCHUFABLE 2X50A LUMINEX,"Breaker enchufable (taco) 2 polos 50 A, 10 kA, para tablero",Material Eléctrico,Luminex,UND,1,43743,TQ250,tipo=taco|polos=2|amperios=50,true
    225608,TACO ENCHUFABLE 2X50A SCHNEIDER,"Breaker enchufable (taco) 2 polos 50 A, 10 kA, para tablero",Material Eléctrico,Schneider,UND,1,67168,QO250,tipo=taco|polos=2|amperios=50,true
    577673,REGISTRO BOLA BRONCE 1-1/4 RH GRIVAL,"Registro de bola en bronce 1-1/4"" rosca hembra NPT, palanca",Válvulas y Accesorios,Grival,UND,1,78600,,tipo=registro|medida=1-1/4|material=bronce,true
    908823,REGISTRO BOLA BRONCE 1-1/4 RH HELBERT,"Registro de bola en bronce 1-1/4"" rosca hembra NPT, palanca",Válvulas y Accesorios,Helbert,UND,1,70500,,tipo=registro|medida=1-1/4|material=bronce,true
    819627,REGISTRO BOLA PVC 1-1/4 SOLDADO PAVCO,"Registro de bola en PVC presión 1-1/4"" para soldar",Válvulas y Accesorios,Pavco,UND,1,27800,,tipo=registro|medida=1-1/4|material=pvc,true
    364847,VALVULA CHEQUE BRONCE 1-1/4 GRIVAL,Válvula de cheque (retención) de cortina en bronce de 1-1/4 pulgada,Válvulas y Accesorios,Grival,UND,1,81500,,tipo=cheque|medida=1-1/4,true
    629272,VALVULA CHEQUE BRONCE 1/2 GRIVAL,"Válvula de cheque (retención) de cortina en bronce de 1/2 pulgada",Válvulas y Accesorios,Grival,UND,1,43674,,tipo=cheque|medida=1/2,true
    391632,CHUMACERA PARED UCF207 35MM FYH,"Chumacera de pared UCF207 para eje de 35 mm, cuerpo en hierro fundido",Balineras y Chumaceras,FYH,UND,1,90048,UCF207,tipo=chumacera_pared|modelo=UCF207|eje=35mm,true
    823723,"CHUMACERA PARED UCF207-20 1-1/4"" FYH",Chumacera de pared UCF207-20 para eje de 1-1/4 pulgada,Balineras y Chumaceras,FYH,UND,1,94295,UCF207-20,tipo=chumacera_pared|modelo=UCF207|eje=1-1/4,true
    431653,DISCO PULIR METAL 4-1/2X6MM ABRACOL,"Disco de desbaste (pulir) para metal 115 mm x 6 mm, centro deprimido",Abrasivos,Abracol,UND,10,9398,,tipo=disco_pulir|diametro=115,true
    939538,DISCO CORTE METAL 4-1/2X1.0MM ABRACOL,"Disco de corte para metal de 115 mm (4-1/2"") x 1.0 mm, centro 22,2 mm",Abrasivos,Abracol,UND,25,6425,,tipo=disco_corte|diametro=115|espesor=1.0,true
    402396,LIJA AGUA GRANO 220 ABRACOL (PLIEGO),"Lija al agua de carburo de silicio grano 220, pliego de 9 x 11 pulgadas",Abrasivos,Abracol,UND,50,1571,,tipo=lija_agua|grano=220,true
    547925,LIJA AGUA GRANO 320 ABRACOL (PLIEGO),"Lija al agua de carburo de silicio grano 320, pliego de 9 x 11 pulgadas",Abrasivos,Abracol,UND,50,1544,,tipo=lija_agua|grano=320,true
    664497,CABLE THHN 12 AWG NEG CENTELSA,"Cable de cobre THHN/THWN-2 calibre 12 AWG, 600 V, color negro, rollo de 100 m",Material Eléctrico,Centelsa,MTS,100,2127,,tipo=thhn|calibre=12|color=negro,true
    507738,CORREA EN V B-94 GATES,"Correa trapezoidal clásica perfil B, 94 pulgadas de longitud interior",Correas y Transmisión,Gates,UND,1,58057,B94,tipo=correa|perfil=B|largo=94,true
    450363,CONTACTOR 18A BOBINA 220VAC SIEMENS,"Contactor tripolar SIRIUS 18 A AC-3, bobina 220 V 60 Hz",Material Eléctrico,Siemens,UND,1,149204,3RT1018-1AN21,tipo=contactor|amperios=18|bobina=220,true
    266023,UNION UNIVERSAL GALV 1-1/4,"Unión universal galvanizado de 1-1/4"" rosca NPT",Válvulas y Accesorios,Tupy,UND,1,17974,,tipo=union|medida=1-1/4|material=galvanizado,true
    229458,TACO ENCHUFABLE 1X20A SCHNEIDER,"Breaker enchufable (taco) 1 polo 20 A, 10 kA, para tablero",Material Eléctrico,Schneider,UND,1,24254,QO20,tipo=taco|polos=1|amperios=20,true
    755447,TACO ENCHUFABLE 1X20A LUMINEX,"Breaker enchufable (taco) 1 polo 20 A, 10 kA, para tablero",Material Eléctrico,Luminex,UND,1,15019,TQ120,tipo=taco|polos=1|amperios=20,true
    887849,TACO ENCHUFABLE 2X20A SCHNEIDER,"Breaker enchufable (taco) 2 polos 20 A, 10 kA, para tablero",Material Eléctrico,Schneider,UND,1,48042,QO220,tipo=taco|polos=2|amperios=20,true
    466679,RESPIRADOR MEDIA CARA 3M 6100 T-S,"Respirador reutilizable de media cara serie 6000, talla S",Seguridad Industrial,3M,UND,1,72141,3M 6100,tipo=respirador|talla=S,true
    773457,RESPIRADOR MEDIA CARA 3M 6200 T-M,"Respirador reutilizable de media cara serie 6000, talla M",Seguridad Industrial,3M,UND,1,72159,3M 6200,tipo=respirador|talla=M,true
    747787,GUANTE NITRILO DESECHABLE T-L X100,"Guante de nitrilo desechable azul, sin polvo, talla L, caja x 100",Seguridad Industrial,Steelpro,CAJ,1,40111,,tipo=guante_nitrilo|talla=L,true
    244340,GUANTE NITRILO DESECHABLE T-XL X100,"Guante de nitrilo desechable azul, sin polvo, talla XL, caja x 100",Seguridad Industrial,Steelpro,CAJ,1,35961,,tipo=guante_nitrilo|talla=XL,true
    336143,BOTA SEGURIDAD PUNTA ACERO T-40 ROBUSTA,"Bota de seguridad en cuero con puntera de acero, suela antideslizante, talla 40",Seguridad Industrial,Robusta,PAR,1,121510,,tipo=bota|talla=40,true
    787818,BOTA SEGURIDAD PUNTA ACERO T-42 ROBUSTA,"Bota de seguridad en cuero con puntera de acero, suela antideslizante, talla 42",Seguridad Industrial,Robusta,PAR,1,117702,,tipo=bota|talla=42,true
    474595,DISCO FLAP 4-1/2 GRANO 120 PFERD,Disco flap de óxido de zirconio 115 mm grano 120,Abrasivos,Pferd,UND,10,16827,,tipo=disco_flap|diametro=115|grano=120,true
    965138,DISCO FLAP 7 GRANO 120 PFERD,Disco flap de óxido de zirconio 178 mm grano 120,Abrasivos,Pferd,UND,10,18812,,tipo=disco_flap|diametro=178|grano=120,true
    617775,CABLE ENCAUCHETADO 4x10 AWG CENTELSA,"Cable encauchetado (cordón flexible) 4 conductores calibre 10 AWG, 600 V",Material Eléctrico,Centelsa,MTS,100,15808,,tipo=encauchetado|conductores=4|calibre=10,true
    635304,CABLE ENCAUCHETADO 4x8 AWG CENTELSA,"Cable encauchetado (cordón flexible) 4 conductores calibre 8 AWG, 600 V",Material Eléctrico,Centelsa,MTS,100,27051,,tipo=encauchetado|conductores=4|calibre=8,true
    472335,CODO 90 PVC PRESION 3/4 PAVCO,"Codo de 90° en PVC presión de 3/4 pulgada para soldar",Válvulas y Accesorios,Pavco,UND,1,2759,,tipo=codo|medida=3/4|material=pvc,true
    669978,CINTA AISLANTE TEMFLEX 1700 AZU 3M,"Cinta aislante de vinilo Temflex 1700, 3/4 pulgada x 18 m, azul",Material Eléctrico,3M,ROL,1,2296,,tipo=cinta|color=azul,true
    657312,TAPAOIDOS CON CORDON 3M,Tapaoídos de espuma desechable con cordón,Seguridad Industrial,3M,PAR,100,1288,1110,tipo=tapaoidos|cordon=si,true
    906982,TAPAOIDOS SIN CORDON 3M,Tapaoídos de espuma desechable sin cordón,Seguridad Industrial,3M,PAR,100,957,1100,tipo=tapaoidos|cordon=no,true
    843059,BREAKER RIEL DIN 2P 20A CURVA C SCHN,Interruptor automático para riel DIN 2 polos 20 A curva C 6 kA,Material Eléctrico,Schneider,UND,1,53376,A9F74220,tipo=breaker_riel|polos=2|amperios=20,true
    496578,CINTA AISLANTE SUPER 33+ NEGRA 3M,"Cinta aislante de vinilo Scotch Super 33+, 3/4 pulgada x 20 m, negra",Material Eléctrico,3M,ROL,1,11040,,tipo=cinta|color=negro,true
    226560,CHAZO EXPANSIVO 3/8X4 GALV,"Chazo (anclaje) de expansión tipo cuña 3/8 x 4 pulgadas, galvanizado",Tornillería,,UND,25,4225,,tipo=chazo|diametro=3/8|largo=4,true
    515766,CHAZO EXPANSIVO 3/8X3 GALV,"Chazo (anclaje) de expansión tipo cuña 3/8 x 3 pulgadas, galvanizado",Tornillería,,UND,25,4308,,tipo=chazo|diametro=3/8|largo=3,true
    541195,GUANTE VAQUETA TIPO INGENIERO T-L ARSEG,Guante de vaqueta (cuero flor) tipo ingeniero talla L,Seguridad Industrial,ARSEG,PAR,1,14651,,tipo=guante_vaqueta|talla=L,true
    536604,GUANTE VAQUETA TIPO INGENIERO T-M ARSEG,Guante de vaqueta (cuero flor) tipo ingeniero talla M,Seguridad Industrial,ARSEG,PAR,1,14470,,tipo=guante_vaqueta|talla=M,true
    """


# A class sent BY_LANGUAGE goes as the oil-field engineer's English when its line is plain ASCII.
BY_LANGUAGE = ascii_as("EN1", "CO1")

ASKING = [
    ("hola, qué más? me colabora con 6 balineras 6203 2RS NTN", ("219393", 6)),
    ("Hola, ¿quihubo? me colabora con contactor 18A bobina 220V siemens x 3", ("450363", 3)),
    ("hágame el favor y me cotiza 40 kilos de soldadura 6011 1/8 lincoln", ("985652", 40, "KG")),
    ("¿me confirma precio de 20 lija de agua grano 220?", ("402396", 20)),
    ("me regala el precio de 4 union universal galv 1-1/4", ("266023", 4)),
    ("¿que valor tiene 30 disco corte metal 4-1/2 x 1.0 mm abracol?", ("939538", 30)),
    ("me cotiza 3 correas en v b-94 gates pues", ("507738", 3)),
    ("request for quote: 12 pcs contactor 18A 220V coil siemens", ("450363", 12)),
    ("price and availability: 200 m THHN 12 awg black centelsa", ("664497", 200, "M")),
    ("para cotizra: 5 union universal galv 1-1/4", ("266023", 5)),
    ("3- 8 balineras 6203 ZZ NTN", ("678710", 8)),
    ("3- cable thhn 12 awg negro centelsa", ("664497", 1)),
]

LINES = [
    *cases(
        "the_house_s_trade_words_name_its_items",
        [
            # a shielded ball bearing is "tapada" (it has caps)
            ("balinera 6203 tapada NTN x 10", ("678710", 10)),
            ("balineras 6203 tapadas ntn (4 und)", ("678710", 4)),
            # the oil field's "stick rod" is an electrode sold by the kilo
            ("stick rod 7018 1/8 lincoln qty 40 kg", ("663293", 40, "KG")),
            # a plug-on breaker is the one that plugs into the panel: a taco enchufable
            ("- 6 ea plug-on breaker 2P 50A luminex", ("430991", 6)),
            # a swing check valve is Grival's "cheque de cortina"
            ("swing check valve 1/2 x 2", ("629272", 2)),
            # "chumacera 4 huecos" is the square flange unit
            ("chumacera 4 huecos ucf207 eje 35 mm fyh - 2", ("391632", 2)),
            ("chumacera 4 huecos ucf207 - 2", (None, 2)),
            # the disc for the angle grinder ("pulidora") that grinds, not the cut-off one
            ("disco pulidora 4-1/2 abracol x 10", ("431653", 10)),
            # a "minibreaker" is a breaker (its curve says the DIN-rail one, not a "taco")
            ("minibreaker 2x20 curva c schneider x 4", ("843059", 4)),
            ("minibreaker 2x20 x 4", (None, 4)),
            # electrical tape is "cinta aislante"; ear plugs ("tapaoídos") with or without cord
            ("RFQ - 6 rolls electrical tape super 33 3m", ("496578", 6)),
            ("tapaoídos con cordón 3m x 100 pares", ("657312", 100, "PAIR")),
            ("foam earplugs without cord 3m - 50 pairs", ("906982", 50, "PAIR")),
            ("tapaoidos 3m x 100 pares", (None, 100, "PAIR")),
            # the oil field's "wedge anchor" is the "chazo … tipo cuña"; "work gloves" gloves
            ("i need pricing on 100 pcs wedge anchor 3/8 x 3 galv", ("515766", 100)),
            ("RFQ - 12 pairs of leather work gloves size L arseg", ("541195", 12, "PAIR")),
            ("work gloves arseg x 12 pairs", (None, 12, "PAIR")),
        ], customer=BY_LANGUAGE,
    ),
    *cases(
        "a_size_or_a_grit_as_the_house_and_its_buyers_write_them",
        [
            # "taco 1x20" is one pole of 20 A, as "1X20A" in the name
            ("6 tacos 1x20", ("755447", 6)),
            ("taco enchufable 2x20 schneider x 3", ("887849", 3)),
            # a size after "T-" (the name's) or a slip in "talla"; a boot's number
            ("media cara T-M 3m (5 und)", ("773457", 5)),
            ("guantes de nitrilo tala XL x 2 cajas", ("244340", 2, "CAJ")),
            ("2 cajas de guantes de nitrilo T-L", ("747787", 2, "CAJ")),
            ("10 pares de botas punta de acero #40 robusta", ("336143", 10, "PAIR")),
            ("bota punta de acero número 42 robusta x 6 pares", ("787818", 6, "PAIR")),
            ("botas punta de acero robusta x 6 pares", (None, 6, "PAIR")),
            # a disc's diameter glued to "mm" is its diameter; "No. 80", "#220" a grit
            ("flap 115mm grano 120 pferd - 20", ("474595", 20)),
            ("disco flap 178MM #120 pferd x 10", ("965138", 10)),
            ("lija de agua No. 220 x 50", ("402396", 50)),
            # a cord's conductors and gauge written apart
            ("100 mts de cable encauchetado 4 x 10", ("617775", 100, "M")),
            # the maker's part number behind "mfr p/n"
            ("(3) mfr p/n B94", ("507738", 3)),
        ], customer=BY_LANGUAGE,
    ),
    *cases(
        "a_count_as_the_house_s_buyers_say_it",
        [
            # "90 elbow": the elbow's angle, no count said
            ("do you have 90 elbow 3/4 pvc?", ("472335", 1)),
            ("90 codos pvc 3/4 pavco", ("472335", 90)),
            # "und" of what is sold by the roll counts rolls
            ("cinta aislante azul 3m (12 und)", ("669978", 12, "ROL")),
            # five boxes, the last figure what a box holds
            ('disco corte metal 4-1/2" 1mm abracol x 4 cajas x 25', ("939538", 100, "UND")),
            # an item sold by the box: five of its boxes, never 5 × 100 boxes
            ("guante nitrilo desechable t-l x 5 cajas x 100", ("747787", 5, "CAJ")),
            ("5 cajas de 100 guante nitrilo desechable t-xl", ("244340", 5, "CAJ")),
            # sold by the piece with no box of its own: the box as the buyer counts it
            ("taco enchufable 1x20a schneider x 2 cajas x 12", ("229458", 24, "UND")),
            ("2 cajas x 12 taco enchufable 1x20a schneider", ("229458", 24, "UND")),
            ('disco corte metal 4-1/2" 1mm abracol x 2 cajas x 25 und', ("939538", 50, "UND")),
            # a size said in words: medium is talla M, large is T-L
            ("respirador media cara 3m medium x 2", ("773457", 2)),
            ("guante nitrilo desechable large x 5 cajas", ("747787", 5, "CAJ")),
            # a bare 45 or 90 by one elbow (singular) is its angle, before or after it, or
            # "x 90" as an ERP prints it: the count is asked, never 90 pieces
            ("90 codo pvc 3/4 pavco", {"sku": "472335", "qty": 1, "assumed": True}),
            ("codo pvc 3/4 90 pavco", {"sku": "472335", "qty": 1, "assumed": True}),
            ("elbow 90 pvc 3/4", {"sku": "472335", "qty": 1, "assumed": True}),
            ("codo pvc 3/4 x 90", {"sku": "472335", "qty": 1, "assumed": True}),
            # ... the angle said, another 90 is the count; elbows in the plural are counted
            ("codo 90 pvc 3/4 x 90", ("472335", 90)),
            ("90 codo 90 pvc 3/4", ("472335", 90)),
            ("20 codo 90 pvc 3/4", ("472335", 20)),
            ("90 elbows 3/4 pvc", ("472335", 90)),
            ("codos pvc 3/4 x 90", ("472335", 90)),
        ], customer=BY_LANGUAGE,
    ),
    *cases(
        "registro_is_the_house_s_ball_valve",
        [
            # the bronze ball valve in either brand (the brand rule picks), never the bronze
            # check valve that is a valve too
            ("registro 1-1/4 pulg bronce | 24 | unid", {"sku": {"577673", "908823"}, "qty": 24,
                                                         "offered": Not({"364847"})}),
            ("registros de bronce 1-1/4 grival x 3", ("577673", 3)),
            ("registro de bola pvc 1-1/4 pavco", ("819627", 1)),
            # bronze or PVC: a question; and "válvula" names both the kinds the house sells
            ("registro 1-1/4", {"sku": None}),
            ("valvula bronce 1-1/4", {"sku": None}),
        ], customer="CO1",
    ),
    *cases(
        "the_way_of_asking_in_colombia_and_on_the_oil_field_is_not_the_item",
        ASKING,
        customer=BY_LANGUAGE,
    ),
    *cases(
        "the_way_of_asking_never_leaves_the_quantity_assumed",
        [row for row in ASKING if row[1][1] != 1],
        keys=(),
        also={"assumed": False},
        customer=BY_LANGUAGE,
    ),
]

match = match_fixture(
    CATALOG,
    "customer_id,name,language\nCO1,Cementos del Nare,es\nEN1,Magdalena Oil Services,en\n",
    "CO1",
)
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
