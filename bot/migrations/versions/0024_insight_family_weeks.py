"""insight_family_weeks: lines quoted and won, value and margins per week and product
family, so the figures by family read a long range's whole weeks without its lines

Revision ID: 0024
Revises: 0023
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from bot.models.types import ExactDecimal

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "insight_family_weeks",
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("family", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("quoted", sa.Integer(), nullable=False),
        sa.Column("won", sa.Integer(), nullable=False),
        sa.Column("quoted_value", ExactDecimal(), nullable=True),
        sa.Column("won_value", ExactDecimal(), nullable=True),
        sa.Column("margin_sum", ExactDecimal(), nullable=True),
        sa.Column("margin_n", sa.Integer(), nullable=False),
        sa.Column("won_margin_sum", ExactDecimal(), nullable=True),
        sa.Column("won_margin_n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week", "family"),
    )
    # The summary is derived: the next refresh rebuilds it, the families' weeks filled.
    op.execute("UPDATE insight_state SET refreshed_at = NULL")


def downgrade() -> None:
    op.drop_table("insight_family_weeks")
