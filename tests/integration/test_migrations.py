"""Migrations upgrade a database that already holds data, keeping every row."""
from alembic import command
from sqlalchemy import text

from rollout.db import alembic_config, make_engine, migrate

ROWS_AT_0002 = [
    "INSERT INTO region (id, name) VALUES (1, 'Pohjois-Pohjanmaan hyvinvointialue (Pohde)')",
    "INSERT INTO family_centre_area (id, region_id, name) VALUES (1, 1, 'Oulu')",
    "INSERT INTO family_centre (id, area_id, code, name) VALUES (1, 1, 'oulu', "
    "'Oulun perhekeskus')",
    "INSERT INTO municipality (code, name_fi, name_sv, region_id, area_id, population, "
    "population_source) VALUES ('564', 'Oulu', 'Uleåborg', 1, 1, 216152, 'Tilastokeskus')",
    "INSERT INTO programme (id, slug, name, region_id, is_synthetic) VALUES "
    "(1, 'lapsiperheiden-palveluohjaus', 'Lapsiperheiden palveluohjaus', 1, false)",
    "INSERT INTO step_template (id, programme_id, position, name_fi, name_sv, name_en, "
    "description_fi, description_sv, description_en, marks_go_live) VALUES "
    "(1, 1, 5, 'Viestintä', 'Kommunikation', 'Go-live', '', '', '', true)",
    "INSERT INTO rollout_unit (id, programme_id, family_centre_id, municipality_code) "
    "VALUES (1, 1, 1, '564')",
    "INSERT INTO app_user (id, username, display_name, is_active, failed_attempts, "
    "created_at) VALUES (1, 'admin', 'Pääkäyttäjä', true, 0, '2026-11-01 10:00:00')",
    "INSERT INTO step_progress (id, unit_id, step_id, status, owner, note, version, "
    "updated_at, updated_by_id) VALUES (1, 1, 1, 'done', '', '', 2, "
    "'2026-11-01 10:00:00', 1)",
    "INSERT INTO change_event (id, recorded_at, effective_on, actor, programme_id, entity, "
    "entity_id, unit_id, step_id, field, old_value, new_value, reason) VALUES "
    "(1, '2026-11-01 10:00:00', '2025-12-04', 'julkinen lähde', 1, 'step_progress', '1', 1, "
    "1, 'status', 'not_started', 'done', 'Pohteen tiedote'), "
    "(2, '2026-11-02 10:00:00', '2026-11-02', 'Pääkäyttäjä', 1, 'step_progress', '1', 1, 1, "
    "'owner', '', 'Liisa', '')",
]


def table_counts(connection) -> dict[str, int]:
    tables = ["region", "family_centre_area", "family_centre", "municipality", "programme",
              "step_template", "rollout_unit", "app_user", "step_progress", "change_event"]
    return {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in tables}


def test_an_existing_database_with_data_upgrades_to_the_newest_schema(database_url):
    engine = make_engine(database_url)
    command.upgrade(alembic_config(engine), "0002")
    with engine.begin() as connection:
        for statement in ROWS_AT_0002:
            connection.execute(text(statement))
        before = table_counts(connection)
    migrate(engine)
    with engine.connect() as connection:
        assert table_counts(connection) == before
        assert connection.execute(text(
            "SELECT programme_id, region_id FROM programme_region")).all() == [(1, 1)]
        assert connection.execute(text("SELECT code FROM region")).scalar() == "PP"
        assert connection.execute(text(
            "SELECT source FROM change_event ORDER BY id")).scalars().all() == [
            "public_record", "user"]
        assert connection.execute(text("SELECT version FROM app_user")).scalar() == 1
        assert connection.execute(text("SELECT name_sv FROM family_centre")).scalar() == \
            "Uleåborgs familjecenter"
    engine.dispose()


ROWS_AT_0006 = [
    "INSERT INTO region (id, name, code) VALUES (1, 'Pohde', 'PP')",
    "INSERT INTO family_centre_area (id, region_id, name) VALUES (1, 1, 'Oulu')",
    "INSERT INTO programme (id, slug, name, is_synthetic) VALUES (1, 'lp', 'LP', false)",
]


