"""Orders under faults and races: a refused acceptance leaves nothing behind, and one
quote version becomes at most one order however many acceptances race for it.

Races run on real connections from threads (SQLite's write lock, or PostgreSQL's row
locks when TEST_DATABASE_URL is set, as CI runs it).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import audit
from bot.db import session_scope
from bot.matching.index import CatalogIndex
from bot.models import AuditEvent, Customer, ErpExport, Order, OrderLine, Quote
from bot.orders import accept_quote
from bot.quotes import QuoteError, Rules, create_quote
from bot.stockholds import held_quantities
from tests.conftest import ErpFolder
from tests.mail_fakes import Inbox, Mailbox, poll, reply_to, rfq
from tests.twilio_fakes import Customer as Buyer
from tests.twilio_fakes import FakeTwilio

pytestmark = pytest.mark.faults

NOW = dt.datetime(2026, 11, 25, 14, 0, tzinfo=dt.UTC)
RULES = Rules(margin_floor_pct=Decimal(10), max_discount_pct=Decimal(15), valid_days=15)


def quote_for(engine: Engine, *lines: str) -> str:
    """A draft quote for C001 (Minera Los Andes), as any channel would make it."""
    with Session(engine) as session:
        index = CatalogIndex.build(session)
    with session_scope(engine, write=True) as session:
        customer = session.get(Customer, "C001")
        made = create_quote(session, index, customer, list(lines), now=NOW, rules=RULES, actor="t")
        assert made.status == "draft"
        return made.number


def accept(engine: Engine, number: str) -> str:
    with session_scope(engine, write=True) as session:
        return accept_quote(session, number, now=NOW, rules=RULES, actor="t").order.status


def nothing_ordered(engine: Engine) -> None:
    """No order, no order line (so no hold) and no export row exist."""
    with Session(engine) as session:
        assert session.exec(select(Order)).all() == []
        assert session.exec(select(OrderLine)).all() == []
        assert session.exec(select(ErpExport)).all() == []
        assert held_quantities(session, ["B-SKF", "V-A42", "F-840"]) == {}
        assert [e for e in session.exec(select(AuditEvent)).all() if e.event == "accepted"] == []


def test_an_order_short_of_one_item_leaves_no_order_behind(
    whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    jorge = Buyer(whatsapp_app, "+56912345001")
    jorge.send("20 rodamientos 6204 2rs skf\ncorrea a42 gates x 50")  # 100 and 20 on hand
    jorge.send("pedido")
    told = twilio.bodies(jorge.address)[-1]
    assert "no se creó ningún pedido" in told and "V-A42: pidió 50, disponibles ahora 20" in told
    nothing_ordered(db)
    jorge.send("1")  # what is there now, the rest back-ordered: the 20 were never held
    assert "confirmado" in twilio.bodies(jorge.address)[-1]
    with Session(db) as session:
        [order] = session.exec(select(Order)).all()
        assert order.status in ("confirmed", "exported")
        belts = session.exec(select(OrderLine).where(OrderLine.sku == "V-A42")).all()
        assert sorted((ln.quantity, ln.backorder) for ln in belts) == [
            (Decimal(20), False), (Decimal(30), True)
        ]
        # only what ships holds stock: the 30 back-ordered are in no warehouse yet
        assert held_quantities(session, ["V-A42"]) == {("V-A42", "SCL"): Decimal(20)}


def test_a_bare_aceptamos_by_mail_when_stock_ran_short_leaves_no_order(
    mail_app: Flask, imap_port: int, smtp: tuple[Inbox, int], db: Engine, shop: ErpFolder
) -> None:
    box = Mailbox(imap_port)
    box.drop(rfq("20 rodamientos 6204 2rs skf\ncorrea a42 gates x 10"))
    poll(mail_app)
    ours = smtp[0].messages[0]
    shop.write(  # the ERP's next sync: only 5 belts left
        stock="sku,warehouse,on_hand\nB-SKF,SCL,100\nB-NSK,SCL,100\nF-840,SCL,5000\nV-A42,SCL,5\n"
    ).load()
    box.drop(
        reply_to(
            ours,
            "Aceptamos",
            message_id="<rfq-2@minera.example>",
        )
    )
    poll(mail_app)
    text = smtp[0].messages[1].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    # the short line and the choice by mail (back-order, seller); nothing ordered until chosen
    assert "todavía no registramos el pedido" in text
    assert re.search(r"V-A42 [^\n]*: pidió 10, disponibles ahora 5", text), text
    # no substitute for the belts: the options are numbered as shown, without a gap
    assert '1) "Envíen lo disponible y el resto cuando llegue"' in text and '2) "Vendedor"' in text
    assert "3)" not in text
    nothing_ordered(db)


def test_twenty_concurrent_acceptances_of_one_quote_make_one_order(
    shop: ErpFolder, db: Engine
) -> None:
    shop.load()
    number = quote_for(db, "hex bolt din 933 m8x40 zp x 10")
    barrier = threading.Barrier(20)
    outcomes: list[object] = []

    def race() -> None:
        barrier.wait()
        try:
            outcomes.append(accept(db, number))
        except QuoteError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=race) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("confirmed") == 1
    refused = [o for o in outcomes if isinstance(o, QuoteError)]
    assert len(refused) == 19 and all("already accepted" in str(r) for r in refused)
    with Session(db) as session:
        [order] = session.exec(select(Order)).all()
        assert len(session.exec(select(ErpExport)).all()) == 1
        assert held_quantities(session, ["F-840"]) == {("F-840", "SCL"): Decimal(10)}
        assert order.total == Decimal("5.00") and order.quote_id is not None


def test_a_refused_acceptance_commits_nothing_even_when_the_caller_commits(
    shop: ErpFolder, db: Engine
) -> None:
    shop.load()
    number = quote_for(db, "hex bolt din 933 m8x40 zp x 10", "correa a42 gates x 20")
    shop.write(
        stock="sku,warehouse,on_hand\nB-SKF,SCL,100\nB-NSK,SCL,100\nF-840,SCL,5000\nV-A42,SCL,19\n"
    ).load()
    with session_scope(db, write=True) as session:
        with pytest.raises(QuoteError, match="V-A42"):
            accept_quote(session, number, now=NOW, rules=RULES, actor="t")
        audit.record(session, "turn", "went on", "t")  # the rest of a turn, committed
    nothing_ordered(db)
    with Session(db) as session:
        assert session.exec(select(Quote.status)).all() == ["draft"]
        assert session.exec(select(AuditEvent.event).where(AuditEvent.subject == "turn")).all()


@pytest.fixture
def company(shop: ErpFolder) -> ErpFolder:
    """Two buyers of Minera Los Andes, each with their own WhatsApp."""
    return shop.write(
        contacts="""
        customer_id,name,phone
        C001,Jorge Müller,+56912345001
        C001,Ana Pérez,+56912345002
        """
    )


def test_two_buyers_of_one_company_accepting_at_once_make_one_order(
    company: ErpFolder, whatsapp_app: Flask, db: Engine, twilio: FakeTwilio
) -> None:
    company.load()
    jorge, ana = Buyer(whatsapp_app, "+56912345001"), Buyer(whatsapp_app, "+56912345002")
    for round_ in range(1, 6):
        jorge.send("correa a42 gates x 2")
        jorge.send("cotizar")
        number = f"Q-2026-{round_:05d}"
        assert number in twilio.bodies(jorge.address)[-1]
        barrier = threading.Barrier(2)

        def send(buyer: Buyer, number: str = number, barrier: Any = barrier) -> None:
            barrier.wait()
            buyer.send(f"acepto {number}")

        threads = [threading.Thread(target=send, args=(b,)) for b in (jorge, ana)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with Session(db) as session:
            orders = session.exec(select(Order)).all()
            assert len(orders) == round_, f"round {round_}: {[o.number for o in orders]}"
        answers = [twilio.bodies(jorge.address)[-1], twilio.bodies(ana.address)[-1]]
        assert sum("confirmado" in a for a in answers) == 1
        assert sum("ya fue aceptada" in a or "already accepted" in a for a in answers) == 1
    with Session(db) as session:
        assert len(session.exec(select(ErpExport)).all()) == 5
