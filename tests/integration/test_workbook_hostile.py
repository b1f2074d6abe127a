"""Workbooks that are damaged, altered or re-sorted: every one is refused or previewed with
its problems named by sheet, row and column, a hidden key that left its row never edits
another step or item, error cells are refused, the reading stops past its limits and says
so, and a refused import writes nothing."""
import io
import re
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from rollout import queries, services, workbook
from rollout.domain import DomainError
from rollout.i18n import Words, error_message
from rollout.models import ChangeEvent, FamilyCentre, StepProgress
from rollout.workbook.layout import sheet_title
from rollout.workbook.sheets import LIMITS, Limits
from tests.workbook_editing import FiguresSheet, ReadinessSheet, StepsSheet, repacked

pytestmark = pytest.mark.db

TODAY = date(2026, 11, 23)
STEPS = "Yksiköt ja askeleet"


def export(session) -> bytes:
    return workbook.export_workbook(session, queries.default_programme(session).id, "fi")


def plan(session, actor, data: bytes, limits: Limits = LIMITS) -> workbook.ImportPlan:
    return workbook.plan_import(session, actor, queries.default_programme(session).id,
                                workbook.read_workbook(data, limits=limits), today=TODAY,
                                limits=limits)


def problems(result: workbook.ImportPlan, lang: str = "en") -> list[tuple]:
    return [(problem.sheet, problem.row, problem.column, error_message(problem.error, lang))
            for problem in result.problems]


def refusal(data: bytes, lang: str = "en") -> str:
    with pytest.raises(DomainError) as refused:
        workbook.read_workbook(data)
    return error_message(refused.value, lang)


def with_part(data: bytes, title: str, change) -> bytes:
    """The file with one sheet's XML changed by `change(xml)`, as a broken disk or a
    careless tool leaves it."""
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    path = book[title]._worksheet_path.lstrip("/")
    book.close()
    return repacked(data, lambda name, content: change(content) if name == path else content)


def swap_hidden_keys(sheet: StepsSheet, first: int, second: int) -> None:
    """The hidden key and version of two rows swapped: the visible columns sorted alone."""
    for column in (1, 2):
        one, two = sheet.sheet.cell(first, column), sheet.sheet.cell(second, column)
        one.value, two.value = two.value, one.value


def steps_versions(session) -> list[int]:
    return list(session.scalars(select(StepProgress.version).order_by(StepProgress.id)))


def test_keys_sorted_away_from_their_rows_are_named_in_words_and_edit_nothing(
        sessions, actors):
    """Sorting the visible columns without the hidden ones moved step 1's key to step 2's
    row: the edit on that row must not reach step 1; both rows are named."""
    with sessions() as session:
        sheet = StepsSheet(export(session))
        first, second = sheet.row_of("244", 1), sheet.row_of("244", 2)
        swap_hidden_keys(sheet, first, second)
        sheet.set("244", 2, "steps.status", "Käynnissä")
        result = plan(session, actors["pekka.planner"], sheet.save())
        before = steps_versions(session)
        assert result.changes == ()
        assert [(row, "step" in text) for _sheet, row, _column, text in problems(result)] == [
            (first, True), (second, True)]
        assert "hidden key belongs to Kempele · Lakeuden perhekeskus · step 2, but the row " \
               "says Kempele · Lakeuden perhekeskus · step 1" in problems(result)[0][3]
        assert "sorted without the hidden ones" in problems(result)[0][3]
        with pytest.raises(DomainError):
            workbook.apply_import(session, actors["pekka.planner"], result, today=TODAY)
        assert steps_versions(session) == before


def test_readiness_keys_sorted_away_from_their_items_are_named_with_the_items(
        sessions, actors):
    with sessions() as session:
        sheet = ReadinessSheet(export(session))
        first, second = sheet.row_of("244", 1, 1), sheet.row_of("244", 1, 2)
        swap_hidden_keys(sheet, first, second)
        sheet.sheet.cell(second, sheet.column("steps.status")).value = "Tehty"
        result = plan(session, actors["aino.admin"], sheet.save())
    assert result.item_changes == ()
    found = problems(result, "fi")
    assert [(name, row) for name, row, _column, _text in found] == [
        (sheet_title("readiness", "fi"), first), (sheet_title("readiness", "fi"), second)]
    assert all("piilotettu avain kuuluu riville Kempele" in text and "askel 1 · " in text
               for *_where, text in found)


