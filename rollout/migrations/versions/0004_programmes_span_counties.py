"""programmes span counties; county codes; synthetic organisation; change-log indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 22:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('programme_region',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_programme_region_programme_id_programme')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_programme_region_region_id_region')),
    sa.PrimaryKeyConstraint('programme_id', 'region_id', name=op.f('pk_programme_region'))
    )
    # Every existing programme covers the county it was made for.
    op.execute("INSERT INTO programme_region (programme_id, region_id) "
               "SELECT id, region_id FROM programme")
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.drop_constraint('fk_programme_region_id_region', type_='foreignkey')
        batch_op.drop_column('region_id')
    with op.batch_alter_table('municipality', schema=None) as batch_op:
        batch_op.drop_constraint('fk_municipality_area_id_family_centre_area',
                                 type_='foreignkey')
        batch_op.drop_column('area_id')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('name_sv', sa.String(length=120), server_default='',
                                      nullable=False))
        batch_op.create_unique_constraint(batch_op.f('uq_region_code'), ['code'])
    op.execute("UPDATE region SET code = 'PP', name_sv = 'Norra Österbottens välfärdsområde' "
               "WHERE name LIKE 'Pohjois-Pohjanmaan%'")
    for table in ('family_centre_area', 'family_centre'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('is_synthetic', sa.Boolean(),
                                          server_default=sa.false(), nullable=False))
    with op.batch_alter_table('change_event', schema=None) as batch_op:
        batch_op.create_index('ix_change_event_programme_field', ['programme_id', 'field'],
                              unique=False)
        batch_op.create_index('ix_change_event_programme_recorded',
                              ['programme_id', 'recorded_at'], unique=False)


def downgrade() -> None:
    # A programme spanning several counties, and a municipality served by centres of several
    # areas, have no place in the older schema: refuse rather than lose data.
    raise NotImplementedError("revision 0004 cannot be downgraded without losing data")
