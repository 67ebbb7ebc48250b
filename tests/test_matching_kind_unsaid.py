"""What a buyer leaves unsaid because the trade takes it for granted (issue #13).

A "tuerca M10" / "nut 1/2-13" is the plain hex nut unless another kind is named (de
seguridad, nyloc, mariposa, flange, unión…); a house that sells only another kind in that
size asks. A breaker's bare "DIN" is the rail it clips on, as the catalog's "DIN rail" and
"riel DIN" are, while "DIN 933" on a bolt stays the standard. Our own examples, through
`POST /api/v1/match`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

HEADER = "sku,name,description,family,brand,uom,pack_qty,list_price,aliases,attributes,active"
CATALOG = f"""
    {HEADER}
    TU-HEX-M10-ZN,TUERCA HEXAGONAL DIN 934 M10 ZINCADA,"Tuerca hexagonal DIN 934 M10, clase 8, zincada",Tornillería,Fabory,UN,100,0.07,,type=tuerca_hex|metrica=M10,true
    TU-NYL-M10-ZN,TUERCA SEGURIDAD NYLON DIN 985 M10 ZINCADA,"Tuerca de seguridad con inserto de nylon DIN 985 M10, zincada",Tornillería,Fabory,UN,100,0.10,,type=tuerca_seguridad|metrica=M10,true
    TU-MAR-M10-ZN,TUERCA MARIPOSA DIN 315 M10 ZINCADA,"Tuerca mariposa DIN 315 M10, zincada",Tornillería,Fabory,UN,50,0.30,,type=tuerca_mariposa|metrica=M10,true
    TU-NYL-M12-ZN,TUERCA SEGURIDAD NYLON DIN 985 M12 ZINCADA,"Tuerca de seguridad con inserto de nylon DIN 985 M12, zincada",Tornillería,Fabory,UN,100,0.14,,type=tuerca_seguridad|metrica=M12,true
    TU-HEX-M8-ZN,Hex nut DIN 934 M8 zinc plated,"Hex nut DIN 934 M8, class 8, zinc plated",Fasteners,Fabory,EA,100,0.05,,type=hex_nut|thread=M8,true
    TU-FLG-M8-ZN,Hex flange nut DIN 6923 M8 zinc plated,"Hex flange nut serrated DIN 6923 M8, zinc plated",Fasteners,Fabory,EA,100,0.09,,type=flange_nut|thread=M8,true
    TU-HEX-050-G5,Hex nut 1/2-13 UNC grade 5 zinc,"Hex nut 1/2""-13 UNC grade 5, zinc plated",Fasteners,Hillman,EA,100,0.12,,type=hex_nut|thread=1/2-13,true
    TU-NYL-050,Nylon insert lock nut 1/2-13 UNC zinc,"Nylon insert lock nut 1/2""-13 UNC, zinc plated",Fasteners,Hillman,EA,100,0.18,,type=lock_nut|thread=1/2-13,true
    PE-933-M10X40,PERNO HEXAGONAL DIN 933 M10X40 8.8 ZINCADO,"Perno hexagonal rosca total DIN 933 M10 x 40, 8.8 zincado",Tornillería,Fabory,UN,100,0.17,,type=perno_hex|metrica=M10|largo=40,true
    PE-931-M10X40,PERNO HEXAGONAL DIN 931 M10X40 8.8 ZINCADO,"Perno hexagonal rosca parcial DIN 931 M10 x 40, 8.8 zincado",Tornillería,Fabory,UN,100,0.18,,type=perno_hex|metrica=M10|largo=40,true
    IN-2P-C10-ABB,DIN rail miniature circuit breaker 2P C10 ABB,"DIN rail miniature circuit breaker 2P, curve C, 10 A, 6 kA",Electrical,ABB,EA,1,24.00,ABB S202-C10,type=breaker_din|poles=2P|amps=10,true
    IN-2P-C10-SCH,DIN rail miniature circuit breaker 2P C10 Schneider,"DIN rail miniature circuit breaker 2P, curve C, 10 A, 6 kA",Electrical,Schneider,EA,1,23.00,Schneider A9F74210,type=breaker_din|poles=2P|amps=10,true
    IN-QO210,Plug-in breaker QO 2P 10A Square D,"Plug-in circuit breaker QO 2P 10 A, 10 kA",Electrical,Square D,EA,1,18.00,QO210,type=breaker_plug_in|poles=2P|amps=10,true
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nCL1,Minera Norte,es\nUS1,Gulf Plant Services,en\n",
    ).load()
    return matcher(api, "CL1")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("30 tuercas m10 zincadas", ("TU-HEX-M10-ZN", 30)),
        ("tuerca M10 - 200", ("TU-HEX-M10-ZN", 200)),
        ("un ciento de tuercas m10", ("TU-HEX-M10-ZN", 100)),
        ("nut M8 x 50", ("TU-HEX-M8-ZN", 50)),
        ("hex nut M8 zinc, qty 40", ("TU-HEX-M8-ZN", 40)),
        ("25 nuts 1/2-13", ("TU-HEX-050-G5", 25)),
        ("tuerca 1/2 unc x 10", ("TU-HEX-050-G5", 10)),
    ],
)
def test_a_nut_said_bare_is_the_hex_nut(match: Any, line: str, expected: tuple[str, int]) -> None:
    (answer,) = match(line)
    assert sku_qty(answer)[:2] == expected, answer


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("30 tuercas de seguridad m10", "TU-NYL-M10-ZN"),
        ("tuerca nylon M10", "TU-NYL-M10-ZN"),
        ("nyloc nut M10", "TU-NYL-M10-ZN"),
        ("contratuerca m10", "TU-NYL-M10-ZN"),
        ("tuerca mariposa m10", "TU-MAR-M10-ZN"),
        ("flange nut M8", "TU-FLG-M8-ZN"),
        ("lock nut 1/2-13", "TU-NYL-050"),
    ],
)
def test_a_nut_of_another_kind_named_is_that_kind(match: Any, line: str, expected: str) -> None:
    (answer,) = match(line)
    assert answer["decision"] == "auto" and answer["sku"] == expected, answer


