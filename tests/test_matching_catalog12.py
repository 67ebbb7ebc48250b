"""What buyers write to a Chilean mining supplier on Softland (catalog 12's style).

Item codes are a family prefix, the size and the maker (`RO-6210-2RS-KOY`,
`CH-UCP208-24-FYH`); names are mixed-case Spanish with the maker last (`Chumacera de piso
UCP208 eje 40 mm FYH`); a maker's part number is an alias where the maker prints one
(`62102RS` is Koyo's 6210-2RS). Buyers: the mine and its contractors in Antofagasta
("¿tení stock de …?", "me cotizai", "urgente, parada de planta", "al tiro", "descanso" for a
pillow block) and Australian contractors' engineers ("chasing 4 off …", "price and lead
time on …"). Driven through `POST /api/v1/match`. What a seller would notice: a wrong item is
never settled where a size, a number or a maker's own reference says another, and the way
of asking never keeps a line naming one item from being settled.
"""

from __future__ import annotations

from tests.match_api import answers_test, ascii_as, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    CH-UCP208-FYH,Chumacera de piso UCP208 eje 40 mm FYH,"Pillow block unit UCP208, 40 mm shaft, cast iron housing",Rodamientos y Transmisión,FYH,UN,1,27581,UCP208,tipo=chumacera|modelo=UCP208|eje=40mm,true
    CH-UCP208-NTN,Chumacera de piso UCP208 eje 40 mm NTN,"Pillow block unit UCP208, 40 mm shaft, cast iron housing",Rodamientos y Transmisión,NTN,UN,1,27938,,tipo=chumacera|modelo=UCP208|eje=40mm,true
    CH-UCP208-24-FYH,"Chumacera de piso UCP208-24 eje 1-1/2"" FYH","Pillow block unit UCP208-24, 1-1/2 in shaft",Rodamientos y Transmisión,FYH,UN,1,27931,UCP208-24,tipo=chumacera|modelo=UCP208|eje=1-1/2,true
    CH-UCP208-24-NTN,"Chumacera de piso UCP208-24 eje 1-1/2"" NTN","Pillow block unit UCP208-24, 1-1/2 in shaft",Rodamientos y Transmisión,NTN,UN,1,29093,,tipo=chumacera|modelo=UCP208|eje=1-1/2,true
    RO-6210-2RS-FAG,Rodamiento rígido bolas 6210-2RS FAG,"Deep groove ball bearing 50x90x20 mm, 2 rubber seals",Rodamientos y Transmisión,FAG,UN,1,14105,6210-2RSR,tipo=rodamiento_bolas|serie=6210|sello=2RS,true
    RO-6210-2RS-KOY,Rodamiento rígido bolas 6210-2RS Koyo,"Deep groove ball bearing 50x90x20 mm, 2 rubber seals",Rodamientos y Transmisión,Koyo,UN,1,16413,62102RS,tipo=rodamiento_bolas|serie=6210|sello=2RS,true
    RO-6006-2RS-NSK,Rodamiento rígido bolas 6006-2RS NSK,"Deep groove ball bearing 30x55x13 mm, 2 rubber seals",Rodamientos y Transmisión,NSK,UN,1,6120,6006DDU,tipo=rodamiento_bolas|serie=6006|sello=2RS,true
    CO-B60-GAT,Correa en V B60 Gates,"Classical V-belt B60, 17 x 11 mm",Rodamientos y Transmisión,Gates,UN,1,9870,B60,tipo=correa_v|perfil=B|largo=60,true
    FR-2097-3M,Filtro 2097 3M (par),"3M 2097 P100 particulate filter with nuisance organic vapour, pair",EPP,3M,PAR,1,10336,3M 2097,tipo=filtro_respirador|modelo=2097,true
    FR-6003-3M,Filtro 6003 3M (par),"3M 6003 organic vapour / acid gas cartridge, pair",EPP,3M,PAR,1,13521,3M 6003,tipo=filtro_respirador|modelo=6003,true
    PE-M10X25-88,Perno hex. M10x25 G8.8 zinc. DIN933,"Hex head bolt M10x1.5x25 mm, class 8.8, zinc plated",Pernería,Mamut,UN,100,180,,tipo=perno_hex|rosca=M10|largo=25,true
    AL-M10X25-129,Tornillo allen M10x25 12.9 DIN912 caja 100,"Socket head cap screw M10x1.5x25 mm, class 12.9, box of 100",Pernería,Mamut,CJ,1,18655,,tipo=tornillo_allen|rosca=M10|largo=25,true
    RO-22208EC3-SKF,Rodamiento rodillos esféricos 22208 E C3 SKF,"Spherical roller bearing 40 mm cylindrical bore, C3",Rodamientos y Transmisión,SKF,UN,1,98000,22208 E/C3,tipo=rodamiento_esferico|serie=22208|agujero=cilindrico,true
    RO-22208EKC3-SKF,Rodamiento rodillos esféricos 22208 EK C3 SKF,"Spherical roller bearing 40 mm tapered bore, C3",Rodamientos y Transmisión,SKF,UN,1,99000,22208 EK/C3,tipo=rodamiento_esferico|serie=22208|agujero=conico,true
    BR-HSS-6-DOR,Broca HSS 6 mm DIN338 Dormer A002,"Jobber drill HSS 6 mm, DIN 338, 118°",Herramientas de Corte,Dormer,UN,1,1400,A0020060,tipo=broca|medida=6|material=hss,true
    BR-CO-6-DOR,Broca cobalto 6 mm DIN338 Dormer A777,"Jobber drill HSS-Co 6 mm, DIN 338",Herramientas de Corte,Dormer,UN,1,3900,,tipo=broca|medida=6|material=cobalto,true
    SC-51-BOS,"Sierra copa bimetálica 51 mm (2"") Bosch","Bi-metal hole saw 51 mm, 2 in",Herramientas,Bosch,UN,1,8990,,tipo=sierra_copa|diametro=51,true
    LI-AG-600-NOR,Lija al agua grano 600 pliego Norton,"Waterproof sandpaper grit 600, 9 x 11 in sheet",Abrasivos,Norton,UN,50,690,,tipo=lija_agua|grano=600,true
    CR-4X25,"Cordón flexible RV-K 4x2,5 mm² Cocesa","Flexible power cord RV-K 0,6/1 kV, 4 cores 2,5 mm², sold per metre",Eléctricos,Cocesa,MT,1,2890,,tipo=cordon|conductores=4|seccion=2.5,true
    CR-4X15,"Cordón flexible RV-K 4x1,5 mm² Cocesa","Flexible power cord RV-K 0,6/1 kV, 4 cores 1,5 mm², sold per metre",Eléctricos,Cocesa,MT,1,1990,,tipo=cordon|conductores=4|seccion=1.5,true
    ES-CO4-T-BOS,"Escobilla copa trenzada 4"" M14 Bosch","Wire cup brush 4 in, knotted steel wire, M14 thread",Abrasivos,Bosch,UN,1,9392,,tipo=escobilla_copa|medida=4|alambre=trenzado,true
    AL-M6X25-129,Tornillo allen M6x25 12.9 DIN912 caja 100,"Socket head cap screw M6x1.0x25 mm, class 12.9, box of 100",Pernería,Mamut,CJ,1,7655,,tipo=tornillo_allen|rosca=M6|largo=25,true
    HS-12-24-BAH,"Hoja sierra bimetálica 12"" 24 dientes Bahco","Bi-metal hacksaw blade 300 mm (12 in), 24 TPI",Herramientas de Corte,Bahco,UN,10,1890,3906-300-24,tipo=hoja_sierra|dientes=24,true
    HS-12-18-BAH,"Hoja sierra bimetálica 12"" 18 dientes Bahco","Bi-metal hacksaw blade 300 mm (12 in), 18 TPI",Herramientas de Corte,Bahco,UN,10,1890,3906-300-18,tipo=hoja_sierra|dientes=18,true
    EL-7018-32-IND,"Electrodo E7018 3,2 mm Indura (lata 18 kg)","Stick electrode AWS E7018, 3.2 mm, 18 kg can, sold per kg",Soldadura,Indura,KG,18,3900,,tipo=electrodo|clase=E7018|diametro=32,true
    EL-7018-40-IND,"Electrodo E7018 4,0 mm Indura (lata 18 kg)","Stick electrode AWS E7018, 4.0 mm, 18 kg can, sold per kg",Soldadura,Indura,KG,18,3900,,tipo=electrodo|clase=E7018|diametro=40,true
    LE-IN--3M,Lente seguridad in-out SecureFit 3M,"SecureFit safety glasses, indoor/outdoor lens, anti-fog",EPP,3M,UN,1,3403,,tipo=lente_seguridad|mica=in-out,true
    LE-CLA-3M,Lente seguridad claro SecureFit 3M,"SecureFit safety glasses, clear lens, anti-fog",EPP,3M,UN,1,3103,,tipo=lente_seguridad|mica=clara,true
    CD-60-1-REN,Candado cadena ASA 60-1 Renold,Connecting link ANSI 60-1,Rodamientos y Transmisión,Renold,UN,1,2100,,tipo=candado_cadena|asa=60,true
    CD-80-1-REN,Candado cadena ASA 80-1 Renold,Connecting link ANSI 80-1,Rodamientos y Transmisión,Renold,UN,1,3100,,tipo=candado_cadena|asa=80,true
    GU-CAB-M-STP,Guante cabritilla talla M Steelpro,"Goatskin driver glove, size M",EPP,Steelpro,PAR,1,2890,,tipo=guante_cabritilla|talla=M,true
    GU-CAB-L-STP,Guante cabritilla talla L Steelpro,"Goatskin driver glove, size L",EPP,Steelpro,PAR,1,2890,,tipo=guante_cabritilla|talla=L,true
    EL-LC1D25BD,Contactor 25A bobina 24VDC Schneider,"TeSys D contactor 3P 25 A, 24 V DC coil",Eléctricos,Schneider,UN,1,98700,LC1D25BD,tipo=contactor|amperes=25|bobina=24VDC,true
    """


# A class sent BY_LANGUAGE goes as the Australian contractor's English when its line is plain ASCII.
BY_LANGUAGE = ascii_as("AU1", "CL1")

ASKING = [
    ("¿tení stock de 4 rodamientos 6006 2RS NSK?", ("RO-6006-2RS-NSK", 4)),
    ("me cotizai 6 correas B60 gates", ("CO-B60-GAT", 6)),
    ("correa B60 gates x 3 urgente, parada de planta", ("CO-B60-GAT", 3)),
    ("2 rodamientos 6006 2rs nsk al tiro si se puede", ("RO-6006-2RS-NSK", 2)),
    ("se requiere 10 un perno hex m10x25", ("PE-M10X25-88", 10)),
    ("¿tiene disponible tres rodamientos 6006 2RS NSK?", ("RO-6006-2RS-NSK", 3)),
    ("chasing (4) ball bearing 6006 2RS NSK", ("RO-6006-2RS-NSK", 4)),
    ("chasing hex head bolt m10x25 qty 200", ("PE-M10X25-88", 200)),
    ("price and lead time on (8) contactor 25 a 24vdc coil schneider", ("EL-LC1D25BD", 8)),
]

LINES = [
    *cases(
        "a_designation_the_house_also_sells_with_an_inch_bore_is_asked_without_a_bore",
        [
            # UCP208 is sold with a 40 mm bore and, as UCP208-24, with a 1-1/2" one: the
            # maker's alias on one of them never settles the bore nor the brand
            ("pillow block bearing ucp208 x 5 cheers", (None, 5)),
            ("chumacera UCP208 - 2", (None, 2)),
            ("¿tení stock de descanso UCP208 eje 1-1/2 pulg x 8?", ("CH-UCP208-24-FYH", 8)),
            ('favor cotizar chumacera de piso UC P208 eje 1-1/2" FYH - 10 un',
             ("CH-UCP208-24-FYH", 10)),
            ("chumacera ucp 208 eje 40 mm ntn x 2", ("CH-UCP208-NTN", 2)),
            ("descanso UCP208 FYH x 4", ("CH-UCP208-FYH", 4)),
            ("chumacera UCP208-24 NTN - 1", ("CH-UCP208-24-NTN", 1)),
            # "pillow block bearing" is the housing, whose name says no "bearing"
            ('- price and lead time on pillow block bearing UCP208 1 1/2" bore NTN x 40',
             ("CH-UCP208-24-NTN", 40)),
        ], customer=BY_LANGUAGE,
    ),
    *cases(
        "a_number_another_item_carries_is_never_settled_on_the_item_the_words_find",
        [
            # the words ("cartridge") describe the 6003; the number is the 2097's: since a93d9a8 a
            # maker's number said before its maker ("2097 3M") is the item the house lists as
            # "3M 2097" (tests/test_matching_first_sight.py), and 3M's 2097 is what buyers call a
            # cartridge too, so it settles on the 2097 (a decision to review: issue #13)
            ("* cartridges 2097 3M", ("FR-2097-3M", 1)),
            ("filtro 2097 3M x 2 pares", ("FR-2097-3M", 2, "PAIR")),
            ("6003 cartridges 3M - 3 pairs", ("FR-6003-3M", 3, "PAIR")),
        ], customer=BY_LANGUAGE,
    ),
    *cases(
        "a_designation_names_no_maker_a_maker_s_own_seal_does",
        [
            # Koyo prints 62102RS, FAG writes 6210-2RS: the designation either way, and the
            # brand rule picks (FAG is the cheaper here); DDU is NSK's own seal (issue #13)
            ("3\tunid\t62102RS", ("RO-6210-2RS-FAG", 3)),
            ("rodamiento 62102rs x 2", ("RO-6210-2RS-FAG", 2)),
            ("rodamiento 6210-2RS x 2", ("RO-6210-2RS-FAG", 2)),
            ("6006DDU - 4", ("RO-6006-2RS-NSK", 4)),
        ],
    ),
    *cases(
        "a_spherical_roller_bearing_s_suffix_says_its_bore_the_bare_number_does_not",
        [
            ("¿tiene disponible rodamiento de rodillos esféricos 22208E - 24 un?",
             ("RO-22208EC3-SKF", 24)),
            ("rodamiento rodillos 22208 agujero cónico skf (1 un)", ("RO-22208EKC3-SKF", 1)),
            ("rodamiento esférico 22208K C3 x 2", ("RO-22208EKC3-SKF", 2)),
            ("ten srb 22208 parallel bore skf cheers", ("RO-22208EC3-SKF", 10)),
            ("- 12 ea spherical roller bearing 22208", (None, 12)),
        ], customer=BY_LANGUAGE,
    ),
    *cases(
        "hss_is_the_plain_high_speed_steel_drill_not_the_cobalt_one",
        [
            ("2 | un | BROCA HSS 6MM", ("BR-HSS-6-DOR", 2)),
            ("broca cobalto 6 mm x 3", ("BR-CO-6-DOR", 3)),
            ("broca 6 mm x 3", (None, 3)),
        ],
    ),
    *cases(
        "a_csv_row_and_a_code_written_with_spaces",
        [
            ("SOCKET HEAD CAP SCREW M6 X 25,1,box", ("AL-M6X25-129", 1, "CJ")),
            ("2,each,RO-6006-2RS-NSK", ("RO-6006-2RS-NSK", 2)),
            ("1) ES CO4 T BOS escobilla copa", ("ES-CO4-T-BOS", 1)),
            # "copa bimetálica" is the hole saw (the cup brush stays a brush)
            ('copa bimetalica 2" bosch x 3', ("SC-51-BOS", 3)),
            # a grit before a counting word is no multiplier: six sheets of grit 600
            ("lija al agua grano 600 media docena", ("LI-AG-600-NOR", 6)),
            # the customer's own numeric part number, its leading zeros dropped by a sheet
            ("codigo 1020333 - 40", ("CR-4X25", 40), "CL1"),
            ("p/n 1020592 x 2", ("SC-51-BOS", 2), "CL1"),
            ("codigo 1020333 - 40", {"sku": None}, "AU1"),  # another customer's: not theirs
            # a cord's cores and section with the English decimal point
            ("flexible cord 4x2.5 100m", ("CR-4X25", 100, "M")),
            # ... or spaced, closing the line: the cord, its count asked (never 2.5 of it)
            ("cordon 4 x 2,5", {"sku": "CR-4X25", "assumed": True}),
        ], customer=BY_LANGUAGE,
    ),
    *cases(
        "the_house_s_trade_words_teeth_inch_electrodes_lenses_and_links",
        [
            ("wena, hoja sierra 24d bahco - 50", ("HS-12-24-BAH", 50)),
            ("electrodo 7018 1/8 x 36 kg", ("EL-7018-32-IND", 36, "KG")),
            ("3 latas de soldadura 7018 5/32", ("EL-7018-40-IND", 54, "KG")),
            ("lentes de seguridad mica in/out 3m - 12", ("LE-IN--3M", 12)),
            ("se requiere candado 60 renold (2 un)", ("CD-60-1-REN", 2)),
            # a glove's size letter closing the line
            ("24 pares de guantes de cabritilla m, gracias", ("GU-CAB-M-STP", 24, "PAIR")),
            ("guantes cabritilla - 12 pares", (None, 12, "PAIR")),
        ],
    ),
    *cases("the_way_of_asking_in_antofagasta_and_by_contractors_is_not_the_item", ASKING, customer=BY_LANGUAGE),
    *cases(
        "the_way_of_asking_never_leaves_the_quantity_assumed",
        ASKING,
        keys=(),
        also={"assumed": False},
        customer=BY_LANGUAGE,
    ),
]

match = match_fixture(
    CATALOG, "customer_id,name,language\nCL1,Minera Altiplano,es\nAU1,Pilbara Contractors,en\n", "CL1",
    cross_references="customer_id,customer_part,sku\nCL1,0001020333,CR-4X25\nCL1,0001020592,SC-51-BOS\n",
)
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
