"""The seller console in a real browser (Debian's chromium driven by Playwright).

Customers write through signed webhooks; what sellers send reaches the local Twilio
stand-in. Screenshots of the main pages are kept in tests/artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import Browser, expect
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.clock import utcnow
from bot.matching.service import current_index
from bot.models import Approval, AuditEvent, Conversation, Order
from bot.models import Customer as Account
from bot.quotes import Rules, create_quote
from tests.conftest import ErpFolder
from tests.console_client import ConsoleClient
from tests.console_server import Seller as ConsoleSeller
from tests.console_server import serving
from tests.twilio_fakes import Customer, FakeTwilio

pytestmark = pytest.mark.browser


@pytest.fixture
def console(
    db: Engine, database_url: str, tmp_path: Path, twilio: FakeTwilio, shop: ErpFolder
) -> Iterator[tuple[Flask, str]]:
    """The app on a real HTTP server, with a seller, a second seller and a manager."""
    # V-A42 at 4.20 for C001 is under the 10 % margin floor (cost 4.00).
    shop.write(customer_prices="customer_id,sku,price\nC001,B-SKF,8.00\nC001,V-A42,4.20\n")
    shop.load()
    with serving(db, database_url, tmp_path, twilio) as served:
        yield served


class Seller(ConsoleSeller):
    """A seller in the chat pages: open a chat from the inbox, reply."""

    def open_chat(self, name: str) -> None:
        self.page.goto(f"{self.base}/console/")
        self.page.get_by_role("link", name=name).click()

    def reply(self, text: str) -> None:
        self.page.get_by_label("Reply by").fill(text)
        self.click("Send")


def _events(db: Engine, subject: str) -> list[str]:
    with Session(db) as session:
        rows = session.exec(select(AuditEvent).where(AuditEvent.subject == subject).order_by(col(AuditEvent.id))).all()
        return [e.event for e in rows]


def test_a_seller_takes_over_an_escalated_chat_replies_and_hands_back(
    console: tuple[Flask, str], browser: Browser, twilio: FakeTwilio, db: Engine
) -> None:
    app, base = console
    jorge = Customer(app, "+56912345001")
    jorge.send("hola")
    jorge.send("necesito hablar con un vendedor")
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    row = paula.page.locator("#queue [data-conversation]")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("asked for a seller")
    paula.screenshot("queue")

    paula.open_chat("Jorge Müller")
    expect(paula.page.locator("#account")).to_contain_text("Minera Los Andes SpA")
    paula.click("Take over")
    expect(paula.page.get_by_text("held by you")).to_be_visible()
    paula.reply("/hola")
    assert "Paula Rojas" in twilio.bodies(jorge.address)[-1]
    assert "Jorge" in twilio.bodies(jorge.address)[-1]
    paula.reply("Le envío el precio especial en 5 minutos.")
    assert twilio.bodies(jorge.address)[-1] == "Le envío el precio especial en 5 minutos."
    expect(paula.page.locator("#thread")).to_contain_text("precio especial")
    paula.screenshot("conversation")

    before = len(twilio.sent)
    jorge.send("6204 2rs skf x 4")  # the bot stays quiet while Paula holds the chat
    assert len(twilio.sent) == before
    expect(paula.page.locator("#thread")).to_contain_text("6204 2rs skf x 4", timeout=10_000)

    paula.click("Hand back to the bot")
    expect(paula.page.locator("#queue [data-conversation]")).to_have_count(0)
    jorge.send("6204 2rs skf x 4")
    assert "B-SKF" in twilio.bodies(jorge.address)[-1]
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        subject = f"conversation:{conversation.id}"
    assert _events(db, subject)[-4:] == [
        "taken_over",
        "seller_replied",
        "seller_replied",
        "handed_back",
    ]
    paula.page.goto(f"{base}/console/trail/{subject}")
    expect(paula.page.locator("table")).to_contain_text("handed_back")


def test_a_second_seller_cannot_take_a_held_chat(
    console: tuple[Flask, str], browser: Browser, db: Engine
) -> None:
    app, base = console
    Customer(app, "+56912345001").send("vendedor")
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    diego = Seller(browser, base, "diego@shop.example").sign_in()
    paula.open_chat("Jorge Müller")
    diego.open_chat("Jorge Müller")  # both see "Take over"
    paula.click("Take over")
    diego.click("Take over")
    expect(diego.page.get_by_text("paula@shop.example is already handling")).to_be_visible()
    expect(diego.page.get_by_label("Reply by")).to_have_count(0)
    with Session(db) as session:
        assert session.exec(select(Conversation)).one().owner == "paula@shop.example"


def test_a_manager_approves_a_margin_floor_quote_and_the_customer_receives_it(
    console: tuple[Flask, str], browser: Browser, twilio: FakeTwilio
) -> None:
    app, base = console
    jorge = Customer(app, "+56912345001")
    jorge.send("V-A42 x 10")
    jorge.send("cotizar")
    assert "revisa los precios" in twilio.bodies(jorge.address)[-1]

    paula = Seller(browser, base, "paula@shop.example").sign_in()
    paula.page.goto(f"{base}/console/approvals")
    row = paula.page.locator("tr[data-approval]")
    expect(row).to_contain_text("margin 4.76 % under the floor of 10")
    expect(row.get_by_role("button", name="Approve")).to_have_count(0)  # a manager decides

    marta = Seller(browser, base, "marta@shop.example").sign_in()
    marta.page.goto(f"{base}/console/approvals")
    marta.screenshot("approvals")
    marta.page.get_by_label("comment on").fill("Strategic account, volume next month")
    marta.click("Approve")
    expect(marta.page.get_by_text("approved; the customer is told")).to_be_visible()
    told = twilio.bodies(jorge.address)[-1]
    assert "fue aprobada" in told and "Q-" in told and "/documents/quotes/" in told
    jorge.send("acepto " + told.split("cotización ")[1].split(" ")[0])
    assert "confirmado" in twilio.bodies(jorge.address)[-1]


def test_a_seller_completes_an_open_line_and_sends_the_quote(
    console: tuple[Flask, str], browser: Browser, twilio: FakeTwilio, db: Engine
) -> None:
    app, base = console
    jorge = Customer(app, "+56912345001")
    jorge.send("hola")
    with app.app_context(), Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        quote = create_quote(
            session, current_index(), session.get(Account, "C001"),
            ["6204 2rs skf x 4", "tornillo raro especial x 2"], now=utcnow(),
            rules=Rules.from_config(app.config), actor="paula@shop.example",
            channel="whatsapp", conversation_id=conversation.id,
        )  # fmt: skip
        session.commit()
        number = quote.number
    assert quote.status == "needs_review"

    paula = Seller(browser, base, "paula@shop.example").sign_in()
    paula.page.goto(f"{base}/console/quotes/{number}")
    expect(paula.page.get_by_role("button", name="Send v1 to the customer")).to_be_disabled()
    paula.page.get_by_label("Find an item").fill("m8x40")
    paula.click("Search the catalog")
    expect(paula.page.locator("#search-results")).to_contain_text("F-840")
    paula.page.get_by_label("other SKU for line 2").fill("F-840")
    paula.click("Save as version 2")
    expect(paula.page.get_by_text("Version 2 saved: draft")).to_be_visible()
    paula.screenshot("quote")
    paula.click("Send v2 to the customer")
    told = twilio.bodies(jorge.address)[-1]
    assert number in told and "/documents/quotes/" in told
    assert _events(db, number)[-1] == "sent"


def test_a_request_without_the_csrf_token_is_refused(
    console: tuple[Flask, str], browser: Browser, db: Engine
) -> None:
    app, base = console
    Customer(app, "+56912345001").send("vendedor")
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    with Session(db) as session:
        conversation_id = session.exec(select(Conversation)).one().id
    response = paula.page.request.post(f"{base}/console/conversations/{conversation_id}/take")
    assert response.status == 400
    assert "CSRF" in response.text()
    with Session(db) as session:
        assert session.exec(select(Conversation)).one().owner == "bot"


def test_a_customers_script_is_shown_as_text(console: tuple[Flask, str], browser: Browser) -> None:
    app, base = console
    jorge = Customer(app, "+56912345001")
    for _ in range(3):  # three misunderstandings put the chat in the queue
        jorge.send("<script>window.pwned = 1</script><img src=x onerror=window.pwned=2>")
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    expect(paula.page.locator("#queue [data-conversation]")).to_contain_text("<script>")
    paula.open_chat("Jorge Müller")
    expect(paula.page.locator("#thread").first).to_contain_text("<script>window.pwned = 1</script>")
    page_state: Any = paula.page.evaluate("() => window.pwned")
    assert page_state is None
    assert paula.page.locator("#thread script, #thread img").count() == 0


def test_the_queue_updates_without_a_reload(console: tuple[Flask, str], browser: Browser) -> None:
    app, base = console
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    expect(paula.page.get_by_text("Nothing waiting")).to_be_visible()
    Customer(app, "+56987654003").send("asesor")
    expect(paula.page.locator("#queue [data-conversation]")).to_contain_text(
        "Raúl Fuentes", timeout=10_000
    )


def test_a_rejected_credit_hold_is_told_to_the_customer_without_the_comment(
    console: tuple[Flask, str], twilio: FakeTwilio, db: Engine
) -> None:
    app, _ = console
    raul = Customer(app, "+56987654003")
    raul.send("perno hex din 933 m8x40 zincado x 10")
    raul.send("pedido")
    with Session(db) as session:
        approval = session.exec(select(Approval)).one()
    diego = ConsoleClient(app, "diego2@shop.example", "seller")
    diego.get("/console/approvals")
    refused = diego.post(f"/console/approvals/{approval.id}", decision="reject", comment="no")
    assert "needs the manager role" in diego.get(refused.location).get_data(as_text=True)
    jefa = ConsoleClient(app, "jefa@shop.example", "manager")
    jefa.get("/console/approvals")
    jefa.post(f"/console/approvals/{approval.id}", decision="reject",
              comment="cheques sin aclarar, cobranzas")  # fmt: skip
    told = twilio.bodies(raul.address)[-1]
    assert "O-2026-00001 no pudo aprobarse" in told and "cobranzas" not in told
    with Session(db) as session:
        assert session.exec(select(Order)).one().status == "rejected"
        assert session.exec(select(Approval)).one().decided_by == "jefa@shop.example"


def test_a_sellers_deep_discount_waits_for_a_manager(
    console: tuple[Flask, str], db: Engine
) -> None:
    app, _ = console
    jorge = Customer(app, "+56912345001")
    jorge.send("6204 2rs skf x 10")
    jorge.send("cotizar")  # B-SKF at the contract price 8.00: sent at once
    ana = ConsoleClient(app, "ana@shop.example", "seller")
    ana.get("/console/quotes/Q-2026-00001")
    ana.post("/console/quotes/Q-2026-00001/revise", **{"price-1": "7.60"})  # 5 %: a seller may
    page = ana.get("/console/quotes/Q-2026-00001").get_data(as_text=True)
    assert "Version 2 saved: draft" in page
    ana.post("/console/quotes/Q-2026-00001/revise", **{"price-1": "6.40"})  # 20 %: too deep
    page = ana.get("/console/quotes/Q-2026-00001").get_data(as_text=True)
    assert "Version 3 saved: pending approval" in page
    assert "Waiting for a manager" in page
    sent = ana.post("/console/quotes/Q-2026-00001/send")
    assert "waiting for a manager" in ana.get(sent.location).get_data(as_text=True)
    with Session(db) as session:
        [approval] = session.exec(select(Approval)).all()
        reasons = {r["code"]: r for r in approval.reasons}
        assert set(reasons) == {"discount", "margin_floor"}  # 6.40 on a 6.00 cost, too
        assert reasons["discount"]["discount_pct"] == "20.00"
