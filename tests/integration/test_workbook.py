"""The workbook round trip: export, edit as a person would, an exact preview, and an apply
that goes through the step services (rules, gate, permissions, history), all or nothing."""
import io
from datetime import date, datetime, timedelta, timezone

import openpyxl

import pytest
from sqlalchemy import func, select

from rollout import queries, services, workbook
from rollout.domain import DomainError, PermissionDenied, StepStatus, StepValues
from rollout.i18n import error_message
from rollout.models import ChangeEvent, StepProgress
from tests.workbook_editing import StepsSheet, a_day

TODAY = date(2026, 11, 23)
FIRST_TEN = ["009", "069", "071", "072", "139", "208", "244", "305", "317", "425"]


def export(session, lang="fi", as_of=None) -> bytes:
    return workbook.export_workbook(session, queries.default_programme(session).id, lang,
                                    as_of)


def plan(session, actor, data: bytes) -> workbook.ImportPlan:
    return workbook.plan_import(session, actor, queries.default_programme(session).id,
                                workbook.read_workbook(data), today=TODAY)


def stored(session, code, position) -> StepProgress:
    programme_id = queries.default_programme(session).id
    row = session.get(StepProgress, queries.progress_id_for(session, programme_id, code,
                                                            position))
    session.refresh(row)
    return row


def events(session) -> int:
    return session.scalar(select(func.count()).select_from(ChangeEvent))


def versions(session) -> list[int]:
    return list(session.scalars(select(StepProgress.version).order_by(StepProgress.id)))


def problems(result: workbook.ImportPlan, lang="en"):
    return [(problem.row, problem.column, error_message(problem.error, lang))
            for problem in result.problems]


def twenty_rows_edited(data: bytes) -> bytes:
    """Ten units start step 1 (status typed, a start retyped as text) and ten get a new
    planned end and owner for step 2; rows re-sorted, columns hidden, one added."""
    sheet = StepsSheet(data)
    for code in FIRST_TEN:
        sheet.set(code, 1, "steps.status", "käynnissä")  # typed, not picked
        sheet.set(code, 1, "steps.actual_start", "31.3.2025")
        sheet.set(code, 2, "steps.planned_end", a_day("30.6.2026"))
        sheet.set(code, 2, "steps.owner", "Pekka Suunnittelija")
    sheet.resort_descending("column.municipality")
    sheet.hide("column.area")
    sheet.hide("steps.note")
    sheet.add_column(3, "Oma muistiinpano", "tarkista")
    return sheet.save()


def test_a_planner_s_twenty_edited_rows_preview_exactly_and_apply_with_history(
        sessions, actors):
    planner = actors["pekka.planner"]
    with sessions() as session:
        edited = twenty_rows_edited(export(session))
        before = events(session)
        result = plan(session, planner, edited)
        assert result.problems == ()
        assert result.rows_changed == 20
        assert {(c.change.municipality, c.change.position, c.change.field, c.change.new)
                for c in result.changes} == {
            *((stored(session, code, 1).unit.municipality.name_fi, 1, field, value)
              for code in FIRST_TEN for field, value in
              (("status", StepStatus.IN_PROGRESS), ("actual_start", date(2025, 3, 31)))),
            *((stored(session, code, 2).unit.municipality.name_fi, 2, field, value)
              for code in FIRST_TEN for field, value in
              (("planned_end", date(2026, 6, 30)), ("owner", "Pekka Suunnittelija")))}
        assert result.counts_by_field() == {"status": 10, "planned_end": 10,
                                            "actual_start": 10, "owner": 10}
        assert workbook.apply_import(session, planner, result, today=TODAY) == 20
        assert events(session) - before == 40
        newest = session.scalars(select(ChangeEvent).order_by(ChangeEvent.id.desc())
                                 .limit(40)).all()
        assert {event.actor for event in newest} == {"pekka.planner"}
        assert stored(session, "244", 1).status == StepStatus.IN_PROGRESS
        assert stored(session, "244", 2).owner == "Pekka Suunnittelija"
        # The same file again changes nothing: it is what the app now holds.
        assert plan(session, planner, export(session)).changes == ()


