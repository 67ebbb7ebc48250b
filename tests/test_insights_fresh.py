"""The insights summary stays exact: the family filter, and figures that follow new
quotes, orders and ERP imports made after a first read (bot/insights/materialised.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.db import session_scope
from bot.matching.index import CatalogIndex
from bot.models import Customer
from bot.orders import accept_quote
from bot.quotes import create_quote, mark_sent
from tests import test_insights
from tests.conftest import ErpFolder
from tests.test_insights import MON, RULES, WEEK

shop, activity = test_insights.shop, test_insights.activity  # the same week's fixtures


def _quote(shop: Engine, customer: str, at: dt.datetime, *lines: str) -> str:
    """The number of a quote of `lines` made for `customer` at `at`."""
    with session_scope(shop, write=True) as session:
        index = CatalogIndex.build(session)
        made = create_quote(
            session, index, session.get(Customer, customer), list(lines), now=at,
            rules=RULES, actor="test",
        )  # fmt: skip
        return made.number


def _ordered(shop: Engine, customer: str, at: dt.datetime, *lines: str) -> None:
    """A quote of `lines` made at `at`, sent, and accepted as an order an hour later."""
    number = _quote(shop, customer, at, *lines)
    with session_scope(shop, write=True) as session:
        mark_sent(session, number, actor="test", channel="cli")
        accept_quote(session, number, now=at + dt.timedelta(hours=1), rules=RULES, actor="test")


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
    _ordered(shop, "OTHER", MON + dt.timedelta(days=3), "6204 2rs skf x 1")
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


chats, trail_clock = test_insights.chats, test_insights.trail_clock  # the week of chats


def test_answers_and_queue_ends_after_a_read_are_counted(
    app: Any, api: Any, shop: Engine, chats: dict[str, str], trail_clock: Any
) -> None:
    from bot import handoff
    from bot.models import Conversation
    from bot.replies import queue_message

    app.config["BUSINESS_HOURS"] = test_insights.HOURS
    week = test_insights.WEEK3
    first = api.get(f"/api/v1/insights?{week}").json["response"]
    assert first["first_answer"]["unanswered"] == 1
    assert first["queue_wait"]["waiting"] == 1
    # Friday 09:10 Ana answers Olga's Thursday-night message (10 business minutes), and
    # at 10:07:31 Beto takes Otto's escalation of Wednesday 10:00:05.
    fri = test_insights.MON3 + dt.timedelta(days=4)
    with session_scope(shop, write=True) as session:
        olga = session.execute(
            select(Conversation).where(Conversation.customer_id == "OK")
        ).scalar_one()
        trail_clock.now = fri - dt.timedelta(minutes=50)
        queue_message(session, olga, author=test_insights.SELLER_A, body="Hola",
                      now=fri - dt.timedelta(minutes=50), mail_from=None)  # fmt: skip
        otto = session.execute(
            select(Conversation).where(Conversation.customer_id == "OTHER")
        ).scalar_one()
        otto_id = otto.id
    with session_scope(shop, write=True) as session:
        trail_clock.now = fri + dt.timedelta(minutes=7, seconds=31)
        handoff.take_over(session, otto_id, test_insights.SELLER_B, trail_clock.now)
    body = api.get(f"/api/v1/insights?{week}").json
    assert body["response"]["first_answer"] == {
        "bot": {"count": 3, "median_minutes": 0.17},
        "seller": {"count": 2, "median_minutes": 10.0},  # 10 min and 10 min
        "unanswered": 0,
    }
    # Otto waited 7:59:55 on Wednesday, 9 h on Thursday and 1:07:31 on Friday (65,246 s
    # of business hours); Olga 44 min 50 s (2,690 s) on Monday: the median is 566.13 min.
    assert body["response"]["queue_wait"] == {
        "escalations": 2, "waiting": 0, "count": 2, "median_minutes": 566.13,
    }  # fmt: skip
    beto = next(w for w in body["workload"] if w["person"] == test_insights.SELLER_B)
    assert (beto["queue_picked"], beto["queue_wait_median_minutes"]) == (1, 1087.43)


def test_long_business_hours_count_as_their_spans_say(
    app: Any, api: Any, chats: dict[str, str]
) -> None:
    # The same hours as HOURS, written hour by hour: 45 spans, longer than the summary
    # keeps as text (it keeps their digest).
    spans = ", ".join(
        f"{day} {h:02d}:00-{h + 1:02d}:00"
        for day in ("mon", "tue", "wed", "thu", "fri")
        for h in range(9, 18)
    )
    long_hours = f"{spans} UTC"
    assert len(long_hours) > 200
    app.config["BUSINESS_HOURS"] = test_insights.HOURS
    short = api.get(f"/api/v1/insights?{test_insights.WEEK3}").json["response"]
    app.config["BUSINESS_HOURS"] = long_hours
    long = api.get(f"/api/v1/insights?{test_insights.WEEK3}").json["response"]
    assert long["business_hours"] == long_hours
    assert {k: v for k, v in long.items() if k != "business_hours"} == {
        k: v for k, v in short.items() if k != "business_hours"
    }
    assert long["queue_wait"]["median_minutes"] == 44.83  # business minutes, not 944.83


def _unmet_both_ways(shop: Engine, start: dt.date, end: dt.date, **scope: str) -> tuple[int, int]:
    """Unmet demand's total as the summary gives it (whole weeks from their kept counts)
    and as its rows are: grouped from the lines, one by one."""
    from bot import insights
    from bot.insights import figures
    from bot.insights.scope import Filters

    filters = Filters(start=start, end=end, **scope)  # type: ignore[arg-type]
    with Session(shop) as session:
        insights.refresh(session, filters.win_window_days)
    with Session(shop) as session:
        return figures.unmet_total(session, filters), len(list(figures.unmet(session, filters)))


def test_unmet_totals_from_the_weeks_counts_equal_the_rows_after_new_lines_and_orders(
    api: Any, shop: Engine, activity: dict[str, str]
) -> None:
    two_weeks = (dt.date(2026, 11, 16), dt.date(2026, 11, 29))  # whole weeks: kept counts
    part_weeks = (dt.date(2026, 11, 17), dt.date(2026, 11, 28))  # part-weeks: the lines
    assert _unmet_both_ways(shop, *two_weeks) == (3, 3)
    assert _unmet_both_ways(shop, *part_weeks) == (3, 3)
    # The summary's JSON shows fewer rows than it counts: the total is not the rows'.
    with Session(shop) as session:
        from bot.insights import figures
        from bot.insights.scope import Filters

        rows, total = figures.unmet_with_total(session, Filters(*two_weeks), limit=1)
    assert (len(rows), total) == (1, 3)

    # A new row: the other customer asks for the paint nobody sells, on Friday; and the
    # first customer asks for it again the same week (their row's times, not a new row).
    _quote(shop, "OTHER", MON + dt.timedelta(days=4), "pintura epoxica roja x 2")
    _quote(shop, "OK", MON + dt.timedelta(days=4), "PINTURA epoxica roja x 3")
    assert _unmet_both_ways(shop, *two_weeks) == (4, 4)
    assert api.get(f"/api/v1/insights?{WEEK}").json["unmet_total"] == 4
    # The week before gets its first row (a Friday, so a part-week of the second range).
    _quote(shop, "OTHER", MON - dt.timedelta(days=3), "safety helmet white x 2")
    assert _unmet_both_ways(shop, *two_weeks) == (5, 5)
    assert _unmet_both_ways(shop, *part_weeks) == (5, 5)
    assert _unmet_both_ways(shop, dt.date(2026, 11, 21), dt.date(2026, 11, 29)) == (4, 4)
    # An order works out its customer's quotes of the window again: the counts stay true.
    _ordered(shop, "OTHER", MON + dt.timedelta(days=5), "6204 2rs skf x 1")
    assert _unmet_both_ways(shop, *two_weeks) == (5, 5)
    assert _unmet_both_ways(shop, *two_weeks, customer="OTHER") == (2, 2)
    assert _unmet_both_ways(shop, *two_weeks, channel="cli") == (5, 5)


def _families_both_ways(shop: Engine, start: dt.date, end: dt.date) -> tuple[Any, Any]:
    """The figures by family as the summary gives them (whole weeks from the kept sums
    per week and family) and as the summary's lines add up, one by one."""
    from decimal import Decimal

    from bot import insights
    from bot.insights import people
    from bot.insights.scope import Filters
    from bot.models import InsightLine

    filters = Filters(start=start, end=end)
    with Session(shop) as session:
        insights.refresh(session, filters.win_window_days)
    with Session(shop) as session:
        kept = {f["family"]: f for f in people.by_family(session, filters)}
        lines = session.exec(
            select(InsightLine).where(
                InsightLine.first_at >= filters.since, InsightLine.first_at < filters.until
            )
        ).all()
    added: dict[str, dict[str, Any]] = {}
    for line in lines:
        if line.family is None:
            continue
        f = added.setdefault(line.family, {"quoted": 0, "won": 0, "value": Decimal(0),
                                           "won_value": Decimal(0), "margins": []})  # fmt: skip
        f["quoted"] += 1
        f["won"] += line.won
        f["value"] += line.line_total or 0
        f["won_value"] += (line.line_total or 0) if line.won else 0
        f["margins"].append(line.margin_pct)
    as_kept = {
        family: (k["quoted"], k["won"], k["quoted_value"], k["won_value"], k["quoted_margin_pct"])
        for family, k in kept.items()
    }
    as_lines = {
        family: (
            f["quoted"], f["won"], f["value"], f["won_value"],
            (sum(m for m in f["margins"] if m is not None)
             / len([m for m in f["margins"] if m is not None])).quantize(Decimal("0.01"))
            if any(m is not None for m in f["margins"]) else None,
        )
        for family, f in added.items()
    }  # fmt: skip
    return as_kept, as_lines


