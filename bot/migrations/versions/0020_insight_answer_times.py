"""insight_turns, insight_waits, insight_quotes.minutes_to_quote: the insights' answer
times worked out when the summary is refreshed, not on each read

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from bot.models.types import UTCDateTime

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _s(n: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=n)


def upgrade() -> None:
    op.create_table(
        "insight_turns",
        sa.Column("message_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("answered_by", _s(254), nullable=True),
        sa.Column("minutes", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("message_id"),
    )
    op.create_index("ix_insight_turns_asked_at", "insight_turns", ["asked_at"])
    op.create_index("ix_insight_turns_conversation_id", "insight_turns", ["conversation_id"])
    op.create_table(
        "insight_waits",
        sa.Column("event_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("ended_by", _s(254), nullable=True),
        sa.Column("minutes", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_insight_waits_at", "insight_waits", ["at"])
    op.create_index("ix_insight_waits_conversation_id", "insight_waits", ["conversation_id"])
    with op.batch_alter_table("insight_quotes") as batch:
        batch.add_column(sa.Column("minutes_to_quote", sa.Float(), nullable=True))
    with op.batch_alter_table("insight_state") as batch:
        batch.add_column(sa.Column("message_id", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("hours", _s(200), nullable=True))
    # The summary is derived: the next refresh rebuilds it with the new columns filled.
    op.execute("UPDATE insight_state SET refreshed_at = NULL")


def downgrade() -> None:
    with op.batch_alter_table("insight_state") as batch:
        batch.drop_column("hours")
        batch.drop_column("message_id")
    with op.batch_alter_table("insight_quotes") as batch:
        batch.drop_column("minutes_to_quote")
    for table in ("insight_waits", "insight_turns"):
        op.drop_table(table)
