"""What a new house's buyers write that no catalog word spells, read at first sight (issue #13).

A small catalog in catalog 21's style (a Uruguayan house on Business Central, upper-case names,
`SILICONA RTV NEGRO POMO 85G`, `TUERCA HEX M12 CL.8`, `TERMOMAGNETICA 2P 63A CURVA C`) and the
ways its buyers' lines differ from it that are no one house's: the trade's English for the
house's Spanish ("cartridge" where CARTUCHO reads as a filter's word, "C-curve"), the Brazilian
border's labels ("classe 8", "grão 120"), a US tool's "SAE" where the house says "milimétrico"
of the other system, a plain "chico" beside the size that says it, slips in the greeting and
the verb of asking ("boa tared,", "¿tineen", "preciaría", "preco de un par"), and the delivery
said before the place it goes. What a seller would notice: each line settles on the item meant,
with the count the buyer gave; and where the line leaves something open (a bare nut of a size
sold in class 8 and A2), it is still asked.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    42108-LC,SILICONA RTV GRIS CARTUCHO 300ML LOCTITE,FORMADOR DE JUNTAS RTV gris REF. SI 5699 300ML,Adhesivos y selladores,Loctite,UN,1,18.15,SI 5699 300ML,type=rtv|colour=gris|pack=300 ml,true
    42108-PX,SILICONA RTV GRIS CARTUCHO 300ML PERMATEX,FORMADOR DE JUNTAS RTV gris REF. 82194C,Adhesivos y selladores,Permatex,UN,1,12.93,82194C,type=rtv|colour=gris|pack=300 ml,true
    42117-DP,SILICONA RTV NEGRO POMO 85G DELPLATA,FORMADOR DE JUNTAS RTV negro REF. DP-RTVN85,Adhesivos y selladores,DelPlata,UN,1,4.38,DP-RTVN85,type=rtv|colour=negro|pack=85 g,true
    42117-PX,SILICONA RTV NEGRO POMO 85G PERMATEX,FORMADOR DE JUNTAS RTV negro REF. 82180,Adhesivos y selladores,Permatex,UN,1,6.32,82180,type=rtv|colour=negro|pack=85 g,true
    FI-6003-3M,CARTUCHO 6003 3M (PAR),CARTUCHO PARA VAPORES ORGANICOS Y GASES ACIDOS,EPP,3M,PAR,1,13.52,3M 6003,type=filtro,true
    21127-08,TUERCA HEX M12 CL.8 ZINCADA,TUERCA HEXAGONAL DIN 934 CAJA X 100,Bulonería,,UN,100,0.15,,type=nut|dia=M12|grade=8,true
    21127-A2,TUERCA HEX M12 A2 INOX,TUERCA HEXAGONAL DIN 934 CAJA X 100,Bulonería,,UN,100,0.40,,type=nut|dia=M12|grade=A2,true
    51158-AB,TERMOMAGNETICA 2P 63A CURVA C ABB,INTERRUPTOR AUTOMATICO RIEL DIN 6KA REF. S202-C63,Eléctricos,ABB,UN,1,27.23,S202-C63,type=mcb|poles=2|amps=63,true
    51159-AB,TERMOMAGNETICA 2P 63A CURVA D ABB,INTERRUPTOR AUTOMATICO RIEL DIN 6KA REF. S202-D63,Eléctricos,ABB,UN,1,31.40,S202-D63,type=mcb|poles=2|amps=63,true
    61102-3M,DISCO FLAP 115 GR120 3M,DISCO LAMINADO 115 MM GRANO 120 REF. FLAP-115-120-3M,Abrasivos,3M,UN,1,2.98,FLAP-115-120-3M,type=flap_disc|dia=115|grit=120,true
    61103-3M,DISCO FLAP 115 GR80 3M,DISCO LAMINADO 115 MM GRANO 80 REF. FLAP-115-80-3M,Abrasivos,3M,UN,1,2.91,FLAP-115-80-3M,type=flap_disc|dia=115|grit=80,true
    61119-3M,DISCO CORTE 180X1.6 METAL 3M,"DISCO DE CORTE 180 MM X 1.6 MM X 22,2 REF. CUT-18016-3M",Abrasivos,3M,UN,1,2.69,CUT-18016-3M,type=cut_disc|dia=180|thick=1.6,true
    11193-NS,RULEMAN 6303 2RS NSK,RODAMIENTO RIGIDO DE BOLAS 17X47X14 MM REF. 6303DDUCM,Rodamientos,NSK,UN,1,10.31,6303DDUCM,type=ball|desig=6303|seal=2RS,true
    HTA-1109-02,"JUEGO DADOS ENCASTRE 1/4"" MILIMETRICO 13 PIEZAS STANLEY",Juego de dados 1/4 mm ST-14M13,Herramienta manual,Stanley,JGO,1,88.20,ST-14M13,,true
    HTA-1120-01,"JUEGO DADOS ENCASTRE 1/4"" EN PULGADAS 13 PIEZAS STANLEY",Juego de dados 1/4 pulgadas ST-14P13,Herramienta manual,Stanley,JGO,1,86.47,ST-14P13,,true
    41213-PK,O-RING AS568 2-116 NBR 70 PARKER,ANILLO O-RING 15.6 X 2.62 MM NITRILO REF. 2-116 N674-70,Sellos y retenes,Parker,UN,1,0.36,2-116 N674-70,type=oring_as|dash=2-116|material=NBR 70,true
"""

