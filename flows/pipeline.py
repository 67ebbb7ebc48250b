"""One way through for every inbound message: `run_turn`.

    Twilio form ─▶ channels/whatsapp ─┐                       ┌─ flows/sales (chat)
                                      ├─▶ bot.inbound.receive ─▶ run_turn ─┤
    MIME mail ──▶ channels/email ─────┘   (stored once)       └─ flows/rfq (mail)
                                                       replies ─▶ bot.replies.queue_message
                                                       reason  ─▶ bot.handoff.flag
                                                       jobs    ─▶ returned, queued after commit

An adapter only turns what its provider sent into one stored `Message`; `run_turn`
picks the flow by channel, lets it decide, writes its replies through the one
function that builds outgoing messages (mail threading included), puts the
conversation in the sellers' queue when the flow asks, and returns the jobs to
queue once the caller commits: the send job for each reply, then the flow's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session

from bot.handoff import flag
from bot.inbound import identify
from bot.jobs import Later
from bot.models import Conversation, Customer, Message
from bot.replies import insert_replies, reply_row
from bot.splitting import split_body
from bot.statuses import MessageStatus, Owner
from flows import rfq, sales
from flows.turn import Reply, Services, Turn
from workers.jobs import SEND_MESSAGE

# The turn's lock on its conversation: FOR NO KEY UPDATE on PostgreSQL, so the webhook
# inserting a message that references the row (a key-share lock) never waits for a turn.
LOCK = {"key_share": True}
FLOWS: dict[str, Callable[[Turn], None]] = {"whatsapp": sales.handle, "email": rfq.handle}
# While a seller holds a chat: what the bot may still say (one acknowledgement, status).
WAITING: dict[str, Callable[[Turn], None]] = {"whatsapp": sales.while_held}


def run_turn(
    session: Session,
    services: Services,
    message: Message,
    now: dt.datetime,
    *,
    locked: Conversation | None = None,
    taken: bool = False,
) -> list[Later]:
    """Answer `message` (stored, not yet handled) in the caller's transaction.

    The conversation row is locked until the caller commits, so two workers never
    answer the same conversation at once; a message already handled is skipped, so
    a re-run job changes nothing. A conversation a seller holds is not answered.
    Returns the jobs to queue after commit. `locked`: the caller already holds this
    conversation's lock and read `message` after taking it (workers/turns.py): neither
    is read again. `taken`: the caller also marked `message` processed, under that lock.
    """
    conversation = locked if locked is not None and locked.id == message.conversation_id else None
    if conversation is None:
        conversation = session.get(Conversation, message.conversation_id, with_for_update=LOCK)
        assert conversation is not None
        session.refresh(message)
    if not taken:
        if message.status != MessageStatus.RECEIVED:
            return []
        message.status = MessageStatus.PROCESSED.value
        session.add(message)
    # The webhook stores a message without touching its conversation (bot.inbound.store):
    # a guest's customer (a contact the ERP added since) is brought up to date here, the
    # 24-hour window after the flow (`_touch`).
    if conversation.customer_id is None:
        found, _ = identify(session, conversation.channel, conversation.address)
        if found is not None:
            conversation.customer_id, conversation.language = found.customer_id, found.language
    session.add(conversation)
    if conversation.owner != Owner.BOT and conversation.channel not in WAITING:
        _touch(conversation, message, now)
        return []  # a seller holds it: theirs to answer
    customer = session.get(Customer, conversation.customer_id) if conversation.customer_id else None
    turn = Turn(session, services, conversation, customer, message, now)
    if conversation.owner != Owner.BOT:
        WAITING[conversation.channel](turn)  # one acknowledgement; status/menu answer
    else:
        FLOWS[conversation.channel](turn)
    _touch(conversation, message, now)
    flag_modified(conversation, "data")  # flows change it in place: tell the ORM to save it
    rows = []
    for seq, reply in enumerate(_parts(conversation.channel, turn.replies)):
        rows.append(reply_row(
            session, conversation, author=Owner.BOT, body=reply.text, now=now,
            mail_from=services.mail_from, quote=reply.quote, html=reply.html,
            answering=(message, seq), media_url=reply.document,
            choices=reply.choices.fitted().to_json() if reply.choices else None,
        ))  # fmt: skip
    jobs = [SEND_MESSAGE.later(queued) for queued in insert_replies(session, rows)]
    session.flush()  # the conversation's one UPDATE
    if turn.reason is not None:
        flag(session, conversation, turn.reason, now, actor=turn.actor, cause=turn.cause,
             detail=turn.detail, replace=True)  # fmt: skip
    return jobs + turn.jobs


def _touch(conversation: Conversation, message: Message, now: dt.datetime) -> None:
    """The conversation's last activity and 24-hour window, set after the flow ran so the
    row is written once, with the flow's changes (issue #19: it was written twice)."""
    conversation.updated_at = now
    if conversation.last_inbound_at is None or conversation.last_inbound_at < message.created_at:
        conversation.last_inbound_at = message.created_at


def _parts(channel: str, replies: list[Reply]) -> list[Reply]:
    """WhatsApp bodies cut to Twilio's 1,600 characters on line boundaries, in order; a
    reply's document follows it as a media message with its caption, and its choices as
    one more message to tap (list or buttons). Mail keeps the text alone: it already
    numbers the options, and a quote travels as its attachment."""
    if channel != "whatsapp":
        return [Reply(r.text, r.html, r.quote) for r in replies]
    parts: list[Reply] = []
    for r in replies:
        parts += [Reply(part, r.html, r.quote) for part in split_body(r.text)]
        if r.document:
            parts.append(Reply(r.caption or r.document, document=r.document))
        if r.choices:
            parts.append(Reply(r.choices.body, choices=r.choices))
    return parts
