"""Trade words that name one thing in one country and another elsewhere (issue #13).

The UK's "setscrew" is a hex head bolt threaded to the head (DIN 933 / ISO 4017), not the US
grub screw, and the UK counts a requisition's lines "20 Nr"; Portuguese "luva" and Peru's
"unión simple" are a coupling, whatever the house calls it beside a union. Our own examples,
through `POST /api/v1/match`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    TH-933-M12X40-ZN,TORN. HEX. DIN 933 M12X40 8.8 ZINC.,"Tornillo hexagonal rosca total DIN 933 / ISO 4017 M12 x 40 mm, calidad 8.8 cincado",Tornillería,Fabory,UD,100,0.90,ISO 4017 M12x40 8.8,type=tornillo_hex|metrica=M12|largo=40,true
    TH-931-M12X40-ZN,TORN. HEX. DIN 931 M12X40 8.8 ZINC.,"Tornillo hexagonal rosca parcial DIN 931 / ISO 4014 M12 x 40 mm, calidad 8.8 cincado",Tornillería,Fabory,UD,100,0.95,ISO 4014 M12x40 8.8,type=tornillo_hex|metrica=M12|largo=40,true
    TA-912-M12X40-ZN,TORN. ALLEN DIN 912 M12X40 8.8 ZINC.,"Tornillo cilíndrico con hexágono interior DIN 912 M12 x 40 mm, calidad 8.8 cincado",Tornillería,Fabory,UD,100,1.10,ISO 4762 M12x40 8.8,type=tornillo_allen|metrica=M12|largo=40,true
    TU-934-M12-ZN,TUERCA HEX. DIN 934 M12 8 ZINC.,"Tuerca hexagonal DIN 934 M12, clase 8 cincada",Tornillería,Fabory,UD,100,0.20,,type=tuerca|metrica=M12,true
    50.05.00345,LUVA PVC SAP 3/4 ROSCA PAVCO,"Unión de PVC SAP 3/4 pulg roscado, Pavco",Hidráulica,Pavco,PC,25,1.69,,type=union|acabado=pvc|medida=3/4,true
    50.05.10007,LUVA GALV 2 BSP TUPY,"Unión simple (copla) de fierro maleable galvanizado 2 pulg rosca BSP, Tupy",Hidráulica,Tupy,PC,10,29.19,,type=union|acabado=galvanizado|medida=2,true
    50.06.20001,UNIAO PVC SAP 3/4 ROSCA PAVCO,"Unión universal de PVC SAP 3/4 pulg roscada, Pavco",Hidráulica,Pavco,PC,10,6.20,,type=union_universal|acabado=pvc|medida=3/4,true
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nUK1,Northern Plant Eng,en\nPE1,Minera Andina,es\n",
    ).load()
    return matcher(api, "UK1")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("20 Nr M12 x 40 setscrews 8.8 BZP", ("TH-933-M12X40-ZN", 20)),
        ("hex setscrew M12x40 grade 8.8 zinc - 50 Nr", ("TH-933-M12X40-ZN", 50)),
        ("100 nr. hexagon set screw M12 x 40 8.8 zinc", ("TH-933-M12X40-ZN", 100)),
        ("20 Nr M12 nuts zinc", ("TU-934-M12-ZN", 20)),
        ("M12 hex nut zinc - 30 nrs", ("TU-934-M12-ZN", 30)),
    ],
)
def test_a_uk_setscrew_is_the_fully_threaded_bolt_and_nr_counts(
    match: Any, line: str, expected: tuple[str, int]
) -> None:
    (answer,) = match(line)
    assert sku_qty(answer)[:2] == expected, answer
    assert answer["quantity_assumed"] is False


def test_a_setscrew_is_never_the_part_threaded_bolt_nor_the_cap_screw(match: Any) -> None:
    (answer,) = match("setscrew M12x40 8.8")
    assert answer["sku"] not in ("TH-931-M12X40-ZN", "TA-912-M12X40-ZN"), answer


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("unión simple galvanizada 2 pulg", ("50.05.10007", 1)),
        ("10 luvas galv 2 bsp", ("50.05.10007", 10)),
        ("union simple PVC 3/4 roscada - 12 und", ("50.05.00345", 12)),
        ("luva pvc 3/4 rosca x 25", ("50.05.00345", 25)),
    ],
)
def test_a_luva_and_a_union_simple_are_the_coupling(
    match: Any, line: str, expected: tuple[str, int]
) -> None:
    (answer,) = match(line, customer="PE1")
    assert sku_qty(answer)[:2] == expected, answer


def test_a_union_simple_is_never_the_union_universal(match: Any) -> None:
    (answer,) = match("union simple pvc 3/4", customer="PE1")
    assert answer["sku"] != "50.06.20001", answer
