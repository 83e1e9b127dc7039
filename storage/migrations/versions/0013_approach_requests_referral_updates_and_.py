"""approach requests, referral updates and quiet notices

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 00:00:00.000000
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('approach_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('answered_by', sa.Integer(), nullable=True),
    sa.Column('answered_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('approach_id', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['answered_by'], ['member.id'], ),
    sa.ForeignKeyConstraint(['approach_id'], ['approach.id'], ),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['partner_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('approach_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approach_request_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approach_request_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_approach_request_state'), ['state'], unique=False)
        batch_op.create_index('uq_approach_request_asked', ['client_id', 'partner_id'], unique=True,
                              sqlite_where=sa.text("state = 'asked'"), postgresql_where=sa.text("state = 'asked'"))

    op.create_table('referral_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referral_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_update_referral_id'), ['referral_id'], unique=False)

    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quiet_told_at', storage.types.UTCDateTime(timezone=True), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_column('quiet_told_at')

    with op.batch_alter_table('referral_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_update_referral_id'))

    op.drop_table('referral_update')
    with op.batch_alter_table('approach_request', schema=None) as batch_op:
        batch_op.drop_index('uq_approach_request_asked')
        batch_op.drop_index(batch_op.f('ix_approach_request_state'))
        batch_op.drop_index(batch_op.f('ix_approach_request_partner_id'))
        batch_op.drop_index(batch_op.f('ix_approach_request_client_id'))

    op.drop_table('approach_request')
