"""The sellers' inbox: which conversations a seller sees, in what order, and what is new.

One query per list, however long: the conversation, its customer, its newest inbound
message and the count of inbound messages this user has not seen yet (read marks in
`conversation_reads`). Waiting time counts business hours only (`BUSINESS_HOURS`,
bot/hours.py); since business time waited only grows the earlier a wait started, the
list is sorted by when each wait started, in SQL, and the figure is computed per row.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.handoff import WAITING_FOR_APPROVAL
from bot.hours import BusinessHours, waited
from bot.models import Contact, Conversation, Customer, Message, Order, Quote, ReadMark
from bot.statuses import Owner

LIMIT = 100  # rows a list shows; a search finds the rest


class View(StrEnum):
    """The list's filters."""

    QUEUE = "queue"  # needs a person: waiting in the queue or held by a seller
    MINE = "mine"  # assigned to me or held by me
    UNASSIGNED = "unassigned"  # waiting, nobody answers for it
    APPROVAL = "approval"  # waiting for a quote's or an order's approval
    ALL = "all"  # every conversation, waiting ones first


@dataclass(frozen=True)
class Row:
    conversation: Conversation
    customer: str | None
    last_message: str
    waited: dt.timedelta | None  # None: not waiting for anyone
    unread: int

    @property
    def waiting(self) -> str:
        return age(self.waited) if self.waited is not None else ""

    @property
    def is_waiting(self) -> bool:
        c = self.conversation
        return c.attention is not None or c.owner != Owner.BOT.value


def age(delta: dt.timedelta) -> str:
    """'12 min', '3 h 05 min', '4 days'."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes // 1440} days"


def listing(
    session: Session,
    *,
    view: View,
    user_email: str,
    user_id: int,
    now: dt.datetime,
    hours: BusinessHours | None,
    search: str = "",
    limit: int = LIMIT,
) -> list[Row]:
    """The conversations of `view` (narrowed by `search`), waiting ones first, the
    longest wait on top, then the rest by latest activity."""
    c = Conversation
    waiting = sa.or_(col(c.attention).is_not(None), col(c.owner) != Owner.BOT.value)
    since = sa.func.coalesce(col(c.attention_since), col(c.updated_at))
    newest_in = (
        select(sa.func.max(Message.id))
        .where(Message.conversation_id == c.id, Message.direction == "in")
        .correlate(c)
        .scalar_subquery()
    )
    read_upto = (
        select(ReadMark.message_id)
        .where(ReadMark.conversation_id == c.id, ReadMark.user_id == user_id)
        .correlate(c)
        .scalar_subquery()
    )
    unread = (
        select(sa.func.count(col(Message.id)))
        .where(
            Message.conversation_id == c.id,
            Message.direction == "in",
            col(Message.id) > sa.func.coalesce(read_upto, 0),
        )
        .correlate(c)
        .scalar_subquery()
    )
    query = (
        select(c, Customer.name, Message.body, unread)
        .join(Customer, col(Customer.customer_id) == col(c.customer_id), isouter=True)
        .join(Message, col(Message.id) == newest_in, isouter=True)
    )
    if view is View.QUEUE:
        query = query.where(waiting)
    elif view is View.MINE:
        query = query.where(sa.or_(col(c.assignee) == user_email, col(c.owner) == user_email))
    elif view is View.UNASSIGNED:
        query = query.where(
            col(c.attention).is_not(None), col(c.assignee).is_(None), col(c.owner) == Owner.BOT
        )
    elif view is View.APPROVAL:
        query = query.where(col(c.attention).in_([r.value for r in WAITING_FOR_APPROVAL]))
    if search.strip():
        query = query.where(_matches(search))
    rows = session.exec(
        query.order_by(
            sa.case((waiting, 0), else_=1),
            sa.case((waiting, since), else_=None),
            col(c.updated_at).desc(),
            col(c.id),
        ).limit(limit)
    ).all()
    out = []
    for conversation, customer_name, last, unseen in rows:
        is_waiting = conversation.attention is not None or conversation.owner != Owner.BOT
        started = conversation.attention_since or conversation.updated_at
        out.append(
            Row(
                conversation,
                customer_name,
                (last or "")[:140],
                waited(hours, started, now) if is_waiting else None,
                int(unseen or 0),
            )
        )
    return out


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matches(search: str) -> sa.ColumnElement[bool]:
    """Customer name or id, contact name, phone, email, quote or order number."""
    c = Conversation
    pattern = _like(search.strip()[:100])

    def has(column: object) -> sa.ColumnElement[bool]:
        return sa.func.lower(column).like(pattern, escape="\\")

    ours = sa.or_(
        col(c.id) == col(Quote.conversation_id),
        sa.and_(col(c.customer_id).is_not(None), col(c.customer_id) == col(Quote.customer_id)),
    )
    ordered = sa.or_(
        col(c.id) == col(Order.conversation_id),
        sa.and_(col(c.customer_id).is_not(None), col(c.customer_id) == col(Order.customer_id)),
    )
    either = [
        has(Customer.name),
        has(c.customer_id),
        has(c.contact_name),
        has(c.address),
        sa.exists().where(ours, has(Quote.number)),
        sa.exists().where(ordered, has(Order.number)),
        sa.exists().where(
            col(Contact.customer_id) == col(c.customer_id),
            sa.or_(has(Contact.email), has(Contact.name)),
        ),
    ]
    digits = re.sub(r"\D", "", search)
    if len(digits) >= 6:  # a phone typed with spaces, dashes or without its +
        either.append(col(c.address).like(f"%{digits}%"))
    return sa.or_(*either)


def mark_read(session: Session, user_id: int, conversation_id: int) -> None:
    """Everything inbound in the conversation so far counts as seen by `user_id`."""
    newest = session.execute(
        sa.select(sa.func.max(col(Message.id))).where(
            col(Message.conversation_id) == conversation_id, col(Message.direction) == "in"
        )
    ).scalar()
    if newest is None:
        return
    mark = session.get(ReadMark, (user_id, conversation_id))
    if mark is None:
        session.add(ReadMark(user_id=user_id, conversation_id=conversation_id, message_id=newest))
    elif mark.message_id < newest:
        mark.message_id = newest
        session.add(mark)


def unread_for(session: Session, user_id: int, conversation_id: int) -> int:
    """Inbound messages in the conversation that `user_id` has not seen."""
    read_upto = session.execute(
        sa.select(col(ReadMark.message_id)).where(
            col(ReadMark.user_id) == user_id, col(ReadMark.conversation_id) == conversation_id
        )
    ).scalar()
    return int(
        session.execute(
            sa.select(sa.func.count(col(Message.id))).where(
                col(Message.conversation_id) == conversation_id,
                col(Message.direction) == "in",
                col(Message.id) > (read_upto or 0),
            )
        ).scalar_one()
    )


def alerts(session: Session, email: str) -> list[Conversation]:
    """Escalations waiting for `email` or for anyone: what the browser notifies about
    and the title badge counts, whichever filter the list shows."""
    c = Conversation
    return list(
        session.exec(
            select(c)
            .where(
                col(c.attention).is_not(None),
                col(c.owner) == Owner.BOT.value,
                sa.or_(col(c.assignee) == email, col(c.assignee).is_(None)),
            )
            .order_by(col(c.attention_since))
            .limit(50)
        )
    )
