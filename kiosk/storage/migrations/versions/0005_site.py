"""A site: the site's tables (packages, change feed, replicated logs, admission claims, alarms, heartbeats),
a kiosk's record of its link, and each log row's claim id and offline mark

Revision ID: 0005_site
Revises: 0004_roster_packages

Log rows written before this revision have no claim id and were not offline; both fields are hashed
only when set, so their hashes stand.
"""
import sqlalchemy as sa
from alembic import op

revision = '0005_site'
down_revision = '0004_roster_packages'
branch_labels = None
depends_on = None

_LOG_COLUMNS = (
    ('kiosk_id', sa.String(length=64), False), ('seq', sa.Integer(), False), ('at', sa.DateTime(), False),
    ('kind', sa.String(length=16), False), ('checkpoint', sa.String(length=64), False),
    ('session', sa.String(length=32), False), ('badge_number', sa.String(length=16), True),
    ('badge_version', sa.Integer(), True), ('code', sa.String(length=32), False),
    ('decision', sa.String(length=16), False), ('reason', sa.String(length=64), False),
    ('officer', sa.String(length=64), False), ('manual', sa.Boolean(), False), ('ref_id', sa.Integer(), True),
    ('qr_text', sa.String(length=256), False), ('detail', sa.Text(), False),
    ('prev_hash', sa.String(length=64), False), ('row_hash', sa.String(length=64), False),
)


def upgrade() -> None:
    op.create_table('site_package',
    sa.Column('serial', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('key_id', sa.String(length=8), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('published_by', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('serial', name=op.f('pk_site_package'))
    )
    op.create_table('site_change',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('client_id', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('package_serial', sa.Integer(), nullable=True),
    sa.Column('badge_number', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_site_change')),
    sa.UniqueConstraint('client_id', name=op.f('uq_site_change_client_id'))
    )
    op.create_table('site_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.Integer(), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(), nullable=False),
    *(sa.Column(name, kind, nullable=nullable) for name, kind, nullable in _LOG_COLUMNS),
    sa.Column('qr_length', sa.Integer(), server_default='0', nullable=False),
    sa.Column('qr_digest', sa.String(length=64), server_default='', nullable=False),
    sa.Column('note_digest', sa.String(length=64), server_default='', nullable=False),
    sa.Column('client_id', sa.String(length=36), server_default='', nullable=False),
    sa.Column('offline', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_log')),
    sa.UniqueConstraint('kiosk_id', 'seq', name=op.f('uq_site_log_kiosk_id_seq'))
    )
    op.create_table('site_claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('badge_number', sa.String(length=16), nullable=False),
    sa.Column('session', sa.String(length=32), nullable=False),
    sa.Column('occurrence', sa.String(length=32), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('checkpoint', sa.String(length=64), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('server_at', sa.DateTime(), nullable=False),
    sa.Column('offline', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('decision_seq', sa.Integer(), nullable=True),
    sa.Column('annulled_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_claim')),
    sa.UniqueConstraint('client_id', name=op.f('uq_site_claim_client_id'))
    )
    with op.batch_alter_table('site_claim', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_site_claim_badge_number_session_occurrence'), ['badge_number', 'session', 'occurrence'],
            unique=True, sqlite_where=sa.text("state = 'standing'"), postgresql_where=sa.text("state = 'standing'"),
        )
        batch_op.create_index(batch_op.f('ix_site_claim_state'), ['state'], unique=False)
    op.create_table('site_alarm',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('detail', sa.String(length=500), nullable=False),
    sa.Column('raised_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_alarm')),
    sa.UniqueConstraint('kind', 'kiosk_id', 'seq', name=op.f('uq_site_alarm_kind_kiosk_id_seq'))
    )
    op.create_table('site_kiosk',
    sa.Column('kiosk_id', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('checkpoint', sa.String(length=64), nullable=False),
    sa.Column('kiosk_time', sa.DateTime(), nullable=False),
    sa.Column('last_seen', sa.DateTime(), nullable=False),
    sa.Column('roster_serial', sa.Integer(), nullable=True),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('uploaded_seq', sa.Integer(), nullable=False),
    sa.Column('pending_uploads', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kiosk_id', name=op.f('pk_site_kiosk'))
    )
    op.create_table('site_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site', sa.String(length=400), nullable=False),
    sa.Column('uploaded_seq', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('synced_at', sa.DateTime(), nullable=True),
    sa.Column('synced_monotonic', sa.Float(), nullable=True),
    sa.Column('offline_since', sa.DateTime(), nullable=True),
    sa.Column('publish_pending', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_link'))
    )
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_id', sa.String(length=36), server_default='', nullable=False))
        batch_op.add_column(sa.Column('offline', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.drop_column('offline')
        batch_op.drop_column('client_id')
    op.drop_table('site_link')
    op.drop_table('site_kiosk')
    op.drop_table('site_alarm')
    with op.batch_alter_table('site_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_claim_state'))
        batch_op.drop_index(batch_op.f('ix_site_claim_badge_number_session_occurrence'))
    op.drop_table('site_claim')
    op.drop_table('site_log')
    op.drop_table('site_change')
    op.drop_table('site_package')
