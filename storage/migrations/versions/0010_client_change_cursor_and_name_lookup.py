"""client change cursor and name lookup indexes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 23:55:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The index refresh reads changes by (updated_at, id); a question looks an exact name up in the database.
    op.create_index('ix_client_change', 'client', ['updated_at', 'id'], unique=False)
    op.create_index('ix_client_lower_name', 'client', [sa.text('lower(name)')], unique=False)


def downgrade() -> None:
    op.drop_index('ix_client_lower_name', table_name='client')
    op.drop_index('ix_client_change', table_name='client')
