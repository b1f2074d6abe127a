"""Every user-visible text, in Finnish (default), Swedish and English, one module per screen.

Keys are dotted: `<screen>.<what>`; a text that depends on a count has `.one` and `.other`
forms (see i18n.translate_count). Tests check every key has all three languages and that no
key is defined twice."""
from rollout.catalog import (common, digest, history, map, my_settings, my_work, observations,
                             organisation, overview,
                             populations, programmes, progress, readiness, readiness_screen,
                             record, report, service_figures, statfin, steps, templates,
                             users, workbook, workbook_import)

MODULES = (common, my_work, my_settings, digest, overview, progress, map, report, steps, readiness, readiness_screen,
           service_figures, observations, history, users, organisation, populations,
           templates, programmes, record, statfin, workbook, workbook_import)
CATALOG: dict[str, dict[str, str]] = {key: texts for module in MODULES
                                      for key, texts in module.TEXTS.items()}
