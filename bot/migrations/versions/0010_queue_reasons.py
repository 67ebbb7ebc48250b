"""queue reasons as codes with their detail; approvals know their subject's kind

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 22:20:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The free-text reasons written before, and the code each became.
_EXACT = {
    'asked for a seller': 'asked_for_seller',
    'not understood': 'not_understood',
    'quote needs a seller': 'quote_needs_seller',
    'quote needs approval': 'quote_needs_approval',
    'order needs approval': 'order_needs_approval',
    'mail without recognisable items': 'mail_without_items',
    'acceptance of an unknown quote': 'unknown_quote',
    'acceptance could not be processed': 'acceptance_failed',
    'acceptance short of stock': 'acceptance_short',
    'media could not be downloaded': 'media_failed',
}
_PREFIXED = {'failed delivery': 'failed_delivery', 'quarantined mail': 'quarantined_mail'}


def upgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.add_column(sa.Column('attention_detail', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))
    with op.batch_alter_table('approvals') as batch:
        batch.add_column(sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False, server_default='quote'))
    conversations = sa.table('conversations', sa.column('attention', sa.String), sa.column('attention_detail', sa.String))
    for text, code in _EXACT.items():
        op.execute(conversations.update().where(conversations.c.attention == text).values(attention=code))
    for prefix, code in _PREFIXED.items():
        # "failed delivery: <why>", "failed delivery (error 63016)", "quarantined mail: <why>"
        rest = sa.func.trim(sa.func.substr(conversations.c.attention, len(prefix) + 1), ' :()')
        op.execute(
            conversations.update()
            .where(conversations.c.attention.like(prefix + '%'))
            .values(attention=code, attention_detail=rest)
        )
    approvals = sa.table('approvals', sa.column('subject', sa.String), sa.column('kind', sa.String))
    op.execute(approvals.update().where(approvals.c.subject.like('O-%')).values(kind='order'))


def downgrade() -> None:
    with op.batch_alter_table('approvals') as batch:
        batch.drop_column('kind')
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('attention_detail')
