"""Console rules below the browser: who holds a chat, users, sign-in expiry, and
messages sent from outside a turn queued once."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import handoff
from bot.clock import utcnow
from bot.db import session_scope
from bot.models import AuditEvent, Conversation, Message
from bot.replies import queue_message
from bot.users import authenticate
from tests.conftest import ErpFolder
from tests.console_client import ConsoleClient


def _conversation(
    db: Engine, channel: str = "whatsapp", address: str = "whatsapp:+56912345001"
) -> int:
    with Session(db) as session:
        now = utcnow()
        conversation = Conversation(channel=channel, address=address, created_at=now,
                                    updated_at=now, attention="asked_for_seller",
                                    attention_since=now, state="human")  # fmt: skip
        session.add(conversation)
        session.commit()
        return conversation.id or 0


def test_two_sellers_taking_the_same_chat_at_once_one_wins(db: Engine) -> None:
    conversation_id = _conversation(db)
    start, outcomes = threading.Barrier(2), []

    def take(seller: str) -> None:
        start.wait()
        try:
            with session_scope(db, write=True) as session:
                handoff.take_over(session, conversation_id, seller, utcnow())
            outcomes.append(("took", seller))
        except handoff.HandoffError as exc:
            outcomes.append(("refused", str(exc)))

    threads = [
        threading.Thread(target=take, args=(s,)) for s in ("ana@x.example", "luis@x.example")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(kind for kind, _ in outcomes) == ["refused", "took"]
    winner = next(who for kind, who in outcomes if kind == "took")
    with Session(db) as session:
        assert session.get(Conversation, conversation_id).owner == winner  # type: ignore[union-attr]
        events = session.exec(select(AuditEvent).where(AuditEvent.event == "taken_over")).all()
        assert [e.actor for e in events] == [winner]


def test_only_the_holder_or_a_manager_hands_back(db: Engine) -> None:
    conversation_id = _conversation(db)
    with session_scope(db, write=True) as session:
        handoff.take_over(session, conversation_id, "ana@x.example", utcnow())
    with pytest.raises(handoff.HandoffError), session_scope(db, write=True) as session:
        handoff.hand_back(session, conversation_id, "luis@x.example", utcnow())
    with session_scope(db, write=True) as session:
        handoff.hand_back(session, conversation_id, "jefa@x.example", utcnow(), force=True)
    with Session(db) as session:
        back = session.get(Conversation, conversation_id)
        assert back is not None
        assert (back.owner, back.state, back.attention) == ("bot", "idle", None)


def test_users_are_added_from_the_command_line_and_sign_in(app: Flask) -> None:
    runner = app.test_cli_runner()
    added = runner.invoke(args=["users", "add", "Ana@Shop.example", "--role", "manager",
                                "--password", "s3cret-enough"])  # fmt: skip
    assert added.exit_code == 0, added.output
    again = runner.invoke(args=["users", "add", "ana@shop.example", "--role", "seller",
                                "--password", "s3cret-enough"])  # fmt: skip
    assert again.exit_code != 0 and "already exists" in again.output
    short = runner.invoke(args=["users", "add", "b@shop.example", "--role", "seller",
                                "--password", "short"])  # fmt: skip
    assert short.exit_code != 0 and "at least 8" in short.output
    engine = app.extensions["mostrador.engine"]
    with Session(engine) as session:
        assert authenticate(session, "ana@shop.example", "wrong-password", utcnow()) is None
        user = authenticate(session, "ana@shop.example", "s3cret-enough", utcnow())
        assert user is not None and user.role == "manager"
        assert "s3cret" not in user.password_hash


def test_a_sign_in_expires(app: Flask) -> None:
    ana = ConsoleClient(app, "ana@shop.example")
    assert ana.get("/console/").status_code == 200
    with ana.client.session_transaction() as cookie:
        cookie["signed_in_at"] = utcnow().timestamp() - 13 * 3600
    assert ana.get("/console/").status_code == 302  # back to the sign-in page


def test_a_message_queued_twice_under_one_key_is_stored_once(db: Engine) -> None:
    conversation_id = _conversation(db)
    with Session(db) as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        kwargs: dict[str, Any] = {"author": "ana@x.example", "body": "hola", "now": utcnow(),
                                  "key": "seller:abc", "mail_from": "ventas@shop.example"}  # fmt: skip
        assert queue_message(session, conversation, **kwargs) is not None
        assert queue_message(session, conversation, **kwargs) is None
        session.commit()
        assert len(session.exec(select(Message)).all()) == 1


def test_a_sellers_mail_reply_stays_in_the_buyers_thread(db: Engine, erp: ErpFolder) -> None:
    conversation_id = _conversation(db, "email", "buyer@mina.example")
    with Session(db) as session:
        session.add(Message(conversation_id=conversation_id, direction="in", author="customer",
                            provider_sid="<rfq-2@mina.example>", body="RFQ", status="processed",
                            payload={"subject": "RFQ rodamientos",
                                     "references": ["<rfq-1@mina.example>"]},
                            created_at=utcnow()))  # fmt: skip
        session.commit()
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        reply = queue_message(session, conversation, author="ana@x.example", body="Listo",
                              now=utcnow(), key="seller:m1", mail_from="ventas@shop.example")  # fmt: skip
        assert reply is not None
        assert reply.payload["subject"] == "Re: RFQ rodamientos"
        assert reply.payload["in_reply_to"] == "<rfq-2@mina.example>"
        assert reply.payload["references"] == ["<rfq-1@mina.example>", "<rfq-2@mina.example>"]
        assert (reply.provider_sid or "").endswith("@shop.example>")


def test_every_queue_reason_has_words_for_sellers() -> None:
    from jinja2 import Environment, FileSystemLoader

    from bot.config import TEMPLATES
    from bot.handoff import QueueReason

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True)
    words = env.get_template("console/_reasons.html").module.REASONS  # type: ignore[attr-defined]
    assert set(words) == {r.value for r in QueueReason}
