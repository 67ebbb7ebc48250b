"""The unmet lines' partial index covers what unmet demand shows (request text, SKU,
kind, quantity): unmet.csv and the summary's rows read it alone, not ~70,000 pages of
lines in the order the index gives them

Revision ID: 0028
Revises: 0027
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNMET = sa.text("unmet IS NOT NULL")
KEY = [sa.text("week DESC"), "customer_id", "item", "first_at"]


def upgrade() -> None:
    op.drop_index("ix_insight_lines_unmet_week", table_name="insight_lines")
    op.create_index(
        "ix_insight_lines_unmet_week",
        "insight_lines",
        KEY,
        postgresql_include=["request_text", "sku", "unmet", "quantity"],
        postgresql_where=UNMET,
        sqlite_where=UNMET,
    )


def downgrade() -> None:
    op.drop_index("ix_insight_lines_unmet_week", table_name="insight_lines")
    op.create_index(
        "ix_insight_lines_unmet_week",
        "insight_lines",
        KEY,
        postgresql_where=UNMET,
        sqlite_where=UNMET,
    )
