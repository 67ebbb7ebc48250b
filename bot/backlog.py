"""Work that was stored but not done: what the sweeps redo and what sellers are shown.

Every piece of work Mostrador promises is a row before it is a job: an inbound
message (`received` until its turn commits), a reply (`queued`, then `sending`,
then `sent`), an order's export (an `erp_exports` row until the ERP has it) and a
notice of a console decision (an approval decided, a quote sent from the console,
until the message telling the customer exists). A job can die with its worker, or
never reach a queue that was down; these queries find the rows such a job left,
so the sweep (`workers/sweeps.py`) queues them again and the console lists
whatever is still not done after `STUCK_AFTER`, with the reason it knows. Nothing
is dropped silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.jobs import Later
from bot.models import Approval, AuditEvent, Conversation, ErpExport, Message, Order, Quote
from bot.statuses import ApprovalStatus, OrderStatus, SubjectKind
from workers.jobs import SEND_QUOTE, TELL_DECISION

# Redone by the sweep once this old: a job queued a moment ago is not stuck yet.
GRACE = dt.timedelta(minutes=1)
# Shown to sellers once this old: retries and sweeps did not get it done.
STUCK_AFTER = dt.timedelta(minutes=15)
# A reply marked `sending` this long ago never heard back from the provider: the
# worker died in the call. It is not sent again (it may have gone out): a person checks.
SENDING_TOO_LONG = dt.timedelta(minutes=5)
# Console decisions older than this are not looked at for missing notices.
NOTICE_WINDOW = dt.timedelta(days=7)
LIMIT = 100


class Kind(StrEnum):
    INBOUND = "inbound"  # a customer's message not answered
    REPLY = "reply"  # a reply still queued
    SENDING = "sending"  # a reply whose send was cut short
    EXPORT = "export"  # an order not delivered to the ERP
    NOTICE = "notice"  # a console decision the customer was not told


@dataclass(frozen=True)
class Notice:
    """A notice owed: the job that gives it, with its values."""

    job: Later  # SEND_QUOTE or TELL_DECISION with their arguments
    subject: str
    conversation_id: int
    since: dt.datetime


@dataclass(frozen=True)
class Stuck:
    """One piece of work not done, as the console lists it."""

    kind: Kind
    subject: str  # "message 12", "O-2026-00003", "Q-2026-00004 v2"
    conversation_id: int | None
    since: dt.datetime
    reason: str


def unanswered(session: Session, now: dt.datetime, grace: dt.timedelta = GRACE) -> list[int]:
    """Per conversation, the newest inbound message still `received` after `grace`.

    Handling that message handles every earlier one of its conversation, in order.
    Mail is not here: the poller answers it in the transaction that stores it.
    """
    rows = session.exec(
        select(sa.func.max(Message.id))
        .join(Conversation, col(Conversation.id) == col(Message.conversation_id))
        .where(
            Message.direction == "in",
            Message.status == "received",
            col(Message.created_at) < now - grace,
            Conversation.channel != "email",
        )
        .group_by(col(Message.conversation_id))
        .limit(LIMIT)
    ).all()
    return sorted(int(r) for r in rows if r is not None)


def notices_owed(session: Session, now: dt.datetime, grace: dt.timedelta = GRACE) -> list[Notice]:
    """Console decisions whose customer has no message about them yet.

    The notice job queues its message under a unique key (`approval:<id>`,
    `quote:<id>`), so a missing key means the job never ran to its commit.
    """
    since, until = now - NOTICE_WINDOW, now - grace
    owed: list[Notice] = []
    decided = session.exec(
        select(Approval).where(
            col(Approval.status) != ApprovalStatus.PENDING.value,
            col(Approval.decided_at) >= since,
            col(Approval.decided_at) < until,
        )
    ).all()
    for approval in decided:
        conversation_id = _conversation_of(session, approval)
        if conversation_id and approval.decided_at:
            owed.append(
                Notice(TELL_DECISION.later(approval.id or 0), approval.subject, conversation_id,
                       approval.decided_at)
            )  # fmt: skip
    sent = session.exec(
        select(AuditEvent).where(
            AuditEvent.event == "sent",
            col(AuditEvent.at) >= since,
            col(AuditEvent.at) < until,
            # Quotes the bot sent in a chat (the buyer's own turn) are most of these events
            # and never owe a notice: leave them out in SQL, the queue page polls this.
            sa.not_(col(AuditEvent.actor).startswith("customer:")),
        )
    ).all()
    for event in sent:
        if (event.data or {}).get("channel") != "console":
            continue  # a quote sent by the bot went out in the turn's own reply
        quote = session.exec(
            select(Quote).where(
                Quote.number == event.subject, Quote.version == (event.data or {}).get("version")
            )
        ).first()
        if quote is not None and quote.conversation_id:
            owed.append(
                Notice(SEND_QUOTE.later(quote.id or 0, event.actor),
                       f"{quote.number} v{quote.version}", quote.conversation_id, event.at)
            )  # fmt: skip
    keys = {f"{'approval' if n.job.job is TELL_DECISION else 'quote'}:{n.job.args[0]}": n
            for n in owed}  # fmt: skip
    if not keys:
        return []
    told = set(session.exec(select(Message.dedupe_key).where(col(Message.dedupe_key).in_(keys))))
    return [n for key, n in keys.items() if key not in told][:LIMIT]


def _conversation_of(session: Session, approval: Approval) -> int | None:
    subject = approval.subject
    if approval.kind == SubjectKind.ORDER:
        order = session.exec(select(Order).where(Order.number == subject)).first()
        return order.conversation_id if order else None
    quote = session.exec(
        select(Quote).where(Quote.number == subject).order_by(col(Quote.version).desc()).limit(1)
    ).first()
    return quote.conversation_id if quote else None


def stuck(session: Session, now: dt.datetime, after: dt.timedelta = STUCK_AFTER) -> list[Stuck]:
    """Everything stored and still not done after `after`, oldest first, with its reason."""
    items: list[Stuck] = []
    messages = session.exec(
        select(Message)
        .where(
            sa.or_(
                sa.and_(
                    col(Message.status).in_(("received", "queued")),
                    col(Message.created_at) < now - after,
                ),
                sa.and_(
                    col(Message.status) == "sending",
                    col(Message.created_at) < now - min(after, SENDING_TOO_LONG),
                ),
            )
        )
        .order_by(col(Message.id))
        .limit(LIMIT)
    ).all()
    for m in messages:
        error = f": {m.error_message}" if m.error_message else ""
        if m.direction == "in":
            kind, reason = Kind.INBOUND, f"customer's message not answered yet{error}"
        elif m.status == "sending":
            kind = Kind.SENDING
            reason = "the send was cut short: it may not have reached the customer; check"
        else:
            kind, reason = Kind.REPLY, f"reply not sent yet{error}"
        items.append(Stuck(kind, f"message {m.id}", m.conversation_id, m.created_at, reason))
    exports = session.exec(
        select(ErpExport, Order)
        .join(Order, col(Order.id) == col(ErpExport.order_id))
        .where(
            Order.status == OrderStatus.CONFIRMED.value,
            col(ErpExport.created_at) < now - after,
        )
        .order_by(col(ErpExport.id))
        .limit(LIMIT)
    ).all()
    for export, order in exports:
        why = export.last_error or "not delivered yet"
        items.append(
            Stuck(Kind.EXPORT, order.number, order.conversation_id, export.created_at,
                  f"not in the ERP after {export.attempts} attempt(s): {why}")
        )  # fmt: skip
    for notice in notices_owed(session, now, grace=after):
        items.append(
            Stuck(Kind.NOTICE, notice.subject, notice.conversation_id, notice.since,
                  "the customer was not told of this decision yet")
        )  # fmt: skip
    return sorted(items, key=lambda s: s.since)
