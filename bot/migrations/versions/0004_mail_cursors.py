"""mail cursors

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 03:16:08.987242
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.models.types


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('mail_cursors',
    sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('last_uid', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('folder')
    )



def downgrade() -> None:

    op.drop_table('mail_cursors')

