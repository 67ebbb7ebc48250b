"""A conversation: the thread as the customer saw it, and taking it over, replying
through its own channel and handing it back."""

from __future__ import annotations

import secrets

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from sqlmodel import col, select
from werkzeug.wrappers import Response

from bot import audit, handoff
from bot.accounts import overview
from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.jobs import enqueue
from bot.models import Conversation, Customer, Message, Quote
from bot.replies import queue_message
from bot.senders import outside_window
from bot.web.console.auth import me
from bot.web.console.blueprint import CANNED, bp
from bot.wording import wording_of
from workers.jobs import SEND_MESSAGE

MAX_REPLY = 1600  # WhatsApp's limit for one message body


def canned_codes(language: str) -> list[str]:
    """Short codes of the canned replies in `language` (templates/console/canned/<lang>/)."""
    folder = CANNED / (language if language in ("es", "en") else "en")
    return sorted(p.stem for p in folder.glob("*.txt"))


def expand(body: str, conversation: Conversation, seller: str) -> str:
    """`/code` (alone or followed by more text) becomes that canned reply, filled in."""
    if not body.startswith("/"):
        return body
    code, _, rest = body[1:].partition(" ")
    language = conversation.language if conversation.language in ("es", "en") else "en"
    if code not in canned_codes(language):
        return body
    text = render_template(
        f"console/canned/{language}/{code}.txt",
        name=(conversation.contact_name or "").split(" ")[0],
        seller=seller,
        company=current_app.config["COMPANY_NAME"],
    ).strip()
    return f"{text} {rest}".strip() if rest else text


@bp.get("/conversations/<int:conversation_id>")
@login_required
def conversation(conversation_id: int) -> str:
    """The thread, the actions, and the customer at a glance."""
    session = get_session()
    found = session.get(Conversation, conversation_id)
    if found is None:
        abort(404)
    customer = session.get(Customer, found.customer_id) if found.customer_id else None
    quotes = session.exec(
        select(Quote)
        .where(Quote.conversation_id == conversation_id, Quote.status != "superseded")
        .order_by(col(Quote.id).desc())
    ).all()
    return render_template(
        "console/conversation.html",
        c=found,
        messages=_thread(conversation_id),
        account=(
            overview(session, customer, utcnow().date(), wording_of(current_app))
            if customer
            else None
        ),
        quotes=quotes,
        canned=canned_codes(found.language),
        nonce=secrets.token_urlsafe(12),
        user=me(),
        outside_window=outside_window(found.channel, found.last_inbound_at, utcnow()),
    )


@bp.get("/conversations/<int:conversation_id>/messages")
@login_required
def messages(conversation_id: int) -> str:
    """The thread alone, for the page's polling."""
    return render_template("console/_messages.html", messages=_thread(conversation_id))


@bp.post("/conversations/<int:conversation_id>/take")
@login_required
def take(conversation_id: int) -> Response:
    """Take the conversation over: the bot goes silent and the chat shows your name."""
    try:
        with session_scope(get_engine(), write=True) as session:
            handoff.take_over(session, conversation_id, me().email, utcnow())
    except handoff.HandoffError as exc:
        flash(str(exc), "error")
    return redirect(url_for("console.conversation", conversation_id=conversation_id))


@bp.post("/conversations/<int:conversation_id>/hand-back")
@login_required
def hand_back(conversation_id: int) -> Response:
    """Give the conversation back to the bot (a manager may release anyone's)."""
    try:
        with session_scope(get_engine(), write=True) as session:
            handoff.hand_back(
                session, conversation_id, me().email, utcnow(), force=me().may("manager")
            )
    except handoff.HandoffError as exc:
        flash(str(exc), "error")
        return redirect(url_for("console.conversation", conversation_id=conversation_id))
    flash("Handed back to the bot.", "ok")
    return redirect(url_for("console.queue"))


@bp.post("/conversations/<int:conversation_id>/resolve")
@login_required
def resolve(conversation_id: int) -> Response:
    """Take a conversation out of the queue without holding it (nothing to say)."""
    try:
        with session_scope(get_engine(), write=True) as session:
            handoff.resolve(session, conversation_id, me().email, utcnow())
    except handoff.HandoffError as exc:
        flash(str(exc), "error")
        return redirect(url_for("console.conversation", conversation_id=conversation_id))
    return redirect(url_for("console.queue"))


@bp.post("/conversations/<int:conversation_id>/reply")
@login_required
def reply(conversation_id: int) -> Response:
    """Send the seller's text through the conversation's channel (canned: `/code`)."""
    here = url_for("console.conversation", conversation_id=conversation_id)
    body = (request.form.get("body") or "").strip()
    nonce = (request.form.get("nonce") or "").strip()[:40]
    if not body or not nonce:
        flash("Write a message first.", "error")
        return redirect(here)
    with session_scope(get_engine(), write=True) as session:
        found = session.get(Conversation, conversation_id, with_for_update=True)
        if found is None:
            abort(404)
        if found.owner != me().email:
            flash("Take the conversation over before replying.", "error")
            return redirect(here)
        text = expand(body, found, me().name)[:MAX_REPLY]
        message = queue_message(
            session, found, author=me().email, body=text, now=utcnow(),
            key=f"seller:{nonce}",
            mail_from=current_app.config.get("MAIL_FROM"),
        )  # fmt: skip
        message_id = message.id if message else None
        if message is not None:
            audit.record(session, handoff.subject_of(conversation_id), "seller_replied",
                         me().email, None, message=message_id)  # fmt: skip
    if message_id:
        enqueue(current_app._get_current_object(), SEND_MESSAGE, message_id)  # type: ignore[attr-defined]
    return redirect(here)


def _thread(conversation_id: int) -> list[Message]:
    return list(
        get_session().exec(
            select(Message)
            .where(Message.conversation_id == conversation_id)
            .order_by(col(Message.id).desc())
            .limit(300)
        )
    )[::-1]
