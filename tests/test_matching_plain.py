"""Items said plainly on the demo catalog: "allen M6x20" is the socket head cap screw
(the countersunk one is asked for by name), "amarras plásticas" are the cable ties."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, match_line


@pytest.fixture
def index(demo_matcher_index: CatalogIndex) -> CatalogIndex:
    return demo_matcher_index


@pytest.mark.parametrize(
    ("line", "sku", "quantity"),
    [
        ("100 allen M6x20 zincado", "FAS-10152", 100),  # DIN 912, not 7991
        ("50 tornillos allen avellanados m6x20", "FAS-10262", 50),  # DIN 7991, asked so
        ("2 bolsas de amarras plasticas de 200x3.6", "ELE-10286", 2),
        ("10 amarras plásticas 200x4.8", "ELE-10287", 10),
    ],
)
def test_a_plain_name_settles_the_item(
    index: CatalogIndex, line: str, sku: str, quantity: int
) -> None:
    result = match_line(index, line, "C001", MatchContext(customer_id="C001"))
    assert (result.decision, result.sku, result.line.quantity) == ("auto", sku, Decimal(quantity))


@pytest.mark.parametrize(
    "line", ["2 repuesto del molino chico", "10 repuestos para bomba", "4 repuestos de la prensa"]
)
def test_a_spare_part_is_no_quote_asked(index: CatalogIndex, line: str) -> None:
    """'repuesto' (a spare part) is a word of its own, never a slip of 'presupuesto' (a quote
    asked, which would be cut away as the asking): the words a seller completes stay whole."""
    result = match_line(index, line, "C001", MatchContext(customer_id="C001"))
    assert result.line.item.startswith("repuesto"), result.line.item


@pytest.mark.parametrize(
    ("line", "sku", "quantity"),
    [
        ("12 nos 6206 2RS bearings SKF make. Kindly revert.", "BRG-10091", 12),
        ("8 nos A50 v-belts Gates make, do the needful", "BLT-10049", 8),
        ("6 nos 6205 2Z bearing NTN make pls revert at the earliest", "BRG-10084", 6),
    ],
)
def test_india_s_make_after_the_brand_and_its_closings_settle_the_item(
    index: CatalogIndex, line: str, sku: str, quantity: int
) -> None:
    """Indian English names the maker as "SKF make" and closes with "Kindly revert." or "do
    the needful": neither is a word of the item, so the line settles as it would without."""
    result = match_line(index, line, "C001", MatchContext(customer_id="C001"))
    assert (result.decision, result.sku, result.line.quantity) == ("auto", sku, Decimal(quantity))
