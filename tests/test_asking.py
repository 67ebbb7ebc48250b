"""An item asked as a question is the item (bot/asking.py): the words around it, in
either language and any region's way of asking, never turn a settled item into a
one-option choice; the item's own words (an unknown brand beside a code) still ask."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.asking import match_asked
from bot.matching.index import CatalogIndex
from bot.matching.matcher import MatchContext, match_line


@pytest.fixture
def index(demo_matcher_index: CatalogIndex) -> CatalogIndex:
    return demo_matcher_index  # the demo catalog: 6206-2RS in several brands


SETTLED = [
        ("holi me cotizai 6 rodamientos 6206 2rs skf? pa hoy si se puede", "BRG-10091", 6),
        ("cn u chek if u hve 6209 2rs fag in stok? need like 16", "BRG-10138", 16),
        ("small shop here in phoenix. got 3/4\" brass gate valves npt? need 10", "VAL-10011",
         10),
        ("quisiera saber si manejan valvulas de compuerta en bronce de 2 pulgadas rosca NPT, "
         "requiero 5 unidades", "VAL-10065", 5),
        ("me podria enviar una proforma de 8 valvulas check de bronce de 3 pulgadas npt? es "
         "para la obra de surco", "VAL-10084", 8),
        ("me interesa comprar 10 kilos de soldadura 6013 de 1/8 marca lincoln, me pueden "
         "facturar a mi empresa?", "WLD-10009", 10),
        ("hi there, small hvac shop here in phoenix. got 3/4\" brass gate valves npt? need 10",
         "VAL-10011", 10),
        # the item named in talk, then counted in a sentence of its own (the spool's 15 kg
        # is no count)
        ("🔥 running low on mig wire. need 4 spools ER70S-6 1.0mm lincoln 15kg", "WLD-10051", 4),
        ("se nos acabo el alambre mig. necesito 3 carretes ER70S-6 1.0mm lincoln 15kg",
         "WLD-10051", 3),
        # a standard's number is no count: the count is said after the question
        ("alright lads, you carry DIN 934 hex nuts M12 zinc? after 300 of them", "FAS-10044",
         300),
        ("buenas, trabajan tuercas DIN 934 M12 zincadas? necesitaria 150", "FAS-10044", 150),
        # a size said in words with its number ("2 pole", "32 amp") is the item's, no count
        ("do you guys stock 2 pole 32 amp schneider breakers? we need 10", "ELE-10062", 10),
        ("y'all carry 1 pole 25 amp abb breakers? need 8", "ELE-10079", 8),
        ("oigan, manejan automaticos abb de 2 polos 40 amperes? ocupo 6", "ELE-10091", 6),
]
ASKED = [
        "tienen 6 rodamientos 6206 2rs zwz? pa hoy",  # a brand we do not carry, beside the code
        "ocupo zwz 6206 2rs, son 6",
        "6 rodamientos 6206 2rs marca zwz, pa mañana",
        "me cotizai 6 rodamientos 6206? pa hoy",  # open, sealed or shielded: still asked
        "quisiera saber si manejan valvulas 2 pulgadas npt? requiero 5",  # gate or ball
        "cotizame 5 valvulas mariposa 2 pulgadas? es urgente",  # a kind we do not carry
        "got 6206 2rs zwz? need 6",
]


def test_the_item_inside_a_question_is_settled_with_its_count(index: CatalogIndex) -> None:
    context = MatchContext(customer_id="C001", brand_choice="ask")
    for text, sku, quantity in SETTLED:
        assert match_line(index, text, "C001", context).decision != "auto", text  # the words
        result = match_asked(index, text, "C001", context)
        assert (result.decision, result.sku, result.line.quantity) == (
            "auto", sku, Decimal(quantity)), text  # fmt: skip


def test_what_the_buyer_left_open_or_we_do_not_carry_is_still_asked(
    index: CatalogIndex,
) -> None:
    context = MatchContext(customer_id="C001", brand_choice="ask")
    for text in ASKED:
        assert match_asked(index, text, "C001", context).decision != "auto", text


def test_a_millimetre_size_without_its_leading_zero(index: CatalogIndex) -> None:
    """ ".8mm", ".9 mm": MIG wire as a US or Caribbean shop writes it is 0.8 / 0.9 mm."""
    context = MatchContext(customer_id="C001", brand_choice="ask")
    for text, sku in [("3 spools ER70S-6 .8mm ESAB", "WLD-10054"),
                      ("got any ER70S-6 .9 mm esab wire? need 2", "WLD-10053")]:  # fmt: skip
        result = match_asked(index, text, "C001", context)
        assert (result.decision, result.sku) == ("auto", sku), text


# A code settles its line whatever follows it, but talk after the count hid the count
# (flows/sales.py's price talk: "200 x FAS-10022, best price?" went in as 1, "how many?").
CODED = [
    ("MLA-44-1000 x 20, mejor precio?", "BLT-10002", 20),  # C001's own part number
    ("FAS-10148 x 300, can you do better?", "FAS-10148", 300),
    ("fas-10148 x 75, how soon can it ship", "FAS-10148", 75),
    ("can you do better on FAS-10148 if I take 300?", "FAS-10148", 300),
    # the code written with a space: its letters name nothing, its number is no count
    ("fas 10148 si me llevo 250, que precio me dejas", "FAS-10148", 250),
    ("FAS 10148 x 120, any discount?", "FAS-10148", 120),
]


def test_a_codes_count_is_read_before_the_talk_after_it(index: CatalogIndex) -> None:
    context = MatchContext(customer_id="C001", brand_choice="ask")
    for text, sku, quantity in CODED:
        result = match_asked(index, text, "C001", context)
        assert (result.decision, result.sku, result.line.quantity) == (
            "auto", sku, Decimal(quantity)), text  # fmt: skip

