"""A counter's shorthand around an item (issue #13).

"hilo" is a threaded end ("llave de bola 1/2 hilo"); a drill "for metal" or a "metal drill
bit" is the plain HSS drill whichever maker prints it; a reducing bushing's "1x1/2" goes from
1" to 1/2"; a slip in a short word is the word the next one is always written beside ("cabe
thw 10": cable); each of a set is one set ("2 off die set"); a purchaser's "RFQ -" heads the
line; a grinding disc's 1/4" is 6.4 mm; a glove is the plain one unless cut resistance is
named; a spelt count with a slip ("fourty") is the count. Our own examples, through `POST /api/v1/match`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    VB-050-HI-CIM,"Llave de bola bronce 1/2"" HI Cimberio","Ball valve 1/2 in NPT female, bronze",Valvulas,Cimberio,UN,1,14.10,,tipo=valvula_bola|medida=1/2,true
    VB-050-HI-GEN,"Llave de bola bronce 1/2"" HI Genebre","Ball valve 1/2 in NPT female, bronze",Valvulas,Genebre,UN,1,15.30,,tipo=valvula_bola|medida=1/2,true
    VB-050-SO-GEN,"Llave de bola bronce 1/2"" soldar Genebre","Ball valve 1/2 in solder ends, bronze",Valvulas,Genebre,UN,1,13.90,,tipo=valvula_bola|medida=1/2,true
    BR-8-IRW,Broca HSS 8 mm Irwin,"Metal drill bit HSS 8 mm, jobber length",Corte,Irwin,UN,1,2.40,,tipo=broca|medida=8,true
    BR-8-TRU,Broca acero rapido 8 mm Truper,"Drill HSS 8 mm, jobber length",Corte,Truper,UN,1,2.10,,tipo=broca|medida=8,true
    BR-8-WID,Broca metal duro 8 mm Widia,"Solid carbide drill 8 mm",Corte,Widia,UN,1,19.00,,tipo=broca_carburo|medida=8,true
    BU-1X12-GAL,"Bushing reduccion 1x1/2"" galvanizado","Hex bushing 1 x 1/2 in NPT, galvanized",Fittings,Tupy,UN,1,1.20,,tipo=bushing|medida=1x1/2,true
    BU-1X34-GAL,"Bushing reduccion 1x3/4"" galvanizado","Hex bushing 1 x 3/4 in NPT, galvanized",Fittings,Tupy,UN,1,1.25,,tipo=bushing|medida=1x3/4,true
    BU-34X12-GAL,"Bushing reduccion 3/4x1/2"" galvanizado","Hex bushing 3/4 x 1/2 in NPT, galvanized",Fittings,Tupy,UN,1,0.95,,tipo=bushing|medida=3/4x1/2,true
    CB-THW10-NE,Cable THW 10 AWG negro,"THW building wire 10 AWG, black, sold per metre",Electricos,Indeco,MT,100,0.80,,tipo=cable_thw|awg=10|color=negro,true
    CB-THW10-RO,Cable THW 10 AWG rojo,"THW building wire 10 AWG, red, sold per metre",Electricos,Indeco,MT,100,0.80,,tipo=cable_thw|awg=10|color=rojo,true
    TD-M10-JGO,Juego terrajas M10x1.5 HSS 3 piezas,"Die set M10x1.5, HSS, 3 pieces",Corte,Izar,JGO,1,31.00,,tipo=juego_terrajas|rosca=M10,true
    DD-7-64-NOR,"Depressed center grinding wheel 7 in (180 mm) x 6.4 mm x 7/8 in",Disco desbaste 180 x 6.4 mm,Abrasivos,Norton,UN,10,4.10,,tipo=disco_desbaste|diametro=180,true
    DD-7-32-NOR,"Depressed center grinding wheel 7 in (180 mm) x 3.2 mm x 7/8 in",Disco desbaste 180 x 3.2 mm,Abrasivos,Norton,UN,10,3.90,,tipo=disco_desbaste|diametro=180,true
    GU-NIT-10,"Guante nitrilo recubierto talla 10 (XL) par","Nitrile coated work glove, size 10",EPP,Steelpro,PAR,12,2.20,,tipo=guante|talla=10,true
    GU-NIT-A5-10,"Guante anticorte A5 nitrilo talla 10 (XL) par","Cut resistant glove A5, nitrile coated, size 10",EPP,Steelpro,PAR,12,8.90,,tipo=guante_anticorte|talla=10,true
    IN-QO130,Breaker enchufable QO 1P 30A Square D,"Plug-in circuit breaker QO 1P 30 A",Electricos,Square D,UN,1,9.80,QO130,tipo=breaker|polos=1P|amperes=30,true
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nPE1,Ferretería Andina,es\nUS1,Pacific Rigging,en\n",
    ).load()
    return matcher(api, "PE1")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "hilo": the threaded valve (the soldered one is not it); two makers, the brand rule
        ("llave de bola 1/2 hilo genebre x 4", ("VB-050-HI-GEN", 4)),
        ("5 llaves de bola bronce 1/2 con hilo", ("VB-050-HI-CIM", 5)),
        # a drill for metal is the HSS one, not the carbide ("metal duro")
        ("broca para metal 8 mm x 10", ("BR-8-TRU", 10)),
        ("broca metal duro 8 mm - 2", ("BR-8-WID", 2)),
        # a reducing bushing from 1" to 1/2", never the 3/4" one
        ('bushing 1" a 1/2" - 12', ("BU-1X12-GAL", 12)),
        ("bushing reduccion 1x3/4 galvanizado x 6", ("BU-1X34-GAL", 6)),
        # "cabe thw": every THW item is a cable (never a word of its own)
        ("cabe thw 10 rojo x 50 m", ("CB-THW10-RO", 50)),
        # a grinding disc's 1/4" is its 6.4 mm, never the 3.2 mm one
        ("grinding wheel 7 x 1/4 x 20", ("DD-7-64-NOR", 20)),
        ('disco desbaste 7" x 1/8 - 10', ("DD-7-32-NOR", 10)),
        # the plain coated glove unless cut resistance is named
        ("guantes de nitrilo talla 10 x 24", ("GU-NIT-10", 24)),
        ("guantes anticorte nitrilo talla 10 x 6", ("GU-NIT-A5-10", 6)),
        # a count spelt with a slip is still the count
        ("thirthy plug-in breaker 1P 30 amp", ("IN-QO130", 30)),
        ("urgent: fourty QO 1P 30A breakers", ("IN-QO130", 40)),
    ],
)
def test_the_counter_s_shorthand_names_the_item(
    match: Any, line: str, expected: tuple[Any, ...]
) -> None:
    (answer,) = match(line)
    assert sku_qty(answer)[:2] == expected, answer


def test_each_of_a_set_is_one_set_and_a_purchaser_s_heading_is_no_item(match: Any) -> None:
    answers = match("2 off die set M10x1.5", "RFQ - 3 x metal drill bit 8 mm",
                    "request for quotation on 2 un juego terrajas M10", customer="US1")  # fmt: skip
    assert [sku_qty(a) for a in answers] == [
        ("TD-M10-JGO", 2, "JGO"), ("BR-8-TRU", 3, None), ("TD-M10-JGO", 2, "JGO"),
    ]
