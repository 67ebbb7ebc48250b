"""What buyers write to a Puerto Rico MRO house on Epicor (catalog 14's style).

Names are the storeroom's noun-comma-modifier form (`BEARING, BALL, 6306-2RS, SKF`,
`BEARING, PILLOW BLOCK, UCP207-22, 1-3/8 BORE, AMI`), the description Epicor's long English
text ending in the counter's Spanish; mounted units are sold in inch bores only, Timken-style
tapered sets by number, respirators by the box. Buyers write the island's WhatsApp Spanish
with the trade's English nouns ("saludos, necesito …", "mano, ¿tienes …?", "bro necesito …",
"chequéame si hay …", "Dios te bendiga, ¿me cotizas …?") and the plants' English ("can you
check stock on …"). Driven through `POST /api/v1/match`. What a seller would notice: a seal
or a valve the buyer left out or ruled out is never settled for them; a housing named by
its designation and bore, and a tapered set by its number, are the item; the way of asking
never hides the count.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    BR30601,"BEARING, BALL, 6306, NTN","Deep groove ball bearing, 30 mm bore x 72 mm OD, open (no seals or shields), C0 clearance, NTN. Rodamiento de bolas abierto.",Bearings,NTN,EA,1,21.10,,type=ball_bearing|series=6306|seal=open,true
    BR30602,"BEARING, BALL, 6306-2RS, SKF","Deep groove ball bearing, 30 mm bore x 72 mm OD, double rubber seals (2RS), C0 clearance, SKF. Rodamiento de bolas sellado.",Bearings,SKF,EA,1,24.80,6306-2RS1,type=ball_bearing|series=6306|seal=2RS,true
    BR30603,"BEARING, BALL, 6306-ZZ, NTN","Deep groove ball bearing, 30 mm bore x 72 mm OD, double metal shields (ZZ), C0 clearance, NTN. Rodamiento de bolas blindado.",Bearings,NTN,EA,1,23.40,,type=ball_bearing|series=6306|seal=ZZ,true
    SF82001,"RESPIRATOR, N95, 3M 8200, BX/20","Disposable particulate respirator N95, 3M 8200, box of 20. Mascarilla N95.",Safety & PPE,3M,BX,1,21.70,3M 8200,type=n95|valve=no,true
    SF85111,"RESPIRATOR, N95, VALVED, 3M 8511, BX/10","Disposable particulate respirator N95 with exhalation valve, 3M 8511, box of 10. Mascarilla N95 con válvula.",Safety & PPE,3M,BX,1,22.29,3M 8511,type=n95|valve=yes,true
    BR20720,"BEARING, PILLOW BLOCK, UCP207-20, 1-1/4 BORE, AMI","Mounted ball bearing unit, cast iron pillow block housing, set screw locking, 1-1/4 in bore, insert UC207-20, AMI. Chumacera de piso.",Bearings,AMI,EA,1,52.10,,type=pillow_block|size=207|bore=1-1/4,true
    BR20722,"BEARING, PILLOW BLOCK, UCP207-22, 1-3/8 BORE, AMI","Mounted ball bearing unit, cast iron pillow block housing, set screw locking, 1-3/8 in bore, insert UC207-22, AMI. Chumacera de piso.",Bearings,AMI,EA,1,53.40,,type=pillow_block|size=207|bore=1-3/8,true
    BR20729,"BEARING, PILLOW BLOCK, UCP207-20, 1-1/4 BORE, FYH","Mounted ball bearing unit, cast iron pillow block housing, set screw locking, 1-1/4 in bore, insert UC207-20, FYH. Chumacera de piso.",Bearings,FYH,EA,1,44.90,,type=pillow_block|size=207|bore=1-1/4,true
    BR20516,"BEARING, FLANGE 4-BOLT, UCF205-16, 1 BORE, FYH","Mounted ball bearing unit, cast iron flange 4-bolt housing, set screw locking, 1 in bore, insert UC205-16, FYH. Chumacera de 4 huecos.",Bearings,FYH,EA,1,36.20,,type=flange4|size=205|bore=1,true
    BR70003,"BEARING, TAPERED ROLLER, SET 3 (M12649/M12610), TIMKEN","Tapered roller bearing set, cone M12649 and cup M12610, 0.8437 in bore, Timken. Cono y copa.",Bearings,Timken,EA,1,18.40,,type=tapered_set|set=SET3,true
    BR70004,"BEARING, TAPERED ROLLER, SET 3 (M12649/M12610), KOYO","Tapered roller bearing set, cone M12649 and cup M12610, 0.8437 in bore, Koyo. Cono y copa.",Bearings,Koyo,EA,1,14.90,,type=tapered_set|set=SET3,true
    FA25013,"SCREW, HEX CAP, 5/16-18 X 1-1/2, GR5, ZINC, BX/100","Hex cap screw, 5/16-18 x 1-1/2 in, grade 5, zinc plated, box of 100. Tornillo hexagonal.",Fasteners,,BX,1,14.20,,type=hex_cap_screw|thread=5/16-18|length=1-1/2,true
    SF40025,"COVERALL, TYVEK 400, HOOD/BOOTS, L, DUPONT, CS/25","Tyvek 400 coverall with attached hood and boots, size L, case of 25, DuPont. Mameluco desechable.",Safety & PPE,DuPont,CS,1,161.00,,type=coverall|size=L|hood=yes,true
    VF30030,"GASKET, TRI-CLAMP, 1-1/2, SILICONE, RUBBER FAB","Sanitary tri-clamp gasket with flange, 1-1/2 in, platinum-cured silicone, Rubber Fab. Empaque sanitario.","Valves, Fittings & Sanitary",Rubber Fab,EA,1,2.95,,type=tc_gasket|size=1-1/2|material=silicone,true
    VF30031,"GASKET, TRI-CLAMP, 1-1/2, EPDM, RUBBER FAB","Sanitary tri-clamp gasket with flange, 1-1/2 in, EPDM, Rubber Fab. Empaque sanitario.","Valves, Fittings & Sanitary",Rubber Fab,EA,1,1.95,,type=tc_gasket|size=1-1/2|material=epdm,true
    VF30032,"FERRULE, TRI-CLAMP, 1-1/2, 316L, 14WMP, VNE","Sanitary clamp ferrule, weld end, 1-1/2 in tube OD, 316L stainless, 14WMP short, VNE. Férula sanitaria.","Valves, Fittings & Sanitary",VNE,EA,1,13.10,,type=tc_ferrule|size=1-1/2,true
    EL12001,"WIRE, THHN, 12 AWG, SOL, RED, SOUTHWIRE, FT","THHN/THWN-2 building wire, 12 AWG copper, solid, 600 V, red, sold by the foot on 500 ft reels, Southwire. Alambre THHN.",Electrical,Southwire,FT,500,0.24,,type=thhn|gauge=12|colour=red,true
    EL10001,"WIRE, THHN, 10 AWG, SOL, RED, SOUTHWIRE, FT","THHN/THWN-2 building wire, 10 AWG copper, solid, 600 V, red, sold by the foot on 500 ft reels, Southwire. Alambre THHN.",Electrical,Southwire,FT,500,0.36,,type=thhn|gauge=10|colour=red,true
    EL11020,"BREAKER, PLUG-ON, QO, 1P 20A, SQUARE D","Miniature circuit breaker, QO plug-on, 1 pole, 20 A, 120/240 VAC, 10 kA, Square D. Breaker sencillo.",Electrical,Square D,EA,1,9.80,QO120,type=breaker|series=QO|poles=1|amps=20,true
    EL12020,"BREAKER, PLUG-ON, QO, 2P 20A, SQUARE D","Miniature circuit breaker, QO plug-on, 2 pole, 20 A, 120/240 VAC, 10 kA, Square D. Breaker doble.",Electrical,Square D,EA,1,24.60,QO220,type=breaker|series=QO|poles=2|amps=20,true
    FA12055,"ANCHOR, WEDGE, 1/2 X 5-1/2, SIMPSON STRONG-BOLT 2, BX/25","Wedge anchor for concrete, 1/2 in x 5-1/2 in, carbon steel zinc plated, Simpson Strong-Bolt 2, box of 25. Ancla de expansión.",Fasteners,Simpson,BX,1,61.40,,type=wedge_anchor|dia=1/2|length=5-1/2,true
    FA12056,"ANCHOR, WEDGE, 1/2 X 5-1/2, RED HEAD TRUBOLT, BX/25","Wedge anchor for concrete, 1/2 in x 5-1/2 in, carbon steel zinc plated, Red Head Trubolt, box of 25. Ancla de expansión.",Fasteners,Red Head,BX,1,58.90,,type=wedge_anchor|dia=1/2|length=5-1/2,true
    FA12045,"ANCHOR, WEDGE, 1/2 X 4-1/4, SIMPSON STRONG-BOLT 2, BX/25","Wedge anchor for concrete, 1/2 in x 4-1/4 in, carbon steel zinc plated, Simpson Strong-Bolt 2, box of 25. Ancla de expansión.",Fasteners,Simpson,BX,1,52.10,,type=wedge_anchor|dia=1/2|length=4-1/4,true
    PT60018,"SPROCKET, 60B18, PILOT BORE, MARTIN","Type B hub sprocket for ANSI 60 chain, 18 teeth, stock pilot bore, steel, Martin. Catalina.",Power Transmission,Martin,EA,1,48.20,60BS18,type=sprocket|ansi=60|teeth=18,true
    PT60021,"SPROCKET, 60B21, PILOT BORE, MARTIN","Type B hub sprocket for ANSI 60 chain, 21 teeth, stock pilot bore, steel, Martin. Catalina.",Power Transmission,Martin,EA,1,54.30,60BS21,type=sprocket|ansi=60|teeth=21,true
    PT40018,"SPROCKET, 40B18, PILOT BORE, MARTIN","Type B hub sprocket for ANSI 40 chain, 18 teeth, stock pilot bore, steel, Martin. Catalina.",Power Transmission,Martin,EA,1,31.70,40BS18,type=sprocket|ansi=40|teeth=18,true
    SF40026,"COVERALL, TYVEK 400, HOOD/BOOTS, 2XL, DUPONT, CS/25","Tyvek 400 coverall with attached hood and boots, size 2XL, case of 25, DuPont. Mameluco desechable.",Safety & PPE,DuPont,CS,1,165.00,,type=coverall|size=2XL|hood=yes,true
    SF40027,"COVERALL, TYVEK 400, HOOD/BOOTS, 3XL, DUPONT, CS/25","Tyvek 400 coverall with attached hood and boots, size 3XL, case of 25, DuPont. Mameluco desechable.",Safety & PPE,DuPont,CS,1,169.00,,type=coverall|size=3XL|hood=yes,true
    EL24001,"CONNECTOR, WIRE, TWIST-ON, YELLOW, 3M PERF PLUS, BX/100","Twist-on wire connector, yellow, 3M Performance Plus Y-4, box of 100. Conector de alambre (wire nut).",Electrical,3M,BX,1,15.10,3M Y-4,type=wire_nut|colour=yellow,true
    EL24002,"CONNECTOR, WIRE, TWIST-ON, YELLOW, IDEAL 73B, BX/100","Twist-on wire connector, yellow, Ideal Wing-Nut 73B, box of 100. Conector de alambre (wire nut).",Electrical,Ideal,BX,1,12.40,,type=wire_nut|colour=yellow,true
    BR20618,"BEARING, FLANGE 2-BOLT, UCFL206-18, 1-1/8 BORE, FYH","Mounted ball bearing unit, cast iron flange 2-bolt housing, set screw locking, 1-1/8 in bore, insert UC206-18, FYH. Chumacera de 2 huecos.",Bearings,FYH,EA,1,41.30,,type=flange2|size=206|bore=1-1/8,true
    VF15015,"MALE ADAPTER, PVC SCH40, 1-1/2, SLIP X MPT, CHARLOTTE","PVC schedule 40 male adapter fitting, 1-1/2 in, socket (slip) x male NPT, white, Charlotte Pipe. Adaptador macho PVC.","Valves, Fittings & Sanitary",Charlotte,EA,1,2.40,,type=male_adapter|size=1-1/2|material=pvc,true
    FA38010,"ROD, THREADED, 3/8-16 X 10 FT, ZINC","Fully threaded rod (all-thread), 3/8-16 UNC, 10 ft long, low carbon steel zinc plated. Varilla roscada.",Fasteners,,EA,1,6.10,,type=threaded_rod|dia=3/8|feet=10,true
    FA38006,"ROD, THREADED, 3/8-16 X 6 FT, ZINC","Fully threaded rod (all-thread), 3/8-16 UNC, 6 ft long, low carbon steel zinc plated. Varilla roscada.",Fasteners,,EA,1,3.90,,type=threaded_rod|dia=3/8|feet=6,true
    AB32001,"SHEET, SANDPAPER, WET/DRY, 9 X 11, 320 GRIT, 3M","Wet or dry silicon carbide sandpaper sheet, 9 x 11 in, 320 grit, 3M Wetordry. Lija de agua.",Abrasives,3M,EA,1,1.10,,type=sandpaper|grit=320,true
    AB32002,"DISC, HOOK & LOOP, 5 IN, 8 HOLE, 320 GRIT, 3M, BX/50","Hook and loop sanding disc, 5 in, 8 hole dust extraction, 320 grit, 3M Hookit, box of 50. Disco de lija velcro.",Abrasives,3M,BX,1,24.10,,type=hook_loop_disc|grit=320,true
    AB28060,"DISC, FLAP, 4-1/2 X 7/8, T27, 60 GRIT, WALTER","Zirconia flap disc, type 27 (flat), 4-1/2 in x 7/8 in, 60 grit, Walter. Disco flap.",Abrasives,Walter,EA,1,9.40,,type=flap_disc|dia=4-1/2|shape=27|grit=60,true
    EL83001,"TAPE, ELECTRICAL, VINYL, 3/4 X 60 FT, RED, 3M TEMFLEX 1700","General use vinyl electrical tape, 3/4 in x 60 ft, red, 3M Temflex 1700. Cinta eléctrica.",Electrical,3M,RL,1,2.30,,type=tape|line=temflex|colour=red,true
    SF91009,"GLOVE, NITRILE, CLEANROOM, M, KIMTECH PURPLE, BX/100","Disposable nitrile glove, purple, 5.9 mil, size M, for cleanroom and lab use, Kimtech Purple Nitrile, box of 100. Guantes de nitrilo.",Safety & PPE,Kimtech,BX,1,21.60,,type=nitrile_glove|size=M,true
    SF91010,"GLOVE, NITRILE, CLEANROOM, L, KIMTECH PURPLE, BX/100","Disposable nitrile glove, purple, 5.9 mil, size L, for cleanroom and lab use, Kimtech Purple Nitrile, box of 100. Guantes de nitrilo.",Safety & PPE,Kimtech,BX,1,21.60,,type=nitrile_glove|size=L,true
    EL81116,"COUPLING, EMT, 3/4, COMPRESSION, STEEL, BRIDGEPORT","EMT coupling, 3/4 in, compression type, zinc plated steel, Bridgeport. Unión EMT.",Electrical,Bridgeport,EA,1,2.40,,type=emt_coupling|size=3/4|style=compression,true
    EL89194,"COUPLING, EMT, 3/4, SET SCREW, STEEL, BRIDGEPORT","EMT coupling, 3/4 in, set screw type, zinc plated steel, Bridgeport. Unión EMT.",Electrical,Bridgeport,EA,1,1.23,,type=emt_coupling|size=3/4|style=set_screw,true
    EL22412,"CONNECTOR, EMT, 1/2, COMPRESSION, STEEL, BRIDGEPORT","EMT connector, 1/2 in, compression type, zinc plated steel, Bridgeport. Conector EMT.",Electrical,Bridgeport,EA,1,1.61,,type=emt_connector|size=1/2|style=compression,true
    AB45045,"WHEEL, CUT-OFF, 4-1/2 X .045 X 7/8, T1, NORTON","Type 1 cut-off wheel for metal and stainless, 4-1/2 in x .045 in x 7/8 in arbor, aluminum oxide, Norton. Disco de corte.",Abrasives,Norton,EA,1,4.63,,type=cutoff_wheel|dia=4-1/2|thick=.045,true
    AB45016,"WHEEL, CUT-OFF, 4-1/2 X 1/16 X 7/8, T1, NORTON","Type 1 cut-off wheel for metal and stainless, 4-1/2 in x 1/16 in x 7/8 in arbor, aluminum oxide, Norton. Disco de corte.",Abrasives,Norton,EA,1,4.20,,type=cutoff_wheel|dia=4-1/2|thick=1/16,true
    BR70006,"BEARING, TAPERED ROLLER, SET 6 (LM67048/LM67010), TIMKEN","Tapered roller bearing set, cone LM67048 and cup LM67010, 1.25 in bore, Timken. Cono y copa.",Bearings,Timken,EA,1,24.10,,type=tapered_set|set=SET6,true
    """

