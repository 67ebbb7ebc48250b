"""A length said in centimetres is the catalog's millimetres (issue #14, set 16: es-1606):
"amarras de 20 cm" are the 200 mm ties, never the 100 mm ones offered first. Own examples."""

from __future__ import annotations

import pytest

from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, match_line


@pytest.mark.parametrize(
    ("line", "sku"),
    [
        ("10 bolsas amarras negras 20 centímetros x 2.5", "ELE-10285"),
        ("4 bolsas de amarras plasticas negras de 15 cm 3.6", "ELE-10282"),
        ("3 bags black cable ties 30cm 4.8", "ELE-10291"),
    ],
)
def test_a_length_in_centimetres_settles_the_tie(
    demo_matcher_index: CatalogIndex, line: str, sku: str
) -> None:
    result = match_line(demo_matcher_index, line, "C001", MatchContext(customer_id="C001"))
    assert result.decision == "auto" and result.sku == sku, (result.decision, result.sku)


@pytest.mark.parametrize(
    ("line", "sku"),
    [
        ("black zip ties, 150mm long and the 3.6mm wide ones, 2 bags", "ELE-10282"),
        ("3 bolsas de amarras negras de 30 cm, las gruesas de 4.8", "ELE-10291"),
    ],
)
def test_a_ties_length_and_width_said_apart_settle_it(
    demo_matcher_index: CatalogIndex, line: str, sku: str
) -> None:
    result = match_line(demo_matcher_index, line, "C001", MatchContext(customer_id="C001"))
    assert result.decision == "auto" and result.sku == sku, (result.decision, result.sku)
