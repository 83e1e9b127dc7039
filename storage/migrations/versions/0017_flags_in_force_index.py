"""flags in force by client: one index of (client_id, since, until) instead of client_id alone

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 07:00:00.000000
"""

from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_flag_in_force', 'flag', ['client_id', 'since', 'until'], unique=False)
    op.drop_index('ix_flag_client_id', table_name='flag')


def downgrade() -> None:
    op.create_index('ix_flag_client_id', 'flag', ['client_id'], unique=False)
    op.drop_index('ix_flag_in_force', table_name='flag')
