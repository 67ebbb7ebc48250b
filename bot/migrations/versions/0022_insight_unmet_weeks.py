"""insight_unmet_weeks and three partial indexes: the insights summary's unmet demand,
chats handled and revisions read without grouping or scanning every row of the range

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNMET = sa.text("unmet IS NOT NULL")
PEOPLE = sa.text("direction = 'out' AND author NOT IN ('bot', 'system')")
REVISIONS = sa.text("version > 1")


def upgrade() -> None:
    op.create_table(
        "insight_unmet_weeks",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("groups", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week"),
    )
    op.create_index(
        "ix_insight_lines_unmet_week",
        "insight_lines",
        [sa.text("week DESC"), "customer_id", "item", "first_at"],
        postgresql_where=UNMET,
        sqlite_where=UNMET,
    )
    op.create_index(
        "ix_messages_people_created_at",
        "messages",
        ["created_at"],
        postgresql_where=PEOPLE,
        sqlite_where=PEOPLE,
    )
    op.create_index(
        "ix_quotes_revisions",
        "quotes",
        ["number", "created_by"],
        postgresql_where=REVISIONS,
        sqlite_where=REVISIONS,
    )
    # The summary is derived: the next refresh rebuilds it, the weeks' counts filled.
    op.execute("UPDATE insight_state SET refreshed_at = NULL")


def downgrade() -> None:
    op.drop_index("ix_quotes_revisions", table_name="quotes")
    op.drop_index("ix_messages_people_created_at", table_name="messages")
    op.drop_index("ix_insight_lines_unmet_week", table_name="insight_lines")
    op.drop_table("insight_unmet_weeks")
