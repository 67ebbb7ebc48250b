"""A seller acting for the buyer, in a real browser (Debian's chromium, Playwright):
a quote built and sent from the console, an order placed for the buyer and cancelled,
a reference remembered and the bot settling the next request on it, a guest linked to
its customer. Buyers write through signed webhooks; what the console sends reaches the
Twilio stand-in. docs/console-order.png is this run's tests/artifacts/console-order.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Browser, expect
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Approval, LearnedReference, Order
from tests.conftest import ErpFolder
from tests.console_client import audit_events, conversation_id, free_to_sell
from tests.console_server import Seller as ConsoleSeller
from tests.console_server import serving
from tests.twilio_fakes import Customer, FakeTwilio

pytestmark = pytest.mark.browser

API_TOKEN = "orders-token-1"


@pytest.fixture
def console(
    db: Engine, database_url: str, tmp_path: Path, twilio: FakeTwilio, shop: ErpFolder
) -> Iterator[tuple[Flask, str]]:
    """The app on a real HTTP server, with two sellers and a manager."""
    shop.load()
    with serving(db, database_url, tmp_path, twilio, API_TOKEN=API_TOKEN) as served:
        yield served


class Seller(ConsoleSeller):
    """A seller signed in, acting in a conversation."""

    def __init__(self, browser: Browser, base: str, email: str) -> None:
        super().__init__(browser, base, email)
        self.sign_in()

    def open_conversation(self, conversation_id: int) -> None:
        self.page.goto(f"{self.base}/console/conversations/{conversation_id}")

    def start_quote(self, lines: str) -> None:
        self.page.get_by_label("items for a new quote").fill(lines)
        self.click("Start a quote")


def test_a_quote_built_and_sent_from_the_console(
    console: tuple[Flask, str], browser: Browser, twilio: FakeTwilio, db: Engine
) -> None:
    app, base = console
    jorge = Customer(app, "+56912345001")
    jorge.send("hola")
    paula = Seller(browser, base, "paula@shop.example")
    paula.open_conversation(conversation_id(db, "+56912345001"))
    paula.start_quote("6204 2rs skf x 4\ncorrea que no conozco x 2")
    expect(
        paula.page.get_by_text("Q-2026-00001 v1 made for the buyer: needs review")
    ).to_be_visible()

    paula.page.get_by_label("Find an item").fill("m8x40")
    paula.click("Search the catalog")
    results = paula.page.locator("#search-results")
    expect(results).to_contain_text("Price for Minera Los Andes SpA")
    expect(results.locator("tr[data-sku='F-840']")).to_contain_text("5000 SCL")
    paula.page.get_by_label("quantity of F-840").fill("100")
    paula.page.get_by_role("button", name="add F-840").click()
    expect(paula.page.get_by_text("F-840 added: version 2")).to_be_visible()
    paula.page.get_by_label("remove line 2").check()  # the unknown belt: not for this quote
    paula.click("Save as version 3")
    expect(paula.page.get_by_text("Version 3 saved: draft")).to_be_visible()
    expect(paula.page.locator("tr[data-line]")).to_have_count(2)
    paula.screenshot("quote-for-buyer")
    paula.click("Send v3 to the customer")
    told = twilio.bodies(jorge.address)[-1]
    assert "Q-2026-00001" in told and "USD 82.00" in told  # 4 × 8.00 contract + 100 × 0.50
    assert dict(audit_events(db, "Q-2026-00001"))["sent"] == "paula@shop.example"


def test_an_order_accepted_for_the_buyer_is_seen_by_the_manager_and_cancelled(
    console: tuple[Flask, str], browser: Browser, twilio: FakeTwilio, db: Engine
) -> None:
    app, base = console
    raul = Customer(app, "+56987654003")  # the blocked workshop: credit goes to a manager
    raul.send("hola")
    free = free_to_sell(db, "B-NSK")
    diego = Seller(browser, base, "diego@shop.example")
    diego.open_conversation(conversation_id(db, "+56987654003"))
    diego.start_quote("B-NSK x 30\nperno hex din 933 m8x40 x 200")
    diego.page.get_by_label("purchase order").fill("OC 4500123")
    diego.click("Accept for the buyer")
    expect(diego.page).to_have_url(f"{base}/console/orders/O-2026-00001")
    expect(diego.page.locator("#order-status")).to_have_text("pending approval")
    expect(diego.page.get_by_text("customer blocked in the ERP")).to_be_visible()
    expect(diego.page.locator("#order-lines")).to_contain_text("held at SCL")
    assert free_to_sell(db, "B-NSK") == free - 30
    assert "O-2026-00001" in twilio.bodies(raul.address)[-1]
    assert dict(audit_events(db, "O-2026-00001"))["reserved"] == "diego@shop.example"
    diego.screenshot("order")  # docs/console-order.png is a copy of it

    marta = Seller(browser, base, "marta@shop.example")
    marta.page.goto(f"{base}/console/approvals")
    marta.page.get_by_role("link", name="O-2026-00001").click()
    expect(marta.page.locator("#order-lines")).to_contain_text("B-NSK")
    expect(marta.page.locator("#order-lines")).to_contain_text("F-840")

    diego.page.reload()
    diego.page.get_by_label("why cancel").fill("el cliente compró en otro lado")
    diego.click("Cancel order")
    expect(
        diego.page.get_by_text("O-2026-00001 cancelled; its stock is free again")
    ).to_be_visible()
    expect(diego.page.locator("#order-status")).to_have_text("cancelled")
    expect(diego.page.get_by_role("button", name="Cancel order")).to_have_count(0)
    assert free_to_sell(db, "B-NSK") == free
    assert "O-2026-00001" in twilio.bodies(raul.address)[-1]
    assert "anulado" in twilio.bodies(raul.address)[-1]
    marta.page.goto(f"{base}/console/approvals")
    expect(marta.page.get_by_text("No approvals waiting.")).to_be_visible()
    with Session(db) as session:
        assert session.exec(select(Order)).one().status == "cancelled"
        assert session.exec(select(Approval)).one().status == "rejected"


def test_a_remembered_reference_settles_the_next_request(
    console: tuple[Flask, str], browser: Browser, twilio: FakeTwilio, db: Engine
) -> None:
    app, base = console
    jorge = Customer(app, "+56912345001")
    jorge.send("hola")
    paula = Seller(browser, base, "paula@shop.example")
    conversation = conversation_id(db, "+56912345001")
    paula.open_conversation(conversation)
    paula.start_quote("pernito de la bomba grande x 20")
    expect(paula.page.get_by_label("remember for this customer")).to_be_checked()  # by default
    paula.page.get_by_label("other SKU for line 1").fill("F-840")
    paula.click("Save as version 2")
    expect(paula.page.get_by_text("Remembered 1 reference(s) for this customer.")).to_be_visible()

    jorge.send("pernito de la bomba grande x 50")
    assert (
        "F-840" in twilio.bodies(jorge.address)[-1] or "M8x40" in twilio.bodies(jorge.address)[-1]
    )
    matched = paula.page.request.post(
        f"{base}/api/v1/match",
        data={"customer_id": "C001", "lines": ["pernito de la bomba grande x 50"]},
        headers={"Authorization": f"Bearer {API_TOKEN}"},
    ).json()[0]
    assert (matched["decision"], matched["sku"], matched["reason"]) == ("auto", "F-840", "learned")

    paula.open_conversation(conversation)
    panel = paula.page.locator("#learned-refs")
    expect(panel).to_contain_text("pernito de la bomba grande")
    panel.get_by_role("button", name="forget pernito de la bomba grande x 20").click()
    expect(paula.page.get_by_text("Forgotten")).to_be_visible()
    expect(paula.page.locator("#learned-refs")).to_contain_text("None yet")
    with Session(db) as session:
        assert session.exec(select(LearnedReference)).all() == []


def test_a_guest_linked_to_a_customer_gets_its_prices(
    console: tuple[Flask, str], browser: Browser, twilio: FakeTwilio, db: Engine
) -> None:
    app, base = console
    guest = Customer(app, "+56900000777")
    guest.send("6204 2rs skf x 4")
    assert "10.00" in twilio.bodies(guest.address)[-1]  # a guest sees the list price
    guest.send("quiero hablar con un vendedor")
    paula = Seller(browser, base, "paula@shop.example")
    paula.open_conversation(conversation_id(db, "+56900000777"))
    expect(paula.page.get_by_text("Not linked to a customer account")).to_be_visible()
    paula.page.get_by_label("customer to link").fill("minera")
    paula.click("Link")
    expect(paula.page.get_by_text("Linked to C001")).to_be_visible()
    expect(paula.page.locator("#account")).to_contain_text("Minera Los Andes SpA")
    paula.click("Take over")
    paula.click("Hand back to the bot")

    guest.send("6204 2rs skf x 4")
    answer = twilio.bodies(guest.address)[-1]
    assert "8.00" in answer and "10.00" not in answer
    trail = dict(audit_events(db, f"conversation:{conversation_id(db, '+56900000777')}"))
    assert trail["linked"] == "paula@shop.example"
