"""A house style the rules were not written for, read from the catalog itself.

A Rio de la Plata distributor (RULEMAN, CAÑO, TAPA, LLAVE TERMOMAGNETICA, DISCO P/CORTAR):
what its buyers shorten, leave out or misspell is read against the catalog's own words,
sizes and aliases, not against lists written for it; driven through `POST /api/v1/match`.
"""

from __future__ import annotations

from tests.match_api import answers_test, cases, match_fixture

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases,attributes
    RU1,RULEMAN 6206 SKF,Rulemán rígido de bolas 6206 abierto,SKF,Rulemanes,UN,1,90,,type=rigido
    RU2,RULEMAN 6206 ZZ SKF,Rulemán rígido de bolas 6206 con tapas metálicas,SKF,Rulemanes,UN,1,99,,type=rigido
    RU3,RULEMAN 6206 2RS SKF,Rulemán rígido de bolas 6206 con sellos de goma,SKF,Rulemanes,UN,1,101,,type=rigido
    RU4,RULEMAN CONICO 32206 SKF,"Rulemán de rodillos cónicos 32206, 30 mm interior",SKF,Rulemanes,UN,1,300,32206 J2/Q,type=conico
    RU5,RULEMAN CONICO 32206 FAG,"Rulemán de rodillos cónicos 32206, 30 mm interior",FAG,Rulemanes,UN,1,320,32206-A,type=conico
    HE1,LLAVE FRANCESA 8" BAHCO,Llave ajustable 8 pulg,Bahco,Herramientas,UN,1,50,,type=francesa
    HE2,LLAVE FRANCESA 12" BAHCO,Llave ajustable 12 pulg,Bahco,Herramientas,UN,1,70,,type=francesa
    HE3,LLAVE COMBINADA 13MM BAHCO,Llave combinada boca y estría 13 mm,Bahco,Herramientas,UN,1,30,,type=combinada
    HE4,LLAVE COMBINADA 17MM BAHCO,Llave combinada boca y estría 17 mm,Bahco,Herramientas,UN,1,35,,type=combinada
    HE5,DESTORNILLADOR PLANO 6X150MM BAHCO,Destornillador punta plana 6 x 150 mm,Bahco,Herramientas,UN,1,20,,type=plano
    HE6,DESTORNILLADOR PHILLIPS 6X150MM BAHCO,Destornillador punta phillips 6 x 150 mm,Bahco,Herramientas,UN,1,20,,type=phillips
    CA1,VALVULA ESCLUSA BRONCE 1 GENEBRE,Válvula esclusa de bronce 1 pulg,Genebre,Caños,UN,1,80,,type=esclusa
    CA2,VALVULA ESCLUSA BRONCE 2 GENEBRE,Válvula esclusa de bronce 2 pulg,Genebre,Caños,UN,1,160,,type=esclusa
    CA3,CODO 45 TERMOFUSION 40MM IPS,Codo 45 grados de polipropileno para termofusión 40 mm,IPS,Caños,UN,1,9,,type=codo
    CA4,CODO 45 TERMOFUSION 32MM IPS,Codo 45 grados de polipropileno para termofusión 32 mm,IPS,Caños,UN,1,7,,type=codo
    CA5,CAÑO TERMOFUSION 25MM X 4M IPS,Caño de polipropileno para termofusión 25 mm barra de 4 m,IPS,Caños,UN,1,40,,type=cano
    CA6,CUPLA TERMOFUSION 25MM ACQUA SYSTEM,Cupla de polipropileno para termofusión 25 mm,Acqua System,Caños,UN,1,3,,type=cupla
    CA7,CUPLA TERMOFUSION 25MM IPS,Cupla de polipropileno para termofusión 25 mm,IPS,Caños,UN,1,3,,type=cupla
    CA9,VALVULA ESFERICA BRONCE 3/4 HEMBRA GENEBRE,Válvula esférica de bronce 3/4 pulg hembra,Genebre,Caños,UN,1,50,,type=esferica
    CA8,TAPA EPOXI 3/4,Tapa de hierro maleable epoxi 3/4 pulg para gas,Sigas,Caños,UN,1,6,,type=tapa
    EL1,LLAVE TERMOMAGNETICA 2X16A CURVA C SICA,Interruptor termomagnético 2 polos 16 A curva C riel DIN,Sica,Electricidad,UN,1,60,,type=termica
    EL2,LLAVE TERMOMAGNETICA 2X20A CURVA C SICA,Interruptor termomagnético 2 polos 20 A curva C riel DIN,Sica,Electricidad,UN,1,62,,type=termica
    EL3,CINTA AISLADORA ROJA 20M TACSA,Cinta aisladora de PVC roja rollo de 20 m,Tacsa,Electricidad,UN,10,2,,type=cinta
    EL4,CINTA AISLADORA NEGRA 20M TACSA,Cinta aisladora de PVC negra rollo de 20 m,Tacsa,Electricidad,UN,10,2,,type=cinta
    BU1,TARUGO NYLON 10MM TACSA,Tarugo de nylon 10 mm para mampostería,Tacsa,Bulonería,UN,100,1,,type=tarugo
    BU2,TARUGO NYLON 6MM TACSA,Tarugo de nylon 6 mm para mampostería,Tacsa,Bulonería,UN,100,1,,type=tarugo
    EL5,"CABLE UNIPOLAR 1,5MM2 NEGRO IMSA",Cable unipolar de cobre 1.5 mm² negro,IMSA,Electricidad,M,1,1,,type=unipolar
    EL6,"CABLE UNIPOLAR 2,5MM2 NEGRO IMSA",Cable unipolar de cobre 2.5 mm² negro,IMSA,Electricidad,M,1,2,,type=unipolar
    EL7,CABLE UNIPOLAR 6MM2 NEGRO IMSA,Cable unipolar de cobre 6 mm² negro,IMSA,Electricidad,M,1,4,,type=unipolar
    HE7,"MECHA ACERO RAPIDO 6,5MM EZETA","Mecha de acero rápido 6,5 mm",Ezeta,Herramientas,UN,10,3,,type=mecha
    HE8,MECHA ACERO RAPIDO 6MM EZETA,Mecha de acero rápido 6 mm,Ezeta,Herramientas,UN,10,3,,type=mecha
    SD1,DISCO CORTE 180 X 1.6MM NORTON,Disco abrasivo de corte de metal 180 x 1.6 mm,Norton,Abrasivos,UN,25,5,,type=corte
    """

QUESTION = {"auto": False}  # a seller answers it

LINES = [
    *cases(
        "a_new_house_style_is_read_from_its_own_catalog",
        [
            # a bare number names the size the catalog wrote with its mark: 8", 2", the 32206
            ("llave francesa 8 bahco", {"HE1"}),
            ("esclusa 2", {"CA2"}),
            ("conico 32206 fag", {"RU5"}),
            # "sin tapa(s)", "s/tapa": the open bearing; "c/tapas": the shielded one
            ("ruleman 6206 sin tapa skf", {"RU1"}),
            ("rulemanes 6206 sin tapas skf", {"RU1"}),
            ("ruleman 6206 s/tapa skf", {"RU1"}),
            ("ruleman 6206 c/tapas skf", {"RU2"}),
            # one maker's reference names that maker: 32206-A is FAG's, never SKF's
            ("rulemanes 32206-a", {"RU5"}),  # (SKF's is the cheaper one)
            # abbreviations of the catalog's own words
            ("codo 45 tf 40mm", {"CA3"}),  # termofusion
            ("caño ppr 25 ips", {"CA5"}),  # polipropileno
            ("destorn. plano 6x150", {"HE5"}),
            ("termica 2x16 curva c", {"EL1"}),  # termomagnetica
            # a word of a phrase said alone: "combinada" is the llave combinada
            ("combinada 13mm", {"HE3"}),
            # talk before the item, like talk after it
            ("buenas como andan? necesito ruleman 6206 2rs skf", {"RU3"}),
            # a word that never tells items apart, which the item does not carry
            ("tapon hembra 3/4 epoxi", {"CA8"}),
            # a brand by its first word; "p/": para
            ("cupla termofusion 25 acqua", {"CA6"}),
            ("disco p/cortar 180 x 1.6 norton", {"SD1"}),
            # plurals and slips of the catalog's words, and a word of the same stem
            ("tarugos 10", {"BU1"}),
            ("taurgos 10", {"BU1"}),
            ("cinta aislante roja", {"EL3"}),
        ],
    ),
    *cases(
        "sizes_as_the_counter_says_them",
        [
            # the section bare, with its decimal comma or point: mm², never 1 and 5
            ("cable 1,5 negro imsa x 200 m", ("EL5", 200, "M")),
            ("cable 2.5 negro imsa - 100 mts", ("EL6", 100, "M")),
            # the catalog's 6X150MM said apart; at the end of the line it is no count
            ("destornillador plano 6 x 150 bahco", ("HE5", 1)),
            ("destornillador phillips 6 x 150", ("HE6", 1)),
            ("destornillador phillips 6 x 150 x 4", ("HE6", 4)),
            # a drill's size bare with its decimal comma: 6,5 mm
            ("mecha 6,5 ezeta x 10", ("HE7", 10)),
            # a tapered bearing by its number alone, with its maker
            ("32206 fag - 2", ("RU5", 2)),
            # "termicas" (breakers) is no slip of "tuercas"
            ("me cotizás 2 llaves termicas 2x16 sica?", ("EL1", 2)),
            # the oil field's English for the house's words: epoxy (EPOXI), lengths of pipe
            ("gas epoxy cap 3/4 (20)", ("CA8", 20)),
            ("ppr pipe 25mm ips - 10 lengths", ("CA5", 10)),
        ], keys=("sku", "qty", "uom"),
    ),
    *cases(
        "a_makers_reference_with_another_brand_is_a_question",
        [
            [
                ("rodamiento 32206-a skf", QUESTION),  # FAG's reference, SKF named
                ("32206-A", "RU5"),
            ],
        ],
    ),
    *cases(
        "a_bare_number_never_settles_a_size_the_item_does_not_have",
        [
            [
                ("llave francesa 10 bahco", QUESTION),  # 8" and 12" only
                ("combinada 13 pulg", QUESTION),  # 13 mm is not 13"
            ],
        ],
    ),
    *cases(
        "a_word_that_abbreviates_nothing_the_catalog_says_is_still_a_question",
        [("codo 45 xq 40mm", QUESTION)],  # no word of the elbows reads as "xq"
    ),
]

match = match_fixture(CATALOG, "customer_id,name,language\nAR1,Talleres del Plata,es\n", "AR1")
test_a_new_house_style_is_answered_as_a_seller_would = answers_test(LINES)