LINES = [
    *cases(
        "the_trade_s_english_and_a_plain_small_name_the_house_s_item",
        [
            # CARTUCHO reads as a filter's word in a house that sells respirator cartridges too
            ("Item 1: Please quote RTV gasket maker grey cartridge 300 ml qty 6",
             ({"42108-LC", "42108-PX"}, 6)),
            ("25\tUN\tSILICONA RTV NEGRA POMO CHICO DE 85G, PERMATEX", ("42117-PX", 25)),
            ("1) 40 ABB MCB 2P 63A C-curve", ("51158-AB", 40)),
            ("- 10 breaker 2P 63A D-curve ABB", ("51159-AB", 10)),
            # SAE is the inch set where the house names its metric sets so and never says SAE
            ("Línea 1: juego de copas de 1/4 SAE 13 pz Stanley x 2", ("HTA-1120-01", 2)),
            ("juego de dados 1/4 milimétrico 13 piezas stanley", ("HTA-1109-02", 1)),
            ("juego de dados 1/4 13 piezas stanley", (None, 1)),  # which system: asked
        ],
    ),
    *cases(
        "a_nut_s_property_class_and_a_grit_said_in_portuguese",
        [
            ("porca sextavada M12 classe 8;12;un", ("21127-08", 12)),
            ("tuerca hexagonal M12 clase 8 - 100", ("21127-08", 100)),
            ("tuerca hex M12 A2 x 10", ("21127-A2", 10)),
            ("tuerca hex M12 x 10", (None, 10)),  # class 8 or A2: still asked
            ("¿tenes uma duzia de dsico laminado 115 mm grao 120 3M? preciso pra amanha",
             ("61102-3M", 12)),
        ],
    ),
    *cases(
        "a_slip_in_the_greeting_or_the_asking_leaves_the_count_read",
        [
            ("boa tared, preciso três disco de corte 180 x 1,6 mm, 3M", ("61119-3M", 3)),
            ("hola gurises, ¿tineen doce disco corte 180 x 1,6?", ("61119-3M", 12)),
            ("de mañana preciaría ruleman 6303 2rs nsk - 50", ("11193-NS", 50)),
            ("buenas, ¿me regala preco de un par de ruleman 6303 2rs nsk?", ("11193-NS", 2)),
            ("Buenas tardes, favor cotizar 100 11193-NS", ("11193-NS", 100)),
        ],
    ),
    *cases(
        "the_delivery_said_before_where_it_goes_is_no_part_of_the_item",
        [
            ("o-ring 2-116 nbr 70 parker x 2,000, delivery to the mill", ("41213-PK", 2000)),
            ("o-ring 2-116 nbr 70 parker x 200 con entrega en Paysandú", ("41213-PK", 200)),
            # a count grouped by thousands with a space, closing the line
            ("o-ring 2-116 nbr 70 parker x 1 000", ("41213-PK", 1000)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nUY1,Frigorífico del Norte,es\n", "UY1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
