"""quotes record whether they are a partner's, from their owner's role when the quote was made

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 21:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# The network's own people (bot.rules.access.INSIDERS, written out: a migration must not change with the code).
INSIDERS = ('bd', 'director', 'admin')


def upgrade() -> None:
    # Private by default; the quotes the network's own people own now are theirs: the best evidence there is of who
    # started each quote, taken once, here.
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.add_column(sa.Column('partner_quote', sa.Boolean(), nullable=False, server_default=sa.true()))
    quote = sa.table('quote', sa.column('owner_id', sa.Integer()), sa.column('partner_quote', sa.Boolean()))
    member = sa.table('member', sa.column('id', sa.Integer()), sa.column('role', sa.String()))
    network_owned = sa.select(member.c.id).where(member.c.role.in_(INSIDERS))
    op.execute(quote.update().where(quote.c.owner_id.in_(network_owned)).values(partner_quote=False))


def downgrade() -> None:
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_column('partner_quote')