def test_service_figures_and_observations_keep_their_rows_and_gain_versions(database_url):
    engine = make_engine(database_url)
    command.upgrade(alembic_config(engine), "0006")
    with engine.begin() as connection:
        for statement in ROWS_AT_0006:
            connection.execute(text(statement))
        connection.execute(text(
            "INSERT INTO monthly_figure (programme_id, area_id, month, contacts_from_families, "
            "is_synthetic) VALUES (1, 1, '2025-09-01', 42, false)"))
        connection.execute(text(
            "INSERT INTO observation (programme_id, area_id, observed_on, theme, text, "
            "is_synthetic) VALUES (1, 1, '2025-09-15', 'kiusaaminen', 'Koulukiusaamista', "
            "false)"))
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT contacts_from_families, version FROM monthly_figure")).one() == (42, 1)
        assert connection.execute(text("SELECT frequency FROM observation")).scalar() == \
            "single"
        themes = connection.execute(text("SELECT code FROM observation_theme")).scalars().all()
        assert {"mental_health", "housing", "kiusaaminen"} <= set(themes)
    engine.dispose()


ROWS_AT_0008 = [
    "INSERT INTO region (id, name, code) VALUES (1, 'Pohde', 'PP')",
    "INSERT INTO family_centre_area (id, region_id, name) VALUES (1, 1, 'Oulu'), "
    "(2, 1, 'Lakeus')",
    "INSERT INTO family_centre (id, area_id, code, name) VALUES (1, 1, 'oulu', "
    "'Oulun perhekeskus'), (2, 2, 'lakeus', 'Lakeuden perhekeskus')",
    "INSERT INTO programme (id, slug, name, is_synthetic) VALUES (1, 'lp', 'LP', false)",
    "INSERT INTO step_template (id, programme_id, position, name_fi, name_sv, name_en, "
    "description_fi, description_sv, description_en, marks_go_live) VALUES "
    "(1, 1, 1, 'Valmistelu', 'Förberedelse', 'Preparation', '', '', '', false), "
    "(2, 1, 2, 'Verkosto', 'Nätverk', 'Network', '', '', '', true)",
    "INSERT INTO checklist_item_template (id, step_id, position, required, text_fi, text_sv, "
    "text_en, retired_at) VALUES (1, 1, 1, true, 'Päätös', 'Beslut', 'Decision', NULL), "
    "(2, 1, 2, true, 'päätös', 'Beslut 2', 'Decision 2', '2026-11-01 10:00:00')",
]


def at_0008_with(database_url, *statements):
    engine = make_engine(database_url)
    command.upgrade(alembic_config(engine), "0008")
    with engine.begin() as connection:
        for statement in (*ROWS_AT_0008, *statements):
            connection.execute(text(statement))
    return engine


def test_centres_get_their_county_and_the_names_become_unique_in_the_database(database_url):
    """A retired item may share a text with one in use; the two step names differ."""
    engine = at_0008_with(database_url)
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT code, region_id FROM family_centre ORDER BY id")).all() == [
            ("oulu", 1), ("lakeus", 1)]
    from sqlalchemy.exc import IntegrityError
    with engine.connect() as connection:
        try:
            connection.execute(text(
                "UPDATE family_centre SET name = 'OULUN PERHEKESKUS' WHERE code = 'lakeus'"))
            raise AssertionError("the database stored a duplicate centre name")
        except IntegrityError:
            connection.rollback()
    engine.dispose()


def test_a_database_holding_duplicate_names_is_not_changed_and_the_list_names_them(
        database_url):
    from rollout.integrity import DuplicateNames
    engine = at_0008_with(
        database_url,
        "UPDATE family_centre SET name = 'oulun perhekeskus' WHERE code = 'lakeus'",
        "UPDATE step_template SET name_sv = 'FÖRBEREDELSE' WHERE id = 2",
        "UPDATE checklist_item_template SET retired_at = NULL WHERE id = 2")
    try:
        migrate(engine)
        raise AssertionError("the migration went through")
    except DuplicateNames as refusal:
        listed = str(refusal)
    assert "family centre 'Oulun perhekeskus' in Pohde: family_centre.name, ids 1, 2" in listed
    assert "step name (sv) 'Förberedelse' in LP: step_template.name_sv, ids 1, 2" in listed
    assert "checklist item text (fi) 'Päätös' in LP, step 1" in listed
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == "0008"
        assert "region_id" not in connection.execute(text(
            "SELECT * FROM family_centre")).keys()
    engine.dispose()


