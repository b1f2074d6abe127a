"""Write use-cases, one module per capability; each function checks permission and versions,
applies the rules, records history and owns its transaction."""
from rollout.services.baselines import freeze_baseline
from rollout.services.conflicts import EditConflict
from rollout.services.readiness import (ChecklistChange, ItemValues, PlannedItemChange,
                                        apply_centre_update, checklist_version,
                                        preview_centre_update, save_checklist)
from rollout.services.sign_off import SignOffRequest, sign_off
from rollout.services.steps import (PlannedChange, apply_bulk_update, preview_bulk_update,
                                    preview_step_edit, update_step, values_of)

__all__ = ["ChecklistChange", "EditConflict", "ItemValues", "PlannedChange",
           "PlannedItemChange", "SignOffRequest", "apply_bulk_update", "apply_centre_update",
           "checklist_version", "freeze_baseline", "preview_bulk_update",
           "preview_centre_update", "preview_step_edit", "save_checklist", "sign_off",
           "update_step", "values_of"]
