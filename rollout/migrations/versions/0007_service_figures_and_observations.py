"""service figures and observations: versions and who saved a month's figures, contacts by
other channels, the queue at month end; how often an observation was seen; the theme list

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 23:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The starting list of themes (code, fi, sv, en); admins and planners add more in the app.
DEFAULT_THEMES = [
    ("mental_health", "Mielenterveys", "Psykisk hälsa", "Mental health"),
    ("parenting", "Vanhemmuus", "Föräldraskap", "Parenting"),
    ("finances", "Talous", "Ekonomi", "Finances"),
    ("housing", "Asuminen", "Boende", "Housing"),
    ("school_attendance", "Koulunkäynti", "Skolgång", "School attendance"),
    ("substance_use", "Päihteet", "Missbruk", "Substance use"),
    ("loneliness", "Yksinäisyys", "Ensamhet", "Loneliness"),
    ("divorce", "Ero ja huoltajuus", "Skilsmässa och vårdnad", "Separation and custody"),
    ("service_access", "Palveluihin pääsy", "Tillgång till tjänster", "Access to services"),
]


def upgrade() -> None:
    with op.batch_alter_table('monthly_figure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contacts_by_other', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('queue_at_month_end', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1',
                                      nullable=False))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('updated_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_monthly_figure_updated_by_id_app_user'),
                                    'app_user', ['updated_by_id'], ['id'])
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('frequency', sa.String(length=20),
                                      server_default='single', nullable=False))
        batch_op.add_column(sa.Column('created_at', sa.DateTime(), nullable=True))
    themes = op.create_table(
        'observation_theme',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=80), nullable=False),
        sa.Column('name_fi', sa.String(length=120), nullable=False),
        sa.Column('name_sv', sa.String(length=120), nullable=False),
        sa.Column('name_en', sa.String(length=120), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('is_active', sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_observation_theme')),
        sa.UniqueConstraint('code', name=op.f('uq_observation_theme_code')))
    op.bulk_insert(themes, [{"code": code, "name_fi": fi, "name_sv": sv, "name_en": en,
                             "position": position, "is_active": True}
                            for position, (code, fi, sv, en) in enumerate(DEFAULT_THEMES, 1)])
    # Themes already used by observations stay in the list, named by their code.
    op.execute("INSERT INTO observation_theme (code, name_fi, name_sv, name_en, position, "
               "is_active) SELECT DISTINCT theme, theme, theme, theme, 100, true "
               "FROM observation WHERE theme NOT IN (SELECT code FROM observation_theme)")


def downgrade() -> None:
    op.drop_table('observation_theme')
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_column('created_at')
        batch_op.drop_column('frequency')
    with op.batch_alter_table('monthly_figure', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_monthly_figure_updated_by_id_app_user'),
                                 type_='foreignkey')
        for column in ('updated_by_id', 'updated_at', 'version', 'queue_at_month_end',
                       'contacts_by_other'):
            batch_op.drop_column(column)
