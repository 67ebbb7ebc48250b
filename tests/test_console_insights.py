"""The insights page in Chromium: charts drawn, tables shown, a CSV downloaded."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect
from sqlalchemy.engine import Engine
from sqlmodel import Session
from werkzeug.serving import make_server

from bot import create_app
from bot.clock import utcnow
from bot.users import add_user
from tests.conftest import close_app
from tests.console_server import PASSWORD
from tests.test_console import Seller
from tests.test_insights import (  # noqa: F401 (the activity fixtures)
    WEEK,
    WEEK3,
    activity,
    chats,
    shop,
    trail_clock,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def served(db: Engine, database_url: str, tmp_path: Path) -> Iterator[str]:
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "SESSION_COOKIE_SECURE": False,
    })  # fmt: skip
    with Session(db) as session:
        add_user(session, "marta@shop.example", role="manager", password=PASSWORD,
                 name="Marta Vidal", now=utcnow(), actor="test")  # fmt: skip
        session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    close_app(app)


def test_a_manager_reads_the_charts_and_downloads_unmet_demand(
    served: str,
    browser: Browser,
    activity: dict[str, Any],  # noqa: F811
) -> None:
    marta = Seller(browser, served, "marta@shop.example").sign_in()
    marta.page.get_by_role("link", name="Insights").click()
    marta.page.goto(f"{served}/console/insights?{WEEK}")
    charts = marta.page.locator("svg.chart")
    expect(charts).to_have_count(5)
    for i in range(5):
        expect(charts.nth(i)).to_be_visible()
    expect(marta.page.locator("#headline")).to_contain_text("sent 2 · won 2 · lost 1 · expired 3")
    expect(marta.page.locator("#unmet")).to_contain_text("epoxica roja x 3")
    expect(marta.page.locator("#dormant")).to_contain_text("Quiet Works")
    # The funnel's bars stand for request lines → quoted → won: 8, 6, 2.
    funnel = charts.nth(1)
    expect(funnel).to_contain_text("request lines")
    assert [funnel.locator("text").nth(i).text_content() for i in (1, 3, 5)] == ["8", "6", "2"]
    marta.screenshot("insights")
    with marta.page.expect_download() as download:
        marta.page.locator("h2", has_text="Unmet demand").get_by_role("link", name="CSV").click()
    path = download.value.path()
    text = Path(path).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert download.value.suggested_filename == "insights-unmet-2026-11-23-2026-11-29.csv"
    assert sorted(r["kind"] for r in rows) == ["not_stocked", "short", "unmatched"]


def test_a_manager_sees_who_answers_how_fast_and_downloads_the_workload(
    served: str,
    browser: Browser,
    chats: dict[str, Any],  # noqa: F811
) -> None:
    marta = Seller(browser, served, "marta@shop.example").sign_in()
    marta.page.goto(f"{served}/console/insights?{WEEK3}")
    headline = marta.page.locator("#headline")
    # BUSINESS_HOURS unset here: Ana's Friday quote sent on Monday took 65 h of clock.
    expect(headline).to_contain_text("2 d 17 h seller · bot 30 s")  # 65 h
    expect(headline).to_contain_text("1 still waiting")
    table = marta.page.locator("#response")
    expect(table.locator("tr", has_text="First answer").locator("td")).to_have_text(
        ["First answer", "3", "10 s", "1", "10 min", "1"]
    )
    expect(table.locator("tr", has_text="Queue wait").locator("td").first).to_have_text(
        "Queue wait (2 escalations)"
    )
    ana = marta.page.locator("#workload tr", has_text="ana@shop.example").locator("td")
    expect(ana.nth(7)).to_have_text("15 h 45 min")  # 17:30:10 to 09:15, clock time
    marta.screenshot("insights-response")
    with marta.page.expect_download() as download:
        marta.page.locator("h2", has_text="Workload").get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    assert [(r["person"], r["first_answers"], r["queue_picked"]) for r in rows] == [
        ("ana@shop.example", "1", "1"), ("beto@shop.example", "0", "0"),
    ]  # fmt: skip
