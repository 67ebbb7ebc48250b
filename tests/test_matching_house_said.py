"""A house's items of a kind no catalog had, named by the facts its ERP keeps, and its ERP's own
record numbers (issue #13, catalog 22's traits).

A Panamanian house on NetSuite: item IDs are paths of names (`ESLINGA : PLANA-2T-3M :
SPANSET`), every record has a five-digit internal ID its invoices print, and its slings, drives,
sensors, turnbuckles and relays are told apart by facts (`attributes`) its names write with
their units. What a seller would notice: a line that states every such fact, in the buyer's
words and units (`2 ton de 3 metros`, `5 HP 480V`, `normalmente abierto`, `ojo y ojo`, `110
VAC`), is that item; one that leaves a fact out, or states one no item has, is a question; an
M18 sensor whose connector is M12 is never the M12 sensor; the internal ID copied from an
invoice, and the item ID typed back with its colons closed up, are the item.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

FLAT_2_2, FLAT_2_3, ROUND_2_2 = "ESLINGA : PLANA-2T-2M : SPANSET", "ESLINGA : PLANA-2T-3M : SPANSET", \
    "ESLINGA : REDONDA-2T-2M : GUNNEBO"  # fmt: skip
VFD_230_3F, VFD_460_3F, VFD_230_1F = "VARIADOR : 4KW-230V3F : ABB", "VARIADOR : 4KW-460V3F : ABB", \
    "VARIADOR : 4KW-230V1F : ABB"  # fmt: skip
M12_NO, M12_NC, M18_NO = "SENSOR INDUCTIVO : M12-NPN-NO : OMRON", \
    "SENSOR INDUCTIVO : M12-NPN-NC : OMRON", "SENSOR INDUCTIVO : M18-NPN-NO : OMRON"  # fmt: skip
TB_GO, TB_OO = "TENSOR : 3/4X9-GO : CROSBY", "TENSOR : 3/4X9-OO : CROSBY"
RELAY_120, RELAY_230 = "RELE : 2C-120VAC : OMRON", "RELE : 2C-230VAC : OMRON"
LIMIT = "FINAL CARRERA : PISTON : OMRON"
M12_8_NO = "SENSOR INDUCTIVO : M12-8MM-NPN-NO : OMRON"
DIN_2_20, DIN_1_20, PLUG_2_20 = "BREAKER : DIN-2P-20A : SCHNEIDER", \
    "BREAKER : DIN-1P-20A : SCHNEIDER", "BREAKER : ENCH-2P-20A : SQUARE D"  # fmt: skip
UNION_14, COUPLING_14 = "UNION : UNIVERSAL-1/4-NEGRO : WARD", "UNION : COPLA-1/4-NEGRO : WARD"
RCD_2_63 = "DISYUNTOR : 2X63A-30MA : SICA"
CHAIN_15, LEVER_15 = "TECLE : 1.5T-3M : CM", "TECLE PALANCA : 1.5T : YALE"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {FLAT_2_2},Eslinga plana ojo-ojo 2 t x 2 m verde SpanSet,ESLINGA DE POLIESTER PLANA WLL 2 TON X 2 M COLOR VERDE SPANSET P/N SS-60-2M,Izaje,SpanSet,UN,1,23.5,SS-60-2M|10646,type=sling|style=flat|wll=2|length=2,true
    {FLAT_2_3},Eslinga plana ojo-ojo 2 t x 3 m verde SpanSet,ESLINGA DE POLIESTER PLANA WLL 2 TON X 3 M COLOR VERDE SPANSET P/N SS-60-3M,Izaje,SpanSet,UN,1,25.8,SS-60-3M|10649,type=sling|style=flat|wll=2|length=3,true
    {ROUND_2_2},Eslinga redonda sinfin 2 t x 2 m verde Gunnebo,ESLINGA DE POLIESTER REDONDA SINFIN WLL 2 TON X 2 M COLOR VERDE GUNNEBO P/N RS2-2,Izaje,Gunnebo,UN,1,20.7,RS2-2|10689,type=sling|style=round|wll=2|length=2,true
    {VFD_230_3F},Variador 4 kW (5 HP) 230 V trifásico ABB,VARIADOR DE FRECUENCIA 4 KW 5 HP ENTRADA 230V 3F ABB P/N ACS355-01-170A-2,Automatización,ABB,UN,1,610,ACS355-01-170A-2|11181,type=vfd|kw=4|supply=230-3F,true
    {VFD_460_3F},Variador 4 kW (5 HP) 460 V trifásico ABB,VARIADOR DE FRECUENCIA 4 KW 5 HP ENTRADA 460V 3F ABB P/N ACS355-01-088A-4,Automatización,ABB,UN,1,640,ACS355-01-088A-4|11186,type=vfd|kw=4|supply=460-3F,true
    {VFD_230_1F},Variador 4 kW (5 HP) 230 V monofásico ABB,VARIADOR DE FRECUENCIA 4 KW 5 HP ENTRADA 230V 1F ABB P/N ACS355-01-170A-1,Automatización,ABB,UN,1,590,ACS355-01-170A-1|11177,type=vfd|kw=4|supply=230-1F,true
    {M12_NO},Sensor inductivo M12 4 mm NPN NO Omron,SENSOR INDUCTIVO M12 SN 4 MM NPN NO 10-30 VDC CONECTOR M12 OMRON P/N E2E-X4C1-M12,Automatización,Omron,UN,1,38,E2E-X4C1-M12|10911,type=prox|body=M12|output=NPN|contact=NO,true
    {M12_NC},Sensor inductivo M12 4 mm NPN NC Omron,SENSOR INDUCTIVO M12 SN 4 MM NPN NC 10-30 VDC CONECTOR M12 OMRON P/N E2E-X4C2-M12,Automatización,Omron,UN,1,41,E2E-X4C2-M12|10904,type=prox|body=M12|output=NPN|contact=NC,true
    {M18_NO},Sensor inductivo M18 4 mm NPN NO Omron,SENSOR INDUCTIVO M18 SN 4 MM NPN NO 10-30 VDC CONECTOR M12 OMRON P/N E2E-X4D1-M12,Automatización,Omron,UN,1,44,E2E-X4D1-M12|10985,type=prox|body=M18|output=NPN|contact=NO,true
    {TB_GO},"Tensor 3/4"" x 9"" gancho-ojo Crosby","TENSOR GALVANIZADO 3/4"" X 9"" GANCHO-OJO CROSBY HG-228 P/N 1031984",Izaje,Crosby,UN,1,21,1031984|10783,type=turnbuckle|size=3/4|takeup=9|ends=hook-eye,true
    {TB_OO},"Tensor 3/4"" x 9"" ojo-ojo Crosby","TENSOR GALVANIZADO 3/4"" X 9"" OJO-OJO CROSBY HG-227 P/N 1031985",Izaje,Crosby,UN,1,20,1031985|10785,type=turnbuckle|size=3/4|takeup=9|ends=eye-eye,true
    {RELAY_120},Relé 2 contactos bobina 120VAC Omron,RELE ENCHUFABLE 2C (DPDT 8 PINES) BOBINA 120VAC OMRON P/N MY2N-GS AC110/120,Automatización,Omron,UN,1,9.3,MY2N-GS AC110/120|11059,type=relay|poles=2|coil=120VAC,true
    {RELAY_230},Relé 2 contactos bobina 230VAC Omron,RELE ENCHUFABLE 2C (DPDT 8 PINES) BOBINA 230VAC OMRON P/N MY2N-GS AC220/240,Automatización,Omron,UN,1,9.7,MY2N-GS AC220/240|11064,type=relay|poles=2|coil=230VAC,true
    {M12_8_NO},Sensor inductivo M12 8 mm NPN NO Omron,SENSOR INDUCTIVO M12 SN 8 MM NPN NO 10-30 VDC CONECTOR M12 OMRON P/N E2E-X8MD1-M12,Automatización,Omron,UN,1,46,E2E-X8MD1-M12|10917,type=prox|body=M12|sn=8|output=NPN|contact=NO,true
    {DIN_2_20},Interruptor riel DIN 2P 20 A curva C Schneider,INTERRUPTOR TERMOMAGNETICO MINIATURA RIEL DIN 2P CURVA C 20 A 6 KA SCHNEIDER P/N A9F74220,Eléctricos,Schneider,UN,1,27,A9F74220|11301,type=breaker_din|poles=2P|amps=20,true
    {DIN_1_20},Interruptor riel DIN 1P 20 A curva C Schneider,INTERRUPTOR TERMOMAGNETICO MINIATURA RIEL DIN 1P CURVA C 20 A 6 KA SCHNEIDER P/N A9F74120,Eléctricos,Schneider,UN,1,18,A9F74120|11302,type=breaker_din|poles=1P|amps=20,true
    {PLUG_2_20},Breaker enchufable 2 polos 20 A Square D,INTERRUPTOR TERMOMAGNETICO ENCHUFABLE 2 POLOS 20 A 120/240 V PARA CENTRO DE CARGA SQUARE D P/N QO220,Eléctricos,Square D,UN,1,24,QO220|11303,type=breaker_plugon|poles=2P|amps=20,true
    {UNION_14},"Unión universal hierro negro 1/4"" Ward","UNION UNIVERSAL HIERRO MALEABLE NEGRO 1/4"" NPT CLASE 150 WARD",Conexiones,Ward,UN,1,6.1,11401,type=pipe_fitting|style=union|finish=black|size=1/4,true
    {COUPLING_14},"Unión (copla) hierro negro 1/4"" Ward","UNION (COPLA) HIERRO MALEABLE NEGRO 1/4"" NPT CLASE 150 WARD",Conexiones,Ward,UN,1,2.0,11402,type=pipe_fitting|style=coupling|finish=black|size=1/4,true
    {RCD_2_63},Disyuntor diferencial 2x63A 30mA Sica,DISYUNTOR DIFERENCIAL 2X63A 30MA CLASE AC SICA,Eléctricos,Sica,UN,1,29,11501,type=disyuntor|polos=2|amperes=63,true
    {CHAIN_15},Tecle de cadena 1.5 t x 3 m CM,POLIPASTO MANUAL DE CADENA 1.5 TON IZAJE 3 M CM P/N 622-0153,Izaje,CM,UN,1,356,622-0153|10487,type=hoist|capacity=1.5|lift=3,true
    TECLE : 1T-3M : YALE,Tecle de cadena 1 t x 3 m Yale,POLIPASTO MANUAL DE CADENA 1 TON IZAJE 3 M YALE P/N VSIII-1000-3M,Izaje,Yale,UN,1,289,VSIII-1000-3M|10492,type=hoist|capacity=1|lift=3,true
    {LEVER_15},Tecle de palanca 1.5 t Yale,TECLE DE PALANCA (RACHET) 1.5 TON YALE P/N UNO-1500,Izaje,Yale,UN,1,197,UNO-1500|10530,type=lever_hoist|capacity=1.5,true
    {LIMIT},Final de carrera piston Omron WLD,INTERRUPTOR DE LIMITE (FINAL DE CARRERA) PISTON 1NA+1NC OMRON P/N WLD,Automatización,Omron,UN,1,43,WLD|10858,type=limit|actuator=plunger,true
    """

