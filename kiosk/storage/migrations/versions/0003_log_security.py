"""Sealed log: forward-secure seals, free text outside the row hash, foreign QR texts as digests

Revision ID: 0003_log_security
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = '0003_log_security'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('log_seal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_tag', sa.String(length=64), nullable=False),
    sa.Column('tag', sa.String(length=64), nullable=False),
    sa.Column('sealed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_log_seal')),
    sa.UniqueConstraint('kiosk_id', 'seq', name=op.f('uq_log_seal_kiosk_id_seq'))
    )
    op.create_table('log_digest_key',
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('kiosk_id', name=op.f('pk_log_digest_key'))
    )
    op.create_table('log_note',
    sa.Column('log_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['log_id'], ['scan_log.id'], name=op.f('fk_log_note_log_id_scan_log')),
    sa.PrimaryKeyConstraint('log_id', name=op.f('pk_log_note'))
    )
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('qr_length', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('qr_digest', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('note_digest', sa.String(length=64), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.drop_column('note_digest')
        batch_op.drop_column('qr_digest')
        batch_op.drop_column('qr_length')
    op.drop_table('log_note')
    op.drop_table('log_digest_key')
    op.drop_table('log_seal')
