"""The workbook people work in: a cover, units and steps (the sheet an import reads back),
readiness, municipalities and history, styled for reading and safe to open."""
from __future__ import annotations

import calendar
import io
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from rollout import metrics, queries
from rollout.domain import StepStatus
from rollout.i18n import (DISPLAY_TIMEZONE, Words, format_datetime, localized_column,
                          with_names)
from rollout import logged_values
from rollout.logged_values import field_label, labelled, value_label
from rollout.models import Programme
from rollout.public_record import latest_by_label
from rollout.status_look import STEP_LOOKS
from rollout.workbook.cells import MONTH_FORMATS, append_rows, declare_size, written
from rollout.workbook.figures_sheet import (FIGURE_COLUMNS, FIGURE_VALUE_COLUMNS,
                                            FIGURES_META_SHEET, figure_key)
from rollout.workbook.layout import (META_SHEET, STEP_COLUMNS, STEP_PLACE_COLUMNS,
                                     STEP_VALUE_COLUMNS, Column,
                                     header, sheet_title, status_label)
from rollout.workbook.readiness_sheet import (ITEM_VALUE_COLUMNS, READINESS_COLUMNS,
                                              ITEM_PLACE_COLUMNS, READINESS_META_SHEET,
                                              item_key,
                                              item_status_choices)

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
Progress = Callable[[float], None]
HISTORY_MONTHS = 12  # the history sheet's span; the whole log: History page, backup
MUNICIPALITY_COLUMNS = (
    Column("municipality_code", "workbook.col.municipality_code", 12),
    Column("name_fi", "workbook.col.name_fi", 18), Column("name_sv", "workbook.col.name_sv", 18),
    Column("area", "column.area", 16), Column("centre", "column.centre", 24),
    Column("population", "workbook.col.population", 11),
    Column("population_year", "workbook.col.population_year", 11),
    Column("population_source", "workbook.col.population_source", 30))
HISTORY_COLUMNS = (
    Column("recorded_at", "column.when", 18), Column("effective_on", "column.effective", 12),
    Column("actor", "column.who", 18), Column("municipality", "column.municipality", 18),
    Column("centre", "column.centre", 22), Column("position", "workbook.col.position", 9),
    Column("item", "workbook.col.item", 40), Column("field", "column.field", 16),
    Column("old_value", "workbook.col.old", 16), Column("new_value", "workbook.col.new", 16),
    Column("reason", "column.reason", 30))


def export_workbook(session: Session, programme_id: int, lang: str, as_of: date | None = None,
                    progress: Progress | None = None) -> bytes:
    """The programme's workbook in `lang`, as it stands now or replayed to `as_of` (a past
    day's picture, which an import refuses)."""
    progress = progress or (lambda share: None)
    words = Words(lang)
    programme = session.get(Programme, programme_id)
    rows = queries.step_rows(session, programme_id)
    if as_of is not None:
        events = queries.status_events(session, programme_id)
        rows = metrics.rows_as_of(rows, metrics.status_transitions(events), as_of)
    book = Workbook(write_only=True)  # streamed: a national history fits in memory
    _cover(book, words, programme, as_of)
    _steps_sheet(book, words, rows, queries.steps_frame(session, programme_id))
    progress(0.3)
    readiness = _readiness_sheet(book, words, session, programme_id)
    _municipalities_sheet(book, words, queries.units_frame(session, programme_id))
    progress(0.5)
    _history_sheet(book, words, session, programme_id, as_of or date.today())
    progress(0.8)
    figures = _figures_frame(session, programme_id, as_of)
    _figures_sheet(book, lang, figures)
    _meta_sheet(book, programme, lang, as_of, rows)
    _figures_meta_sheet(book, lang, figures)
    _readiness_meta_sheet(book, readiness)
    buffer = io.BytesIO()
    book.save(buffer)
    progress(1.0)
    return buffer.getvalue()


def _cover(book: Workbook, words: Words, programme: Programme, as_of: date | None) -> None:
    sheet = book.create_sheet(words.t("workbook.sheet.cover"))
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 110
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    lines = [(words.t("workbook.cover.title"), ""),
             (words.t("workbook.cover.programme"), programme.name),
             (words.t("workbook.cover.as_of"), words.day(as_of or date.today())),
             (words.t("workbook.cover.exported"), format_datetime(now, words.lang)),
             ("", words.t("workbook.cover.how", sheet=sheet_title("steps", words.lang))),
             (words.t("workbook.cover.history"), words.t(
                 "workbook.cover.history_text", sheet=sheet_title("history", words.lang),
                 since=words.day(history_since(as_of or date.today())),
                 months=HISTORY_MONTHS)),
             (words.t("workbook.cover.legend"),
              " · ".join(status_label(status, words.lang) for status in StepStatus)),
             (words.t("workbook.cover.sources"), words.t("workbook.cover.sources_text"))]
    if as_of is not None:
        lines.insert(3, ("", words.t("workbook.cover.snapshot")))
    title = WriteOnlyCell(sheet, lines[0][0])
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    for label, text in lines[1:]:
        sheet.append([written(sheet, label, words.lang), written(sheet, text, words.lang)])


