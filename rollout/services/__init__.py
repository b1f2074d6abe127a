"""Write use-cases, one module per capability; each function checks permission and versions,
applies the rules, records history and owns its transaction."""
from rollout.services.baselines import freeze_baseline
from rollout.services.visits import record_work_visit
from rollout.services.readiness_templates import (ItemTexts, add_readiness_item,
                                                  move_readiness_item, restore_readiness_item,
                                                  retire_readiness_item, update_readiness_item)
from rollout.services.conflicts import EditConflict
from rollout.services.figures import (area_centre_ids, figure_values, month_row,
                                      month_saved_by, save_month_figures)
from rollout.services.organisation import (add_area, add_centre, area_values, centre_values,
                                           rename_area, set_area_retired, set_centre_retired,
                                           update_centre)
from rollout.services.populations import (PopulationChange, PopulationPlan,
                                          apply_population_import, plan_fetched_populations,
                                          plan_population_import,
                                          programme_municipality_codes, population_values,
                                          set_population, stored_figure)
from rollout.services.units import assign_municipality, move_unit
from rollout.services.my_settings import MySettings, my_settings, save_my_settings
from rollout.services.observations import add_observation, add_theme, set_theme_in_use
from rollout.services.programme_plan import (NewProgramme, Placement, ProgrammePlan,
                                             plan_programme)
from rollout.services.programmes import CreatedProgramme, create_programme
from rollout.services.readiness import (ReadinessChange, ItemValues, PlannedItemChange,
                                        apply_centre_update, readiness_version,
                                        preview_centre_update, save_readiness)
from rollout.services.sign_off import SignOffRequest, sign_off
from rollout.services.steps import (PlannedChange, apply_bulk_update, preview_bulk_update,
                                    preview_step_edit, update_step, values_of)
from rollout.services.templates import (StepTexts, set_go_live_step, steps_version,
                                        update_step_texts)

__all__ = ["record_work_visit",
           "ReadinessChange", "CreatedProgramme", "EditConflict", "ItemValues", "NewProgramme",
           "PlannedChange", "PlannedItemChange", "Placement", "ProgrammePlan",
           "create_programme", "plan_programme", "SignOffRequest", "add_observation", "add_theme",
           "apply_bulk_update", "apply_centre_update", "area_centre_ids", "figure_values",
           "month_row", "month_saved_by",
           "readiness_version", "freeze_baseline", "preview_bulk_update",
           "preview_centre_update", "preview_step_edit", "save_readiness", "save_month_figures",
           "set_theme_in_use", "sign_off",
           "update_step", "values_of",
           # the step and checklist templates (admins)
           "ItemTexts", "StepTexts", "add_readiness_item", "move_readiness_item",
           "restore_readiness_item", "retire_readiness_item", "set_go_live_step",
           "steps_version", "update_readiness_item", "update_step_texts",
           # the organisation (admins)
           "PopulationChange", "PopulationPlan", "add_area", "add_centre",
           "apply_population_import", "area_values", "assign_municipality", "centre_values",
           "move_unit", "plan_fetched_populations", "plan_population_import",
           "population_values", "programme_municipality_codes", "rename_area",
           "set_area_retired", "set_centre_retired", "set_population", "stored_figure",
           "update_centre",
           # a person's own settings (everyone signed in)
           "MySettings", "my_settings", "save_my_settings"]
