"""Proactive messages, as a buyer receives them: chats through the signed webhook, the
schedule run by hand (`mostrador cron run NAME`), ERP files imported as the sync does.

The night rule is read in the customer's time zone (their default warehouse's): the
tests pick an `Etc/GMT±N` zone where it is now 02:00-ish (night) or 13:00-ish (day),
so they hold whatever the hour the suite runs at.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import create_app
from bot.clock import utcnow
from bot.models import AuditEvent, Conversation, Message
from tests.conftest import ErpFolder
from tests.twilio_fakes import OUR_NUMBER, PUBLIC, TOKEN, Customer, FakeTwilio

JORGE = "+56912345001"
REMINDER_SIDS = "es=HX" + "1" * 32 + ",en=HX" + "2" * 32
SHIPPED_SID = "HX" + "3" * 32  # one template for both languages


def zone_where_it_is(hour: int) -> str:
    """An IANA zone whose local hour is now `hour` (Etc/GMT-N is UTC+N)."""
    now = utcnow().hour
    for offset in range(-12, 15):
        if (now + offset) % 24 == hour:
            return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"
    raise AssertionError("every hour has a zone")


def warehouses(zone: str) -> str:
    return f"warehouse,name,cutoff,timezone\nSCL,Santiago,23:59,{zone}\n"


CUSTOMERS = """
    customer_id,name,credit_limit,blocked,block_reason,language,default_warehouse
    C001,Minera Los Andes SpA,100000,false,,es,SCL
    C003,Taller El Rayo,5000,true,Cheques protestados,es,SCL
    """


@pytest.fixture
def day_shop(shop: ErpFolder) -> ErpFolder:
    """The conversation shop, its customers in a zone where it is early afternoon."""
    return shop.write(warehouses=warehouses(zone_where_it_is(13)), customers=CUSTOMERS)


MADE: list[Flask] = []


@pytest.fixture(autouse=True)
def _dispose_apps() -> Iterator[None]:
    """Apps a test made with `make_app` give back their database connections."""
    yield
    while MADE:
        MADE.pop().extensions["mostrador.engine"].dispose()


def make_app(database_url: str, tmp_path: Any, twilio: FakeTwilio, **config: Any) -> Flask:
    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": str(tmp_path / "i"),
        "REDIS_URL": None, "PUBLIC_BASE_URL": PUBLIC, "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_WHATSAPP_FROM": OUR_NUMBER,
        "TWILIO_API_BASE_URL": twilio.url, "TWILIO_TEMPLATE_SID": "HX" + "7" * 32,
        "TWILIO_CONTENT_API_BASE_URL": twilio.url,
        **config,
    })  # fmt: skip
    MADE.append(app)
    return app


@pytest.fixture
def notices_app(
    db: Engine, database_url: str, tmp_path: Any, twilio: FakeTwilio, day_shop: ErpFolder
) -> Iterator[Flask]:
    """A fresh quote (valid 15 days) is due for a reminder: QUOTE_REMINDER_DAYS 16 (the
    customer's zone may be a day behind UTC)."""
    day_shop.load()
    yield make_app(database_url, tmp_path, twilio, QUOTE_REMINDER_DAYS=16,
                   TWILIO_TEMPLATE_QUOTE_REMINDER=REMINDER_SIDS,
                   TWILIO_TEMPLATE_ORDER_SHIPPED=SHIPPED_SID)  # fmt: skip


def cron(app: Flask, name: str) -> dict[str, Any]:
    result = app.test_cli_runner().invoke(args=["cron", "run", name])
    assert result.exit_code == 0, result.output
    outcome: dict[str, Any] = json.loads(result.output.strip().splitlines()[-1])
    return outcome


def quote_in_chat(app: Flask, text: str = "20 rodamientos 6204 2rs skf") -> tuple[Customer, str]:
    jorge = Customer(app, JORGE)
    jorge.send(text)
    jorge.send("cotizar")
    return jorge, number_in(jorge.client.application, "Q")


def number_in(app: Flask, prefix: str) -> str:
    with Session(app.extensions["mostrador.engine"]) as session:
        bodies = session.exec(select(Message.body).where(Message.direction == "out")).all()
    found = re.findall(rf"\b{prefix}-\d{{4}}-\d{{5}}\b", " ".join(bodies))
    assert found, bodies
    return found[-1]


def age_the_chat(db: Engine, hours: int = 25) -> None:
    """The buyer last wrote `hours` ago (outside WhatsApp's 24-hour window at 25)."""
    with Session(db) as session:
        for conversation in session.exec(select(Conversation)).all():
            assert conversation.last_inbound_at is not None
            conversation.last_inbound_at -= dt.timedelta(hours=hours)
            session.add(conversation)
        session.commit()


def notices_in_trail(db: Engine, subject: str) -> list[dict[str, Any]]:
    with Session(db) as session:
        events = session.exec(
            select(AuditEvent).where(
                AuditEvent.subject == subject, AuditEvent.event == "notice_sent"
            )
        ).all()
        return [e.data for e in events]


def test_a_quote_about_to_expire_is_reminded_once_and_accepted_from_the_reminder(
    notices_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge, number = quote_in_chat(notices_app)
    assert cron(notices_app, "quote-reminders") == {"held": {}, "sent": 1}
    reminder = twilio.sent[-1]
    # in the window: the text with its Accept button (a Content API quick reply), no template
    assert reminder["To"] == jorge.address and reminder["ContentSid"] != "HX" + "7" * 32
    assert twilio.options(reminder) == [{"title": "Aceptar", "id": f"acepto {number}"}]
    body = twilio.body_of(reminder)
    assert number in body and f'"ACEPTAR {number}"' in body
    assert "vence el" in body and "USD 160.00" in body
    with Session(db) as session:  # the Accept quick reply, channel-neutral, for the sender
        message = session.exec(select(Message).where(Message.body == body)).one()
        assert message.payload["choices"] == [{"id": f"acepto {number}", "title": "Aceptar"}]
    [entry] = notices_in_trail(db, number)
    assert entry["kind"] == "quote-reminder" and entry["to"] == jorge.address

    before = len(twilio.sent)
    assert cron(notices_app, "quote-reminders") == {"held": {"already": 1}, "sent": 0}
    assert len(twilio.sent) == before  # at most once per quote

    jorge.send(f"ACEPTAR {number}")  # the typed answer the reminder asks for
    assert re.search(r"Pedido O-\d{4}-\d{5} confirmado", twilio.bodies(jorge.address)[-1])


def test_outside_the_window_the_reminder_is_its_approved_template_or_not_at_all(
    db: Engine, database_url: str, tmp_path: Any, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    day_shop.load()
    bare = make_app(database_url, tmp_path, twilio, QUOTE_REMINDER_DAYS=16)
    _, number = quote_in_chat(bare)
    age_the_chat(db)
    before = len(twilio.sent)
    # The generic TWILIO_TEMPLATE_SID is never used for a notice: held back, not sent.
    assert cron(bare, "quote-reminders") == {"held": {"no_template": 1}, "sent": 0}
    assert len(twilio.sent) == before and notices_in_trail(db, number) == []

    app = make_app(database_url, tmp_path, twilio, QUOTE_REMINDER_DAYS=16,
                   TWILIO_TEMPLATE_QUOTE_REMINDER=REMINDER_SIDS)  # fmt: skip
    assert cron(app, "quote-reminders")["sent"] == 1
    sent = twilio.sent[-1]
    assert sent["ContentSid"] == "HX" + "1" * 32 and "Body" not in sent  # the Spanish one
    variables = json.loads(sent["ContentVariables"])
    assert variables["1"] == "Jorge" and variables["2"] == number
    assert variables["4"] == "USD 160.00"
    [entry] = notices_in_trail(db, number)
    assert entry["template"] == "HX" + "1" * 32


def test_stop_silences_every_notice_until_start(
    notices_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge, number = quote_in_chat(notices_app)
    jorge.send("baja")
    assert "no le enviaremos avisos" in twilio.bodies(jorge.address)[-1]  # acknowledged
    before = len(twilio.sent)
    assert cron(notices_app, "quote-reminders") == {"held": {"opted_out": 1}, "sent": 0}
    assert len(twilio.sent) == before and notices_in_trail(db, number) == []
    with Session(db) as session:
        conversation = session.exec(select(Conversation)).one()
        events = session.exec(
            select(AuditEvent.event).where(AuditEvent.subject == f"conversation:{conversation.id}")
        ).all()
        assert "opted_out" in events

    jorge.send("alta")
    assert "volverá a recibir" in twilio.bodies(jorge.address)[-1]
    assert cron(notices_app, "quote-reminders")["sent"] == 1
    assert number in twilio.body_of(twilio.sent[-1])  # the reminder, with its Accept button


def test_no_notice_at_night_in_the_customers_time_zone(
    notices_app: Flask, db: Engine, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    _, number = quote_in_chat(notices_app)
    day_shop.write(warehouses=warehouses(zone_where_it_is(2))).load()  # 02:00 for C001
    before = len(twilio.sent)
    assert cron(notices_app, "quote-reminders") == {"held": {"night": 1}, "sent": 0}
    assert len(twilio.sent) == before
    day_shop.write(warehouses=warehouses(zone_where_it_is(13))).load()  # morning came
    assert cron(notices_app, "quote-reminders")["sent"] == 1
    assert number in twilio.body_of(twilio.sent[-1])


def test_a_quote_far_from_expiry_is_not_reminded(
    db: Engine, database_url: str, tmp_path: Any, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    day_shop.load()
    app = make_app(database_url, tmp_path, twilio)  # QUOTE_REMINDER_DAYS 2, valid 15 days
    quote_in_chat(app)
    assert cron(app, "quote-reminders") == {"held": {}, "sent": 0}


def order_status(order: str, status: str, updated: dt.datetime, customer: str = "C001") -> str:
    return (
        "order,customer_id,status,erp_document,updated,carrier,tracking,tracking_url,eta\n"
        f"{order},{customer},{status},GD-55120,{updated.isoformat()},Chilexpress,99120455,"
        "https://track.example/99120455,2026-12-01\n"
    )


def test_an_order_shipped_in_the_erp_is_told_once_with_its_tracking(
    notices_app: Flask, db: Engine, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    jorge = Customer(notices_app, JORGE)
    jorge.send("20 rodamientos 6204 2rs skf")
    jorge.send("pedido")
    jorge.send("sí")
    order = number_in(notices_app, "O")
    day_shop.write(order_status=order_status(order, "picking", utcnow())).load()
    assert cron(notices_app, "order-notices") == {"held": {}, "sent": 0}  # not shipped yet

    day_shop.write(order_status=order_status(order, "shipped", utcnow())).load()
    assert cron(notices_app, "order-notices") == {"held": {}, "sent": 1}
    told = twilio.bodies(jorge.address)[-1]
    assert order in told and "Chilexpress" in told and "99120455" in told
    assert "https://track.example/99120455" in told and "2026-12-01" in told
    assert notices_in_trail(db, order)[0]["kind"] == "order-shipped"
    assert cron(notices_app, "order-notices") == {"held": {"already": 1}, "sent": 0}


def test_an_erp_order_reaches_the_customers_contact_and_old_shipments_stay_quiet(
    notices_app: Flask, db: Engine, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    old = utcnow() - dt.timedelta(days=10)
    rows = (
        order_status("SO-80001", "shipped", utcnow())
        + order_status("SO-70000", "shipped", old).split("\n", 1)[1]
    )
    day_shop.write(order_status=rows).load()
    assert cron(notices_app, "order-notices") == {"held": {}, "sent": 1}
    [sent] = twilio.sent  # Jorge never wrote: outside the window, so the approved template
    assert sent["To"] == f"whatsapp:{JORGE}" and sent["ContentSid"] == SHIPPED_SID
    variables = json.loads(sent["ContentVariables"])
    assert [variables[k] for k in "12345"] == [
        "Jorge", "SO-80001", "Chilexpress", "99120455", "https://track.example/99120455"
    ]  # fmt: skip
    assert notices_in_trail(db, "SO-70000") == []


def test_an_item_we_lacked_is_announced_when_stock_covers_it(
    notices_app: Flask, db: Engine, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    jorge, number = quote_in_chat(notices_app, "250 rodamientos 6204 2rs skf")  # 100 in SCL
    assert cron(notices_app, "back-in-stock") == {"held": {}, "sent": 0}
    day_shop.write(
        stock="sku,warehouse,on_hand\nB-SKF,SCL,400\nB-NSK,SCL,100\nF-840,SCL,5000\nV-A42,SCL,20\n"
    ).load()
    assert cron(notices_app, "back-in-stock") == {"held": {}, "sent": 1}
    told = twilio.bodies(jorge.address)[-1]
    assert "B-SKF" in told and "250" in told and number in told and "SCL" in told
    assert notices_in_trail(db, number)[0]["kind"] == "back-in-stock"
    assert cron(notices_app, "back-in-stock") == {"held": {"already": 1}, "sent": 0}


def test_an_item_asked_for_in_the_chat_without_a_quote_is_announced_once(
    notices_app: Flask, db: Engine, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    jorge = Customer(notices_app, JORGE)
    jorge.send("250 rodamientos 6204 2rs skf")  # 100 in SCL: priced short, no quote asked
    assert notices_in_trail(db, "customer:C001") == []
    assert cron(notices_app, "back-in-stock") == {"held": {}, "sent": 0}
    day_shop.write(
        stock="sku,warehouse,on_hand\nB-SKF,SCL,400\nB-NSK,SCL,100\nF-840,SCL,5000\nV-A42,SCL,20\n"
    ).load()
    assert cron(notices_app, "back-in-stock") == {"held": {}, "sent": 1}
    told = twilio.bodies(jorge.address)[-1]
    assert "B-SKF" in told and "250" in told and "SCL" in told and "cotización" not in told
    assert notices_in_trail(db, "customer:C001")[0]["kind"] == "back-in-stock"
    assert cron(notices_app, "back-in-stock") == {"held": {"already": 1}, "sent": 0}


def test_an_item_asked_for_in_the_chat_is_not_announced_after_stop(
    notices_app: Flask, db: Engine, twilio: FakeTwilio, day_shop: ErpFolder
) -> None:
    jorge = Customer(notices_app, JORGE)
    jorge.send("250 rodamientos 6204 2rs skf")
    jorge.send("baja")
    day_shop.write(
        stock="sku,warehouse,on_hand\nB-SKF,SCL,400\nB-NSK,SCL,100\nF-840,SCL,5000\nV-A42,SCL,20\n"
    ).load()
    assert cron(notices_app, "back-in-stock") == {"held": {"opted_out": 1}, "sent": 0}


def test_cron_list_names_the_schedule(notices_app: Flask) -> None:
    result = notices_app.test_cli_runner().invoke(args=["cron", "list"])
    assert result.exit_code == 0, result.output
    names = {line.split()[0] for line in result.output.splitlines()}
    assert names == {"erp-sync", "email-poll", "quote-expiry", "quote-reminders",
                     "order-notices", "back-in-stock", "sweeps", "insights-refresh"}  # fmt: skip
    unknown = notices_app.test_cli_runner().invoke(args=["cron", "run", "nightly"])
    assert unknown.exit_code != 0 and "quote-reminders" in unknown.output


@pytest.mark.server  # pymap and aiosmtpd
def test_a_quote_asked_for_by_mail_is_reminded_in_its_thread(
    mail_app: Flask, imap_port: int, smtp: tuple[Any, int]
) -> None:
    from tests.mail_fakes import Mailbox, poll, rfq

    Mailbox(imap_port).drop(
        rfq("Estimados,\nfavor cotizar:\n- 20 rodamientos 6204 2rs skf\n\nJorge")
    )
    assert "answered 1" in poll(mail_app)
    [quoted] = smtp[0].messages
    local = (utcnow().hour + 12) % 24  # quiet hours half a day away from now (UTC zone)
    mail_app.config.update(
        QUOTE_REMINDER_DAYS=16, NOTICE_QUIET_HOURS=f"{local:02d}:00-{local:02d}:30"
    )
    assert cron(mail_app, "quote-reminders") == {"held": {}, "sent": 1}
    reminder = smtp[0].messages[-1]
    assert reminder["To"] == "jorge@minera.example" and reminder["Subject"] == quoted["Subject"]
    assert reminder["In-Reply-To"] == "<rfq-1@minera.example>"
    text = reminder.get_body(("plain",)).get_content()
    assert "Q-2026-00001" in text and "vence el" in text
