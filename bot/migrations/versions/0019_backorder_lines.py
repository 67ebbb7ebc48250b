"""order_lines.backorder and .eta: the part of a short item ordered to come later

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("order_lines") as batch:
        batch.add_column(
            sa.Column("backorder", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("eta", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("order_lines") as batch:
        batch.drop_column("eta")
        batch.drop_column("backorder")
