"""The queue: conversations that need a person, oldest first, with the reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from flask import render_template
from flask_login import login_required
from sqlmodel import Session, col, select

from bot.approvals import pending
from bot.backlog import STUCK_AFTER, stuck
from bot.clock import utcnow
from bot.db import get_session
from bot.models import Conversation, Customer, Message
from bot.statuses import Owner
from bot.web.console.auth import me
from bot.web.console.blueprint import bp


@dataclass(frozen=True)
class Waiting:
    conversation: Conversation
    customer: str | None
    last_message: str
    waiting: str  # "12 min"


def waiting(session: Session, now: dt.datetime) -> list[Waiting]:
    """Conversations in the queue (a reason set) or held by a seller, oldest wait first."""
    since = sa.func.coalesce(col(Conversation.attention_since), col(Conversation.updated_at))
    newest_in = (
        select(sa.func.max(Message.id))
        .where(Message.conversation_id == Conversation.id, Message.direction == "in")
        .correlate(Conversation)
        .scalar_subquery()
    )
    rows = session.exec(
        select(Conversation, Customer.name, Message.body)
        .join(Customer, col(Customer.customer_id) == col(Conversation.customer_id), isouter=True)
        .join(Message, col(Message.id) == newest_in, isouter=True)
        .where(
            sa.or_(col(Conversation.attention).is_not(None), col(Conversation.owner) != Owner.BOT)
        )
        .order_by(since, col(Conversation.id))
        .limit(200)
    ).all()
    items = []
    for conversation, customer_name, last in rows:  # one query, however long the queue
        started = conversation.attention_since or conversation.updated_at
        items.append(Waiting(conversation, customer_name, (last or "")[:140], age(now - started)))
    return items


def age(delta: dt.timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes // 1440} days"


@bp.get("/")
@login_required
def queue() -> str:
    """The seller's home: what needs a person, and the approvals waiting."""
    return _render("console/queue.html")


@bp.get("/queue/rows")
@login_required
def queue_rows() -> str:
    """The queue's rows alone: the page polls this to update without reloading."""
    return _render("console/_queue_rows.html")


def _render(template: str) -> str:
    session = get_session()
    now = utcnow()
    return render_template(
        template,
        items=waiting(session, now),
        approvals=len(pending(session)),
        stuck=stuck(session, now),  # work the sweeps could not get done
        stuck_after=int(STUCK_AFTER.total_seconds() // 60),
        user=me(),
    )
