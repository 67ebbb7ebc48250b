"""Conversations as real buyers write them (SPEC.md "What real buyers write"), through
the signed webhook, the flows and the Twilio double; each test is one numbered item of
issue #14. Run on SQLite, and on PostgreSQL with TEST_DATABASE_URL."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Conversation, Order, Quote
from tests.conftest import ErpFolder
from tests.twilio_fakes import Customer, FakeTwilio

JORGE, RAUL, GUEST = "+56912345001", "+56987654003", "+56955550000"


class Chat:
    """A buyer on WhatsApp: `say` sends one message and returns what came back."""

    def __init__(self, app: Flask, twilio: FakeTwilio, phone: str) -> None:
        self.buyer = Customer(app, phone)
        self.twilio = twilio
        self.seen = 0

    def say(self, text: str) -> str:
        self.buyer.send(text)
        bodies = self.twilio.bodies(self.buyer.address)
        new, self.seen = bodies[self.seen :], len(bodies)
        assert all(len(b) <= 1600 for b in new), [len(b) for b in new]
        return "\n".join(new)


def conversation(db: Engine) -> Conversation:
    with Session(db) as session:
        return session.exec(select(Conversation)).one()


def orders(db: Engine) -> list[Order]:
    with Session(db) as session:
        return list(session.exec(select(Order)).all())


@pytest.fixture
def jorge(whatsapp_app: Flask, twilio: FakeTwilio) -> Chat:
    chat = Chat(whatsapp_app, twilio, JORGE)
    chat.say("Hola buenas tardes")
    return chat


def test_1_greetings_acknowledgements_and_acceptances_are_not_items(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    chat = Chat(whatsapp_app, twilio, JORGE)
    assert "Hola Jorge" in chat.say("Hola buenas tardes")
    for text in ("ok", "gracias", "perfecto", "👍", "sí, confirmo", "acepto", "dale", "hola?"):
        answer = chat.say(text)
        assert "catálogo" not in answer and "vendedor" not in answer, (text, answer)
    assert "no lo encuentro" not in chat.say("quiero lo mismo que la última vez")
    state = conversation(db)
    assert state.attention is None and state.failures == 0


def test_1_ok_go_ahead_accept_and_status_reach_an_order_without_a_seller(
    jorge: Chat, db: Engine
) -> None:
    jorge.say("correa a42 gates x 2")
    assert "Q-2026-00001" in jorge.say("cotizar")
    assert "O-2026-00001" in jorge.say("ok go ahead")
    status = jorge.say("what's the status of my order?")
    assert "O-2026-00001" in status
    assert conversation(db).attention is None


def test_3_a_pending_choice_survives_new_items_and_order(jorge: Chat, db: Engine) -> None:
    question = jorge.say("rodamiento x 3")
    assert "B-NSK" in question and "B-SKF" in question
    more = jorge.say("correa a42 gates x 2")
    assert "V-A42" in more and "B-SKF" in more  # added, and the choice asked again
    finish = jorge.say("pedido")
    assert "B-SKF" in finish and "O-2026" not in finish  # asked to finish choosing first
    assert orders(db) == []
    picked = jorge.say("la segunda")
    assert "B-SKF" in picked
    cart = jorge.say("carrito")
    assert "V-A42" in cart and "B-SKF" in cart and "USD" in cart


def test_3_several_choices_at_once(jorge: Chat) -> None:
    question = jorge.say("rodamiento x 3\ncorrea x 4")
    assert "3)" in question  # numbered across both lines
    picked = jorge.say("1 y 3")
    assert "B-NSK" in picked and "V-A42" in picked
    assert "2 línea" in jorge.say("carrito") or "V-A42" in jorge.say("carrito")


def test_4_unmatched_lines_stay_on_the_quote_and_reach_a_seller(jorge: Chat, db: Engine) -> None:
    jorge.say("20 rodamientos 6204 2rs skf\nlos de siempre x 3")
    answer = jorge.say("cotizar")
    assert "los de siempre x 3" in answer and "vendedor" in answer
    with Session(db) as session:
        quote = session.exec(select(Quote)).one()
        assert quote.status == "needs_review"
    state = conversation(db)
    assert state.attention is not None and "seller" in state.attention


def test_5_short_stock_is_a_choice_and_no_order_exists_until_chosen(
    jorge: Chat, shop: ErpFolder, db: Engine
) -> None:
    shop.write(
        stock="sku,warehouse,on_hand,incoming,incoming_eta\n"
        "B-SKF,SCL,100,,\nB-NSK,SCL,100,,\nF-840,SCL,5000,,\nV-A42,SCL,20,600,2026-12-30\n"
    ).load()
    items = jorge.say("600 correas a42 gates\nperno hex din 933 m8x40 zincado x 10")
    assert "✅ V-A42" not in items and "20" in items and "2026-12-30" in items
    offer = jorge.say("pedido")
    assert "20" in offer and "580" in offer and "2026-12-30" in offer
    assert "vendedor" in offer
    assert orders(db) == []
    assert "V-A42" in jorge.say("carrito")  # the cart is kept
    done = jorge.say("1")
    [order] = orders(db)
    assert order.number in done and order.status in ("confirmed", "exported")
    # one order: 20 ship now, 580 back-ordered with the ETA, the whole total
    assert "580" in done and "2026-12-30" in done and f"USD {order.total:,.2f}" in done
    assert "vacío" in jorge.say("carrito")  # all of it was ordered


def test_9_a_long_request_is_answered_in_parts_under_1600_characters(
    jorge: Chat, twilio: FakeTwilio
) -> None:
    lines = [f"correa a42 gates x {n}" if n % 2 else f"perno m8 x {n}" for n in range(1, 121)]
    answer = jorge.say("\n".join(lines))  # Chat.say checks every part is ≤ 1600
    assert "101" in answer and "120" in answer  # the lines past the limit are named
    cart = jorge.say("carrito")
    assert "F-840" in cart and "V-A42" in cart


def test_12_one_confirmation_with_the_total_and_the_po_number(
    jorge: Chat, db: Engine, whatsapp_app: Flask
) -> None:
    """The order's own message is the one confirmation (issue #14 item 12, read as one
    step): placed at once with its line, total and PO; "sí" after it is that order again."""
    jorge.say("correa a42 gates x 2")
    done = jorge.say("pedido, OC 4500123")
    [order] = orders(db)
    assert f"Pedido {order.number} confirmado por USD 14.80" in done
    assert "2 EA × 7.40 = USD 14.80" in done and "Orden de compra: 4500123" in done
    assert order.purchase_order == "4500123"
    again = jorge.say("sí")
    assert order.number in again and "USD 14.80" in again and len(orders(db)) == 1
    outbox = Path(whatsapp_app.config["ERP_OUTBOX_DIR"])
    exported = [json.loads(p.read_text()) for p in outbox.rglob("*.json")]
    assert [e["purchase_order"] for e in exported] == ["4500123"]


def test_7_waiting_is_acknowledged_once_and_status_still_answers(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    whatsapp_app.config["BUSINESS_HOURS"] = "mon-fri 08:30-18:00 America/Santiago"
    chat = Chat(whatsapp_app, twilio, JORGE)
    chat.say("vendedor")
    waiting = chat.say("hola?")
    assert "08:30-18:00" in waiting
    assert chat.say("Buenas tardes") == ""  # one acknowledgement, not one per message
    assert "pedidos" in chat.say("estado")
    assert "carrito" in chat.say("menu")


def test_6_credit_is_said_early_once(whatsapp_app: Flask, twilio: FakeTwilio) -> None:
    raul = Chat(whatsapp_app, twilio, RAUL)
    first = raul.say("perno hex din 933 m8x40 zincado x 10")
    assert "Cheques protestados" in first
    assert "Cheques protestados" not in raul.say("correa a42 gates x 2")


def test_10_the_same_item_twice_is_one_line_with_the_quantities_added(jorge: Chat) -> None:
    jorge.say("correa a42 gates x 2")
    merged = jorge.say("correa a42 gates x 3")
    assert "5" in merged
    cart = jorge.say("carrito")
    assert cart.count("V-A42") == 1 and "USD 37.00" in cart


def test_8_a_guest_ordering_becomes_a_lead(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    guest = Chat(whatsapp_app, twilio, GUEST)
    guest.say("correa a42 gates x 2")
    asked = guest.say("pedido")
    assert "RUT" in asked or "empresa" in asked
    answer = guest.say("Ferretería Los Pinos, RUT 76.123.456-7, compras@lospinos.cl")
    assert "vendedor" in answer and "catálogo" not in answer
    state = conversation(db)
    assert state.attention is not None and "lead" in state.attention
    assert state.data["lead"]["email"] == "compras@lospinos.cl"
    assert orders(db) == []


def test_8_a_guest_gives_its_data_one_message_at_a_time(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    """ "quiero comprarlas, ¿cómo hago?" asks who buys; the labels around the email ("y el
    mail de contacto es …") are no company name: the one said before is kept."""
    guest = Chat(whatsapp_app, twilio, GUEST)
    guest.say("correa a42 gates x 2")
    asked = guest.say("listo, quiero comprarlas, como hago?")
    assert "empresa" in asked and "catálogo" not in asked, asked
    guest.say("Ferretería Los Pinos")
    guest.say("el rut es 76.123.456-7")
    answer = guest.say("y el mail de contacto es compras@lospinos.cl")
    assert "Ferretería Los Pinos" in answer, answer
    lead = conversation(db).data["lead"]
    assert (lead["company"], lead["tax_id"]) == ("Ferretería Los Pinos", "76.123.456-7")
    assert orders(db) == []


@pytest.mark.parametrize(
    ("given", "tax_id"),
    [
        ("Maple Fab Inc., BN 987654321RT0001, buyer@maplefab.example", "987654321RT0001"),
        ("Maple Fab Inc. - GST/HST no. 987654321RT0001 - buyer@maplefab.example",
         "987654321RT0001"),
        ("Talleres Turia SL, CIF B46123456, compras@turia.example", "B46123456"),
        ("Kingston Tools Ltd, TRN 001-234-567, buyer@kingston.example", "001-234-567"),
    ],
)  # fmt: skip
def test_8_a_guests_tax_id_is_read_as_its_country_names_it(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, given: str, tax_id: str
) -> None:
    """Canada's business number, Spain's CIF, Jamaica's TRN: a tax id like the RUT."""
    guest = Chat(whatsapp_app, twilio, GUEST)
    guest.say("correa a42 gates x 2")
    guest.say("pedido")
    guest.say(given)
    state = conversation(db)
    assert state.data["lead"]["tax_id"] == tax_id
    assert state.attention is not None and "lead" in state.attention
    assert orders(db) == []


@pytest.mark.parametrize("then", ["pedido", "acepto"])
def test_8_a_guest_ordering_its_quote_is_asked_who_buys(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine, then: str
) -> None:
    guest = Chat(whatsapp_app, twilio, GUEST)
    guest.say("correa a42 gates x 2")
    assert "Q-2026-00001" in guest.say("cotizar")
    asked = guest.say(then)
    assert "No encuentro" not in asked and ("RUT" in asked or "empresa" in asked), asked
    guest.say("Compro para Ferretería Los Pinos, RUT 76.123.456-7, compras@lospinos.cl")
    state = conversation(db)
    assert state.attention is not None and "lead" in state.attention
    assert state.data["lead"]["company"].startswith("Ferretería Los Pinos")
    assert orders(db) == []


def test_11_a_refused_acceptance_is_said_in_the_buyers_language(jorge: Chat, db: Engine) -> None:
    jorge.say("correa a42 gates x 2")
    quote = jorge.say("cotizar")
    number = "Q-2026-00001"
    assert number in quote
    assert "O-2026-00001" in jorge.say(f"acepto {number}")
    again = jorge.say(f"acepto {number}")  # right after: that order again, in Spanish
    assert "O-2026-00001 ya está hecho" in again and "already" not in again, again
    with Session(db) as session:  # hours later the quote's acceptance is refused, as ever
        row = session.exec(select(Conversation)).one()
        placed = {**row.data["placed"], "at": (dt.datetime.fromisoformat(
            row.data["placed"]["at"]) - dt.timedelta(hours=3)).isoformat()}  # fmt: skip
        row.data = {**row.data, "placed": placed}
        session.add(row)
        session.commit()
    later = jorge.say(f"acepto {number}")
    assert "ya fue aceptada" in later, later
    assert "already" not in later and "was " not in later
    assert "No hay nada que pedir" in jorge.say("pedido")
    assert len(orders(db)) == 1


def test_11_the_brand_alternatives_line_ends_before_the_cart_line(jorge: Chat) -> None:
    answer = jorge.say("20 rodamientos 6204 2rs")
    alternatives = next(line for line in answer.splitlines() if "también hay" in line)
    assert "Carrito" not in alternatives, answer


def test_2_items_on_one_line_after_a_greeting_are_each_priced_with_their_count(
    jorge: Chat,
) -> None:
    """#14 item 2, in the shapes buyers paste (bot/joined/): commas, "y", a verb before
    (not "me cotizan": a quote asked with its items is made at once, and the cart with it)."""
    answer = jorge.say("buenas, necesitamos 30 pernos hex m8x40 zincados, 4 correas a42 gates "
                       "y 12 rodamientos 6204 2rsh skf")  # fmt: skip
    assert "F-840" in answer and "30 EA" in answer
    assert "V-A42" in answer and "4 EA" in answer
    assert "B-SKF" in answer and "12 EA" in answer
    assert "cuántos" not in answer and "catálogo" not in answer
    # one item: the part after the comma has no count of its own
    kept = jorge.say("rodamiento 6204 skf, 2RSH x 5")
    assert "B-SKF" in kept and "17 EA" in kept and "catálogo" not in kept  # 12 + 5


def test_2_a_table_pasted_with_pipes_is_read_by_its_header(jorge: Chat) -> None:
    answer = jorge.say("| Ítem | Descripción | Cant. |\n|---|---|---|\n"
                       "| 1 | perno hexagonal m8x40 zincado | 250 |\n"
                       "| 2 | correa a42 gates | 3 |")  # fmt: skip
    assert "F-840" in answer and "250 EA" in answer
    assert "V-A42" in answer and "3 EA" in answer
    assert "catálogo" not in answer and "cuántos" not in answer  # the header is no item


def test_2_a_count_before_the_item_or_in_brackets_in_english(jorge: Chat) -> None:
    answer = jorge.say("Please quote x40 hex bolts M8x40 zinc; V-A42 (2 units)")
    assert "F-840" in answer and "40 EA" in answer
    assert "V-A42" in answer and "2 EA" in answer
    assert "how many" not in answer and "cuántos" not in answer
