"""Running a site: each heartbeat's clock offset, the kiosks' seals uploaded as an anchor, the logins'
kiosk ids for the server's row-level policies, and a machine's own last offset measurement

Revision ID: 0006_site_ops
Revises: 0005_site
"""
import sqlalchemy as sa
from alembic import op

revision = '0006_site_ops'
down_revision = '0005_site'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('site_kiosk', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock_offset_ms', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('round_trip_ms', sa.Float(), nullable=True))
    with op.batch_alter_table('site_link', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock_offset_ms', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('round_trip_ms', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('offset_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('offset_monotonic', sa.Float(), nullable=True))
    op.create_table('site_seal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_tag', sa.String(length=64), nullable=False),
    sa.Column('tag', sa.String(length=64), nullable=False),
    sa.Column('sealed_at', sa.DateTime(), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_seal')),
    sa.UniqueConstraint('kiosk_id', 'seq', name=op.f('uq_site_seal_kiosk_id_seq'))
    )
    op.create_table('site_member',
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_site_member'))
    )


def downgrade() -> None:
    op.drop_table('site_member')
    op.drop_table('site_seal')
    with op.batch_alter_table('site_link', schema=None) as batch_op:
        batch_op.drop_column('offset_monotonic')
        batch_op.drop_column('offset_at')
        batch_op.drop_column('round_trip_ms')
        batch_op.drop_column('clock_offset_ms')
    with op.batch_alter_table('site_kiosk', schema=None) as batch_op:
        batch_op.drop_column('round_trip_ms')
        batch_op.drop_column('clock_offset_ms')
