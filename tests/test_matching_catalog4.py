"""What buyers write to a US MRO house with Latin American offices (catalog 4's style).

Short random item numbers, attribute-first English names, Spanish descriptions as each
office writes them, wire by the foot; driven through `POST /api/v1/match`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ErpFolder
from tests.match_api import matcher

CATALOG = """
    sku,name,description,brand,family,uom,pack_qty,list_price,aliases
    13CC4,"Radial Ball Bearing, Open, 6009, 45 mm Bore",RULEMAN RIGIDO DE BOLAS 6009 ABIERTO KOYO,Koyo,Bearings,EA,1,13,6009
    14CC5,"Radial Ball Bearing, Double Sealed, 6009-2RS, 45 mm Bore",RULEMAN RIGIDO DE BOLAS 6009 2RS KOYO,Koyo,Bearings,EA,1,15,6009-2RS
    6CCH0,"Flat Washer, Zinc Plated, M16",ARANDELA PLANA M16 ZINCADA,,Fasteners,EA,100,0.05,
    7CCH1,"Hex Nut, Zinc Plated, M16",TUERCA HEXAGONAL M16 ZINCADA,,Fasteners,EA,100,0.08,
    70GT1,"Jobber Length Drill Bit, HSS, 5.0 mm",BROCA HSS LARGO JOBBER 5 MM DORMER,Dormer,Cutting Tools,EA,10,2,A1005.0
    15P40,"Jobber Length Drill Bit, HSS, 8.0 mm",BROCA HSS LARGO JOBBER 8 MM DORMER,Dormer,Cutting Tools,EA,5,4,A1008.0
    1G276,"Ground Terminal Block, Green/Yellow, 6 mm², DIN Rail",BORNE DE TIERRA VERDE/AMARILLO 6 MM2 RIEL DIN WEIDMULLER,Weidmüller,Electrical,EA,25,3,
    5B440,"Residual Current Circuit Breaker, 4-Pole, 40 A, 30 mA",INTERRUPTOR DIFERENCIAL TETRAPOLAR 4X40A 30MA WEG,WEG,Electrical,EA,1,60,
    5C441,"Miniature Circuit Breaker, 4-Pole, 40 A, C Curve",INTERRUPTOR TERMOMAGNETICO TETRAPOLAR 4X40A CURVA C WEG,WEG,Electrical,EA,1,40,
    64A01,"THHN Building Wire, 12 AWG, Black, Sold by the Foot",CABLE THHN 12 AWG NEGRO SOUTHWIRE (POR PIE),Southwire,Electrical,FT,1,0.3,
    54YD8,"Union, Malleable Iron, Black, 3/4 in NPT",UNIVERSAL HIERRO MALEABLE NEGRO 3/4,Anvil,Valves & Fittings,EA,1,5,
    1D612,"Hard Hat, Cap Style, Ratchet Suspension, Orange",CASCO DE SEGURIDAD RATCHET NARANJA MSA,MSA,Safety,EA,1,14,
    """


@pytest.fixture
def api_match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG,
        customers="customer_id,name,language\nAR1,Acería del Sur,es\nUS1,Gulf Supply,en\n",
    ).load()
    return matcher(api, "AR1")


@pytest.mark.parametrize(
    ("line", "customer", "expected"),
    [
        ("rulemanes 6009 abierto Koyo: 4", "AR1", ("13CC4", 4, None)),  # count after a colon
        ("código 13CC4: 10", "AR1", ("13CC4", 10, None)),
        ("• cuatro casco naranja con ratchet", "AR1", ("1D612", 4, None)),  # not "cuánto"
        ("• Three 4P 40A breaker C curve WEG", "US1", ("5C441", 3, None)),  # a word before a code
        ("guasa plana m16 x 5.000", "AR1", ("6CCH0", 5000, None)),  # thousands, never a length
        ("universal negro 3/4 - 6", "AR1", ("54YD8", 6, None)),  # a union has no length
        ("THHN wire 12 awg black 2,500 ft", "US1", ("64A01", 2500, "FT")),  # wire by the foot
        ("cable thhn 12 negro 300 pies", "AR1", ("64A01", 300, "FT")),
        # one box, not a question word's "una": settled (the drill's mm is read), it is
        # the box's pack_qty in the item's own unit
        ("me pasan precio de una caja de broca hss 5 mm", "AR1", ("70GT1", 10, "EA")),
        ("cuánto sale una caja de broca 8 mm HSS?", "AR1", ("15P40", 5, "EA")),
    ],
)
def test_quantity_shapes_of_an_mro_house(
    api_match: Any, line: str, customer: str, expected: tuple[str, int, str | None]
) -> None:
    (answer,) = api_match(line, customer=customer)
    best = answer["sku"] if answer["decision"] == "auto" else answer["candidates"][0]["sku"]
    assert (best, answer["quantity"], answer["uom"]) == expected, answer
    assert answer["quantity_assumed"] is False


def test_a_length_a_box_holds_is_not_a_count(api_match: Any) -> None:
    (answer,) = api_match("cable thhn 12 awg negro caja 500 pies")
    assert (answer["quantity"], answer["quantity_assumed"]) == (1, True), answer


@pytest.mark.parametrize(
    ("line", "sku"),
    [
        ("balinera abierta 6009 koyo", "13CC4"),  # Colombia: bearing
        ("rodaje 6009 abierto koyo", "13CC4"),  # Peru: bearing
        ("guasa plana m16", "6CCH0"),  # Colombia: washer
    ],
)
def test_regional_words_name_the_item(api_match: Any, line: str, sku: str) -> None:
    (answer,) = api_match(line)
    assert (answer["decision"], answer["sku"]) == ("auto", sku), answer