def test_family_figures_from_the_weeks_sums_equal_their_lines_after_new_lines_and_orders(
    api: Any, shop: Engine, activity: dict[str, str]
) -> None:
    two_weeks = (dt.date(2026, 11, 16), dt.date(2026, 11, 29))  # whole weeks: kept sums
    part_weeks = (dt.date(2026, 11, 17), dt.date(2026, 11, 28))  # part-weeks: the lines
    kept, lines = _families_both_ways(shop, *two_weeks)
    assert kept == lines and kept["Bearings"][:2] == (5, 2)
    assert _families_both_ways(shop, *part_weeks)[0] == _families_both_ways(shop, *part_weeks)[1]

    # New bearing lines in the week and the week before (won: the SKU was ordered after
    # them); then an order.
    _quote(shop, "OTHER", MON + dt.timedelta(days=4), "6204 2rs skf x 3")
    _quote(shop, "OK", MON - dt.timedelta(days=3), "6204 2rs skf x 2")
    kept, lines = _families_both_ways(shop, *two_weeks)
    assert kept == lines and kept["Bearings"][:2] == (7, 4)
    # A whole week (kept sums) between two part-weeks (their lines, read by their days):
    # Wednesday the 18th to Tuesday, December 1st holds the same bearing lines.
    kept, lines = _families_both_ways(shop, dt.date(2026, 11, 18), dt.date(2026, 12, 1))
    assert kept == lines and kept["Bearings"][:2] == (7, 4)
    _ordered(shop, "OTHER", MON + dt.timedelta(days=5), "6204 2rs skf x 1")
    kept, lines = _families_both_ways(shop, *two_weeks)
    assert kept == lines and kept["Bearings"][0] == 8 and kept["Bearings"][1] >= 5
    assert _families_both_ways(shop, *part_weeks)[0] == _families_both_ways(shop, *part_weeks)[1]


