"""one open introduction request per asker, introducer, client and contact

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 08:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('uq_introduction_request_asked', 'introduction_request',
                    ['client_id', 'asker_id', 'introducer_id', sa.text('coalesce(contact_id, 0)')], unique=True,
                    sqlite_where=sa.text("state = 'asked'"), postgresql_where=sa.text("state = 'asked'"))


def downgrade() -> None:
    op.drop_index('uq_introduction_request_asked', table_name='introduction_request')
