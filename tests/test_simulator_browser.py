"""The simulator in Chromium: a buyer goes from an ambiguous request to an accepted order
by clicking the list and the buttons the bot offers (issue #15), as on WhatsApp."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from werkzeug.serving import make_server

from bot.models import Conversation, Message, Order
from tests.conftest import ErpFolder

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def simulator(app: Flask, shop: ErpFolder) -> Iterator[str]:
    shop.load()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/simulator/"
    server.shutdown()


def test_an_ambiguous_request_to_an_accepted_order_by_clicks(
    simulator: str, browser: Any, db: Engine
) -> None:
    page = browser.new_page(viewport={"width": 760, "height": 1500})
    page.goto(simulator)
    page.select_option("#contact", "+56912345001")
    page.fill("#body", "rodamiento x 3")
    page.press("#body", "Enter")
    page.get_by_role("button", name="☰ Ver opciones").click(timeout=15000)
    skf = page.locator("[data-tap$=':B-SKF']")
    assert "USD 8.00 · 100 en SCL hoy" in skf.inner_text()  # Jorge's price and the stock
    skf.click()
    page.locator("[data-tap='cart:quote']").click(timeout=15000)
    page.locator("[data-tap^='quote:accept:Q-2026-00001']").click(timeout=15000)
    page.get_by_text("Pedido O-2026-00001 confirmado").wait_for(timeout=15000)
    assert page.locator("a.doc").first.get_attribute("href", timeout=5000)  # the PDF as media
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "simulator-taps.png"), full_page=True)
    with Session(db) as session:
        [order] = session.exec(select(Order)).all()
        assert order.number == "O-2026-00001" and order.customer_id == "C001"
    page.close()


def test_polls_that_overlap_draw_each_message_once(
    simulator: str, browser: Any, db: Engine
) -> None:
    """The page polls every 1.5 s and again after each send or tap: two polls in flight at
    once used to fetch after the same last id and draw the same replies twice (once, on
    PostgreSQL, the quote's "Aceptar" button twice)."""
    page = browser.new_page()
    page.add_init_script("window.setInterval = () => 0")  # only the polls we start
    page.goto(simulator)
    page.select_option("#contact", "+56912345001")
    page.evaluate(
        """async () => {
            await fetch("send", {method: "POST", body: new URLSearchParams(
                {phone: current(), body: "20 rodamientos 6204 2RS SKF"})});
            await Promise.all([poll(), poll(), poll()]);
        }"""
    )
    with Session(db) as session:
        [conversation] = session.exec(select(Conversation)).all()
        stored = session.exec(
            select(Message).where(Message.conversation_id == conversation.id)
        ).all()
    assert len(stored) >= 2  # the request and the bot's answer
    drawn = page.locator("#thread .msg")
    assert drawn.count() == len(stored)
    assert drawn.first.inner_text().startswith("20 rodamientos 6204 2RS SKF")
    page.evaluate("poll()")  # one more poll after all that: nothing new, nothing redrawn
    page.wait_for_timeout(300)
    assert drawn.count() == len(stored)
    page.close()
