"""the public record as the sources say it: a go-live date a press release gives is an upper
bound (step_progress.end_latest_by names the release), the programme's start can be a
release's season (programme.start_record), and a population's source is structured (kind and
reference day; population_source keeps only a person's own words). Rows the first seed wrote
in its old wording are rewritten to the structured form; everything a person typed is kept.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 22:30:00
"""
from datetime import date

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

DEFAULT_PROGRAMME_SLUG = 'lapsiperheiden-palveluohjaus'
# The first seed's note and reason texts, and the release each named.
OLD_RELEASES = {'pohde-2024': 'press release 2024',
                'pohde-2025-12-04': 'press release 2025-12-04'}
CITATIONS = {'pohde-2024': 'Pohde 2024: Lapsiperheiden palveluohjaus saa kiitosta – palvelu '
                           'laajenee vähitellen koko Pohteelle',
             'pohde-2025-12-04': 'Pohde 2025-12-04'}
# The first seed's population sources: (kind, year when none was given, reference day).
OLD_SOURCES = {
    'Statistics Finland year-end (2023/2024)': ('estimate_year_unstated', 2024, None),
    'ESTIMATE (±3%): refresh from Statistics Finland': ('estimate_rough', 2024, None),
    'local newspaper citing Statistics Finland year-end': ('estimate_newspaper', 2024, None),
    'Statistics Finland 2023-12-31': ('statfin_year_end', 2023, date(2023, 12, 31)),
    'Statistics Finland 2024-10-31': ('statfin_preliminary', 2024, date(2024, 10, 31)),
    'Tilastokeskus 2020 (data/finland_municipalities.csv)': ('statfin_year_end', 2020,
                                                             date(2020, 12, 31)),
}


def upgrade() -> None:
    with op.batch_alter_table('step_progress') as batch:
        batch.add_column(sa.Column('end_latest_by', sa.String(40), nullable=False,
                                   server_default=''))
    with op.batch_alter_table('programme') as batch:
        batch.add_column(sa.Column('start_record', sa.String(40), nullable=False,
                                   server_default=''))
    with op.batch_alter_table('municipality') as batch:
        batch.add_column(sa.Column('population_source_kind', sa.String(30), nullable=False,
                                   server_default='unstated'))
        batch.add_column(sa.Column('population_reference_day', sa.Date(), nullable=True))
    _public_record()
    _population_sources()
    op.execute("UPDATE data_stamp SET version = version + 1")  # caches read anew


def _public_record() -> None:
    run = op.get_bind().execute
    run(sa.text("UPDATE programme SET start_record = 'pohde-2024' "
                "WHERE slug = :slug AND started_on IS NULL"), {'slug': DEFAULT_PROGRAMME_SLUG})
    for key, old in OLD_RELEASES.items():
        note = f'Julkinen lähde: Pohteen tiedote ({old});%'
        run(sa.text("UPDATE step_progress SET end_latest_by = :key, note = '' "
                    "WHERE note LIKE :note"), {'key': key, 'note': note})
        # The log gains the bound beside the day, as a new seed records it.
        run(sa.text(
            "INSERT INTO change_event (source, recorded_at, effective_on, user_id, actor, "
            "programme_id, entity, entity_id, unit_id, step_id, field, old_value, new_value, "
            "reason) SELECT source, recorded_at, effective_on, user_id, actor, programme_id, "
            "entity, entity_id, unit_id, step_id, 'end_latest_by', '', :key, :key "
            "FROM change_event WHERE source = 'public_record' AND field = 'actual_end' "
            "AND reason LIKE :note"), {'key': key, 'note': note})
        run(sa.text("UPDATE change_event SET reason = :key WHERE source = 'public_record' "
                    "AND reason LIKE :note"), {'key': key, 'note': note})
        old_evidence = f'Julkinen lähde: Pohteen tiedote ({old})'
        run(sa.text("UPDATE checklist_item_state SET evidence = :citation "
                    "WHERE evidence = :old"), {'citation': CITATIONS[key], 'old': old_evidence})
        run(sa.text("UPDATE change_event SET new_value = :citation, reason = :key "
                    "WHERE source = 'public_record' AND field = 'evidence' "
                    "AND new_value = :old"),
            {'citation': CITATIONS[key], 'key': key, 'old': old_evidence})
        run(sa.text(
            "UPDATE change_event SET reason = :key WHERE source = 'public_record' "
            "AND entity = 'checklist_item' AND field = 'status' AND reason = '' AND entity_id IN "
            "(SELECT entity_id FROM change_event WHERE source = 'public_record' "
            "AND field = 'evidence' AND new_value = :citation)"),
            {'key': key, 'citation': CITATIONS[key]})


def _population_sources() -> None:
    run = op.get_bind().execute
    for old, (kind, year, day) in OLD_SOURCES.items():
        run(sa.text("UPDATE municipality SET population_source_kind = :kind, "
                    "population_reference_day = :day, population_source = '', "
                    "population_year = COALESCE(population_year, :year) "
                    "WHERE population_source = :old"),
            {'kind': kind, 'day': day, 'year': year, 'old': old})
    run(sa.text("UPDATE municipality SET population_source_kind = 'other' "
                "WHERE population_source_kind = 'unstated' AND population_source <> ''"))


def downgrade() -> None:
    with op.batch_alter_table('municipality') as batch:
        batch.drop_column('population_reference_day')
        batch.drop_column('population_source_kind')
    with op.batch_alter_table('programme') as batch:
        batch.drop_column('start_record')
    with op.batch_alter_table('step_progress') as batch:
        batch.drop_column('end_latest_by')
