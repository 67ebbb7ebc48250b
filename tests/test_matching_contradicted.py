"""A line that states a fact the item we carry contradicts, or names a feature it must lack,
is never settled on that item (issue #13): the demo catalog sells its gate valves in class
125 only, its stainless valves in 316 only, its helmets with a ratchet and its boots with a
steel toe. The near item may be offered; a seller or the buyer decides. An item silent on
what the buyer stated is no contradiction, and one that lacks the feature may be settled.
"""

from __future__ import annotations

import pytest

from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, match_line
from bot.matching.stated import contradicts, stated


@pytest.fixture(scope="module")
def index(demo_matcher_index: CatalogIndex) -> CatalogIndex:
    return demo_matcher_index


def _match(index: CatalogIndex, line: str) -> tuple[str, str | None, list[str]]:
    result = match_line(index, line, "C001", MatchContext(customer_id="C001"))
    return result.decision, result.sku, [c.sku for c in result.candidates]


@pytest.mark.parametrize(
    ("line", "offered"),
    [
        # the 3/4" brass gate valve we sell is class 125
        ("6 brass gate valves 3/4 NPT, class 300", "VAL-10011"),
        ("6 válvulas de compuerta bronce 3/4 npt clase 300", "VAL-10011"),
        # the 1" stainless ball valve we sell is 316
        ("ball valve 1 inch stainless 304 NPT x 2", "VAL-10118"),
        ("2 llaves de bola 1 pulg acero inoxidable 304", "VAL-10118"),
    ],
)
def test_a_stated_value_the_item_contradicts_is_asked(
    index: CatalogIndex, line: str, offered: str
) -> None:
    decision, sku, candidates = _match(index, line)
    assert decision != "auto" and sku is None, (decision, sku)
    assert offered in candidates  # the near item is an option, never the answer


@pytest.mark.parametrize(
    ("line", "sku"),
    [
        ("6 brass gate valves 3/4 NPT class 125", "VAL-10011"),  # the value it states
        ("2 llaves de bola 1 pulg inox 316 npt", "VAL-10118"),
        ("unión galvanizada 1/2 clase 150", "VAL-10202"),  # the union states no class
        ("hex cap screw 1/2-13 x 2", "FAS-10195"),  # no grade said: grade 5 it is
    ],
)
def test_a_value_agreed_or_unstated_still_settles(index: CatalogIndex, line: str, sku: str) -> None:
    assert _match(index, line)[:2] == ("auto", sku)


@pytest.mark.parametrize(
    ("line", "had"),
    [
        ("casco de seguridad azul sin rachet", "SAF-10018"),  # ours have a ratchet
        ("blue safety helmet w/o ratchet", "SAF-10018"),
        ("lentes de seguridad ámbar sin antiempañante", "SAF-10015"),  # ours are anti-fog
        ("amber safety glasses, non anti-fog", "SAF-10015"),
        ("zapato de seguridad talla 41 sin puntera de acero", "SAF-10024"),  # steel toe
        ("safety boots size 41 without the steel toe", "SAF-10024"),
    ],
)
def test_an_item_with_the_feature_said_absent_is_never_settled(
    index: CatalogIndex, line: str, had: str
) -> None:
    decision, sku, _ = _match(index, line)
    assert decision != "auto" and sku is None, (line, decision, sku)


@pytest.mark.parametrize(
    "line",
    ["pernos M8x20 8.8 sin rosca completa x 50", "50 hex bolts M8x20 8.8, not full thread"],
)
def test_the_item_that_lacks_the_feature_is_the_one_meant(index: CatalogIndex, line: str) -> None:
    # DIN 933 is threaded to the head; DIN 931 (partial thread) is the one without
    assert _match(index, line)[:2] == ("auto", "FAS-10006")


def test_both_sides_read_the_same_facts() -> None:
    """SCH and cédula, class, #, 304 and A2 are read alike on a line and on an item; brass
    said of a bronze item is no contradiction (a seller settles "bronce" on the house's brass
    valve where it sells only that: catalogs 6, 8 and 9's blind labels)."""
    assert stated("niple negro 1/2 cédula 80") == stated("NIP 1/2 BLK SCH80")
    assert contradicts(stated("tee 1 sch 40"), stated("TEE 1 SCH 80"))
    assert contradicts(stated("brida 2 clase 300"), stated("FLANGE 2 150# RF"))
    assert contradicts(stated("tornillo M8 inox A2"), stated("Socket screw M8 stainless 316"))
    assert not contradicts(stated("llave de bola latón 1/2"), stated("VALVULA BOLA BRONCE 1/2"))
    assert not contradicts(stated("codo 3/4 cédula 40"), stated("CODO 90 3/4 GALV"))
    assert stated("cadena 150 lb") == {}  # a weight, said of no valve nor flange