LINES = [
    *cases(
        "what_the_buyer_left_out_or_ruled_out_is_never_settled_for_them",
        [
            # the 6306 is sold open in one brand and sealed in others: the seal is unsaid
            ("rodamiento 6306 x 4", (None, 4)),
            ("bearing 6306 ntn x 4", ("BR30601", 4)),
            # "sin válvula" is no valve, and rules the valved respirator out
            ("necesito 3 cajas de mascarilla n95 sin válvula", ("SF82001", 3, "BX")),
            ("N95 respirator without valve - 2 boxes", ("SF82001", 2, "BX")),
            ("mascarilla N95 con válvula x 2 cajas", ("SF85111", 2, "BX")),
        ],
    ),
    *cases(
        "a_housing_by_designation_and_bore_and_a_tapered_set_by_number",
        [
            # the UCP207 is sold in inch bores only: the bore (or the buyer) says which
            ("pillow block UCP 207 1-3/8 pulg bore AMI - 2", ("BR20722", 2)),
            ('4-bolt flange bearing UCF205 1" shaft fyh x 3', ("BR20516", 3)),
            ("chumacera de piso ucp207 x 4", (None, 4)),
            # "set #3", "set 6" beside tapered or cono y copa: the set, never a 3 or a 6
            ("tapered set #3 timken x 2", ("BR70003", 2)),
            ("cono y copa set 6 - 4", ("BR70006", 4)),
        ],
    ),
    *cases(
        "pieces_of_what_is_sold_by_the_box_are_whole_boxes_and_the_sanitary_words",
        [
            # the box holds 100 (BX/100): 300 pieces are three boxes; a "caja" of coveralls
            # sold by the case (CS/25) is one case, and 50 of them two
            ("300 pcs hex cap screw 5/16-18 x 1-1/2 gr5", ("FA25013", 3, "BX")),
            ("tornillo hex 5/16 x 1-1/2 grado 5 - 2 cajas", ("FA25013", 2, "BX")),
            ("mameluco tyvek talla L con capucha y botas x 1 caja", ("SF40025", 1, "CS")),
            ("need 50 pcs tyvek coverall hood/boots size L", ("SF40025", 2, "CS")),
            # "TC gasket", "silicón", "férula sanitaria" are the tri-clamp parts
            ("requesting a quote for TC gasket silicon 1-1/2 x 20", ("VF30030", 20)),
            ("empaque tri-clamp 1-1/2 silicón - 10", ("VF30030", 10)),
            ("férula sanitaria 1-1/2 vne x 4", ("VF30032", 4)),
            ("gasket tri-clamp 1-1/2 x 6", (None, 6)),
        ],
    ),
    *cases(
        "the_way_of_asking_in_puerto_rico_is_not_the_item",
        [
            ("bro necesito veinticuatro bearing 6306 2rs skf pa' mañana", ("BR30602", 24)),
            ("saludos necesito doce pcs flange bearing ucf205-16 fyh", ("BR20516", 12)),
            ("chequéame si hay 6 bearing 6306 zz ntn", ("BR30603", 6)),
            ("tienen en stock doce cono y copa set 3 koyo", ("BR70004", 12)),
            ("Dios te bendiga, ¿me cotizas 2 pillow block ucp207-20 fyh?", ("BR20729", 2)),
            ("mano, ¿tienes 5 bearing 6306-2rs skf?", ("BR30602", 5)),
            ("can you check stock on 4 bearing 6306 zz ntn", ("BR30603", 4)),
            ("me hace falta 8 bearing 6306 2rs skf", ("BR30602", 8)),
            # "# 12" with its space is the gauge; the plant's stop it is for is not the item
            ("necesitamos 2 rollos de alambre THHN # 12 rojo para el shutdown", ("EL12001", 1000, "FT")),
            ("need 300 ft thhn # 10 red for the PM", ("EL10001", 300, "FT")),
            # a breaker "sencillo" has one pole, a "doble" two
            ("3 breakers qo de 20 amps sencillo", ("EL11020", 3)),
            ("breaker QO doble 20A - 2", ("EL12020", 2)),
        ],
    ),
]

