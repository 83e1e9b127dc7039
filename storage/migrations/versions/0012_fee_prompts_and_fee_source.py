"""fee prompts (a decision owed per prior holder) and where a fee came from

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 00:00:00.000000
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fee_prompt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('payer_id', sa.Integer(), nullable=False),
    sa.Column('payee_id', sa.Integer(), nullable=False),
    sa.Column('basis', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('prompted_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reminded_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('unanswered_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['payee_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['payer_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('quote_id', 'payee_id')
    )
    with op.batch_alter_table('fee_prompt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fee_prompt_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fee_prompt_payee_id'), ['payee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fee_prompt_payer_id'), ['payer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fee_prompt_prompted_at'), ['prompted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_fee_prompt_quote_id'), ['quote_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fee_prompt_state'), ['state'], unique=False)
    # Every fee recorded before this came from a member's card.
    with op.batch_alter_table('referral_fee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False,
                                      server_default='card'))


def downgrade() -> None:
    with op.batch_alter_table('referral_fee', schema=None) as batch_op:
        batch_op.drop_column('source')
    with op.batch_alter_table('fee_prompt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fee_prompt_state'))
        batch_op.drop_index(batch_op.f('ix_fee_prompt_quote_id'))
        batch_op.drop_index(batch_op.f('ix_fee_prompt_prompted_at'))
        batch_op.drop_index(batch_op.f('ix_fee_prompt_payer_id'))
        batch_op.drop_index(batch_op.f('ix_fee_prompt_payee_id'))
        batch_op.drop_index(batch_op.f('ix_fee_prompt_client_id'))
    op.drop_table('fee_prompt')