def test_a_centre_renamed_after_the_export_is_no_mismatch(sessions, actors):
    """The export keeps each key's place beside it: the rows are checked against what the
    export wrote, not against names the app has changed since."""
    with sessions() as session:
        sheet = StepsSheet(export(session))
        lakeus = session.scalar(select(FamilyCentre).filter_by(code="lakeus"))
        services.update_centre(session, actors["aino.admin"],
                               queries.default_programme(session).id, lakeus.id,
                               lakeus.version, "Uusi perhekeskus", "", lakeus.area_id)
        row = sheet.set("244", 2, "steps.owner", "Pekka")
        result = plan(session, actors["pekka.planner"], sheet.save())
    assert result.problems == ()
    assert [(change.row, change.change.new) for change in result.changes] == [(row, "Pekka")]


@pytest.mark.parametrize("damage, where", [
    (lambda xml: xml.replace(b'<c r="H7"', b'<c r="H7"\x00', 1), "row 7, column H"),
    (lambda xml: xml.replace(b'<c r="P9"', b'&#1;<c r="P9"', 1), "row 9, column O"),
    (lambda xml: xml[:xml.find(b'<row r="12"') + 40], "row 12, column"),
    (lambda xml: xml.replace(b'<c r="A5" t="n"><v>', b'<c r="A5" t="n"><v>x', 1),
     "row 5, column A"),
    (lambda xml: xml.replace(b'<c r="A5" t="n">', b'<c r="A5" t="s">', 1), "row 5, column A"),
])
def test_a_damaged_sheet_is_refused_naming_its_row_and_column(sessions, damage, where):
    with sessions() as session:
        data = with_part(export(session), STEPS, damage)
    message = refusal(data)
    assert f"The sheet “{STEPS}” is damaged at {where}" in message
    assert "Nothing was changed" in message
    assert "vioittunut rivillä" in refusal(data, "fi")


