"""What buyers write to a Central American / Caribbean house on Odoo (catalog 9's style).

Odoo prints each item's display name with its code in brackets (`[EL-MCB-2PC16-ABB] Interruptor
riel DIN (Polos: 2P, …)`), sells electrodes and MIG wire by the pound in reels and boxes, and
its unit for a pair is `Par`. Buyers in Guatemala ("fíjese que…", "mándeme", "me ayuda con"),
Costa Rica ("diay", "mae", "pura vida"), the Dominican Republic ("klk", "pa' la planta",
"ahorita") and Jamaica ("wha di price fi", "thanks boss"). Driven through `POST /api/v1/match`;
the examples are ours, not the corpus's.
"""

from __future__ import annotations

from tests.match_api import Not, answers_test, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f'''
    {HEADER}
    RD-6205-2RS-NTN,"[RD-6205-2RS-NTN] Rodamiento rígido de bolas (Designación: 6205, Sello: 2RS, Marca: NTN)","Rodamiento de bolas 6205-2RS, 25x52x15 mm",Todos / Rodamientos,NTN,Unidades,1,6.10,NTN 6205LLU,type=rodamiento|designacion=6205|sello=2RS,true
    RD-6205-2RS-KOY,"[RD-6205-2RS-KOY] Rodamiento rígido de bolas (Designación: 6205, Sello: 2RS, Marca: Koyo)","Rodamiento de bolas 6205-2RS, 25x52x15 mm",Todos / Rodamientos,Koyo,Unidades,1,5.90,Koyo 6205-2RS,type=rodamiento|designacion=6205|sello=2RS,true
    EL-MCB-2PC16-ABB,"[EL-MCB-2PC16-ABB] Interruptor riel DIN (Polos: 2P, Curva: C, Amperaje: 16 A, Marca: ABB)","Interruptor termomagnético miniatura riel DIN 2P, curva C, 16 A, 6 kA",Todos / Eléctricos,ABB,Unidades,1,31.20,ABB S202-C16,type=breaker_din|polos=2P|amperios=16,true
    EL-MCB-1PC16-ABB,"[EL-MCB-1PC16-ABB] Interruptor riel DIN (Polos: 1P, Curva: C, Amperaje: 16 A, Marca: ABB)","Interruptor termomagnético miniatura riel DIN 1P, curva C, 16 A, 6 kA",Todos / Eléctricos,ABB,Unidades,1,15.20,ABB S201-C16,type=breaker_din|polos=1P|amperios=16,true
    VA-CH-100,"[VA-CH-100] Válvula de retención de columpio (Rosca: 1"" NPT)","Válvula check de columpio de bronce, rosca NPT 1"", clase 125",Todos / Válvulas,Nibco,Unidades,1,52.10,Nibco T-413-B-100,type=valvula_check|rosca=1,true
    VA-BL-100-NIB,"[VA-BL-100-NIB] Válvula de bola (Rosca: 1"" NPT, Marca: Nibco)","Válvula de bola de latón paso total, rosca NPT 1""",Todos / Válvulas,Nibco,Unidades,1,21.40,,type=valvula_bola|rosca=1,true
    AB-DD-7-NOR,"[AB-DD-7-NOR] Disco de desbaste (Diámetro: 7"", Marca: Norton)","Disco de desbaste para metal 7"" x 1/4"" x 7/8""",Todos / Abrasivos,Norton,Unidades,1,4.80,,type=disco_desbaste|diametro=7,true
    SO-MIG035-LI,"[SO-MIG035-LI] Alambre MIG ER70S-6 (Diámetro: .035"", Marca: Lincoln)","Alambre sólido para soldadura MIG ER70S-6, .035"", carrete de 33 lb",Todos / Soldadura,Lincoln,lb,33,1.71,Lincoln SuperArc L-56 .035,type=alambre_mig|diametro=.035,true
    SO-E7018-18-LI,"[SO-E7018-18-LI] Electrodo (Clase: E7018, Diámetro: 1/8"", Marca: Lincoln)","Electrodo E7018 1/8"" bajo hidrógeno, se vende por libra, caja de 10 lb",Todos / Soldadura,Lincoln,lb,10,2.40,Lincoln Excalibur 7018 1/8,type=electrodo|clase=E7018|diametro=1/8,true
    SO-E6013-18-ES,"[SO-E6013-18-ES] Electrodo (Clase: E6013, Diámetro: 1/8"", Marca: Esab)","Electrodo E6013 1/8"" rutílico, caja de 5 kg",Todos / Soldadura,Esab,kg,5,4.10,Esab OK 46.00 3.2,type=electrodo|clase=E6013|diametro=1/8,true
    CX-TM-100-GV,"[CX-TM-100-GV] Tapón macho HG (Rosca: 1"" NPT)","Tapón macho de hierro galvanizado, rosca NPT 1""",Todos / Conexiones,Ward,Unidades,1,2.10,,type=tapon|rosca=1|material=galvanizado,true
    CX-TP-100-PVC,"[CX-TP-100-PVC] Tapón PVC cédula 40 (Medida: 1"")","Tapón de PVC cédula 40 de 1"", para pegar",Todos / Conexiones,Durman,Unidades,1,0.60,,type=tapon|medida=1|material=pvc,true
    SE-BT-42,"[SE-BT-42] Bota de seguridad punta de acero (Talla: 42)","Bota de cuero con puntera de acero y suela antideslizante, talla 42",Todos / Seguridad industrial,Caterpillar,Par,1,72.68,,type=bota|talla=42,true
    HE-LC13M-ST,"[HE-LC13M-ST] Llave combinada (Medida: 13mm, Marca: Stanley)","Llave combinada (boca y estría) 13mm, acero cromo vanadio, 12 puntas",Todos / Herramientas,Stanley,Unidades,1,12.90,Stanley STMT70124,type=llave_combinada|medida=13mm,true
    HE-DP-2-ST,"[HE-DP-2-ST] Destornillador Phillips (Medida: #2 x 4"", Marca: Stanley)","Destornillador punta estrella (Phillips) #2 x 4 pulg",Todos / Herramientas,Stanley,Unidades,1,5.10,,type=destornillador|punta=phillips,true
    FE-PH-M6X13,"[FE-PH-M6X13] Tornillo cabeza estrella (Medida: M6x13, Acabado: Zincado)","Tornillo cabeza alomada Phillips M6 x 13 mm zincado",Todos / Tornillería,Chun Yu,Unidades,1,0.10,,type=tornillo_phillips|medida=M6x13,true
    SE-GN-8-AN,"[SE-GN-8-AN] Guante recubierto de nitrilo (Talla: 8, Marca: Ansell)","Guante de nylon recubierto de nitrilo, talla 8",Todos / Seguridad industrial,Ansell,Par,1,3.90,,type=guante_nitrilo|talla=8,true
    RD-6205-KOY,"[RD-6205-KOY] Rodamiento rígido de bolas (Designación: 6205, Sello: Abierto, Marca: Koyo)","Rodamiento de bolas 6205 abierto, 25x52x15 mm",Todos / Rodamientos,Koyo,Unidades,1,5.10,,type=rodamiento|designacion=6205|sello=abierto,true
    SO-E6011-332-HO,"[SO-E6011-332-HO] Electrodo (Clase: E6011, Diámetro: 3/32"", Marca: Hobart)","Electrodo celulósico AWS E6011, 3/32"" (2.4 mm), caja de 10 lb, se vende por libra",Todos / Soldadura,Hobart,lb,10,1.96,Hobart 335A 3/32,type=electrodo|clase=E6011|diametro=3/32,true
    SO-E6011-332-LI,"[SO-E6011-332-LI] Electrodo (Clase: E6011, Diámetro: 3/32"", Marca: Lincoln)","Electrodo celulósico AWS E6011, 3/32"" (2.4 mm), caja de 10 lb, se vende por libra",Todos / Soldadura,Lincoln,lb,10,2.26,Lincoln Fleetweld 35 3/32,type=electrodo|clase=E6011|diametro=3/32,true
    HE-JAS-ST,"[HE-JAS-ST] Juego de llaves hexagonales (Sistema: SAE, Marca: Stanley)","Juego de 13 llaves hexagonales (allen) 0.050"" a 3/8"", con organizador",Todos / Herramientas,Stanley,Juego,1,16.38,,type=juego_allen|sistema=SAE,true
    HE-JAS-TR,"[HE-JAS-TR] Juego de llaves hexagonales (Sistema: SAE, Marca: Truper)","Juego de 13 llaves hexagonales (allen) 0.050"" a 3/8"", con organizador",Todos / Herramientas,Truper,Juego,1,17.03,,type=juego_allen|sistema=SAE,true
    TR-A62-BA,"[TR-A62-BA] Banda en V (Perfil: A, Largo: 62"", Marca: Bando)","Banda en V sección A, 62 pulgadas de largo exterior",Todos / Transmisión,Bando,Unidades,1,13.31,Bando Power King A62,type=banda|perfil=A|largo=62,true
    AB-DL-7-60-3M,"[AB-DL-7-60-3M] Disco flap (Diámetro: 7"", Grano: 60, Marca: 3M)","Disco de láminas (flap) de zirconio 7"", grano 60, tipo 29",Todos / Abrasivos,3M,Unidades,1,6.47,3M 967A 7 60+,type=disco_flap|diametro=7|grano=60,true
    AB-DL-7-60-NOR,"[AB-DL-7-60-NOR] Disco flap (Diámetro: 7"", Grano: 60, Marca: Norton)","Disco de láminas (flap) de zirconio 7"", grano 60, tipo 29",Todos / Abrasivos,Norton,Unidades,1,7.46,Norton R822 7 Z60,type=disco_flap|diametro=7|grano=60,true
    AB-DC-7-116-NOR,"[AB-DC-7-116-NOR] Disco de corte metal (Diámetro: 7"", Espesor: 1/16"", Marca: Norton)","Disco de corte para metal 7"" x 1/16"" (180x1.6 mm), centro 7/8""",Todos / Abrasivos,Norton,Unidades,1,3.40,,type=disco_corte|diametro=7|espesor=1/16,true
    '''

