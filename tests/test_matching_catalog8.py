"""What buyers write to a Spanish "suministros industriales" house (catalog 8's style).

DIN/ISO names, codes like `RO6474B`, the `UD` unit; buyers in Spain ("ponme", "me mandas …
porfa", "añade al albarán", "pedido:"), Colombia ("me regala", "pa la planta", "und") and
the UK ("10 off", "50 no.", "can you do …", "or equivalent"); rows pasted with their cells
kept apart by `|` or `;`. Driven through `POST /api/v1/match`. What a seller would notice:
the way of asking never keeps a line naming one item from being settled, and the count is
read however it is said.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    RO6474B,ROD. 6200DDU NSK,"Rodamiento rígido de bolas 6200, obturado con juntas de goma ambos lados, 10x30x9 mm",Rodamientos,NSK,UD,1,10.09,NSK 6200DDU,type=rodamiento|designacion=6200|obturacion=2RS,true
    TO8176B,TORN. ALLEN DIN 912 M10X60 8.8 ZINC. BOSSARD,"Tornillo cilíndrico con hexágono interior DIN 912 / ISO 4762 M10 x 60 mm, calidad 8.8 cincado",Tornillería,Bossard,UD,100,1.68,ISO 4762 M10x60 8.8,type=tornillo_allen|metrica=M10|largo=60|material=8.8 zinc,true
    TO8828X,TORN. HEX. DIN 933 M10X50 8.8 ZINC. BOSSARD,"Tornillo hexagonal rosca total DIN 933 / ISO 4017 M10 x 50 mm, calidad 8.8 cincado",Tornillería,Bossard,UD,100,1.05,ISO 4017 M10x50 8.8,type=tornillo_hex|metrica=M10|largo=50|material=8.8 zinc,true
    TO5680J,ARAND. PLANA DIN 125 M8 INOX A2 FABORY,"Arandela plana DIN 125 M8, acero inoxidable A2",Tornillería,Fabory,UD,100,0.24,,type=arandela|metrica=M8|material=A2,true
    TO4659K,ARAND. PLANA DIN 125 M12 INOX A2 FABORY,"Arandela plana DIN 125 M12, acero inoxidable A2",Tornillería,Fabory,UD,100,0.36,,type=arandela|metrica=M12|material=A2,true
    TR3049V,CORREA TRAP. SPZ 1700 OPTIBELT,"Correa trapezoidal perfil SPZ, desarrollo 1700 mm",Transmisión,Optibelt,UD,1,21.31,,type=correa|perfil=SPZ|largo=1700,true
    TR1514R,CORREA TRAP. SPZ 1500 OPTIBELT,"Correa trapezoidal perfil SPZ, desarrollo 1500 mm",Transmisión,Optibelt,UD,1,19.76,,type=correa|perfil=SPZ|largo=1500,true
    EL5638W,CONTACTOR 3P 32A BOB. 24VAC SCHNEIDER,"Contactor tripolar 32 A AC-3, bobina 24VAC, 1NA auxiliar",Material eléctrico,Schneider,UD,1,85.79,Schneider LC1D32B7,type=contactor|amperios=32|bobina=24VAC,true
    RC9957H,"MACHON M-M GALV. 1 1/4"" GF","Machón macho-macho de fundición maleable galvanizada, rosca BSP 1 1/4 pulg",Racorería,GF,UD,1,19.31,,type=machon|rosca=1 1/4|material=galvanizado,true
    RC6730W,"MACHON M-M LATON 1 1/4"" ARCO","Machón macho-macho de latón, rosca BSP 1 1/4 pulg",Racorería,Arco,UD,1,34.52,,type=machon|rosca=1 1/4|material=laton,true
    RC7062B,"MACHON M-M GALV. 1/2"" GF","Machón macho-macho de fundición maleable galvanizada, rosca BSP 1/2 pulg",Racorería,GF,UD,1,4.00,,type=machon|rosca=1/2|material=galvanizado,true
    RC6904L,"CASQUILLO RED. M-H GALV. 1/2"" GF","Casquillo reducción macho-hembra de fundición maleable galvanizada, rosca BSP 1/2 pulg",Racorería,GF,UD,1,3.10,,type=casquillo|rosca=1/2|material=galvanizado,true
    RC1186F,"TAPON MACHO LATON 3/8"" ARCO","Tapón macho de latón, rosca BSP 3/8 pulg",Racorería,Arco,UD,1,2.01,,type=tapon|rosca=3/8|material=laton,true
    VA1474H,"VALV. BOLA LATON H-H 3/4"" PN25 GENEBRE","Válvula de bola de latón paso total, rosca hembra-hembra BSP 3/4 pulg, PN25",Válvulas,Genebre,UD,1,39.36,,type=valvula_bola|material=laton|rosca=3/4,true
    SO2180N,"HILO MIG SG2 1,0 BOB. 15KG ESAB","Hilo macizo para soldadura MIG ER70S-6 (SG2), Ø 1,0 mm, bobina de 15 kg",Soldadura,Esab,KG,15,3.15,Esab OK Autrod 12.51 1.0,type=hilo_mig|diametro=1.0,true
    SO7641W,"HILO MIG SG2 1,2 BOB. 15KG ESAB","Hilo macizo para soldadura MIG ER70S-6 (SG2), Ø 1,2 mm, bobina de 15 kg",Soldadura,Esab,KG,15,2.92,Esab OK Autrod 12.51 1.2,type=hilo_mig|diametro=1.2,true
    TO5906K,TORN. ALOM. PH DIN 7985 M5X20 ZINC. WÜRTH,"Tornillo alomado cabeza cruz Phillips DIN 7985 M5 x 20 mm, cincado",Tornillería,Würth,UD,200,0.43,,type=tornillo_alomado|metrica=M5|largo=20|material=zinc,true
    AB1017F,"DISCO DESBASTE 230X6,0 PFERD","Disco de desbaste para acero, 230 x 6,0 x 22,23 mm",Abrasivos,Pferd,UD,1,7.40,,type=disco_desbaste|diametro=230,true
    AB7775K,"DISCO CORTE INOX 230X1.9 PFERD","Disco de corte para inox, 230 x 1,9 x 22,23 mm",Abrasivos,Pferd,UD,1,6.10,,type=disco_corte|diametro=230,true
    SO7260Y,"ELECTR. E7018 3,2X350 ESAB","Electrodo básico E7018 (AWS A5.1), Ø 3,2 mm, caja de 5 kg",Soldadura,Esab,KG,5,6.49,Esab OK 48.00 3.2,type=electrodo|clase=E7018|diametro=3.2,true
    SO3351T,"ELECTR. E7018 4,0X350 ESAB","Electrodo básico E7018 (AWS A5.1), Ø 4,0 mm, caja de 5 kg",Soldadura,Esab,KG,5,6.19,Esab OK 48.00 4.0,type=electrodo|clase=E7018|diametro=4.0,true
    HE2041D,LLAVE COMBINADA 17MM BAHCO,"Llave combinada fija-estrella de 17 mm, cromo-vanadio",Herramienta,Bahco,UD,1,11.03,Bahco 111M-17,type=llave_combinada|medida=17,true
    HE2890C,LLAVE COMBINADA 19MM BAHCO,"Llave combinada fija-estrella de 19 mm, cromo-vanadio",Herramienta,Bahco,UD,1,11.97,Bahco 111M-19,type=llave_combinada|medida=19,true
    EL7362W,"CABLE H07V-K 1,5MM2 AZUL GENERAL CABLE","Cable flexible H07V-K 1,5 mm2 azul, por metro",Material eléctrico,General Cable,M,1,0.35,,type=cable|seccion=1.5|color=azul,true
    RC9139N,"CODO 90 H-H LATON 1/2"" ARCO","Codo 90° hembra-hembra de latón, rosca BSP 1/2 pulg",Racorería,Arco,UD,1,3.20,,type=codo|rosca=1/2|material=laton,true
    VA6383D,"ELECTROV. 2/2 NC 1"" 230VAC PARKER","Electroválvula 2/2 normalmente cerrada, cuerpo de latón, rosca 1"", bobina 230VAC",Válvulas,Parker,UD,1,137.48,Parker 7321B5600,type=electrovalvula|rosca=1|tension=230VAC,true
    """

