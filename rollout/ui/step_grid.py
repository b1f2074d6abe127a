"""The step grid: filters, and the units × steps table with status icons and plan flags."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout.domain import ScheduleFlag, StepStatus
from rollout.tracking import GridFilter, matching_units
from rollout.status_look import STEP_LOOKS
from rollout.ui.context import t
from rollout.ui.drawn_once import computed_once
from rollout.ui.labels import status_label
from rollout.ui.paging import page_of
from rollout.ui.read_models import Reads

FLAG_ICONS = {ScheduleFlag.OVERDUE.value: " ‼", ScheduleFlag.AT_RISK.value: " ⚠"}
FLAG_TEXT_COLOURS = {" ‼": "#b91c1c", " ⚠": "#b45309"}


def filtered_units(data: Reads, rows: pd.DataFrame, step_names: dict[int, str]) -> list[int]:
    """Filter widgets in one row; returns the units they let through, in the grid's order
    (`rows`: data.grid_rows; what a filter lets through is kept per data stamp)."""
    wanted = _grid_filters(data, rows, step_names)
    return computed_once(("steps.matching", data, wanted), lambda: matching_units(rows, wanted))


def _grid_filters(data: Reads, rows: pd.DataFrame, step_names: dict[int, str]) -> GridFilter:
    area_column, centre_column, step_column, status_column, owner_column, overdue_column = \
        st.columns([3, 3, 3, 3, 2, 3], vertical_alignment="bottom")
    areas, centres = computed_once(("steps.filter_options", data), lambda: (
        sorted(rows["area"].unique()),
        rows.drop_duplicates("centre_code").set_index("centre_code")["centre"].to_dict()))
    return GridFilter(
        areas=tuple(area_column.multiselect(t("steps.filter_area"), areas,
                                            placeholder=t("common.choose"))),
        centres=tuple(centre_column.multiselect(t("steps.filter_centre"), list(centres),
                                                format_func=centres.get,
                                                placeholder=t("common.choose"))),
        position=step_column.selectbox(t("steps.filter_step"), [None, *step_names],
                                       format_func=lambda p: step_names.get(
                                           p, t("steps.any_step"))),
        statuses=tuple(status_column.multiselect(
            t("steps.filter_status"), [status.value for status in StepStatus],
            format_func=status_label, placeholder=t("common.choose"))),
        owner=owner_column.text_input(t("steps.filter_owner")),
        overdue_only=overdue_column.toggle(t("steps.filter_overdue")),
    )


UNITS_PER_PAGE = 50


def page_of_units(unit_ids: list[int]) -> list[int]:
    return page_of(unit_ids, UNITS_PER_PAGE, "steps.page")


def status_grid(data: Reads, rows: pd.DataFrame, today: date, page: list[int],
                step_names: dict[int, str]) -> int | None:
    """The units of `page` as rows (by centre, which names its area), steps as columns;
    returns the unit the user selected in it, if any (and puts it in the address). The grid's
    cells and their colours are kept per data stamp and page; the table itself is a widget."""
    if not page:
        st.info(t("steps.none_match"))
        return None
    step_columns = {position: t("steps.grid_step", position=position) for position in step_names}
    # Numbered step headers fit six steps beside the names at 1400 px; the names stand in a
    # line above the grid and in each header's tooltip.
    st.caption(" · ".join(f"**{position}** {name}" for position, name in step_names.items()))
    grid, colours, codes = computed_once(
        ("steps.grid", data, today, tuple(page)),
        lambda: _grid(rows[rows["unit_id"].isin(page)], step_columns))
    styled = grid.drop(columns="unit_id").style.apply(lambda _: colours, axis=None)
    widths = {t("column.centre"): 170, t("column.municipality"): 110}
    column_config = {label: st.column_config.TextColumn(label, width=width)
                     for label, width in widths.items()}
    column_config |= {step_columns[position]: st.column_config.TextColumn(
        step_columns[position], width=100, help=f"{position}. {name}")
        for position, name in step_names.items()}
    event = st.dataframe(styled, hide_index=True, width="stretch", on_select="rerun",
                         selection_mode="single-row", key="step_grid",
                         column_config=column_config, height=min(38 + 35 * len(grid), 560))
    selected = event.selection.rows
    if selected:
        unit_id = int(grid.iloc[selected[0]]["unit_id"])
        st.query_params["unit"] = codes[unit_id]
        return unit_id
    return None


def _grid(rows: pd.DataFrame, step_columns: dict[int, str]
          ) -> tuple[pd.DataFrame, pd.DataFrame, dict[int, str]]:
    """The grid (unit_id, centre, municipality, a cell per step), each cell's colours, and
    each unit's municipality code."""
    labels = {status.value: status_label(status.value) for status in StepStatus}
    cells = rows.assign(cell=rows["status"].map(labels) + rows["flag"].map(FLAG_ICONS)
                        .fillna(""))
    grid = cells.pivot_table(index=["unit_id", "centre", "municipality"],
                             columns="position", values="cell", aggfunc="first", sort=False)
    grid = grid.reset_index().rename(columns={"centre": t("column.centre"),
                                              "municipality": t("column.municipality"),
                                              **step_columns})
    shown = grid.drop(columns="unit_id")
    colours = pd.DataFrame("", index=shown.index, columns=shown.columns)
    for column in step_columns.values():
        if column in shown:
            colours[column] = shown[column].map(_cell_colour)
    codes = dict(zip(rows["unit_id"], rows["municipality_code"]))
    return grid, colours, codes


def unit_from_address(rows: pd.DataFrame) -> int | None:
    """`?unit=<municipality code>` opens that unit, so a link can point at it."""
    code = st.query_params.get("unit")
    matching = rows.loc[rows["municipality_code"] == code, "unit_id"]
    return int(matching.iloc[0]) if len(matching) else None


def _cell_colour(cell: str) -> str:
    if not isinstance(cell, str):
        return ""
    style = next((f"background-color: {look.colour}"
                  for look in STEP_LOOKS.values() if cell.startswith(look.symbol)), "")
    flag_colour = next((colour for mark, colour in FLAG_TEXT_COLOURS.items()
                        if cell.endswith(mark)), None)
    return f"{style}; color: {flag_colour}; font-weight: 600" if flag_colour else style
