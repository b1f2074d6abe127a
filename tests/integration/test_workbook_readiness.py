"""The readiness sheet of the workbook imported like the steps: ticks, reasons and evidence
by their hidden keys, an exact preview, every problem placed, applied with the steps in one
transaction through the readiness service, items first so the gate sees them."""
from datetime import date

import pytest
from sqlalchemy import func, select

from rollout import queries, services, workbook
from rollout.domain import DomainError, ItemStatus, StepStatus
from rollout.i18n import Words, error_message
from rollout.models import ChangeEvent, ReadinessItemState, StepProgress
from tests.workbook_editing import ReadinessSheet, StepsSheet

TODAY = date(2026, 11, 23)


def export(session, lang="fi") -> bytes:
    return workbook.export_workbook(session, queries.default_programme(session).id, lang)


def plan(session, actor, data: bytes) -> workbook.ImportPlan:
    return workbook.plan_import(session, actor, queries.default_programme(session).id,
                                workbook.read_workbook(data), today=TODAY)


def item(session, code: str, position: int, nth: int) -> dict:
    """A unit's item as the app holds it: status, reason, evidence, link, version."""
    programme_id = queries.default_programme(session).id
    unit_id = int(queries.units_frame(session, programme_id).set_index("municipality_code")
                  .loc[code, "unit_id"])
    items = queries.readiness_frame(session, unit_id)
    row = items[items["step"] == position].iloc[nth - 1]
    return {"item_id": int(row["item_id"]), "unit_id": unit_id, "status": row["status"],
            "reason": row["reason"], "evidence": row["evidence"],
            "evidence_link": row["evidence_link"],
            "version": None if row["version"] is None or str(row["version"]) == "<NA>"
            else int(row["version"])}


def fingerprint(session) -> tuple:
    return (session.scalar(select(func.count()).select_from(ChangeEvent)),
            session.scalar(select(func.count()).select_from(ReadinessItemState)),
            session.scalar(select(func.sum(ReadinessItemState.version))),
            session.scalar(select(func.sum(StepProgress.version))))


def problems(result: workbook.ImportPlan, lang="en"):
    return [(problem.sheet, problem.row, problem.column, error_message(problem.error, lang))
            for problem in result.problems]


def test_a_lead_s_ticks_preview_exactly_and_apply_with_history(sessions, actors):
    lead = actors["liisa.lead"]
    with sessions() as session:
        sheet = ReadinessSheet(export(session))
        sheet.tick("244", 1, 1, status="Tehty", evidence="Pöytäkirja 12/2026",
                           evidence_link="https://intra.example/pk12")
        sheet.tick("244", 1, 5, status="ei koske", reason="Ohjausryhmää ei ole")  # typed
        sheet.tick("072", 2, 1, status="Done")  # in English, in a Finnish sheet
        sheet.resort_descending("column.municipality")
        before = fingerprint(session)
        result = plan(session, lead, sheet.save())
        assert fingerprint(session) == before  # a preview writes nothing
        assert result.problems == () and result.changes == ()
        assert result.rows_changed == 3
        assert {(c.municipality, c.position, c.item["fi"][:2], c.field, c.old, c.new)
                for c in result.item_changes} == {
            ("Kempele", 1, "1.", "status", ItemStatus.OPEN, ItemStatus.DONE),
            ("Kempele", 1, "1.", "evidence", "", "Pöytäkirja 12/2026"),
            ("Kempele", 1, "1.", "evidence_link", "", "https://intra.example/pk12"),
            ("Kempele", 1, "5.", "status", ItemStatus.OPEN, ItemStatus.NOT_APPLICABLE),
            ("Kempele", 1, "5.", "reason", "", "Ohjausryhmää ei ole"),
            ("Hailuoto", 2, "1.", "status", ItemStatus.OPEN, ItemStatus.DONE)}
        words = Words("fi")
        table = workbook.item_change_table(result, words)
        assert table.iloc[0].tolist()[1:] == [
            "Kempele", 1, "1. Johdon päätös palveluohjauksen käynnistämisestä",
            "Valmiuskohdan tila", "Avoin", "Tehty"]
        assert "Valmiuskohdan tila 3" in workbook.counts_text(result, words)
        assert workbook.apply_import(session, lead, result, today=TODAY) == 3
        saved = item(session, "244", 1, 1)
        assert (saved["status"], saved["reason"], saved["evidence"], saved["evidence_link"]) == (
            "done", "", "Pöytäkirja 12/2026", "https://intra.example/pk12")
        assert item(session, "244", 1, 5)["status"] == "not_applicable"
        assert item(session, "072", 2, 1)["status"] == "done"
        history = session.scalars(select(ChangeEvent).where(
            ChangeEvent.entity == "checklist_item", ChangeEvent.user_id.is_not(None))).all()
        assert sorted((event.actor, event.field, event.new_value) for event in history) == [
            ("liisa.lead", "evidence", "Pöytäkirja 12/2026"),
            ("liisa.lead", "evidence_link", "https://intra.example/pk12"),
            ("liisa.lead", "reason", "Ohjausryhmää ei ole"),
            ("liisa.lead", "status", "done"), ("liisa.lead", "status", "done"),
            ("liisa.lead", "status", "not_applicable")]
        again = plan(session, lead, sheet.save())  # the same file again: already saved
        assert again.change_count == 0 and again.problems == ()


