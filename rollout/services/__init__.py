"""Write use-cases, one module per capability; each function checks permission and versions,
applies the rules, records history and owns its transaction."""
from rollout.services.baselines import freeze_baseline
from rollout.services.conflicts import EditConflict
from rollout.services.readiness import (ChecklistChange, ItemValues, checklist_version,
                                        save_checklist)
from rollout.services.steps import (PlannedChange, apply_bulk_update, preview_bulk_update,
                                    update_step, values_of)

__all__ = ["ChecklistChange", "EditConflict", "ItemValues", "PlannedChange",
           "apply_bulk_update", "checklist_version", "freeze_baseline", "preview_bulk_update", "save_checklist",
           "update_step", "values_of"]
