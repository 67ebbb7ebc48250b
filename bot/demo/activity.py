"""Four weeks of past activity for the demo, so /console/insights shows something real.

Made through the real code paths (`create_quote`, `mark_sent`, `revise`,
`accept_quote`, `mark_lost`, `expire_due`; `receive`, `queue_message`,
`handoff.flag`, `take_over`, `hand_back`) at past moments: each step runs under
`bot.clock.simulated`, so the audit trail carries the moment the step stands for.
Deterministic for a seed and a day (a `random.Random`, products in SKU order), a few
seconds long, and written once per instance (the `demo-activity` marker).

What it makes, per weekday of the 4 weeks before `today`: a few quotes from the demo
customers — most sent by the bot within a minute, some with a line the catalog does
not carry (a seller completes about half of them and sends them later, in business
hours), some asking more than is in stock — then orders for about a third of the sent
ones a day or two later, a fifth lost with a reason, the rest left to expire; and a
couple of chats a week where a buyer asks for a person, waits in the queue, and the
demo seller takes it, answers and hands it back.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Callable, Iterator
from typing import Any

from flask import Flask
from sqlmodel import Session, col, select

from bot import handoff
from bot.clock import simulated, utcnow
from bot.db import get_engine, session_scope
from bot.inbound import InboundMessage, receive
from bot.matching.index import CatalogIndex
from bot.models import Conversation, Customer, Message, Product, Quote, QuoteLine, Stock
from bot.orders import accept_quote
from bot.quotes import (
    LineChange,
    QuoteError,
    Rules,
    create_quote,
    expire_due,
    mark_lost,
    mark_sent,
    revise,
)
from bot.replies import queue_message
from bot.statuses import MessageStatus, QuoteStatus
from bot.wording import wording_of

WEEKS = 4
SELLER = "seller@demo.example"  # the demo seller (bot/demo/setup.py DEMO_USERS)
# Customers who quote (C003 is blocked: its chat in the simulator shows that story).
BUYERS = ["C001", "C002", "C004", "C005", "C001", "C002"]
# Addresses of buyers whose chats the simulator's demo conversations do not use.
CHATTERS = [("C002", "whatsapp:+14155550101"), ("C004", "whatsapp:+51987654004"),
            ("C005", "whatsapp:+17135550105"), ("C002", "whatsapp:+14155550102")]  # fmt: skip
# What buyers ask for that the demo catalog does not carry (unmet demand, unmatched).
NOT_CARRIED = ["pintura epoxica roja galon", "guantes cabritilla talla 10",
               "cinta teflon industrial 3/4", "filtro hidraulico HF6553",
               "grasa grado alimenticio 400 g"]  # fmt: skip
LOST_REASONS = ["price", "lead time", "competitor", "price"]  # and "no stock" (see quote)
# The buyer's words and the seller's, in the chats (data, like the demo's ERP files).
ASKS = ["necesito hablar con un vendedor", "I'd like to talk to a person",
        "vendedor por favor", "can someone call me about a large order?"]  # fmt: skip
SELLER_SAYS = ["Hola, soy Paula. ¿En qué le ayudo?", "Hi, Paula here. How can I help?"]
FOLLOW_UP = [("¿y el plazo de entrega?", "Despacho mañana desde Santiago."),
             ("and the lead time?", "It ships tomorrow from Houston.")]  # fmt: skip


class _Demo:
    """The state of one seeding: the app, its rules and index, the random source."""

    def __init__(self, app: Flask, seed: int) -> None:
        self.app, self.engine = app, get_engine(app)
        self.rules = Rules.from_config(app.config)
        self.rng = random.Random(seed)
        with Session(self.engine) as session:
            self.index = CatalogIndex.build(session)
            query = select(Product.sku).where(col(Product.active).is_(True)).order_by(Product.sku)
            self.skus = list(session.exec(query))
            stocked = select(Stock.sku).distinct().where(col(Stock.on_hand) >= 50)
            self.stocked = sorted(set(session.exec(stocked)) & set(self.skus)) or self.skus
        self.made = dict.fromkeys(
            ["quotes", "sent", "completed", "orders", "lost", "expired", "chats"], 0
        )
        self.later: list[tuple[dt.datetime, str, Callable[[Session], Any]]] = []
        self.session: Session  # set by seed_activity

    def step(self, at: dt.datetime, action: Callable[[Session], Any]) -> Any:
        """One change at `at` in a savepoint of the one transaction the whole seeding is
        (written at once, or not at all); a refused change leaves nothing behind."""
        with simulated(at):
            try:
                with self.session.begin_nested():
                    return action(self.session)
            except (QuoteError, handoff.HandoffError):
                return None

    def request(self) -> list[str]:
        rng, lines = self.rng, []
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            sku = rng.choice(self.stocked if roll < 0.85 else self.skus)
            if roll < 0.12:
                lines.append(f"{rng.choice(NOT_CARRIED)} x {rng.randint(2, 20)}")
            elif roll < 0.2:
                lines.append(f"{sku} x {rng.choice([150, 250, 400])}")  # often more than stocked
            else:
                lines.append(f"{sku} x {rng.randint(1, 30)}")
        return lines

    def quote(self, customer_id: str, at: dt.datetime) -> None:
        """A request quoted by the bot; sent by it, or completed and sent by the seller;
        then, later, ordered or lost (or left to expire)."""
        rng, rules, lines = self.rng, self.rules, self.request()
        channel = rng.choice(["whatsapp", "whatsapp", "email"])
        buyer = f"customer:{customer_id}"

        def make(session: Session) -> tuple[str, str]:
            made = create_quote(session, self.index, session.get(Customer, customer_id), lines,
                                now=at, rules=rules, actor=buyer, channel=channel)  # fmt: skip
            return made.number, made.status

        created = self.step(at, make)
        if created is None:
            return
        number, status = created
        self.made["quotes"] += 1
        sent_at: dt.datetime | None = None
        sent_by = buyer
        if status in (QuoteStatus.DRAFT.value, QuoteStatus.SENT.value):
            sent_at = at + dt.timedelta(seconds=rng.randint(5, 50))
        elif status == QuoteStatus.NEEDS_REVIEW.value and rng.random() < 0.5:
            done = at + dt.timedelta(minutes=rng.randint(20, 300))
            picks = [rng.choice(self.skus) for _ in range(4)]

            def complete(session: Session) -> Quote:
                quote = _latest(session, number)
                open_lines = session.exec(
                    select(QuoteLine).where(
                        QuoteLine.quote_id == quote.id, col(QuoteLine.sku).is_(None)
                    )
                ).all()
                changes = [LineChange(line.position, sku=picks[i % 4])
                           for i, line in enumerate(open_lines)]  # fmt: skip
                return revise(session, number, changes, now=done, rules=rules, actor=SELLER)

            if self.step(done, complete) is not None:
                self.made["completed"] += 1
                sent_at, sent_by = done + dt.timedelta(minutes=rng.randint(1, 30)), SELLER
        if sent_at is None:
            return
        if (
            self.step(sent_at, lambda s: mark_sent(s, number, actor=sent_by, channel=channel))
            is None
        ):
            return
        self.made["sent"] += 1
        fate = rng.random()
        if fate < 0.35:
            when = sent_at + dt.timedelta(hours=rng.randint(2, 60))

            def order(session: Session) -> Any:
                return accept_quote(session, number, now=when, rules=rules, actor=buyer)

            def or_lost(session: Session) -> Any:  # short of stock: the buyer went elsewhere
                if _latest(session, number).status != QuoteStatus.SENT.value:
                    return None
                return mark_lost(session, number, "no stock", actor=SELLER)

            self.later.append((when, "orders", order))
            self.later.append((when + dt.timedelta(hours=1), "lost", or_lost))
        elif fate < 0.55:
            when, reason = sent_at + dt.timedelta(days=rng.randint(1, 6)), rng.choice(LOST_REASONS)
            self.later.append((when, "lost", lambda s: mark_lost(s, number, reason, actor=SELLER)))


def seed_activity(app: Flask, today: dt.date, *, seed: int = 7) -> Iterator[str]:
    """Write the weeks of activity before `today`; yields what it made, a line at a time."""
    demo = _Demo(app, seed)
    if not demo.skus:
        return
    start = today - dt.timedelta(days=7 * WEEKS)
    days = [start + dt.timedelta(days=n) for n in range(7 * WEEKS)]
    chats: list[tuple[dt.datetime, Callable[[dt.datetime], bool]]] = []
    now = utcnow()
    with session_scope(demo.engine, write=True) as demo.session:
        for day in days:
            if day.weekday() >= 5:
                continue
            for _ in range(demo.rng.randint(3, 6)):
                customer_id = demo.rng.choice(BUYERS)
                demo.quote(customer_id, _at(day, demo.rng.randint(12 * 60, 21 * 60)))
            if demo.rng.random() < 0.45:
                chats.append((_at(day, demo.rng.randint(13 * 60, 23 * 60)), _chat(demo)))
        for when, chat in chats:
            demo.made["chats"] += chat(when)
        for when, what, action in sorted(demo.later, key=lambda entry: entry[0]):
            if when < now and demo.step(when, action) is not None:
                demo.made[what] += 1
        for day in [*days, today]:
            expired = demo.step(_at(day, 5 * 60), functools.partial(expire_due, today=day))
            demo.made["expired"] += len(expired or [])
    made = demo.made
    yield (
        f"{made['quotes']} quotes over {WEEKS} weeks: {made['sent']} sent "
        f"({made['completed']} completed by a seller), {made['orders']} ordered, "
        f"{made['lost']} lost, {made['expired']} expired; {made['chats']} chats with a seller"
    )


def _chat(demo: _Demo) -> Callable[[dt.datetime], bool]:
    """A buyer asks for a person; the bot says a seller will answer and queues the chat;
    the demo seller takes it (minutes later, or next morning), answers, and answers the
    buyer's next question, then hands it back."""
    rng = demo.rng
    customer_id, address = rng.choice(CHATTERS)
    english = address.startswith("whatsapp:+1")  # the demo's US buyers write in English
    ask = rng.choice(ASKS[1::2] if english else ASKS[0::2])
    wait = dt.timedelta(minutes=rng.choice([4, 9, 15, 25, 40, 70, 180, 900]))
    talk = dt.timedelta(minutes=rng.randint(10, 45))
    answer = dt.timedelta(seconds=rng.randint(3, 20))
    words, (asks_again, says_again) = SELLER_SAYS[english], FOLLOW_UP[english]
    again = dt.timedelta(minutes=rng.randint(3, 8))

    def run(at: dt.datetime) -> bool:
        if at + answer + wait + again + talk > utcnow():
            return False  # it would end in the future
        sid = f"demo-{address}-{at:%Y%m%d%H%M}"
        message = demo.step(
            at, lambda s: _handled(receive(s, InboundMessage("whatsapp", address, sid, ask), at))
        )
        if message is None:
            return False
        conversation_id, message_id = message.conversation_id, message.id
        answered, taken = at + answer, at + answer + wait
        asked_again, back = taken + dt.timedelta(minutes=3), taken + again + talk

        def say(author: str, body: str, when: dt.datetime) -> Callable[[Session], Any]:
            def write(session: Session) -> Any:
                conversation = session.get(Conversation, conversation_id)
                assert conversation is not None
                if author == "bot":
                    body_text = wording_of(demo.app).render("human", conversation.language)
                else:
                    body_text = body
                message = queue_message(session, conversation, author=author, body=body_text,
                                        now=when, mail_from=None)  # fmt: skip
                return _handled(message)

            return write

        def escalate(session: Session) -> None:
            conversation = session.get(Conversation, conversation_id)
            assert conversation is not None
            reason, buyer = handoff.QueueReason.ASKED_FOR_SELLER, f"customer:{customer_id}"
            handoff.flag(session, conversation, reason, answered, actor=buyer,
                         cause=f"message:{message_id}")  # fmt: skip

        def buyer_asks_again(session: Session) -> None:
            inbound = InboundMessage("whatsapp", address, f"{sid}-2", asks_again)
            _handled(receive(session, inbound, asked_again))

        for moment, act in [
            (answered, say("bot", "", answered)),
            (answered, escalate),
            (taken, lambda s: handoff.take_over(s, conversation_id, SELLER, taken)),
            (taken + dt.timedelta(minutes=2), say(SELLER, words, taken + dt.timedelta(minutes=2))),
            (asked_again, buyer_asks_again),
            (asked_again + again, say(SELLER, says_again, asked_again + again)),
            (back, lambda s: handoff.hand_back(s, conversation_id, SELLER, back)),
        ]:  # fmt: skip
            demo.step(moment, act)
        return True

    return run


def _handled(message: Message | None) -> Message | None:
    """A past message as the past left it: the buyer's answered, ours sent. Left
    `received`/`queued`, the next live turn would replay them and the sweeps send them."""
    if message is not None:
        if message.direction == "in":
            message.status = MessageStatus.PROCESSED.value
        else:
            message.status, message.sent_at = MessageStatus.SENT.value, message.created_at
    return message


def _at(day: dt.date, minute_of_day: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) + dt.timedelta(minutes=minute_of_day)


def _latest(session: Session, number: str) -> Quote:
    quote = session.exec(
        select(Quote)
        .where(Quote.number == number, Quote.status != QuoteStatus.SUPERSEDED.value)
        .order_by(col(Quote.version).desc())
    ).first()
    assert quote is not None
    return quote
