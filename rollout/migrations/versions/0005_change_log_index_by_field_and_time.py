"""change-log index by programme, field and time

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 23:30:00
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "What changed since" asks for a programme's status and plan changes after a day; the
    # replay asks for its status and actual-end changes. One index serves both.
    with op.batch_alter_table('change_event', schema=None) as batch_op:
        batch_op.drop_index('ix_change_event_programme_field')
        batch_op.create_index('ix_change_event_programme_field_recorded',
                              ['programme_id', 'field', 'recorded_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('change_event', schema=None) as batch_op:
        batch_op.drop_index('ix_change_event_programme_field_recorded')
        batch_op.create_index('ix_change_event_programme_field', ['programme_id', 'field'],
                              unique=False)