def test_headers_in_another_language_are_read_the_same(sessions, actors):
    with sessions() as session:
        sheet = StepsSheet(export(session, lang="sv"), lang="sv")
        sheet.set("244", 3, "steps.planned_start", "1.2.2026")
        result = plan(session, actors["pekka.planner"], sheet.save())
    assert [(c.change.field, c.change.new) for c in result.changes] == [
        ("planned_start", date(2026, 2, 1))]


@pytest.mark.parametrize("header_key, value, reason", [
    ("steps.status", "Melkein valmis", "'Melkein valmis' is not a status"),
    ("steps.planned_end", "huomenna", "'huomenna' is not a date"),
    ("steps.actual_start", date(2027, 1, 1), "an actual date cannot be in the future"),
    ("steps.planned_start", date(2027, 1, 1), "the end cannot be before the start"),
    ("steps.owner", "=HYPERLINK(\"http://x\")", "holds a formula"),
])
def test_each_problem_names_sheet_row_column_and_reason_and_nothing_is_applied(
        sessions, actors, header_key, value, reason):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        sheet.set("244", 1, "steps.planned_end", date(2026, 12, 31))
        row = sheet.set("244", 1, header_key, value)
        if "future" in reason:
            sheet.set("244", 1, "steps.status", "Käynnissä")
        result = plan(session, actors["pekka.planner"], sheet.save())
        (problem,) = result.problems
        column = problem.column
        assert problem.sheet == "Yksiköt ja askeleet" and problem.row == row
        assert reason in error_message(problem.error, "en")
        with pytest.raises(DomainError):
            workbook.apply_import(session, actors["pekka.planner"], result, today=TODAY)
    expected = {"steps.planned_start": "Suunniteltu loppu"}.get(header_key)
    assert column == (expected or sheet.sheet.cell(1, sheet.column(header_key)).value)


def test_a_typed_in_row_of_an_unknown_municipality_is_named(sessions, actors):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        row = sheet.sheet.max_row + 1
        sheet.sheet.cell(row, sheet.column("workbook.col.municipality_code")).value = "999"
        sheet.sheet.cell(row, sheet.column("workbook.col.position")).value = 1
        sheet.sheet.cell(row, sheet.column("steps.status")).value = "Käynnissä"
        result = plan(session, actors["pekka.planner"], sheet.save())
    assert problems(result) == [(row, "Kuntanumero",
                                 "There is no municipality '999' in this programme.")]


def test_a_step_changed_in_the_app_after_the_export_is_a_conflict_showing_both_values(
        sessions, actors):
    with sessions() as session:
        data = export(session)
        for code in ("244", "564"):
            row = stored(session, code, 1)
            services.update_step(session, actors["aino.admin"], row.id, row.version,
                                 StepValues(owner="Aino"), today=TODAY)
        sheet = StepsSheet(data)
        changed = sheet.set("244", 1, "steps.owner", "Pekka")
        result = plan(session, actors["pekka.planner"], sheet.save())
    # 564 was changed in the app but not in the workbook: its newer value simply stays.
    assert result.changes == ()
    assert problems(result) == [(changed, "Vastuuhenkilö", (
        "aino.admin changed this in the app after the export: the app now holds 'Aino', the "
        "workbook 'Pekka'. Export again or restore the value."))]


def test_the_readiness_gate_refuses_done_while_required_items_are_open(sessions, actors):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        row = sheet.set("244", 1, "steps.status", "Valmis")
        sheet.set("244", 1, "steps.actual_end", "1.11.2026")
        result = plan(session, actors["pekka.planner"], sheet.save())
    ((where, column, message),) = problems(result)
    assert (where, column) == (row, "Tila")
    assert "required readiness items are open" in message


def test_a_role_that_may_not_change_steps_gets_each_changed_row_named(sessions, actors):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        rows = [sheet.set(code, 1, "steps.note", "luonnos") for code in ("244", "564")]
        result = plan(session, actors["liisa.lead"], sheet.save())
        assert [(problem.row, type(problem.error)) for problem in result.problems] == \
            sorted((row, PermissionDenied) for row in rows)
        with pytest.raises(DomainError):
            workbook.apply_import(session, actors["liisa.lead"], result)


