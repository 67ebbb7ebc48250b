"""Receiving messages into conversations, the same way for every channel.

A channel adapter turns what its provider sent (a Twilio form, a MIME message)
into one `InboundMessage`; `receive` stores it once: the provider's id is unique,
so a redelivered webhook or a re-read mail is recognised and not processed again.
What is stored is cleaned the same way for every channel (`bot/limits.py`): no NUL
characters, text kept whole up to MAX_TEXT characters and cut past it
(`payload["body_chars"]` then says how long it was), names and other fields cut to
their column. Its turn runs later (flows.pipeline.run_turn). `identify` is the one
place that says which customer an address buys for.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.limits import MAX_FIELD, MAX_TEXT, clean
from bot.models import Contact, Conversation, Customer, Message
from bot.models.types import UTCDateTime
from bot.statuses import MessageStatus

# Country codes of Spanish-speaking countries: an unknown number from one is greeted in Spanish.
SPANISH_PREFIXES = ("+34", "+51", "+52", "+53", "+54", "+56", "+57", "+58", "+591", "+593",
                    "+595", "+598", "+502", "+503", "+504", "+505", "+506", "+507")  # fmt: skip
_E164 = re.compile(r"\+[1-9]\d{6,14}")


@dataclass(frozen=True)
class InboundMessage:
    """One message as a channel adapter hands it over."""

    channel: str  # "whatsapp" | "email"
    address: str  # who wrote: "whatsapp:+56912345678", or an email address
    provider_id: str  # Twilio's MessageSid, or the mail's Message-ID
    body: str
    media: list[dict[str, str]] = field(default_factory=list)
    profile_name: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)  # mail: subject, threading, lines


def phone_of(address: str) -> str | None:
    """The E.164 phone in a WhatsApp address, if it is one (it may be a business-scoped id)."""
    value = address.removeprefix("whatsapp:")
    return value if _E164.fullmatch(value) else None


class InboundError(ValueError):
    """A message that cannot be stored as given (its id or address); the message says why."""


def cleaned(inbound: InboundMessage) -> InboundMessage:
    """`inbound` as we store it: no NULs, text and fields within their limits.

    Raises:
        InboundError: the provider's id or the sender's address is empty or too long to
            be one (an id is what makes a redelivery recognisable: it is never cut).
    """
    provider_id, address = clean(inbound.provider_id, 256), clean(inbound.address, 256)
    if not 0 < len(provider_id) <= 255:
        raise InboundError(f"message id: 1 to 255 characters, not {len(provider_id)}")
    if not 0 < len(address) <= 254:
        raise InboundError(f"sender address: 1 to 254 characters, not {len(address)}")
    payload = _clean_value(inbound.payload)
    if len(inbound.body) > MAX_TEXT:
        payload["body_chars"] = len(inbound.body)
    return InboundMessage(
        channel=inbound.channel,
        address=address,
        provider_id=provider_id,
        body=clean(inbound.body, MAX_TEXT),
        media=_clean_value(inbound.media),
        profile_name=clean(inbound.profile_name, 200) if inbound.profile_name else None,
        payload=payload,
    )


def _clean_value(value: Any) -> Any:
    """A JSON value with every string cleaned (text-sized: a field may hold a mail's body)."""
    if isinstance(value, str):
        return clean(value, MAX_TEXT)
    if isinstance(value, dict):
        return {clean(str(k), MAX_FIELD): _clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    return value


def receive(session: Session, inbound: InboundMessage, now: dt.datetime) -> Message | None:
    """Store `inbound` in its conversation; None when it was already received.

    Raises:
        InboundError: see `cleaned`.
    """
    inbound = cleaned(inbound)
    if session.exec(select(Message.id).where(Message.provider_sid == inbound.provider_id)).first():
        return None
    conversation = conversation_for(session, inbound, now)
    message = Message(
        conversation_id=conversation.id or 0,
        direction="in",
        author="customer",
        provider_sid=inbound.provider_id,
        body=inbound.body,
        media=inbound.media,
        payload=inbound.payload,
        status=MessageStatus.RECEIVED.value,
        created_at=now,
    )
    try:
        with session.begin_nested():  # a concurrent redelivery may win the unique index
            session.add(message)
            session.flush()
    except sa.exc.IntegrityError:
        return None
    conversation.last_inbound_at = now
    conversation.updated_at = now
    session.add(conversation)
    return message


# One statement, one round trip: the message goes into its address's conversation, or
# nothing happens (a redelivery: MessageSid is unique; first contact: no conversation).
# JSON and the time are bound with their column types; PostgreSQL needs the JSON cast
# in a SELECT list, SQLite must not get it (CAST AS JSON would make it a number there).
_STORE = """
INSERT INTO messages (conversation_id, direction, author, provider_sid, body, media,
                      payload, status, template_variables, created_at)
SELECT id, 'in', 'customer', :sid, :body, {media}, {payload}, :status, {empty}, :now
FROM conversations WHERE channel = :channel AND address = :address
ON CONFLICT (provider_sid) DO NOTHING RETURNING id
"""
_STATEMENTS: dict[str, sa.TextClause] = {}


def _store_statement(dialect: str) -> sa.TextClause:
    found = _STATEMENTS.get(dialect)
    if found is None:
        json_of = ("CAST({} AS JSON)" if dialect == "postgresql" else "{}").format
        sql = _STORE.format(media=json_of(":media"), payload=json_of(":payload"),
                            empty=json_of("'{}'"))  # fmt: skip
        found = _STATEMENTS[dialect] = sa.text(sql).bindparams(
            sa.bindparam("now", type_=UTCDateTime())
        )
    return found


# The same statement for psycopg itself (PostgreSQL's hot path): server-side prepared.
_PSYCOPG_STORE = re.sub(r":(\w+)", r"%(\1)s", _STORE.format(
    media="CAST(:media AS JSON)", payload="CAST(:payload AS JSON)", empty="CAST('{}' AS JSON)"
))  # fmt: skip


def store(engine: Engine, inbound: InboundMessage, now: dt.datetime) -> int | None:
    """Store `inbound` in its existing conversation in one autocommitted statement.

    The webhook's path (issue #19): no session, no read of the conversation row and no
    write to it (a turn holding it locked never delays an acknowledgement; the turn
    records `last_inbound_at`). Returns the new message's id, or None when this path
    cannot store it: a redelivery (its MessageSid is stored) or a first contact (no
    conversation yet); the caller then takes `receive`, which tells them apart.

    On PostgreSQL with psycopg (`lean_engine`: autocommit, no pre-ping) the statement
    goes straight to the driver, prepared on the server once per connection: a third
    of this function's CPU was SQLAlchemy's execution around one fixed statement.

    Raises:
        InboundError: see `cleaned`.
    """
    inbound = cleaned(inbound)
    params = {
        "sid": inbound.provider_id,
        "body": inbound.body,
        "media": json.dumps(inbound.media),
        "payload": json.dumps(inbound.payload),
        "status": MessageStatus.RECEIVED.value,
        "now": now,
        "channel": inbound.channel,
        "address": inbound.address,
    }
    if engine.dialect.driver == "psycopg" and engine.dialect.name == "postgresql":
        if now.tzinfo is None:
            raise ValueError(f"expected an aware datetime, got {now!r}")
        return _store_psycopg(engine, params)
    for attempt in (1, 2):
        try:
            with engine.connect() as connection:
                if connection.dialect.name == "sqlite":
                    connection = connection.execution_options(sqlite_begin="IMMEDIATE")
                else:  # no BEGIN/COMMIT round trips: the statement is its own transaction
                    connection = connection.execution_options(isolation_level="AUTOCOMMIT")
                statement = _store_statement(connection.dialect.name)
                row = connection.execute(statement, params).first()
                connection.commit()
            return None if row is None else int(row[0])
        except sa.exc.DBAPIError as exc:  # a pooled connection the server had closed
            if attempt == 2 or not exc.connection_invalidated:
                raise
    raise AssertionError("unreachable")


def _store_psycopg(engine: Engine, params: dict[str, Any]) -> int | None:
    """`store`'s statement on a pooled psycopg connection, run again once on a fresh
    connection when the pooled one turns out dead (no pre-ping: a restart or an idle
    timeout ended it). Other errors are SQLAlchemy's DBAPIError, as elsewhere."""
    for attempt in (1, 2):
        connection = engine.raw_connection()
        try:
            autocommit = connection.dbapi_connection.autocommit  # type: ignore[union-attr]
            if not autocommit:  # lean_engine's connections are; another engine's may not be
                connection.dbapi_connection.autocommit = True  # type: ignore[union-attr]
            cursor: Any = connection.cursor()  # psycopg's: prepare=True is its own
            try:
                cursor.execute(_PSYCOPG_STORE, params, prepare=True)
                row = cursor.fetchone()
            finally:
                cursor.close()
                if not autocommit:
                    connection.dbapi_connection.autocommit = False  # type: ignore[union-attr]
            return None if row is None else int(row[0])
        except engine.dialect.loaded_dbapi.Error as exc:
            dead = engine.dialect.is_disconnect(exc, connection.dbapi_connection, None)
            if dead:
                connection.invalidate(exc)
            if attempt == 2 or not dead:
                raise sa.exc.DBAPIError.instance(
                    _PSYCOPG_STORE,
                    params,
                    exc,
                    engine.dialect.loaded_dbapi.Error,
                    connection_invalidated=dead,
                ) from exc
        finally:
            connection.close()  # back to the pool (or gone, when invalidated)
    raise AssertionError("unreachable")


def conversation_for(session: Session, inbound: InboundMessage, now: dt.datetime) -> Conversation:
    """The conversation of this address on this channel, created on first contact.

    A conversation that began before its address was known (a contact the ERP added
    since) gets its customer, and their language, at the next message.
    """
    found = _find(session, inbound.channel, inbound.address)
    if found is not None:
        if found.customer_id is None:
            customer, _ = identify(session, inbound.channel, inbound.address)
            if customer is not None:
                found.customer_id, found.language = customer.customer_id, customer.language
        return found
    customer, contact = identify(session, inbound.channel, inbound.address)
    conversation = Conversation(
        channel=inbound.channel,
        address=inbound.address,
        customer_id=customer.customer_id if customer else None,
        contact_name=(contact.name if contact else inbound.profile_name),
        language=customer.language if customer else _guess_language(inbound.address),
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(conversation)
            session.flush()
    except sa.exc.IntegrityError:  # created concurrently by another delivery
        existing = _find(session, inbound.channel, inbound.address)
        assert existing is not None
        return existing
    return conversation


def _find(session: Session, channel: str, address: str) -> Conversation | None:
    return session.exec(
        select(Conversation).where(Conversation.channel == channel, Conversation.address == address)
    ).first()


def identify(
    session: Session, channel: str, address: str
) -> tuple[Customer | None, Contact | None]:
    """The active customer an address buys for, and the contact when it is one.

    WhatsApp: a contact's phone. Email: a contact's address, else any contact's domain
    (a colleague writing from the same company; no contact is named then).
    """
    if channel == "whatsapp":
        phone = phone_of(address)
        clause = col(Contact.phone) == phone if phone else sa.false()
    else:
        clause = col(Contact.email) == address.lower()
    by = select(Contact).order_by(col(Contact.customer_id), col(Contact.contact_key))
    contact = session.exec(by.where(clause)).first()
    colleague = None
    if contact is None and channel == "email" and "@" in address:
        domain = address.lower().rsplit("@", 1)[-1]
        colleague = session.exec(by.where(col(Contact.email).like(f"%@{domain}"))).first()
    found = contact or colleague
    customer = session.get(Customer, found.customer_id) if found else None
    if customer is None or not customer.active:
        return None, None
    return customer, contact


def _guess_language(address: str) -> str:
    phone = phone_of(address) or ""
    return "es" if phone.startswith(SPANISH_PREFIXES) else "en"
