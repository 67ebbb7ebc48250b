"""Sending one outbound message, never twice, never over a seller's head."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.choices import Choices
from bot.clock import utcnow
from bot.db import WRITE, get_engine, session_scope
from bot.handoff import QueueReason, flag
from bot.models import Conversation, Message
from bot.senders import (
    WHATSAPP_WINDOW,
    PermanentSendError,
    RetryableSendError,
    Sender,
    outside_window,
)
from bot.statuses import MessageStatus, Owner
from channels import whatsapp_sender
from workers.app import job_app

log = logging.getLogger(__name__)
SENDER = "mostrador.whatsapp_sender"


@dataclass(frozen=True)
class Delivery:
    """What one send needs, read from the database before the provider is called."""

    channel: str
    to: str
    body: str
    payload: dict[str, Any]
    our_id: str | None  # mail: the Message-ID chosen when the reply was queued
    content_sid: str | None  # WhatsApp outside the 24-hour window: the template
    variables: dict[str, str]


def send_message(message_id: int) -> str:
    """Send a queued message; returns its status afterwards.

    One locked transaction checks the message is still `queued` and marks it `sending`
    (committed; the usual case is one UPDATE … RETURNING) before the provider is
    called, so a retried, re-run or concurrent job never sends it again; a crash in that
    instant leaves it `sending` for a person to check rather than risk a duplicate.
    Outside WhatsApp's 24-hour window the configured template goes instead of free
    text; with no template the message fails visibly (the conversation enters the
    sellers' queue).
    """
    app = job_app()
    with app.app_context():
        engine = get_engine()
        with _statements(engine) as connection:
            claimed = _claim_any(app, engine, connection, message_id)
            if isinstance(claimed, str):
                return claimed
            sid = _attempt(app, engine, message_id, claimed)
            if sid is None:
                return MessageStatus.FAILED.value
            return _sent(connection, message_id, sid)


def send_replies(message_ids: list[int]) -> int:
    """Send a turn's replies in order, from the turn's own job; returns how many went.

    The same guarantees as `send_message`, in fewer transactions: each commit marks the
    previous reply `sent` and the next one `sending`. A provider that is busy
    (RetryableSendError) leaves that reply and the rest `queued` and the error is
    raised: the caller queues this job again (RQ retries it with backoff, in order).
    """
    app = job_app()
    sent = 0
    with app.app_context():
        engine = get_engine()
        with _statements(engine) as connection:
            done: tuple[int, str] | None = None
            try:
                for message_id in message_ids:
                    claimed = _claim_any(app, engine, connection, message_id, done)
                    if done is not None:  # marked `sent` by the claim's statement
                        done, sent = None, sent + 1
                    if isinstance(claimed, Delivery):
                        sid = _attempt(app, engine, message_id, claimed)
                        done = (message_id, sid) if sid is not None else None
            finally:
                if done is not None:
                    _sent(connection, *done)
                    sent += 1
    return sent


@contextlib.contextmanager
def _statements(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One connection for a send's single statements, each committed on its own (no
    session, no BEGIN/COMMIT round trips on PostgreSQL; on SQLite each takes the write
    lock at its BEGIN). Held across the provider's call, but never inside a transaction."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            yield connection.execution_options(**WRITE)
        else:
            yield connection.execution_options(isolation_level="AUTOCOMMIT")


def _claim_any(
    app: Any,
    engine: sa.Engine,
    connection: sa.Connection,
    message_id: int,
    sent: tuple[int, str] | None = None,
) -> Delivery | str:
    """Mark a queued message `sending` and return what to deliver, or its status.

    The usual case in one statement (`_claim_plain`); anything else — not queued any
    more, a seller took the chat, outside the 24-hour window without a template — by
    `_claim`, which decides and records it. `sent`: the previous reply, delivered (its id
    and the provider's), marked `sent` first, in the same statement on PostgreSQL.
    """
    claimed = _claim_plain(connection, message_id, sent)
    if claimed is not None:
        return claimed
    with session_scope(engine, write=True) as session:
        return _claim(app, session, message_id)


def _claim_plain_statement() -> Any:
    m, c = Message.__table__.c, Conversation.__table__.c  # type: ignore[attr-defined]
    goes = sa.and_(
        c.id == m.conversation_id,
        sa.or_(m.author != Owner.BOT.value, c.owner == Owner.BOT.value),
        sa.or_(
            c.channel != "whatsapp",
            c.last_inbound_at >= sa.bindparam("window_from"),
            m.template_sid.is_not(None),
        ),
    )
    of_it = sa.select(c.channel).where(c.id == m.conversation_id)
    return (
        sa.update(Message.__table__)  # type: ignore[attr-defined]
        .where(
            m.id == sa.bindparam("message_id"),
            m.status == MessageStatus.QUEUED.value,
            sa.exists().where(goes),
        )
        .values(status=MessageStatus.SENDING.value)
        .returning(
            of_it.scalar_subquery(),
            of_it.with_only_columns(c.address).scalar_subquery(),
            *(m.body, m.payload, m.provider_sid, m.template_sid, m.template_variables),
        )
    )


def _sent_statement() -> Any:
    m = Message.__table__.c  # type: ignore[attr-defined]
    return (
        sa.update(Message.__table__)  # type: ignore[attr-defined]
        .where(m.id == sa.bindparam("sent_id"))
        .values(provider_sid=sa.bindparam("sent_sid"), sent_at=sa.bindparam("sent_time"),
                status=MessageStatus.SENT.value)
    )


# Built once: building them per call cost more than running them.
_CLAIM_PLAIN = _claim_plain_statement()
_SENT = _sent_statement()
# The previous reply marked `sent` and the next one claimed in one statement and one
# commit (PostgreSQL's data-modifying WITH; two rows, so neither sees the other).
_SENT_THEN_CLAIM = _CLAIM_PLAIN.add_cte(_SENT.cte("sent"))


def _claim_plain(
    connection: sa.Connection, message_id: int, sent: tuple[int, str] | None = None
) -> Delivery | None:
    """`_claim` for a message that goes as it is, in one UPDATE … RETURNING (committed):
    still `queued`, a person's or the bot's with the bot holding the chat, inside the
    24-hour window or carrying its template. None when any of that does not hold.

    The UPDATE locks the row and checks `queued` again on it, as `_claim`'s
    SELECT … FOR UPDATE does: of two concurrent claims one gets it (issue #19: the
    ORM's read, flush and commit were a fifth of a turn's CPU)."""
    now = utcnow()
    params: dict[str, Any] = {"message_id": message_id, "window_from": now - WHATSAPP_WINDOW}
    statement = _CLAIM_PLAIN
    if sent is not None and connection.dialect.name == "postgresql":
        statement = _SENT_THEN_CLAIM
        params.update(sent_id=sent[0], sent_sid=sent[1], sent_time=now)
    elif sent is not None:
        _sent(connection, *sent)
    row = connection.execute(statement, params).first()
    connection.commit()
    if row is None:
        return None
    channel, to, body, payload, our_id, content_sid, variables = row
    return Delivery(channel=channel, to=to, body=body, payload=dict(payload or {}), our_id=our_id,
                    content_sid=content_sid, variables=dict(variables or {}))  # fmt: skip


def _claim(app: Any, session: Session, message_id: int) -> Delivery | str:
    """Lock a queued message and mark it `sending`: what to deliver, or its status."""
    # The message (locked) and its conversation (not locked) in one read.
    found = session.exec(
        select(Message, Conversation)
        .join(Conversation, col(Conversation.id) == col(Message.conversation_id))
        .where(col(Message.id) == message_id)
        .with_for_update(of=Message)
        .execution_options(populate_existing=True)
    ).first()
    if found is None:
        return "missing"
    message, conversation = found
    if message.status != MessageStatus.QUEUED:
        return message.status
    if message.author == Owner.BOT and conversation.owner != Owner.BOT:
        # a seller took the chat: the bot stays quiet
        message.status = MessageStatus.CANCELLED.value
        session.add(message)
        return message.status
    outside = outside_window(conversation.channel, conversation.last_inbound_at, utcnow())
    if outside and not message.template_sid:  # a notice brings its own template
        template = app.config.get("TWILIO_TEMPLATE_SID")
        if not template:
            why = "outside the 24-hour window and no TWILIO_TEMPLATE_SID configured"
            return _fail(session, message, conversation, why, "63016")
        message.template_sid = template
        message.template_variables = {
            "1": conversation.contact_name or "",
            "2": _as_text(message)[:900],
        }
        if message.payload.get("choices") or message.payload.get("media_url"):
            why = "outside the 24-hour window: sent as the template, as text"
            message.payload = {**message.payload, "fallback": why}
    message.status = MessageStatus.SENDING.value
    session.add(message)
    return Delivery(
        channel=conversation.channel,
        to=conversation.address,
        body=message.body,
        payload=dict(message.payload),
        our_id=message.provider_sid,
        content_sid=message.template_sid,
        variables=dict(message.template_variables),
    )


def _attempt(app: Any, engine: Any, message_id: int, delivery: Delivery) -> str | None:
    """Call the provider: its id for the message, or None when it refused it for good.

    Raises:
        RetryableSendError: the provider is busy; the message is `queued` again.
    """
    try:
        return _deliver(app, delivery)
    except RetryableSendError:
        with session_scope(engine, write=True) as session:
            message = session.get(Message, message_id)
            assert message is not None
            # safe to try again: the provider refused it
            message.status = MessageStatus.QUEUED.value
            session.add(message)
        raise
    except PermanentSendError as exc:
        with session_scope(engine, write=True) as session:
            message = session.get(Message, message_id)
            conversation = session.get(Conversation, message.conversation_id) if message else None
            assert message is not None and conversation is not None
            _fail(session, message, conversation, str(exc), exc.code)
        return None


def _sent(connection: sa.Connection, message_id: int, sid: str) -> str:
    """Mark a message `sent` with the provider's id (one UPDATE, no read first; committed)."""
    connection.execute(_SENT, {"sent_id": message_id, "sent_sid": sid, "sent_time": utcnow()})
    connection.commit()
    return MessageStatus.SENT.value


def _as_text(message: Message) -> str:
    """What the template carries outside the window: options to tap become numbered lines,
    a document its link (neither can go without the window; the console shows it)."""
    payload = message.payload
    choices = Choices.from_payload(payload.get("choices"), message.body)
    if choices is not None:
        return choices.as_text()
    if payload.get("media_url"):
        return f"{message.body}\n{payload['media_url']}"
    return message.body


def _deliver(app: Any, delivery: Delivery) -> str:
    """Hand the message to its channel's sender; return the provider's id for it."""
    if delivery.channel == "email":
        return _send_mail(app, delivery)
    choices = (
        None
        if delivery.content_sid
        else Choices.from_payload(delivery.payload.get("choices"), delivery.body)
    )
    return _whatsapp(app).send(
        delivery.to,
        None if delivery.content_sid else delivery.body,
        content_sid=delivery.content_sid,
        content_variables=delivery.variables or None,
        status_callback=f"{app.config['PUBLIC_BASE_URL']}/webhooks/whatsapp/status",
        media_url=None if delivery.content_sid else delivery.payload.get("media_url"),
        choices=choices,
    )


def _whatsapp(app: Any) -> Sender:
    """The process's WhatsApp sender, built once: Twilio's client keeps its HTTP
    connection (and TLS session) alive from one reply to the next."""
    sender: Sender | None = app.extensions.get(SENDER)
    if sender is None:
        sender = app.extensions[SENDER] = whatsapp_sender(app)
    return sender


def _send_mail(app: Any, delivery: Delivery) -> str:
    """A mail reply in the buyer's thread, the quote PDF attached when there is one."""
    from sqlmodel import select

    from bot.documents import company_of, render_pdf
    from bot.models import Quote
    from channels import mail_sender

    payload = delivery.payload
    attachments: list[tuple[str, str, bytes]] = []
    if payload.get("quote"):
        with session_scope(get_engine()) as session:
            quote = session.exec(
                select(Quote).where(
                    Quote.number == payload["quote"], Quote.version == payload["version"]
                )
            ).one()
            pdf = render_pdf(session, quote, company_of(app))
            attachments.append((f"{quote.number}-v{quote.version}.pdf", "application/pdf", pdf))
    return mail_sender(app).send_mail(
        message_id=delivery.our_id or "",
        to=delivery.to,
        subject=payload.get("subject", ""),
        text=delivery.body,
        html=payload.get("html"),
        in_reply_to=payload.get("in_reply_to"),
        references=list(payload.get("references", [])),
        attachments=attachments,
    )


def _fail(
    session: Session, message: Message, conversation: Conversation, why: str, code: str | None
) -> str:
    message.status = MessageStatus.FAILED.value
    message.error_code, message.error_message = code, why[:500]
    session.add(message)
    flag(session, conversation, QueueReason.FAILED_DELIVERY, utcnow(),
         cause=f"message:{message.id}", detail=why)  # fmt: skip
    log.warning("message %s to %s failed: %s", message.id, conversation.address, why)
    return message.status


def sweep_queued(older_than_seconds: int = 120) -> int:
    """Send replies still `queued` after a while: a worker died before it sent them."""
    from sqlmodel import col, select

    app = job_app()
    with app.app_context():
        cutoff = utcnow() - dt.timedelta(seconds=older_than_seconds)
        with Session(get_engine()) as session:
            ids = session.exec(
                select(Message.id)
                .where(
                    Message.direction == "out",
                    Message.status == MessageStatus.QUEUED.value,
                    col(Message.created_at) < cutoff,
                )
                .order_by(col(Message.id))
            ).all()
        sent = 0
        for message_id in ids:
            try:
                send_message(message_id or 0)
                sent += 1
            except RetryableSendError:
                log.warning("message %s still cannot be sent; next sweep", message_id)
        return sent
