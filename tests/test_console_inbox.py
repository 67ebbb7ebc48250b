"""The seller's inbox in a real browser: three panes, assignment, filters and search,
reassigning, private notes, canned replies, notifications, time zones and the phone.

Customers write through signed webhooks; what sellers send reaches the Twilio stand-in.
Screenshots land in tests/artifacts/ (the README's come from here: docs/).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from playwright.sync_api import Browser, expect
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.clock import utcnow
from bot.matching.service import current_index
from bot.models import AuditEvent, Conversation, Message, Note
from bot.models import Customer as Account
from bot.quotes import Rules, create_quote
from bot.users import add_user
from tests.conftest import ErpFolder
from tests.console_server import ARTIFACTS, PASSWORD
from tests.test_console import Seller, console  # noqa: F401 (the fixture)
from tests.twilio_fakes import Customer, FakeTwilio

pytestmark = pytest.mark.browser

JORGE, RAUL = "+56912345001", "+56987654003"


@pytest.fixture
def inbox(shop: ErpFolder, request: pytest.FixtureRequest) -> Iterator[tuple[Flask, str]]:
    """The console, with Paula as Minera Los Andes' account seller and Jorge's email."""
    shop.write(
        customers="""
            customer_id,name,credit_limit,blocked,block_reason,language,seller_email
            C001,Minera Los Andes SpA,100000,false,,es,paula@shop.example
            C003,Taller El Rayo,5000,true,Cheques protestados,es,
            """,
        contacts="""
            customer_id,name,phone,email
            C001,Jorge Müller,+56912345001,jorge.muller@minera.example
            C003,Raúl Fuentes,+56987654003,
            """,
    )
    yield request.getfixturevalue("console")


def _conversation(db: Engine, phone: str) -> Conversation:
    with Session(db) as session:
        return session.exec(
            select(Conversation).where(Conversation.address == f"whatsapp:{phone}")
        ).one()


def _events(db: Engine, subject: str) -> list[AuditEvent]:
    with Session(db) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.subject == subject).order_by(col(AuditEvent.id))))


def _seller(browser: Browser, base: str, email: str, **options: Any) -> Seller:
    """A seller whose browser has `options` (a time zone, a phone's screen)."""
    seller = Seller(browser, base, email)
    seller.context.close()
    seller.context = browser.new_context(**{"viewport": {"width": 1280, "height": 860}, **options})
    seller.page = seller.context.new_page()
    return seller


def _phone_shot(seller: Seller, name: str) -> None:
    """What the phone's screen shows (not the whole page)."""
    ARTIFACTS.mkdir(exist_ok=True)
    seller.page.screenshot(path=str(ARTIFACTS / f"console-{name}.png"))


def _rows(seller: Seller) -> Any:
    return seller.page.locator("#queue [data-conversation]")


def test_escalations_go_to_the_account_seller_then_round_robin(
    inbox: tuple[Flask, str], browser: Browser, db: Engine
) -> None:
    app, base = inbox
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    diego = Seller(browser, base, "diego@shop.example").sign_in()
    Customer(app, JORGE).send("necesito hablar con un vendedor")  # C001: Paula's account
    Customer(app, RAUL).send("asesor")  # C003 has no account seller: round-robin
    assert _conversation(db, JORGE).assignee == "paula@shop.example"
    assert _conversation(db, RAUL).assignee == "diego@shop.example"  # Paula was just given one

    paula.page.locator(".filters").get_by_role("link", name="Mine").click()
    expect(_rows(paula)).to_have_count(1)
    expect(_rows(paula)).to_contain_text("Jorge Müller")
    expect(_rows(paula)).to_contain_text("yours")
    expect(_rows(paula).locator(".unread")).to_have_text("1")
    diego.page.locator(".filters").get_by_role("link", name="Mine").click()
    expect(_rows(diego)).to_have_count(1)
    expect(_rows(diego)).to_contain_text("Raúl Fuentes")
    rule = {e.data["to"]: e.data["rule"] for phone in (JORGE, RAUL)
            for e in _events(db, f"conversation:{_conversation(db, phone).id}")
            if e.event == "assigned"}  # fmt: skip
    assert rule == {"paula@shop.example": "account", "diego@shop.example": "round_robin"}

    paula.open_chat("Jorge Müller")  # three panes: list, thread, customer
    expect(paula.page.locator(".pane.list [data-conversation].on")).to_contain_text("Jorge")
    expect(paula.page.locator("#thread")).to_contain_text("necesito hablar con un vendedor")
    expect(paula.page.locator(".pane.customer #account")).to_contain_text("Minera Los Andes SpA")
    expect(paula.page.locator("#queue .row.on .unread")).to_have_count(0)  # read now
    expect(paula.page.locator("#queue .unread")).to_have_count(1)  # Raúl's, still unread
    paula.screenshot("inbox")


def test_filters_and_search_find_conversations(
    inbox: tuple[Flask, str], browser: Browser, db: Engine
) -> None:
    app, base = inbox
    jorge, raul = Customer(app, JORGE), Customer(app, RAUL)
    jorge.send("hola")  # the bot answers: not waiting for anyone
    raul.send("perno hex din 933 m8x40 zincado x 10")
    raul.send("pedido")  # a blocked customer: the order waits for a credit approval
    with app.app_context(), Session(db) as session:
        quote = create_quote(
            session, current_index(), session.get(Account, "C001"), ["6204 2rs skf x 4"],
            now=utcnow(), rules=Rules.from_config(app.config), actor="paula@shop.example",
            channel="whatsapp", conversation_id=_conversation(db, JORGE).id,
        )  # fmt: skip
        session.commit()
        number = quote.number
    marta = Seller(browser, base, "marta@shop.example").sign_in()

    expect(_rows(marta)).to_have_count(1)  # needs a person: Raúl only
    marta.page.locator(".filters").get_by_role("link", name="Waiting for approval").click()
    expect(_rows(marta)).to_have_count(1)
    expect(_rows(marta)).to_contain_text("order needs approval")
    marta.page.locator(".filters").get_by_role("link", name="All").click()
    expect(_rows(marta)).to_have_count(2)
    marta.page.locator(".filters").get_by_role(
        "link", name="Unassigned"
    ).click()  # nobody was signed in
    expect(_rows(marta)).to_contain_text("Raúl Fuentes")
    marta.page.locator(".filters").get_by_role("link", name="All").click()  # search within all

    for query, who in [(number, "Jorge Müller"), ("O-2026-00001", "Raúl Fuentes"),
                       ("jorge.muller@minera", "Jorge Müller"), ("9 8765 4003", "Raúl Fuentes"),
                       ("minera los", "Jorge Müller")]:  # fmt: skip
        search = marta.page.get_by_label("Search conversations")
        search.fill(query)
        search.press("Enter")
        expect(_rows(marta)).to_have_count(1)
        expect(_rows(marta)).to_contain_text(who)
    marta.page.get_by_label("Search conversations").fill("nadie así")
    marta.page.get_by_label("Search conversations").press("Enter")
    expect(marta.page.get_by_text("No conversation matches")).to_be_visible()


def test_reassign_to_a_colleague_and_a_manager_moves_anything(
    inbox: tuple[Flask, str], browser: Browser, db: Engine
) -> None:
    app, base = inbox
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    Customer(app, JORGE).send("vendedor por favor")
    paula.open_chat("Jorge Müller")
    paula.click("Take over")
    paula.page.get_by_label("Assign to").select_option(label="Diego Lara")
    paula.click("Assign")
    expect(
        paula.page.get_by_text("Assigned to diego@shop.example (who now holds it)")
    ).to_be_visible()
    chat = _conversation(db, JORGE)
    assert (chat.assignee, chat.owner) == ("diego@shop.example", "diego@shop.example")
    expect(paula.page.get_by_label("Assign to")).to_have_count(0)  # no longer hers to move
    expect(paula.page.get_by_label("Reply by")).to_have_count(0)

    diego = Seller(browser, base, "diego@shop.example").sign_in()
    diego.page.locator(".filters").get_by_role("link", name="Mine").click()
    expect(_rows(diego)).to_contain_text("Jorge Müller")
    marta = Seller(browser, base, "marta@shop.example").sign_in()
    marta.open_chat("Jorge Müller")
    marta.page.get_by_label("Assign to").select_option(label="Paula Rojas")
    marta.click("Assign")
    expect(marta.page.locator("#assignee")).to_have_text("Paula Rojas")
    assert _conversation(db, JORGE).owner == "paula@shop.example"
    moves = [(e.actor, e.data["to"]) for e in _events(db, f"conversation:{chat.id}")
             if e.event == "assigned"]  # fmt: skip
    assert moves[-2:] == [("paula@shop.example", "diego@shop.example"),
                          ("marta@shop.example", "paula@shop.example")]  # fmt: skip


def test_a_private_note_never_reaches_the_customer(
    inbox: tuple[Flask, str], browser: Browser, db: Engine, twilio: FakeTwilio
) -> None:
    app, base = inbox
    jorge = Customer(app, JORGE)
    jorge.send("vendedor")
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    paula.open_chat("Jorge Müller")
    paula.click("Take over")
    sent_before = list(twilio.sent)
    paula.page.get_by_label("Private note").fill("Cliente pide 5 % extra; consultar con Marta")
    paula.click("Add note")
    note = paula.page.locator("#thread .msg.note")
    expect(note).to_contain_text("consultar con Marta")
    expect(note).to_contain_text("private note · Paula Rojas")
    paula.reply("Un momento por favor.")
    jorge.send("gracias")
    assert twilio.sent[len(sent_before) :] and all(
        "consultar con Marta" not in str(m) for m in twilio.sent
    )
    assert twilio.bodies(jorge.address)[-1] == "Un momento por favor."
    chat = _conversation(db, JORGE)
    with Session(db) as session:
        assert not session.exec(select(Message).where(col(Message.body).contains("Marta"))).all()
        assert session.exec(select(Note)).one().author == "paula@shop.example"
    [event] = [e for e in _events(db, f"conversation:{chat.id}") if e.event == "note_added"]
    assert event.actor == "paula@shop.example" and "consultar con Marta" in event.data["text"]


def test_an_unknown_canned_code_is_refused_and_state_dependent_ones_offered_only_when_true(
    inbox: tuple[Flask, str], browser: Browser, twilio: FakeTwilio
) -> None:
    app, base = inbox
    jorge, raul = Customer(app, JORGE), Customer(app, RAUL)
    jorge.send("vendedor")
    paula = Seller(browser, base, "paula@shop.example").sign_in()
    paula.open_chat("Jorge Müller")
    paula.click("Take over")
    before = len(twilio.sent)
    paula.reply("/hello")
    expect(paula.page.get_by_text("/hello is not a canned reply here; nothing was sent. "
                                  "Codes: /gracias, /hola, /stock")).to_be_visible()  # fmt: skip
    paula.reply("/credito")  # Jorge has no order in review: not offered, not sent
    expect(paula.page.get_by_text("/credito is not a canned reply here")).to_be_visible()
    assert len(twilio.sent) == before

    raul.send("perno hex din 933 m8x40 zincado x 10")
    raul.send("pedido")  # in review for credit
    paula.open_chat("Raúl Fuentes")
    paula.click("Take over")
    expect(paula.page.locator("label[for=reply-body]")).to_contain_text("/credito")
    paula.reply("/credito")
    assert twilio.bodies(raul.address)[-1].startswith("Su pedido quedó en revisión")


def test_a_new_escalation_notifies_and_badges_the_title(
    inbox: tuple[Flask, str], browser: Browser
) -> None:
    app, base = inbox
    paula = Seller(browser, base, "paula@shop.example")
    paula.context.add_init_script("""
        window.__notified = [];
        window.Notification = class {
          constructor(title, options) { window.__notified.push(title + " | " + options.body); }
          static requestPermission() { window.__asked = (window.__asked || 0) + 1;
                                       return Promise.resolve("granted"); }
        };
        window.Notification.permission = "granted";
    """)
    paula.sign_in()
    expect(paula.page).to_have_title("Inbox · Mostrador")
    Customer(app, JORGE).send("quiero hablar con un vendedor")
    expect(paula.page).to_have_title("(1) Inbox · Mostrador", timeout=10_000)
    notified: Any = paula.page.evaluate("() => window.__notified")
    assert notified == ["Needs a person: Jorge Müller | asked for a seller"]
    paula.page.reload()  # the same escalation is not announced twice
    expect(paula.page).to_have_title("(1) Inbox · Mostrador")
    assert paula.page.evaluate("() => window.__notified") == []


def test_permission_for_notifications_is_asked_once(
    inbox: tuple[Flask, str], browser: Browser
) -> None:
    _, base = inbox
    paula = Seller(browser, base, "paula@shop.example")
    paula.context.add_init_script("""
        window.Notification = class { static requestPermission() {
          localStorage.setItem("asked", String(Number(localStorage.getItem("asked") || 0) + 1));
          return Promise.resolve("default"); } };
        window.Notification.permission = "default";
    """)
    paula.sign_in()
    for _ in range(2):
        paula.page.locator("h1").click()
        paula.page.reload()
    assert paula.page.evaluate("() => localStorage.getItem('asked')") == "1"


def test_times_show_in_the_sellers_time_zone(
    inbox: tuple[Flask, str], browser: Browser, db: Engine
) -> None:
    app, base = inbox
    with Session(db) as session:
        add_user(session, "lima@shop.example", role="seller", password=PASSWORD, name="Lucía",
                 now=utcnow(), actor="test", tz="America/Lima")  # fmt: skip
        session.commit()
    Customer(app, JORGE).send("vendedor")
    with Session(db) as session:
        first = session.exec(select(Message).order_by(Message.id)).first()  # type: ignore[arg-type]
        assert first is not None
        at = first.created_at

    def shown(zone: str) -> str:
        local = at.astimezone(ZoneInfo(zone))
        return f"{local.strftime('%d %b %H:%M')} {local.strftime('%Z')}"

    # Her setting wins over the browser's zone.
    lucia = _seller(browser, base, "lima@shop.example", timezone_id="Asia/Tokyo").sign_in()
    lucia.open_chat("Jorge Müller")
    expect(lucia.page.locator("#thread time").first).to_have_text(shown("America/Lima"))
    expect(lucia.page.locator("#tz")).to_have_text("America/Lima")

    # No setting: the browser's.
    paula = _seller(browser, base, "paula@shop.example", timezone_id="Asia/Tokyo").sign_in()
    paula.open_chat("Jorge Müller")
    expect(paula.page.locator("#thread time").first).to_have_text(shown("Asia/Tokyo"))
    assert shown("Asia/Tokyo").endswith("JST") and at.tzinfo is not None
    assert at.astimezone(dt.UTC) == at


def test_on_a_phone_list_and_thread_are_separate_screens(
    inbox: tuple[Flask, str], browser: Browser, twilio: FakeTwilio
) -> None:
    app, base = inbox
    jorge = Customer(app, JORGE)
    jorge.send("hola, necesito cotizar rodamientos 6204 2rs skf para la planta de Calama " * 2)
    jorge.send("vendedor")
    paula = _seller(browser, base, "paula@shop.example", viewport={"width": 390, "height": 844},
                    device_scale_factor=2, is_mobile=True, has_touch=True).sign_in()  # fmt: skip

    def no_sideways_scroll() -> None:
        width: Any = paula.page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width} px wide"

    expect(_rows(paula)).to_have_count(1)
    no_sideways_scroll()
    _phone_shot(paula, "phone-list")
    paula.open_chat("Jorge Müller")
    expect(paula.page.locator(".pane.list")).to_be_hidden()  # the thread is its own screen
    expect(paula.page.locator("#thread")).to_be_visible()
    take = paula.page.get_by_role("button", name="Take over")
    take.scroll_into_view_if_needed()
    expect(take).to_be_in_viewport()
    take.click()
    box = paula.page.get_by_label("Reply by")
    box.scroll_into_view_if_needed()
    expect(box).to_be_in_viewport()
    expect(paula.page.locator("#thread")).to_be_in_viewport()  # thread and box on one screen
    _phone_shot(paula, "phone-thread")
    paula.reply("Hola Jorge, le ayudo.")
    assert twilio.bodies(jorge.address)[-1] == "Hola Jorge, le ayudo."
    no_sideways_scroll()
    thread_width: Any = paula.page.evaluate("() => document.querySelector('#thread').clientWidth")
    assert thread_width > 300  # not a strip
    hand_back = paula.page.get_by_role("button", name="Hand back to the bot")
    hand_back.scroll_into_view_if_needed()
    expect(hand_back).to_be_in_viewport()
    paula.page.get_by_role("link", name="← Inbox").click()
    expect(paula.page.locator(".pane.list")).to_be_visible()
