"""What buyers write to a Bolivian-Paraguayan house on SAP S/4HANA (catalog 15's style).

Names are S/4's 40-character material description cut where the 40th character falls
(`CHUMACERA SOPORTE BRIDA 4 AGUJEROS UCF20`, `CONTACTOR TRIPOLAR 18A BOBINA 220 VCA WE`), the
whole line only in the sales text; material numbers are 18 digits with leading zeros. Buyers
write Bolivia's usted ("¿tienen nomás …?", "cotícemelo …", "¿a cuánto está …?", "a ver, …"),
Paraguay's voseo with a word of Guaraní ("mba'éichapa, pasame presupuesto de …", "che ra'a"),
the plants' requisitions ("Solicitamos cotización de …", "Según solicitud de pedido adjunta:
…", "con plazo de entrega") and the trade's regional words (`plg`, `HºGº`, `teipe`, `piñón`,
`catalina`, `tierra`, `brida cuadrada`). Driven through `POST /api/v1/match`. What a seller
would notice: the way of asking never hides the item or its count; a coil's `50/60 Hz` is no
size, so one contactor in two makers is offered by the brand rule; a name cut before its
reference is still found by the reference said with a dash; a maker's reference said with
its maker settles the line.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

SCH18, WEG18 = "000000000010110018", "000000000010120018"
GEN12, KITZ12 = "000000000010130012", "000000000010140012"
UCF_NTN, UCF_FYH, UCFL_FYH = "000000000010150205", "000000000010160205", "000000000010170205"
CABLE_VA, CABLE_V = "000000000010180004", "000000000010190004"
TPR_3, TPR_2 = "000000000010200315", "000000000010210215"
SP50, SP40, LINK50, CHAIN50 = (
    "000000000010220050", "000000000010230040", "000000000010240050", "000000000010250050"
)  # fmt: skip
VEST_XL, VEST_L = "000000000010260001", "000000000010270001"
MDW16, TAPE_RED, TAPE_BLACK = "000000000010280016", "000000000010290001", "000000000010300001"
TEE12, CHECK12, SPRING12 = "000000000010310012", "000000000010320012", "000000000010330012"
BOOT40, CLEAR, DARK = "000000000010340040", "000000000010350001", "000000000010360001"
HALF_M, HALF_L, WASHER38 = "000000000010370002", "000000000010380003", "000000000010390038"
ROD12, ROD_M8, NUT12 = "000000000010400012", "000000000010410008", "000000000010420012"
BOLT_M8 = "000000000010430008"
CART6001, BRG6001_2RS, BRG6001 = "000000000010446001", "000000000010456001", "000000000010466001"

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    {SCH18},CONTACTOR TRIPOLAR 18A BOBINA 220 VCA SC,"CONTACTOR TRIPOLAR 18A BOBINA 220 VCA SCHNEIDER LC1D18M7. Contactor tripolar TeSys D, 18 A en AC-3, bobina 220 VCA, 1NA+1NC, Schneider LC1D18M7",Material eléctrico,Schneider,UN,1,410.00,LC1D18M7,type=contactor|amps=18|coil=220VAC,true
    {WEG18},CONTACTOR TRIPOLAR 18A BOBINA 220 VCA WE,"CONTACTOR TRIPOLAR 18A BOBINA 220 VCA WEG CWM18. Contactor tripolar WEG CWM18.10, 18 A en AC-3, bobina 220 VCA 50/60 Hz, 1NA",Material eléctrico,WEG,UN,1,330.00,CWM18.10.220V,type=contactor|amps=18|coil=220VAC,true
    {GEN12},VALVULA ESFERICA BRONCE 1/2 ROSCA BSP GE,"VALVULA ESFERICA BRONCE 1/2 ROSCA BSP GENEBRE. Válvula esférica de bronce, 1/2 pulgada, rosca hembra BSP, palanca, paso total, marca Genebre",Válvulas y conexiones,Genebre,UN,1,88.00,,type=ball_valve|size=1/2|material=bronze,true
    {KITZ12},VALVULA ESFERICA BRONCE 1/2 ROSCA BSP KI,"VALVULA ESFERICA BRONCE 1/2 ROSCA BSP KITZ. Válvula esférica de bronce, 1/2 pulgada, rosca hembra BSP, palanca, paso total, marca Kitz",Válvulas y conexiones,Kitz,UN,1,95.00,,type=ball_valve|size=1/2|material=bronze,true
    {UCF_NTN},CHUMACERA SOPORTE BRIDA 4 AGUJEROS UCF20,"CHUMACERA SOPORTE BRIDA 4 AGUJEROS UCF205 EJE 25MM NTN. Unidad de rodamiento con soporte de hierro fundido (soporte brida 4 agujeros), inserto UC205 con prisionero, eje de 25 mm, marca NTN",Rodamientos,NTN,UN,1,296.77,,type=flange4|size=205,true
    {UCF_FYH},CHUMACERA SOPORTE BRIDA 4 AGUJEROS UCF20,"CHUMACERA SOPORTE BRIDA 4 AGUJEROS UCF205 EJE 25MM FYH. Unidad de rodamiento con soporte de hierro fundido (soporte brida 4 agujeros), inserto UC205 con prisionero, eje de 25 mm, marca FYH",Rodamientos,FYH,UN,1,220.74,,type=flange4|size=205,true
    {UCFL_FYH},CHUMACERA SOPORTE BRIDA 2 AGUJEROS UCFL2,"CHUMACERA SOPORTE BRIDA 2 AGUJEROS UCFL205 EJE 25MM FYH. Unidad de rodamiento con soporte de hierro fundido (soporte brida 2 agujeros), inserto UC205 con prisionero, eje de 25 mm, marca FYH",Rodamientos,FYH,UN,1,252.90,,type=flange2|size=205,true
    {CABLE_VA},"CABLE UNIPOLAR 4MM2 VERDE-AMARILLO 750V C","CABLE UNIPOLAR 4MM2 VERDE-AMARILLO 750V COBRECOM (ROLLO 100M). Cable unipolar de cobre flexible, 4 mm², aislación PVC 750 V, color verde-amarillo, Cobrecom, se vende por metro, rollo de 100 m",Material eléctrico,Cobrecom,M,100,5.85,,type=cable|section=4|colour=verde-amarillo,true
    {CABLE_V},"CABLE UNIPOLAR 4MM2 VERDE 750V COBRECOM","CABLE UNIPOLAR 4MM2 VERDE 750V COBRECOM (ROLLO 100M). Cable unipolar de cobre flexible, 4 mm², aislación PVC 750 V, color verde, Cobrecom, se vende por metro, rollo de 100 m",Material eléctrico,Cobrecom,M,100,5.80,,type=cable|section=4|colour=verde,true
    {TPR_3},"CABLE TIPO TALLER (TPR) 3X1,5MM2 COBRECO","CABLE TIPO TALLER (TPR) 3X1,5MM2 COBRECOM (ROLLO 100M). Cable multipolar tipo taller (TPR) 3 x 1,5 mm², cobre flexible, vaina PVC 500 V, Cobrecom, se vende por metro, rollo de 100 m",Material eléctrico,Cobrecom,M,100,11.70,,type=multicore|cores=3|section=1.5,true
    {TPR_2},"CABLE TIPO TALLER (TPR) 2X1,5MM2 COBRECO","CABLE TIPO TALLER (TPR) 2X1,5MM2 COBRECOM (ROLLO 100M). Cable multipolar tipo taller (TPR) 2 x 1,5 mm², cobre flexible, vaina PVC 500 V, Cobrecom, se vende por metro, rollo de 100 m",Material eléctrico,Cobrecom,M,100,9.22,,type=multicore|cores=2|section=1.5,true
    {SP50},PIÑON SIMPLE ASA 50 15 DIENTES CUBO AGUJ,"PIÑON SIMPLE ASA 50 15 DIENTES CUBO AGUJERO PILOTO MARTIN. Piñón para cadena ASA 50 simple, 15 dientes, con cubo, agujero piloto, acero, marca Martin",Transmisión de potencia,Martin,UN,1,285.33,50BS15,type=sprocket|ansi=50|teeth=15,true
    {SP40},PIÑON SIMPLE ASA 40 15 DIENTES CUBO AGUJ,"PIÑON SIMPLE ASA 40 15 DIENTES CUBO AGUJERO PILOTO MARTIN. Piñón para cadena ASA 40 simple, 15 dientes, con cubo, agujero piloto, acero, marca Martin",Transmisión de potencia,Martin,UN,1,231.10,40BS15,type=sprocket|ansi=40|teeth=15,true
    {LINK50},ESLABON DE UNION CADENA ASA 50-1 TSUBAKI,"ESLABON DE UNION CADENA ASA 50-1 TSUBAKI. Eslabón de unión (candado) con clip para cadena ASA 50 simple, Tsubaki",Transmisión de potencia,Tsubaki,UN,1,21.40,,type=connecting_link|ansi=50,true
    {CHAIN50},CADENA A RODILLOS ASA 50-1 TSUBAKI (CAJ,"CADENA A RODILLOS ASA 50-1 TSUBAKI (CAJA 5M). Cadena a rodillos ASA 50 simple, Tsubaki, se vende por metro",Transmisión de potencia,Tsubaki,M,5,96.00,,type=roller_chain|ansi=50,true
    {VEST_XL},CHALECO REFLECTIVO NARANJA TALLA XL CON,"CHALECO REFLECTIVO NARANJA TALLA XL CON CIERRE STEELPRO. Chaleco de alta visibilidad color naranja fluorescente, dos cintas reflectivas, cierre, talla XL, Steelpro",Seguridad industrial,Steelpro,UN,1,38.42,,type=vest|size=XL|colour=naranja,true
    {VEST_L},CHALECO REFLECTIVO NARANJA TALLA L CON C,"CHALECO REFLECTIVO NARANJA TALLA L CON CIERRE STEELPRO. Chaleco de alta visibilidad color naranja fluorescente, dos cintas reflectivas, cierre, talla L, Steelpro",Seguridad industrial,Steelpro,UN,1,37.90,,type=vest|size=L|colour=naranja,true
    {MDW16},LLAVE TERMOMAGNETICA 2X16A CURVA C WEG M,"LLAVE TERMOMAGNETICA 2X16A CURVA C WEG MDW. Interruptor termomagnético (llave térmica) para riel DIN, 2 polos, 16 A, curva C, 6 kA, WEG MDW-C16-2",Material eléctrico,WEG,UN,1,96.20,MDW-C16-2,type=breaker|poles=2|amps=16,true
    {TAPE_RED},CINTA AISLADORA PVC 19MMX20M ROJO 3M TEM,"CINTA AISLADORA PVC 19MMX20M ROJO 3M TEMFLEX 1600. Cinta aisladora de PVC, 19 mm x 20 m, color rojo, 3M Temflex 1600",Material eléctrico,3M,UN,1,9.02,,type=tape|line=temflex|colour=rojo,true
    {TAPE_BLACK},CINTA AISLADORA PVC 19MMX20M NEGRO 3M TE,"CINTA AISLADORA PVC 19MMX20M NEGRO 3M TEMFLEX 1600. Cinta aisladora de PVC, 19 mm x 20 m, color negro, 3M Temflex 1600",Material eléctrico,3M,UN,1,10.19,,type=tape|line=temflex|colour=negro,true
    {TEE12},TEE HIERRO MALEABLE GALVANIZADO 1/2 BSP,"TEE HIERRO MALEABLE GALVANIZADO 1/2 BSP TUPY. Tee de hierro maleable galvanizado, 1/2 pulgada, rosca BSP, clase 10, Tupy",Válvulas y conexiones,Tupy,UN,1,14.30,,type=tee|size=1/2|material=galv,true
    {CHECK12},VALVULA DE RETENCION A CLAPETA BRONCE 1/,"VALVULA DE RETENCION A CLAPETA BRONCE 1/2 BSP GENEBRE. Válvula de retención a clapeta (horizontal), bronce, 1/2 pulgada, rosca BSP, Genebre",Válvulas y conexiones,Genebre,UN,1,120.50,,type=check_valve|size=1/2,true
    {SPRING12},VALVULA DE RETENCION A RESORTE BRONCE 1/,"VALVULA DE RETENCION A RESORTE BRONCE 1/2 BSP GENEBRE. Válvula de retención a resorte (vertical u horizontal), bronce, 1/2 pulgada, rosca BSP, Genebre",Válvulas y conexiones,Genebre,UN,1,131.20,,type=check_valve|size=1/2,true
    {BOOT40},BOTIN DE SEGURIDAD PUNTA ACERO Nº40 MARL,"BOTIN DE SEGURIDAD PUNTA ACERO Nº40 MARLUVAS 50B16. Botín de seguridad de cuero negro con puntera de acero, talla 40 (numeración brasileña), Marluvas 50B16",Seguridad industrial,Marluvas,PAR,1,404.27,,type=safety_boot|size=40|toe=steel,true
    {CLEAR},LENTE DE SEGURIDAD CLARO STEELPRO SPY,"LENTE DE SEGURIDAD CLARO STEELPRO SPY. Lente (anteojo) de seguridad, mica clara, Steelpro Spy",Seguridad industrial,Steelpro,UN,1,18.40,,type=safety_glasses|lens=clear,true
    {DARK},LENTE DE SEGURIDAD OSCURO STEELPRO SPY,"LENTE DE SEGURIDAD OSCURO STEELPRO SPY. Lente (anteojo) de seguridad, mica oscura, Steelpro Spy",Seguridad industrial,Steelpro,UN,1,18.90,,type=safety_glasses|lens=dark,true
    {HALF_M},RESPIRADOR MEDIA CARA TALLA M 3M SERIE 6,"RESPIRADOR MEDIA CARA TALLA M 3M SERIE 6000 6200. Respirador reutilizable de media cara, talla M, 3M serie 6000",Seguridad industrial,3M,UN,1,160.00,3M 6200,type=half_mask|size=M,true
    {HALF_L},RESPIRADOR MEDIA CARA TALLA L 3M SERIE 6,"RESPIRADOR MEDIA CARA TALLA L 3M SERIE 6000 6300. Respirador reutilizable de media cara, talla L, 3M serie 6000",Seguridad industrial,3M,UN,1,165.00,3M 6300,type=half_mask|size=L,true
    {WASHER38},ARANDELA PLANA 3/8 ZINCADA (VENTA POR KG,"ARANDELA PLANA 3/8 ZINCADA (VENTA POR KG). Arandela plana para bulón de 3/8 pulgada, acero zincado, se vende por kilo",Bulonería y fijaciones,,KG,1,42.00,,type=flat_washer|size=3/8|finish=zinc,true
    {ROD12},VARILLA ROSCADA 1/2 X 1 METRO ZINCADA,"VARILLA ROSCADA 1/2 X 1 METRO ZINCADA. Varilla roscada (espárrago) rosca total 1/2 pulgada UNC, largo 1 metro, acero zincado",Bulonería y fijaciones,,UN,1,38.00,,type=threaded_rod|thread=1/2,true
    {ROD_M8},VARILLA ROSCADA M8 X 1 METRO ZINCADA,"VARILLA ROSCADA M8 X 1 METRO ZINCADA. Varilla roscada (espárrago) rosca total M8, largo 1 metro, acero zincado",Bulonería y fijaciones,,UN,1,21.00,,type=threaded_rod|thread=M8,true
    {NUT12},TUERCA HEXAGONAL 1/2 ZINCADA UNC,"TUERCA HEXAGONAL 1/2 ZINCADA UNC. Tuerca hexagonal 1/2 pulgada UNC, acero zincado",Bulonería y fijaciones,,UN,1,1.10,,type=hex_nut|thread=1/2,true
    {BOLT_M8},BULON CABEZA HEXAGONAL M8X40 CL 8.8 ZINC,"BULON CABEZA HEXAGONAL M8X40 CL 8.8 ZINCADO DIN 933. Bulón de cabeza hexagonal M8 x 40 mm, rosca total, clase 8.8, acero zincado",Bulonería y fijaciones,,UN,1,2.10,,type=hex_bolt|thread=M8|length=40,true
    {CART6001},CARTUCHO 3M 6001 VAPORES ORGÁNICOS (PAR),"CARTUCHO 3M 6001 VAPORES ORGÁNICOS (PAR). Cartucho 3M 6001 para vapores orgánicos, para respiradores serie 6000 y 7500, se vende por par",Seguridad industrial,3M,PAR,1,96.00,,type=cartridge|model=6001,true
    {BRG6001_2RS},RULEMAN RIGIDO DE BOLAS 6001-2RS SKF 12X2,"RULEMAN RIGIDO DE BOLAS 6001-2RS SKF 12X28X8 MM. Rodamiento rígido de una hilera de bolas con dos sellos de goma, SKF",Rodamientos,SKF,UN,1,31.00,,type=ball_bearing|series=6001|seal=2RS,true
    {BRG6001},RULEMAN RIGIDO DE BOLAS 6001 NTN 12X28X8,"RULEMAN RIGIDO DE BOLAS 6001 NTN 12X28X8 MM. Rodamiento rígido de una hilera de bolas abierto, NTN",Rodamientos,NTN,UN,1,22.00,,type=ball_bearing|series=6001|seal=open,true
    """

