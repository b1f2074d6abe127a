"""admin of the organisation and the templates: versions that guard edits of areas, centres,
units, municipalities' populations, steps and checklist items; areas, centres and checklist
items retired instead of deleted; the programme a programme was created from

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 01:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

VERSIONED = ("family_centre_area", "family_centre", "rollout_unit", "municipality",
             "step_template", "checklist_item_template")
RETIRED = ("family_centre_area", "family_centre", "checklist_item_template")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1',
                                          nullable=False))
            if table in RETIRED:
                batch_op.add_column(sa.Column('retired_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.add_column(sa.Column('template_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_programme_template_id_programme'),
                                    'programme', ['template_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_programme_template_id_programme'),
                                 type_='foreignkey')
        batch_op.drop_column('template_id')
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table in RETIRED:
                batch_op.drop_column('retired_at')
            batch_op.drop_column('version')
