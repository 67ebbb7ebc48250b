"""insight_lines, insight_quotes, insight_customers, insight_state: the insights summary

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from bot.models.types import ExactDecimal, UTCDateTime

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _s(n: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=n)


def upgrade() -> None:
    op.create_table(
        "insight_lines",
        sa.Column("line_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("number", _s(20), nullable=False),
        sa.Column("customer_id", _s(64), nullable=True),
        sa.Column("channel", _s(20), nullable=False),
        sa.Column("first_at", UTCDateTime(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("sku", _s(64), nullable=True),
        sa.Column("family", _s(80), nullable=True),
        sa.Column("line_status", _s(10), nullable=False),
        sa.Column("request_text", _s(500), nullable=False),
        sa.Column("item", _s(500), nullable=False),
        sa.Column("quantity", ExactDecimal(), nullable=False),
        sa.Column("available", ExactDecimal(), nullable=True),
        sa.Column("line_total", ExactDecimal(), nullable=True),
        sa.Column("margin_pct", ExactDecimal(), nullable=True),
        sa.Column("won", sa.Integer(), nullable=False),
        sa.Column("touchless", sa.Integer(), nullable=False),
        sa.Column("priced", sa.Integer(), nullable=False),
        sa.Column("unmet", _s(12), nullable=True),
        sa.PrimaryKeyConstraint("line_id"),
    )
    op.create_index("ix_insight_lines_number", "insight_lines", ["number"])
    op.create_index("ix_insight_lines_first_at", "insight_lines", ["first_at"])
    op.create_index("ix_insight_lines_family_first_at", "insight_lines", ["family", "first_at"])
    op.create_index(
        "ix_insight_lines_customer_first_at", "insight_lines", ["customer_id", "first_at"]
    )
    op.create_table(
        "insight_quotes",
        sa.Column("number", _s(20), nullable=False),
        sa.Column("customer_id", _s(64), nullable=True),
        sa.Column("channel", _s(20), nullable=False),
        sa.Column("status", _s(20), nullable=False),
        sa.Column("lost_reason", _s(500), nullable=True),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("sent_by", _s(254), nullable=True),
        sa.Column("first_at", UTCDateTime(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("priced", sa.Integer(), nullable=False),
        sa.Column("won_lines", sa.Integer(), nullable=False),
        sa.Column("touchless", sa.Integer(), nullable=False),
        sa.Column("quoted_value", ExactDecimal(), nullable=False),
        sa.Column("won_value", ExactDecimal(), nullable=False),
        sa.PrimaryKeyConstraint("number"),
    )
    op.create_index("ix_insight_quotes_first_at", "insight_quotes", ["first_at"])
    op.create_index(
        "ix_insight_quotes_customer_first_at", "insight_quotes", ["customer_id", "first_at"]
    )
    op.create_table(
        "insight_customers",
        sa.Column("customer_id", _s(64), nullable=False),
        sa.Column("purchases", sa.Integer(), nullable=False),
        sa.Column("last_purchase", sa.Date(), nullable=False),
        sa.Column("usual_interval_days", ExactDecimal(), nullable=True),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.create_table(
        "insight_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("erp_import_id", sa.Integer(), nullable=False),
        sa.Column("win_window_days", sa.Integer(), nullable=False),
        sa.Column("refreshed_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    for table in ("insight_state", "insight_customers", "insight_quotes", "insight_lines"):
        op.drop_table(table)
