"""A bearing's designation with a seal every maker writes ("6203ZZ", "6006-2RS", "6203 2Z",
"62032Z") names the bearing, not a maker (issue #13): where one maker's part number happens to
spell it, that maker is no more named than by "rodamiento 6203 blindado", and the brand rule
of the SPEC picks among the brands that fit. A seal only one maker writes ("6205-2RSH" is
SKF's, "6203DDU" NSK's) still names that maker. On the demo catalog, with a Timken bearing
added whose part number is the designation written joined.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from bot.matching.index import CatalogIndex, Entry
from bot.matching.matcher import MatchContext, MatchResult, match_line


@pytest.fixture(scope="module")
def index(demo_matcher_index: CatalogIndex) -> CatalogIndex:
    """The module's demo index with the Timken bearing added, once: the tests only ask it."""
    index = demo_matcher_index
    index.add(SimpleNamespace(
        sku="BRG-T6203ZZ", name="Deep groove ball bearing 6203-ZZ Timken",
        description="RODAMIENTO RIGIDO DE BOLAS 6203-ZZ TIMKEN 17X40X12MM BLINDADO METAL", family="Bearings", brand="Timken", uom="EA", pack_qty=Decimal(1),
        list_price=Decimal("30.00"), aliases=["62032Z"], attributes={"type": "deep_groove_ball", "designation": "6203", "seal": "ZZ", "bore_mm": "17", "od_mm": "40", "width_mm": "12"},
    ))  # fmt: skip
    return index


def _ask(index: CatalogIndex, line: str) -> tuple[MatchResult, list[str]]:
    """The line matched for a customer whose brand rule answers "bought last" with the
    brand that sorts first by SKU (never the maker whose number the line spells)."""
    picked: list[str] = []

    def bought_last(entries: list[Entry], quantity: Decimal) -> tuple[Entry, str]:
        chosen = min(entries, key=lambda e: e.sku)
        picked.append(chosen.sku)
        return chosen, "bought last"

    context = MatchContext(customer_id="C001", choose_brand=bought_last)
    return match_line(index, line, "C001", context), picked


@pytest.mark.parametrize(
    "line", ["62032Z x 10", "10 rodamientos 62032z", "6203ZZ - 4", "bearing 6006-2RS, 2 pcs"]
)
def test_a_designation_every_maker_writes_is_left_to_the_brand_rule(
    index: CatalogIndex, line: str
) -> None:
    result, picked = _ask(index, line)
    assert (result.decision, result.brand_rule, result.sku) == ("auto", "bought last", picked[0])
    assert result.alternatives  # the other brands are named beside it


@pytest.mark.parametrize(
    ("line", "sku"), [("6205-2RSH x 3", "BRG-10076"), ("rodamiento 6204 DDU", "BRG-10062")]
)
def test_a_seal_only_one_maker_writes_names_that_maker(
    index: CatalogIndex, line: str, sku: str
) -> None:
    result, picked = _ask(index, line)
    assert (result.decision, result.sku, picked) == ("auto", sku, [])
