"""The service figures sheet of the workbook: exported one row per area and month, read back
forgivingly, planned and applied with the same rules, permissions, versions and history as
the Service figures screen, in the same all-or-nothing import as the steps."""
import io
from dataclasses import replace
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from rollout import queries, services, workbook
from rollout.domain import DomainError, StepStatus
from rollout.i18n import Words, error_message, translate
from rollout.models import ChangeEvent, FamilyCentreArea, MonthlyFigure, StepProgress
from rollout.service_figures import FigureValues
from rollout.workbook.layout import sheet_title
from tests.workbook_editing import FiguresSheet, StepsSheet

TODAY = date(2026, 11, 23)
SEPTEMBER = date(2025, 9, 1)
FIGURES = FigureValues(contacts_from_families=40, contacts_from_professionals=12,
                       contacts_by_phone=30, contacts_by_form=20, contacts_by_other=2,
                       network_meetings=9, days_to_network_meeting=6.5,
                       share_answered_in_3_days=95.0)
MEETINGS = "workbook.col.network_meetings"


def programme_id(session) -> int:
    return queries.default_programme(session).id


def area_id(session, name: str) -> int:
    return session.scalar(select(FamilyCentreArea.id).filter_by(name=name))


def save(session, actor, area="Lakeus", version=None, values=FIGURES, month=SEPTEMBER):
    return services.save_month_figures(session, actor, programme_id(session),
                                       area_id(session, area), month, version, values, TODAY)


def export(session, lang="fi") -> bytes:
    return workbook.export_workbook(session, programme_id(session), lang)


def plan(session, actor, data: bytes) -> workbook.ImportPlan:
    return workbook.plan_import(session, actor, programme_id(session),
                                workbook.read_workbook(data), today=TODAY)


def stored(session, area="Lakeus", month=SEPTEMBER) -> MonthlyFigure | None:
    return services.month_row(session, programme_id(session), area_id(session, area), month)


def edited(data: bytes, header_key: str, value, area="Lakeus", month=SEPTEMBER) -> bytes:
    sheet = FiguresSheet(data)
    sheet.sheet.cell(sheet.row_of(area, month), sheet.column(header_key)).value = value
    return sheet.save()


def typed(data: bytes, area: str, month, **figures) -> bytes:
    sheet = FiguresSheet(data)
    sheet.type_row({"figures.area": area, "figures.month": month,
                    **{f"workbook.col.{name}": value for name, value in figures.items()}})
    return sheet.save()


def problems(result: workbook.ImportPlan, lang="en"):
    return [(problem.sheet, problem.row, problem.column, error_message(problem.error, lang))
            for problem in result.problems]


@pytest.fixture
def september(sessions, actors):
    """Lakeus's September 2025 figures, saved by Liisa, the area's lead."""
    with sessions() as session:
        save(session, actors["liisa.lead"])


