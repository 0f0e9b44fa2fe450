"""Initial schema: roster, session grants, appointments, scan log, admissions

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accreditation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('badge_number', sa.String(length=16), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('given_names', sa.String(length=200), nullable=False),
    sa.Column('alt_name', sa.String(length=400), nullable=False),
    sa.Column('outlet', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('id_document_type', sa.String(length=32), nullable=False),
    sa.Column('id_document_last4', sa.String(length=4), nullable=False),
    sa.Column('press_card_number', sa.String(length=64), nullable=False),
    sa.Column('press_card_issuer', sa.String(length=200), nullable=False),
    sa.Column('mission_letter', sa.Boolean(), nullable=False),
    sa.Column('photo', sa.String(length=255), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_reason', sa.String(length=500), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=True),
    sa.Column('badge_version', sa.Integer(), nullable=False),
    sa.Column('attention_note', sa.String(length=500), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accreditation')),
    sa.UniqueConstraint('badge_number', name=op.f('uq_accreditation_badge_number'))
    )
    op.create_table('scan_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('checkpoint', sa.String(length=64), nullable=False),
    sa.Column('session', sa.String(length=32), nullable=False),
    sa.Column('badge_number', sa.String(length=16), nullable=True),
    sa.Column('badge_version', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=64), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=True),
    sa.Column('qr_text', sa.String(length=256), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_log')),
    sa.UniqueConstraint('kiosk_id', 'seq', name=op.f('uq_scan_log_kiosk_id_seq'))
    )
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_log_badge_number_kind'), ['badge_number', 'kind'], unique=False)

    op.create_table('admission',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('badge_number', sa.String(length=16), nullable=False),
    sa.Column('session', sa.String(length=32), nullable=False),
    sa.Column('checkpoint', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('decision_log_id', sa.Integer(), nullable=False),
    sa.Column('annulled_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['decision_log_id'], ['scan_log.id'], name=op.f('fk_admission_decision_log_id_scan_log')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_admission'))
    )
    with op.batch_alter_table('admission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_admission_badge_number_session'), ['badge_number', 'session'], unique=False)

    op.create_table('appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('accreditation_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['accreditation_id'], ['accreditation.id'], name=op.f('fk_appointment_accreditation_id_accreditation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_accreditation_id'), ['accreditation_id'], unique=False)

    op.create_table('session_grant',
    sa.Column('accreditation_id', sa.Integer(), nullable=False),
    sa.Column('session_code', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['accreditation_id'], ['accreditation.id'], name=op.f('fk_session_grant_accreditation_id_accreditation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('accreditation_id', 'session_code', name=op.f('pk_session_grant'))
    )


def downgrade() -> None:
    op.drop_table('session_grant')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_accreditation_id'))

    op.drop_table('appointment')
    with op.batch_alter_table('admission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admission_badge_number_session'))

    op.drop_table('admission')
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_log_badge_number_kind'))

    op.drop_table('scan_log')
    op.drop_table('accreditation')
