"""relationships and introduction requests

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 03:00:00.000000
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('relationship',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('contact_role', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('how_known', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('declared_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('confirmed_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reminded_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('lapsed_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationship_member_id'), ['member_id'], unique=False)

    op.create_table('introduction_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('asker_id', sa.Integer(), nullable=False),
    sa.Column('introducer_id', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('answered_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['asker_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], ),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ),
    sa.ForeignKeyConstraint(['introducer_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('introduction_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_introduction_request_asker_id'), ['asker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_introduction_request_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_introduction_request_introducer_id'), ['introducer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('introduction_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_introduction_request_introducer_id'))
        batch_op.drop_index(batch_op.f('ix_introduction_request_client_id'))
        batch_op.drop_index(batch_op.f('ix_introduction_request_asker_id'))
    op.drop_table('introduction_request')
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationship_member_id'))
        batch_op.drop_index(batch_op.f('ix_relationship_client_id'))
    op.drop_table('relationship')
