"""Partial indexes for the insights' medians and chats handled: a range's median time
to answer and to quote read from its middle in order (bot or person), take-overs and
people's messages read from their indexes alone

Revision ID: 0025
Revises: 0024
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE = sa.text("direction = 'out' AND author NOT IN ('bot', 'system')")
TAKEN_OVER = sa.text("event = 'taken_over'")
# (table, value, time, done, actor): as bot/models/insights.py's `_by_kind`.
BY_KIND = [
    ("insight_quotes", "minutes_to_quote", "first_at", "sent_at", "sent_by"),
    ("insight_turns", "minutes", "asked_at", "answered_at", "answered_by"),
]


def person(column: str) -> str:
    return (f"{column} IS NOT NULL AND {column} <> '' AND {column} NOT IN ('bot', 'system')"
            f" AND substr({column}, 1, 9) <> 'customer:'")  # fmt: skip


def upgrade() -> None:
    for table, value, at, done, actor in BY_KIND:
        for kind, who in (("person", person(actor)), ("bot", f"NOT ({person(actor)})")):
            where = sa.text(f"{done} IS NOT NULL AND {who}")
            op.create_index(f"ix_{table}_{kind}_{value}", table, [value, at],
                            postgresql_include=[actor] if kind == "person" else [],
                            postgresql_where=where, sqlite_where=where)  # fmt: skip
    op.drop_index("ix_messages_people_created_at", table_name="messages")
    op.create_index(
        "ix_messages_people_created_at",
        "messages",
        ["created_at"],
        postgresql_include=["author", "conversation_id"],
        postgresql_where=PEOPLE,
        sqlite_where=PEOPLE,
    )
    op.create_index(
        "ix_audit_events_taken_over",
        "audit_events",
        ["at"],
        postgresql_include=["actor", "subject"],
        postgresql_where=TAKEN_OVER,
        sqlite_where=TAKEN_OVER,
    )


def downgrade() -> None:
    op.drop_index("ix_audit_events_taken_over", table_name="audit_events")
    op.drop_index("ix_messages_people_created_at", table_name="messages")
    op.create_index(
        "ix_messages_people_created_at",
        "messages",
        ["created_at"],
        postgresql_where=PEOPLE,
        sqlite_where=PEOPLE,
    )
    for table, value, _at, _done, _actor in reversed(BY_KIND):
        for kind in ("bot", "person"):
            op.drop_index(f"ix_{table}_{kind}_{value}", table_name=table)