def test_each_readiness_problem_names_sheet_row_column_and_reason_and_nothing_is_saved(
        sessions, actors):
    lead, admin = actors["liisa.lead"], actors["aino.admin"]
    with sessions() as session:
        sheet = ReadinessSheet(export(session))
        unknown = sheet.tick("244", 1, 1, status="Melkein")
        no_reason = sheet.tick("244", 1, 2, status="Ei koske")
        elsewhere = sheet.tick("564", 1, 1, status="Tehty")  # Oulu: not Liisa's centre
        changed = sheet.tick("425", 1, 3, status="Tehty", evidence="Sopimus")  # as the app
        theirs = item(session, "425", 1, 3)
        services.save_readiness(session, admin, theirs["unit_id"], [services.ReadinessChange(
            theirs["item_id"], None, ItemStatus.DONE, evidence="Päätös 5/2026")])
        before = fingerprint(session)
        result = plan(session, lead, sheet.save())
        assert fingerprint(session) == before
        assert problems(result) == [
            ("Valmius", unknown, "Tila", "'Melkein' is not a status; choose from the list: "
                                         "Open, Done, Not applicable."),
            ("Valmius", no_reason, "Syy (jos ei koske)",
             "Give a reason when an item does not apply to this unit."),
            ("Valmius", changed, "Näyttö",
             "aino.admin changed this in the app after the export: the app now holds "
             "'Päätös 5/2026', the workbook 'Sopimus'. Export again or restore the value."),
            ("Valmius", elsewhere, "", error_message(DomainError("error.permission"), "en"))]
        with pytest.raises(DomainError, match="workbook.has_problems"):
            workbook.apply_import(session, lead, result, today=TODAY)
        assert fingerprint(session) == before


def test_a_planner_may_not_tick_readiness_and_each_ticked_row_is_named(sessions, actors):
    planner = actors["pekka.planner"]
    with sessions() as session:
        sheet = ReadinessSheet(export(session))
        rows = [sheet.tick("244", 1, 1, status="Tehty"), sheet.tick("009", 3, 1,
                                                                    evidence="Muistio")]
        steps = StepsSheet(sheet.save())
        steps.set("244", 2, "steps.owner", "Pekka")
        result = plan(session, planner, steps.save())
        assert [(problem.row, problem.error.key) for problem in result.problems] == [
            (row, "error.permission") for row in rows]
        assert [c.change.field for c in result.changes] == ["owner"]


def test_the_gate_sees_the_items_ticked_in_the_same_import_and_items_are_saved_first(
        sessions, actors):
    admin = actors["aino.admin"]
    with sessions() as session:
        data = export(session)
        sheet = ReadinessSheet(data)
        for nth in (1, 2, 3):
            sheet.tick("244", 1, nth, status="Tehty")
        steps = StepsSheet(sheet.save())
        steps.set("244", 1, "steps.status", "Valmis")
        steps.set("244", 1, "steps.actual_start", date(2026, 11, 2))
        refused = plan(session, admin, steps.save())  # item 4 is required and still open
        assert [(problem.sheet, problem.error.key, problem.column)
                for problem in refused.problems] == [
            ("Yksiköt ja askeleet", "steps.readiness_open", "Tila")]
        assert "4. Käynnistyksen aikataulu sovittu" in error_message(refused.problems[0].error,
                                                                      "fi")
        sheet = ReadinessSheet(steps.save())
        sheet.tick("244", 1, 4, status="Ei koske", reason="Aikataulu on maakunnan")
        before = fingerprint(session)
        result = plan(session, admin, sheet.save())
        assert fingerprint(session) == before
        assert result.problems == ()
        assert {c.change.field for c in result.changes} >= {"status", "actual_start"}
        assert len(result.item_changes) == 5
        assert workbook.apply_import(session, admin, result, today=TODAY) == 5
        step = session.get(StepProgress, queries.progress_id_for(
            session, queries.default_programme(session).id, "244", 1))
        session.refresh(step)
        assert step.status == StepStatus.DONE
        fields = [(event.entity, event.field) for event in session.scalars(
            select(ChangeEvent).where(ChangeEvent.actor == "aino.admin")
            .order_by(ChangeEvent.id))]
        assert fields.index(("step_progress", "status")) > max(
            index for index, (entity, _) in enumerate(fields) if entity == "checklist_item")