@pytest.mark.parametrize("doctype, entity", [
    (b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
     b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>', b"&c;"),  # an entity bomb
    (b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', b"&e;"),  # a file read
])
def test_xml_entities_are_refused_never_expanded(sessions, doctype, entity):
    with sessions() as session:
        data = with_part(export(session), STEPS, lambda xml: doctype + xml.replace(
            b"<t>Kempele</t>", b"<t>" + entity + b"</t>", 1))
    assert f"The sheet “{STEPS}” is damaged" in refusal(data)


def test_the_damaged_place_is_found_after_rows_of_finnish_letters(sessions):
    """The XML parser counts characters, not bytes: "ä" before the damage must not move it."""
    with sessions() as session:
        data = export(session)

    def nul_in_row_80(xml: bytes) -> bytes:
        return xml.replace(b'<c r="O80"', b'<c r="O80"\x00', 1)
    assert "damaged at row 80, column O" in refusal(with_part(data, STEPS, nul_in_row_80))


def test_rows_out_of_order_or_twice_are_refused_not_silently_dropped(sessions):
    """openpyxl's read-only sheets skip a row numbered below the one before it: the rows
    after a copied row would be lost without a word."""
    with sessions() as session:
        data = export(session)
    row = re.compile(rb'<row r="40".*?</row>', re.S)

    def copy_row_40_after_row_5(xml: bytes) -> bytes:
        at = xml.find(b'<row r="6"')
        return xml[:at] + row.search(xml).group() + xml[at:]
    message = refusal(with_part(data, STEPS, copy_row_40_after_row_5))
    assert f"The sheet “{STEPS}” is damaged at row 6" in message
    assert "out of order or written twice" in message


def test_a_stated_size_smaller_than_the_sheet_loses_no_row(sessions, actors):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        last = sheet.sheet.max_row
        code = sheet.sheet.cell(last, sheet.column("workbook.col.municipality_code")).value
        position = sheet.sheet.cell(last, sheet.column("workbook.col.position")).value
        sheet.set(code, position, "steps.owner", "Viimeisen rivin vastuuhenkilö")
        data = with_part(sheet.save(), STEPS, lambda xml: re.sub(
            rb'<dimension ref="[^"]*"', b'<dimension ref="A1:P3"', xml, count=1))
        result = plan(session, actors["pekka.planner"], data)
    assert [(change.row, change.change.new) for change in result.changes] == [
        (last, "Viimeisen rivin vastuuhenkilö")]


@pytest.mark.parametrize("cell", [
    b'<c r="A6" t="inlineStr"><is><t>abc</t></is></c>', b'<c r="A6"><f>1+1</f><v>2</v></c>',
    b'<c r="A6" t="d"><v>2024-01-01</v></c>', b'<c r="A6" t="e"><v>#REF!</v></c>'])
def test_an_altered_hidden_sheet_is_refused_saying_so(sessions, cell):
    with sessions() as session:
        data = with_part(export(session), "_askeleet", lambda xml: re.sub(
            rb'<c r="A6"[^>]*>.*?</c>', cell, xml, count=1))
    message = refusal(data)
    assert "hidden sheet “_askeleet” was altered at row 6, column A" in message
    assert "export a new workbook" in message


def test_error_cells_are_problems_and_never_imported_as_text(sessions, actors):
    """Excel's errors where the owner was (column O of rows 5 to 7)."""
    errors = {5: b"#REF!", 6: b"#N/A", 7: b"#DIV/0!"}

    def with_errors(xml: bytes) -> bytes:
        for row, error in errors.items():
            xml = re.sub(rb'<c r="O%d"[^>]*?(/>|>.*?</c>)' % row,
                         b'<c r="O%d" t="e"><v>%s</v></c>' % (row, error), xml, count=1)
        return xml
    with sessions() as session:
        result = plan(session, actors["pekka.planner"],
                      with_part(export(session), STEPS, with_errors))
    assert result.changes == ()
    assert problems(result) == [
        (STEPS, row, "Vastuuhenkilö", f"The cell holds an error ({error.decode()}): its value "
         "is lost. Type the value instead.") for row, error in errors.items()]


def test_reading_stops_past_a_sheet_s_row_limit_and_the_preview_says_so(sessions, actors):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        sheet.set("244", 1, "steps.owner", "Uusi vastuuhenkilö")
        result = plan(session, actors["pekka.planner"], sheet.save(), Limits(steps=20))
        assert result.stopped is not None
        assert (result.stopped.sheet, result.stopped.row) == (STEPS, 22)
        assert "Reading stopped at this row: the sheet “Yksiköt ja askeleet” has more than " \
               "20 rows" in error_message(result.stopped.error, "en")
        before = session.scalar(select(func.count()).select_from(ChangeEvent))
        with pytest.raises(DomainError):
            workbook.apply_import(session, actors["pekka.planner"], result, today=TODAY)
        assert session.scalar(select(func.count()).select_from(ChangeEvent)) == before


def test_problems_stop_at_their_limit_with_one_saying_the_rest_was_not_checked(
        sessions, actors):
    with sessions() as session:
        sheet = StepsSheet(export(session))
        for code in ("009", "069", "071", "072", "139", "208", "244", "305"):
            sheet.set(code, 1, "steps.status", "Melkein valmis")
        result = plan(session, actors["pekka.planner"], sheet.save(), Limits(problems=5))
    assert len(result.problems) == 6
    assert result.stopped is result.problems[-1]
    assert error_message(result.stopped.error, "sv") == (
        "Kontrollen stannade efter 5 problem; resten kontrollerades inte. Rätta dessa och "
        "importera arbetsboken igen.")


def test_a_renamed_readiness_sheet_is_named_as_not_read(sessions, actors):
    with sessions() as session:
        sheet = ReadinessSheet(export(session))
        sheet.sheet.title = "Valmius (2)"
        result = plan(session, actors["aino.admin"], sheet.save())
        notes = workbook.skipped_text(result, Words("fi"))
    assert notes == ["Välilehteä Valmius ei löytynyt (se on nimetty uudelleen tai poistettu), "
                     "joten sen muutoksia ei lueta. Palauta välilehden nimi, jos haluat tuoda "
                     "ne."]


def test_months_before_the_programme_are_problems(sessions, actors):
    """The public record starts Pohde's rollout in autumn 2023: its first month is 2023-01."""
    with sessions() as session:
        sheet = FiguresSheet(export(session))
        rows = [sheet.type_row({"figures.area": area, "figures.month": month,
                                "workbook.col.network_meetings": 3})
                for area, month in (("Lakeus", "0001-01"), ("Koillismaa", "2022-12"))]
        result = plan(session, actors["aino.admin"], sheet.save())
    assert [(problem.row, error_message(problem.error, "en")) for problem in result.problems] \
        == [(row, f"{month} is before the programme's years (its first month is 2023-01). "
             "Nothing was saved.") for row, month in zip(rows, ("0001-01", "2022-12"))]
