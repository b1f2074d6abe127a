"""The Excel workbook: export for people, import with an exact preview (an adapter in front
of the services, never a second place where rules live)."""
from rollout.workbook.apply import ImportChange, ImportPlan, apply_import, plan_import
from rollout.workbook.export import export_workbook
from rollout.workbook.read import MAX_FILE_MB, Problem, ReadWorkbook, read_workbook
from rollout.workbook.summary import (change_table, counts_text, figure_change_table,
                                      item_change_table, problem_table, skipped_text)

__all__ = ["ImportChange", "ImportPlan", "MAX_FILE_MB", "Problem", "ReadWorkbook",
           "apply_import", "change_table", "counts_text", "export_workbook",
           "figure_change_table", "item_change_table", "plan_import", "skipped_text",
           "problem_table", "read_workbook"]
