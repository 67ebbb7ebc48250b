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
instead of silently losing messages. Twilio's signed forms are answered in front of
Flask's dispatch (`Acknowledger`), by the code the view runs.
"""

from __future__ import annotations

import functools
import hmac
import io
import logging
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlparse

from flask import Blueprint, Flask, Response, current_app, request
from prometheus_client import Counter
from redis.exceptions import RedisError
from sqlmodel import select
from twilio.request_validator import (
    RequestValidator,
    add_port,
    get_signature_algorithm,
    remove_port,
)
from twilio.twiml.messaging_response import MessagingResponse
from werkzeug.http import HTTP_STATUS_CODES

from bot.clock import utcnow
from bot.db import get_engine, lean_engine, session_scope
from bot.handoff import QueueReason, flag
from bot.inbound import InboundError, InboundMessage, receive, store
from bot.jobs import enqueue, waiting
from bot.limits import clean
from bot.models import Conversation, Message
from bot.statuses import MessageStatus
from bot.web import guard, metrics
from workers.jobs import DOWNLOAD_MEDIA, RUN_TURN

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger(__name__)
bp = Blueprint("whatsapp", __name__)

REJECTED = Counter("mostrador_webhook_rejected_total", "Webhook requests refused", ["reason"])
RECEIVED = Counter("mostrador_whatsapp_inbound_total", "Inbound WhatsApp messages", ["outcome"])
STORED, DUPLICATE = RECEIVED.labels("stored"), RECEIVED.labels("duplicate")
QUEUE_DOWN = Counter(
    "mostrador_webhook_queue_down_total", "Messages stored but refused with 503: queue down"
)
FAILED_STATUSES = {MessageStatus.FAILED.value, MessageStatus.UNDELIVERED.value}
INBOUND_PATH = "/webhooks/whatsapp"


def init_app(app: Flask) -> None:
    guard.webhook(bp)  # NULs dropped from what is kept; signed, so not throttled
    app.register_blueprint(bp)
    app.wsgi_app = Acknowledger(app, app.wsgi_app)  # type: ignore[method-assign]


# Without a secret nothing can verify: the refusal says so, as the log does, rather than blame
# the signature (the demo runs without one; README, WhatsApp, says how to sign one locally).
NOT_CONFIGURED = "webhook off: TWILIO_AUTH_TOKEN is not set\n"


def _refusal() -> tuple[str, int] | None:
    """None when the request is Twilio's, else the 403 to answer."""
    if _verified():
        return None
    config = current_app.config
    if config.get("TWILIO_WEBHOOK_SECRET") or config.get("TWILIO_AUTH_TOKEN"):
        return "signature does not verify\n", 403
    return NOT_CONFIGURED, 403


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


@bp.post(INBOUND_PATH)
def inbound() -> Response | tuple[str, int]:
    """Store an inbound message once and answer at once; a job handles the conversation.

    Twilio's requests seldom reach this view: `Acknowledger` answers them in front of
    Flask's dispatch with the same `acknowledge`, and leaves the rest to it."""
    if (refused := _refusal()) is not None:
        return refused
    refused = acknowledge(current_app._get_current_object(), request.form)  # type: ignore[attr-defined]
    return _twiml() if refused is None else refused


def acknowledge(app: Flask, form: Mapping[str, str]) -> tuple[str, int] | None:
    """Store a verified inbound message once and queue its turn: None to answer with
    empty TwiML, or the refusal's text and status."""
    # Verified, so Twilio's: read leniently, keep what can be kept (bot/inbound.py cleans).
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
        stored_id = None if media else store(lean_engine(app), message, utcnow())
        message_id = stored_id
        if stored_id is None:
            with session_scope(get_engine(app), write=True) as session:
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
    return None


@bp.post("/webhooks/whatsapp/status")
def status() -> Response | tuple[str, int]:
    """Keep Twilio's delivery status on the outbound message; failures go to the queue."""
    if (refused := _refusal()) is not None:
        return refused
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