LINES += [
    *cases(
        "an_item_named_as_the_counter_names_it_is_the_item",
        [
            # the Strong-Bolt is the maker's anchor, no bolt: its 1/2 x 5-1/2 is the anchor's
            ("ancla wedge 1/2 x 5-1/2 simpson - 3 cajas", ("FA12055", 3, "BX")),
            ("mano tienes 50 piezas de wedge anchor 1/2 por 5-1/2 simpson", ("FA12055", 2, "BX")),
            ("wedge anchor 1/2 x 5-1/2 red head x 2", ("FA12056", 2)),
            ("wedge anchor 1/2 x 5-1/2 - 4", ({"FA12055", "FA12056"}, 4)),
            # a sprocket's ANSI size and teeth said apart; the island's "estrella" beside them
            ("sprocket 60B 18 dientes x 3", ("PT60018", 3)),
            ("catarina 60B 21 teeth - 2", ("PT60021", 2)),
            ("¿tienen estrella 40B18?", ("PT40018", 1)),
            ("estrella 60B de 18 dientes x 2", ("PT60018", 2)),
            ("estrella 60 de 18 dientes x 2", (None, 2)),  # a bare 60 may be the bore
            # XXL and XXXL are the 2XL and 3XL; a "case" is the case they are sold by
            ("TYVEK XXL CON CAPUCHA DUPONT - 2 cajas", ("SF40026", 2, "CS")),
            ("tyvek xxxl hood/boots x 1 case", ("SF40027", 1, "CS")),
            # a 3M that closes a line of boxed goods is the brand, never three metres
            ("WIRENUTS AMARILLOS 3M", {"sku": "EL24001", "qty": 1, "assumed": True}),
            ("wire nuts amarillos 3m - 2 cajas", ("EL24001", 2, "BX")),
            # the housing's bolts or holes are how it mounts, never the count
            ('2 bolt flange unit UCFL206 1-1/8"', {"sku": "BR20618", "qty": 1, "assumed": True}),
            ("need 4 x 2 bolt flange unit ucfl206 1-1/8 bore", ("BR20618", 4)),
            ("flange de 4 huecos UCF205-16 FYH - 6", ("BR20516", 6)),
            # "MA 1-1/2" is the male adapter; a female one is never settled on the male one
            ("- 12 ea MA 1-1/2", ("VF15015", 12, "EA")),
            ("adaptador macho pvc 1-1/2 x 6", ("VF15015", 6)),
            ("FA 1-1/2 x 6", (None, 6)),
            ("female adapter pvc 1-1/2 - 6", (None, 6)),
            # a threaded rod's feet are its length, whatever the count beside them
            ("VARILLA ROSCADA 3/8 DE 10 PIES | 8 | unid", ("FA38010", 8, "EA")),
            ("all thread 3/8 x 6 ft - 5", ("FA38006", 5)),
            ("varilla roscada 3/8", (None, 1)),
            # the chain's size said before the teeth is still the sprocket's
            ("catarina para cadena 60 de 21 dientes x 2", ("PT60021", 2)),
        ],
    ),
    *cases(
        "a_slip_a_cell_or_a_word_of_the_island_does_not_stop_the_line",
        [
            # "chequéame" with its letters swapped is still the asking
            ("cheqeuame si hay 4 bearing 6306 zz ntn", ("BR30603", 4)),
            # wet/dry sandpaper is the sheet, never the hook and loop disc of its grit
            ("do you carry 50 ea wet/dry sandpaper grit 320?", ("AB32001", 50, "EA")),
            ("lija de agua 320 x 20", ("AB32001", 20)),
            ("disco velcro 5 pulg 320 3m - 2 cajas", ("AB32002", 2, "BX")),
            # a "flapper" is a flap disc
            ('cotizar media docena de flapper 4-1/2" T27 grano 60 walter', ("AB28060", 6)),
            # a row's unit cell "RL" is the unit, not a word of the item
            ("electrical tape red 3M\t12\tRL", ("EL83001", 12)),
            ("cinta eléctrica roja 3M | 5 | RL", ("EL83001", 5)),
            # "nitrilo" with its size is the box of nitrile gloves
            ("me cotizas 4 cajas de 100 de nitrilo medium kimtech", ("SF91009", 4, "BX")),
            ("nitrilo talla L kimtech x 2 cajas", ("SF91010", 2, "BX")),
            # a cut-off wheel's thickness in thousandths, the "x" left out
            ("- disco de corte 4 1/2 .045 norton cant. 25", ("AB45045", 25)),
            ("cut off wheel 4-1/2 x 1/16 norton x 10", ("AB45016", 10)),
        ],
    ),
    *cases(
        "what_the_buyer_left_unsaid_is_asked",
        [
            # a set screw coupling's "set" is no set of couplings: the style is unsaid
            ("mano, ¿tienes media docena de coupling EMT 3/4 de BRIDGEPORT?", (None, 6)),
            ("coupling EMT 3/4 de tornillo x 6", ("EL89194", 6)),
            ("coupling emt 3/4 set screw - 6", ("EL89194", 6)),
            # a size and a finish name no item
            ('1/2" GALVANIZADO 3 ea', (None, 3)),
            ("conector emt 1/2 compresion x 3", ("EL22412", 3)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nPR1,Destilería del Oeste,es\n", "PR1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
