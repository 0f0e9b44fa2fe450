"""Roster packages: roster generations, status origins, roster sources, acknowledgements; admissions per occurrence

Revision ID: 0004_roster_packages
Revises: 0003_log_security

Admissions recorded before this revision get their occurrence from their time's UTC date (the event's
time zone is not known here); by-appointment admissions recorded before it count per day.
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_roster_packages'
down_revision = '0003_log_security'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('roster_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('next_generation', sa.Integer(), nullable=False),
    sa.Column('staging', sa.Integer(), nullable=True),
    sa.Column('edits', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_state'))
    )
    op.bulk_insert(
        sa.table('roster_state', sa.column('id'), sa.column('generation'), sa.column('next_generation'),
                 sa.column('staging'), sa.column('edits')),
        [{'id': 1, 'generation': 1, 'next_generation': 2, 'staging': None, 'edits': 0}],
    )
    op.create_table('roster_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('key_id', sa.String(length=8), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=True),
    sa.Column('badges', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_source')),
    sa.UniqueConstraint('kind', 'serial', name=op.f('uq_roster_source_kind_serial'))
    )
    op.create_table('status_acknowledgement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event', sa.String(length=80), nullable=False),
    sa.Column('badge_number', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_acknowledgement')),
    sa.UniqueConstraint('event', name=op.f('uq_status_acknowledgement_event'))
    )
    with op.batch_alter_table('status_acknowledgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_acknowledgement_badge_number'), ['badge_number'], unique=False)

    with op.batch_alter_table('accreditation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('generation', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('status_origin', sa.String(length=16), nullable=False, server_default='roster'))
        batch_op.add_column(sa.Column('status_event', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('edit_seq', sa.Integer(), nullable=False, server_default='0'))
        batch_op.drop_constraint('uq_accreditation_badge_number', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_accreditation_generation_badge_number'), ['generation', 'badge_number'])
    with op.batch_alter_table('accreditation', schema=None) as batch_op:
        for name in ('generation', 'status_origin', 'status_event', 'edit_seq'):
            batch_op.alter_column(name, server_default=None)

    with op.batch_alter_table('admission', schema=None) as batch_op:
        batch_op.add_column(sa.Column('occurrence', sa.String(length=32), nullable=False, server_default=''))
    admission = sa.table('admission', sa.column('id', sa.Integer()), sa.column('at', sa.DateTime()),
                         sa.column('occurrence', sa.String()))
    connection = op.get_bind()
    for row_id, at in connection.execute(sa.select(admission.c.id, admission.c.at)).all():
        connection.execute(admission.update().where(admission.c.id == row_id).values(occurrence=at.date().isoformat()))
    with op.batch_alter_table('admission', schema=None) as batch_op:
        batch_op.alter_column('occurrence', server_default=None)
        batch_op.drop_index('ix_admission_badge_number_session')
        batch_op.create_index(
            batch_op.f('ix_admission_badge_number_session_occurrence'), ['badge_number', 'session', 'occurrence'],
            unique=True, sqlite_where=sa.text('annulled_at IS NULL'), postgresql_where=sa.text('annulled_at IS NULL'),
        )


def downgrade() -> None:
    with op.batch_alter_table('admission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admission_badge_number_session_occurrence'))
        batch_op.create_index('ix_admission_badge_number_session', ['badge_number', 'session'], unique=False)
        batch_op.drop_column('occurrence')
    op.execute(
        "DELETE FROM accreditation WHERE generation <> (SELECT generation FROM roster_state WHERE id = 1)"
    )
    with op.batch_alter_table('accreditation', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_accreditation_generation_badge_number'), type_='unique')
        batch_op.create_unique_constraint('uq_accreditation_badge_number', ['badge_number'])
        batch_op.drop_column('edit_seq')
        batch_op.drop_column('status_event')
        batch_op.drop_column('status_origin')
        batch_op.drop_column('generation')
    with op.batch_alter_table('status_acknowledgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_acknowledgement_badge_number'))
    op.drop_table('status_acknowledgement')
    op.drop_table('roster_source')
    op.drop_table('roster_state')
