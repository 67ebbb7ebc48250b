"""Acting for the buyer from a conversation: start a quote for them, add items to it,
and link a guest conversation to the customer the seller knows is writing.

A quote started here is `bot.quotes.create_quote`, as the bot's: the lines the seller
types are read by the matcher, priced for the conversation's customer and tied to
the conversation, so Send uses its channel. Adding an item is a new version
(`bot.quotes.revise`), re-priced like any revision.
"""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from flask import abort, current_app, flash, redirect, request, url_for
from flask_login import login_required
from sqlmodel import Session, col, select
from werkzeug.wrappers import Response

from bot import audit
from bot.clock import utcnow
from bot.db import get_engine, session_scope
from bot.guests import LinkError, link_customer
from bot.handoff import subject_of
from bot.matching.service import current_index
from bot.models import Conversation, Customer
from bot.quotes import NewLine, QuoteError, Rules, create_quote, revise
from bot.web.console.auth import me
from bot.web.console.blueprint import bp
from bot.web.console.quotes import _decimal

MAX_LINES = 100  # as a buyer's message (bot.limits)


@bp.post("/conversations/<int:conversation_id>/quote")
@login_required
def start_quote(conversation_id: int) -> Response:
    """A new quote for the conversation's buyer from the lines the seller typed."""
    back = url_for("console.conversation", conversation_id=conversation_id)
    lines = [t.strip() for t in (request.form.get("lines") or "").splitlines() if t.strip()]
    if not lines:
        flash("Write at least one item, one per line.", "error")
        return redirect(back)
    try:
        with session_scope(get_engine(), write=True) as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                abort(404)
            customer = (
                session.get(Customer, conversation.customer_id)
                if conversation.customer_id
                else None
            )
            quote = create_quote(
                session, current_index(), customer, lines[:MAX_LINES], now=utcnow(),
                rules=Rules.from_config(current_app.config), actor=me().email,
                channel=conversation.channel, cause=f"console: conversation:{conversation_id}",
                conversation_id=conversation_id, language=conversation.language,
            )  # fmt: skip
            number, status = quote.number, quote.status
            audit.record(session, subject_of(conversation_id), "quote_for_buyer", me().email,
                         None, quote=number)  # fmt: skip
    except QuoteError as exc:
        flash(str(exc), "error")
        return redirect(back)
    flash(f"{number} v1 made for the buyer: {status.replace('_', ' ')}.", "ok")
    return redirect(url_for("console.quote", number=number))


@bp.post("/quotes/<number>/add")
@login_required
def add_line(number: str) -> Response:
    """Add a catalog item as a new line: a new version, priced for the customer."""
    here = url_for("console.quote", number=number)
    sku = (request.form.get("sku") or "").strip()
    try:
        quantity = _decimal(request.form.get("qty"), "quantity")
        with session_scope(get_engine(), write=True) as session:
            new = revise(
                session, number, [], now=utcnow(), rules=Rules.from_config(current_app.config),
                actor=me().email, cause="console", reason=f"seller added {sku}",
                add=[NewLine(sku, quantity if quantity is not None else Decimal(1))],
            )  # fmt: skip
            flash(f"{sku} added: version {new.version}, {new.status.replace('_', ' ')}.", "ok")
    except QuoteError as exc:
        flash(str(exc), "error")
    return redirect(here)


@bp.post("/conversations/<int:conversation_id>/link")
@login_required
def link_guest(conversation_id: int) -> Response:
    """Link a guest conversation to a customer (by id, or a name that finds one)."""
    back = url_for("console.conversation", conversation_id=conversation_id)
    wanted = (request.form.get("customer") or "").strip()
    try:
        with session_scope(get_engine(), write=True) as session:
            customer_id = _find_customer(session, wanted)
            link_customer(session, conversation_id, customer_id, actor=me().email, now=utcnow())
    except LinkError as exc:
        flash(str(exc), "error")
        return redirect(back)
    flash(f"Linked to {customer_id}: the next answers use this customer's prices.", "ok")
    return redirect(back)


def _find_customer(session: Session, wanted: str) -> str:
    """The customer named by id, or the only active one whose name contains `wanted`."""
    if not wanted:
        raise LinkError("name the customer (its id or part of its name)")
    if session.get(Customer, wanted) is not None:
        return wanted
    found = session.exec(
        select(Customer.customer_id, Customer.name)
        .where(col(Customer.active), sa.func.lower(Customer.name).like(f"%{wanted.lower()}%"))
        .order_by(col(Customer.name))
        .limit(6)
    ).all()
    if len(found) == 1:
        return str(found[0][0])
    if not found:
        raise LinkError(f"no customer matches {wanted!r}")
    names = ", ".join(f"{name} ({cid})" for cid, name in found[:5])
    raise LinkError(f"{wanted!r} matches several customers: {names}; give the id")
