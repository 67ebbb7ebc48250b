"""Sending one outbound message, never twice, never over a seller's head."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.choices import Choices
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.handoff import QueueReason, flag
from bot.models import Conversation, Message
from bot.senders import PermanentSendError, RetryableSendError, Sender, outside_window
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
    (committed) before the provider is called, so a retried, re-run or concurrent job
    never sends it again; a crash in that instant leaves it `sending` for a person to
    check rather than risk a duplicate. Outside WhatsApp's 24-hour window the
    configured template goes instead of free text; with no template the message fails
    visibly (the conversation enters the sellers' queue).
    """
    app = job_app()
    with app.app_context():
        engine = get_engine()
        with session_scope(engine, write=True) as session:
            claimed = _claim(app, session, message_id)
        if isinstance(claimed, str):
            return claimed
        sid = _attempt(app, engine, message_id, claimed)
        if sid is None:
            return MessageStatus.FAILED.value
        with session_scope(engine, write=True) as session:
            return _sent(session, message_id, sid)


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
        done: tuple[int, str] | None = None
        try:
            for message_id in message_ids:
                with session_scope(engine, write=True) as session:
                    if done is not None:
                        _sent(session, *done)
                        done, sent = None, sent + 1
                    claimed = _claim(app, session, message_id)
                if isinstance(claimed, Delivery):
                    sid = _attempt(app, engine, message_id, claimed)
                    done = (message_id, sid) if sid is not None else None
        finally:
            if done is not None:
                with session_scope(engine, write=True) as session:
                    _sent(session, *done)
                    sent += 1
    return sent


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


def _sent(session: Session, message_id: int, sid: str) -> str:
    """Mark a message `sent` with the provider's id (one UPDATE, no read first)."""
    session.execute(
        sa.update(Message)
        .where(col(Message.id) == message_id)
        .values(provider_sid=sid, sent_at=utcnow(), status=MessageStatus.SENT.value)
    )
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
