"""quotes.language: the language a quote's lines, document and mails are written in, so
a guest writing in Spanish gets a Spanish quote (it had none: a guest's was English).
Quotes made before are a customer's in the customer's language, a guest's in English, as
they were written.

Revision ID: 0029
Revises: 0028
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(
            sa.Column(
                "language",
                sqlmodel.sql.sqltypes.AutoString(length=2),
                nullable=False,
                server_default="en",
            )
        )
    op.execute(
        "UPDATE quotes SET language = (SELECT c.language FROM customers c"
        " WHERE c.customer_id = quotes.customer_id) WHERE customer_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("language")