def _quotes_and_turns_both_ways(shop: Engine, start: dt.date, end: dt.date) -> tuple[Any, Any]:
    """The headline quote counts, lost reasons and the counts of time to quote and to
    first answer as the summary gives them (whole weeks from the kept weeks' rows) and
    as the summary's quotes and turns of the days count, one by one."""
    from collections import Counter
    from decimal import Decimal

    from bot import insights
    from bot.insights import figures, response
    from bot.insights.scope import Filters
    from bot.models import InsightQuote, InsightTurn

    filters = Filters(start=start, end=end)
    with Session(shop) as session:
        insights.refresh(session, filters.win_window_days)
    with Session(shop) as session:
        quotes, lines = figures.counts(session, filters)
        answers = response.first_answer(session, filters)
        times = response.quote_times(session, filters)
        as_kept = (
            quotes, lines["quoted"], lines["won"], lines["quoted_value"],
            figures.lost_reasons(session, filters), answers["unanswered"],
            answers["bot"]["count"], answers["seller"]["count"], times["not_sent"],
            times["bot"]["count"], times["seller"]["count"],
        )  # fmt: skip
        found = session.exec(
            select(InsightQuote).where(
                InsightQuote.first_at >= filters.since, InsightQuote.first_at < filters.until
            )
        ).all()
        turns = session.exec(
            select(InsightTurn).where(
                InsightTurn.asked_at >= filters.since, InsightTurn.asked_at < filters.until
            )
        ).all()

    def kind(at: Any, by: str | None, none: str) -> str:
        return none if at is None else "seller" if response.is_person(by) else "bot"

    sendings = Counter(kind(q.sent_at, q.sent_by, "not_sent") for q in found)
    answered = Counter(kind(t.answered_at, t.answered_by, "unanswered") for t in turns)
    statuses = Counter(q.status for q in found)
    won = sum(1 for q in found if q.won_lines > 0)
    reasons = Counter(
        "(no reason)" if q.lost_reason is None else q.lost_reason
        for q in found
        if q.status == "lost"
    )
    as_rows = (
        {"created": len(found), "sent": sum(q.sent for q in found), "won": won,
         "lost": statuses["lost"], "expired": statuses["expired"],
         "accepted": statuses["accepted"], "win_rate": figures.rate(won, len(found))},
        sum(q.lines for q in found), sum(q.won_lines for q in found),
        sum((q.quoted_value for q in found), Decimal("0.00")),
        dict(sorted(reasons.items(), key=lambda r: (-r[1], r[0]))), answered["unanswered"],
        answered["bot"], answered["seller"], sendings["not_sent"], sendings["bot"],
        sendings["seller"],
    )  # fmt: skip
    return as_kept, as_rows


