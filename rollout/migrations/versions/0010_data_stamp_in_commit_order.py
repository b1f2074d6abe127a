"""a data stamp that moves in commit order: one counter that every transaction recording
change events moves as it commits (the largest event id could stand still while a save with
a lower id committed after one with a higher), started at the largest event id so caches
keyed by the old stamp are not mistaken for current

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 21:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('data_stamp',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('version', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_stamp')))
    op.execute("INSERT INTO data_stamp (id, version) "
               "SELECT 1, COALESCE(MAX(id), 0) + 1 FROM change_event")


def downgrade() -> None:
    op.drop_table('data_stamp')
