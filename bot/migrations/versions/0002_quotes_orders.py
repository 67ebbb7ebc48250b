"""quotes, orders, approvals, ERP outbox, number sequences

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 02:22:26.575039
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.models.types


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('approvals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('requested_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_at', bot.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('approvals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approvals_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_approvals_subject'), ['subject'], unique=False)

    op.create_table('number_sequences',
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'year')
    )
    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('created_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('total', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('lost_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number', 'version', name='uq_quotes_number_version')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_status'), ['status'], unique=False)

    op.create_table('orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('total', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('created_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('erp_document', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_status'), ['status'], unique=False)

    op.create_table('quote_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('request_text', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('match_decision', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('match_score', sa.Float(), nullable=False),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('quantity', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('uom', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('unit_price', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('price_rule', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('price_detail', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('list_price', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('cost', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('line_total', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('margin_pct', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('available', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('warehouse', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('dispatch', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('eta', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], ),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('quote_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_lines_quote_id'), ['quote_id'], unique=False)

    op.create_table('erp_exports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('written_at', bot.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('posted_at', bot.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_id')
    )
    op.create_table('order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('quantity', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('uom', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('unit_price', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('line_total', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('warehouse', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], ),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_lines_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_lines_sku'), ['sku'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_lines_sku'))
        batch_op.drop_index(batch_op.f('ix_order_lines_order_id'))

    op.drop_table('order_lines')
    op.drop_table('erp_exports')
    with op.batch_alter_table('quote_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_lines_quote_id'))

    op.drop_table('quote_lines')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_status'))
        batch_op.drop_index(batch_op.f('ix_orders_customer_id'))
        batch_op.drop_index(batch_op.f('ix_orders_conversation_id'))

    op.drop_table('orders')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_status'))
        batch_op.drop_index(batch_op.f('ix_quotes_number'))
        batch_op.drop_index(batch_op.f('ix_quotes_customer_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_conversation_id'))

    op.drop_table('quotes')
    op.drop_table('number_sequences')
    with op.batch_alter_table('approvals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approvals_subject'))
        batch_op.drop_index(batch_op.f('ix_approvals_status'))

    op.drop_table('approvals')

