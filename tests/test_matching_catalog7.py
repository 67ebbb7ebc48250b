"""What buyers write to a Peruvian house whose product master is Brazilian (catalog 7's style).

Upper-case Portuguese names (ROLAM, TAMPAO, COTOVELO, CHAVE GRIFO), Spanish descriptions,
dotted numeric codes (`10.01.20669`), the customer's own eight-digit material numbers;
driven through `POST /api/v1/match`. Three things a seller would notice: a finish the
buyer names that we do not stock is never settled on another finish; a pasted row with
our code settles on that code whatever its description says; and the quantity is read
however it is said (a Peruvian "3.000" is three thousand; "3m" on a disc is the brand).
"""

from __future__ import annotations

from tests.match_api import Not, answers_test, cases, match_fixture

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    10.01.17212,ROLAM RIG ESF 6210 SKF,"Rodamiento rígido de bolas 6210 abierto, 50x90x20 mm, SKF",Rolamentos,SKF,PC,1,269.57,,type=rodamiento|designacion=6210|sello=aberto,true
    10.01.20669,ROLAM RIG ESF 6210 NSK,"Rodamiento rígido de bolas 6210 abierto, 50x90x20 mm, NSK",Rolamentos,NSK,PC,1,240.02,,type=rodamiento|designacion=6210|sello=aberto,true
    50.07.16493,TAMPAO GALV 1/2 BSP TUPY,"Tapón hembra de fierro maleable galvanizado 1/2 pulg rosca BSP, Tupy",Hidráulica,Tupy,PC,10,2.00,,type=tapon|acabado=galvanizado|medida=1/2,true
    50.07.16494,TAMPAO PRETO 1/2 BSP TUPY,"Tapón hembra de fierro maleable negro 1/2 pulg rosca BSP, Tupy",Hidráulica,Tupy,PC,10,2.10,,type=tapon|acabado=negro|medida=1/2,false
    50.02.11000,COTOVELO 90 GALV 3/4 BSP TUPY,"Codo 90° de fierro maleable galvanizado 3/4 pulg rosca BSP, Tupy",Hidráulica,Tupy,PC,10,4.00,,type=codo|acabado=galvanizado|medida=3/4,true
    50.02.11001,COTOVELO 90 PRETO 3/4 BSP TUPY,"Codo 90° de fierro maleable negro 3/4 pulg rosca BSP, Tupy",Hidráulica,Tupy,PC,10,4.20,,type=codo|acabado=negro|medida=3/4,false
    30.05.05900,CABO THW-90 12AWG VERMELHO INDECO,"Cable THW-90 12 AWG rojo, por metro, Indeco",Elétrica,Indeco,MT,1,1.80,,type=cable|norma=THW|calibre=12awg|color=rojo,true
    70.03.17165,DISCO FLAP 4.1/2 G80 ZIRC 3M,"Disco laminado (flap) de zirconio 4-1/2 pulg grano 80, 3M",Abrasivos,3M,PC,1,14.50,,type=disco_flap|grano=80,true
    60.03.01965,CHAVE GRIFO 14POL GEDORE,"Llave Stilson (para tubo) 14 pulg, Gedore",Ferramentas,Gedore,PC,1,120.00,,type=llave_stilson|medida=14,true
    """

QUESTION = {"auto": False}  # a seller answers it (the galvanised one?)

LINES = [
    *cases(
        "a_finish_we_do_not_stock_is_never_settled_on_another",
        [
            ('tapon 1/2" f.n. tupy - 6', QUESTION),  # f.n.: fierro negro, and the black plug is not sold
            ("tapon 1/2 fierro negro tupy x 6", QUESTION),
            ("codo 90 3/4 f.n. x 12", QUESTION),
            ("codo 90 3/4 fo.no. x 12", QUESTION),  # fo.no.: fierro negro too
            ('tapon 1/2" f.f. tupy x 6', QUESTION),  # initials we cannot read: a finish we cannot tell
        ],
    ),
    *cases(
        "the_galvanised_finish_said_is_still_settled",
        [
            (
                ("tapon 1/2 galv tupy x 6", "tapon 1/2 h.g. tupy x 6", "codo 90 3/4 fo.go. - 12"),
                [("50.07.16493", 6), ("50.07.16493", 6), ("50.02.11000", 12)],
            ),
        ],
    ),
    *cases(
        "a_pasted_row_with_our_code_settles_on_the_code",
        [
            # line, our code, a description naming another brand, qty, unit
            ("3\t10.01.20669\tRODAMIENTO 6210 SKF\t8\tPC", ("10.01.20669", 8)),
            ("10.01.20669\tRODAJE 6210 ABIERTO\t14", ("10.01.20669", 14)),
            ("30077001\tUND\t12", ("10.01.20669", 12)),  # the customer's material number
        ],
        also={"assumed": False},
    ),
    *cases(
        "quantities_however_they_are_said",
        [
            ("me separa 6 codigo 10.01.20669 gracias", ("10.01.20669", 6), "PE1"),
            ("separame doce cod. 10.01.20669", ("10.01.20669", 12), "PE1"),
            ("me separa siete n° material 30077001", ("10.01.20669", 7), "PE1"),
            ("could you supply three item 10.01.20669?", ("10.01.20669", 3), "US1"),
            ("can you supply 40x 10.01.20669?", ("10.01.20669", 40), "US1"),
            ("me podrian cotizar quince rodaje 6210 nsk", ("10.01.20669", 15), "PE1"),
            ("Item 4: four gedore pipe wrench 14\"", ("60.03.01965", 4), "US1"),
            ("buenos dias, 9 llaves stilson 14 gedore", ("60.03.01965", 9), "PE1"),
            ("llave stilson 14 gedore x 30 con entrega en planta", ("60.03.01965", 30), "PE1"),
            # Peru groups thousands with a dot: 2.000 metres, even before the delivery talk
            ("cable thw 12awg rojo indeco x 2.000 mts con entrega en obra", ("30.05.05900", 2000), "PE1"),
            ("una caja de tapon 1/2 galv tupy", ("50.07.16493", 10), "PE1"),  # a box holds 10
            ("disco flap 4.1/2 g80 marca 3m x 5", ("70.03.17165", 5), "PE1"),
        ],
        also={"assumed": False},
    ),
    *cases(
        "3m_on_a_disc_is_the_brand_not_three_metres",
        [
            (
                "cotizar disco laminado 4.1/2 #80 3m con entrega en planta",
                {"sku": "70.03.17165", "qty": 1, "uom": Not("M"), "assumed": True},
            ),
        ],
    ),
]

match = match_fixture(
    CATALOG,
    "customer_id,name,language\nPE1,Minera del Sur,es\nUS1,Andes Mining Inc,en\n",
    "PE1",
    cross_references="customer_id,customer_part,sku\nPE1,30077001,10.01.20669\n",
)
test_what_a_peruvian_house_hears_is_answered_as_a_seller_would = answers_test(LINES)
