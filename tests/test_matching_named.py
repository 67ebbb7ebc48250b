"""What the buyer named narrows what is offered (issue #14): a brand, a seal, a size, a
type word ("esfera": ball), a material; welders' and Argentine words for the item; the job
a line is for. Driven through `POST /api/v1/match` on a small catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher, sku_qty

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    B-SKF,Deep groove ball bearing 6205-2Z SKF,RODAMIENTO 6205-2Z SKF,SKF,Bearings,EA,1,12,
    B-NSK,Deep groove ball bearing 6205-ZZ NSK,RODAMIENTO 6205-ZZ NSK,NSK,Bearings,EA,1,11,
    B-NTN,Deep groove ball bearing 6205-ZZ NTN,RODAMIENTO 6205-ZZ NTN,NTN,Bearings,EA,1,10,
    B-6011,Deep groove ball bearing 6011-2RS SKF,RODAMIENTO 6011-2RS SKF,SKF,Bearings,EA,1,30,
    V-BALL,Ball valve brass 1" NPT full port,VALVULA DE BOLA BRONCE 1" NPT,,Valves,EA,1,25,
    V-GATE,Gate valve brass 1" NPT class 125,VALVULA COMPUERTA BRONCE 1" NPT,,Valves,EA,1,33,
    V-CHECK,Swing check valve brass 1" NPT class 125,VALVULA RETENCION BRONCE 1" NPT,,Valves,EA,1,31,
    D-N10,Cut-off wheel 4-1/2" 115x1.0x22.23 inox Norton,DISCO DE CORTE 115X1.0 INOX NORTON,Norton,Abrasives,EA,1,2.4,
    D-N16,Cut-off wheel 4-1/2" 115x1.6x22.23 inox Norton,DISCO DE CORTE 115X1.6 INOX NORTON,Norton,Abrasives,EA,1,2.4,
    D-3M10,Cut-off wheel 4-1/2" 115x1.0x22.23 inox 3M,DISCO DE CORTE 115X1.0 INOX 3M,3M,Abrasives,EA,1,2.7,
    W-L7018,Welding electrode E7018 1/8" (3.2mm) Lincoln,ELECTRODO E7018 1/8 LINCOLN,Lincoln,Welding,KG,1,5.4,
    W-E7018,Welding electrode E7018 1/8" (3.2mm) ESAB,ELECTRODO E7018 1/8 ESAB,ESAB,Welding,KG,1,5.2,
    W-E6011,Welding electrode E6011 3/32" (2.4mm) ESAB,ELECTRODO E6011 3/32 ESAB,ESAB,Welding,KG,1,5.1,
    W-L6011,Welding electrode E6011 3/32" (2.4mm) Lincoln,ELECTRODO E6011 3/32 LINCOLN,Lincoln,Welding,KG,1,5.4,
    F-933,Hex bolt DIN 933 M10x40 8.8 zinc plated,PERNO HEXAGONAL DIN 933 M10X40 8.8 ZINCADO,,Fasteners,EA,1,0.2,
    F-931,Hex bolt DIN 931 M10x60 8.8 zinc plated,PERNO HEXAGONAL DIN 931 M10X60 8.8 ZINCADO,,Fasteners,EA,1,0.3,
    C-THHN,Building wire THHN 10 AWG red,CABLE THHN 10 AWG ROJO,,Electrical,M,1,1.1,
    C-THHNB,Building wire THHN 10 AWG black,CABLE THHN 10 AWG NEGRO,,Electrical,M,1,1.1,
    K-24,Combination wrench 24 mm Truper,LLAVE COMBINADA 24 MM TRUPER,Truper,Tools,EA,1,14,
    K-SET,Combination wrench set 8 to 24 mm Truper,JUEGO LLAVES COMBINADAS 8 A 24 MM TRUPER,Truper,Tools,SET,1,95,
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG, customers="customer_id,name,language\nCL1,Minera Norte,es\n"
    ).load()
    return matcher(api, "CL1")


def offered(answer: dict[str, Any]) -> list[str]:
    return [c["sku"] for c in answer["candidates"]]


def test_a_named_brand_and_seal_leave_only_that_item_to_offer(match: Any) -> None:
    """A word the catalog does not know keeps the line a question, but the options are the
    brand and seal the buyer named, never every 6205 shielded bearing."""
    (answer,) = match("12 rodamientos 6205 zz ntn reforzados")
    assert answer["decision"] == "confirm"
    assert offered(answer) == ["B-NTN"]


def test_a_named_type_word_leaves_only_that_kind_of_valve_to_offer(match: Any) -> None:
    """'Esfera' is a ball: gate and check valves of the same size and material are not
    offered next to it."""
    (answer,) = match("6 valvulas de esfera de laton 1\" npt reforzadas")
    assert answer["decision"] == "confirm"
    assert offered(answer) == ["V-BALL"]
    (settled,) = match("6 valvulas de esfera de laton 1\" npt")
    assert sku_qty(settled) == ("V-BALL", 6, None)


def test_a_named_thickness_and_brand_settle_a_cut_off_wheel(match: Any) -> None:
    (answer,) = match("12 discos de corte 4 1/2 inox de 1 mm norton")
    assert sku_qty(answer)[:2] == ("D-N10", 12)
    (asked,) = match("12 discos de corte 4 1/2 inox de 1 mm norton reforzados")
    assert offered(asked) == ["D-N10"]  # not the 1.6 mm Norton, nor the 3M


def test_welders_rods_are_electrodes(match: Any) -> None:
    """'Rod' with an AWS class and a rod's diameter is an electrode (E6011 written 6011), and
    a named brand settles it; a 6011 bearing is still a bearing."""
    answers = match("20 kg of 3/32 6011 esab rod", "E7018 1/8 lincoln rods x 20 kg",
                    "rodamiento 6011 2rs skf")  # fmt: skip
    assert [sku_qty(a)[:2] for a in answers] == [("W-E6011", 20), ("W-L7018", 20), ("B-6011", 1)]


def test_a_named_brand_of_electrode_narrows_the_options(match: Any) -> None:
    (answer,) = match("electrodo E7018 1/8 lincoln reforzado")
    assert answer["decision"] == "confirm"
    assert offered(answer) == ["W-L7018"]  # not ESAB


def test_bulones_are_bolts(match: Any) -> None:
    """Argentina: a 'bulón' is a bolt."""
    (answer,) = match("200 bulones hexagonales M10x40 8.8 zincados din 933")
    assert sku_qty(answer)[:2] == ("F-933", 200)


@pytest.mark.parametrize(
    "line",
    [
        "obra en san borja necesito 100 metros de cable thhn 10 awg rojo",
        "la planta de quilicura necesita: 100 metros de cable thhn 10 awg rojo",
        "for the new line in plant 2 we need 100 meters of thhn 10 awg red wire",
    ],
)
def test_the_job_a_line_is_for_is_not_the_item(match: Any, line: str) -> None:
    (answer,) = match(line)
    assert sku_qty(answer) == ("C-THHN", 100, "M")


def test_words_of_an_item_before_need_stay_part_of_it(match: Any) -> None:
    """A clause before "necesito" that names an item is the item: 'rojo' still counts."""
    (answer,) = match("cable rojo, necesito thhn 10 awg")
    assert sku_qty(answer)[0] == "C-THHN"
    (other,) = match("cable zwz, necesito thhn 10 awg rojo")
    assert other["decision"] != "auto"  # a brand we do not sell is a question


def test_the_count_is_known_when_every_option_is_counted_the_same(match: Any) -> None:
    """'Un par' of a wrench or of a set of wrenches is two, whichever the buyer picks."""
    (answer,) = match("un par de llaves combinadas 24 mm truper reforzadas")
    assert answer["decision"] == "confirm"
    assert answer["quantity"] == 2