def test_a_bare_nut_the_house_sells_only_in_another_kind_is_asked(match: Any) -> None:
    # M12 comes only as a lock nut here: "tuerca M12" is a hex nut we do not have
    (answer,) = match("50 tuercas m12")
    assert answer["decision"] != "auto", answer
    assert [c["sku"] for c in answer["candidates"]][:1] == ["TU-NYL-M12-ZN"], answer


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("breaker din 2x10a curva c abb", ("IN-2P-C10-ABB", 1)),
        ("4 breaker din 2p c10 schneider", ("IN-2P-C10-SCH", 4)),
        ("breaker riel din 2x10 curva c abb x 3", ("IN-2P-C10-ABB", 3)),
    ],
)
def test_a_breakers_bare_din_is_its_rail(match: Any, line: str, expected: tuple[str, int]) -> None:
    (answer,) = match(line)
    assert sku_qty(answer)[:2] == expected, answer


def test_a_breakers_bare_din_never_is_the_plug_in_one(match: Any) -> None:
    (answer,) = match("breaker din 2x10a curva c square d")
    assert answer["decision"] != "auto", answer


def test_a_bolts_din_number_stays_its_standard(match: Any) -> None:
    (answer,) = match("perno din 933 m10x40 zincado - 20")
    assert sku_qty(answer)[:2] == ("PE-933-M10X40", 20), answer


@pytest.mark.parametrize(
    "line",
    ["pero yo tengo precio de convenio con ustedes", "pero el mes pasado me lo dieron a 0.15"],
)
def test_an_everyday_word_one_letter_short_of_a_kind_is_talk(match: Any, line: str) -> None:
    # "pero" (but) is one letter short of "perno" (bolt): the buyer means the word
    (answer,) = match(line)
    assert answer["decision"] != "auto", answer
    assert not any(c["sku"].startswith("PE-") for c in answer["candidates"]), answer