def test_the_sheet_holds_each_area_month_styled_with_hidden_key_and_numbers(
        sessions, september):
    with sessions() as session:
        data = export(session, "sv")
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book[sheet_title("figures", "sv")]
    headers = [cell.value for cell in sheet[1]]
    assert headers[2:5] == ["Område", "Månad", "Kontakter från familjer"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:O2"
    assert sheet.column_dimensions["A"].hidden and sheet.column_dimensions["B"].hidden
    row = [cell.value for cell in sheet[2]]
    assert row[2:6] == ["Lakeus", datetime(2025, 9, 1), 40, 12]
    assert (row[10], row[13]) == (6.5, "liisa.lead")
    assert isinstance(row[14], datetime)
    assert sheet.cell(2, 4).number_format == "yyyy-mm"
    assert book["_askeleet_figures"].sheet_state == "veryHidden"


def test_an_edited_figure_round_trips_through_the_service_with_history(
        sessions, actors, september):
    planner = actors["pekka.planner"]
    with sessions() as session:
        data = edited(export(session), MEETINGS, 11)
        result = plan(session, planner, data)
        assert result.problems == () and result.changes == ()
        assert [(c.area, c.month, c.field, c.old, c.new) for c in result.figure_changes] == [
            ("Lakeus", SEPTEMBER, "network_meetings", 9, 11)]
        words = Words("en")
        assert workbook.figure_change_table(result, words).values.tolist() == [
            [2, "Lakeus", "2025-09", "Network meetings", "9", "11"]]
        assert workbook.counts_text(result, words) == \
            "1 changes on 1 rows: Network meetings 1."
        assert workbook.apply_import(session, planner, result, today=TODAY) == 1
        row = stored(session)
        assert (row.network_meetings, row.version) == (11, 2)
        event = session.scalars(select(ChangeEvent).filter_by(
            entity="monthly_figure", field="network_meetings")
            .order_by(ChangeEvent.id.desc())).first()
        assert (event.old_value, event.new_value, event.actor) == ("9", "11",
                                                                    "pekka.planner")
        assert plan(session, planner, export(session)).figure_changes == ()


def test_a_month_typed_in_by_hand_creates_it(sessions, actors, september):
    planner = actors["pekka.planner"]
    with sessions() as session:
        data = typed(export(session), "oulu", "2025-10", contacts_from_families=7,
                     share_answered_in_3_days="80 %")
        result = plan(session, planner, data)
        assert result.problems == ()
        assert {(c.area, c.month, c.field, c.old, c.new) for c in result.figure_changes} == {
            ("Oulu", date(2025, 10, 1), "contacts_from_families", None, 7),
            ("Oulu", date(2025, 10, 1), "share_answered_in_3_days", None, 80)}
        workbook.apply_import(session, planner, result, today=TODAY)
        row = stored(session, "Oulu", date(2025, 10, 1))
        assert (row.contacts_from_families, row.version) == (7, 1)
        sheet = FiguresSheet(export(session))
        sheet.clear_row("Lakeus", SEPTEMBER)
        sheet.type_row({"figures.area": "Lakeus", "figures.month": date(2025, 9, 30),
                        MEETINGS: 12})
        [change] = plan(session, planner, sheet.save()).figure_changes  # empty cells kept
        assert (change.month, change.field, change.old, change.new, change.version) == (
            SEPTEMBER, "network_meetings", 9, 12, 1)


BROKEN = [  # one month each: (column header key, value typed, column named, reason)
    ("workbook.col.contacts_by_phone", 2.5, "Yhteydenotot puhelimitse", "whole number"),
    ("workbook.col.network_meetings", -1, "Verkostotapaamiset", "cannot be negative"),
    ("workbook.col.contacts_by_other", 50, "Yhteydenotot puhelimitse", "add up to 100"),
    ("workbook.col.share_answered_in_3_days", 120, "Vastattu 3 arkipäivässä (%)",
     "0–100 %"),
    ("workbook.col.queue_at_month_end", "paljon", "Jono kuun lopussa", "not a number"),
    ("figures.month", "2025-13", "Kuukausi", "is not written YYYY-MM"),
]


def test_each_broken_rule_names_sheet_row_column_and_reason_and_nothing_is_saved(
        sessions, actors):
    planner = actors["pekka.planner"]
    months = [date(2025, number, 1) for number in range(1, len(BROKEN) + 1)]
    with sessions() as session:
        for month in months:
            save(session, planner, month=month)
        sheet = FiguresSheet(export(session))
        for month, (header_key, value, _, _) in zip(months, BROKEN):
            sheet.sheet.cell(sheet.row_of("Lakeus", month), sheet.column(header_key)).value = \
                value
        sheet.type_row({"figures.area": "Atlantis", "figures.month": "2025-10",
                        MEETINGS: 3})
        sheet.type_row({"figures.area": "Lakeus", "figures.month": date(2027, 1, 1),
                        MEETINGS: 3})
        result = plan(session, planner, sheet.save())
        with pytest.raises(DomainError, match="workbook.has_problems"):
            workbook.apply_import(session, planner, result, today=TODAY)
        assert [stored(session, month=month).version for month in months] == [1] * 6
    found = problems(result)
    assert [problem[:3] for problem in found] == [
        ("Palvelun seuranta", row, column) for row, column in enumerate(
            [column for _, _, column, _ in BROKEN] + ["Alue", "Kuukausi"], start=2)]
    for (*_, reason), message in zip(found, [message for *_, message in BROKEN]
                                     + ["There is no area Atlantis", "is in the future"]):
        assert message in reason


def test_a_month_saved_in_the_app_after_the_export_is_a_conflict_with_both_values(
        sessions, actors, september):
    lead = actors["liisa.lead"]
    with sessions() as session:
        data = edited(export(session), MEETINGS, 11)
        save(session, actors["paavo.planner"], version=1,
             values=FigureValues(**{**FIGURES.as_dict(), "network_meetings": 10}))
        result = plan(session, lead, data)
    [(_, row, column, reason)] = problems(result)
    assert (row, column) == (2, "Verkostotapaamiset")
    assert "paavo.planner" in reason and "'10'" in reason and "'11'" in reason


def test_a_lead_imports_their_own_areas_month_and_is_refused_another(sessions, actors):
    lead = actors["liisa.lead"]
    with sessions() as session:
        data = typed(export(session), "Lakeus", "2025-10", network_meetings=4)
        result = plan(session, lead, data)
        assert result.problems == () and len(result.figure_changes) == 1
        assert workbook.apply_import(session, lead, result, today=TODAY) == 1
        assert stored(session, "Lakeus", date(2025, 10, 1)).network_meetings == 4
        result = plan(session, lead, typed(export(session), "Oulu", "2025-10",
                                           network_meetings=4))
    [(_, _, column, reason)] = problems(result)
    assert column == "" and reason == error_message(DomainError("error.permission"), "en")


def test_a_steps_problem_stops_the_figures_too_and_a_stale_step_rolls_them_back(
        sessions, actors, september):
    planner = actors["pekka.planner"]
    with sessions() as session:
        data = edited(export(session), MEETINGS, 11)
        steps = StepsSheet(data)
        steps.set("009", 1, "steps.status", "ei tila")
        result = plan(session, planner, steps.save())
        assert result.figure_changes and result.problems
        with pytest.raises(DomainError, match="workbook.has_problems"):
            workbook.apply_import(session, planner, result, today=TODAY)
        steps = StepsSheet(data)
        steps.set("009", 1, "steps.owner", "Pekka")
        result = plan(session, planner, steps.save())
        assert result.problems == () and result.rows_changed == 2
        change = result.changes[0].change
        progress = session.get(StepProgress, change.progress_id)
        services.update_step(session, actors["paavo.planner"], change.progress_id,
                             change.version, replace(services.values_of(progress),
                                                     note="väliin"), today=TODAY)
        with pytest.raises(DomainError, match="bulk.conflict"):
            workbook.apply_import(session, planner, result, today=TODAY)
        assert (stored(session).network_meetings, stored(session).version) == (9, 1)


def test_an_older_export_without_the_figures_sheet_imports_its_steps(sessions, actors,
                                                                    september):
    planner = actors["pekka.planner"]
    with sessions() as session:
        steps = StepsSheet(export(session))
        steps.set("009", 1, "steps.status", translate("status.in_progress", "fi"))
        del steps.book[sheet_title("figures", "fi")]
        result = plan(session, planner, steps.save())
        assert result.problems == () and result.figure_changes == ()
        assert [c.change.new for c in result.changes] == [StepStatus.IN_PROGRESS]
