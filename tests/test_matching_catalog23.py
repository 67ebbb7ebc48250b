"""What buyers write to a Honduran house on JD Edwards (catalog 23's style, issue #13).

Item numbers are the family's two letters and four digits (`BO-2001`); Description 1 is cut to
thirty characters the way the house types it (`BBA CENTRIF 2HP 1F PEDROLLO`, `BBA SUMERG 4"
1HP 20GPM`), Description 2 holds the maker's number. What a seller would notice: a pump named
by its power in any spelling (`2 caballos`, `caballo y medio`, `1-1/2 hp`), its phase and its
flow; a tank by its gallons, which are never the count; a turning insert by its ISO designation
or its inch name (`CNMG 120408` is `CNMG 432`) and the material it is for; a toolholder by its
hand and shank; and Honduras' and the Bay Islands' asking around the item.
"""

from __future__ import annotations

import pytest

from bot.matching.notation import read
from bot.matching.vocabulary import Vocabulary
from tests.match_api import answers_test, cases, match_fixture

CEN2_1F_PED, CEN2_1F_BAR, CEN2_3F_PED = "BO-2001", "BO-2002", "BO-2003"
CEN15_1F_PED, CEN05_1F_PED = "BO-2004", "BO-2005"
WELL1_10_FRA, WELL1_20_FRA, WELL1_20_PED, WELL15_20_FRA = "BO-2011", "BO-2012", "BO-2013", "BO-2014"
DRAIN1_PED, SEWAGE1_BAR = "BO-2021", "BO-2022"
TANK20_VAR, TANK20_WX, TANK44_WX = "BO-2031", "BO-2032", "BO-2033"
SWITCH3050_SQD, SWITCH4060_SQD = "BO-2041", "BO-2042"
FOOT1_BRZ, FOOT1_PVC = "BO-2051", "BO-2052"
CABLE_3X10 = "BO-2061"
CNMG432_P_SAN, CNMG432_M_SAN, CNMG432_M_MIT = "HT-2001", "HT-2002", "HT-2003"
CNMG431_P_SAN, DCMT_T308_M_SAN = "HT-2004", "HT-2005"
HOLDER_CNMG_R25_SAN, HOLDER_CNMG_L25_SAN, HOLDER_CNMG_R20_SAN = "HT-2011", "HT-2012", "HT-2013"
HOLDER_CNMG_R25_MIT = "HT-2014"
DISC7_116_NOR = "AB-2001"
BRG6302_2RS_SKF, BRG6302_ZZ_SKF = "RO-2001", "RO-2002"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {CEN2_1F_PED},BBA CENTRIF 2HP 1F PEDROLLO,BBA CENTRIF 2HP 1F PEDROLLO 1-1/2X1-1/4 230V CPm610,Bombas y agua,Pedrollo,EA,1,9000,CPm610,type=centrifugal|hp=2|phase=1F,true
    {CEN2_1F_BAR},BBA CENTRIF 2HP 1F BARNES,BBA CENTRIF 2HP 1F BARNES 1-1/2X1-1/4 230V IHS020-11,Bombas y agua,Barnes,EA,1,8800,IHS020-11,type=centrifugal|hp=2|phase=1F,true
    {CEN2_3F_PED},BBA CENTRIF 2HP 3F PEDROLLO,BBA CENTRIF 2HP 3F PEDROLLO 1-1/2X1-1/4 230/460V CP610,Bombas y agua,Pedrollo,EA,1,9100,CP610,type=centrifugal|hp=2|phase=3F,true
    {CEN15_1F_PED},BBA CENTRIF 1.5HP 1F PEDROLLO,BBA CENTRIF 1.5HP 1F PEDROLLO 1-1/4X1 230V CPm430,Bombas y agua,Pedrollo,EA,1,7000,CPm430,type=centrifugal|hp=1.5|phase=1F,true
    {CEN05_1F_PED},BBA CENTRIF 0.5HP 1F PEDROLLO,BBA CENTRIF 0.5HP 1F PEDROLLO 1X1 230V CPm150,Bombas y agua,Pedrollo,EA,1,4000,CPm150,type=centrifugal|hp=0.5|phase=1F,true
    {WELL1_10_FRA},"BBA SUMERG 4"" 1HP 10GPM","BBA SUMERG 4"" 1HP 10GPM FRANKLIN 10FA100S4-2W230",Bombas y agua,Franklin,EA,1,15000,10FA100S4-2W230,type=well_pump|hp=1|gpm=10,true
    {WELL1_20_FRA},"BBA SUMERG 4"" 1HP 20GPM","BBA SUMERG 4"" 1HP 20GPM FRANKLIN 20FA100S4-2W230",Bombas y agua,Franklin,EA,1,15500,20FA100S4-2W230,type=well_pump|hp=1|gpm=20,true
    {WELL1_20_PED},"BBA SUMERG 4"" 1HP 20GPM","BBA SUMERG 4"" 1HP 20GPM PEDROLLO 4SR4m/10",Bombas y agua,Pedrollo,EA,1,14000,4SR4m/10,type=well_pump|hp=1|gpm=20,true
    {WELL15_20_FRA},"BBA SUMERG 4"" 1.5HP 20GPM","BBA SUMERG 4"" 1.5HP 20GPM FRANKLIN 20FA150S4-2W230",Bombas y agua,Franklin,EA,1,17000,20FA150S4-2W230,type=well_pump|hp=1.5|gpm=20,true
    {DRAIN1_PED},BBA SUMERG DRENAJE 1HP,BBA SUMERG DRENAJE 1HP PEDROLLO TOP13,Bombas y agua,Pedrollo,EA,1,6000,TOP13,type=sump|hp=1|service=drain,true
    {SEWAGE1_BAR},BBA SUMERG AGUAS NEGRAS 1HP,BBA SUMERG AGUAS NEGRAS 1HP BARNES SE10-11,Bombas y agua,Barnes,EA,1,8000,SE10-11,type=sump|hp=1|service=sewage,true
    {TANK20_VAR},TANQUE PRESION 20 GAL,TANQUE PRESION 20 GAL VERTICAL VAREM VAREM-75L,Bombas y agua,Varem,EA,1,5000,VAREM-75L,type=tank|gal=20,true
    {TANK20_WX},TANQUE PRESION 20 GAL,TANQUE PRESION 20 GAL VERTICAL WELL-X-TROL WX-206,Bombas y agua,Well-X-Trol,EA,1,6000,WX-206,type=tank|gal=20,true
    {TANK44_WX},TANQUE PRESION 44 GAL,TANQUE PRESION 44 GAL VERTICAL WELL-X-TROL WX-314,Bombas y agua,Well-X-Trol,EA,1,9000,WX-314,type=tank|gal=44,true
    {SWITCH3050_SQD},PRESOSTATO 30-50 PSI,PRESOSTATO 30-50 PSI SQUARE D 9013FSG2J21,Bombas y agua,Square D,EA,1,900,9013FSG2J21,type=pressure_switch|range=30-50,true
    {SWITCH4060_SQD},PRESOSTATO 40-60 PSI,PRESOSTATO 40-60 PSI SQUARE D 9013FSG2J24,Bombas y agua,Square D,EA,1,900,9013FSG2J24,type=pressure_switch|range=40-60,true
    {FOOT1_BRZ},"VALVULA PIE 1"" BRONCE","VALVULA PIE 1"" BRONCE C/ CANASTA SULA SU-VPB1",Bombas y agua,Sula,EA,1,400,SU-VPB1,type=foot_valve|size=1|material=bronze,true
    {FOOT1_PVC},"VALVULA PIE 1"" PVC","VALVULA PIE 1"" PVC C/ CANASTA SULA SU-VPP1",Bombas y agua,Sula,EA,1,150,SU-VPP1,type=foot_valve|size=1|material=pvc,true
    {CABLE_3X10},CABLE SUMERG PLANO 3X10 AWG,CABLE SUMERG PLANO 3X10 AWG PHELPS DODGE X METRO PD-SUB310,Bombas y agua,Phelps Dodge,M,1,60,PD-SUB310,type=pump_cable|awg=10,true
    {CNMG432_P_SAN},INSERTO CNMG120408 GC4325,INSERTO CNMG120408 GC4325 ACERO CNMG 432 SANDVIK,Herramientas de torno,Sandvik,EA,10,250,CNMG 12 04 08-PM 4325,type=insert|shape=CNMG|size=1204|radius=08|material=P,true
    {CNMG432_M_SAN},INSERTO CNMG120408 GC2220,INSERTO CNMG120408 GC2220 INOX CNMG 432 SANDVIK,Herramientas de torno,Sandvik,EA,10,260,CNMG 12 04 08-MM 2220,type=insert|shape=CNMG|size=1204|radius=08|material=M,true
    {CNMG432_M_MIT},INSERTO CNMG120408 MC7025,INSERTO CNMG120408 MC7025 INOX CNMG 432 MITSUBISHI,Herramientas de torno,Mitsubishi,EA,10,240,CNMG120408MS MC7025,type=insert|shape=CNMG|size=1204|radius=08|material=M,true
    {CNMG431_P_SAN},INSERTO CNMG120404 GC4325,INSERTO CNMG120404 GC4325 ACERO CNMG 431 SANDVIK,Herramientas de torno,Sandvik,EA,10,250,CNMG 12 04 04-PM 4325,type=insert|shape=CNMG|size=1204|radius=04|material=P,true
    {DCMT_T308_M_SAN},INSERTO DCMT11T308 GC2220,INSERTO DCMT11T308 GC2220 INOX DCMT 32.52 SANDVIK,Herramientas de torno,Sandvik,EA,10,230,DCMT 11 T3 08-MM 2220,type=insert|shape=DCMT|size=11T3|radius=08|material=M,true
    {HOLDER_CNMG_R25_SAN},PORTAINSERTO PCLNR 25X25,PORTAINSERTO PCLNR 25X25 P/CNMG SANDVIK PCLNR 2525M 12,Herramientas de torno,Sandvik,EA,1,3000,PCLNR 2525M 12,type=holder|insert=CNMG|hand=R|shank=25,true
    {HOLDER_CNMG_L25_SAN},PORTAINSERTO PCLNL 25X25,PORTAINSERTO PCLNL 25X25 P/CNMG SANDVIK PCLNL 2525M 12,Herramientas de torno,Sandvik,EA,1,3000,PCLNL 2525M 12,type=holder|insert=CNMG|hand=L|shank=25,true
    {HOLDER_CNMG_R20_SAN},PORTAINSERTO PCLNR 20X20,PORTAINSERTO PCLNR 20X20 P/CNMG SANDVIK PCLNR 2020K 12,Herramientas de torno,Sandvik,EA,1,2800,PCLNR 2020K 12,type=holder|insert=CNMG|hand=R|shank=20,true
    {HOLDER_CNMG_R25_MIT},PORTAINSERTO MCLNR 25X25,PORTAINSERTO MCLNR 25X25 P/CNMG MITSUBISHI MCLNR2525M12,Herramientas de torno,Mitsubishi,EA,1,2900,MCLNR2525M12,type=holder|insert=CNMG|hand=R|shank=25,true
    {BRG6302_2RS_SKF},BALINERA 6302 2RS SKF,BALINERA 6302 2RS SKF 6302-2RSH,Rodamientos,SKF,EA,1,120,6302-2RSH,type=bearing|size=6302|seal=2RS,true
    {BRG6302_ZZ_SKF},BALINERA 6302 ZZ SKF,BALINERA 6302 ZZ SKF 6302-2Z,Rodamientos,SKF,EA,1,110,6302-2Z,type=bearing|size=6302|seal=ZZ,true
    {DISC7_116_NOR},DISCO CRT 7X1/16 NORTON,"DISCO CRT 7X1/16 NORTON METAL X 7/8"" 66252843",Abrasivos,Norton,EA,1,60,66252843,type=cut_disc|dia=7|thick=1/16,true
    """

LINES = [
    *cases(
        "a_pump_s_power_in_any_spelling_its_phase_and_flow_name_it",
        [
            ("bomba centrifuga 2 caballos monofasica pedrollo x 3", (CEN2_1F_PED, 3)),
            ("bomba de agua centrífuga de 2hp una fase barnes - 4", (CEN2_1F_BAR, 4)),
            ("centrifugal water pump 2 HP three phase Pedrollo, 2 ea", (CEN2_3F_PED, 2)),
            ("bomba centrifuga caballo y medio pedrollo", (CEN15_1F_PED, 1)),
            ("bomba centrifuga 1-1/2 hp 1F pedrollo", (CEN15_1F_PED, 1)),
            ("bomba centrifuga medio caballo x 6", (CEN05_1F_PED, 6)),
            ('bomba de pozo 4" 1 hp 10 gpm x 2', (WELL1_10_FRA, 2)),
            ("4in well pump 1 HP 20 galones por minuto Pedrollo", (WELL1_20_PED, 1)),
            ('bomba sumergible 4" para pozo 1 1/2 hp 20gpm', (WELL15_20_FRA, 1)),
            # the maker by its company's name, a slip in it too
            ("4in well pump 1 HP 20 GPM Franklin Electric", (WELL1_20_FRA, 1)),
            ("well pump 1.5 hp 20 gpm franklin eletcric, 2 ea", (WELL15_20_FRA, 2)),
            # two makers of one pump: the brand rule's
            ("bomba de pozo 1 caballo 20 gpm", ({WELL1_20_FRA, WELL1_20_PED}, 1)),
            ("bomba para drenaje 1hp x 5", (DRAIN1_PED, 5)),
            ("bomba sumergible aguas negras 1 caballo", (SEWAGE1_BAR, 1)),
            # the phase, the flow or drainage-or-sewage left out, or a power the house does
            # not sell: a question, never a neighbour
            ("bomba centrifuga 2hp pedrollo", (None, 1)),
            ("bomba de pozo 1 hp", (None, 1)),
            ("bomba de fosa 1 caballo", (None, 1)),
            ("bomba centrifuga 3 caballos monofasica pedrollo", (None, 1)),
            ("bomba de pozo 2 hp 20 gpm", (None, 1)),
        ],
    ),
    *cases(
        "a_tank_s_gallons_are_its_size_never_the_count",
        [
            ("dos tanque de presión 44 gal", (TANK44_WX, 2)),
            ("tanque hidroneumatico de 44 galones x 3", (TANK44_WX, 3)),
            ("pressure tank 20 gal Well-X-Trol, 4 ea", (TANK20_WX, 4)),
            ("hidrotanque 20 galones", ({TANK20_VAR, TANK20_WX}, 1)),
            ("tanque precargado 86 galones", (None, 1)),
            # a volume is a size only of what its name sizes by volume: no cut-off disc
            # ("DISCO CRT") is cutting oil, though both say "corte"
            ("20 litros de aceite de corte", (None, 20)),
            ("5 gal cutting oil", (None, 5)),
        ],
    ),
    *cases(
        "a_pressure_switch_s_cut_in_and_cut_out_a_foot_valve_and_the_pump_cable",
        [
            ("presostato 30-50 psi x 2", (SWITCH3050_SQD, 2)),
            ("switch de presion de 40 a 60 libras", (SWITCH4060_SQD, 1)),
            ("pressure switch 30/50 psi, 3 each", (SWITCH3050_SQD, 3)),
            ("presostato 60-80 psi", (None, 1)),
            ('check de pie de 1" pvc x 5', (FOOT1_PVC, 5)),
            ("check de pie 1 bronce", (FOOT1_BRZ, 1)),
            ("check de pie 1", (None, 1)),
            ("cable para bomba plano 3x10 awg - 80 metros", (CABLE_3X10, 80, "M")),
        ],
    ),
    *cases(
        "an_insert_by_its_iso_designation_or_its_inch_name_and_the_material_it_cuts",
        [
            ("inserto CNMG 120408 para acero inoxidable mitsubishi x 20", (CNMG432_M_MIT, 20)),
            ("pastilla cnmg 12 04 08 gc4325 - 10", (CNMG432_P_SAN, 10)),
            ("carbide insert CNMG 432 MC7025, 30 pcs", (CNMG432_M_MIT, 30)),
            ("inserto cnmg-120404 p x 10", (CNMG431_P_SAN, 10)),
            ("turning insert CNMG 431 for steel", (CNMG431_P_SAN, 1)),
            ("DCMT 32.52 para inoxidable, 10 und", (DCMT_T308_M_SAN, 10)),
            ("inserto DCMT 11 T3 08 inox x 10", (DCMT_T308_M_SAN, 10)),
            # a box of ten is ten inserts
            ("2 cajas de inserto CNMG 432 GC2220", (CNMG432_M_SAN, 20)),
            # the material or the radius left out: a question; one the house lacks, too
            ("inserto CNMG 120408", (None, 1)),
            ("inserto CNMG 12 para acero", (None, 1)),
            ("inserto CNMG 120412 para acero", (None, 1)),
            ("inserto CNMG 433 para inox", (None, 1)),
        ],
    ),
    *cases(
        "a_toolholder_by_the_insert_it_takes_its_hand_and_its_shank",
        [
            ("portainserto p/cnmg derecho 25x25 sandvik x 2", (HOLDER_CNMG_R25_SAN, 2)),
            ("porta herramienta para inserto CNMG mano izquierda zanco 25 mm", (HOLDER_CNMG_L25_SAN, 1)),
            ("toolholder CNMG RH 20mm shank, 3 ea", (HOLDER_CNMG_R20_SAN, 3)),
            ("portaherramienta de torno para CNMG derecho de 25 mm mitsubishi", (HOLDER_CNMG_R25_MIT, 1)),
            ("tool holder CNMG style R 25x25", ({HOLDER_CNMG_R25_SAN, HOLDER_CNMG_R25_MIT}, 1)),
            # the hand or the shank left out: a question
            ("portainserto p/cnmg 25x25 sandvik", (None, 1)),
            ("portainserto p/cnmg derecho sandvik", (None, 1)),
        ],
    ),
    *cases(
        "honduras_and_the_bay_islands_asking_around_the_item_keeps_the_count",
        [
            ("¿a cómo tiene 12 presostato 30-50 psi?", (SWITCH3050_SQD, 12)),
            ("fíjese que ando buscando 4 bomba para drenaje 1hp", (DRAIN1_PED, 4)),
            ("fijese que ando bsucando 6 presostato 30-50 psi", (SWITCH3050_SQD, 6)),
            ("yall have three tanque de presion 44 gal?", (TANK44_WX, 3)),
            ("a pair of pressure switch 40-60 psi have stock?", (SWITCH4060_SQD, 2)),
            ("12 disco de corte 7 pulg x 1/16 norton, ship to the mine", (DISC7_116_NOR, 12)),
            ("va pues, mándeme 6 disco crt 7 x 1/16 norton para el beneficio", (DISC7_116_NOR, 6)),
            ("Item 2: 8 presostato 40-60 psi - para reparación de zafra", (SWITCH4060_SQD, 8)),
            # our code before "need" is the item, never the job it is for
            ("15 ea your item # AB-2001 need for machine", (DISC7_116_NOR, 15, "EA")),
            # a deep groove designation is a ball bearing where the house says "balinera"
            ("a pair of ball bearing 6302 rubber seal SKF have stock?", (BRG6302_2RS_SKF, 2)),
            ("a dozen ball bearing 6302-2z skf, ship to the mine", (BRG6302_ZZ_SKF, 12)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nHN1,Ferretería La Ceiba,es\n", "HN1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)


@pytest.mark.parametrize(
    ("said", "iso"),
    [("CNMG 432", "cnmg120408"), ("CNMG 12 04 08", "cnmg120408"), ("CNMG-120408", "cnmg120408"),
     ("CCMT 32.52", "ccmt09t308"), ("DCMT 11 T3 04", "dcmt11t304"), ("DNMG 441", "dnmg150604"),
     ("TNMG 332", "tnmg160408"), ("VNMG 331", "vnmg160404"), ("WNMG 433", "wnmg080412"),
     ("SNMG 432", "snmg120408"), ("CNMG120408MS", "cnmg120408")],
)
def test_an_insert_s_inch_name_is_its_iso_designation(said: str, iso: str) -> None:
    """A US shop names an insert by its inscribed circle in eighths of an inch, its thickness
    in sixteenths and its radius in sixty-fourths; the house prints the ISO designation. Both
    are one code, so a line in either settles on the item printed in the other."""
    assert read(f"inserto {said}", Vocabulary.load()).codes.get("insert") == {iso}


@pytest.mark.parametrize(
    "text",
    ["fuse holder 10x38", "porta electrodo 300 A", "electrode holder left", "cama 432 mm",
     "bomba de grasa 1/2"],
)
def test_no_insert_no_holder_where_the_line_names_neither(text: str) -> None:
    """A fuse or electrode holder has no hand nor shank, a word of four letters before a
    figure is no insert, and a pump said without its power has none."""
    codes = read(text, Vocabulary.load()).codes
    assert not {"insert", "hand", "shank", "hp"} & codes.keys()
