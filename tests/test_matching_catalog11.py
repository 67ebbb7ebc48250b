"""What buyers write to a border house on Prophet 21 (catalog 11's style).

P21's names are 40-character ALL-CAPS cuts (`WIRE MIG ER70S-6 .035 33LB SPL`, `TAP HAND
3/8-16 NC PLUG`, `ROD THRD 1/2-13 SS304 (FT)`); units are EA, FT, LB, BX, PR. Buyers in
Juárez write Spanglish with slips ("me paas precio", "pntas de contacto"), El Paso in English
("50' all thread", "tips .045"). Driven through `POST /api/v1/match`, one table: the line,
then what goes on the quote without asking (SKU, quantity and, where the buyer said
one, the unit).
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    ESA1,WIRE MIG ER70S-6 .035 33LB SPL ESAB,MICROALAMBRE ER70S-6 .035 CARRETE 33 LB,Welding,ESAB,LB,33,2.68,,type=mig_wire|diameter=.035,true
    ESA2,WIRE MIG ER70S-6 .045 33LB SPL ESAB,MICROALAMBRE ER70S-6 .045 CARRETE 33 LB,Welding,ESAB,LB,33,2.77,,type=mig_wire|diameter=.045,true
    LIN1,WIRE MIG ER70S-6 .035 33LB SPL LINCOLN,MICROALAMBRE ER70S-6 .035 CARRETE 33 LB,Welding,Lincoln,LB,33,3.10,,type=mig_wire|diameter=.035,true
    LIN2,WIRE FLUX CORE E71T-11 .035 10LB NR-211,MICROALAMBRE TUBULAR E71T-11 .035 10 LB,Welding,Lincoln,LB,10,5.33,,type=flux_core_wire|diameter=.035,true
    TWE1,TIP CONTACT .035 TWECO 14-035,PUNTA DE CONTACTO .035 PARA ANTORCHA TWECO,Welding,Tweco,EA,10,1.06,,type=contact_tip|diameter=.035,true
    TWE2,TIP CONTACT .045 TWECO 14-045,PUNTA DE CONTACTO .045 PARA ANTORCHA TWECO,Welding,Tweco,EA,10,1.04,,type=contact_tip|diameter=.045,true
    GTD1,TAP HAND 3/8-16 NC PLUG 3FL HSS,MACHUELO 3/8-16 NC HSS 3 GAVILANES,Cutting Tools,Greenfield,EA,1,14.17,,type=hand_tap|thread=3/8-16,true
    GTD2,TAP HAND 1/2-13 NC PLUG 3FL HSS,MACHUELO 1/2-13 NC HSS 3 GAVILANES,Cutting Tools,Greenfield,EA,1,15.70,,type=hand_tap|thread=1/2-13,true
    BBI1,ROD THRD 1/2-13 SS304 (FT),ESPARRAGO ROSCADO 1/2 PULG INOX 304 POR PIE,Fasteners,Brighton-Best,FT,1,3.87,,type=threaded_rod|diameter=1/2,true
    PTD1,DRILL JBR 1/4 HSS 135 SPLIT BO PTD,BROCA HSS ZANCO RECTO 1/4 PULG,Cutting Tools,Precision Twist,EA,1,3.35,,type=jobber_drill|size=1/4,true
    CLT1,DRILL JBR 1/4 HSS 135 SPLIT BO CLT,BROCA HSS ZANCO RECTO 1/4 PULG,Cutting Tools,Chicago-Latrobe,EA,1,3.38,,type=jobber_drill|size=1/4,true
    ANS1,GLOVE CUT A4 PU PALM HYFLEX M,GUANTE ANTICORTE NIVEL A4 TALLA M,Safety & PPE,Ansell,PR,1,8.23,,type=cut_gloves|size=m,true
    ANS2,GLOVE CUT A4 PU PALM HYFLEX L,GUANTE ANTICORTE NIVEL A4 TALLA L,Safety & PPE,Ansell,PR,1,8.21,,type=cut_gloves|size=l,true
    ANS3,GLOVE NITRILE 5MIL PF BLUE L BX/100,GUANTE DE NITRILO DESECHABLE AZUL TALLA L CAJA 100,Safety & PPE,Ansell,BX,1,11.54,,type=nitrile_gloves|size=l,true
    ANS4,GLOVE NITRILE 5MIL PF BLUE XL BX/100,GUANTE DE NITRILO DESECHABLE AZUL TALLA XL CAJA 100,Safety & PPE,Ansell,BX,1,12.26,,type=nitrile_gloves|size=xl,true
    KIS1,VEST HI-VIS CL2 MESH ORG L,CHALECO ALTA VISIBILIDAD CLASE 2 NARANJA TALLA L,Safety & PPE,ML Kishigo,EA,1,7.67,,type=safety_vest|size=l,true
    LEN1,HOLE SAW 2 BI-METAL LENOX,SIERRA COPA BIMETALICA 2 PULG,Cutting Tools,Lenox,EA,1,23.06,,type=hole_saw|size=2,true
    MIL1,HOLE SAW 2 ICE HARDENED MILWAUKEE,SIERRA COPA BIMETALICA 2 PULG,Cutting Tools,Milwaukee,EA,1,21.90,,type=hole_saw|size=2,true
    NOR1,DISC FLAP 7X7/8 Z60 T29 NORTON,DISCO DE LAMINAS 180 MM GRANO 60 ZIRCONIO,Abrasives,Norton,EA,10,7.96,,type=flap_disc|diameter=7|grit=60,true
    NOR2,DISC FLAP 7X7/8 Z80 T29 NORTON,DISCO DE LAMINAS 180 MM GRANO 80 ZIRCONIO,Abrasives,Norton,EA,10,7.05,,type=flap_disc|diameter=7|grit=80,true
    MMM1,DISC FIBER 7X7/8 60G AO BX/25,DISCO DE FIBRA 7 PULG GRANO 60 CAJA 25,Abrasives,3M,BX,1,30.99,,type=fibre_disc|diameter=7|grit=60,true
    SWR1,CORD SO 14/3 600V BLK (FT),CABLE USO RUDO SO 14/3 POR PIE,Electrical,Southwire,FT,1,1.68,,type=so_cord|spec=14/3,true
    SWR2,CORD SO 14/4 600V BLK (FT),CABLE USO RUDO SO 14/4 POR PIE,Electrical,Southwire,FT,1,1.98,,type=so_cord|spec=14/4,true
    BBI2,HHCS 3/8-24X2 GR8 YZ FINE,TORNILLO CABEZA HEXAGONAL 3/8 X 2 PULG ROSCA FINA GRADO 8,Fasteners,Brighton-Best,EA,100,0.30,,type=hex_cap_screw|tpi=24|length=2,true
    BBI3,HHCS 3/8-24X1 GR8 YZ FINE,TORNILLO CABEZA HEXAGONAL 3/8 X 1 PULG ROSCA FINA GRADO 8,Fasteners,Brighton-Best,EA,100,0.22,,type=hex_cap_screw|tpi=24|length=1,true
    OSG1,END MILL 6MM 4FL SQ CARB TIALN,CORTADOR VERTICAL CARBURO 6 MM 4 FILOS,Cutting Tools,OSG,EA,1,31.70,,type=end_mill|size=6mm,true
    OSG2,END MILL 4MM 4FL SQ CARB TIALN,CORTADOR VERTICAL CARBURO 4 MM 4 FILOS,Cutting Tools,OSG,EA,1,28.48,,type=end_mill|size=4mm,true
    UVX1,GLASSES SAFETY GENESIS CLR AF UVEX,LENTES DE SEGURIDAD MICA CLARA ANTIEMPANANTE,Safety & PPE,Uvex,EA,1,6.03,,type=safety_glasses|lens=clear,true
    UVX2,GLASSES SAFETY GENESIS I/O AF UVEX,LENTES DE SEGURIDAD MICA INTERIOR/EXTERIOR ANTIEMPANANTE,Safety & PPE,Uvex,EA,1,5.39,,type=safety_glasses|lens=in-out,true
    APO1,VLV BALL 3/4 FNPT BRZ 600WOG APOLLO,VALVULA DE BOLA 3/4 PULG BRONCE ROSCADA,Valves & Fittings,Apollo,EA,1,35.37,,type=ball_valve|size=3/4,true
    SQD1,BRKR QO 1P 20A 120V PLUG-IN,INTERRUPTOR TERMOMAGNETICO 1 POLO 20 AMP,Electrical,Square D,EA,1,9.10,,type=breaker|poles=1|amps=20,true
    SQD2,BRKR QO 1P 30A 120V PLUG-IN,INTERRUPTOR TERMOMAGNETICO 1 POLO 30 AMP,Electrical,Square D,EA,1,9.40,,type=breaker|poles=1|amps=30,true
    SQD3,BRKR QO 2P 30A 120/240V PLUG-IN,INTERRUPTOR TERMOMAGNETICO 2 POLOS 30 AMP,Electrical,Square D,EA,1,21.00,,type=breaker|poles=2|amps=30,true
    LIN3,ELECTRODE E7018 1/8 LINCOLN 50LB,ELECTRODO E7018 1/8 PULG LATA 50 LB,Welding,Lincoln,LB,50,3.48,,type=electrode|class=E7018|diameter=1/8,true
    BBI4,HHCS 3/8-16X1-1/2 GR5 ZP,TORNILLO CABEZA HEXAGONAL 3/8 X 1-1/2 PULG GRADO 5,Fasteners,Brighton-Best,EA,100,0.12,,type=hex_cap_screw|length=1-1/2,true
    NOR3,WHL CUTOFF 9X5/64X7/8 T1 NORTON,DISCO DE CORTE 230 X 2.0 MM METAL E INOX,Abrasives,Norton,EA,25,6.02,,type=cutoff_wheel|diameter=9|thickness=5/64,true
    NOR4,WHL CUTOFF 9X1/8X7/8 T1 NORTON,DISCO DE CORTE 230 X 3.2 MM METAL,Abrasives,Norton,EA,25,6.50,,type=cutoff_wheel|diameter=9|thickness=1/8,true
    MMM2,TAPE ELEC 3/4X66FT BLK SUPER 33+,CINTA DE AISLAR VINIL NEGRA 3/4 X 66 PIES,Electrical,3M,RL,1,6.73,,type=electrical_tape|colour=BLK|grade=premium,true
    MMM3,TAPE ELEC 3/4X60FT BLK TEMFLEX 1700,CINTA DE AISLAR VINIL NEGRA 3/4 X 60 PIES,Electrical,3M,RL,1,2.04,,type=electrical_tape|colour=BLK|grade=general,false
    BBI5,NUT HEX 1/2-13 GR5 ZP (LB),TUERCA HEXAGONAL 1/2 PULG GRADO 5 (POR LIBRA),Fasteners,Brighton-Best,LB,1,4.10,,type=hex_nut|diameter=1/2|grade=5,true
    BBI6,HHCS 1/2-13X3 GR5 ZP,TORNILLO CABEZA HEXAGONAL 1/2 X 3 PULG GRADO 5 ZINCADO,Fasteners,Brighton-Best,EA,50,0.19,,type=hex_cap_screw|diameter=1/2|tpi=13|length=3|grade=5,true
    BPT1,CPLG EMT SET SCREW 1/2 STL,COPLE EMT 1/2 PULG ACERO TORNILLO,Electrical,Bridgeport,EA,1,0.55,,type=emt_coupling|size=1/2,true
    BPT2,CPLG EMT SET SCREW 3/4 STL,COPLE EMT 3/4 PULG ACERO TORNILLO,Electrical,Bridgeport,EA,1,0.94,,type=emt_coupling|size=3/4,true
    BPT3,CPLG EMT COMPRESSION 3/4 STL,COPLE EMT 3/4 COMPRESION ACERO,Electrical,Bridgeport,EA,1,1.20,,type=emt_coupling|size=3/4|style=compression,true
    BPT4,CPLG EMT SET SCREW 1 STL,COPLE EMT 1 PULG ACERO TORNILLO,Electrical,Bridgeport,EA,1,0.95,,type=emt_coupling|size=1,true
    MMM4,TAPE ELEC 3/4X66FT BLU SCOTCH 35,CINTA DE AISLAR VINIL AZUL 3/4 X 66 PIES,Electrical,3M,RL,1,7.87,,type=electrical_tape|colour=BLU|grade=colour,true
    """

