"""user versions, change sources, Swedish centre names

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 19:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

PUBLIC_RECORD_ACTOR = "julkinen lähde"


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1',
                                      nullable=False))
    with op.batch_alter_table('change_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=20), server_default='user',
                                      nullable=False))
    with op.batch_alter_table('family_centre', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_sv', sa.String(length=160), server_default='',
                                      nullable=False))
    # The seed's go-live events came from the public record, not from a person.
    change_event = sa.table('change_event', sa.column('source'), sa.column('actor'),
                            sa.column('user_id'))
    op.execute(change_event.update()
               .where(change_event.c.actor == PUBLIC_RECORD_ACTOR,
                      change_event.c.user_id.is_(None))
               .values(source='public_record'))
    family_centre = sa.table('family_centre', sa.column('code'), sa.column('name_sv'))
    op.execute(family_centre.update().where(family_centre.c.code == 'oulu')
               .values(name_sv='Uleåborgs familjecenter'))


def downgrade() -> None:
    with op.batch_alter_table('family_centre', schema=None) as batch_op:
        batch_op.drop_column('name_sv')
    with op.batch_alter_table('change_event', schema=None) as batch_op:
        batch_op.drop_column('source')
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_column('version')
