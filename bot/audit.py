"""Writing the audit trail: one call per state change, in the change's transaction."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from bot.clock import utcnow
from bot.models import AuditEvent
from bot.serialize import plain


def record(
    session: Session,
    subject: str,
    event: str,
    actor: str,
    cause: str | None = None,
    **data: Any,
) -> AuditEvent:
    """Add an event about `subject` (a quote or order number...) to the session.

    It commits with the change it describes, or not at all.
    """
    entry = AuditEvent(
        at=utcnow(), subject=subject, event=event, actor=actor, cause=cause, data=plain(data)
    )
    session.add(entry)
    return entry


def trail(session: Session, subject: str) -> list[AuditEvent]:
    """Every event about `subject`, oldest first."""
    return list(
        session.exec(
            select(AuditEvent)
            .where(AuditEvent.subject == subject)
            .order_by(col(AuditEvent.at), col(AuditEvent.id))
        ).all()
    )
