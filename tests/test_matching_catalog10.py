"""What buyers write to a house on Business Central (catalog 10's style).

BC's "Description" holds 30 characters, so names are cut ERP-style (`ROD BOL 6305 2RS`,
`CODO 90 HN 3/4 NPT`, `NEPLO CORRIDO HG 1`); units are BC codes (`UND`, `PAR`, `CAJ`).
Buyers in Ecuador ("regáleme", "despácheme", "me ayuda con", "hola ñaño,", "full urgente",
"porfis", "chévere") and the oil field in English ("for rig 4", "for the camp", "urgent:").
Driven through `POST /api/v1/match`. What a seller would notice: the house's cut names
and the way of asking never keep a line naming one item from being settled, and a count
of pairs or boxes is read in the unit the item is sold by.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    R-0101,ROD BOL 6305 2RS KOYO,25X62X17MM,Rodamientos,Koyo,UND,1,14.10,,type=rodamiento|designacion=6305|sello=2RS,true
    R-0102,ROD BOL 6305 2RS SKF,25X62X17MM,Rodamientos,SKF,UND,1,16.90,,type=rodamiento|designacion=6305|sello=2RS,true
    R-0103,ROD BOL 6305 ABIERTO SKF,25X62X17MM,Rodamientos,SKF,UND,1,13.50,,type=rodamiento|designacion=6305|sello=abierto,true
    V-0201,CODO 90 HN 3/4 NPT 150LB,ANVIL,Válvulas,Anvil,UND,1,2.10,,type=codo|rosca=3/4|material=negro,true
    V-0202,CODO 90 HG 3/4 NPT 150LB,ANVIL,Válvulas,Anvil,UND,1,2.60,,type=codo|rosca=3/4|material=galvanizado,true
    V-0203,NEPLO CORRIDO HN 1 NPT 150LB,ANVIL,Válvulas,Anvil,UND,1,1.90,,type=neplo|rosca=1|material=negro,true
    V-0204,NEPLO CORRIDO HG 1 NPT 150LB,ANVIL,Válvulas,Anvil,UND,1,2.30,,type=neplo|rosca=1|material=galvanizado,true
    V-0205,VALV BOLA BRONCE 1 NPT,600WOG APOLLO,Válvulas,Apollo,UND,1,19.80,,type=valvula_bola|rosca=1,true
    S-0301,GUANTE NITRILO T8 ANSELL,,Seguridad,Ansell,PAR,1,3.20,,type=guante|material=nitrilo|talla=8,true
    S-0302,TAPON AUDITIVO 3M 1100 CAJ 200,PARES,Seguridad,3M,CAJ,1,41.00,3M 1100,type=tapon_auditivo,true
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nEC1,Camaronera del Golfo,es\nEN1,Amazon Well Services,en\n",
    ).load()
    return matcher(api, "EC1")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("rodamiento 6305 2rs skf x 4", ("R-0102", 4)),
        ("rulimán 6305 abierto skf - 2", ("R-0103", 2)),
        ("6 bearings 6305 2RS Koyo", ("R-0101", 6)),
    ],
)
def test_a_ball_bearing_cut_to_rod_bol_is_a_bearing(
    match: Any, line: str, expected: tuple[str, int]
) -> None:
    (answer,) = match(line)
    assert sku_qty(answer)[:2] == expected, answer


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('codo hierro negro 3/4" x 5', ("V-0201", 5)),
        ("8 black iron elbow 3/4", ("V-0201", 8)),
        ('codo galvanizado 3/4" x 5', ("V-0202", 5)),
        ("neplo corrido hierro negro 1 x 10", ("V-0203", 10)),
        ('10 neplos corridos galvanizados 1"', ("V-0204", 10)),
    ],
)
def test_hn_is_black_iron_and_neplo_a_nipple(
    match: Any, line: str, expected: tuple[str, int]
) -> None:
    (answer,) = match(line)
    assert sku_qty(answer)[:2] == expected, answer


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('hola ñaño, válvula de bola 1" apollo x3 chévere', ("V-0205", 3)),
        ('regáleme 2 válvulas de bola 1" apollo porfis', ("V-0205", 2)),
        ('despácheme 7 codos hierro negro 3/4"', ("V-0201", 7)),
        ('me ayuda con 4 codos galvanizados 3/4"', ("V-0202", 4)),
        ('full urgente 6x válvula de bola 1" apollo', ("V-0205", 6)),
        ('urgent: ball valve 1" apollo x 2 for rig 4 asap', ("V-0205", 2)),
        ("bearing 6305 2rs skf x 3 for the Auca camp please", ("R-0102", 3)),
    ],
)
def test_the_way_of_asking_in_ecuador_and_the_oil_field_is_not_the_item(
    match: Any, line: str, expected: tuple[str, int]
) -> None:
    (answer,) = match(line, customer="EN1" if line.isascii() else "EC1")
    assert sku_qty(answer)[:2] == expected, answer
    assert answer["quantity_assumed"] is False


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 pares de guantes de nitrilo talla 8", ("S-0301", 12, "PAIR")),
        ("3 | GUANTE NITRILO T8 ANSELL | PAR", ("S-0301", 3, "PAIR")),
        ("5 cajas de tapones auditivos 3M 1100", ("S-0302", 5, "CAJ")),
    ],
)
def test_pairs_and_boxes_of_what_is_sold_by_the_par_and_the_caj(
    match: Any, line: str, expected: tuple[str, int, str]
) -> None:
    (answer,) = match(line)
    assert sku_qty(answer) == expected, answer
