"""won-client handoffs

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 00:00:00.000000
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('handoff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('won_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('delivery_lead_id', sa.Integer(), nullable=True),
    sa.Column('kickoff_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('director_id', sa.Integer(), nullable=True),
    sa.Column('welcome_done_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('welcome_reminded_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('welcome_escalated_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('onboarded_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('nps_asked_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_nps_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['delivery_lead_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['director_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['owner_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('quote_id')
    )
    with op.batch_alter_table('handoff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handoff_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handoff_delivery_lead_id'), ['delivery_lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handoff_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handoff_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_handoff_won_at'), ['won_at'], unique=False)

    op.create_table('handoff_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handoff_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['handoff_id'], ['handoff.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('handoff_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handoff_update_handoff_id'), ['handoff_id'], unique=False)

    op.create_table('nps_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handoff_id', sa.Integer(), nullable=False),
    sa.Column('round', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['handoff_id'], ['handoff.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('handoff_id', 'round')
    )
    with op.batch_alter_table('nps_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nps_score_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_nps_score_handoff_id'), ['handoff_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('nps_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nps_score_handoff_id'))
        batch_op.drop_index(batch_op.f('ix_nps_score_created_at'))

    op.drop_table('nps_score')
    with op.batch_alter_table('handoff_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handoff_update_handoff_id'))

    op.drop_table('handoff_update')
    with op.batch_alter_table('handoff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handoff_won_at'))
        batch_op.drop_index(batch_op.f('ix_handoff_state'))
        batch_op.drop_index(batch_op.f('ix_handoff_owner_id'))
        batch_op.drop_index(batch_op.f('ix_handoff_delivery_lead_id'))
        batch_op.drop_index(batch_op.f('ix_handoff_client_id'))

    op.drop_table('handoff')