def test_init_on_a_database_with_duplicates_lists_them_and_says_how_to_resolve(database_url,
                                                                                cli):
    at_0008_with(database_url, "UPDATE family_centre SET name = 'OULUN PERHEKESKUS' "
                               "WHERE code = 'lakeus'").dispose()
    code, output = cli("init")
    assert code == 1
    assert "family centre 'Oulun perhekeskus' in Pohde: family_centre.name, ids 1, 2" in \
        output.err
    assert "UPDATE family_centre SET name = name || ' (2)' WHERE id = 2;" in output.err
    assert "aja sitten uudelleen `python -m rollout init`" in output.err


OLD_NOTE = ("Julkinen lähde: Pohteen tiedote (press release 2024); vain kuukausi tiedossa, "
            "päivä merkitty kuun viimeiseksi.")
OLD_EVIDENCE = "Julkinen lähde: Pohteen tiedote (press release 2024)"
ROWS_AT_0010 = [
    "INSERT INTO region (id, name, code) VALUES (1, 'Pohde', 'PP')",
    "INSERT INTO family_centre_area (id, region_id, name) VALUES (1, 1, 'Oulu')",
    "INSERT INTO family_centre (id, area_id, region_id, code, name, name_sv) VALUES "
    "(1, 1, 1, 'oulu', 'Oulun perhekeskus', '')",
    "INSERT INTO municipality (code, name_fi, name_sv, region_id, population, "
    "population_year, population_source) VALUES "
    "('009', 'Alavieska', 'Alavieska', 1, 2410, NULL, "
    "'Statistics Finland year-end (2023/2024)'), "
    "('791', 'Siikalatva', 'Siikalatva', 1, 4700, NULL, "
    "'ESTIMATE (±3%): refresh from Statistics Finland'), "
    "('889', 'Utajärvi', 'Utajärvi', 1, 2479, 2024, 'Statistics Finland 2024-10-31'), "
    "('564', 'Oulu', 'Uleåborg', 1, 216152, 2025, 'kaupungin oma laskenta')",
    "INSERT INTO programme (id, slug, name, is_synthetic) VALUES "
    "(1, 'lapsiperheiden-palveluohjaus', 'Lapsiperheiden palveluohjaus', false)",
    "INSERT INTO step_template (id, programme_id, position, name_fi, name_sv, name_en, "
    "description_fi, description_sv, description_en, marks_go_live) VALUES "
    "(1, 1, 5, 'Käynnistys', 'Start', 'Go-live', '', '', '', true)",
    "INSERT INTO rollout_unit (id, programme_id, family_centre_id, municipality_code) "
    "VALUES (1, 1, 1, '009'), (2, 1, 1, '564')",
    "INSERT INTO step_progress (id, unit_id, step_id, status, actual_end, owner, note, "
    f"version, updated_at) VALUES (1, 1, 1, 'done', '2024-12-31', '', '{OLD_NOTE}', 1, "
    "'2026-11-01 10:00:00'), (2, 2, 1, 'done', '2025-03-01', '', 'oma muistiinpano', 2, "
    "'2026-11-01 10:00:00')",
    "INSERT INTO checklist_item_template (id, step_id, position, required, text_fi, text_sv, "
    "text_en) VALUES (1, 1, 1, true, 'Päätös', 'Beslut', 'Decision')",
    "INSERT INTO checklist_item_state (id, unit_id, item_id, status, reason, evidence, "
    f"version, updated_at) VALUES (1, 1, 1, 'done', '', '{OLD_EVIDENCE}', 1, "
    "'2026-11-01 10:00:00')",
    "INSERT INTO change_event (id, source, recorded_at, effective_on, actor, programme_id, "
    "entity, entity_id, unit_id, step_id, field, old_value, new_value, reason) VALUES "
    "(1, 'public_record', '2026-11-01 10:00:00', '2024-12-31', 'julkinen lähde', 1, "
    f"'step_progress', '1', 1, 1, 'status', 'not_started', 'done', '{OLD_NOTE}'), "
    "(2, 'public_record', '2026-11-01 10:00:00', '2024-12-31', 'julkinen lähde', 1, "
    f"'step_progress', '1', 1, 1, 'actual_end', NULL, '2024-12-31', '{OLD_NOTE}'), "
    "(3, 'public_record', '2026-11-01 10:00:00', '2024-12-31', 'julkinen lähde', 1, "
    f"'checklist_item', '1', 1, 1, 'evidence', '', '{OLD_EVIDENCE}', ''), "
    "(4, 'user', '2026-11-02 10:00:00', '2025-03-01', 'Pekka', 1, 'step_progress', '2', 2, "
    "1, 'actual_end', NULL, '2025-03-01', 'kokous')",
    "INSERT INTO data_stamp (id, version) VALUES (1, 5)",
]


