"""Building an outgoing message: the one place, for the bot's answers in a turn, a
seller's reply, the outcome of an approval, a quote a seller sent.

The message is stored `queued` in the caller's transaction and sent by the send job
(`workers.send.send_message`) after commit, through the conversation's own
channel: WhatsApp, or a mail in the buyer's thread (`Re:` subject, `In-Reply-To`
and `References` from the mail it answers, else the last mail they sent). Each is
queued once: a turn's answers are unique by (the message answered, their place), a
message from outside a turn by its `key`, so a re-run job or a double-clicked form
adds nothing.
"""

from __future__ import annotations

import datetime as dt
from email.utils import make_msgid
from typing import Any, Required, TypedDict, Unpack

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.models import Conversation, Message, Quote
from bot.statuses import MessageStatus


class Reply(TypedDict, total=False):
    """An outbound message's fields, as `queue_message` and `reply_row` take them.

    key: what a message from outside a turn stands for ("approval:7").
    answering: the inbound message a turn answers, and this reply's place.
    quote: the quote a mail carries (its PDF attached, its number in the subject).
    html: the HTML part of a mail.
    choices: a chat message's options to tap (bot.choices.Choices, as JSON).
    media_url: a document a chat message carries as media (a signed link).
    """

    author: Required[str]
    body: Required[str]
    now: Required[dt.datetime]
    mail_from: Required[str | None]
    key: str | None
    answering: tuple[Message, int] | None
    quote: Quote | None
    html: str | None
    choices: dict[str, Any] | None
    media_url: str | None


def queue_message(
    session: Session, conversation: Conversation, **reply: Unpack[Reply]
) -> Message | None:
    """Store an outbound message (`Reply`) once; None when it was already queued.

    A turn's replies go through `reply_row` and `insert_replies` instead (one INSERT).
    """
    key = reply.get("key")
    if key and session.exec(select(Message.id).where(Message.dedupe_key == key)).first():
        return None
    message = Message(**reply_row(session, conversation, **reply))
    if key is None:
        session.add(message)
        session.flush()
        return message
    try:
        with session.begin_nested():  # the same key queued concurrently: one wins
            session.add(message)
            session.flush()
    except sa.exc.IntegrityError:
        return None
    return message


def reply_row(
    session: Session, conversation: Conversation, **reply: Unpack[Reply]
) -> dict[str, Any]:
    """An outbound message's columns, every one given."""
    key, answering, quote = reply.get("key"), reply.get("answering"), reply.get("quote")
    html, choices, media_url = reply.get("html"), reply.get("choices"), reply.get("media_url")
    payload: dict[str, Any] = {}
    provider_sid = None
    if conversation.channel == "email":
        payload = _thread_headers(session, conversation, answering[0] if answering else None)
        provider_sid = new_message_id(reply["mail_from"])
        if quote is not None:
            payload.update(quote=quote.number, version=quote.version)
            payload["subject"] = reply_subject(payload["subject"], quote.number)
        if html:
            payload["html"] = html
    else:
        if choices:
            payload["choices"] = choices
        if media_url:
            payload["media_url"] = media_url
    return {
        "conversation_id": conversation.id or 0, "direction": "out",
        "author": reply["author"], "body": reply["body"], "provider_sid": provider_sid,
        "payload": payload,
        "media": [],  # given, not defaulted: pydantic inspects a default_factory per object
        "template_variables": {}, "status": MessageStatus.QUEUED.value,
        "dedupe_key": key[:100] if key else None,
        "in_reply_to": answering[0].id if answering else None,
        "reply_seq": answering[1] if answering else None,
        "created_at": reply["now"], "error_code": None, "error_message": None, "template_sid": None,
        "sent_at": None,
    }  # fmt: skip


def insert_replies(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """A turn's replies (`reply_row`s, none with a key), stored `queued` in the caller's
    transaction: one INSERT … RETURNING on PostgreSQL, without ORM objects (issue #19:
    building and flushing them was about a tenth of a turn's CPU); their ids, in order.
    No key to race on: they are written under the conversation's lock by the one turn
    that handles the message they answer (unique by that message and their place)."""
    if not rows:
        return []
    return list(session.connection().execute(_INSERT_REPLIES, rows).scalars())


_INSERT_REPLIES = sa.insert(Message.__table__).returning(  # type: ignore[attr-defined]
    Message.__table__.c.id, sort_by_parameter_order=True  # type: ignore[attr-defined]
)

def _thread_headers(
    session: Session, conversation: Conversation, answering: Message | None
) -> dict[str, Any]:
    """Subject and threading headers answering `answering`, else the buyer's newest mail."""
    last = (
        answering
        or session.exec(
            select(Message)
            .where(
                Message.conversation_id == conversation.id,
                Message.direction == "in",
                col(Message.provider_sid).is_not(None),
            )
            .order_by(col(Message.id).desc())
            .limit(1)
        ).first()
    )
    if last is None:
        return {"subject": "Mostrador", "in_reply_to": None, "references": []}
    subject = reply_subject(str(last.payload.get("subject") or ""))
    references = [*list(last.payload.get("references") or []), last.provider_sid]
    return {"subject": subject, "in_reply_to": last.provider_sid, "references": references}


def reply_subject(subject: str, quote_number: str | None = None) -> str:
    """`Re: <their subject>`, once, with the quote number when the mail carries one."""
    subject = subject.strip()
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}".strip()
    if quote_number and quote_number not in subject:
        subject += f" [{quote_number}]"
    return subject


def new_message_id(mail_from: str | None) -> str:
    """A Message-ID for a mail we send, on the domain of MAIL_FROM."""
    return make_msgid(domain=(mail_from or "mostrador.local").rsplit("@", 1)[-1])
