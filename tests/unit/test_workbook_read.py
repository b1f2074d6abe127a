"""Reading a workbook: forgiving about form (headers in any language, moved columns, dates
typed any usual way), strict about meaning, and whole files refused with a clear reason."""
import functools
import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rollout.domain import DomainError, StepStatus
from rollout.i18n import error_message
from rollout.workbook import read_workbook
from rollout.workbook.cells import protect
from rollout.workbook.figures_sheet import parse_month_cell, parse_number
from rollout.workbook.layout import (STEP_COLUMNS, column_positions, header, parse_code,
                                     parse_date, parse_status)
from rollout.workbook.read import MAX_FILE_MB


@pytest.mark.parametrize("typed, expected", [
    ("31.3.2025", date(2025, 3, 31)), ("2025-03-31", date(2025, 3, 31)),
    ("31/03/2025", date(2025, 3, 31)), (" 1.12.25 ", date(2025, 12, 1)),
    (datetime(2025, 3, 31, 0, 0), date(2025, 3, 31)), (date(2025, 3, 31), date(2025, 3, 31)),
    ("", None), (None, None)])
def test_dates_are_read_as_people_type_them(typed, expected):
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["huomenna", "31.13.2025", 45000, "2025"])
def test_text_where_a_date_belongs_is_a_problem_naming_the_value(typed):
    with pytest.raises(DomainError) as refused:
        parse_date(typed)
    assert refused.value.key == "workbook.not_a_date"
    assert str(typed) in error_message(refused.value, "fi")


@pytest.mark.parametrize("typed, status", [
    ("Valmis", StepStatus.DONE), ("klar", StepStatus.DONE), ("✔ Done", StepStatus.DONE),
    (" käynnissä ", StepStatus.IN_PROGRESS), ("Blockerad", StepStatus.BLOCKED),
    ("not_started", StepStatus.NOT_STARTED)])
def test_a_status_is_read_in_any_language_with_or_without_its_symbol(typed, status):
    assert parse_status(typed) == status


def test_a_status_not_in_the_list_names_the_choices_in_the_reader_s_language():
    with pytest.raises(DomainError) as refused:
        parse_status("Melkein")
    assert error_message(refused.value, "sv") == (
        "'Melkein' är ingen status; välj i listan: Inte påbörjad, Pågår, Klar, Blockerad.")


def test_headers_are_found_in_any_language_wherever_they_were_moved():
    headers = ["Oma sarake", header(STEP_COLUMNS[8], "sv"), "  KEY ",
               header(STEP_COLUMNS[1], "fi")]
    assert column_positions(headers, STEP_COLUMNS) == {"status": 1, "progress_id": 2,
                                                       "version": 3}


def test_municipality_codes_excel_turned_into_numbers_are_padded_back():
    assert [parse_code(value) for value in (91, 91.0, "091", "244")] == \
        ["091", "091", "091", "244"]


