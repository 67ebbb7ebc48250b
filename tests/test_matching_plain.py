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
