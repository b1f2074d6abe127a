"""readiness: sign-offs and overrides, evidence links, who set an item

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 00:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('checklist_item_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evidence_link', sa.String(length=500),
                                      server_default='', nullable=False))
        batch_op.add_column(sa.Column('updated_by_name', sa.String(length=160),
                                      server_default='', nullable=False))
    with op.batch_alter_table('step_sign_off', schema=None) as batch_op:
        batch_op.alter_column('override_reason', new_column_name='note',
                              existing_type=sa.Text(), existing_nullable=False)
        batch_op.alter_column('signed_by_id', existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column('kind', sa.String(length=20), server_default='sign_off',
                                      nullable=False))
        batch_op.add_column(sa.Column('signed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('signed_by_name', sa.String(length=160),
                                      server_default='', nullable=False))
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_by_name', sa.String(length=160),
                                      server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_step_sign_off_unit_id'), ['unit_id'],
                              unique=False)
    # Rows from before (kept by overrides of the earlier schema) count from their day.
    day = "date(signed_at)" if op.get_bind().dialect.name == "sqlite" \
        else "CAST(signed_at AS DATE)"
    op.execute(f"UPDATE step_sign_off SET signed_on = {day}, kind = CASE WHEN note <> '' "
               "THEN 'override' ELSE 'sign_off' END")
    with op.batch_alter_table('step_sign_off', schema=None) as batch_op:
        batch_op.alter_column('signed_on', existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('step_sign_off', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_sign_off_unit_id'))
        for column in ('withdrawn_by_name', 'withdrawn_at', 'signed_by_name', 'signed_on',
                       'kind'):
            batch_op.drop_column(column)
        batch_op.alter_column('note', new_column_name='override_reason',
                              existing_type=sa.Text(), existing_nullable=False)
    with op.batch_alter_table('checklist_item_state', schema=None) as batch_op:
        batch_op.drop_column('updated_by_name')
        batch_op.drop_column('evidence_link')
