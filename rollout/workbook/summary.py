"""An import's preview in words, the same on the page and on the command line: each change
(unit, step, field, old → new; area, month, figure, old → new), counts per kind, and each
problem with its place."""
from __future__ import annotations

import pandas as pd

from rollout.catalog import CATALOG
from rollout.i18n import Words, error_message
from rollout.workbook.apply import ImportPlan
from rollout.workbook.layout import value_text
from rollout.workbook.readiness_plan import item_value_text


def change_table(plan: ImportPlan, words: Words) -> pd.DataFrame:
    """One line per changed field, in the workbook's row order."""
    changes = sorted(plan.changes, key=lambda item: item.row)
    return pd.DataFrame({
        words.t("workbook.column.row"): [item.row for item in changes],
        words.t("column.municipality"): [item.change.municipality for item in changes],
        words.t("column.step"): [item.change.position for item in changes],
        words.t("column.field"): [words.t(f"steps.{item.change.field}") for item in changes],
        words.t("column.old"): [value_text(item.change.field, item.change.old)[words.lang]
                                for item in changes],
        words.t("column.new"): [value_text(item.change.field, item.change.new)[words.lang]
                                for item in changes]})


def item_change_table(plan: ImportPlan, words: Words) -> pd.DataFrame:
    """One line per changed field of a readiness item (unit, step, item, field, old → new)."""
    changes = sorted(plan.item_changes, key=lambda item: item.row)
    return pd.DataFrame({
        words.t("workbook.column.row"): [item.row for item in changes],
        words.t("column.municipality"): [item.municipality for item in changes],
        words.t("column.step"): [item.position for item in changes],
        words.t("workbook.col.item"): [item.item[words.lang] for item in changes],
        words.t("column.field"): [field_label(f"item_{item.field}", words)
                                  for item in changes],
        words.t("column.old"): [item_value_text(item.field, item.old)[words.lang]
                                for item in changes],
        words.t("column.new"): [item_value_text(item.field, item.new)[words.lang]
                                for item in changes]})


def figure_change_table(plan: ImportPlan, words: Words) -> pd.DataFrame:
    """One line per changed figure of the figures sheet (area, month, field, old → new)."""
    changes = sorted(plan.figure_changes, key=lambda item: item.row)
    return pd.DataFrame({
        words.t("workbook.column.row"): [item.row for item in changes],
        words.t("figures.area"): [item.area for item in changes],
        words.t("figures.month"): [f"{item.month:%Y-%m}" for item in changes],
        words.t("column.field"): [field_label(item.field, words) for item in changes],
        words.t("column.old"): [value_text(item.field, item.old)[words.lang]
                                for item in changes],
        words.t("column.new"): [value_text(item.field, item.new)[words.lang]
                                for item in changes]})


def field_label(field: str, words: Words) -> str:
    """A step field's or a figure's name, as the sheets' headers write it."""
    key = f"steps.{field}"
    return words.t(key if key in CATALOG else f"workbook.col.{field}")


def problem_table(plan: ImportPlan, words: Words) -> pd.DataFrame:
    """One line per problem: sheet, row, column and the reason in plain words."""
    return pd.DataFrame({
        words.t("workbook.column.sheet"): [problem.sheet for problem in plan.problems],
        words.t("workbook.column.row"): [problem.row for problem in plan.problems],
        words.t("workbook.column.column"): [problem.column for problem in plan.problems],
        words.t("column.reason"): [error_message(problem.error, words.lang)
                                   for problem in plan.problems]})


def counts_text(plan: ImportPlan, words: Words) -> str:
    """"12 changes on 9 rows: Status 5, Planned end 7"."""
    kinds = ", ".join(f"{field_label(field, words)} {count}"
                      for field, count in plan.counts_by_field().items())
    return words.t("workbook.preview_count", changes=words.number(plan.change_count),
                   rows=words.number(plan.rows_changed), kinds=kinds)


def skipped_text(plan: ImportPlan, words: Words) -> list[str]:
    """Why a sheet is left out of the import (an older export's, or one not found), one
    line per sheet."""
    return ([words.t("workbook.readiness_skipped", sheet=sheet) for sheet in plan.skipped]
            + [words.t("workbook.sheet_missing", sheet=sheet) for sheet in plan.missing])
