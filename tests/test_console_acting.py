"""A seller acting for the buyer (no browser): quotes started and grown from the console,
accepted for the buyer through the bot's own acceptance, orders opened and cancelled,
and a guest linked to its customer. Customers write through signed webhooks; what the
console sends reaches the Twilio stand-in."""

from __future__ import annotations

from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.models import Approval, Order
from tests.console_client import ConsoleClient, audit_events, conversation_id, free_to_sell
from tests.twilio_fakes import Customer, FakeTwilio

GUEST = "+56900000777"


def test_a_seller_starts_grows_and_sends_a_quote_priced_for_the_buyer(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("hola")
    paula = ConsoleClient(whatsapp_app, "paula@shop.example")
    conversation = conversation_id(db, "+56912345001")
    page = paula.get(f"/console/conversations/{conversation}").get_data(as_text=True)
    assert "Start a quote" in page and "Link to a customer" not in page
    made = paula.post(f"/console/conversations/{conversation}/quote", lines="6204 2rs skf x 4")
    assert made.location.endswith("/console/quotes/Q-2026-00001")

    found = paula.get("/console/quotes/Q-2026-00001?q=6204").get_data(as_text=True)
    assert "Price for Minera Los Andes SpA" in found
    assert "USD 8.00" in found and "contract price" in found  # C001's, not the list 10.00
    assert "100 SCL" in found  # free stock per warehouse
    paula.post("/console/quotes/Q-2026-00001/add", sku="F-840", qty="50")
    page = paula.get("/console/quotes/Q-2026-00001").get_data(as_text=True)
    assert "F-840 added: version 2, draft" in page
    paula.post("/console/quotes/Q-2026-00001/send")
    told = twilio.bodies(jorge.address)[-1]
    assert "Q-2026-00001" in told and "USD 57.00" in told  # 4 × 8.00 (contract) + 50 × 0.50
    assert ("created", "paula@shop.example") in audit_events(db, "Q-2026-00001")


def test_open_line_options_show_the_customers_price_and_stock(
    whatsapp_app: Flask, db: Engine
) -> None:
    Customer(whatsapp_app, "+56912345001").send("hola")
    paula = ConsoleClient(whatsapp_app, "paula@shop.example")
    conversation = conversation_id(db, "+56912345001")
    paula.get(f"/console/conversations/{conversation}")
    paula.post(f"/console/conversations/{conversation}/quote", lines="rodamiento x 2")
    page = paula.get("/console/quotes/Q-2026-00001").get_data(as_text=True)
    assert "to complete" in page  # SKF or NSK: the seller decides
    option = page.split('<option value="B-SKF">')[1].split("</option>")[0]
    assert "USD 8.00" in option and "100 SCL" in option and "(1.00)" not in option
    option = page.split('<option value="B-NSK">')[1].split("</option>")[0]
    assert "USD 9.00" in option and "100 SCL" in option


def test_an_order_placed_for_the_buyer_then_cancelled_frees_its_stock(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    raul = Customer(whatsapp_app, "+56987654003")  # the blocked workshop: credit decides
    raul.send("hola")
    diego = ConsoleClient(whatsapp_app, "diego@shop.example")
    conversation = conversation_id(db, "+56987654003")
    diego.get(f"/console/conversations/{conversation}")
    diego.post(f"/console/conversations/{conversation}/quote", lines="B-NSK x 30")
    before = free_to_sell(db, "B-NSK")
    placed = diego.post("/console/quotes/Q-2026-00001/accept", po="OC 777")
    assert placed.location.endswith("/console/orders/O-2026-00001")
    page = diego.get(placed.location).get_data(as_text=True)
    assert "pending approval" in page and "customer blocked in the ERP" in page
    assert "held" in page and "PO OC 777" in page
    assert free_to_sell(db, "B-NSK") == before - 30
    told = twilio.bodies(raul.address)[-1]
    assert "O-2026-00001" in told and "Cheques protestados" in told
    assert ("created", "diego@shop.example") in audit_events(db, "O-2026-00001")
    assert ("accepted", "diego@shop.example") in audit_events(db, "Q-2026-00001")
    trail = audit_events(db, f"conversation:{conversation}")
    assert ("quote_for_buyer", "diego@shop.example") in trail
    assert ("order_for_buyer", "diego@shop.example") in trail

    approvals = diego.get("/console/approvals").get_data(as_text=True)
    assert 'href="/console/orders/O-2026-00001"' in approvals  # a manager sees what they approve

    refused = diego.post("/console/orders/O-2026-00001/cancel", reason="")
    assert "say why" in diego.get(refused.location).get_data(as_text=True)
    diego.post("/console/orders/O-2026-00001/cancel", reason="el cliente compró en otro lado")
    page = diego.get("/console/orders/O-2026-00001").get_data(as_text=True)
    assert "cancelled; its stock is free again" in page and "Cancel order" not in page
    assert free_to_sell(db, "B-NSK") == before
    assert "O-2026-00001" in twilio.bodies(raul.address)[-1]
    assert "anulado" in twilio.bodies(raul.address)[-1]  # told, in their language
    with Session(db) as session:
        assert session.exec(select(Order)).one().status == "cancelled"
        approval = session.exec(select(Approval)).one()
        assert approval.status == "rejected" and approval.decided_by == "diego@shop.example"
    assert ("cancelled", "diego@shop.example") in audit_events(db, "O-2026-00001")


def test_an_order_the_erp_has_cannot_be_cancelled_here(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("6204 2rs skf x 4")
    jorge.send("cotizar")
    paula = ConsoleClient(whatsapp_app, "paula@shop.example")
    paula.get("/console/quotes/Q-2026-00001")
    placed = paula.post("/console/quotes/Q-2026-00001/accept")
    page = paula.get(placed.location).get_data(as_text=True)
    assert "exported" in page and "file written" in page and "Cancel order" not in page
    assert "O-2026-00001 confirmado" in twilio.bodies(jorge.address)[-1]
    refused = paula.post("/console/orders/O-2026-00001/cancel", reason="too late")
    assert "already sent to the ERP" in paula.get(refused.location).get_data(as_text=True)
    again = paula.post("/console/quotes/Q-2026-00001/accept")  # one quote, one order
    assert "was already accepted" in paula.get(again.location).get_data(as_text=True)


def test_a_guest_linked_to_its_customer_gets_the_customers_price(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    guest = Customer(whatsapp_app, GUEST)
    guest.send("6204 2rs skf x 4")
    assert "10.00" in twilio.bodies(guest.address)[-1]  # a guest: list price
    paula = ConsoleClient(whatsapp_app, "paula@shop.example")
    conversation = conversation_id(db, GUEST)
    assert "Link to a customer" in paula.get(f"/console/conversations/{conversation}").get_data(
        as_text=True
    )
    refused = paula.post(f"/console/conversations/{conversation}/link", customer="nadie")
    assert "no customer matches" in paula.get(refused.location).get_data(as_text=True)
    paula.post(f"/console/conversations/{conversation}/link", customer="minera los andes")
    guest.send("6204 2rs skf x 4")
    answer = twilio.bodies(guest.address)[-1]
    assert "8.00" in answer and "10.00" not in answer
    assert ("linked", "paula@shop.example") in audit_events(db, f"conversation:{conversation}")


def test_the_buyers_cart_is_offered_as_the_quote_to_start(
    whatsapp_app: Flask, twilio: FakeTwilio, db: Engine
) -> None:
    jorge = Customer(whatsapp_app, "+56912345001")
    jorge.send("6204 2rs skf x 4")
    jorge.send("perno hex din 933 m8x40 zincado x 10")
    paula = ConsoleClient(whatsapp_app, "paula@shop.example")
    conversation = conversation_id(db, "+56912345001")
    page = paula.get(f"/console/conversations/{conversation}").get_data(as_text=True)
    box = page.split('aria-label="items for a new quote"')[1].split("</textarea>")[0]
    assert "B-SKF x 4" in box and "F-840 x 10" in box and "buyer's cart (2 line(s))" in page
    paula.post(f"/console/conversations/{conversation}/quote", lines="B-SKF x 4\nF-840 x 10")
    placed = paula.post("/console/quotes/Q-2026-00001/accept")
    assert placed.location.endswith("/console/orders/O-2026-00001")
    page = paula.get(f"/console/conversations/{conversation}").get_data(as_text=True)
    assert 'href="/console/orders/O-2026-00001"' in page  # the conversation lists its orders
    assert "O-2026-00001 confirmado por USD 37.00" in twilio.bodies(jorge.address)[-1]