LINES = [
    *cases(
        "odoos_bracketed_codes_are_codes_not_words",
        [
            # the code in brackets, as Odoo prints it and a buyer pastes it
            ("[RD-6205-2RS-NTN] rodamiento - cant. 8", ("RD-6205-2RS-NTN", 8)),
            # "el", "se", "va" of the codes (EL-…, SE-…, VA-…) are no words of the items, and "se
            # vende por libra" in a description does not make the buyer's talk a clause of an item
            ("fíjese que se nos quebró el eje, ocupamos rodamiento 6205 2RS NTN", ("RD-6205-2RS-NTN", 1)),
        ],
    ),
    *cases(
        "the_regions_way_of_asking_never_keeps_the_item_from_being_settled",
        [
            ("klk, ¿tienen 4 rodamiento 6205 2rs ntn?", ("RD-6205-2RS-NTN", 4), "GT1"),
            ("diay, ¿tienen tres rodamiento 6205-2RS Koyo?", ("RD-6205-2RS-KOY", 3), "GT1"),
            ("mae, ocupo 2 breaker riel DIN 2x16 ABB pura vida", ("EL-MCB-2PC16-ABB", 2), "GT1"),
            ("me ayuda con 5 válvulas de bola 1\" nibco por fa", ("VA-BL-100-NIB", 5), "GT1"),
            ("mándeme seis rodamiento 6205 2RS NTN", ("RD-6205-2RS-NTN", 6), "GT1"),
            ("¿tienen en existencia 3 rodamiento 6205 2rs koyo?", ("RD-6205-2RS-KOY", 3), "GT1"),
            ("10 rodamiento 6205 2RS NTN pa' la planta ahorita", ("RD-6205-2RS-NTN", 10), "GT1"),
            ("wha di price fi 6 off bearing 6205 2RS koyo - thanks boss",
             ("RD-6205-2RS-KOY", 6), "JM1"),
        ],
        also={"assumed": False},
    ),
    *cases(
        "the_regions_names_of_items_name_them",
        [
            ('2 cheque de columpio 1"', "VA-CH-100"),  # a swing check valve
            ('swing check valve 1" x 2', "VA-CH-100"),
            ('piedra de esmeril 7" norton', "AB-DD-7-NOR"),  # a grinding disc
            ("DIN rail breaker 2P 16A ABB", "EL-MCB-2PC16-ABB"),
            ("breaker double pole 16 amps ABB", "EL-MCB-2PC16-ABB"),
            ("single pole breaker 16 amp ABB din rail", "EL-MCB-1PC16-ABB"),
        ],
    ),
    # "Estrella" is Phillips on a screwdriver or a screw's head; "llave estrella" is a ring
    # (box) wrench. Where the house sells none, the combination wrench of that size may be
    # offered, but never settled on, and a screwdriver or a screw is never chosen.
    *cases(
        "a_ring_wrench_is_never_a_phillips_screwdriver_nor_a_screw",
        [
            (line, {"auto": False, "offered": Not({"HE-DP-2-ST", "FE-PH-M6X13"})})
            for line in (
                "llave estrella 13mm stanley", "3 llaves de estrella 13 mm", "box wrench 13mm stanley",
                "ring spanner 13mm",
            )
        ],
    ),
    *cases("estrella_on_a_screwdriver_is_still_phillips", [("destornillador estrella #2 stanley", "HE-DP-2-ST")]),
    # A reel (carrete, rollo, spool) is a pack of the wire: N reels are N times its pounds,
    # never N pounds.
    *cases(
        "a_reel_of_wire_sold_by_the_pound_is_its_pounds",
        [
            ("3 carretes de alambre MIG .035 lincoln", 99),  # three 33 lb reels
            ("2 rollos de microalambre .035 lincoln", 66),
            ("dos carretes de alambre mig .035 lincoln", 66),
            ("4 reels MIG wire .035 lincoln", 132),
            ("MIG wire .035 lincoln - 3 reels", 99),
            ("33 libras de microalambre .035 lincoln", 33),  # the pounds said: as many pounds
            ("20 lb electrodo 7018 1/8 lincoln", 20),
            ("2 cajas de electrodo 7018 1/8 lincoln", 20),  # two 10 lb boxes
        ],
        keys=("qty",),
        also={"auto": True, "assumed": False, "uom": {"LB", "lb"}},
    ),
    *cases(
        "pairs_of_an_item_sold_by_the_par_are_counted_once",
        [("10 pares de guantes de nitrilo talla 8 ansell", ("SE-GN-8-AN", 10))],
    ),
    *cases(
        "pounds_and_kilos_are_converted_to_the_items_unit",
        [
            ("22 lb electrodo 6013 1/8 esab", (9.98, "KG")),  # pounds of what is sold by the kg
            ("5 kg electrodo 7018 1/8 lincoln", (11.02, "LB")),  # kilos of what is sold by the lb
        ],
        keys=("qty", "uom"),
        also={"auto": True},
    ),
    *cases(
        "the_caribbeans_english_names_the_item",
        [
            ("2 plug galvanised 1 inch", ("CX-TM-100-GV", 2)),  # the UK's spelling
            ("10 pairs of steel toe boots size 42", ("SE-BT-42", 10)),  # sold by the Par
        ],
        customer="JM1",
    ),
    *cases(
        "odoos_attribute_names_and_the_regions_words_settle_the_item",
        [
            # "Sello: Abierto" is the open bearing: the label says no seal, its value does
            ("diay, ocupo 4 rodamiento 6205-2RS koyo", {"RD-6205-2RS-KOY"}),
            ("rodamiento 6205 abierto koyo x 2", {"RD-6205-KOY"}),
            # a maker's line in an alias (Hobart 335A) is no current that tells brands apart
            ("electrodo E6011 3/32 - 20 lb", {"SO-E6011-332-HO", "SO-E6011-332-LI"}),
            # llaves hexagonales are hex keys (allen), as the buyer's hex key set is
            ("HEX KEY SET SAE;1;SET", {"HE-JAS-ST", "HE-JAS-TR"}),
            ("juego de llaves allen sae truper", {"HE-JAS-TR"}),
            # bronze said for a ball valve sold in brass, beside a bronze check valve of that size
            ('llave de bola de bronce 1" nibco x 6', {"VA-BL-100-NIB"}),
            # a cut-off disc "de cortar", or a "cut off wheel" where the house says disco de corte
            ("12 disco de cortar 7 x 1/16 norton", {"AB-DC-7-116-NOR"}),
            ('cut off wheel 7" x 1/16 norton qty 12', {"AB-DC-7-116-NOR"}),
        ],
    ),
    *cases(
        "a_bare_disco_is_never_settled_on_one_kind_of_disc",
        # a grinding and a cut-off disc of 7": "disco 7" is either
        [("disco 7 - 10", {"auto": False})],
    ),
    *cases(
        "slips_and_phrases_of_the_region_settle_the_item",
        [
            # a letter left out of a short trade word, where the word it spells is a kind of item
            # or opens a phrase with what follows
            ("llae mixta 13mm stanley", {"HE-LC13M-ST"}),
            ("lave combinada 13mm stanley x 2", {"HE-LC13M-ST"}),
            ("ocupo bana A-62 bando - cant. 12", {"TR-A62-BA"}),
            # a word of a phrase ("disco de láminas") is never read as another word
            ('20 disco de láminas 7" grano 60 3M', {"AB-DL-7-60-3M"}),
            ("combo spanner 13mm Stanley", {"HE-LC13M-ST"}),
            # a maker's line in an alias (3M 967A) is no current: the two brands are one item
            ("disco flap 7 grano 60 - 10", {"AB-DL-7-60-3M", "AB-DL-7-60-NOR"}),
        ],
    ),
    *cases(
        "a_slip_in_a_short_unit_after_its_count_is_that_unit",
        [
            # a slip in a short unit right after its count: a letter left out or two swapped
            ("10 paes de guantes de nitrilo talla 8 ansell", ("SE-GN-8-AN", 10)),
            ("2 cjaas de electrodo 7018 1/8 lincoln", ("SO-E7018-18-LI", 20)),
            ("need 2 boes of electrode 7018 1/8 lincoln", ("SO-E7018-18-LI", 20)),
        ],
    ),
]

match = match_fixture(
    CATALOG,
    "customer_id,name,language\nGT1,Ingenio El Sol,es\nJM1,Blue Mountain Alumina,en\n",
    "GT1",
)
test_what_a_central_american_house_hears_is_answered_as_a_seller_would = answers_test(LINES)