def test_an_item_changed_after_the_preview_refuses_the_whole_import(sessions, actors):
    lead, admin = actors["liisa.lead"], actors["aino.admin"]
    with sessions() as session:
        sheet = ReadinessSheet(export(session))
        sheet.tick("244", 1, 1, status="Tehty")
        sheet.tick("425", 1, 1, status="Tehty")
        result = plan(session, lead, sheet.save())
        assert result.problems == () and len(result.item_changes) == 2
        theirs = item(session, "425", 1, 1)
        services.save_readiness(session, admin, theirs["unit_id"], [services.ReadinessChange(
            theirs["item_id"], None, ItemStatus.NOT_APPLICABLE, reason="Ei tarvita")])
        before = fingerprint(session)
        with pytest.raises(DomainError) as refused:
            workbook.apply_import(session, lead, result, today=TODAY)
        assert "aino.admin" in error_message(refused.value, "fi")
        assert fingerprint(session) == before
        assert item(session, "244", 1, 1)["status"] == "open"


def test_an_older_export_imports_its_steps_and_says_its_readiness_is_left_out(
        sessions, actors):
    planner = actors["pekka.planner"]
    with sessions() as session:
        sheet = ReadinessSheet(export(session, "sv"), lang="sv")
        sheet.drop_new_columns()
        sheet.tick("244", 1, 1, status="Klar")  # an old sheet: its ticks were never read
        steps = StepsSheet(sheet.save(), lang="sv")
        steps.set("244", 2, "steps.owner", "Pekka")
        result = plan(session, planner, steps.save())
        assert result.problems == () and result.item_changes == ()
        assert [c.change.new for c in result.changes] == ["Pekka"]
        assert result.skipped == ("Beredskap",)
        assert workbook.skipped_text(result, Words("en")) == [
            "The Beredskap sheet is not imported: the workbook was exported before readiness "
            "items could be imported. Export a new workbook to import readiness items."]


def test_the_sheet_holds_every_unit_s_items_with_hidden_key_and_a_status_list(
        sessions, actors):
    with sessions() as session:
        services.save_readiness(session, actors["aino.admin"], item(session, "244", 1, 1)[
            "unit_id"], [services.ReadinessChange(item(session, "244", 1, 1)["item_id"],
                                                  None, ItemStatus.DONE, evidence="=SUM(A1)")])
        sheet = ReadinessSheet(export(session, "en"), lang="en")
    headers = [cell.value for cell in sheet.sheet[1]]
    assert headers[:2] == ["Item key", "Version"] and headers[-3:] == [
        "Reason (if not applicable)", "Evidence", "Link"]
    assert all(sheet.sheet.column_dimensions[letter].hidden for letter in "AB")
    row = sheet.row_of("244", 1, 1)
    assert [sheet.sheet.cell(row, column).value for column in (2, 10, 12)] == [
        2, "Done", "=SUM(A1)"]
    assert sheet.sheet.cell(row, 12).data_type == "s"  # text, never a formula
    assert sheet.book["_askeleet_readiness"].sheet_state == "veryHidden"
    choices = sheet.sheet.data_validations.dataValidation
    assert ['"Open,Done,Not applicable"'] == [choice.formula1 for choice in choices]


def test_the_command_line_previews_and_imports_a_lead_s_ticks(cli, tmp_path):
    cli("init")
    cli("users", "add", "liisa", "--role", "lead", "--centre", "lakeus")
    exported = tmp_path / "työkirja.xlsx"
    assert cli("export", str(exported))[0] == 0
    sheet = ReadinessSheet(exported.read_bytes())
    sheet.tick("244", 1, 2, status="Tehty", evidence_link="https://intra.example/nimitys")
    edited = tmp_path / "muokattu.xlsx"
    edited.write_bytes(sheet.save())
    code, out = cli("import", str(edited), "--dry-run", "--user", "liisa")
    assert code == 0
    assert "Valmiuskohdan tila 1" in out.out and "2. Alueen koordinaattori nimetty" in out.out
    assert "https://intra.example/nimitys" in out.out
    code, out = cli("import", str(edited), "--user", "liisa")
    assert code == 0 and "Tallennettu: 1 rivi muuttui." in out.out
    code, out = cli("import", str(edited), "--user", "liisa")
    assert code == 0 and "Työkirjassa ei ole muutoksia." in out.out
