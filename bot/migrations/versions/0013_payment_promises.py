"""payment_promises: a buyer's promise to pay, kept or broken after the next receivables import

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.models.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payment_promises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("amount", bot.models.types.ExactDecimal(), nullable=True),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("owed", bot.models.types.ExactDecimal(), nullable=False),
        sa.Column("invoices", sa.JSON(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("paid", bot.models.types.ExactDecimal(), nullable=True),
        sa.Column("settled_at", bot.models.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", bot.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.customer_id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_payment_promises_customer_id", "payment_promises", ["customer_id"])
    op.create_index("ix_payment_promises_status", "payment_promises", ["status"])


def downgrade() -> None:
    op.drop_index("ix_payment_promises_status", table_name="payment_promises")
    op.drop_index("ix_payment_promises_customer_id", table_name="payment_promises")
    op.drop_table("payment_promises")
