"""The inbox below the browser: who a new escalation goes to (account seller, capacity,
round-robin, presence), moving it, waiting time in business hours, search and unread."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import assignment, handoff, inbox
from bot.clock import utcnow
from bot.db import session_scope
from bot.hours import BusinessHours, waited
from bot.models import AuditEvent, Conversation, Message, User
from bot.users import UserError, add_user
from tests.conftest import ErpFolder

NOW = dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC)  # a Wednesday, 12:00 in Santiago


@pytest.fixture
def people(db: Engine, erp: ErpFolder) -> Engine:
    erp.write(
        customers="""
            customer_id,name,seller_email
            C001,Minera Los Andes SpA,Paula@shop.example
            C002,Pacific Industrial,
            """
    ).load()
    with Session(db) as session:
        for email, role in [("paula@shop.example", "seller"), ("diego@shop.example", "seller"),
                            ("ana@shop.example", "seller"), ("marta@shop.example", "manager")]:  # fmt: skip
            add_user(session, email, role=role, password="long-enough", name=email.split("@")[0],
                     now=NOW, actor="test")  # fmt: skip
        session.commit()
    return db


def _present(db: Engine, *emails: str, at: dt.datetime = NOW) -> None:
    with session_scope(db, write=True) as session:
        for email in emails:
            user = session.exec(select(User).where(User.email == email)).one()
            assignment.touch(session, user.id or 0, at)


def _escalate(db: Engine, address: str, customer_id: str | None, at: dt.datetime = NOW) -> int:
    with session_scope(db, write=True) as session:
        conversation = Conversation(channel="whatsapp", address=address, customer_id=customer_id,
                                    contact_name=address, created_at=at, updated_at=at)  # fmt: skip
        session.add(conversation)
        session.flush()
        handoff.flag(session, conversation, handoff.QueueReason.ASKED_FOR_SELLER, at)
        return conversation.id or 0


def _id(db: Engine, email: str) -> int:
    with Session(db) as session:
        return session.exec(select(User).where(User.email == email)).one().id or 0


def _assignee(db: Engine, conversation_id: int) -> str | None:
    with Session(db) as session:
        found = session.get(Conversation, conversation_id)
        assert found is not None
        return found.assignee


def test_an_escalation_goes_to_the_accounts_seller_when_present(people: Engine) -> None:
    _present(people, "paula@shop.example", "diego@shop.example")
    first = _escalate(people, "whatsapp:+1", "C001")
    assert _assignee(people, first) == "paula@shop.example"  # seller_email, any case
    with Session(people) as session:
        [event] = session.exec(
            select(AuditEvent).where(
                AuditEvent.subject == f"conversation:{first}", AuditEvent.event == "assigned"
            )
        ).all()
        assert event.data == {"to": "paula@shop.example", "rule": "account"}


def test_absent_or_full_account_seller_falls_back_to_round_robin(people: Engine) -> None:
    _present(people, "diego@shop.example", "ana@shop.example", "marta@shop.example")
    _present(people, "paula@shop.example", at=NOW - dt.timedelta(minutes=10))  # left
    order = [_assignee(people, _escalate(people, f"whatsapp:+{n}", "C001",
                                         NOW + dt.timedelta(seconds=n))) for n in range(4)]  # fmt: skip
    # Round-robin among present sellers (not the manager), the longest-unassigned first.
    assert order == ["diego@shop.example", "ana@shop.example"] * 2


def test_capacity_skips_a_full_seller_and_nobody_leaves_it_unassigned(people: Engine) -> None:
    _present(people, "paula@shop.example")
    assert assignment.DEFAULT_MAX_CHATS == 10  # SELLER_MAX_CHATS' default
    ids = [_escalate(people, f"whatsapp:+{n}", "C001") for n in range(11)]
    assert [_assignee(people, i) for i in ids[:10]] == ["paula@shop.example"] * 10
    assert _assignee(people, ids[10]) is None  # only Paula is here, and she is full
    with Session(people) as session:
        rows = inbox.listing(session, view=inbox.View.UNASSIGNED, user_email="diego@shop.example",
                             user_id=_id(people, "diego@shop.example"), now=NOW, hours=None)  # fmt: skip
        assert [r.conversation.id for r in rows] == [ids[10]]


def test_signing_out_ends_presence(people: Engine) -> None:
    from bot.users import end_sessions

    _present(people, "diego@shop.example")
    with session_scope(people, write=True) as session:
        diego = session.exec(select(User).where(User.email == "diego@shop.example")).one()
        end_sessions(session, diego.id or 0, diego.email)
    assert _assignee(people, _escalate(people, "whatsapp:+9", "C002")) is None


def test_reassigning_moves_the_hold_and_only_the_holder_or_a_manager_may(people: Engine) -> None:
    _present(people, "paula@shop.example")
    chat = _escalate(people, "whatsapp:+1", "C001")
    with session_scope(people, write=True) as session:
        handoff.take_over(session, chat, "paula@shop.example", NOW)
    with session_scope(people, write=True) as session, pytest.raises(assignment.AssignmentError):
        assignment.reassign(session, chat, "diego@shop.example", actor="diego@shop.example",
                            manager=False, now=NOW)  # fmt: skip
    with session_scope(people, write=True) as session:
        assignment.reassign(session, chat, "diego@shop.example", actor="paula@shop.example",
                            manager=False, now=NOW)  # fmt: skip
    with Session(people) as session:
        moved = session.get(Conversation, chat)
        assert moved is not None and (moved.assignee, moved.owner) == ("diego@shop.example",) * 2
    with session_scope(people, write=True) as session:  # a manager moves anyone's
        assignment.reassign(session, chat, "ana@shop.example", actor="marta@shop.example",
                            manager=True, now=NOW)  # fmt: skip
    with session_scope(people, write=True) as session, pytest.raises(assignment.AssignmentError):
        assignment.reassign(session, chat, "nobody@shop.example", actor="marta@shop.example",
                            manager=True, now=NOW)  # fmt: skip
    assert _assignee(people, chat) == "ana@shop.example"


def test_waiting_counts_business_hours_only() -> None:
    hours = BusinessHours.parse("mon-fri 08:30-18:00 America/Santiago")
    friday_evening = dt.datetime(2026, 11, 27, 20, 0, tzinfo=dt.UTC)  # 17:00 in Santiago
    monday_morning = dt.datetime(2026, 11, 30, 12, 30, tzinfo=dt.UTC)  # 09:30
    assert waited(hours, friday_evening, monday_morning) == dt.timedelta(hours=2)
    assert waited(None, friday_evening, monday_morning) == dt.timedelta(
        days=2, hours=16, minutes=30
    )
    assert waited(hours, monday_morning, friday_evening) == dt.timedelta(0)


def test_the_list_sorts_by_wait_searches_and_counts_unread(people: Engine) -> None:
    old = _escalate(people, "whatsapp:+56911110000", "C002", at=NOW - dt.timedelta(hours=2))
    new = _escalate(people, "whatsapp:+56922220000", "C001", at=NOW - dt.timedelta(minutes=5))
    with session_scope(people, write=True) as session:
        for body in ("hola", "necesito 6204"):
            session.add(Message(conversation_id=new, direction="in", author="customer",
                                body=body, status="received", created_at=NOW))  # fmt: skip
        idle = Conversation(channel="email", address="buyer@pacific.example", customer_id="C002",
                            created_at=NOW, updated_at=NOW)  # fmt: skip
        session.add(idle)
    diego, ana = _id(people, "diego@shop.example"), _id(people, "ana@shop.example")
    with Session(people) as session:

        def ids(view: inbox.View, search: str = "") -> list[int | None]:
            rows = inbox.listing(session, view=view, user_email="diego@shop.example", user_id=diego,
                                 now=NOW, hours=None, search=search)  # fmt: skip
            return [r.conversation.id for r in rows]

        assert ids(inbox.View.QUEUE) == [old, new]  # the longest wait first
        assert ids(inbox.View.ALL) == [old, new, idle.id]  # then the rest
        assert ids(inbox.View.ALL, "minera") == [new]
        assert ids(inbox.View.ALL, "+56 9 2222-0000") == [new]
        assert ids(inbox.View.ALL, "BUYER@pacific") == [idle.id]
        assert ids(inbox.View.ALL, "100%") == []  # LIKE's wildcards are literal
        [row] = [r for r in inbox.listing(session, view=inbox.View.QUEUE,
                                          user_email="diego@shop.example", user_id=diego, now=NOW,
                                          hours=None) if r.conversation.id == new]  # fmt: skip
        assert row.unread == 2 and row.waiting == "5 min"
    with session_scope(people, write=True) as session:
        inbox.mark_read(session, diego, new)
    with Session(people) as session:
        assert inbox.unread_for(session, diego, new) == 0
        assert inbox.unread_for(session, ana, new) == 2  # read marks are per person


def test_a_time_zone_must_be_a_real_one(db: Engine) -> None:
    with Session(db) as session, pytest.raises(UserError, match="IANA"):
        add_user(session, "x@shop.example", role="seller", password="long-enough", name=None,
                 now=utcnow(), actor="test", tz="Mars/Olympus")  # fmt: skip
