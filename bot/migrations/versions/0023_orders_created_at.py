"""orders by time (created_at, status): the insights page's orders per week read the
range's index entries instead of every order

Revision ID: 0023
Revises: 0022
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_orders_created_at", "orders", ["created_at", "status"])


def downgrade() -> None:
    op.drop_index("ix_orders_created_at", table_name="orders")