def by_language(line: str) -> str:
    """El Paso writes plain English; a line with an accent or a Spanish "de" is Juárez's."""
    return "EP1" if line.isascii() and " de " not in line else "JZ1"


LINES = cases(
    "a_border_house_s_lines_settle_on_the_item_they_name",
    [
        # a welding wire's or contact tip's diameter in thousandths: .035 is not .045, and a
        # plain "microalambre"/MIG wire is the solid one, never the flux-cored (asked by name)
        ("ocupo 2 carretes de microalambre .045 esab", ("ESA2", 66, "LB")),
        ("mig wire 0.035 lincoln 33 lbs", ("LIN1", 33, "LB")),
        ("microalambre tubular 0.035 - 20 lb", ("LIN2", 20, "LB")),
        ("flux core .035 lincoln x 10 lb", ("LIN2", 10, "LB")),
        ("contact tips .035 tweco x 50", ("TWE1", 50)),
        ("puntas de contacto 0.045 tweco - 20", ("TWE2", 20)),
        ("pntas de contacto .045 tweco - 30", ("TWE2", 30)),  # a letter left out
        # the count after a slip in "me pasas precio", a foot mark, "x N" after a tap
        ("me paas precio de 6 machuelos 1/2-13", ("GTD2", 6)),
        ("machuelo 3/8-16 x 12", ("GTD1", 12)),
        ("20' all thread 1/2 stainless", ("BBI1", 20, "FT")),
        # a maker's name with a slip, and Spanish for high-speed steel
        ("broca 1/4 hss precisoin twist x 5", ("PTD1", 5)),
        ("broca acero alta velocidad 1/4 chicago-latrobe - 4", ("CLT1", 4)),
        # glove sizes said bare or in words, "cut resistant", a safety vest
        ("6 pairs cut resistant gloves A4 L", ("ANS2", 6, "PAIR")),
        ("guantes anticorte nivel a4 mediana x 3", ("ANS1", 3)),
        ("2 cajas guantes de nitrilo G ansell", ("ANS3", 2, "BX")),
        ("nitrile gloves XL ansell 4 bx", ("ANS4", 4, "BX")),
        ("safety vest orange ML Kishigo x 10", ("KIS1", 10)),
        # a hole saw in either brand (BI-METAL is no material), Mexico's "broca sierra"
        ("hole saw 2 in", ("MIL1", 1)),
        ("me pasas precio de 3 brocas sierra 2\"", ("MIL1", 3)),
        # a grit written after its number ("60g"), boxes of what is sold by the piece
        ("2 bx flap disc 7 80g norton", ("NOR2", 20, "EA")),
        ("disco de fibra 7 60g 3m x 2", ("MMM1", 2)),
        # a cord's gauge and conductors as Mexico writes them; UNF glued to the length
        ("cable uso rudo 14x4 - 50 ft", ("SWR2", 50, "FT")),
        ("150 pies cable uso rudo 3x14", ("SWR1", 150, "FT")),
        ("hhcs 3/8-24 unfx2 brighton-best x 100", ("BBI2", 100)),
        # a cutter's flutes are not its size; glasses for indoors and outdoors; an FNPT valve
        ("cortador vertical 4 mm osg x 2", ("OSG2", 2)),
        ("safety glasses indoor/outdoor uvex x 12", ("UVX2", 12)),
        ('ball valve 3/4" npt apollo x 2', ("APO1", 2)),
        # a breaker's amperes said bare after its poles
        ("breaker QO 1P 20 x 4", ("SQD1", 4)),
        ("pastilla qo 2p 30 - 2", ("SQD3", 2)),
        # cans of rod, a unit with a slip, a 9" wheel's 5/64" (2.0 mm)
        ("2 latas de electrodo 7018 1/8 lincoln", ("LIN3", 100, "LB")),
        ("3 boes of hhcs 3/8-16 x 1-1/2 gr5", ("BBI4", 300, "EA")),
        ("disco de corte 9 x 5/64 norton x 25", ("NOR3", 25)),
        # an item the house no longer sells fits as well (Temflex 1700): a question; said
        # by its name or colour, the item on sale
        ("20 rollos de cinta de aislar negra 3m", (None, 20)),
        ("cinta de aislar negra 3m super 33 x 10", ("MMM2", 10)),
        ("cinta de aislar azul 3m x 5", ("MMM4", 5)),
        # "hexagonal" with a length is the hex bolt, never the nut of that thread
        ("ocupo hexagonal 1/2 x 3 G5 - 100 pzas", ("BBI6", 100)),
        ("tuerca hexagonal 1/2 g5 x 10 lb", ("BBI5", 10, "LB")),
        # what the buyer left unsaid is asked: a size ("pulg" alone), the coupling's style
        # (a set screw's "set" is no set), the item itself ('3/4" galvanizado')
        ("cople EMT pulg x 10", (None, 10)),
        ("cople emt 1/2 pulg x 10", ("BPT1", 10)),
        ("coupling EMT 3/4 x 6", (None, 6)),
        ("coupling EMT 3/4 set screw x 6", ("BPT2", 6)),
        ("20 set screw emt coupling 3/4", ("BPT2", 20)),
        ('3/4" galvanizado - 4', (None, 4)),
    ],
    customer=by_language,
)

match = match_fixture(
    CATALOG, "customer_id,name,language\nJZ1,Maquila Juárez,es\nEP1,El Paso Fab,en\n", "JZ1"
)
test_a_border_house_s_lines_settle_on_the_item_they_name = answers_test(LINES)
