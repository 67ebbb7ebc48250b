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
from tests.console_server import PASSWORD
from tests.test_console import Seller
from tests.test_insights import WEEK, activity, shop  # noqa: F401 (the activity fixtures)

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
    app.extensions["mostrador.engine"].dispose()


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
