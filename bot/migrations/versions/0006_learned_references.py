"""learned references

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 22:10:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.models.types


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('learned_references',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('request_key', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('request_text', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('created_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('quote_number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('customer_id', 'request_key')
    )
    with op.batch_alter_table('learned_references', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learned_references_customer_id'), ['customer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('learned_references', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learned_references_customer_id'))
    op.drop_table('learned_references')