LINES = [
    *cases(
        "the_way_bolivia_paraguay_and_the_plants_ask_is_not_the_item",
        [
            ("¿tienen nomás 6 contactor 18A 220vac?", ({SCH18, WEG18}, 6)),
            ("¿tienen nomsa 7 contactor 18 amperios 220vac?", ({SCH18, WEG18}, 7)),
            ("cotícemelo 4 soporte brida cuadrada UCF205 NTN por favor", (UCF_NTN, 4)),
            ("mba'éichapa, pasame presupuesto de tee HºGº 1/2 - 6", (TEE12, 6)),
            ("a ver, 8 und teipe rojo 3m", (TAPE_RED, 8)),
            ("che ra'a, ¿tenés 2 piñón 50 x 15D?", (SP50, 2)),
            ("¿tens 3 contactor 18A 220vac?", ({SCH18, WEG18}, 3)),
            ("presupuesto de una docena de chaleco reflectivo naranja XL porfa", (VEST_XL, 12)),
            (
                "Solicitamos cotización de 2 rollos de cable unipolar 4mm2 tierra COBRECOM, con "
                "plazo de entrega",
                (CABLE_VA, 200, "M"),
            ),
            ("Según solicitud de pedido adjunta: 10 contactor 18A 220VAC", ({SCH18, WEG18}, 10)),
            ("¿a cuánto está llave esférica bronce 1/2 plg?", ({GEN12, KITZ12}, 1)),
        ],
    ),
    *cases(
        "a_name_cut_before_its_reference_and_the_regions_words",
        [
            # the reference said with a dash, the holes counted or the flange called square
            ("square flange bearing UCF-205 NTN x 3", (UCF_NTN, 3)),
            ("4-BOLT FLANGE BEARING UCF-205 FYH\t2\teach", (UCF_FYH, 2)),
            ("chumacera brida 2 agujeros ucfl205 fyh - 5", (UCFL_FYH, 5)),
            # "tierra", "verde amarillo", "green/yellow": the earth conductor, never the green
            ("cable unipolar 4 mm2 tierra cobrecom x 50 m", (CABLE_VA, 50, "M")),
            ("2 rolls green/yellow cable 4mm2 cobrecom", (CABLE_VA, 200, "M")),
            # a multicore cable's cores and section as the name prints them, said spaced
            ("cable tpr 3 x 1,5mm2 - 100 mts", (TPR_3, 100, "M")),
            # a piñón or a catalina is the sprocket, its chain and teeth said "50 x 15D"
            ("piñón 50 x 15D x 2", (SP50, 2)),
            ("catalina asa 40 15 dientes - 3", (SP40, 3)),
            # "unión de cadena nº 50" is the connecting link, never the chain
            ("union de cadena nº 50 x 4", (LINK50, 4)),
            ("non-return valve swing 1/2 genebre x 2", (CHECK12, 2)),
            # a respirator's "filtros"/"cartuchos" numbered as bearings are: the 3M cartridge
            ("filtros 6001 x 3 pares", (CART6001, 3)),
            ("cartucho 6001 - 2 pares", (CART6001, 2)),
            ("ruleman 6001 x 4", (None, 4)),  # a bearing's seal is still asked
            # an espárrago, a "varilla con rosca": the threaded rod, never the nut of its size
            ("8 | UN | espárrago 1/2 plg", (ROD12, 8)),
            ("VARILLA CON ROSCA M8\t6\tUN", (ROD_M8, 6)),
            ("please quote 3 non return valve spring 1/2", (SPRING12, 3)),
            # "safety boots", "safety specs": the botín and the lente de seguridad
            ("need 4 pairs safety boots size 40 (BR) steel toe", (BOOT40, 4)),
            ("safety specs clear STEELPRO x 12", (CLEAR, 12)),
            # a half mask's size said by its letter alone, after it
            ("respirador media cara L 3M x 3", (HALF_L, 3)),
            # a slip in the closing words ("in stok?") is not the item
            ('do you have 2 kg of flat washer 3/8" zinc in stok?', (WASHER38, 2, "KG")),
        ],
    ),
    *cases(
        "a_coil_s_frequencies_are_no_size_and_a_maker_s_reference_settles",
        [
            # "bobina 220 VCA 50/60 Hz" is no 50/60 inch: the same contactor in two makers
            ("contactor 18 A bobina 220 VCA x 5", ({SCH18, WEG18}, 5)),
            ("hola, me cotiza 3 de weg mdw-c16-2", (MDW16, 3)),
            ("1 | pza | ref. WEG MDW-C16-2", (MDW16, 1)),
        ],
    ),
    *cases(
        "a_material_number_written_short_then_the_count",
        [
            # the material number without its zeros, then the count bare or after the words
            # naming it: the count, never a size (issue #13)
            ("10310012 6", (TEE12, 6)),
            ("10310012 tee 6", (TEE12, 6)),
            ("material 10400012 esparrago 12", (ROD12, 12)),
            ("10310012 | 24 | un", (TEE12, 24)),
            ("10310012\t24", (TEE12, 24)),
        ],
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nBO1,Ingenio Warnes,es\n", "BO1")
test_a_line_settles_on_the_item_a_seller_would_pick = answers_test(LINES)
