"""my work and reminder digests: a step's owner linked to an account (existing owners matched
by name where exactly one account has it; the rest stay text), each person's digest settings,
the last visit of My work, and the digests sent (one per person, programme and period)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 23:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('step_progress') as batch:
        batch.add_column(sa.Column('owner_user_id', sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f('fk_step_progress_owner_user_id_app_user'), 'app_user',
                                 ['owner_user_id'], ['id'])
        batch.create_index(op.f('ix_step_progress_owner_user_id'), ['owner_user_id'])
    with op.batch_alter_table('app_user') as batch:
        batch.add_column(sa.Column('language', sa.String(2), nullable=False,
                                   server_default='fi'))
        batch.add_column(sa.Column('digest_frequency', sa.String(10), nullable=False,
                                   server_default='weekly'))
        batch.add_column(sa.Column('digest_weekday', sa.Integer(), nullable=False,
                                   server_default='0'))
        batch.add_column(sa.Column('digest_report', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column('settings_version', sa.Integer(), nullable=False,
                                   server_default='1'))
    op.create_table(
        'work_visit',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('previous_at', sa.DateTime(), nullable=True),
        sa.Column('latest_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['app_user.id'],
                                name=op.f('fk_work_visit_user_id_app_user')),
        sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                                name=op.f('fk_work_visit_programme_id_programme')),
        sa.PrimaryKeyConstraint('user_id', 'programme_id', name=op.f('pk_work_visit')))
    op.create_table(
        'digest_sent',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(20), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['app_user.id'],
                                name=op.f('fk_digest_sent_user_id_app_user')),
        sa.ForeignKeyConstraint(['programme_id'], ['programme.id'],
                                name=op.f('fk_digest_sent_programme_id_programme')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_digest_sent')),
        sa.UniqueConstraint('user_id', 'programme_id', 'period',
                            name=op.f('uq_digest_sent_user_id_programme_id_period')))
    _match_owners()


def _match_owners() -> None:
    """Owners matched to accounts by name (display name or user name, case and spacing
    aside) where exactly one account has it."""
    connection = op.get_bind()
    accounts: dict[str, set[int]] = {}
    for user_id, username, display_name in connection.execute(sa.text(
            "SELECT id, username, display_name FROM app_user")):
        for name in {username, display_name}:
            if name and name.strip():
                accounts.setdefault(" ".join(name.split()).casefold(), set()).add(user_id)
    owners = connection.execute(sa.text(
        "SELECT DISTINCT owner FROM step_progress WHERE owner <> ''")).scalars().all()
    for owner in owners:
        found = accounts.get(" ".join(owner.split()).casefold(), set())
        if len(found) == 1:
            connection.execute(sa.text(
                "UPDATE step_progress SET owner_user_id = :user_id WHERE owner = :owner"),
                {"user_id": next(iter(found)), "owner": owner})


def downgrade() -> None:
    op.drop_table('digest_sent')
    op.drop_table('work_visit')
    with op.batch_alter_table('app_user') as batch:
        for column in ('settings_version', 'digest_report', 'digest_weekday',
                       'digest_frequency', 'language'):
            batch.drop_column(column)
    with op.batch_alter_table('step_progress') as batch:
        batch.drop_index(op.f('ix_step_progress_owner_user_id'))
        batch.drop_constraint(op.f('fk_step_progress_owner_user_id_app_user'),
                              type_='foreignkey')
        batch.drop_column('owner_user_id')
