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


class TrailClock:
    """The audit trail's clock, set by the test: the trail's `at` of a change made "at"
    a simulated moment is that moment (in production both are the real now)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = MON
        monkeypatch.setattr("bot.audit.utcnow", lambda: self.now)


@pytest.fixture
def trail_clock(monkeypatch: pytest.MonkeyPatch) -> TrailClock:
    return TrailClock(monkeypatch)


@pytest.fixture
def stuck(shop: Engine, trail_clock: TrailClock) -> dict[str, str]:
    """A week where sales wait for managers: a thin margin approved, a seller's deep
    discount rejected, and bolts bought through the ERP ten days later."""
    from bot.approvals import decide
    from bot.models import Approval
    from bot.quotes import LineChange, revise

    with Session(shop) as session:
        index = CatalogIndex.build(session)
    numbers: dict[str, str] = {}
    trail_clock.now = MON2
    with session_scope(shop, write=True) as session:
        ok = session.get(Customer, "OK")
        for key, line, at in [
            ("thin", "safety helmet white x 4", MON2),
            ("discount", "6204 2rs skf x 1", MON2 + dt.timedelta(hours=1)),
            ("bolts", "hex bolt din 933 m8x40 zp x 10", MON2),
        ]:
            made = create_quote(session, index, ok, [line], now=at, rules=RULES, actor="bot")
            numbers[key] = made.number
    trail_clock.now = MON2 + dt.timedelta(hours=2)
    with session_scope(shop, write=True) as session:
        revise(
            session, numbers["discount"], [LineChange(1, unit_price=Decimal("6.00"))],
            now=MON2 + dt.timedelta(hours=2), rules=RULES, actor=SELLER_A,
        )  # fmt: skip
    trail_clock.now = MON2 + dt.timedelta(hours=8)
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
    # Ana's discount asked for the manager's approval; the boss decided both.
    nothing = {"chats_handled": 0, "queue_picked": 0, "queue_wait_median_minutes": None,
               "first_answers": 0, "first_answer_median_minutes": None}  # fmt: skip
    assert body["workload"] == [
        {"person": SELLER_A, "quotes": 3, "revisions": 1, "approvals_asked": 1,
         "approvals_decided": 0, **nothing},
        {"person": "boss@shop.example", "quotes": 0, "revisions": 0, "approvals_asked": 0,
         "approvals_decided": 2, **nothing},
    ]  # fmt: skip
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


MON3 = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)  # a Monday
WEEK3 = "from=2026-12-07&to=2026-12-13"
HOURS = "mon-fri 09:00-18:00 UTC"


@pytest.fixture
def chats(shop: Engine, erp: ErpFolder, trail_clock: TrailClock) -> dict[str, str]:
    """A week of chats: the bot answers in seconds, a late-afternoon escalation waits for
    Ana overnight, she answers and sends a Friday quote on Monday, and one of Beto's
    customers still waits in the queue."""
    from bot import handoff
    from bot.inbound import InboundMessage, receive
    from bot.models import Conversation
    from bot.replies import queue_message

    erp.write(
        contacts="customer_id,name,phone\nOK,Olga,+56911111111\nOTHER,Otto,+56922222222\n"
    ).load()
    with Session(shop) as session:
        index = CatalogIndex.build(session)
    sids = iter(range(1, 100))
    conversations: dict[str, int] = {}

    def said(who: str, at: dt.datetime, text: str) -> None:
        phone = {"OK": "+56911111111", "OTHER": "+56922222222"}[who]
        trail_clock.now = at
        with session_scope(shop, write=True) as session:
            inbound = InboundMessage("whatsapp", f"whatsapp:{phone}", f"SM{next(sids)}", text)
            message = receive(session, inbound, at)
            assert message is not None
            conversations[who] = message.conversation_id

    def answer(who: str, author: str, at: dt.datetime, text: str) -> None:
        trail_clock.now = at
        with session_scope(shop, write=True) as session:
            conversation = session.get(Conversation, conversations[who])
            assert conversation is not None
            queue_message(session, conversation, author=author, body=text, now=at, mail_from=None)

    def quote(who: str, at: dt.datetime, line: str) -> str:
        trail_clock.now = at
        with session_scope(shop, write=True) as session:
            made = create_quote(session, index, session.get(Customer, who), [line], now=at,
                                rules=RULES, actor=f"customer:{who}", channel="whatsapp")  # fmt: skip
            return made.number

    def send(number: str, actor: str, at: dt.datetime) -> None:
        trail_clock.now = at
        with session_scope(shop, write=True) as session:
            mark_sent(session, number, actor=actor, channel="whatsapp")

    def escalate(who: str, at: dt.datetime) -> None:
        trail_clock.now = at
        with session_scope(shop, write=True) as session:
            conversation = session.get(Conversation, conversations[who])
            assert conversation is not None
            handoff.flag(session, conversation, handoff.QueueReason.ASKED_FOR_SELLER, at)

    def seller(step: Any, at: dt.datetime) -> None:
        trail_clock.now = at
        with session_scope(shop, write=True) as session:
            step(session, conversations["OK"], SELLER_A, at)

    s = dt.timedelta(seconds=1)
    numbers = {}
    # Monday 10:00: a bearing asked, quoted and sent by the bot in 30 s.
    said("OK", MON3, "6204 2rs skf x 1")
    numbers["bot"] = quote("OK", MON3, "6204 2rs skf x 1")
    answer("OK", "bot", MON3 + 30 * s, "Cotización ...")
    send(numbers["bot"], "customer:OK", MON3 + 30 * s)
    # Monday 17:30: Olga asks for a person; the bot answers in 10 s and escalates.
    late = MON3 + dt.timedelta(hours=7, minutes=30)
    said("OK", late, "quiero hablar con un vendedor")
    answer("OK", "bot", late + 10 * s, "Le paso con un vendedor")
    escalate("OK", late + 10 * s)
    # Tuesday 09:15 Ana takes it (44 min 50 s of business hours: 17:30:10-18:00, 09:00-09:15).
    tue = MON3 + dt.timedelta(days=1)
    seller(handoff.take_over, tue - dt.timedelta(minutes=45))
    answer("OK", SELLER_A, tue - dt.timedelta(minutes=40), "Hola Olga, soy Ana")
    # 09:30 Olga writes again; Ana answers at 09:40 (10 min).
    said("OK", tue - dt.timedelta(minutes=30), "necesito pernos para el viernes")
    answer("OK", SELLER_A, tue - dt.timedelta(minutes=20), "Se los cotizo")
    seller(handoff.hand_back, tue + dt.timedelta(hours=2))
    # Wednesday 10:00 Otto (Beto's customer) asks for a person: nobody took it yet.
    wed = MON3 + dt.timedelta(days=2)
    said("OTHER", wed, "hablar con vendedor")
    answer("OTHER", "bot", wed + 5 * s, "Le paso con un vendedor")
    escalate("OTHER", wed + 5 * s)
    numbers["unsent"] = quote("OTHER", wed, "6204 2rs skf x 1")
    # Thursday 20:00 Olga writes; nothing answered yet.
    said("OK", MON3 + dt.timedelta(days=3, hours=10), "?")
    # Friday 17:00 a quote Ana sends on Monday 10:00: 2 business hours, not 65.
    numbers["seller"] = quote("OK", MON3 + dt.timedelta(days=4, hours=7), "hex bolt din 933 m8x40 zp x 100")  # fmt: skip
    send(numbers["seller"], SELLER_A, MON3 + dt.timedelta(days=7))
    return numbers


def test_time_to_answer_to_quote_and_queue_wait(app: Any, api: Any, chats: dict[str, str]) -> None:
    app.config["BUSINESS_HOURS"] = HOURS
    body = api.get(f"/api/v1/insights?{WEEK3}").json
    assert body["response"] == {
        "business_hours": HOURS,
        # The bot: 30 s, 10 s, 5 s; Ana: 10 min; Thursday's 20:00 message not yet.
        "first_answer": {"bot": {"count": 3, "median_minutes": 0.17},
                         "seller": {"count": 1, "median_minutes": 10.0}, "unanswered": 1},
        "time_to_quote": {"bot": {"count": 1, "median_minutes": 0.5},
                          "seller": {"count": 1, "median_minutes": 120.0}, "not_sent": 1},
        "queue_wait": {"escalations": 2, "waiting": 1, "count": 1, "median_minutes": 44.83},
    }  # fmt: skip
    assert body["workload"] == [
        {"person": SELLER_A, "quotes": 2, "revisions": 0, "approvals_asked": 0,
         "approvals_decided": 0, "chats_handled": 1, "queue_picked": 1,
         "queue_wait_median_minutes": 44.83, "first_answers": 1,
         "first_answer_median_minutes": 10.0},
        {"person": SELLER_B, "quotes": 1, "revisions": 0, "approvals_asked": 0,
         "approvals_decided": 0, "chats_handled": 0, "queue_picked": 0,
         "queue_wait_median_minutes": None, "first_answers": 0,
         "first_answer_median_minutes": None},
    ]  # fmt: skip
    # Under a filter that leaves nothing out, the same figures: counted and their medians
    # taken by one grouped query each, not read from the middle of the kinds' indexes.
    everyone = api.get(f"/api/v1/insights?{WEEK3}&channel=whatsapp").json["response"]
    assert everyone == body["response"]
    # Beto's customers: only Otto's turn and his waiting escalation.
    theirs = api.get(f"/api/v1/insights?{WEEK3}&seller={SELLER_B}").json["response"]
    assert theirs["first_answer"] == {"bot": {"count": 1, "median_minutes": 0.08},
                                      "seller": {"count": 0, "median_minutes": None},
                                      "unanswered": 0}  # fmt: skip
    assert theirs["queue_wait"] == {"escalations": 1, "waiting": 1, "count": 0,
                                    "median_minutes": None}  # fmt: skip
    # Without business hours every wait is wall-clock time: the Friday quote took 65 h.
    app.config["BUSINESS_HOURS"] = None
    wall = api.get(f"/api/v1/insights?{WEEK3}").json["response"]
    assert wall["time_to_quote"]["seller"] == {"count": 1, "median_minutes": 3900.0}
    assert wall["queue_wait"]["median_minutes"] == 944.83  # 17:30:10 to 09:15
    app.config["BUSINESS_HOURS"] = HOURS
    quotes = {r["number"]: r for r in rows(api.get(f"/api/v1/insights/quotes.csv?{WEEK3}"))}
    assert (quotes[chats["seller"]]["sent_by"], quotes[chats["seller"]]["minutes_to_quote"]) == (
        SELLER_A, "120.0",
    )  # fmt: skip
    assert quotes[chats["unsent"]]["minutes_to_quote"] == ""
    workload = rows(api.get(f"/api/v1/insights/workload.csv?{WEEK3}"))
    assert [(r["person"], r["chats_handled"], r["queue_wait_median_minutes"]) for r in workload] == [
        (SELLER_A, "1", "44.83"), (SELLER_B, "0", ""),
    ]  # fmt: skip


def test_console_shows_how_fast_customers_hear_back(app: Any, chats: dict[str, str]) -> None:
    from tests.console_client import ConsoleClient

    app.config["BUSINESS_HOURS"] = HOURS
    boss = ConsoleClient(app, "boss@shop.example", role="manager")
    page = boss.get(f"/console/insights?{WEEK3}").get_data(as_text=True)
    headline = page.split('id="headline"')[1].split("</div>\n\n")[0]
    assert '10 min</strong> <span class="small">seller · bot 10 s' in headline
    assert '2 h 00 min</strong> <span class="small">seller · bot 30 s' in headline
    assert '45 min</strong> <span class="small">1 still waiting' in headline
    ana = page.split('id="workload"')[1].split("</table>")[0].split(SELLER_A)[1].split("</tr>")[0]
    cells = [c.split("</td>")[0] for c in ana.split('<td class="num">')[1:]]
    assert cells == ["2", "0", "0", "0", "1", "1", "45 min", "1", "10 min"]
    # A seller sees her own customers' figures only: Otto's waiting chat is Beto's.
    mine = ConsoleClient(app, SELLER_B).get(f"/console/insights?{WEEK3}").get_data(as_text=True)
    assert "— </strong>" not in mine and "1 still waiting" in mine and "10 min" not in mine