LINES = [
    *cases(
        "a_line_stating_every_fact_with_its_units_is_that_item",
        [
            ("eslinga plana verde 2 ton de 3 metros x 4", (FLAT_2_3, 4)),
            ("need flat web sling green 2 ton 3m spanset (10) asap", (FLAT_2_3, 10)),
            ("round sling 2 ton 2m;3;pcs", (ROUND_2_2, 3)),
            ("VFD 5 HP 480V trifásico ABB - 2", (VFD_460_3F, 2)),
            ("variador 4 kW 220 3 fases abb", (VFD_230_3F, 1)),
            ("AC drive 4 KW 230V single phase ABB", (VFD_230_1F, 1)),
        ],
    ),
    *cases(
        "a_fact_left_out_or_one_no_item_has_is_a_question",
        [
            ("eslinga plana 2 t", (None, 1)),
            ("variador 4 kW abb", (None, 1)),
            ("eslinga plana verde 2 ton de 6 metros", (None, 1)),
            ("variador 30 kW 460V trifásico abb", (None, 1)),
            ("sensor inductivo M8 NPN normalmente abierto omron", (None, 1)),
            ("sensor inductivo M12 NPN omron", (None, 1)),
        ],
    ),
    *cases(
        "an_erp_fact_said_as_written_is_that_fact_never_a_connector_s",
        [
            ("sensor inductivo M 12 NPN NC Omron;24;und", (M12_NC, 24)),
            ("sensor inductivo M18 NPN NO omron x 5", (M18_NO, 5)),
        ],
    ),
    *cases(
        # A voltage, amps, a size or an ERP fact's value as written name the item too, once
        # every item that states them is compared, of any kind (session 21: the lead had
        # closed them when a breaker and a union settled on a neighbour of another kind)
        "a_voltage_amps_a_size_or_a_value_as_written_name_the_item",
        [
            ("relé enchufable DPDT 110 VAC Omron x 6", (RELAY_120, 6)),
            ("rele 2 contactos bobina 220 vac omron", (RELAY_230, 1)),
            ("sensor inductivo M12 8 mm NPN NO omron x 4", (M12_8_NO, 4)),
            ("breaker enchufable 2 polos 20A x 3", (PLUG_2_20, 3)),
            # a figure written with a decimal comma is one measure, never a 1 and a 5
            ("tecle de cadena 1,5 toneladas cm x 2", (CHAIN_15, 2)),
        ],
    ),
    *cases(
        # where items of another kind state the same facts, each stays in the comparison:
        # a DIN-rail breaker and a plug-on one both 2 poles and 20 A, a union and a coupling
        # both black and 1/4" (the house names its coupling "unión"), a residual-current
        # device of 2 x 63 A for a breaker the house does not stock
        "a_fact_another_kind_carries_too_is_a_question",
        [
            ("breaker 2 polos 20A", (None, 1)),
            ("union negra 1/4 x 10", (None, 10)),
            ("unión hierro negro 1/4", (None, 1)),
            ("termica 2x63A sica", (None, 1)),
            # the M18's M12 connector: "M12" is the body, but 4 or 8 mm of range is unsaid
            ("sensor de proximidad inductivo M12 NPN normalmente abierto omron", (None, 1)),
            # the kind before the brand: Yale's only 1.5 t hoist is a lever one, CM's a chain one
            ("tecle 1,5 t yale", (None, 1)),
        ],
    ),
    *cases(
        "two_words_said_as_one_are_the_house_s_ends",
        [
            ("tensor 3/4 x 9 ojo y ojo crosby", (TB_OO, 1)),
            ("turnbuckle 3/4x9 hook and eye crosby x 12", (TB_GO, 12)),
            ("tensor 3/4 x 9 crosby", (None, 1)),
        ],
    ),
    *cases(
        # what the work is, and any maker's will do, are said around the item, never of it
        "the_work_it_is_for_and_or_equal_are_no_item_words",
        [
            ("sensor inductivo M12 8 mm NPN NO omron - urgente, mantenimiento programado",
             (M12_8_NO, 1)),
            ("Item 2: 20 ea RS2-2 or equal", (ROUND_2_2, 20)),
        ],
    ),
    *cases(
        "the_internal_id_and_the_item_id_typed_back_are_the_item",
        [
            ("id interno 10689 - 6", (ROUND_2_2, 6)),
            ("¿hay un par de #11186 en existencia?", (VFD_460_3F, 2)),
            ("Línea 4: item FINAL CARRERA:PISTON:OMRON (12)", (LIMIT, 12)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nPA1,Talleres del Istmo,es\n", "PA1")
test_a_house_fact_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