def test_quote_counts_from_the_weeks_rows_equal_the_quotes_after_new_ones(
    api: Any, shop: Engine, activity: dict[str, str]
) -> None:
    from decimal import Decimal

    from bot.quotes import LineChange, mark_lost, revise
    from tests.test_insights import SELLER_A

    two_weeks = (dt.date(2026, 11, 16), dt.date(2026, 11, 29))  # whole weeks: kept rows
    part_weeks = (dt.date(2026, 11, 17), dt.date(2026, 11, 28))  # part-weeks: the quotes
    kept, rows = _quotes_and_turns_both_ways(shop, *two_weeks)
    assert kept == rows and kept[0]["created"] == 7 and kept[4] == {"price": 1}
    by_people = kept[10]  # quotes a person sent ('test' sends the fixture's)
    assert _quotes_and_turns_both_ways(shop, *part_weeks)[0] == rows

    # Friday: a quote lost for its lead time; the Friday before, one a seller sends.
    lost = _quote(shop, "OTHER", MON + dt.timedelta(days=4), "6204 2rs skf x 3")
    with session_scope(shop, write=True) as session:
        mark_lost(session, lost, "lead time", actor=SELLER_A)
    sent = _quote(shop, "OK", MON - dt.timedelta(days=3), "6204 2rs skf x 2")
    with session_scope(shop, write=True) as session:
        mark_sent(session, sent, actor=SELLER_A, channel="cli")
    kept, rows = _quotes_and_turns_both_ways(shop, *two_weeks)
    assert kept == rows and (kept[0]["created"], kept[0]["lost"]) == (9, 2)
    assert kept[4] == {"lead time": 1, "price": 1} and kept[10] == by_people + 1
    kept, rows = _quotes_and_turns_both_ways(shop, *part_weeks)
    assert kept == rows and kept[0]["created"] == 9
    # A whole week between two part-weeks: Wednesday the 18th to Tuesday, December 1st.
    kept, rows = _quotes_and_turns_both_ways(shop, dt.date(2026, 11, 18), dt.date(2026, 12, 1))
    assert kept == rows and kept[0]["created"] == 9
    # Ana revises the quote she sent: the workload counts her revision in every range.
    assert _revisions_both_ways(shop, *two_weeks) == ({}, {})
    with session_scope(shop, write=True) as session:
        revise(
            session, sent, [LineChange(1, unit_price=Decimal("6.00"))],
            now=MON - dt.timedelta(days=2), rules=RULES, actor=SELLER_A,
        )  # fmt: skip
    for days in (two_weeks, part_weeks, (dt.date(2026, 11, 18), dt.date(2026, 12, 1))):
        assert _revisions_both_ways(shop, *days) == ({SELLER_A: 1}, {SELLER_A: 1})
    assert _revisions_both_ways(shop, dt.date(2026, 11, 23), dt.date(2026, 11, 29)) == ({}, {})


