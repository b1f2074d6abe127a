"""Texts of the overview (Yleiskuva)."""

TEXTS: dict[str, dict[str, str]] = {
    # Overview
    "overview.title": {"fi": "Yleiskuva", "sv": "Översikt", "en": "Overview"},
    "overview.as_of": {"fi": "Tilanne päivänä", "sv": "Läget den", "en": "State on"},
    "overview.as_of_help": {
        "fi": "Näytä tilanne minä tahansa päivänä muutoshistorian perusteella.",
        "sv": "Visa läget vilken dag som helst utifrån ändringshistoriken.",
        "en": "Show the state on any day, replayed from the change history."},
    "overview.last_changed": {"fi": "Tietoja muutettu viimeksi {when}",
                              "sv": "Uppgifterna ändrades senast {when}",
                              "en": "Data last changed {when}"},
    "overview.never_changed": {"fi": "Tietoja ei ole vielä muutettu.",
                               "sv": "Uppgifterna har ännu inte ändrats.",
                               "en": "No data has been changed yet."},
    "overview.live_municipalities": {"fi": "Kunnat, joissa palvelu käynnissä",
                                     "sv": "Kommuner där tjänsten är i gång",
                                     "en": "Municipalities live"},
    "overview.residents_covered": {"fi": "Asukkaat palvelun piirissä",
                                   "sv": "Invånare som omfattas",
                                   "en": "Residents covered"},
    "overview.share_of_residents": {"fi": "{share} kaikista {total} asukkaasta",
                                    "sv": "{share} av alla {total} invånare",
                                    "en": "{share} of all {total} residents"},
    "overview.units": {"fi": "Käyttöönottoyksiköt", "sv": "Införandeenheter",
                       "en": "Rollout units"},
    "overview.units_help": {
        "fi": "Perhekeskus × kunta -parit, joiden etenemistä seurataan.",
        "sv": "Par av familjecenter × kommun vars framsteg följs.",
        "en": "Family centre × municipality pairs whose progress is tracked."},
    "overview.units_per_step": {"fi": "Yksiköt nykyisen askeleen mukaan",
                                "sv": "Enheter enligt nuvarande steg",
                                "en": "Units by current step"},
    "overview.units_per_step_help": {
        "fi": "Nykyinen askel on pisin askel, jolla yksikkö on aloittanut työn.",
        "sv": "Nuvarande steg är det längsta steg där enheten har påbörjat arbetet.",
        "en": "The current step is the furthest step a unit has started."},
    "overview.by_area": {"fi": "Eteneminen alueittain", "sv": "Framsteg per område",
                         "en": "Progress by area"},
    "overview.by_region": {"fi": "Eteneminen hyvinvointialueittain",
                           "sv": "Framsteg per välfärdsområde",
                           "en": "Progress by wellbeing services county"},
}
