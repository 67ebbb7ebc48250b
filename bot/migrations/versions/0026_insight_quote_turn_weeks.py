"""insight_quote_weeks and insight_turn_weeks: quotes per week, status, lost reason and
sending with their lines' sums, and turns per week and kind of answer, so a long range's
headline counts, lost reasons and counts of time to quote and to first answer read its
whole weeks without its quotes and turns

Revision ID: 0026
Revises: 0025
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from bot.models.types import ExactDecimal

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "insight_quote_weeks",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("sending", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("quotes", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("won", sa.Integer(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("priced", sa.Integer(), nullable=False),
        sa.Column("won_lines", sa.Integer(), nullable=False),
        sa.Column("touchless", sa.Integer(), nullable=False),
        sa.Column("quoted_value", ExactDecimal(), nullable=True),
        sa.Column("won_value", ExactDecimal(), nullable=True),
        sa.Column("timed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week", "status", "reason", "sending"),
    )
    op.create_table(
        "insight_turn_weeks",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("turns", sa.Integer(), nullable=False),
        sa.Column("timed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week", "kind"),
    )
    # The summary is derived: the next refresh rebuilds it, these weeks filled.
    op.execute("UPDATE insight_state SET refreshed_at = NULL")


def downgrade() -> None:
    op.drop_table("insight_turn_weeks")
    op.drop_table("insight_quote_weeks")
