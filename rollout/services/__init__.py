"""Write use-cases, one module per capability; each function checks permission and versions,
applies the rules, records history and owns its transaction."""
from rollout.services.baselines import freeze_baseline
from rollout.services.conflicts import EditConflict
from rollout.services.figures import (area_centre_ids, figure_values, month_row,
                                      month_saved_by, save_month_figures)
from rollout.services.observations import add_observation, add_theme, set_theme_in_use
from rollout.services.programme_plan import (NewProgramme, Placement, ProgrammePlan,
                                             plan_programme)
from rollout.services.programmes import CreatedProgramme, create_programme
from rollout.services.readiness import (ChecklistChange, ItemValues, PlannedItemChange,
                                        apply_centre_update, checklist_version,
                                        preview_centre_update, save_checklist)
from rollout.services.sign_off import SignOffRequest, sign_off
from rollout.services.steps import (PlannedChange, apply_bulk_update, preview_bulk_update,
                                    preview_step_edit, update_step, values_of)

__all__ = ["ChecklistChange", "CreatedProgramme", "EditConflict", "ItemValues", "NewProgramme",
           "PlannedChange", "PlannedItemChange", "Placement", "ProgrammePlan",
           "create_programme", "plan_programme", "SignOffRequest", "add_observation", "add_theme",
           "apply_bulk_update", "apply_centre_update", "area_centre_ids", "figure_values",
           "month_row", "month_saved_by",
           "checklist_version", "freeze_baseline", "preview_bulk_update",
           "preview_centre_update", "preview_step_edit", "save_checklist", "save_month_figures",
           "set_theme_in_use", "sign_off",
           "update_step", "values_of"]