def test_the_first_seeds_wording_becomes_the_public_records_structure(database_url):
    """A database the old seed filled: go-live dates become upper bounds with their release,
    populations structured sources with a year, and what people typed stays as it was."""
    engine = make_engine(database_url)
    command.upgrade(alembic_config(engine), "0010")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM data_stamp"))
        for statement in ROWS_AT_0010:
            connection.execute(text(statement))
    migrate(engine)
    with engine.connect() as connection:
        def rows(query):
            return [tuple(row) for row in connection.execute(text(query)).all()]
        assert rows("SELECT id, end_latest_by, note FROM step_progress ORDER BY id") == [
            (1, "pohde-2024", ""), (2, "", "oma muistiinpano")]
        assert rows("SELECT start_record FROM programme") == [("pohde-2024",)]
        populations = rows("SELECT code, population_year, population_source_kind, "
                           "population_source FROM municipality ORDER BY code")
        assert populations == [("009", 2024, "estimate_year_unstated", ""),
                               ("564", 2025, "other", "kaupungin oma laskenta"),
                               ("791", 2024, "estimate_rough", ""),
                               ("889", 2024, "statfin_preliminary", "")]
        assert str(connection.execute(text(
            "SELECT population_reference_day FROM municipality WHERE code = '889'"
        )).scalar())[:10] == "2024-10-31"
        events = rows("SELECT id, field, new_value, reason FROM change_event ORDER BY id")
        assert events[:4] == [
            (1, "status", "done", "pohde-2024"), (2, "actual_end", "2024-12-31", "pohde-2024"),
            (3, "evidence", "Pohde 2024: Lapsiperheiden palveluohjaus saa kiitosta – palvelu "
             "laajenee vähitellen koko Pohteelle", "pohde-2024"),
            (4, "actual_end", "2025-03-01", "kokous")]
        assert events[4][1:] == ("end_latest_by", "pohde-2024", "pohde-2024")
        assert rows("SELECT evidence FROM checklist_item_state")[0][0].startswith("Pohde 2024")
        assert connection.execute(text("SELECT version FROM data_stamp")).scalar() == 6
    engine.dispose()


def test_existing_owners_are_matched_to_accounts_where_exactly_one_has_the_name(database_url):
    engine = make_engine(database_url)
    command.upgrade(alembic_config(engine), "0011")
    with engine.begin() as connection:
        for statement in ROWS_AT_0010[:7]:  # region … units
            connection.execute(text(statement))
        connection.execute(text(
            "INSERT INTO app_user (id, username, display_name, is_active, failed_attempts, "
            "created_at) VALUES (1, 'pekka', 'Pekka Planner', true, 0, '2026-11-01 10:00:00'), "
            "(2, 'aino', 'Sama Nimi', true, 0, '2026-11-01 10:00:00'), "
            "(3, 'eino', 'Sama Nimi', true, 0, '2026-11-01 10:00:00')"))
        connection.execute(text(
            "INSERT INTO step_progress (id, unit_id, step_id, status, owner, note, version, "
            "updated_at) VALUES (1, 1, 1, 'not_started', ' pekka  planner', '', 1, "
            "'2026-11-01 10:00:00'), (2, 2, 1, 'not_started', 'Sama Nimi', '', 1, "
            "'2026-11-01 10:00:00')"))
    migrate(engine)
    with engine.connect() as connection:
        assert [tuple(row) for row in connection.execute(text(
            "SELECT id, owner, owner_user_id FROM step_progress ORDER BY id"))] == [
            (1, " pekka  planner", 1), (2, "Sama Nimi", None)]  # two accounts: left as text
        assert connection.execute(text(
            "SELECT digest_frequency, digest_weekday, language FROM app_user WHERE id = 1"
        )).one() == ("weekly", 0, "fi")
    engine.dispose()
