"""Writing a table's cells fast must not change what a reader finds: every row's own dates
as real dates in the language's format, blanks empty, numbers as numbers, text that looks
like a formula kept as text; and the history sheet's first day a year before the day shown."""
import io
from datetime import date, datetime

import numpy as np
import openpyxl
import pandas as pd
import pytest

from rollout.workbook.cells import DATE_FORMATS, append_rows
from rollout.workbook.export import history_since


def written_and_read(frame: pd.DataFrame, lang: str = "fi") -> list[list[openpyxl.cell.Cell]]:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("t")
    assert append_rows(sheet, lang, frame) == len(frame)
    buffer = io.BytesIO()
    book.save(buffer)
    reread = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))
    return [list(row) for row in reread["t"].iter_rows()]


def test_each_row_keeps_its_own_dates_blanks_numbers_and_plain_text():
    frame = pd.DataFrame({
        "day": [date(2025, 3, 31), None, date(2026, 1, 2)],
        "moment": pd.to_datetime(["2025-03-31 14:05", None, "2026-01-02 00:00"]),
        "count": np.array([3, 4, 5], dtype="int64"),
        "share": [0.5, np.nan, 1.25],
        "text": ["Valmis", "=1+1", None]})
    rows = written_and_read(frame)
    assert [[cell.value for cell in row] for row in rows] == [
        [datetime(2025, 3, 31), datetime(2025, 3, 31, 14, 5), 3, 0.5, "Valmis"],
        [None, None, 4, None, "=1+1"],
        [datetime(2026, 1, 2), datetime(2026, 1, 2), 5, 1.25, None]]
    assert rows[0][0].number_format == DATE_FORMATS["fi"]
    assert rows[0][1].number_format == DATE_FORMATS["fi"] + " hh:mm"
    assert rows[2][1].number_format == DATE_FORMATS["fi"]  # midnight: the day alone
    assert (rows[1][4].data_type, rows[1][4].quotePrefix) == ("s", True)
    assert (rows[0][4].data_type, rows[0][4].quotePrefix) == ("s", False)


@pytest.mark.parametrize("shown, first", [
    (date(2026, 11, 24), date(2025, 11, 24)), (date(2024, 2, 29), date(2023, 2, 28)),
    (date(2026, 1, 31), date(2025, 1, 31))])
def test_the_history_sheet_begins_a_year_before_the_day_shown(shown, first):
    assert history_since(shown) == first
