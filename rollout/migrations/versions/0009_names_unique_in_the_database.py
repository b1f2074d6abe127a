"""names the services keep unique are unique in the database too: family centres within a
county (whose county is copied onto the centre, kept right by an (area, county) key), areas
within a county and programmes without regard to case, step names within a programme and
the texts of a step's items in use, in every language

A database that already holds such duplicates is not changed: the migration stops with a
list of them (what, where, ids), and `python -m rollout init` says how to resolve them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 21:00:00
"""
from alembic import op
import sqlalchemy as sa

from rollout.integrity import DuplicateNames, find_duplicates


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

LANGUAGES = ("fi", "sv", "en")
IN_USE = sa.text("retired_at IS NULL")


def upgrade() -> None:
    duplicates = find_duplicates(op.get_bind())
    if duplicates:
        raise DuplicateNames(duplicates)
    with op.batch_alter_table('family_centre_area', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_family_centre_area_id_region_id', ['id', 'region_id'])
    with op.batch_alter_table('family_centre', schema=None) as batch_op:
        batch_op.add_column(sa.Column('region_id', sa.Integer(), nullable=True))
    op.execute("UPDATE family_centre SET region_id = (SELECT region_id FROM family_centre_area "
               "WHERE family_centre_area.id = family_centre.area_id)")
    with op.batch_alter_table('family_centre', schema=None) as batch_op:
        batch_op.alter_column('region_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key('fk_family_centre_region_id_region', 'region',
                                    ['region_id'], ['id'])
        batch_op.drop_constraint('fk_family_centre_area_id_family_centre_area',
                                 type_='foreignkey')
        batch_op.create_foreign_key('fk_family_centre_area_county', 'family_centre_area',
                                    ['area_id', 'region_id'], ['id', 'region_id'])
    op.create_index('uq_family_centre_region_name', 'family_centre',
                    ['region_id', sa.text('lower(name)')], unique=True)
    op.create_index('uq_family_centre_area_region_name', 'family_centre_area',
                    ['region_id', sa.text('lower(name)')], unique=True)
    op.create_index('uq_programme_name', 'programme', [sa.text('lower(name)')], unique=True)
    for lang in LANGUAGES:
        op.create_index(f'uq_step_template_programme_name_{lang}', 'step_template',
                        ['programme_id', sa.text(f'lower(name_{lang})')], unique=True)
        op.create_index(f'uq_checklist_item_template_step_text_{lang}',
                        'checklist_item_template', ['step_id', sa.text(f'lower(text_{lang})')],
                        unique=True, sqlite_where=IN_USE, postgresql_where=IN_USE)


def downgrade() -> None:
    for lang in reversed(LANGUAGES):
        op.drop_index(f'uq_checklist_item_template_step_text_{lang}',
                      table_name='checklist_item_template')
        op.drop_index(f'uq_step_template_programme_name_{lang}', table_name='step_template')
    op.drop_index('uq_programme_name', table_name='programme')
    op.drop_index('uq_family_centre_area_region_name', table_name='family_centre_area')
    op.drop_index('uq_family_centre_region_name', table_name='family_centre')
    with op.batch_alter_table('family_centre', schema=None) as batch_op:
        batch_op.drop_constraint('fk_family_centre_area_county', type_='foreignkey')
        batch_op.create_foreign_key('fk_family_centre_area_id_family_centre_area',
                                    'family_centre_area', ['area_id'], ['id'])
        batch_op.drop_constraint('fk_family_centre_region_id_region', type_='foreignkey')
        batch_op.drop_column('region_id')
    with op.batch_alter_table('family_centre_area', schema=None) as batch_op:
        batch_op.drop_constraint('uq_family_centre_area_id_region_id', type_='unique')
