"""WhatsApp over Twilio: the inbound webhook and the delivery status callback.

Twilio retries a webhook it got no timely answer to, so the webhook only checks
the signature, stores the message (once: MessageSid is unique), queues the job
that handles the conversation and then answers with empty TwiML. It acknowledges
only what is stored *and* queued (or, without Redis, handled in-process): when the
queue is down it answers 503, so Twilio delivers the message again, and the
redelivery (or the backlog sweep, whichever comes first) queues the stored message.
A request whose signature does not verify against PUBLIC_BASE_URL + path is refused
with 403, stores nothing, and is logged and counted
(`mostrador_webhook_rejected_total`), so a misconfigured URL or token shows up
instead of silently losing messages.
"""

from __future__ import annotations

import logging

from flask import Blueprint, Flask, Response, current_app, request
from prometheus_client import Counter
from redis.exceptions import RedisError
from sqlmodel import select
from twilio.request_validator import RequestValidator, get_signature_algorithm
from twilio.twiml.messaging_response import MessagingResponse

from bot.clock import utcnow
from bot.db import get_engine, lean_engine, session_scope
from bot.handoff import QueueReason, flag
from bot.inbound import InboundError, InboundMessage, receive, store
from bot.jobs import enqueue, waiting
from bot.limits import clean
from bot.models import Conversation, Message
from bot.statuses import MessageStatus
from bot.web import guard
from workers.jobs import DOWNLOAD_MEDIA, RUN_TURN

log = logging.getLogger(__name__)
bp = Blueprint("whatsapp", __name__)

REJECTED = Counter("mostrador_webhook_rejected_total", "Webhook requests refused", ["reason"])
RECEIVED = Counter("mostrador_whatsapp_inbound_total", "Inbound WhatsApp messages", ["outcome"])
STORED, DUPLICATE = RECEIVED.labels("stored"), RECEIVED.labels("duplicate")
QUEUE_DOWN = Counter(
    "mostrador_webhook_queue_down_total", "Messages stored but refused with 503: queue down"
)
FAILED_STATUSES = {MessageStatus.FAILED.value, MessageStatus.UNDELIVERED.value}


def init_app(app: Flask) -> None:
    guard.webhook(bp)  # NULs dropped from what is kept; signed, so not throttled
    app.register_blueprint(bp)


def _verified() -> bool:
    config = current_app.config
    secret = config.get("TWILIO_WEBHOOK_SECRET") or config.get("TWILIO_AUTH_TOKEN")
    if not secret:
        REJECTED.labels("not configured").inc()
        log.error("webhook refused: TWILIO_AUTH_TOKEN is not set")
        return False
    url = config["PUBLIC_BASE_URL"] + request.path
    if request.query_string:
        url += "?" + request.query_string.decode()
    algorithm = get_signature_algorithm(request.headers.get("X-Twilio-Webhooks-Signature-Settings"))
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature:  # refused before the body is read (a body over the limit gets 413)
        REJECTED.labels("no signature").inc()
        log.warning("webhook refused: no signature (from %s)", request.remote_addr)
        return False
    if RequestValidator(secret).validate(url, request.form, signature, algorithm):
        return True
    REJECTED.labels("bad signature").inc()
    log.warning(
        "webhook refused: signature does not verify for %s (from %s)", url, request.remote_addr
    )
    return False


EMPTY_TWIML = str(MessagingResponse())  # built once: it is the same every time


def _twiml() -> Response:
    return Response(EMPTY_TWIML, mimetype="text/xml")


@bp.post("/webhooks/whatsapp")
def inbound() -> Response | tuple[str, int]:
    """Store an inbound message once and answer at once; a job handles the conversation."""
    if not _verified():
        return "signature does not verify\n", 403
    # Verified, so Twilio's: read leniently, keep what can be kept (bot/inbound.py cleans).
    form = request.form
    sid = form.get("MessageSid") or form.get("SmsMessageSid")
    sender = form.get("From")
    if not sid or not sender:
        return "MessageSid and From are required\n", 400
    try:
        count = int(form.get("NumMedia", "0") or 0)
    except ValueError:
        return "NumMedia must be a whole number\n", 400
    media = []
    for n in range(min(count, 10)):
        url = form.get(f"MediaUrl{n}")
        if url:
            media.append({"url": url, "content_type": form.get(f"MediaContentType{n}", "")})
    message = InboundMessage(
        channel="whatsapp",
        address=sender,
        provider_id=sid,
        body=form.get("Body", "") or form.get("ButtonPayload", ""),
        media=media,
        profile_name=form.get("ProfileName"),
        payload={k: v for k, v in form.items() if not k.startswith("MediaUrl")},
    )
    try:
        # The common case in one autocommitted statement (bot.inbound.store); the ORM
        # only for media, first contact and redeliveries.
        stored_id = None if media else store(lean_engine(), message, utcnow())
        message_id = stored_id
        if stored_id is None:
            with session_scope(get_engine(), write=True) as session:
                stored = receive(session, message, utcnow())
                stored_id = message_id = stored.id if stored else None
                if stored is None:  # a redelivery: queue it again if its turn never ran
                    again = session.exec(
                        select(Message).where(
                            Message.provider_sid == clean(sid, 255), Message.direction == "in"
                        )
                    ).first()
                    pending = again is not None and again.status == "received"
                    message_id = again.id if again is not None and pending else None
    except InboundError as exc:
        return f"{exc}\n", 400
    (STORED if stored_id else DUPLICATE).inc()
    if message_id is not None:
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        try:
            if media and stored_id is not None:
                enqueue(app, DOWNLOAD_MEDIA, message_id)
            if stored_id is not None or not waiting(app, RUN_TURN.later(message_id)):
                enqueue(app, RUN_TURN, message_id)  # a burst of retries: one job
        except RedisError as exc:
            # Stored, but its turn is not safely queued: 503 makes Twilio deliver it again
            # (the redelivery queues it), and the backlog sweep queues it meanwhile.
            QUEUE_DOWN.inc()
            log.error("message %s stored but not queued (%s): answering 503", message_id, exc)
            return "stored; the job queue is unavailable, deliver again\n", 503
    return _twiml()


@bp.post("/webhooks/whatsapp/status")
def status() -> Response | tuple[str, int]:
    """Keep Twilio's delivery status on the outbound message; failures go to the queue."""
    if not _verified():
        return "signature does not verify\n", 403
    sid = clean(request.form.get("MessageSid", ""), 255)
    state = request.form.get("MessageStatus", "")
    with session_scope(get_engine(), write=True) as session:
        message = session.exec(
            select(Message).where(Message.provider_sid == sid, Message.direction == "out")
        ).first()
        if message is None:
            log.info("status %s for unknown message %s", state, sid)
            return _twiml()
        message.status = clean(state, 16)
        message.error_code = clean(request.form.get("ErrorCode", ""), 16) or message.error_code
        message.error_message = (
            clean(request.form.get("ErrorMessage", ""), 500) or message.error_message
        )
        session.add(message)
        if state in FAILED_STATUSES:
            conversation = session.get(Conversation, message.conversation_id)
            if conversation is not None:
                error = f"error {message.error_code or '?'}"
                flag(session, conversation, QueueReason.FAILED_DELIVERY, utcnow(),
                     cause=f"message:{message.id}", detail=error)  # fmt: skip
    return _twiml()
