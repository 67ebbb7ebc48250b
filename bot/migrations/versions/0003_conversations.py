"""conversations and messages

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 02:37:33.816716
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.models.types


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('conversations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('contact_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('attention', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('attention_since', bot.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_inbound_at', bot.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.customer_id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel', 'address', name='uq_conversations_address')
    )
    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('provider_sid', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('media', sa.JSON(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('error_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('error_message', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('template_sid', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('template_variables', sa.JSON(), nullable=False),
    sa.Column('in_reply_to', sa.Integer(), nullable=True),
    sa.Column('reply_seq', sa.Integer(), nullable=True),
    sa.Column('created_at', bot.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', bot.models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ),
    sa.ForeignKeyConstraint(['in_reply_to'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('in_reply_to', 'reply_seq', name='uq_messages_reply'),
    sa.UniqueConstraint('provider_sid')
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_messages_conversation_id'), ['conversation_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_conversation_id'))

    op.drop_table('messages')
    op.drop_table('conversations')

