"""Commercial insights on known activity: quotes made, sent, accepted, lost and expired
through the real code paths, sales history through the ERP import, and the figures the
API gives back, exact to the unit and the cent."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.db import session_scope
from bot.matching.index import CatalogIndex
from bot.models import Customer
from bot.orders import accept_quote
from bot.quotes import Rules, create_quote, expire_due, mark_lost, mark_sent
from tests.conftest import ErpFolder

RULES = Rules(margin_floor_pct=Decimal(10), max_discount_pct=Decimal(15), valid_days=15)
MON = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)  # a Monday
WEEK = "from=2026-11-23&to=2026-11-29"
SELLER_A, SELLER_B = "ana@shop.example", "beto@shop.example"


@pytest.fixture
def shop(erp: ErpFolder, db: Engine) -> Engine:
    erp.write(
        warehouses="warehouse,name,cutoff,timezone\nSCL,Santiago,16:00,America/Santiago\n",
        products="""
            sku,name,brand,family,uom,list_price,cost
            B-SKF,Deep groove ball bearing 6204-2RSH SKF,SKF,Bearings,EA,10.00,6.00
            F-840,Hex bolt DIN 933 M8x40 8.8 zinc plated,,Fasteners,EA,0.50,0.20
            T-THIN,Safety helmet white,,Safety,EA,10.00,9.50
            """,
        customers=f"""
            customer_id,name,credit_limit,seller_email,language
            OK,Minera,100000,{SELLER_A.upper()},es
            OTHER,Pacific,100000,{SELLER_B},en
            DORM,Quiet Works,100000,{SELLER_B},en
            """,
        customer_prices="customer_id,sku,price\nOK,B-SKF,8.00\n",
        stock="sku,warehouse,on_hand\nB-SKF,SCL,5\nF-840,SCL,1000\nT-THIN,SCL,0\n",
        sales_history="""
            invoice,line,customer_id,date,sku,qty,unit_price,order
            F-1,1,OK,2026-11-10,F-840,10,0.50,
            F-2,1,OK,2026-11-20,B-SKF,1,8.00,
            F-3,1,OK,2026-12-10,F-840,100,0.45,
            F-4,1,OTHER,2026-12-25,B-SKF,1,10.00,
            F-5,1,DORM,2026-08-01,F-840,5,0.50,
            F-6,1,DORM,2026-08-11,F-840,5,0.50,
            F-7,1,DORM,2026-08-21,F-840,5,0.50,
            F-8,1,DORM,2026-08-25,F-840,-5,0.50,
            """,
    ).load()
    return db


@pytest.fixture
def activity(shop: Engine) -> dict[str, str]:
    """A week of quotes: won, lost-but-bought-later, unmet, expired, a guest's, a chat's."""
    with Session(shop) as session:
        index = CatalogIndex.build(session)

    def quote(customer: str | None, at: dt.datetime, *lines: str, channel: str = "cli") -> str:
        with session_scope(shop, write=True) as session:
            who = session.get(Customer, customer) if customer else None
            made = create_quote(
                session, index, who, list(lines), now=at, rules=RULES, actor="test",
                channel=channel,
            )  # fmt: skip
            return made.number

    numbers: dict[str, str] = {}
    numbers["before"] = quote("OK", MON - dt.timedelta(days=3), "6204 2rs skf x 1")
    numbers["won"] = quote("OK", MON, "6204 2rs skf x 2")
    numbers["lost"] = quote("OK", MON + dt.timedelta(hours=2), "hex bolt din 933 m8x40 zp x 100")
    with session_scope(shop, write=True) as session:
        for key in ("won", "lost"):
            mark_sent(session, numbers[key], actor="test", channel="cli")
        accept_quote(
            session, numbers["won"], now=MON + dt.timedelta(hours=1), rules=RULES, actor="test"
        )
        mark_lost(session, numbers["lost"], "price", actor=SELLER_A)
    numbers["unmet"] = quote(
        "OK", MON + dt.timedelta(days=1), "pintura epoxica roja x 3", "6204 2rs skf x 10",
        "safety helmet white x 4",
    )  # fmt: skip
    numbers["again"] = quote("OK", MON + dt.timedelta(days=2), "Pintura epoxica roja x 3 ")
    numbers["other"] = quote("OTHER", MON + dt.timedelta(days=1), "6204 2rs skf x 1")
    numbers["guest"] = quote(
        None, MON + dt.timedelta(days=2), "6204 2rs skf x 1", channel="whatsapp"
    )
    with session_scope(shop, write=True) as session:
        expire_due(session, today=dt.date(2026, 12, 15))
    return numbers


def test_the_week_in_figures_exact(api: Any, activity: dict[str, str]) -> None:
    body = api.get(f"/api/v1/insights?{WEEK}").json
    assert body["quotes"] == {
        "created": 6, "sent": 2, "won": 2, "lost": 1, "expired": 3, "accepted": 1,
        "win_rate": 0.3333,
    }  # fmt: skip
    # 8 lines: 16.00 + 50.00 + (80.00 + 40.00, one open) + (open) + 10.00 + 10.00.
    # Won: the accepted bearing line, and the lost quote's bolts bought 17 days later
    # through the ERP; not the other customer's bearing bought 31 days later.
    assert body["lines"] == {
        "quoted": 8, "priced": 6, "won": 2, "quoted_value": "206.00", "won_value": "66.00",
        "touchless": 6, "win_rate": 0.25, "value_win_rate": 0.3204, "touchless_rate": 0.75,
    }  # fmt: skip
    assert body["lost_reasons"] == {"price": 1}
    unmet = sorted(body["unmet"], key=lambda row: row["kind"])
    assert [(u["customer_id"], u["sku"], u["kind"], u["week"], u["times"]) for u in unmet] == [
        ("OK", "T-THIN", "not_stocked", "2026-11-23", 1),
        ("OK", "B-SKF", "short", "2026-11-23", 1),
        ("OK", None, "unmatched", "2026-11-23", 2),
    ]
    assert unmet[2]["text"].strip().lower() == "pintura epoxica roja x 3"
    assert (unmet[0]["quantity"], unmet[1]["quantity"], unmet[1]["text"]) == (
        "4.00", "10.00", "6204 2rs skf x 10",
    )  # fmt: skip
    assert body["unmet_total"] == 3


def test_seller_channel_and_window_filters(api: Any, activity: dict[str, str]) -> None:
    mine = api.get(f"/api/v1/insights?{WEEK}&seller={SELLER_A}").json
    # The README's example.
    assert mine["quotes"] == {
        "created": 4, "sent": 2, "won": 2, "lost": 1, "expired": 1, "accepted": 1,
        "win_rate": 0.5,
    }  # fmt: skip
    assert mine["lines"] == {
        "quoted": 6, "priced": 4, "won": 2, "quoted_value": "186.00", "won_value": "66.00",
        "touchless": 4, "win_rate": 0.3333, "value_win_rate": 0.3548, "touchless_rate": 0.6667,
    }  # fmt: skip
    assert mine["filters"]["seller"] == SELLER_A
    theirs = api.get(f"/api/v1/insights?{WEEK}&seller={SELLER_B}").json
    assert (theirs["quotes"]["created"], theirs["lines"]["won"], theirs["unmet"]) == (1, 0, [])
    chat = api.get(f"/api/v1/insights?{WEEK}&channel=whatsapp").json
    assert (chat["quotes"]["created"], chat["lines"]["quoted_value"]) == (1, "10.00")
    before = api.get("/api/v1/insights?from=2026-11-20&to=2026-11-20").json
    # Ordered three days later, within the window: that bearing line was won too.
    assert (before["quotes"]["created"], before["lines"]["won"]) == (1, 1)
    assert api.get("/api/v1/insights?from=2026-11-30&to=2026-11-29").status_code == 400
    assert api.get("/api/v1/insights?from=yesterday").status_code == 400
    assert api.get("/api/v1/insights", headers={"Authorization": "Bearer no"}).status_code == 401


def test_a_narrower_win_window_wins_less(app: Any, api: Any, activity: dict[str, str]) -> None:
    app.config["WIN_WINDOW_DAYS"] = 10
    body = api.get(f"/api/v1/insights?{WEEK}").json
    assert body["filters"]["win_window_days"] == 10
    assert (body["quotes"]["won"], body["lines"]["won"], body["lines"]["won_value"]) == (
        1, 1, "16.00",
    )  # fmt: skip


def rows(response: Any) -> list[dict[str, str]]:
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def test_csv_tables(api: Any, activity: dict[str, str]) -> None:
    quotes = rows(api.get(f"/api/v1/insights/quotes.csv?{WEEK}"))
    by_number = {row["number"]: row for row in quotes}
    assert len(quotes) == 6
    won = by_number[activity["won"]]
    assert (won["status"], won["lines"], won["won_lines"], won["quoted_value"]) == (
        "accepted", "1", "1", "16.00",
    )  # fmt: skip
    lost = rows(api.get(f"/api/v1/insights/lost.csv?{WEEK}"))
    assert [(r["number"], r["reason"], r["quoted_value"]) for r in lost] == [
        (activity["lost"], "price", "50.00")
    ]
    unmet = rows(api.get(f"/api/v1/insights/unmet.csv?{WEEK}"))
    assert sorted(r["kind"] for r in unmet) == ["not_stocked", "short", "unmatched"]
    dormant = rows(api.get(f"/api/v1/insights/dormant.csv?{WEEK}"))
    # Quiet Works bought every 10 days and stopped 100 days before the 29th; Minera
    # (every 6.5 days, last on the 23rd through Mostrador) is not late.
    assert [(r["customer_id"], r["usual_interval_days"], r["days_since"]) for r in dormant] == [
        ("DORM", "10.0", "100")
    ]
    assert dormant[0]["overdue_ratio"] == "10.0" and dormant[0]["seller_email"] == SELLER_B
    mine = api.get(f"/api/v1/insights/dormant.csv?{WEEK}&seller={SELLER_A}")
    assert rows(mine) == [] and mine.get_data(as_text=True).startswith("customer_id,")
    assert api.get("/api/v1/insights/nope.csv").status_code == 404


def test_console_page_scopes_sellers_to_their_customers(app: Any, activity: dict[str, str]) -> None:
    from tests.console_client import ConsoleClient

    ana = ConsoleClient(app, SELLER_A)
    page = ana.get(f"/console/insights?{WEEK}&seller={SELLER_B}").get_data(as_text=True)
    # Her own customers whatever she asks: four quotes, not Beto's one nor the guest's.
    assert "sent 2 · won 2 · lost 1 · expired 1" in page
    assert (
        page.count('<svg class="chart"') == 5
        and "<script" not in page.split("<main>")[1].split("</main>")[0]
    )
    assert "pintura epoxica roja x 3" in page and "Quiet Works" not in page
    unmet = ana.get(f"/console/insights/unmet.csv?{WEEK}")
    assert unmet.mimetype == "text/csv" and len(rows(unmet)) == 3
    assert rows(ana.get(f"/console/insights/dormant.csv?{WEEK}")) == []
    boss = ConsoleClient(app, "boss@shop.example", role="manager")
    everything = boss.get(f"/console/insights?{WEEK}").get_data(as_text=True)
    assert "sent 2 · won 2 · lost 1 · expired 3" in everything and "Quiet Works" in everything
    beto = boss.get(f"/console/insights?{WEEK}&seller={SELLER_B}").get_data(as_text=True)
    assert "sent 0 · won 0 · lost 0 · expired 1" in beto
    assert [r["customer_id"] for r in rows(boss.get(f"/console/insights/dormant.csv?{WEEK}"))] == [
        "DORM"
    ]
    assert app.test_client().get("/console/insights").status_code == 302  # sign in first


MON2 = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
WEEK2 = "from=2026-11-30&to=2026-12-06"


@pytest.fixture
def stuck(shop: Engine) -> dict[str, str]:
    """A week where sales wait for managers: a thin margin approved, a seller's deep
    discount rejected, and bolts bought through the ERP ten days later."""
    from bot.approvals import decide
    from bot.models import Approval
    from bot.quotes import LineChange, revise

    with Session(shop) as session:
        index = CatalogIndex.build(session)
    numbers: dict[str, str] = {}
    with session_scope(shop, write=True) as session:
        ok = session.get(Customer, "OK")
        for key, line, at in [
            ("thin", "safety helmet white x 4", MON2),
            ("discount", "6204 2rs skf x 1", MON2 + dt.timedelta(hours=1)),
            ("bolts", "hex bolt din 933 m8x40 zp x 10", MON2),
        ]:
            made = create_quote(session, index, ok, [line], now=at, rules=RULES, actor="bot")
            numbers[key] = made.number
        revise(
            session, numbers["discount"], [LineChange(1, unit_price=Decimal("6.00"))],
            now=MON2 + dt.timedelta(hours=2), rules=RULES, actor=SELLER_A,
        )  # fmt: skip
    with session_scope(shop, write=True) as session:
        ids = {a.subject: a.id for a in session.exec(select(Approval))}
        decide(session, ids[numbers["thin"]] or 0, approve=True, user="boss@shop.example",
               role="manager", comment="new customer", now=MON2 + dt.timedelta(hours=3))  # fmt: skip
        decide(session, ids[numbers["discount"]] or 0, approve=False, user="boss@shop.example",
               role="manager", comment="too low", now=MON2 + dt.timedelta(hours=8))  # fmt: skip
    return numbers


def test_approvals_margins_by_family_and_workload(api: Any, stuck: dict[str, str]) -> None:
    body = api.get(f"/api/v1/insights?{WEEK2}").json
    # The helmet (5 % margin) asked at 10:00, approved at 13:00; the bearing at 6.00
    # (0 % margin, 25 % under the contract price) asked at 12:00, rejected at 18:00.
    assert body["approvals"] == {
        "discount": {"asked": 1, "approved": 0, "rejected": 1, "pending": 0,
                     "median_hours_to_decide": 6.0},
        "margin_floor": {"asked": 2, "approved": 1, "rejected": 1, "pending": 0,
                         "median_hours_to_decide": 4.5},
    }  # fmt: skip
    assert body["families"] == [
        {"family": "Bearings", "quoted": 1, "won": 0, "win_rate": 0.0, "quoted_value": "6.00",
         "won_value": "0.00", "quoted_margin_pct": "0.00", "won_margin_pct": None},
        {"family": "Fasteners", "quoted": 1, "won": 1, "win_rate": 1.0, "quoted_value": "5.00",
         "won_value": "5.00", "quoted_margin_pct": "60.00", "won_margin_pct": "60.00"},
        {"family": "Safety", "quoted": 1, "won": 0, "win_rate": 0.0, "quoted_value": "40.00",
         "won_value": "0.00", "quoted_margin_pct": "5.00", "won_margin_pct": None},
    ]  # fmt: skip
    assert body["workload"] == [
        {"person": SELLER_A, "quotes": 3, "revisions": 1, "approvals_decided": 0},
        {"person": "boss@shop.example", "quotes": 0, "revisions": 0, "approvals_decided": 2},
    ]
    assert body["lost_reasons"] == {"approval rejected: too low": 1}
    # Another seller's customers: none of it.
    theirs = api.get(f"/api/v1/insights?{WEEK2}&seller={SELLER_B}").json
    assert (theirs["approvals"], theirs["families"], theirs["workload"]) == ({}, [], [])


def test_console_shows_where_sales_get_stuck(app: Any, stuck: dict[str, str]) -> None:
    from tests.console_client import ConsoleClient

    boss = ConsoleClient(app, "boss@shop.example", role="manager")
    page = boss.get(f"/console/insights?{WEEK2}").get_data(as_text=True)
    approvals = page.split('id="approvals"')[1].split("</table>")[0]
    assert "<td>margin floor</td>" in approvals and ">4.5<" in approvals
    families = page.split('id="families"')[1].split("</table>")[0]
    assert "<td>Fasteners</td>" in families and "60.00 %" in families
    workload = page.split('id="workload"')[1].split("</table>")[0]
    assert SELLER_A in workload and "boss@shop.example" in workload