def a_zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize("data, key", [
    (b"", "workbook.not_xlsx"),
    (b"Kunta;Tila\n244;Valmis\n", "workbook.not_xlsx"),
    (bytes(range(256)) * 40, "workbook.not_xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "workbook.encrypted"),
    (a_zip({"hello.txt": b"not a workbook"}), "workbook.not_xlsx"),
    (a_zip({"xl/workbook.xml": b"<broken"}), "workbook.corrupt"),
    (a_zip({"xl/workbook.xml": b"", "xl/bomb.xml": b"\0" * (201 * 1024 * 1024)}),
     "workbook.zip_bomb"),
    (b"PK" + b"\0" * (MAX_FILE_MB * 1024 * 1024), "workbook.too_large"),
])
def test_files_that_are_not_a_readable_workbook_are_refused_whole(data, key):
    with pytest.raises(DomainError) as refused:
        read_workbook(data)
    assert refused.value.key == key
    assert "Mitään ei muutettu" in error_message(refused.value, "fi")


def test_a_workbook_made_elsewhere_is_not_taken_for_an_export():
    book = openpyxl.Workbook()
    book.active.append(["Kunta", "Tila"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(DomainError) as refused:
        read_workbook(buffer.getvalue())
    assert refused.value.key == "workbook.not_ours"


@pytest.mark.parametrize("text", ["=1+1", "+358 40 123", "-2", "@SUM(A1)", "\tX", "\rX"])
def test_text_a_spreadsheet_would_run_is_written_as_plain_text(text):
    book = openpyxl.Workbook()
    cell = book.active.cell(1, 1, text)
    protect(cell)
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula element: Excel shows the text, never runs it
    reread = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active["A1"]
    # Without lxml, XML reads a lone carriage return back as a line feed (lxml escapes it);
    # the text is otherwise kept.
    assert reread.value in (text, text.replace("\r", "\n"))
    assert (reread.data_type, reread.quotePrefix) == ("s", True)


TYPED = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)
CELL_VALUES = st.one_of(st.none(), TYPED, st.integers(-10**6, 10**6),
                        st.floats(allow_nan=False, allow_infinity=False),
                        st.dates(), st.sampled_from(["=1/0", "=A1", "Valmis", "31.2.2025"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=st.lists(st.tuples(st.integers(1, 20), st.integers(1, 16), CELL_VALUES),
                      max_size=12),
       cut=st.one_of(st.none(), st.integers(0, 3000)))
def test_mutated_or_truncated_workbooks_only_ever_give_problems_or_a_clean_refusal(cells, cut):
    book = openpyxl.load_workbook(io.BytesIO(exported_template()))
    sheet = book.worksheets[1]
    for row, column, value in cells:
        sheet.cell(row, column).value = value
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue() if cut is None else buffer.getvalue()[:cut]
    try:
        read = read_workbook(data)
    except DomainError as refused:
        assert error_message(refused, "en")
        return
    for problem in read.problems:
        assert problem.sheet and problem.row and error_message(problem.error, "sv")


@functools.cache
def exported_template() -> bytes:
    """A workbook shaped like an export (its sheet, headers and meta sheet), without a
    database: what the property test mutates."""
    from rollout.workbook.layout import META_SHEET, STEP_VALUE_COLUMNS
    book = openpyxl.Workbook()
    book.active.title = "Tietoja"
    sheet = book.create_sheet("Yksiköt ja askeleet")
    sheet.append([header(column, "fi") for column in STEP_COLUMNS])
    for number in range(1, 13):
        sheet.append([number, 1, "Lakeus", "Lakeuden perhekeskus", "244", "Kempele",
                      number % 6 + 1, "Askel", "Ei aloitettu", None, date(2026, 1, 31),
                      None, None, "", ""])
    meta = book.create_sheet(META_SHEET)
    for row in (["programme", "lapsiperheiden-palveluohjaus"], ["as_of", ""], ["lang", "fi"],
                list(STEP_VALUE_COLUMNS)):
        meta.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("value, month", [
    (datetime(2025, 9, 1), date(2025, 9, 1)), (date(2025, 9, 17), date(2025, 9, 1)),
    ("2025-09", date(2025, 9, 1)), ("9/2025", date(2025, 9, 1)), ("09.2025", date(2025, 9, 1)),
    ("17.9.2025", date(2025, 9, 1)), (None, None)])
def test_a_figures_month_reads_any_usual_way(value, month):
    assert parse_month_cell(value) == month


@pytest.mark.parametrize("value, number", [
    (12, 12), (12.0, 12), (6.5, 6.5), ("6,5", 6.5), ("1 200", 1200), ("80 %", 80),
    ("", None), (None, None), (-3, -3)])
def test_a_figure_reads_as_a_number(value, number):
    assert parse_number(value) == number


@pytest.mark.parametrize("value", ["paljon", "nan", "inf", True])
def test_a_figure_that_is_not_a_number_is_refused(value):
    with pytest.raises(DomainError, match="workbook.not_a_number"):
        parse_number(value)


def test_a_figures_month_that_is_no_month_is_refused():
    with pytest.raises(DomainError, match="figures.bad_month"):
        parse_month_cell("syyskuu")


@pytest.mark.parametrize("typed, expected", [
    ("Tehty", "done"), ("klar", "done"), (" Done ", "done"), ("done", "done"),
    ("Ei koske", "not_applicable"), ("EJ TILLÄMPLIG", "not_applicable"),
    ("Not  applicable", "not_applicable"), ("Avoin", "open"), ("Öppen", "open")])
def test_a_readiness_status_is_read_by_its_label_in_any_language(typed, expected):
    from rollout.workbook.readiness_sheet import parse_item_status
    assert parse_item_status(typed).value == expected


@pytest.mark.parametrize("typed", ["Valmis", "", None, 1, "kesken"])
def test_anything_else_in_a_readiness_status_is_named_with_the_choices(typed):
    from rollout.workbook.readiness_sheet import parse_item_status
    with pytest.raises(DomainError) as refused:
        parse_item_status(typed)
    assert error_message(refused.value, "sv").endswith(
        "välj i listan: Öppen, Klar, Ej tillämplig.")


@pytest.mark.parametrize("typed, expected", [
    ("12:34", (12, 34)), (" 7:1 ", (7, 1)), ("", None), (None, None)])
def test_a_readiness_row_s_hidden_key_names_its_unit_and_item(typed, expected):
    from rollout.workbook.readiness_sheet import parse_item_key
    assert parse_item_key(typed, strict=True) == expected


def test_a_readiness_key_retyped_into_something_else_is_not_taken_for_a_row():
    from rollout.workbook.readiness_sheet import parse_item_key
    with pytest.raises(DomainError, match="workbook.unknown_row"):
        parse_item_key("12-34", strict=True)