BRONZE = (
    'VA1475J,"VALV. BOLA BRONCE H-H 3/4"" ARCO","Válvula de bola de bronce, rosca BSP 3/4 '
    'pulg",Válvulas,Arco,UD,1,45.00,,type=valvula_bola|material=bronce|rosca=3/4,true'
)

LINES = [
    *cases(
        "a_row_kept_apart_by_bars_or_semicolons_is_read_by_its_cells",
        [
            ("RO6474B | 12 | un", ("RO6474B", 12)),
            ("cód. TO8176B | 5 | uds", ("TO8176B", 5)),
            ("6;correa SPZ 1700 Optibelt;uds", ("TR3049V", 6)),
            ("300 | tornillo allen DIN 912 M10x60 8.8 zincado | un", ("TO8176B", 300)),
            ("contactor 32A bobina 24V AC Schneider;2;UD", ("EL5638W", 2)),
        ],
        also={"assumed": False},
    ),
    *cases(
        "a_signature_with_bars_is_not_a_row",
        [("Saludos, Ana Ruiz | Compras | Talleres Bilbao", {"auto": False})],
    ),
    *cases(
        "the_way_of_asking_never_keeps_the_item_from_being_settled",
        [
            ("ponme 500 ud. tornillo allen DIN 912 M10 x 60 8.8 zincado BOSSARD",
             ("TO8176B", 500), "ES1"),
            ("me mandas 2 ud. contactor 32A bobina 24V AC Schneider porfa", ("EL5638W", 2), "ES1"),
            ("me regala correa trapezoidal spz 1500 optibelt - cant. 2", ("TR1514R", 2), "ES1"),
            ("añade al albarán 4 correa SPZ 1700 Optibelt", ("TR3049V", 4), "ES1"),
            ("pedido: tornillo din 933 m10 x 50 8.8 zincado bossard - cant. 500",
             ("TO8828X", 500), "ES1"),
            ("favor despachar 20 und contactor 32a bobina 24v ac schneider", ("EL5638W", 20), "ES1"),
            ("me cotiza 6 uds correa SPZ 1700 Optibelt por fa", ("TR3049V", 6), "ES1"),
            ("hola, correa SPZ 1700 Optibelt x3 vale?", ("TR3049V", 3), "ES1"),
            ("necesito correa SPZ 1500 Optibelt x3 pa la planta", ("TR1514R", 3), "ES1"),
            ("¿tenéis stock de 8x correa SPZ 1500 Optibelt?", ("TR1514R", 8), "ES1"),
            ("prcio de 100x ISO 4017 M10x50 8.8 o equivalente", ("TO8828X", 100), "ES1"),
            ("can you do 6 pcs bearing 6200-2RS NSK?", ("RO6474B", 6), "UK1"),
            ("please supply 2 off contactor 32A coil 24V AC Schneider", ("EL5638W", 2), "UK1"),
            ('1) solenoid valve 1" 230V AC Parker - 50 no.', ("VA6383D", 50), "UK1"),
            # Colombia's courtesy around the verb
            ("sumercé me regala 4 rodamiento 6200 2rs nsk", ("RO6474B", 4), "ES1"),
            ("me hace el favor y me despacha 10 machones galv 1/2", ("RC7062B", 10), "ES1"),
            ("me hace el favor de 2 registros de bola bronce 3/4", ("VA1474H", 2), "ES1"),
            ("me colabora con 20 und contactor 32a bobina 24v ac schneider", ("EL5638W", 20), "ES1"),
            ("me vende 3 correa SPZ 1700 Optibelt", ("TR3049V", 3), "ES1"),
            ("me pones 2 de la correa SPZ 1700 Optibelt", ("TR3049V", 2), "ES1"),
            ("cable H07V-K 1,5 mm2 azul rollo de 100 m", ("EL7362W", 100), "ES1"),  # one roll
            # the UK's words for the same things
            ("10 No. bearing 6200-2RS NSK", ("RO6474B", 10), "UK1"),
            ("pls quote 10 off combination spanner 17mm bahco", ("HE2041D", 10), "UK1"),
            ("qty 20 plain washer M8 A2", ("TO5680J", 20), "UK1"),
            ("10 off hex bolt ISO 4017 M10x50 8.8 BZP", ("TO8828X", 10), "UK1"),
            # a slip in the way of asking, in its tail, and where the goods go
            ("me reglaa rodamiento 6200 2rs nsk - cant. 2", ("RO6474B", 2), "ES1"),
            ("1000 und iso 4017 m10x50 8.8 o equivalete", ("TO8828X", 1000), "ES1"),
            ("necesito correa SPZ 1500 Optibelt (1 unidad) pa la mina", ("TR1514R", 1), "ES1"),
        ],
        also={"assumed": False},
    ),
    *cases(
        "boxes_of_a_hundred_are_counted_and_the_hundred_names_no_item",
        [
            (line, {"sku": "TO5680J", "qty": 500, "confidence": 1.0})  # the 100 left no trace
            for line in ("5 cajas de a 100 arandela DIN 125 M8 inox", "5 cajas x 100 und arandela DIN 125 M8 inox")
        ],
    ),
    *cases(
        "spains_fitting_words_name_the_fitting",
        [
            ('machón galva 1 1/4" x 4', ("RC9957H", 4)),  # a machón is a hex nipple, galvanised
            ("4 machones laton 1 1/4 pulg", ("RC6730W", 4)),
            ("buje reducción galvanizado 1/2 pulg - 10", ("RC6904L", 10)),  # the casquillo red.
            ("10 casquillo reduccion galv 1/2", ("RC6904L", 10)),
        ],
    ),
    *cases(
        "the_trade_words_name_the_item",
        [
            # a house selling its valves and fittings in brass only: "bronce" is its brass one
            ('5\tregistro de bola bronce 3/4"\tuds', ("VA1474H", 5)),
            ('tapón bronce 3/8" x3', ("RC1186F", 3)),
            ("30 kg alambre MIG 1.0", ("SO2180N", 30)),  # 1.0 is the wire's mm, not the 1.2's
            ("hilo mig 1,2 esab - 60 kg", ("SO7641W", 60)),
            ("tornillo estrella cabeza redonda M5x20 x100", ("TO5906K", 100)),  # DIN 7985
            ("2 ud. disco de pulir 230 Pferd", ("AB1017F", 2)),  # Colombia: the grinder's disc
            ("electrodo 7018 3,2 esab 10 kg", ("SO7260Y", 10)),  # 3,2 mm, not the numbers 3 and 2
        ],
    ),
    *cases(
        "bronze_is_bronze_where_the_house_sells_bronze_too",
        [("registro de bola bronce 3/4 x 5", ("VA1475J", 5))],  # never the brass VA1474H
        fixture="match_bronze",
    ),
    *cases(
        "a_fittings_ends_said_are_the_ends_sold",
        [
            ("codo 90 latón 1/2 hembra-hembra x 3", ("RC9139N", 3)),
            ("codo 90 latón 1/2 x 3", ("RC9139N", 3)),  # the ends unsaid: the one we sell
            ("casquillo reduccion macho hembra galv 1/2 x 3", ("RC6904L", 3)),
            ('machon M-M galv 1 1/4" x 3', ("RC9957H", 3)),
            ("codo 90 latón 1/2 macho hembra x 3", (None, 3)),  # an M-H elbow we do not sell
        ],
    ),
]

match = match_fixture(
    CATALOG,
    "customer_id,name,language\nES1,Talleres Bilbao,es\nUK1,Northern Plant Eng,en\n",
    "ES1",
)
match_bronze = match_fixture(
    f"{CATALOG.rstrip()}\n    {BRONZE}\n", "customer_id,name,language\nES1,Talleres Bilbao,es\n", "ES1"
)
test_what_a_spanish_house_hears_is_answered_as_a_seller_would = answers_test(LINES)
