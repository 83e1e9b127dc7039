"""handled messages

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 21:04:30.147354
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('handled_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('replies', sa.JSON(), nullable=False),
    sa.Column('handled_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('handled_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handled_message_handled_at'), ['handled_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('handled_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handled_message_handled_at'))

    op.drop_table('handled_message')
