"""The insights summary stays exact: the family filter, and figures that follow new
quotes, orders and ERP imports made after a first read (bot/insights/materialised.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.matching.index import CatalogIndex
from bot.models import Customer
from bot.orders import accept_quote
from bot.quotes import create_quote, mark_sent
from tests import test_insights
from tests.conftest import ErpFolder
from tests.test_insights import MON, RULES, WEEK

shop, activity = test_insights.shop, test_insights.activity  # the same week's fixtures


def test_the_family_filter_keeps_its_lines_and_their_quotes(
    api: Any, activity: dict[str, str]
) -> None:
    body = api.get(f"/api/v1/insights?{WEEK}&family=Bearings").json
    assert body["filters"]["family"] == "Bearings"
    # The week's bearing lines: the won quote's 2 (16.00), the unmet quote's 10 (80.00,
    # short), the other customer's 1 (10.00) and the guest's 1 (10.00).
    assert body["lines"] == {
        "quoted": 4, "priced": 4, "won": 1, "quoted_value": "116.00", "won_value": "16.00",
        "touchless": 4, "win_rate": 0.25, "value_win_rate": 0.1379, "touchless_rate": 1.0,
    }  # fmt: skip
    assert (body["quotes"]["created"], body["quotes"]["won"], body["quotes"]["lost"]) == (4, 1, 0)
    assert [(u["sku"], u["kind"]) for u in body["unmet"]] == [("B-SKF", "short")]
    assert [f["family"] for f in body["families"]] == ["Bearings"]
    bolts = api.get(f"/api/v1/insights?{WEEK}&family=Fasteners").json
    assert (bolts["quotes"]["created"], bolts["quotes"]["lost"], bolts["lines"]["won"]) == (1, 1, 1)
    assert bolts["lost_reasons"] == {"price": 1}


def test_an_order_after_a_read_wins_its_quote_and_the_earlier_one(
    api: Any, shop: Engine, activity: dict[str, str]
) -> None:
    first = api.get(f"/api/v1/insights?{WEEK}").json
    assert (first["quotes"]["created"], first["lines"]["won"]) == (6, 2)
    with session_scope(shop, write=True) as session:
        index = CatalogIndex.build(session)
        made = create_quote(
            session, index, session.get(Customer, "OTHER"), ["6204 2rs skf x 1"],
            now=MON + dt.timedelta(days=3), rules=RULES, actor="test",
        )  # fmt: skip
        number = made.number
    with session_scope(shop, write=True) as session:
        mark_sent(session, number, actor="test", channel="cli")
        accept_quote(
            session, number, now=MON + dt.timedelta(days=3, hours=1), rules=RULES, actor="test"
        )
    body = api.get(f"/api/v1/insights?{WEEK}").json
    # The new quote is won, and so is the other customer's bearing quoted on Tuesday:
    # the same SKU ordered two days later.
    assert body["quotes"]["created"] == 7 and body["quotes"]["won"] == 4
    assert body["quotes"]["accepted"] == 2
    assert (body["lines"]["quoted"], body["lines"]["won"]) == (9, 4)
    assert (body["lines"]["quoted_value"], body["lines"]["won_value"]) == ("216.00", "86.00")


def test_an_erp_import_after_a_read_is_counted(
    api: Any, erp: ErpFolder, activity: dict[str, str]
) -> None:
    assert api.get(f"/api/v1/insights?{WEEK}").json["lines"]["won"] == 2
    # The other customer buys the bearing through the ERP on Dec 1st, within 30 days.
    sales = (erp.path / "sales_history.csv").read_text(encoding="utf-8")
    erp.write(sales_history=sales + "F-9,1,OTHER,2026-12-01,B-SKF,1,10.00,\n").load()
    body = api.get(f"/api/v1/insights?{WEEK}").json
    assert (body["quotes"]["won"], body["lines"]["won"], body["lines"]["won_value"]) == (
        3, 3, "76.00",
    )  # fmt: skip
