"""The simulator: with no Twilio account, replies stay in the database for /simulator and `chat`."""

from __future__ import annotations

import secrets
from decimal import Decimal


class SimulatorSender:
    """A WhatsApp sender that delivers nowhere: the simulator reads the stored reply."""

    def send(
        self,
        to: str,
        body: str | None,
        *,
        content_sid: str | None = None,
        content_variables: dict[str, str] | None = None,
        status_callback: str | None = None,
        media_url: str | None = None,
        choices: object = None,
    ) -> str:
        return f"SMlocal{secrets.token_hex(12)}"


def simulate_inbound(
    app: object, phone: str, body: str, tap: str | None = None, kind: str = "button"
) -> int | None:
    """Deliver `body` as if `phone` wrote it on WhatsApp; returns the stored message id.

    Same path as the webhook (store once, then the conversation job), minus Twilio. A
    `tap` is an option's id, sent as Twilio sends one: `ButtonPayload`/`ButtonText` for a
    button, `ListId`/`ListTitle` for a list item, with its title as the body.
    """
    from flask import Flask

    from bot.clock import utcnow
    from bot.db import get_engine, session_scope
    from bot.inbound import InboundMessage, receive
    from bot.jobs import enqueue
    from workers.jobs import RUN_TURN

    assert isinstance(app, Flask)
    message = InboundMessage(
        channel="whatsapp",
        address=f"whatsapp:{phone}",
        provider_id=f"SIM{secrets.token_hex(15)}",
        body=body,
        payload=({"ListId": tap, "ListTitle": body} if kind == "list" else
                 {"ButtonPayload": tap, "ButtonText": body}) if tap else {},
    )  # fmt: skip
    with session_scope(get_engine(app), write=True) as session:
        stored = receive(session, message, utcnow())
        message_id = stored.id if stored else None
    if message_id is not None:
        enqueue(app, RUN_TURN, message_id)
    return message_id


def thread(app: object, phone: str, after: int = 0) -> list[dict[str, object]]:
    """The conversation with `phone` as the customer saw it (messages after id `after`)."""
    from flask import Flask
    from sqlmodel import Session, col, select

    from bot.db import get_engine
    from bot.models import Conversation, Message

    assert isinstance(app, Flask)
    with Session(get_engine(app)) as session:
        conversation = session.exec(
            select(Conversation).where(
                Conversation.channel == "whatsapp", Conversation.address == f"whatsapp:{phone}"
            )
        ).first()
        if conversation is None:
            return []
        rows = session.exec(
            select(Message)
            .where(Message.conversation_id == conversation.id, col(Message.id) > after)
            .order_by(col(Message.id))
        ).all()
        return [
            {
                "id": m.id,
                "direction": m.direction,
                "author": m.author,
                "body": m.body,
                "status": m.status,
                "at": m.created_at.isoformat(),
                "choices": _choices(m.payload, m.body) if m.direction == "out" else None,
                "media_url": m.payload.get("media_url") if m.direction == "out" else None,
                "tapped": _tapped(m.payload) if m.direction == "in" else None,
            }
            for m in rows
        ]


def _choices(payload: dict[str, object], body: str) -> dict[str, object] | None:
    """The options a reply offers, as every renderer reads them (bot/choices.py)."""
    from bot.choices import Choices

    choices = Choices.from_payload(payload.get("choices"), body)
    return choices.to_json() if choices else None


def _tapped(payload: dict[str, object]) -> str | None:
    """The option id an inbound message tapped (as Twilio sends it), if any."""
    value = payload.get("ListId") or payload.get("ButtonPayload")
    return str(value) if value else None


def seed_demo_conversations(app: object) -> list[str]:
    """Chats a newcomer finds in the console queue after `make run`, made by the real flow.

    A buyer who asks for a seller, a blocked workshop whose order waits for credit
    approval, and a contract price under the margin floor waiting for a manager.
    Returns one line per chat saying what it shows.
    """
    from flask import Flask
    from sqlmodel import Session, col, select

    from bot.clock import utcnow
    from bot.db import get_engine
    from bot.models import Customer, CustomerPrice, Product
    from bot.pricing import price_for

    assert isinstance(app, Flask)
    floor = app.config["MARGIN_FLOOR_PCT"]
    with Session(get_engine(app)) as session:
        mining = session.get(Customer, "C001")
        thin = None
        for row in session.exec(
            select(CustomerPrice)
            .where(CustomerPrice.customer_id == "C001")
            .order_by(col(CustomerPrice.sku))
        ):
            product = session.get(Product, row.sku)
            if mining is None or product is None:
                continue
            price = price_for(session, mining, product, Decimal(10), utcnow().date())
            if price.margin_pct is not None and price.margin_pct < floor:
                thin = product.sku
                break
    scripts = [
        ("+56912345001", ["hola", "20 rodamientos 6204 2RS SKF", "vendedor"],
         "Jorge Müller (C001) asked for a seller"),
        ("+56987654003", ["FAS-10022 x 100", "pedido"],
         "Raúl Fuentes (C003, blocked) ordered: credit approval pending"),
    ]  # fmt: skip
    if thin:
        scripts.append(
            ("+56912345002", [f"{thin} x 10", "cotizar"],
             f"Carla Soto (C001) got a quote under the margin floor ({thin}): manager approval")
        )  # fmt: skip
    made = []
    for phone, lines, what in scripts:
        for body in lines:
            simulate_inbound(app, phone, body)
        made.append(what)
    return made
