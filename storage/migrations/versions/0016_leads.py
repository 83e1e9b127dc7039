"""leads: BANT qualification and score of enquiries and referrals

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 03:00:00.000000
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lead',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('budget_low', sa.BigInteger(), nullable=True),
    sa.Column('budget_high', sa.BigInteger(), nullable=True),
    sa.Column('authority', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('need', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('timeline', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('qualified_by', sa.Integer(), nullable=False),
    sa.Column('first_qualified_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('qualified_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['qualified_by'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('subject', 'subject_id')
    )
    op.create_index(op.f('ix_lead_score'), 'lead', ['score'], unique=False)
    op.create_index(op.f('ix_lead_first_qualified_at'), 'lead', ['first_qualified_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_lead_first_qualified_at'), table_name='lead')
    op.drop_index(op.f('ix_lead_score'), table_name='lead')
    op.drop_table('lead')
