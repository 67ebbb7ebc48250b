"""insight_revision_weeks: quote revisions per week of their quote and who made them, so
a long range's workload reads its whole weeks' revisions without joining its quotes

Revision ID: 0027
Revises: 0026
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "insight_revision_weeks",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("person", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("revisions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week", "person"),
    )
    # The summary is derived: the next refresh rebuilds it, these weeks filled.
    op.execute("UPDATE insight_state SET refreshed_at = NULL")


def downgrade() -> None:
    op.drop_table("insight_revision_weeks")
