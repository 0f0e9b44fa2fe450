"""Staff (officers, supervisors) with Argon2 PIN hashes, and every PIN attempt

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pin_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pin_attempt'))
    )
    with op.batch_alter_table('pin_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pin_attempt_number_at'), ['number', 'at'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('number', name=op.f('uq_staff_number'))
    )


def downgrade() -> None:
    op.drop_table('staff')
    with op.batch_alter_table('pin_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pin_attempt_number_at'))

    op.drop_table('pin_attempt')
