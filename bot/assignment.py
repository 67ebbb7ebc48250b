"""Who in the inbox answers a conversation: assignment by account and capacity, presence,
reassignment.

A new escalation goes to the customer's own seller (`seller_email` in customers.csv)
when that person is present and holds fewer than `SELLER_MAX_CHATS` open chats; else
round-robin among present sellers under that limit (the one assigned longest ago goes
next); else it stays unassigned, in everyone's "unassigned" list. Present means a
signed-in console page was seen within `PRESENT_FOR` (pages and their 4-second polling
touch `users.last_seen_at`; signing out clears it).

Being assigned is not holding: the bot keeps its place until the assignee takes over
(`bot.handoff.take_over`), so assignment never silences a conversation by itself.
Every change is in the audit trail of the conversation.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot import audit
from bot.db import begin_write
from bot.models import Conversation, Customer, User
from bot.statuses import Owner

PRESENT_FOR = dt.timedelta(minutes=3)  # a polling page touches presence every 4 s
SEEN_EVERY = dt.timedelta(seconds=30)  # presence is written at most this often per user
DEFAULT_MAX_CHATS = 10


class AssignmentError(RuntimeError):
    """A reassignment that cannot be done as asked; the message says why."""


def open_chats(session: Session, email: str) -> int:
    """Conversations `email` answers for now: assigned and waiting, or held."""
    return int(
        session.execute(
            sa.select(sa.func.count())
            .select_from(Conversation)
            .where(
                sa.or_(
                    sa.and_(
                        col(Conversation.assignee) == email,
                        sa.or_(
                            col(Conversation.attention).is_not(None),
                            col(Conversation.owner) != Owner.BOT.value,
                        ),
                    ),
                    col(Conversation.owner) == email,
                )
            )
        ).scalar_one()
    )


def present(session: Session, now: dt.datetime) -> list[User]:
    """Active console users seen on a signed-in page within PRESENT_FOR."""
    return list(
        session.exec(
            select(User)
            .where(col(User.active), col(User.last_seen_at) >= now - PRESENT_FOR)
            .order_by(col(User.id))
        )
    )


def touch(session: Session, user_id: int, now: dt.datetime) -> None:
    """Mark `user_id` present (written at most every SEEN_EVERY, to keep polling cheap)."""
    session.execute(
        sa.update(User)
        .where(
            col(User.id) == user_id,
            sa.or_(col(User.last_seen_at).is_(None), col(User.last_seen_at) < now - SEEN_EVERY),
        )
        .values(last_seen_at=now)
    )


def choose(
    session: Session, customer_id: str | None, now: dt.datetime, max_chats: int
) -> tuple[str, str] | None:
    """The seller a new escalation goes to and why (`account` or `round_robin`), or None."""
    here = [u for u in present(session, now) if open_chats(session, u.email) < max_chats]
    if customer_id:
        own = session.execute(
            sa.select(col(Customer.seller_email)).where(col(Customer.customer_id) == customer_id)
        ).scalar()
        for user in here:
            if own and user.email == own.strip().lower():
                return user.email, "account"
    sellers = [u for u in here if u.role == "seller"]
    if not sellers:
        return None
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    sellers.sort(key=lambda u: (u.last_assigned_at or epoch, u.id or 0))
    return sellers[0].email, "round_robin"


def assign_new(
    session: Session, conversation: Conversation, now: dt.datetime, max_chats: int
) -> str | None:
    """Give a conversation just put in the queue to a seller (unless someone already
    answers for it); returns the assignee."""
    if conversation.assignee is not None or conversation.owner != Owner.BOT.value:
        return conversation.assignee
    chosen = choose(session, conversation.customer_id, now, max_chats)
    if chosen is None:
        return None
    email, why = chosen
    _set(session, conversation, email, now, actor="system", rule=why)
    return email


def reassign(
    session: Session,
    conversation_id: int,
    to: str | None,
    *,
    actor: str,
    manager: bool,
    now: dt.datetime,
) -> Conversation:
    """Move a conversation to a colleague (`to`; None: back to unassigned).

    A seller moves what is theirs (assigned or held) or unassigned; a manager moves
    anything. A held conversation moves with its hold: the colleague holds it, so the
    customer never has two people, nor nobody, answering.
    """
    begin_write(session)
    found = session.get(Conversation, conversation_id, with_for_update=True)
    if found is None:
        raise AssignmentError(f"no conversation {conversation_id}")
    mine = actor in (found.assignee, found.owner)
    free = found.assignee is None and found.owner == Owner.BOT.value
    if not (manager or mine or free):
        raise AssignmentError(
            f"{found.owner if found.owner != Owner.BOT.value else found.assignee} answers "
            "for this conversation: only they or a manager can move it"
        )
    if to is not None:
        user = session.exec(select(User).where(User.email == to.strip().lower())).first()
        if user is None or not user.active:
            raise AssignmentError(f"{to} is not a console user")
        to = user.email
    if to == found.assignee and (to is None or found.owner in (to, Owner.BOT.value)):
        return found
    _set(session, found, to, now, actor=actor, rule="reassigned")
    if found.owner != Owner.BOT.value:  # the hold goes with it (or back to the bot)
        found.owner = to or Owner.BOT.value
    session.add(found)
    return found


def _set(
    session: Session,
    conversation: Conversation,
    email: str | None,
    now: dt.datetime,
    *,
    actor: str,
    rule: str,
) -> None:
    before = conversation.assignee
    conversation.assignee = email
    session.add(conversation)
    if email is not None:
        session.execute(
            sa.update(User).where(col(User.email) == email).values(last_assigned_at=now)
        )
    audit.record(
        session, f"conversation:{conversation.id}", "assigned", actor, None,
        to=email or "nobody", **({"from": before} if before else {}), rule=rule,
    )  # fmt: skip
