"""What an unseen house's own catalog says of its items (issue #13, bot/matching/house_facts.py):
a bearing's clearance said only in the maker's number it copies ("6305-2RS1/C3") never keeps a
buyer's "6305 2RS" from it; plain steel ("… steel", "… acero") is never the 316 twin; a word
for a fitting as a whole ("connector", "conector") that no item of the house says is let go
where the line names the ends; a set's pieces ("24 pc") are the set's, not the count. A small
US-style MRO catalog (upper-case storeroom names, sets sold by the SET), none of catalog 20's
words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import Session

from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, MatchResult, match_line
from bot.models.catalog import Product

ITEMS = [
    # sku, name, brand, uom, the maker's number (first alias), attributes
    ("BB-6305-NS", "BALL BEARING 6305 2RS NSK", "NSK", "EA", "6305-2RSC3",
     {"desig": "6305", "seal": "2rs"}),
    ("BB-6305-SK", "BALL BEARING 6305 2RS SKF", "SKF", "EA", "6305-2RS1/C3",
     {"desig": "6305", "seal": "2rs"}),
    # the house names the clearance itself: a bare 6206 is the normal one
    ("BB-6206-SK", "BALL BEARING 6206 ZZ SKF", "SKF", "EA", "6206-2Z", {"desig": "6206"}),
    ("BB-6206C3-SK", "BALL BEARING 6206 ZZ C3 SKF", "SKF", "EA", "6206-2Z/C3", {"desig": "6206"}),
    # one maker's 6308 and 6308/C3 under one bare name
    ("BB-6308-A", "BALL BEARING 6308 2RS SKF", "SKF", "EA", "6308-2RS1",
     {"desig": "6308", "seal": "2rs"}),
    ("BB-6308-B", "BALL BEARING 6308 2RS SKF", "SKF", "EA", "6308-2RS1/C3",
     {"desig": "6308", "seal": "2rs"}),
    ("FT-0806-CS", "STRAIGHT ADAPTER MALE JIC 1/2 X MALE NPT 3/8 CARBON STEEL ZINC PLATED",
     None, "EA", "", {"jic": "1/2", "npt": "3/8", "material": "cs"}),
    ("FT-0806-SS", "STRAIGHT ADAPTER MALE JIC 1/2 X MALE NPT 3/8 STAINLESS 316", None, "EA", "",
     {"jic": "1/2", "npt": "3/8", "material": "ss"}),
    ("FT-1208-SS", "STRAIGHT ADAPTER MALE JIC 3/4 X MALE NPT 1/2 STAINLESS 316", None, "EA", "",
     {"jic": "3/4", "npt": "1/2", "material": "ss"}),
    ("FT-0806-FS", "ADAPTER FEMALE SWIVEL JIC 1/2 X MALE NPT 3/8 CARBON STEEL ZINC PLATED",
     None, "EA", "", {"jic": "1/2", "npt": "3/8", "material": "cs"}),
    # a house that gives its face-seal adapters no attributes
    ("FS-0808", "ADAPTER MALE ORFS X MALE NPT 1/2 X 1/2 CARBON STEEL", None, "EA", "", {}),
    ("FS-1208", "ADAPTER MALE ORFS X MALE NPT 3/4 X 1/2 CARBON STEEL", None, "EA", "", {}),
    ("CB-3050", "CIRCUIT BREAKER PLUG-IN 3 POLE 50 A", None, "EA", "", {"poles": "3", "amps": "50"}),
    ("CB-2050", "CIRCUIT BREAKER PLUG-IN 2 POLE 50 A", None, "EA", "", {"poles": "2", "amps": "50"}),
    ("SS-12-M24", "SOCKET SET 1/2 IN DRIVE METRIC 24 PC", None, "SET", "",
     {"drive": "1/2", "system": "metric", "pieces": "24"}),
    ("SS-12-S18", "SOCKET SET 1/2 IN DRIVE SAE 18 PC", None, "SET", "",
     {"drive": "1/2", "system": "sae", "pieces": "18"}),
]  # fmt: skip


@pytest.fixture
def index(session: Session) -> CatalogIndex:
    for sku, name, brand, uom, maker, attributes in ITEMS:
        session.add(Product(sku=sku, name=name, description=f"{name} {maker}".strip(), brand=brand,
                            family="MRO", uom=uom, list_price=Decimal("10.00"),
                            aliases=[maker] if maker else [], attributes=attributes))  # fmt: skip
    session.commit()
    return CatalogIndex.build(session)


def _ask(index: CatalogIndex, line: str) -> MatchResult:
    return match_line(index, line, None, MatchContext())


# line, the item it settles on
SETTLED = [
    # a clearance only the maker's number says keeps no line from the item
    ("6305 2RS SKF x 4", "BB-6305-SK"),
    ("rodamiento 6305 2rs nsk, 10 pzas", "BB-6305-NS"),
    ("ball bearing 6305-2RS C3 SKF", "BB-6305-SK"),  # guard: the maker's C3 is still its own
    ("6206 ZZ SKF", "BB-6206-SK"),  # guards: a house naming C3 itself
    ("6206 ZZ C3 SKF", "BB-6206C3-SK"),
    ("6308 2RS SKF", "BB-6308-A"),  # guards: one maker's two clearances under one name
    ("6308 2RS C3 SKF", "BB-6308-B"),
    # plain steel is never the stainless twin
    ("straight adapter JIC 1/2 x NPT 3/8 steel, qty 6", "FT-0806-CS"),
    ("conector macho JIC 1/2 x NPT 3/8 de acero x 6", "FT-0806-CS"),
    ("straight adapter JIC 1/2 x NPT 3/8 stainless steel", "FT-0806-SS"),  # guards: stainless said
    ("conector JIC 1/2 x NPT 3/8 acero inoxidable", "FT-0806-SS"),
    ("adapter JIC 3/4 x NPT 1/2 ss 316", "FT-1208-SS"),
    # a word for a fitting no item says is let go beside its ends
    ("connector male JIC 1/2 x male NPT 3/8 stainless x 4", "FT-0806-SS"),
    ("conector JIC 3/4 x NPT 1/2 inox", "FT-1208-SS"),
    ("fitting male JIC 1/2 x male NPT 3/8 carbon steel", "FT-0806-CS"),
    # each end's gender and size said: the swivel is left out for its gender, and what is left
    # fits by each end's own size
    ("adapter male JIC 1/2 x male NPT 3/8 steel x 10", "FT-0806-CS"),
    ("adapter female swivel JIC 1/2 x male NPT 3/8 steel", "FT-0806-FS"),  # guard
    # "a" between two ends is "to", never amperes
    ("straight adapter JIC #8 a NPT 3/8 acero x 4", "FT-0806-CS"),
    # one size said of both ends is each end's, never the 3/4 x 1/2 adapter's
    ("male ORFS 1/2 x male NPT 1/2 adapter, 12 ea", "FS-0808"),
    ("adapter ORFS 3/4 x NPT 1/2 qty 2", "FS-1208"),  # guard
    # the way a line is said names no item
    ("breaker 2x50.", "CB-2050"),  # poles x amperes closed by a stop
    ("breaker 3x50, please", "CB-3050"),  # guard: and by a comma
    ("¿a cómo está el 6206 ZZ SKF?", "BB-6206-SK"),  # Central America's price ask
    ("número de parte 6206 ZZ SKF", "BB-6206-SK"),  # the part number, said so
]  # fmt: skip


@pytest.mark.parametrize(("line", "sku"), SETTLED)
def test_the_house_s_own_facts_settle_the_item_meant(
    index: CatalogIndex, line: str, sku: str
) -> None:
    result = _ask(index, line)
    assert (result.decision, result.sku) == ("auto", sku)


@pytest.mark.parametrize("line", [
    "straight adapter JIC 1/2 x NPT 3/8",  # steel or stainless: unsaid
    "conector 1/2 inox x 4",  # a connector named without ends may be a lug
])  # fmt: skip
def test_what_the_facts_leave_open_is_still_a_question(index: CatalogIndex, line: str) -> None:
    assert _ask(index, line).decision != "auto"


@pytest.mark.parametrize(("line", "sku", "count"), [
    ("1/2 drive 24 pc metric socket set", "SS-12-M24", 1),
    ("need 2 socket sets 1/2 in drive 24 pcs metric", "SS-12-M24", 2),
    ("juego de dados 1/2 SAE 18 piezas", "SS-12-S18", 1),
    ("24 pcs 6206 ZZ SKF", "BB-6206-SK", 24),  # guard: an item sold by the piece
])  # fmt: skip
def test_a_set_s_pieces_are_the_set_s_not_the_count(
    index: CatalogIndex, line: str, sku: str, count: int
) -> None:
    result = _ask(index, line)
    assert (result.decision, result.sku, result.line.quantity) == ("auto", sku, count)
    assert result.line.text == line