def _steps_sheet(book: Workbook, words: Words, rows: pd.DataFrame, steps: pd.DataFrame) -> None:
    lang = words.lang
    names = words.step_labels(steps)
    rows = with_names(rows, lang)
    values = rows.assign(
        step=rows["position"].map(names),
        status=[status_label(StepStatus(status), lang) for status in rows["status"]],
        end_latest_by=[latest_by_label(words, key) if key else ""
                       for key in rows["end_latest_by"]])
    sheet = _table_sheet(book, sheet_title("steps", lang), STEP_COLUMNS, lang,
                         values[[column.name for column in STEP_COLUMNS]])
    _status_choices(sheet, STEP_COLUMNS, lang, len(values))


def _readiness_sheet(book: Workbook, words: Words, session: Session,
                     programme_id: int) -> pd.DataFrame:
    """Every unit × item with its status, reason and evidence (and hidden key and version);
    returns the rows written, for the meta sheet."""
    lang = words.lang
    states = queries.item_states(session, programme_id).drop(columns="status").merge(
        queries.item_values(session, programme_id), on=["unit_id", "item_id"], how="left")
    states = states.fillna({"status": "open", "reason": "", "evidence": "",
                            "evidence_link": ""}).astype({"version": "Int64"})
    items = queries.items_frame(session, programme_id).set_index("item_id")
    units = with_names(queries.units_frame(session, programme_id), lang).set_index("unit_id")
    frame = states.join(units[["centre", "municipality_code", "municipality"]], on="unit_id")
    frame = frame.join(items[["item_position"]], on="item_id").assign(
        item=localized_column(items.rename(columns=lambda c: c.replace("text", "item")),
                              "item", lang).reindex(states["item_id"]).to_numpy(),
        required=[words.t("common.yes") if flag else words.t("common.no")
                  for flag in states["required"]],
        status_code=states["status"],
        status=[words.t(f"item.{status}") for status in states["status"]],
        item_key=[item_key(unit_id, item_id)
                  for unit_id, item_id in zip(states["unit_id"], states["item_id"])])
    frame = frame.sort_values(["area", "centre", "municipality", "position", "item_position"])
    sheet = _table_sheet(book, sheet_title("readiness", lang), READINESS_COLUMNS, lang,
                         frame[[column.name for column in READINESS_COLUMNS]])
    item_status_choices(sheet, lang, len(frame))
    return frame.assign(status=frame["status_code"])


def _readiness_meta_sheet(book: Workbook, readiness: pd.DataFrame) -> None:
    """The readiness items as exported, by key (statuses by their code)."""
    sheet = book.create_sheet(READINESS_META_SHEET)
    sheet.sheet_state = "veryHidden"
    declare_size(sheet, len(readiness) + 1, len(ITEM_VALUE_COLUMNS) + len(ITEM_PLACE_COLUMNS))
    sheet.append([*ITEM_VALUE_COLUMNS, *ITEM_PLACE_COLUMNS])
    append_rows(sheet, "fi", readiness[[*ITEM_VALUE_COLUMNS, *ITEM_PLACE_COLUMNS]])


def _municipalities_sheet(book: Workbook, words: Words, units: pd.DataFrame) -> None:
    units = with_names(units, words.lang)
    _table_sheet(book, sheet_title("municipalities", words.lang), MUNICIPALITY_COLUMNS,
                 words.lang, units[[column.name for column in MUNICIPALITY_COLUMNS]])


def history_since(shown: date) -> date:
    """The first day of the history sheet: HISTORY_MONTHS before the day shown. The whole
    history is on the History page and in `python -m rollout backup`; a national
    programme's whole log would make the workbook too large to import again."""
    months = shown.year * 12 + shown.month - 1 - HISTORY_MONTHS
    year, month = divmod(months, 12)
    return date(year, month + 1, min(shown.day, calendar.monthrange(year, month + 1)[1]))


def _history_sheet(book: Workbook, words: Words, session: Session, programme_id: int,
                   shown: date) -> None:
    """The changes of the last HISTORY_MONTHS up to the day shown, oldest first."""
    events = queries.programme_history(session, programme_id, words.lang, shown,
                                       since=history_since(shown))
    recorded = pd.to_datetime(events["recorded_at"]).dt.tz_localize("UTC")
    centre_names = logged_values.centre_names(queries.organisation_names(session, words.lang))

    def values(column: str) -> list[str]:
        return labelled(list(zip(events["entity"], events["field"], events[column])),
                        lambda entity, field, value: value_label(words, entity, field, value,
                                                                 centre_names))
    events = events.assign(
        recorded_at=recorded.dt.tz_convert(DISPLAY_TIMEZONE).dt.tz_localize(None),
        field=labelled([(field,) for field in events["field"]],
                       lambda field: field_label(words, field)),
        old_value=values("old_value"), new_value=values("new_value"),
        actor=logged_values.event_actors(words, events["source"], events["actor"]),
        reason=_reasons(words, events))
    _table_sheet(book, sheet_title("history", words.lang), HISTORY_COLUMNS, words.lang,
                 events[[column.name for column in HISTORY_COLUMNS]])