class Acknowledger:
    """The inbound webhook's common case, answered in front of Flask's dispatch (#19).

    A signed, form-encoded POST to INBOUND_PATH is read, verified and acknowledged
    here by `acknowledge`, as the view does, without what Flask runs around every view:
    the URL adapter, the cookie session, the console's sign-in, CSRF and limiter hooks
    and the response object (about a third of the acknowledgement's CPU, none of it
    needed by a webhook). It counts in /metrics under the view's endpoint. Anything
    else goes to Flask as it came, body included: other paths and methods, no
    signature, a query string, a body that is over MAX_CONTENT_LENGTH, not
    form-encoded, not UTF-8 or with a field given twice, and a signature that does
    not verify (the view refuses it with 403, logs and counts it). An exception gets
    Flask's own handling (logged, 500; raised under test).
    """

    ENDPOINT = "whatsapp.inbound"

    def __init__(self, app: Flask, wsgi_app: WSGIApplication) -> None:
        self.app, self.wsgi_app = app, wsgi_app

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if (
            environ.get("PATH_INFO") != INBOUND_PATH
            or environ.get("REQUEST_METHOD") != "POST"
            or not environ.get("HTTP_X_TWILIO_SIGNATURE")
            or environ.get("QUERY_STRING")
            or not _form_encoded(environ.get("CONTENT_TYPE", ""))
        ):
            return self.wsgi_app(environ, start_response)
        started = time.perf_counter()
        body = self._body(environ)
        form = None if body is None else _form(body)
        if form is None or not self._verified(environ, form):
            if body is not None:
                environ["wsgi.input"] = io.BytesIO(body)  # Flask reads it as it came
            return self.wsgi_app(environ, start_response)
        app = self.app
        try:
            with app.app_context():
                refused = acknowledge(app, form)
        except Exception as exc:
            environ["wsgi.input"] = io.BytesIO(body or b"")
            with app.request_context(environ):
                response = app.handle_exception(exc)
            return response(environ, start_response)
        if refused is None:
            text, status, kind = EMPTY_TWIML, 200, "text/xml; charset=utf-8"
        else:
            (text, status), kind = refused, "text/html; charset=utf-8"
        metrics.observe(self.ENDPOINT, "POST", status, started)
        data = text.encode()
        start_response(f"{status} {HTTP_STATUS_CODES[status].upper()}",
                       [("Content-Type", kind), ("Content-Length", str(len(data)))])  # fmt: skip
        return [data]

    def _body(self, environ: WSGIEnvironment) -> bytes | None:
        """The body, or None when it has no length or is over the limit (Flask: 413)."""
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            return None
        limit = self.app.config["MAX_CONTENT_LENGTH"]
        if length < 0 or (limit is not None and length > limit):
            return None
        body: bytes = environ["wsgi.input"].read(length)
        return body

    def _verified(self, environ: WSGIEnvironment, form: dict[str, str]) -> bool:
        """RequestValidator.validate's answer for a form-encoded body, which computes
        both signatures (the URL without its port and with it): here the other only
        when the configured URL's does not match."""
        config = self.app.config
        secret = config.get("TWILIO_WEBHOOK_SECRET") or config.get("TWILIO_AUTH_TOKEN")
        if not secret:
            return False
        validator = RequestValidator(secret)
        settings = environ.get("HTTP_X_TWILIO_WEBHOOKS_SIGNATURE_SETTINGS")
        algorithm = get_signature_algorithm(settings)
        signature = environ["HTTP_X_TWILIO_SIGNATURE"].encode()
        fields = _Fields(form)
        try:
            for url in _signed_urls(config["PUBLIC_BASE_URL"] + INBOUND_PATH):
                computed = validator.compute_signature(url, fields, algorithm).encode()
                if hmac.compare_digest(computed, signature):
                    return True
        except ValueError:  # an algorithm this twilio does not know: the view says so
            return False
        return False


class _Fields(dict[str, str]):
    """A form as RequestValidator reads a Flask one (`getall`), without its fallbacks'
    exceptions for a plain dict (two a field)."""

    def getall(self, name: str) -> list[str]:
        return [self[name]]


@functools.cache
def _signed_urls(url: str) -> tuple[str, str]:
    """The URLs Twilio may have signed (RequestValidator.validate): PUBLIC_BASE_URL's
    as configured first, then with its port removed or added."""
    parsed = urlparse(url)
    return url, remove_port(parsed) if parsed.port else add_port(parsed)


def _form_encoded(content_type: str) -> bool:
    return content_type.partition(";")[0].strip().lower() == "application/x-www-form-urlencoded"


def _form(body: bytes) -> dict[str, str] | None:
    """The fields of a form-encoded body as werkzeug reads them, or None when a field
    comes twice or the body is not UTF-8 (left to Flask)."""
    try:
        pairs = parse_qsl(body.decode(), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        return None
    form = dict(pairs)
    return form if len(form) == len(pairs) else None