def test_apply_is_all_or_nothing_when_a_step_changes_after_the_preview(sessions, actors):
    planner = actors["pekka.planner"]
    with sessions() as session:
        sheet = StepsSheet(export(session))
        for code in FIRST_TEN:
            sheet.set(code, 3, "steps.owner", "Pekka")
        result = plan(session, planner, sheet.save())
        last = stored(session, FIRST_TEN[-1], 3)
        services.update_step(session, actors["aino.admin"], last.id, last.version,
                             StepValues(note="välissä"), today=TODAY)
        before = events(session)
        with pytest.raises(services.EditConflict):
            workbook.apply_import(session, planner, result, today=TODAY)
        assert events(session) == before
        assert {stored(session, code, 3).owner for code in FIRST_TEN} == {""}


@pytest.mark.parametrize("spoil, key", [
    (lambda book: book["_askeleet"].cell(1, 2, "toinen-ohjelma"), "workbook.other_programme"),
    (lambda book: book.remove(book["_askeleet"]), "workbook.not_ours"),
    (lambda book: setattr(book["Yksiköt ja askeleet"], "title", "Taulukko1"),
     "workbook.missing_sheet"),
    (lambda book: book["Yksiköt ja askeleet"].cell(1, 1, "Tunniste"), "workbook.missing_column"),
])
def test_a_workbook_that_is_not_this_programme_s_export_is_refused_whole(
        sessions, actors, spoil, key):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        spoil(sheet.book)
        with pytest.raises(DomainError) as refused:
            plan(session, actors["pekka.planner"], sheet.save())
    assert refused.value.key == key
    assert error_message(refused.value, "fi")


def test_a_past_day_s_picture_is_for_reading_and_is_refused_on_import(sessions, actors):
    with sessions() as session:
        data = export(session, as_of=date(2024, 6, 30))
        with pytest.raises(DomainError) as refused:
            plan(session, actors["pekka.planner"], data)
    assert refused.value.key == "workbook.snapshot"


def test_the_history_sheet_holds_the_last_twelve_months_and_the_cover_says_so(sessions):
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        for days_ago, reason in ((400, "vanha muutos"), (30, "tuore muutos")):
            session.add(ChangeEvent(recorded_at=now - timedelta(days=days_ago),
                                    effective_on=now.date(), actor="Testaaja",
                                    programme_id=programme_id, entity="rollout_unit",
                                    entity_id="1", field="note", reason=reason))
        session.commit()
        book = openpyxl.load_workbook(io.BytesIO(export(session)), read_only=True)
    texts = {value for row in book["Muutoshistoria"].iter_rows(values_only=True)
             for value in row}
    assert "tuore muutos" in texts and "vanha muutos" not in texts
    cover = " ".join(str(value) for row in book["Tietoja"].iter_rows(values_only=True)
                     for value in row if value)
    assert "viimeisten 12 kuukauden muutokset" in cover and "rollout backup" in cover


def test_the_history_sheet_names_template_changes_in_words(sessions, actors):
    with sessions() as session:
        step = queries.template_steps(session, queries.default_programme(session).id).iloc[0]
        services.update_step_texts(
            session, actors["aino.admin"], int(step["step_id"]), int(step["version"]),
            services.StepTexts("Valmistelu", step["name_sv"], step["name_en"]))
        book = openpyxl.load_workbook(io.BytesIO(export(session)), read_only=True)
    fields = {row[7] for row in book["Muutoshistoria"].iter_rows(values_only=True)}
    assert "nimi suomeksi" in fields and "name_fi" not in fields


def test_every_table_sheet_declares_its_exact_size(sessions):
    """So that reading a workbook does not parse every sheet only to learn its size."""
    with sessions() as session:
        data = export(session)
    full = openpyxl.load_workbook(io.BytesIO(data))
    quick = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    for name in full.sheetnames[1:]:  # the cover is a few lines
        declared = quick[name].calculate_dimension()  # raises when the size is not declared
        assert declared == f"A1:{full[name].dimensions.split(':')[-1]}", name