def _revisions_both_ways(shop: Engine, start: dt.date, end: dt.date) -> tuple[Any, Any]:
    """Revisions per person as the workload gives them (whole weeks from the kept
    weeks' counts) and as the quotes' versions of the days are."""
    from bot import insights
    from bot.insights import people
    from bot.insights.scope import Filters
    from bot.models import InsightQuote, Quote

    filters = Filters(start=start, end=end)
    with Session(shop) as session:
        insights.refresh(session, filters.win_window_days)
    with Session(shop) as session:
        kept = {w["person"]: w["revisions"] for w in people.workload(session, filters)}
        numbers = set(session.exec(
            select(InsightQuote.number).where(
                InsightQuote.first_at >= filters.since, InsightQuote.first_at < filters.until
            )
        ).all())  # fmt: skip
        versions = session.exec(select(Quote).where(Quote.version > 1)).all()
    found: dict[str, int] = {}
    for q in versions:
        if q.number in numbers:
            found[q.created_by] = found.get(q.created_by, 0) + 1
    return {p: n for p, n in kept.items() if n}, found


def test_first_answer_counts_from_the_weeks_rows_equal_the_turns_after_new_messages(
    api: Any, shop: Engine, chats: dict[str, str]
) -> None:
    from bot.inbound import InboundMessage, receive
    from bot.models import Conversation
    from bot.replies import queue_message
    from tests.test_insights import MON3, SELLER_A

    two_weeks = (dt.date(2026, 11, 30), dt.date(2026, 12, 13))
    part_weeks = (dt.date(2026, 12, 1), dt.date(2026, 12, 12))
    kept, rows = _quotes_and_turns_both_ways(shop, *two_weeks)
    assert kept == rows and kept[5:8] == (1, 3, 1)  # unanswered, by the bot, by a person
    assert _quotes_and_turns_both_ways(shop, *part_weeks)[0] == rows
    # Friday, Ana answers Olga's Thursday '?'; Saturday, Otto writes again.
    with session_scope(shop, write=True) as session:
        olga = session.exec(
            select(Conversation).where(Conversation.address == "whatsapp:+56911111111")
        ).one()
        at = MON3 + dt.timedelta(days=4)
        queue_message(session, olga, author=SELLER_A, body="Sí", now=at, mail_from=None)
    with session_scope(shop, write=True) as session:
        inbound = InboundMessage("whatsapp", "whatsapp:+56922222222", "SM-late", "¿y?")
        assert receive(session, inbound, MON3 + dt.timedelta(days=5)) is not None
    kept, rows = _quotes_and_turns_both_ways(shop, *two_weeks)
    assert kept == rows and kept[5:8] == (1, 3, 2)
    assert _quotes_and_turns_both_ways(shop, *part_weeks)[0] == rows
