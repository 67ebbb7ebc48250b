"""A conversation: the thread as the customer saw it, and taking it over, replying
through its own channel and handing it back."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from sqlmodel import col, select
from werkzeug.wrappers import Response

from bot import audit, handoff, inbox
from bot.accounts import overview
from bot.clock import utcnow
from bot.db import get_engine, get_session, session_scope
from bot.jobs import enqueue
from bot.models import Conversation, Customer, Message, Note, Quote, User
from bot.replies import queue_message
from bot.senders import outside_window
from bot.web.console import canned
from bot.web.console.auth import me
from bot.web.console.blueprint import bp
from bot.web.console.queue import list_state, user_names
from bot.wording import wording_of
from workers.jobs import SEND_MESSAGE

MAX_REPLY = 1600  # WhatsApp's limit for one message body


@bp.get("/conversations/<int:conversation_id>")
@login_required
def conversation(conversation_id: int) -> str:
    """The inbox with this conversation open: list, thread and the customer panel."""
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
    _read(conversation_id)
    return render_template(
        "console/conversation.html",
        **list_state(),
        c=found,
        items=thread(conversation_id),
        account=(
            overview(session, customer, utcnow().date(), wording_of(current_app))
            if customer
            else None
        ),
        quotes=quotes,
        canned=canned.codes(session, found),
        colleagues=colleagues(),
        nonce=secrets.token_urlsafe(12),
        user=me(),
        outside_window=outside_window(found.channel, found.last_inbound_at, utcnow()),
    )


@bp.get("/conversations/<int:conversation_id>/messages")
@login_required
def messages(conversation_id: int) -> str:
    """The thread alone, for the page's polling (what it shows counts as read)."""
    _read(conversation_id)
    return render_template(
        "console/_messages.html", items=thread(conversation_id), names=user_names()
    )


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
        try:
            text = canned.expand(session, body, found, me().name)[:MAX_REPLY]
        except canned.CannedError as exc:
            flash(str(exc), "error")
            return redirect(here)
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


def thread(conversation_id: int) -> list[Message | Note]:
    """The newest 300 messages with the private notes among them, oldest first."""
    session = get_session()
    messages = list(
        session.exec(
            select(Message)
            .where(Message.conversation_id == conversation_id)
            .order_by(col(Message.id).desc())
            .limit(300)
        )
    )[::-1]
    since = messages[0].created_at if len(messages) == 300 else None
    notes = session.exec(
        select(Note)
        .where(Note.conversation_id == conversation_id)
        .where(col(Note.created_at) >= since if since else sa.true())
        .order_by(col(Note.id))
    ).all()
    items: list[Message | Note] = [*messages, *notes]
    items.sort(key=lambda item: item.created_at)  # stable: equal times keep their order
    return items


def colleagues() -> list[User]:
    """Active console users a conversation can be moved to."""
    return list(get_session().exec(select(User).where(col(User.active)).order_by(col(User.name))))


def _read(conversation_id: int) -> None:
    """The signed-in user has now seen this conversation's inbound messages."""
    seller = me()
    if seller.id is None or not inbox.unread_for(get_session(), seller.id, conversation_id):
        return  # polling a read thread writes nothing
    with session_scope(get_engine(), write=True) as session:
        inbox.mark_read(session, seller.id, conversation_id)
