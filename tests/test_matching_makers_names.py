"""What a maker's name or code says is not a fact of the item (issue #13).

"Red Head" is a maker of anchors, not a red anchor; the figure ending a maker's code ("KB-TZ2
3/8x3") is no whole inch of the size beside it. Either would keep one item in two brands
from being one item, and the brand rule from settling it. Our own examples, through
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
    WA-3/8X3-HIL,"Wedge anchor 3/8"" x 3"", zinc, Hilti","ANCLA EXPANSION 3/8 X 3"" ZINC. HILTI",fasteners,Hilti,EA,25,1.42,KB-TZ2 3/8x3,type=wedge_anchor|diameter=3/8|length=3,true
    WA-3/8X3-RHD,"Wedge anchor 3/8"" x 3"", zinc, Red Head","ANCLA EXPANSION 3/8 X 3"" ZINC. RED HEAD",fasteners,Red Head,EA,25,1.43,WS-3830,type=wedge_anchor|diameter=3/8|length=3,true
    WA-1/2X4-HIL,"Wedge anchor 1/2"" x 4"", zinc, Hilti","ANCLA EXPANSION 1/2 X 4"" ZINC. HILTI",fasteners,Hilti,EA,25,2.10,KB-TZ2 1/2x4,type=wedge_anchor|diameter=1/2|length=4,true
    """


@pytest.fixture
def match(erp: ErpFolder, api: Any) -> Any:
    erp.write(
        products=CATALOG, customers="customer_id,name,language\nMX1,Constructora Norte,es\n"
    ).load()
    return matcher(api, "MX1")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ancla de expansion 3/8 x 3 - 20", ({"WA-3/8X3-HIL", "WA-3/8X3-RHD"}, 20)),
        ("wedge anchor 3/8 x 3 (10 pcs)", ({"WA-3/8X3-HIL", "WA-3/8X3-RHD"}, 10)),
        ("ancla red head 3/8 x 3", ({"WA-3/8X3-RHD"}, 1)),
        ("10 wedge anchors 3/8 x 3 hilti", ({"WA-3/8X3-HIL"}, 10)),
        # a maker of two words written as one is that maker (catalog 23's "squared": Square D)
        ("ancla redhead 3/8 x 3 x 40", ({"WA-3/8X3-RHD"}, 40)),
    ],
)
def test_a_makers_name_and_code_never_keep_its_item_apart(
    match: Any, line: str, expected: tuple[set[str], int]
) -> None:
    (answer,) = match(line)
    sku, quantity, _ = sku_qty(answer)
    assert sku in expected[0] and quantity == expected[1], answer


def test_a_figure_ending_a_makers_code_is_no_whole_inch(match: Any) -> None:
    # "KB-TZ2 1/2x4" is the 1/2" anchor, never a 2-1/2" one
    (answer,) = match('ancla 2-1/2" x 4')
    assert answer["decision"] != "auto", answer