def _reasons(words: Words, events: pd.DataFrame) -> list[str]:
    """Each change's reason; for the public record's, the bound its day is and the release
    (the day cell keeps the date, for sorting and filtering)."""
    bounds = logged_values.event_effective_days(words, events["source"], events["reason"],
                                                events["effective_on"])
    reasons = logged_values.event_reasons(words, events["source"], events["reason"])
    return [f"{bound} – {reason}" if reason != original else reason
            for bound, reason, original in zip(bounds, reasons, events["reason"])]


def _figures_frame(session: Session, programme_id: int, as_of: date | None) -> pd.DataFrame:
    """Every area's months with figures (up to `as_of`'s month), each with its hidden key
    and who saved it last, when (in the display time zone)."""
    frame = queries.figures_frame(session, programme_id)
    if as_of is not None:
        frame = frame[frame["month"] <= as_of]
    saved = pd.to_datetime(frame["updated_at"]).dt.tz_localize("UTC")
    return frame.assign(
        figure_key=[figure_key(area_id, month)
                    for area_id, month in zip(frame["area_id"], frame["month"])],
        updated_at=saved.dt.tz_convert(DISPLAY_TIMEZONE).dt.tz_localize(None))


def _figures_sheet(book: Workbook, lang: str, figures: pd.DataFrame) -> None:
    """One row per area and month with figures; the month a real date shown as a month."""
    month_at = [column.name for column in FIGURE_COLUMNS].index("month")
    _table_sheet(book, sheet_title("figures", lang), FIGURE_COLUMNS, lang,
                 figures[[column.name for column in FIGURE_COLUMNS]],
                 formats={month_at: MONTH_FORMATS[lang]})


def _figures_meta_sheet(book: Workbook, lang: str, figures: pd.DataFrame) -> None:
    """The figures as exported, by key, so an import sees what the user changed."""
    sheet = book.create_sheet(FIGURES_META_SHEET)
    sheet.sheet_state = "veryHidden"
    declare_size(sheet, len(figures) + 1, len(FIGURE_VALUE_COLUMNS))
    sheet.append(list(FIGURE_VALUE_COLUMNS))
    append_rows(sheet, lang, figures[list(FIGURE_VALUE_COLUMNS)])


def _meta_sheet(book: Workbook, programme: Programme, lang: str, as_of: date | None,
                rows: pd.DataFrame) -> None:
    """What makes an import exact: the programme, the day shown, and every exported value of
    the editable columns, so an import sees what the user changed, not what the app has
    changed since."""
    sheet = book.create_sheet(META_SHEET)
    sheet.sheet_state = "veryHidden"
    declare_size(sheet, len(rows) + 4, len(STEP_VALUE_COLUMNS) + len(STEP_PLACE_COLUMNS))
    sheet.append(["programme", programme.slug])
    sheet.append(["as_of", as_of.isoformat() if as_of else ""])
    sheet.append(["lang", lang])
    sheet.append([*STEP_VALUE_COLUMNS, *STEP_PLACE_COLUMNS])
    append_rows(sheet, lang, with_names(rows, lang)[[*STEP_VALUE_COLUMNS, *STEP_PLACE_COLUMNS]])


def _table_sheet(book: Workbook, title: str, columns: tuple[Column, ...], lang: str,
                 rows: pd.DataFrame | Iterable[Iterable],
                 formats: dict[int, str] | None = None) -> Worksheet:
    """A sheet with a styled, frozen, filterable header, set widths and hidden key columns,
    dates as Excel dates and text that never runs as a formula."""
    sheet = book.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        sheet.column_dimensions[letter].hidden = column.hidden
    sheet.freeze_panes = "A2"
    if isinstance(rows, pd.DataFrame):
        declare_size(sheet, len(rows) + 1, len(columns))
    sheet.append([_header_cell(sheet, header(column, lang)) for column in columns])
    count = append_rows(sheet, lang, rows, formats)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return sheet


def _header_cell(sheet: Worksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    return cell


def _status_choices(sheet: Worksheet, columns: tuple[Column, ...], lang: str,
                    count: int) -> None:
    """A drop-down of the statuses in the sheet's language, each coloured."""
    letter = get_column_letter([column.name for column in columns].index("status") + 1)
    cells = f"{letter}2:{letter}{max(count, 1) + 1}"
    labels = [status_label(status, lang) for status in StepStatus]
    choice = DataValidation(type="list", formula1='"' + ",".join(labels) + '"',
                            allow_blank=False, showErrorMessage=True)
    choice.add(cells)
    sheet.data_validations.append(choice)
    for status, look in STEP_LOOKS.items():
        sheet.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{status_label(status, lang)}"'],
            fill=PatternFill("solid", fgColor=look.fill, bgColor=look.fill)))
