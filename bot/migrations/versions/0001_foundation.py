"""foundation: catalog, customers, prices, stock, receivables, audit

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 01:47:05.824116
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.models.types


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('event', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('cause', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_subject'), ['subject'], unique=False)

    op.create_table('customers',
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('tax_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('price_list', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('segment', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('seller_email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
    sa.Column('credit_limit', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('payment_terms_days', sa.Integer(), nullable=True),
    sa.Column('blocked', sa.Boolean(), nullable=False),
    sa.Column('block_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('default_warehouse', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('customer_id')
    )
    op.create_table('erp_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('started_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('family_discounts',
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('scope_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('family', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('discount_pct', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'scope_id', 'family')
    )
    op.create_table('products',
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('family', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    sa.Column('brand', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    sa.Column('uom', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('pack_qty', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('list_price', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('cost', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=True),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('substitutes', sa.JSON(), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('image_url', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('datasheet_url', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('sku')
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_family'), ['family'], unique=False)

    op.create_table('warehouses',
    sa.Column('warehouse', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('cutoff', sa.Time(), nullable=True),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('warehouse')
    )
    op.create_table('contacts',
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('contact_key', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.PrimaryKeyConstraint('customer_id', 'contact_key')
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_phone'), ['phone'], unique=False)

    op.create_table('cross_references',
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('customer_part', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ),
    sa.PrimaryKeyConstraint('customer_id', 'customer_part')
    )
    with op.batch_alter_table('cross_references', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cross_references_sku'), ['sku'], unique=False)

    op.create_table('customer_prices',
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('min_qty', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('price', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ),
    sa.PrimaryKeyConstraint('customer_id', 'sku', 'min_qty')
    )
    op.create_table('price_list_prices',
    sa.Column('price_list', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('min_qty', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('price', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ),
    sa.PrimaryKeyConstraint('price_list', 'sku', 'min_qty')
    )
    with op.batch_alter_table('price_list_prices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_price_list_prices_sku'), ['sku'], unique=False)

    op.create_table('receivables',
    sa.Column('invoice', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('issued', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('amount', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('balance', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('disputed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.PrimaryKeyConstraint('invoice')
    )
    with op.batch_alter_table('receivables', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receivables_customer_id'), ['customer_id'], unique=False)

    op.create_table('stock',
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('warehouse', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('on_hand', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('reserved', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('damaged', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('incoming', bot.models.types.ExactDecimal(precision=18, scale=4), nullable=False),
    sa.Column('incoming_eta', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ),
    sa.ForeignKeyConstraint(['warehouse'], ['warehouses.warehouse'], ),
    sa.PrimaryKeyConstraint('sku', 'warehouse')
    )



def downgrade() -> None:

    op.drop_table('stock')
    with op.batch_alter_table('receivables', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receivables_customer_id'))

    op.drop_table('receivables')
    with op.batch_alter_table('price_list_prices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_price_list_prices_sku'))

    op.drop_table('price_list_prices')
    op.drop_table('customer_prices')
    with op.batch_alter_table('cross_references', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cross_references_sku'))

    op.drop_table('cross_references')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_phone'))
        batch_op.drop_index(batch_op.f('ix_contacts_email'))

    op.drop_table('contacts')
    op.drop_table('warehouses')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_family'))

    op.drop_table('products')
    op.drop_table('family_discounts')
    op.drop_table('erp_imports')
    op.drop_table('customers')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_subject'))

    op.drop_table('audit_events')

